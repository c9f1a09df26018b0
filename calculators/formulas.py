"""Amount formulas: rate × base with caps, fixed, per unit, per step, select, sum, no figure.

Every step is written as a Chinese 算式 naming the clause each figure comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from calculators.conditions import evaluate, evaluate_all
from calculators.fmt import fmt_money, fmt_number
from calculators.inputs import Prepared
from calculators.model import Figure, Formula, RuleBook
from calculators.quantity import AtLeast, Below
from calculators.texts import text

_UNIT_SUFFIX = re.compile(r"（[^（）]*）$")


@dataclass
class Outcome:
    """The amount of a formula (None when it cannot be computed) and how it was reached."""

    amount: Decimal | None = None
    steps: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    optional_missing: list[str] = field(default_factory=list)
    met: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    upper_bound: str = ""
    blocked: bool = False
    no_figure: bool = False
    undetermined: bool = False


def _label(rb: RuleBook, name: str, override: str = "") -> str:
    return override or _UNIT_SUFFIX.sub("", rb.inputs[name].label)


def _apply_caps(amount: Decimal, caps: tuple[Figure, ...], steps: list[str]) -> Decimal:
    for cap in caps:
        over = amount > cap.base
        steps.append(text("formula.cap_applied" if over else "formula.cap_not_reached", amount=fmt_money(amount),
                          what=cap.note, cap=cap.display, clause=cap.clause))
        if over:
            amount = cap.base
    return amount


def _need(out: Outcome, prepared: Prepared, name: str) -> Decimal | None:
    value = prepared.values.get(name)
    if value is None or isinstance(value.value, Below | AtLeast):  # a bound is no figure to compute with
        if name not in out.missing:
            out.missing.append(name)
        return None
    return value.value  # type: ignore[return-value]


def _floor(out: Outcome, prepared: Prepared, name: str) -> Decimal | None:
    """The floor of a figure said as one ("租金两百多万"), taken out of the missing inputs, or None."""
    value = prepared.values.get(name)
    if value is None or not isinstance(value.value, AtLeast):
        return None
    if name in out.missing:
        out.missing.remove(name)
    return value.value.floor


def compute(f: Formula, prepared: Prepared, rb: RuleBook) -> Outcome:
    """Evaluate a formula against prepared inputs."""
    out = Outcome(upper_bound=f.upper_bound)
    handler = _HANDLERS[f.kind]
    handler(f, prepared, rb, out)
    if out.amount is not None and f.kind not in ("sum", "no_figure", "per_unit"):
        out.amount = _apply_caps(out.amount, f.caps, out.steps)
    return out


def _rate(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    assert f.base and f.rate
    base = _need(out, prepared, f.base)
    if base is None:
        floor = _floor(out, prepared, f.base) if f.caps else None
        if floor is None or floor * f.rate.fraction < min(c.base for c in f.caps):
            if floor is not None:
                out.missing.append(f.base)  # a floor below the cap: the figure itself is needed
            return
        # "年租金两百多万": at its floor the amount already passes the cap, so the cap is the amount
        said = prepared.values[f.base].value
        out.steps.append(text("formula.floor_over_cap", label=_label(rb, f.base, f.base_label),
                              bound=text("input.above" if getattr(said, "strict", False) else "input.at_least",
                                         value=""),
                              base=fmt_money(floor), rate=f.rate.display, amount=fmt_money(floor * f.rate.fraction),
                              clause=f.rate.clause))
        out.amount = floor * f.rate.fraction
        return
    raw = base * f.rate.fraction
    out.steps.append(text("formula.rate", label=_label(rb, f.base, f.base_label), base=fmt_money(base),
                          not_above=f.upper_bound in ("不高于", "不超过"), rate=f.rate.display,
                          amount=fmt_money(raw), clause=f.rate.clause))
    out.amount = raw


def _fixed(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    assert f.amount
    out.steps.append(text("formula.fixed", label=f.label, upper_bound=f.upper_bound,
                          amount=f.amount.display, clause=f.amount.clause))
    out.amount = f.amount.base


def _per_unit(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    assert f.units
    count = _need(out, prepared, f.units)
    unit_amount: Decimal | None = None
    if f.unit_formula is not None:
        sub = compute(f.unit_formula, prepared, rb)
        _merge(out, sub)
        if sub.blocked:
            out.blocked = True
            return
        unit_amount = sub.amount
    elif f.amount is not None:
        unit_amount = f.amount.base
        out.steps.append(text("formula.unit_amount", label=f.label, upper_bound=f.upper_bound,
                              amount=f.amount.display, clause=f.amount.clause))
    if count is None:  # "订了8个以上展位": a floor past the count limit is the limit
        floor = _floor(out, prepared, f.units)
        if floor is not None and any(floor >= limit.base for limit in f.count_limits):
            count = floor
        elif (floor is not None and unit_amount is not None and f.caps
              and floor * unit_amount >= min(c.base for c in f.caps)):
            count = floor  # "两百五六十个学生 × 400元": at its floor the amount already reaches the cap
        elif floor is not None:
            out.missing.append(f.units)
    if count is None or unit_amount is None:
        return
    spec = rb.inputs[f.units]
    for limit in f.count_limits:
        if count > limit.base:
            out.steps.append(text("formula.count_limited", label=_label(rb, f.units), count=fmt_number(count),
                                  unit=spec.unit, what=limit.note, limit=limit.display, clause=limit.clause))
            count = limit.base
    total = count * unit_amount
    out.steps.append(f"{fmt_number(count)}{spec.unit} × {fmt_money(unit_amount)} = "
                     f"{fmt_money(total)}")
    out.amount = _apply_caps(total, f.caps, out.steps)


def _step(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    assert f.base and f.step and f.amount
    base = _need(out, prepared, f.base)
    if base is None:
        return
    spec = rb.inputs[f.base]
    currency = "美元" if spec.kind == "money_usd" else "元"
    steps_done = (base / f.step.base).to_integral_value(rounding=ROUND_FLOOR)
    total = steps_done * f.amount.base
    out.steps.append(text("formula.step_count", label=_label(rb, f.base, f.base_label),
                          base=fmt_money(base, currency), step=f.step.display, count=fmt_number(steps_done),
                          clause=f.step.clause))
    out.steps.append(text("formula.step_amount", count=fmt_number(steps_done), upper_bound=f.upper_bound,
                          amount=f.amount.display, total=fmt_money(total), clause=f.amount.clause))
    out.amount = total


def _select(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    for case in f.cases:
        verdict = evaluate(case.when, prepared, rb)
        out.assumptions += verdict.assumptions
        if verdict.status is None:
            out.missing += [m for m in verdict.missing if m not in out.missing]
            return
        if verdict.status:
            out.steps += verdict.met
            out.steps.append(text("formula.case_applies", label=case.label, clause=case.when.clause))
            if case.note:
                out.assumptions.append(case.note)
            _merge(out, compute(case.formula, prepared, rb), amount=True)
            return
    if f.otherwise is not None:
        out.steps.append(text("formula.otherwise", label=f.otherwise.label))
        _merge(out, compute(f.otherwise, prepared, rb), amount=True)
        return
    out.blocked = True
    out.unmet.append(text("formula.no_case", labels=[c.label for c in f.cases]))


def _sum(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    computed: list[tuple[str, Decimal]] = []
    pending: list[tuple[str, list[str]]] = []
    blocked: list[str] = []
    for part in f.parts:
        verdict = evaluate_all(part.conditions, prepared, rb)
        out.assumptions += verdict.assumptions
        if verdict.status is False:
            blocked += [text("formula.part_line", part=part.name, line=u) for u in verdict.unmet]
            out.steps.append(text("formula.part_blocked", part=part.name))
            continue
        sub = compute(part.formula, prepared, rb)
        needs = verdict.missing + [m for m in sub.missing if m not in verdict.missing]
        if sub.blocked:
            blocked += [text("formula.part_line", part=part.name, line=u) for u in sub.unmet]
            continue
        if needs or sub.amount is None:
            pending.append((part.name, needs))
            continue
        out.met += verdict.met
        out.upper_bound = out.upper_bound or sub.upper_bound
        out.assumptions += sub.assumptions
        out.steps += [text("formula.part_line", part=part.name, line=s) for s in sub.steps]
        computed.append((part.name, sub.amount))
    if not computed and blocked and pending and not any(_given(part, prepared) for part in f.parts
                                                       if part.name in {n for n, _ in pending}):
        # "贸易公司，增长6%，平台费能补吗": the part asked about is ruled out; the part never
        # mentioned (no fact of it given) is not asked about, only pointed to
        out.blocked = True
        out.unmet += blocked
        for name, needs in pending:
            out.assumptions.append(text("formula.part_not_given", part=name, labels=[_label(rb, n) for n in needs]))
        return
    if not computed:
        if pending:
            out.undetermined = True
            for _, needs in pending:
                out.missing += [m for m in needs if m not in out.missing]
            out.unmet += blocked  # parts already ruled out, said even while others wait for facts
        else:
            out.blocked = True
            out.unmet += blocked
        return
    for name, needs in pending:
        part = next(p for p in f.parts if p.name == name)
        if _given(part, prepared):
            # "平台年费9万 增量300万美元": a part whose facts were given but do not settle it is no part left
            # out — the total waits for it (the increment's 12万 alone is not what the firm gets)
            out.undetermined = True
            out.missing += [m for m in needs if m not in out.missing]
            continue
        out.assumptions.append(text("formula.part_missing", part=name, labels=[_label(rb, n) for n in needs]))
        out.optional_missing += [n for n in needs if n not in out.optional_missing]
    out.assumptions += [text("formula.part_ruled_out", reason=b) for b in blocked]
    total = sum((a for _, a in computed), Decimal(0))
    if len(computed) > 1:
        out.steps.append(" + ".join(fmt_money(a) for _, a in computed) + f" = {fmt_money(total)}")
    out.amount = _apply_caps(total, f.caps, out.steps)


def _inputs_of(node: object) -> set[str]:
    """The inputs a part of a formula reads: its conditions' inputs and its formula's base and units."""
    found: set[str] = set()
    for name in ("input", "base", "units"):
        value = getattr(node, name, None)
        if isinstance(value, str):
            found.add(value)
    for name in ("conditions", "all_of", "any_of", "parts", "cases"):
        for child in getattr(node, name, ()) or ():
            found |= _inputs_of(child)
    for name in ("formula", "unit_formula", "otherwise", "when"):
        child = getattr(node, name, None)
        if child is not None:
            found |= _inputs_of(child)
    return found


def _given(part: object, prepared: Prepared) -> bool:
    """Whether any fact the part reads was given (defaults and assumptions aside): not a fact a condition of it
    presumes where it is not told ("是老企业" says nothing of the increase part of 六安 四（二） — IS182)."""
    from calculators.checks import walk_conditions

    presumed = {c.input for c in walk_conditions(getattr(part, "conditions", ()))
                if c.input and c.if_missing == "assume"}
    # (nor a "no" alone: "外贸公司" says the firm is no manufacturer, nothing of the fees it paid — LZ125)
    return any((name in prepared.values and prepared.values[name].value is not False) or name in prepared.invalid
               for name in _inputs_of(part) - presumed)


def _no_figure(f: Formula, prepared: Prepared, rb: RuleBook, out: Outcome) -> None:
    out.no_figure = True
    if f.text:
        out.steps.append(f.text)
    for cap in f.caps:
        out.steps.append(text("formula.cap_only", what=cap.note, cap=cap.display, clause=cap.clause))


def _merge(out: Outcome, sub: Outcome, amount: bool = False) -> None:
    out.steps += sub.steps
    out.missing += [m for m in sub.missing if m not in out.missing]
    out.optional_missing += sub.optional_missing
    out.met += sub.met
    out.unmet += sub.unmet
    out.assumptions += sub.assumptions
    out.upper_bound = out.upper_bound or sub.upper_bound
    out.blocked = out.blocked or sub.blocked
    out.undetermined = out.undetermined or sub.undetermined
    out.no_figure = out.no_figure or sub.no_figure
    if amount:
        out.amount = sub.amount


_HANDLERS = {"rate": _rate, "fixed": _fixed, "per_unit": _per_unit, "step": _step,
             "select": _select, "sum": _sum, "no_figure": _no_figure}


def max_amount(f: Formula, units: Decimal | None = None) -> Decimal | None:
    """The most a formula can ever give (its binding caps), or None when the text sets none; `units`: the count of
    units a case is known to have ("一个展位最多补多少": one booth's most, not the six a fair may count)."""
    caps = [c.base for c in f.caps]
    cap = min(caps) if caps else None
    inner: Decimal | None
    if f.kind == "fixed" and f.amount:
        inner = f.amount.base
    elif f.kind == "per_unit":
        each = f.amount.base if f.amount else (
            max_amount(f.unit_formula) if f.unit_formula else None)
        limits = [lim.base for lim in f.count_limits] + ([units] if units is not None and units >= 0 else [])
        inner = each * min(limits) if each is not None and limits else None
    elif f.kind == "select":
        options = [max_amount(c.formula, units) for c in f.cases]
        if f.otherwise:
            options.append(max_amount(f.otherwise, units))
        inner = None if any(o is None for o in options) else max(options)  # type: ignore[type-var]
    elif f.kind == "sum":
        parts = [max_amount(p.formula) for p in f.parts]
        inner = None if any(p is None for p in parts) else sum(parts)  # type: ignore[arg-type]
    elif f.kind == "no_figure":
        return cap  # no rate or amount, but a ceiling the text states still bounds it (运城 第五条（一） 30万)
    else:
        inner = None
    if inner is None:
        return cap
    return inner if cap is None else min(inner, cap)
