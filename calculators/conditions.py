"""Eligibility gates in three-valued logic: met (True), not met (False), unknown (None)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from calculators.countries import Countries, Country
from calculators.inputs import Prepared
from calculators.model import Condition, RuleBook
from calculators.quantity import AtLeast, Below
from calculators.texts import text

_UNIT_SUFFIX = re.compile(r"（[^（）]*）$")


@dataclass
class Verdict:
    """The outcome of a gate with everything the result must say about it."""

    status: bool | None
    met: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)

    def absorb(self, other: Verdict, *, keep_missing: bool = True) -> None:
        self.met += other.met
        self.unmet += other.unmet
        self.assumptions += other.assumptions
        if keep_missing:
            self.missing += [m for m in other.missing if m not in self.missing]


def _compare(op: str, left: Decimal, right: Decimal) -> bool:
    return {">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right,
            "==": left == right}[op]


def _compare_below(op: str, limit: Decimal, threshold: Decimal) -> bool | None:
    """A comparison for a value known only to be under `limit`: settled where every value
    under the limit gives the same answer, else None (the figure itself is needed)."""
    if limit > threshold:
        return None
    return op in ("<", "<=")


def _compare_at_least(op: str, floor: Decimal, threshold: Decimal, ceiling: Decimal | None = None,
                      strict: bool = False) -> bool | None:
    """A comparison for a value known only to be at least `floor` (above it, when `strict`; at
    most `ceiling`, when said as a range): settled where every value in between gives the same
    answer, else None."""
    if ceiling is not None:
        low, high = _compare(op, floor, threshold), _compare(op, ceiling, threshold)
        if strict and floor == threshold and op in (">", "<="):
            low = op == ">"  # ("1.5个亿出头": past the floor, under a ceiling read from the words — still past it)
        return low if low == high and op != "==" else None
    above = floor >= threshold if strict else floor > threshold  # every value said is above the threshold
    if (op == ">=" and floor >= threshold) or (op == ">" and above):
        return True
    if (op == "<" and floor >= threshold) or (op == "<=" and above):
        return False
    return None


def _leaf(c: Condition, prepared: Prepared, rb: RuleBook) -> Verdict:
    name = c.input or ""
    spec = rb.inputs[name]
    value = prepared.values.get(name)
    if value is None:
        if c.if_missing == "only_if_said":  # "一次性…此前未领取过": checked where said, else no condition
            return Verdict(True)
        recognized = prepared.values.get(c.met_by) if c.met_by else None
        if recognized is not None and recognized.value is True:
            line = text("condition.met_by", condition=c.text, recognition=rb.inputs[c.met_by].label, clause=c.clause)
            return Verdict(True, met=[line])
        if c.if_missing == "assume" and name not in prepared.invalid:
            note = c.assumption or text("condition.assumed", label=spec.label, condition=c.text, clause=c.clause)
            return Verdict(True, assumptions=[note])
        return Verdict(None, missing=[name])
    v = value.value
    if isinstance(v, Below | AtLeast):
        assert c.threshold is not None
        settled = (_compare_below(c.op, v.limit, c.threshold.base) if isinstance(v, Below)
                   else _compare_at_least(c.op, v.floor, c.threshold.base, v.ceiling, v.strict))
        if settled is None:
            return Verdict(None, missing=[name])
        ok = settled
    elif c.op in (">=", ">", "<=", "<", "=="):
        assert c.threshold is not None
        ok = _compare(c.op, v, c.threshold.base)  # type: ignore[arg-type]
    elif c.op in ("is_true", "is_false"):
        ok = bool(v) is (c.op == "is_true")
    elif c.op in ("in", "not_in"):
        ok = (v in c.values) is (c.op == "in")
    elif c.op == "contains_any":
        ok = bool(set(v) & set(c.values))  # type: ignore[call-overload]
    else:  # in_lists / not_in_lists
        countries = rb.countries
        assert isinstance(countries, Countries) and isinstance(v, Country)
        member = [k for k in c.lists if v.name in countries.lists[k].members]
        ok = bool(member) is (c.op == "in_lists")
        line = text("condition.lists", condition=c.text, country=v.name, member=bool(member),
                    lists=countries.list_names(member or c.lists), clause=c.clause)
        verdict = Verdict(ok, met=[line] if ok else [], unmet=[] if ok else [line])
        if not member and any(countries.lists[k].absent_note for k in c.lists):
            verdict.assumptions.append(text(
                "condition.absent_from_lists", country=v.name, lists=countries.list_names(c.lists),
                sources=[countries.lists[k].source for k in c.lists]))
        return verdict
    label = _UNIT_SUFFIX.sub("", spec.label)
    if c.op in ("is_true", "is_false"):  # a yes/no fact: the condition itself is the sentence
        line = text("condition.yes_no", condition=c.text, ok=ok, clause=c.clause)
    else:
        line = text("condition.compared", condition=c.text, label=label, value=value.display, ok=ok,
                    clause=c.clause)
    return Verdict(ok, met=[line] if ok else [], unmet=[] if ok else [line])


def evaluate(c: Condition, prepared: Prepared, rb: RuleBook) -> Verdict:
    """Evaluate one gate (leaf or group)."""
    if not (c.all_of or c.any_of):
        return _leaf(c, prepared, rb)
    children = [evaluate(x, prepared, rb) for x in (c.all_of or c.any_of)]
    out = Verdict(None)
    if c.all_of:
        if any(ch.status is False for ch in children):
            out.status = False
        elif all(ch.status is True for ch in children):
            out.status = True
        for ch in children:
            out.absorb(ch, keep_missing=out.status is None)
        return out
    if any(ch.status is True for ch in children):
        out.status = True
        for ch in children:
            if ch.status is True:
                out.absorb(ch)
        return out
    if all(ch.status is False for ch in children):
        out.status = False
        out.unmet.append(text("condition.none_of", condition=c.text, clause=c.clause,
                              reasons=[u for ch in children for u in ch.unmet]))
        return out
    for ch in children:  # unknown: ask for what the undecided branches need
        if ch.status is None:
            out.absorb(ch)
    return out


def evaluate_all(conds: tuple[Condition, ...], prepared: Prepared, rb: RuleBook) -> Verdict:
    """All gates of a measure (all must hold)."""
    if not conds:
        return Verdict(True)
    return evaluate(Condition(text="", clause="", all_of=conds), prepared, rb)


def missing_from_invalid(names: list[str], prepared: Prepared) -> list[str]:
    """Invalid inputs count as missing: the user must give them again."""
    return [n for n in names if n in prepared.invalid]
