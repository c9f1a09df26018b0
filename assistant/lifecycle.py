"""Which document answers: supersession, the policy in force on the date asked about, and the
"规则尚未发布" reply for a policy whose calculation rules are not published.

The engine calls `routed(...)` once per message; everything else here is read from the index
(policies, clause texts) and the published rule book (assistant.rulebooks):

1. Supersession: a newer document of the same city supersedes an older one when it says so
   (a repeal word near the older one's number or title) or, failing that, by its dates (same
   topic, later start). `supersessions(snapshot)` lists them, once per build.
2. The date asked about: the latest 20XX年(X月(X日)) in the message, else the conversation's
   event date, else the as-of date. Measures of documents not in force on that day leave the
   rule book the engine sees, so amounts come from the one in force; the reply names the other.
3. An amount question about a city whose governing documents have no published rules gets the
   clause quote and the sentence that the rules are not yet published — never an amount.
4. Coverage for the library and the ingest summary: state, published measures, clauses that
   pay money with no rule yet.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant import compose
from assistant.types import Answer, Session
from assistant.understanding import detect_intent, has_any
from calculators import RuleBook
from ingest.clean import DOC_NUMBER
from ingest.meta import normalize_doc_number
from ingest.records import Policy
from prompts import entry, text

_ASKED = re.compile(r"((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?\n])")
_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:美元|元)|\d+(?:\.\d+)?\s*[%％]")
_cache: dict[str, list[Supersession]] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class Supersession:
    """`old` is superseded by `new` from `since` (new's start), because new says so or by dates."""

    old: Policy
    new: Policy
    since: date | None
    reason: str  # repeal | dates


def start_of(policy: Policy) -> date | None:
    if policy.effective_from or policy.issue_date:
        return policy.effective_from or policy.issue_date
    return date(policy.issue_year, 1, 1) if policy.issue_year else None


def _squash(value: str) -> str:
    return re.sub(r"[\s《》“”\"的]", "", value)


def _mentions(sentence: str, old: Policy) -> bool:
    numbers = {normalize_doc_number(m.group(0)) for m in DOC_NUMBER.finditer(sentence)}
    if old.doc_number and old.doc_number in numbers:
        return True
    title = _squash(compose.display_title(old))
    return len(title) >= 6 and title in _squash(sentence)


def _topic_shared(a: Policy, b: Policy) -> bool:
    words = entry("lifecycle", "words.topics")
    return any(w in a.title and w in b.title for w in words)


def supersessions(snapshot: Any) -> list[Supersession]:
    """Every (old, new) pair of the build, once per build."""
    with _cache_lock:
        if snapshot.build_id in _cache:
            return _cache[snapshot.build_id]
    repeal = entry("lifecycle", "words.repeal")
    policies = list(snapshot.policies.values())
    said: dict[str, list[str]] = {}
    for clause in snapshot.clauses:
        for sentence in _SENTENCE_END.split(clause.text):
            if any(w in sentence for w in repeal):
                said.setdefault(clause.policy_id, []).append(sentence)
    found: list[Supersession] = []
    for new in policies:
        for old in policies:
            if old.id == new.id or old.city != new.city:
                continue
            since, before = start_of(new), start_of(old)
            if any(_mentions(s, old) for s in said.get(new.id, [])):
                found.append(Supersession(old, new, since, "repeal"))
            elif since and before and since > before and _topic_shared(old, new):
                found.append(Supersession(old, new, since, "dates"))
    with _cache_lock:
        if len(_cache) > 8:
            _cache.clear()
        _cache[snapshot.build_id] = found
    return found


def asked_day(text_: str, session: Session, as_of: date) -> tuple[date, bool]:
    """The day a question is about and whether the message itself gave it."""
    days = []
    for m in _ASKED.finditer(text_):
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            if month and day:
                days.append(date(year, int(month), int(day)))
            elif month:
                days.append(date(year, int(month), calendar.monthrange(year, int(month))[1]))
            else:
                days.append(date(year, 12, 31))
        except ValueError:
            continue
    if days:
        return max(days), True
    event = session.facts.get("event_date")
    return (event, False) if isinstance(event, date) else (as_of, False)


def governing(snapshot: Any, city: str, day: date, sups: list[Supersession]) -> list[Policy]:
    """The city's documents in force on `day` as far as supersession goes (not superseded by
    then, not a successor whose start is after it)."""
    own = [p for p in snapshot.policies.values() if p.city == city]
    out = []
    for p in own:
        if any(s.old.id == p.id and (s.since is None or s.since <= day) for s in sups):
            continue
        if any(s.new.id == p.id and s.since and s.since > day for s in sups):
            continue
        out.append(p)
    return out or [p for p in own if not any(s.old.id == p.id for s in sups)]


@dataclass
class _Note:
    sup: Supersession
    day: date
    dated: bool  # the question's own date chose the older document


def for_question(text_: str, session: Session, deps: Any) -> tuple[Any, list[_Note]]:
    """The deps the engine should answer this message with: published rules laid over its rule
    book and the measures of documents not in force on the day asked about taken out."""
    full = deps.rulebook  # the published rules laid over the seed ones (assistant.deps)
    rulebook = full
    snapshot = deps.retriever.snapshot
    sups = supersessions(snapshot)
    day, explicit = asked_day(text_, session, deps.as_of)
    out: set[str] = set()
    notes: list[_Note] = []
    for s in sups:
        if s.since is None or s.since <= day:
            out.add(s.old.id)
            notes.append(_Note(s, day, False))
        else:
            out.add(s.new.id)
            if explicit:
                notes.append(_Note(s, day, True))
    if out:
        rulebook = dataclasses.replace(rulebook, measures=[m for m in rulebook.measures if m.policy_id not in out])
    _follow_measure(session, rulebook, full)
    return deps.with_rulebook(rulebook), notes  # one rule book for the whole message


def _follow_measure(session: Session, rulebook: RuleBook, full: RuleBook) -> None:
    """The conversation's measure, when its document is out for this message: the measure of the
    same city with the most keywords in common, or none."""
    if not session.measure or any(m.id == session.measure for m in rulebook.measures):
        return
    known = {m.id: m for m in full.measures}
    old = known.get(session.measure)
    words = set(old.keywords) if old else set()
    same_city = [m for m in rulebook.measures if old and m.city == old.city]
    best = max(same_city, key=lambda m: len(words & set(m.keywords)), default=None)
    session.measure = best.id if best is not None and words & set(best.keywords) else None
    session.pending = []


def _amount_question(text_: str) -> bool:
    asks = has_any(text_, "calculate") or has_any(text_, "followup_amount")
    return asks and detect_intent(text_, True) == "calculate"


def unpublished(text_: str, cities: list[str], session: Session, deps: Any) -> Answer | None:
    """The clause and "规则尚未发布" for an amount question about a city whose documents in force
    on the day asked about have no published rules; None otherwise."""
    scope = cities if len(cities) == 1 else ([session.city] if not cities and session.city else [])
    if len(scope) != 1 or not _amount_question(text_):
        return None
    city = scope[0]
    snapshot = deps.retriever.snapshot
    sups = supersessions(snapshot)
    day, _ = asked_day(text_, session, deps.as_of)
    docs = governing(snapshot, city, day, sups)
    ruled = {m.policy_id for m in deps.rulebook.measures}
    if not docs or any(p.id in ruled for p in docs):
        return None
    ids = {p.id for p in docs}
    hits = [h for h in deps.retriever.search(text_, k=8, cities=[city]) if h.policy.id in ids]
    paying = [h for h in hits if pays_money(h.clause.text)]
    picked = (paying or hits)[:1]
    if picked:
        policy, clause = picked[0].policy, picked[0].clause
    else:
        clauses = [c for c in snapshot.clauses if c.policy_id in ids and pays_money(c.text)]
        if not clauses:
            return None
        clause = clauses[0]
        policy = snapshot.policies[clause.policy_id]
    cited = compose.citation(policy, clause)
    lines = [text("lifecycle", "chat.unpublished", doc_number=policy.doc_number, city=city,
                  clause=clause.label, quote=cited.quote).strip()]
    older = [s.old.doc_number for s in sups if s.new.id == policy.id]
    if older:
        lines.append(text("lifecycle", "chat.unpublished_superseded", old="、".join(older)).strip())
    session.city, session.measure, session.pending = city, None, []
    return Answer("answered", "\n\n".join(lines), [cited], None, compose.policy_status([policy], deps.as_of),
                  intent="rules_unpublished", city=city)


def annotate(reply: Answer, notes: list[_Note], as_of: date) -> Answer:
    """Name the superseded (or superseding) document in a reply about its city, as its second
    paragraph: the first stays the answer."""
    cities = {reply.city, *(c.city for c in reply.citations)}
    if reply.calculation:
        cities.add(reply.calculation.get("city"))
    lines = []
    for note in notes:
        s = note.sup
        if s.old.city not in cities or reply.intent == "rules_unpublished":
            continue
        since = compose.fmt_date(s.since)
        if note.dated:
            lines.append(text("lifecycle", "chat.superseded_dated", old=s.old.doc_number, new=s.new.doc_number,
                              since=since, reason=s.reason, day=_day_words(note.day)).strip())
        else:
            lines.append(text("lifecycle", "chat.superseded_current", old=s.old.doc_number, new=s.new.doc_number,
                              since=since, reason=s.reason).strip())
    if lines:
        head, _, rest = reply.text.partition("\n\n")
        reply.text = "\n\n".join(part for part in (head, "\n\n".join(dict.fromkeys(lines)), rest) if part)
        reply.notes.append("superseded")
    return reply


def _day_words(day: date) -> str:
    return compose.fmt_date(day) if (day.month, day.day) != (12, 31) else f"{day.year}年"


def routed(text_: str, session: Session, deps: Any, cities: list[str], route: Callable[[Any], Answer]) -> Answer:
    """The engine's route with the lifecycle around it: the deps for this message's date, the
    unpublished-rules reply first, and the supersession note after."""
    view, notes = for_question(text_, session, deps)
    reply = unpublished(text_, cities, session, view)
    if reply is None:
        reply = route(view)
    return annotate(reply, notes, deps.as_of)


# -- coverage ----------------------------------------------------------------------------------
def pays_money(body: str) -> bool:
    """Whether a clause pays: a money figure and an award word ("给予50万元奖励")."""
    return bool(_MONEY.search(body)) and any(w in body for w in entry("lifecycle", "words.award"))


def dated_state(policy: Policy, day: date) -> str:
    """not_yet | unknown | expired | valid, by the policy's own dates on `day`."""
    if policy.effective_from and day < policy.effective_from:
        return "not_yet"
    if policy.valid_until is None:
        return "unknown"
    return "expired" if day > policy.valid_until else "valid"


@dataclass
class Coverage:
    """One document's state and how much of it computes."""

    policy: Policy
    state: str                 # valid | expired | not_yet | unknown | superseded
    superseded_by: Policy | None
    measures: int              # published measures
    unruled: list[str]         # labels of clauses that pay money with no published rule

    @property
    def in_force(self) -> bool:
        return self.state in ("valid", "unknown")


def coverage(snapshot: Any, rulebook: RuleBook, as_of: date) -> dict[str, Coverage]:
    """Coverage of every document of the build, keyed by policy id."""
    sups = supersessions(snapshot)
    result = {}
    for p in snapshot.policies.values():
        by = next((s.new for s in sups if s.old.id == p.id and (s.since is None or s.since <= as_of)), None)
        state = "superseded" if by is not None else dated_state(p, as_of)
        labels = [m.clause for m in rulebook.measures if m.policy_id == p.id]
        unruled = [c.label for c in snapshot.clauses if c.policy_id == p.id and c.label and pays_money(c.text)
                   and not any(c.label.startswith(x) or x.startswith(c.label) for x in labels)]
        result[p.id] = Coverage(p, state, by, len(labels), unruled)
    return result
