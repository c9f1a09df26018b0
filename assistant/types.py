"""The objects that travel from the engine to the UI, the CLI and eval: Answer and Session."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("answered", "needs_info", "not_in_policy", "out_of_scope", "invalid_input")


@dataclass
class Citation:
    """A clause an answer rests on, quoted verbatim (DESIGN.md Answer contract)."""

    city: str
    doc_number: str
    clause: str
    title: str
    quote: str
    heading: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"city": self.city, "doc_number": self.doc_number, "clause": self.clause,
                "title": self.title, "quote": self.quote}


@dataclass
class Answer:
    """One reply: status, markdown text, citations, calculation and validity of the policies."""

    status: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    calculation: dict[str, Any] | None = None
    policy_status: list[dict[str, Any]] = field(default_factory=list)
    # Not in the JSON contract: for the UI and logs.
    intent: str = ""
    city: str | None = None
    measure: str | None = None
    comparison: list[dict[str, Any]] = field(default_factory=list)
    llm_used: bool = False
    notes: list[str] = field(default_factory=list)
    decision: str = ""  # the step of the engine's route that answered (assistant/engine.py _ROUTE)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    def to_dict(self) -> dict[str, Any]:
        """The Answer JSON of DESIGN.md (status, text, citations, calculation, policy_status)."""
        return {"status": self.status, "text": self.text,
                "citations": [c.to_dict() for c in self.citations],
                "calculation": self.calculation, "policy_status": list(self.policy_status)}


@dataclass
class Session:
    """Dialogue state of one conversation: what carries from one turn to the next."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    city: str | None = None
    measure: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)   # input names asked for last turn
    said: list[str] = field(default_factory=list)      # the user's messages on the current topic
    last_intent: str | None = None
    topic: str | None = None  # the help-desk topic last answered (资金分担…): "那稷山县呢？" asks it again
    discussed: list[str] = field(default_factory=list)  # measures of the clause last quoted with no measure chosen
    # the facts of each measure whose amount was given, the latest last: "这两项加一起" adds them
    settled: dict[str, dict[str, Any]] = field(default_factory=dict)
    listed: str = ""  # the message that told several matters and asked about them together
    turns: int = 0
    # the measures whose facts were asked for and whose amount was not given yet: "两项合计" then says which is open
    unsettled: list[str] = field(default_factory=list)
    total_asked: int = 0  # the matters a total was asked of while one was still open: given once it is settled
    # each settled matter's message: "再算出口那个" finds it by a word
    told: dict[str, str] = field(default_factory=dict)
    # an item's word -> the messages before it was left out ("英国那个还是报吧" puts it back)
    withdrawn: dict[str, list[str]] = field(default_factory=dict)
    # a settled matter read item by item -> the messages its items were read from (a total reads them again)
    itemised: dict[str, str] = field(default_factory=dict)
    # firms told apart by their labels in one message (甲…；乙…) -> each firm's own words: "乙呢" asks that one
    firms: dict[str, str] = field(default_factory=dict)
    # the words said of all those firms ("都在公共海外仓"): each firm's words start with them, said once in a total
    firms_shared: str = ""
    # the cities no policy here covers, last asked about ("合肥跨境电商政策"): "补贴标准多少" right after is of them
    elsewhere: str = ""
    # the case as it was before the first supposition made of it ("如果租的是1000平呢"): "那按实际的呢" goes back to it
    actual: dict[str, Any] = field(default_factory=dict)
    # the clause whose units were last named ("谁牵头"): "配合单位呢", "财政局也在里面吗" ask about them (city, label)
    units_of: tuple[str, str] | None = None
    # a total asked of matters announced and not told yet ("做了几件事…一共能补多少"), then each matter told in a
    # message of its own ("一是…", "二是…"): the question and the matters told so far
    total_told: list[str] = field(default_factory=list)

    def reset(self) -> None:
        """新对话: forget everything but the id."""
        self.city = self.measure = self.last_intent = self.topic = None
        self.facts, self.pending, self.said, self.discussed, self.settled, self.turns = {}, [], [], [], {}, 0
        self.listed, self.unsettled, self.total_asked, self.told, self.withdrawn = "", [], 0, {}, {}
        self.itemised, self.firms, self.firms_shared, self.elsewhere, self.actual = {}, {}, "", "", {}
        self.units_of = None
        self.total_told = []

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["facts"] = {k: str(v) if not isinstance(v, bool | int | str) else v
                         for k, v in self.facts.items()}
        data["settled"] = {m: {k: str(v) if not isinstance(v, bool | int | str) else v for k, v in f.items()}
                           for m, f in self.settled.items()}
        return data
