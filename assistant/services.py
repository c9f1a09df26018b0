"""The web app's facade: everything app.py shows, as data or rendered Chinese markdown.

app.py only lays out components and wires events; it imports nothing but `assistant`
modules. The chat goes to the engine (`assistant.engine.answer`); the other tabs come from
here: calculator forms generated from the rule files, calculation with the clause quoted
from the index, profile matching, the policy library, the retrieval test and the admin
upload + ingest. UI text lives in prompts/ui.yaml.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined

import prompts
from assistant import lifecycle
from assistant.feedback import FeedbackStore
from assistant.questionnaire import MatchSections, QuestionGroup, Questionnaire, build_questionnaire, split_report
from assistant.retrieval import Retriever
from assistant.rulebooks import with_published
from calculators import CalcResult, calculate, load_rulebook, match_profile
from calculators.fmt import fmt_money, fmt_money_full
from ingest.pipeline import IngestSummary, run_ingest
from ingest.settings import PROJECT_ROOT, IndexSettings
from ingest.store import current_build_id

log = logging.getLogger(__name__)
UI_FILE = PROJECT_ROOT / "prompts" / "ui.yaml"


# -- UI text ------------------------------------------------------------------------------
@functools.cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load(UI_FILE.read_text(encoding="utf-8"))


_JINJA = Environment(undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True)


def ui(key: str) -> Any:
    """A UI text (or a list/dict of them) by dotted key: ui("chat.send")."""
    value: Any = _texts()
    for part in key.split("."):
        value = value[part]
    return value


@functools.cache
def _template(key: str) -> Any:
    return _JINJA.from_string(ui(key))


def render(key: str, **variables: Any) -> str:
    """A ui.yaml template rendered with StrictUndefined (a missing variable fails loudly)."""
    return _template(key).render(**variables).strip()


# -- form fields --------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    """One input of the calculator / matching forms, from calculators/rules/_inputs.yaml."""

    name: str
    kind: str
    label: str
    info: str
    choices: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    multiple: bool = False
    placeholder: str = ""


def _clean_values(values: dict[str, Any]) -> dict[str, Any]:
    """Form values -> calculator inputs: blanks and 不确定 are left out (they count as unknown)."""
    yes, no, _unsure = ui("calculator.bool_choices")
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or value == "" or value == [] or (isinstance(value, str) and not value.strip()):
            continue
        if value == yes:
            out[name] = True
        elif value == no:
            out[name] = False
        elif value != _unsure:
            out[name] = value.strip() if isinstance(value, str) else value
    return out


# -- the facade ---------------------------------------------------------------------------
class Services:
    """One per app process: index settings, retriever, rule book, feedback store."""

    def __init__(self, settings: IndexSettings | None = None, store: FeedbackStore | None = None):
        self.settings = settings or IndexSettings.from_env()
        self._seed_rulebook = load_rulebook()
        self._store = store
        self._retriever: Retriever | None = None

    # -- shared objects, created on first use ----------------------------------------------
    @property
    def rulebook(self) -> Any:
        """The seed rules with those published in 管理 laid over them (re-read when they change)."""
        return with_published(self._seed_rulebook, self.settings.data_dir)

    @property
    def store(self) -> FeedbackStore:
        if self._store is None:
            self._store = FeedbackStore()
        return self._store

    @property
    def retriever(self) -> Retriever:
        """The engine's retriever when the engine is available (one index in memory)."""
        if self._retriever is None:
            deps = self.deps()
            self._retriever = getattr(deps, "retriever", None) or Retriever(self.settings)
        return self._retriever

    def deps(self) -> Any | None:
        """The engine's dependencies, or None while assistant/engine.py is missing."""
        engine = self.engine()
        return engine.build_deps(self.settings) if engine is not None else None

    def as_of(self) -> date:
        """The day validity and periods are judged on: the engine's (POLICY_AS_OF) or today."""
        deps = self.deps()
        return deps.as_of if deps is not None else date.today()

    @staticmethod
    def engine() -> Any | None:
        try:
            from assistant import engine
        except ModuleNotFoundError as exc:
            if exc.name != "assistant.engine":
                raise
            return None
        return engine

    def ensure_index(self) -> IngestSummary | None:
        """Build the index at start-up when there is none yet (a fresh clone)."""
        if current_build_id(self.settings.index_dir):
            return None
        log.info("no index in %s: building it from %s", self.settings.index_dir, self.settings.data_dir)
        return run_ingest(self.settings)

    def warm_up(self) -> None:
        """Load the index, the engine and jieba before the first visitor waits for them."""
        self.retriever.search("海外仓", k=1)
        self.store.counts()

    def cities(self) -> list[str]:
        """Cities with policies in the index, in document order, plus those with rules only."""
        names = [p.city for p in self.retriever.policies()]
        names += [m.city for m in self.rulebook.measures]
        return list(dict.fromkeys(n for n in names if n))

    def rule_cities(self) -> list[str]:
        """Cities that have calculator rules, in rule-book order."""
        return list(dict.fromkeys(m.city for m in self.rulebook.measures))

    # -- calculator -----------------------------------------------------------------------
    def fields(self) -> list[FieldSpec]:
        """Every input of the rule book, in its file's order."""
        specs = []
        for spec in self.rulebook.inputs.values():
            choices = [(c.label, c.value) for c in spec.choices]
            if spec.kind == "bool":
                choices = [(c, c) for c in ui("calculator.bool_choices")]
            placeholder = ""
            if spec.kind not in ("bool", "choice"):
                placeholder = ui(f"calculator.placeholder_{spec.kind}")
            specs.append(FieldSpec(spec.name, spec.kind, spec.label, spec.question, choices,
                                   bool(spec.multiple), placeholder))
        return specs

    def measure_choices(self, city: str | None) -> list[tuple[str, str]]:
        """(label, id) of the measures of one city: "第五条（三） 跨境电商海外仓奖励"."""
        measures = self.rulebook.by_city(city) if city else self.rulebook.measures
        return [(f"{m.clause} {m.name}", m.id) for m in measures]

    def measure_inputs(self, measure_id: str | None) -> list[str]:
        return list(self.rulebook.measure(measure_id).inputs) if measure_id else []

    def measure_header(self, measure_id: str | None) -> str:
        return render("calculator.measure_header", m=self.rulebook.measure(measure_id)) if measure_id else ""

    def profile_inputs(self, city: str | None) -> list[str]:
        """The inputs the measures of one city (or of all) ask for, in rule-book order."""
        measures = self.rulebook.by_city(city) if city else self.rulebook.measures
        used = {name for m in measures for name in m.inputs}
        return [name for name in self.rulebook.inputs if name in used]

    def calculate(self, measure_id: str | None, values: dict[str, Any],
                  as_of: date | None = None) -> tuple[str, dict[str, Any]]:
        """Markdown of the CalcResult with the clause text from the index, and its dict."""
        if not measure_id:
            return ui("calculator.empty_measure"), {}
        wanted = set(self.measure_inputs(measure_id))  # the form also holds other measures' fields
        inputs = _clean_values({k: v for k, v in values.items() if k in wanted})
        result = calculate(measure_id, inputs, as_of=as_of or self.as_of(), rulebook=self.rulebook)
        return self._calc_markdown(result), result.to_dict()

    def _calc_markdown(self, r: CalcResult) -> str:
        verdicts = ui("verdicts")
        if r.no_figure:
            verdict = verdicts["no_figure"]
        elif r.eligible is True and r.amount_yuan is not None:
            verdict = verdicts["eligible_upper" if r.amount_is_upper_bound else "eligible"]
        elif r.eligible is False:
            verdict = verdicts["ineligible"]
        else:
            verdict = verdicts["needs_info"]
        if r.expired:
            verdict += verdicts["expired_suffix"]
        amount = fmt_money_full(r.amount_yuan) if r.amount_yuan is not None else ""
        title, label, heading, quote = self.clause_quote(r.policy_id, r.clause, r.quote_hint)
        return render("calc_result", r=r, verdict=verdict, amount=amount, title=title,
                      clause_label=label, heading=heading, quote=quote)

    def clause_quote(self, policy_id: str, label: str, fallback: str = "") -> tuple[str, str, str, str]:
        """(title, label, heading, text) of a clause from the current index; the rule's quote if absent."""
        retriever = self.retriever
        policy = retriever.snapshot.policies.get(policy_id)
        clause = retriever.clause(policy_id, label)
        if clause is None:  # a measure may name a sub-item the index keeps inside its parent
            candidates = [c for c in retriever.snapshot.clauses
                          if c.policy_id == policy_id and c.label and label.startswith(c.label)]
            clause = max(candidates, key=lambda c: len(c.label), default=None)
        title = policy.title if policy else ""
        if clause is None:
            return title, label, "", fallback
        return title, clause.label, clause.heading, clause.text

    # -- matching -------------------------------------------------------------------------
    def questionnaire(self, city: str | None) -> Questionnaire | None:
        """The matching questionnaire of one city (None without a city: matching is per city)."""
        return build_questionnaire(self.rulebook, city) if city else None

    def group_title(self, group: QuestionGroup) -> str:
        if not group.measures:
            return ui("matching.common_group")
        return render("matching.group_title", names=list(group.names), clauses=list(group.clauses))

    def match(self, city: str | None, values: dict[str, Any],
              as_of: date | None = None) -> tuple[MatchSections | None, str]:
        """A profile against one city's measures: the sections (可申报 / 需补充信息 / 不符合 /
        已失效) and their markdown. No city, no matching: amounts are never added across cities."""
        if not city or city not in self.rule_cities():
            return None, ui("matching.city_required")
        wanted = set(self.profile_inputs(city))
        profile = _clean_values({k: v for k, v in values.items() if k in wanted})
        if not profile:
            return None, ui("matching.empty")
        sections = split_report(match_profile(profile, as_of=as_of or self.as_of(), city=city,
                                              rulebook=self.rulebook))
        view = {name: [self._match_row(outcome, r) for r, outcome in rows]
                for name, rows in (("claimable", [(r, "eligible") for r in sections.claimable]),
                                   ("superseded", [(r, "superseded") for r in sections.superseded]),
                                   ("needs_info", [(r, "needs_info") for r in sections.needs_info]),
                                   ("others", [(r, "blocked") for r in sections.blocked]
                                    + [(r, "no_figure") for r in sections.no_figure]),
                                   ("expired", [(r, "expired_" + _outcome(r)) for r in sections.expired]))}
        total = sections.total_yuan
        text = render("matching.result", city=city, as_of=sections.as_of.isoformat(), **view,
                      total=fmt_money(total) if total else "", notes=sections.notes if total else [])
        return sections, text

    def _match_row(self, outcome: str, r: CalcResult) -> dict[str, str]:
        amount, note = self._match_cells(outcome, r)
        if outcome.startswith("expired_"):  # its section says why; no to-do list for a policy that has ended
            note = ""
            if outcome not in ui("matching.outcome"):  # only an eligible one is worded apart (按原政策测算)
                outcome = outcome.removeprefix("expired_")
        return {"name": r.measure_name, "clause": r.clause, "doc_number": r.doc_number, "amount": amount,
                "note": note, "outcome": ui("matching.outcome")[outcome]}

    @staticmethod
    def _match_cells(outcome: str, r: CalcResult) -> list[str]:
        amount = ""
        if r.amount_yuan is not None:
            amount = fmt_money(r.amount_yuan) + (ui("matching.upper_bound") if r.amount_is_upper_bound else "")
        if outcome == "blocked":
            note = "；".join(r.unmet_conditions)
        elif outcome == "needs_info":
            note = ui("matching.needs") + "、".join(r.missing_inputs)
            if r.provisional_amount_yuan is not None:
                note += f"（{ui('matching.provisional')}{fmt_money(r.provisional_amount_yuan)}）"
        elif outcome == "no_figure":
            note = r.steps[0] if r.steps else ""
        elif outcome == "superseded":
            note = "；".join(r.warnings[-1:])
        else:
            note = "；".join(w for w in r.warnings if not r.expired)
        return [amount, note]

    # -- library --------------------------------------------------------------------------
    def _status(self, policy: Any, today: date) -> str:
        words = ui("library")
        by = next((s.new for s in lifecycle.supersessions(self.retriever.snapshot)
                   if s.old.id == policy.id and (s.since is None or s.since <= today)), None)
        if by is not None:
            return prompts.text("lifecycle", "coverage.superseded", new=by.doc_number)
        if policy.effective_from and today < policy.effective_from:
            return words["not_yet"]
        if policy.valid_until is None:
            return words["unknown"]
        return words["expired"] if policy.status(today)["expired"] else words["valid"]

    def library(self, today: date | None = None) -> list[list[str]]:
        """One row per policy in the index, with a valid / expired tag as of today."""
        day = today or self.as_of()
        none = ui("library.none")
        covered = self.coverage(day)
        rows = []
        for p in self.retriever.policies():
            dates = [d.isoformat() if d else none for d in (p.issue_date, p.effective_from, p.valid_until)]
            rows.append([p.city, p.province, p.title, p.doc_number, p.issuer, *dates,
                         self._status(p, day), p.notes, *self._coverage_cells(covered.get(p.id))])
        return rows

    def coverage(self, today: date | None = None) -> dict[str, lifecycle.Coverage]:
        """Per policy id: in force or not, published measures, clauses that pay money with no rule."""
        return lifecycle.coverage(self.retriever.snapshot, self.rulebook, today or self.as_of())

    @staticmethod
    def _coverage_cells(cov: lifecycle.Coverage | None) -> list[str]:
        if cov is None:
            return ["", ""]
        return [str(cov.measures), "、".join(cov.unruled) if cov.unruled else "0"]

    def policy_choices(self) -> list[tuple[str, str]]:
        return [(f"{p.city} {p.doc_number or p.title}", p.id) for p in self.retriever.policies()]

    def clause_choices(self, policy_id: str | None) -> list[tuple[str, str]]:
        clauses = [c for c in self.retriever.snapshot.clauses if c.policy_id == policy_id]
        return [(ui("library.all_clauses"), "")] + [
            (f"{c.label or '（前言）'} {c.heading}".strip(), c.label) for c in clauses if c.label]

    def policy_text(self, policy_id: str | None, label: str | None = None,
                    today: date | None = None) -> str:
        """A policy's header and its clauses (or one clause) as markdown."""
        snapshot = self.retriever.snapshot
        policy = snapshot.policies.get(policy_id or "")
        if policy is None:
            return ""
        clauses = [c for c in snapshot.clauses if c.policy_id == policy.id
                   and (not label or c.label == label or (c.parent_label or "").startswith(label))]
        blocks = [render("library.policy_header", p=policy, status=self._status(policy, today or self.as_of()))]
        blocks += [render("library.clause_block", c=c) for c in clauses]
        return "\n\n".join(blocks)

    # -- retrieval test -------------------------------------------------------------------
    def retrieval_test(self, query: str, k: int = 5, city: str | None = None
                       ) -> tuple[list[list[Any]], str]:
        """Table rows with each channel's rank (no raw BM25 or vector scores: the tab is public, and a
        score means nothing to a reader), and the clause texts with the retrieval mode."""
        if not query or not query.strip():
            return [], ui("retrieval.empty")
        retriever = self.retriever
        hits = retriever.search(query.strip()[:500], k=max(1, min(int(k), 20)),
                                cities=[city] if city else None)
        rows = []
        for n, h in enumerate(hits, 1):
            d = h.to_dict()
            rows.append([n, d["city"], d["doc_number"], d["clause"], h.policy.title,
                         d["ranks"]["bm25"], d["ranks"]["dense"]])
        mode = ui("retrieval.mode_hybrid" if retriever.mode == "hybrid" else "retrieval.mode_lexical")
        if retriever.warning:
            mode += " " + retriever.warning
        blocks = [mode] + [render("retrieval.hit_block", n=n, h=h) for n, h in enumerate(hits, 1)]
        return rows, "\n\n".join(blocks if hits else [mode, ui("retrieval.none")])


def _outcome(r: CalcResult) -> str:
    """eligible / blocked / needs_info / no_figure for one result (its gate and what it lacks)."""
    if r.no_figure:
        return "no_figure"
    if r.eligible is False:
        return "blocked"
    if r.eligible is True and r.amount_yuan is not None and not r.missing_input_names:
        return "eligible"
    return "needs_info"


def amount_text(value: Decimal | str | None) -> str:
    """24万元（240,000.00元） for an amount (a Decimal or the Answer JSON's string)."""
    return fmt_money_full(Decimal(str(value))) if value not in (None, "") else ""
