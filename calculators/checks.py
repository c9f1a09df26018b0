"""Cross-checks of a measure against the input vocabulary, beyond what the schema can say."""

from __future__ import annotations

from collections.abc import Iterator

from calculators.countries import Countries
from calculators.fmt import fmt_number
from calculators.model import KIND_DIMENSION, Condition, Formula, InputSpec, Measure
from calculators.texts import text

Problem = tuple[tuple[object, ...], str]
_NUMERIC_OPS = {">=", ">", "<=", "<", "=="}


def _walk_conditions(conds: tuple[Condition, ...]) -> Iterator[Condition]:
    for c in conds:
        yield c
        yield from _walk_conditions(c.all_of)
        yield from _walk_conditions(c.any_of)


def walk_conditions(conds: tuple[Condition, ...]) -> Iterator[Condition]:
    """Every condition in `conds`, groups and their members."""
    return _walk_conditions(conds)


def walk_formula(f: Formula) -> Iterator[Formula | Condition]:
    """A formula, then every formula and condition inside it (units, cases, otherwise, parts)."""
    yield f
    if f.unit_formula:
        yield from walk_formula(f.unit_formula)
    for case in f.cases:
        yield from _walk_conditions((case.when,))
        yield from walk_formula(case.formula)
    if f.otherwise:
        yield from walk_formula(f.otherwise)
    for part in f.parts:
        yield from _walk_conditions(part.conditions)
        yield from walk_formula(part.formula)


def inputs_of(measure: Measure) -> list[str]:
    """Input names a measure reads, in the order to ask: gates first, then the formula."""
    names: list[str] = []
    for c in _walk_conditions(measure.conditions):
        if c.input and c.input not in names:
            names.append(c.input)
    for item in walk_formula(measure.formula):
        if isinstance(item, Condition):
            found = [item.input] if item.input else []
        else:
            found = [n for n in (item.units, item.base) if n]
        for name in found:
            if name not in names:
                names.append(name)
    return names


def _check_condition(c: Condition, inputs: dict[str, InputSpec],
                     countries: Countries | None) -> str | None:
    if c.all_of or c.any_of:
        return None
    if not c.input or not c.op:
        return text("rule_file.condition_incomplete", text=c.text)
    spec = inputs.get(c.input)
    if spec is None:
        return text("rule_file.condition_unknown_input", text=c.text, input=c.input)
    if c.met_by and (c.met_by not in inputs or inputs[c.met_by].kind != "bool"):
        return text("rule_file.not_bool", text=c.text, op="met_by", input=c.met_by)
    if c.op in _NUMERIC_OPS:
        if c.threshold is None:
            return text("rule_file.condition_no_threshold", text=c.text)
        want = KIND_DIMENSION.get(spec.kind)
        if want != c.threshold.dimension:
            return text("rule_file.threshold_unit", text=c.text, unit=c.threshold.unit, input=c.input,
                        kind=spec.kind)
        if fmt_number(c.threshold.value) not in c.text.replace(" ", ""):
            return text("rule_file.threshold_not_in_text", text=c.text, threshold=fmt_number(c.threshold.value))
    elif c.op in ("is_true", "is_false") and spec.kind != "bool":
        return text("rule_file.not_bool", text=c.text, op=c.op, input=c.input)
    elif c.op in ("in", "not_in", "contains_any"):
        allowed = {ch.value for ch in spec.choices}
        bad = [v for v in c.values if v not in allowed]
        if spec.kind != "choice" or not c.values or bad:
            return text("rule_file.not_choices", text=c.text, bad=bad or "", input=c.input)
    elif c.op in ("in_lists", "not_in_lists"):
        if spec.kind != "country" or not c.lists:
            return text("rule_file.lists_not_country", text=c.text, op=c.op)
        if countries is not None:
            bad = [k for k in c.lists if k not in countries.lists]
            if bad:
                return text("rule_file.unknown_lists", text=c.text, bad=bad)
    return None


def _check_formula(f: Formula, inputs: dict[str, InputSpec]) -> str | None:
    money_caps = [c for c in f.caps if c.dimension != "cny"]
    if money_caps:
        return text("rule_file.cap_unit", cap=money_caps[0].display)
    if f.kind in ("rate", "step"):
        spec = inputs.get(f.base or "")
        if spec is None:
            return text("rule_file.unknown_base", base=f.base)
        if f.kind == "rate":
            if spec.kind != "money_cny":
                return text("rule_file.rate_base", base=f.base)
            if f.rate is None or f.rate.unit != "%":
                return text("rule_file.rate_unit")
        else:
            if f.step is None or f.amount is None:
                return text("rule_file.step_missing")
            if KIND_DIMENSION.get(spec.kind) != f.step.dimension:
                return text("rule_file.step_unit", unit=f.step.unit, base=f.base)
    if f.kind == "fixed" and (f.amount is None or f.amount.dimension != "cny"):
        return text("rule_file.fixed_amount")
    if f.kind == "per_unit":
        spec = inputs.get(f.units or "")
        if spec is None or spec.kind != "count":
            return text("rule_file.per_unit_count", units=f.units)
        if (f.amount is None) == (f.unit_formula is None):
            return text("rule_file.per_unit_amount")
        if f.amount is not None and f.amount.dimension != "cny":
            return text("rule_file.unit_amount_cny")
    if f.kind == "select" and not f.cases:
        return text("rule_file.select_cases")
    if f.kind == "sum" and not f.parts:
        return text("rule_file.sum_parts")
    return None


def check_rule_file(measure: Measure, inputs: dict[str, InputSpec],
                    countries: Countries | None) -> Problem | None:
    """The first problem of a measure as (location in the YAML, Chinese message), or None."""
    if not measure.id.startswith(measure.policy_id.split("_")[0] + "."):
        return ("id",), text("rule_file.id_prefix", id=measure.id, prefix=measure.policy_id.split("_")[0])
    for i, c in enumerate(measure.conditions):
        for sub in _walk_conditions((c,)):
            message = _check_condition(sub, inputs, countries)
            if message:
                return ("conditions", i), message
    for item in walk_formula(measure.formula):
        if isinstance(item, Condition):
            message = _check_condition(item, inputs, countries)
        else:
            message = _check_formula(item, inputs)
        if message:
            return ("formula",), message
    for key in ("inputs", "defaults", "questions"):
        for name in getattr(measure, key):
            if name not in inputs:
                return (key,), text("rule_file.unknown_input", key=key, name=name)
    for name in measure.each_item.of_enterprise if measure.each_item else ():
        if name not in inputs:
            return ("each_item", "of_enterprise"), text("rule_file.unknown_input", key="each_item.of_enterprise",
                                                        name=name)
    return None
