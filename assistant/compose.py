"""Building replies: citations with verbatim quotes, validity notes, and the rendered text."""

from __future__ import annotations

import re
from datetime import date

from assistant.deps import Deps
from assistant.types import Citation
from calculators import CalcResult
from ingest.records import Clause, Policy
from prompts import format_yuan, message

QUOTE_MAX = 320
_SENTENCES = re.compile(r"(?<=[。；;！？!?])|(?<=[^\d][.．])(?=\D)")


def fmt_date(value: date | None) -> str:
    return message("date", year=value.year, month=value.month, day=value.day) if value else message("not_stated_short")


def quote_of(clause: Clause, hint: str = "", query: str = "") -> str:
    """A verbatim quote: the sentences holding the hint, else the clause (trimmed at a sentence) — from the
    sentence the question's words are in where that is past the trim ("济南…到2023年…设多少个海外仓": the goals
    clause's 海外仓 sentence, not its opening)."""
    text = clause.text.replace("\n", "")
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    if hint:
        core = hint.strip("…。 ")
        picked = [s for s in sentences if core and core[:12] in s]
        if picked:
            start = sentences.index(picked[0])
            end = sentences.index(picked[-1]) + 1
            quote = "".join(sentences[start:end])
            if len(quote) <= QUOTE_MAX * 2:
                return quote
    quote, shown = "", 0
    for sentence in sentences:
        if quote and len(quote) + len(sentence) > QUOTE_MAX:
            break
        quote += sentence
        shown += 1
    if shown == len(sentences):
        return quote
    best = _sentence_asked(sentences, query)
    if best is None or best < shown:
        return quote + "……"
    window = ""
    for sentence in sentences[best:]:
        if window and len(window) + len(sentence) > QUOTE_MAX:
            return f"……{window}……"
        window += sentence
    return f"……{window}"


_WORD_PAIRS = re.compile(r"(?=([\u4e00-\u9fff\d]{2}))")


def _sentence_asked(sentences: list[str], query: str) -> int | None:
    """The sentence holding most of the question's character pairs (those not in most of the sentences), at least
    two of them; None where none does."""
    asked = set(_WORD_PAIRS.findall(query))
    common = {p for p in asked if sum(p in s for s in sentences) * 2 > len(sentences)}
    scores = [len({p for p in asked - common if p in s}) for s in sentences]
    best = max(range(len(sentences)), key=lambda i: scores[i], default=None)
    return best if best is not None and scores[best] >= 2 else None


_WRAPPED_TITLE = re.compile(r"^(?:关于)?印发《?(.+?)》?的通知$")


def display_title(policy: Policy) -> str:
    """The measures' own title for a notice that only transmits them: 关于印发X的通知 -> X."""
    match = _WRAPPED_TITLE.match(policy.title)
    return match.group(1) if match else policy.title


def citation(policy: Policy, clause: Clause, hint: str = "", query: str = "") -> Citation:
    return Citation(city=policy.city, doc_number=policy.doc_number, clause=clause.label,
                    title=display_title(policy), quote=quote_of(clause, hint, query), heading=clause.heading)


def validity_state(policy: Policy, as_of: date) -> str:
    """A table cell: 已失效（有效期至…） / 有效（至…） / 未载明有效期 (KJ249: the end date said where it passed)."""
    if policy.valid_until is None:
        return message("state_unknown")
    return message("state_expired_on" if as_of > policy.valid_until else "state_valid",
                   valid_until=fmt_date(policy.valid_until))


def citation_view(item: Citation, clause: Clause | None) -> dict[str, str]:
    units = ""
    if clause is not None and clause.responsible_units:
        units = "；".join(f"{k}：{'、'.join(v)}" for k, v in clause.responsible_units.items())
    return {"city": item.city, "title": item.title, "doc_number": item.doc_number,
            "clause": item.clause, "heading": item.heading, "quote": item.quote, "units": units}


def banners(policies: list[Policy], as_of: date) -> list[str]:
    """Prominent notes for cited policies that expired or are not yet in force."""
    notes = []
    for policy in _unique(policies):
        if policy.valid_until and as_of > policy.valid_until:
            notes.append(message("expired_banner", title=display_title(policy), doc_number=policy.doc_number,
                                 valid_until=fmt_date(policy.valid_until), as_of=fmt_date(as_of)))
        elif policy.effective_from and as_of < policy.effective_from:
            notes.append(message("not_yet_banner", title=display_title(policy), doc_number=policy.doc_number,
                                 effective_from=fmt_date(policy.effective_from), as_of=fmt_date(as_of)))
    return notes


def validity_line(policy: Policy, as_of: date) -> str:
    if policy.valid_until is None:
        note = f"（{policy.notes}）" if policy.notes else ""
        return message("validity_unknown", note=note)
    if as_of > policy.valid_until:
        return message("validity_expired", valid_until=fmt_date(policy.valid_until), as_of=fmt_date(as_of))
    return message("validity_ok", valid_until=fmt_date(policy.valid_until), as_of=fmt_date(as_of))


def policy_status(policies: list[Policy], as_of: date) -> list[dict[str, object]]:
    return [p.status(as_of) for p in _unique(policies)]


def _unique(policies: list[Policy]) -> list[Policy]:
    return list({p.id: p for p in policies}.values())


_CITY_TEXT: dict[tuple[str, str], str] = {}


def city_text(deps: Deps, city: str) -> str:
    """All clause headings and texts of a city's documents, once per build: what the city's
    policies say at all ("does any of its documents name 海外仓?")."""
    snapshot = deps.retriever.snapshot
    key = (snapshot.build_id, city)
    if key not in _CITY_TEXT:
        _CITY_TEXT[key] = "".join(c.heading + c.text for c in snapshot.clauses
                                  if snapshot.policies[c.policy_id].city == city)
    return _CITY_TEXT[key]


def covered_cities(deps: Deps) -> str:
    return "、".join(dict.fromkeys(p.city for p in deps.retriever.policies()))


_ITEM_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}\d{1,2}：")


def amount_headline(result: CalcResult) -> str:
    """The direct answer, first line of a calculation reply."""
    names = {"city": result.city, "measure": result.measure_name}
    if result.eligible is False:  # the condition that decides, named in the first sentence (a clause with no
        # figure too: "两个园区…哪个能拿一次性奖励" where neither meets its thresholds)
        # (items judged each: "海外仓1：面积在500平方米以上（含）：…" — the condition, not the item's name)
        reasons = [_ITEM_PREFIX.sub("", str(c)).split("：")[0] for c in result.unmet_conditions]
        return message("headline_ineligible", **names, reason=reasons[0] if reasons else "")
    if result.no_figure:
        return message("headline_no_figure", **names)
    amount = result.amount_yuan if result.amount_yuan is not None else result.provisional_amount_yuan
    if amount is None and result.items_unsettled is not None:  # several items qualify, "each paid?" unstated
        count, item, one, every = result.items_unsettled
        return message("headline_items_unsettled", **names, count=count, item=item, one=format_yuan(one),
                       every=format_yuan(every), upper=result.amount_is_upper_bound)
    if amount is None:
        return message("headline_missing", **names)
    return message("headline_amount", **names, amount=format_yuan(amount), upper=result.amount_is_upper_bound,
                   provisional=not result.eligible)


def checklist(result: CalcResult) -> list[str]:
    items = [message("check_met", condition=c) for c in result.met_conditions]
    items += [message("check_unmet", condition=c) for c in result.unmet_conditions]
    if result.amount_yuan is not None or result.provisional_amount_yuan is not None:
        items += [message("check_open", condition=c) for c in result.missing_inputs]
    return items
