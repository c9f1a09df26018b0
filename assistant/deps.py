"""Dependencies passed into `answer(...)`: index, rules, gazetteer, model, as-of date."""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field
from datetime import date

from assistant.config import AssistantConfig
from assistant.places import Gazetteer
from assistant.retrieval import Retriever
from assistant.rulebooks import with_published
from calculators import RuleBook, load_rulebook
from ingest.settings import IndexSettings

_cache: dict[tuple, Deps] = {}
_lock = threading.Lock()


@dataclass
class Deps:
    """Everything the engine reads; tests build one with a temporary index and a fake model."""

    settings: IndexSettings
    retriever: Retriever
    seed_rulebook: RuleBook       # calculators/rules/; see `rulebook` for what is read
    config: AssistantConfig = field(default_factory=AssistantConfig)
    llm: object | None = None     # a LangChain chat model, only when POLICY_LLM_* are set
    fixed_as_of: date | None = None
    fixed_rulebook: RuleBook | None = None  # one message's rule book (assistant.lifecycle.for_question)
    _gazetteer: Gazetteer | None = None
    _gazetteer_build: str | None = None

    @property
    def rulebook(self) -> RuleBook:
        """The rule book the engine, the API and the model's tools read: the seed rules with those
        published in 管理 laid over them (re-read when they change, so a long-lived Deps sees a
        publication at once), or the one fixed for a message."""
        if self.fixed_rulebook is not None:
            return self.fixed_rulebook
        return with_published(self.seed_rulebook, self.settings.data_dir)

    def with_rulebook(self, rulebook: RuleBook) -> Deps:
        """These deps reading `rulebook` as it is (no published rules laid over it again)."""
        return dataclasses.replace(self, fixed_rulebook=rulebook)

    @property
    def as_of(self) -> date:
        """The date validity is judged on: fixed (tests, POLICY_AS_OF) or today."""
        return self.fixed_as_of or self.config.as_of or date.today()

    @property
    def gazetteer(self) -> Gazetteer:
        build = self.retriever.snapshot.build_id
        if self._gazetteer is None or self._gazetteer_build != build:
            policies = self.retriever.policies()
            self._gazetteer = Gazetteer.build((p.city for p in policies),
                                              doc_numbers={p.doc_number: p.city for p in policies},
                                              provinces={p.city: p.province for p in policies})
            self._gazetteer_build = build
        return self._gazetteer


def build_deps(settings: IndexSettings | None = None, *, config: AssistantConfig | None = None,
               llm: object | None = None, as_of: date | None = None) -> Deps:
    """Deps for these settings; the default (env) ones are built once per process."""
    settings = settings or IndexSettings.from_env()
    config = config or AssistantConfig.from_env()
    key = (settings, config, id(llm), as_of)
    with _lock:
        if key not in _cache:
            if llm is None and config.llm_enabled:
                from assistant.llm import build_chat_model

                llm = build_chat_model(config)
            _cache[key] = Deps(settings=settings, retriever=Retriever(settings),
                               seed_rulebook=load_rulebook(), config=config, llm=llm, fixed_as_of=as_of)
        return _cache[key]
