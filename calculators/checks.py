"""Cross-checks of a measure against the input vocabulary, beyond what the schema can say."""

from __future__ import annotations

from collections.abc import Iterator

from calculators.countries import Countries
from calculators.fmt import fmt_number
from calculators.model import KIND_DIMENSION, Condition, Formula, InputSpec, Measure

Problem = tuple[tuple[object, ...], str]
_NUMERIC_OPS = {">=", ">", "<=", "<", "=="}


def _walk_conditions(conds: tuple[Condition, ...]) -> Iterator[Condition]:
    for c in conds:
        yield c
        yield from _walk_conditions(c.all_of)
        yield from _walk_conditions(c.any_of)


def _walk_formula(f: Formula) -> Iterator[Formula | Condition]:
    yield f
    if f.unit_formula:
        yield from _walk_formula(f.unit_formula)
    for case in f.cases:
        yield from _walk_conditions((case.when,))
        yield from _walk_formula(case.formula)
    if f.otherwise:
        yield from _walk_formula(f.otherwise)
    for part in f.parts:
        yield from _walk_conditions(part.conditions)
        yield from _walk_formula(part.formula)


def inputs_of(measure: Measure) -> list[str]:
    """Input names a measure reads, in the order to ask: gates first, then the formula."""
    names: list[str] = []
    for c in _walk_conditions(measure.conditions):
        if c.input and c.input not in names:
            names.append(c.input)
    for item in _walk_formula(measure.formula):
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
        return f"条件“{c.text}”缺少 input 或 op"
    spec = inputs.get(c.input)
    if spec is None:
        return f"条件“{c.text}”引用了未定义的输入项“{c.input}”（见 _inputs.yaml）"
    if c.op in _NUMERIC_OPS:
        if c.threshold is None:
            return f"条件“{c.text}”缺少 threshold"
        want = KIND_DIMENSION.get(spec.kind)
        if want != c.threshold.dimension:
            return (f"条件“{c.text}”的门槛单位“{c.threshold.unit}”与输入项“{c.input}”"
                    f"（{spec.kind}）不符")
        if fmt_number(c.threshold.value) not in c.text.replace(" ", ""):
            return f"条件“{c.text}”的文字中没有门槛数字{fmt_number(c.threshold.value)}"
    elif c.op in ("is_true", "is_false") and spec.kind != "bool":
        return f"条件“{c.text}”用 {c.op}，但“{c.input}”不是 bool"
    elif c.op in ("in", "not_in", "contains_any"):
        allowed = {ch.value for ch in spec.choices}
        bad = [v for v in c.values if v not in allowed]
        if spec.kind != "choice" or not c.values or bad:
            return f"条件“{c.text}”的取值{bad or ''}不是“{c.input}”的选项"
    elif c.op in ("in_lists", "not_in_lists"):
        if spec.kind != "country" or not c.lists:
            return f"条件“{c.text}”的 {c.op} 须用于国家输入项并列出名单"
        if countries is not None:
            bad = [k for k in c.lists if k not in countries.lists]
            if bad:
                return f"条件“{c.text}”引用了未定义的国家名单：{bad}"
    return None


def _check_formula(f: Formula, inputs: dict[str, InputSpec]) -> str | None:
    money_caps = [c for c in f.caps if c.dimension != "cny"]
    if money_caps:
        return f"上限“{money_caps[0].display}”须以元或万元计"
    if f.kind in ("rate", "step"):
        spec = inputs.get(f.base or "")
        if spec is None:
            return f"公式引用了未定义的计算基数“{f.base}”"
        if f.kind == "rate":
            if spec.kind != "money_cny":
                return f"比例公式的基数“{f.base}”须为人民币金额（money_cny）"
            if f.rate is None or f.rate.unit != "%":
                return "比例公式须有以 % 计的 rate"
        else:
            if f.step is None or f.amount is None:
                return "递增公式须有 step 与 amount"
            if KIND_DIMENSION.get(spec.kind) != f.step.dimension:
                return f"递增公式的步长单位“{f.step.unit}”与基数“{f.base}”不符"
    if f.kind == "fixed" and (f.amount is None or f.amount.dimension != "cny"):
        return "固定金额公式须有以元计的 amount"
    if f.kind == "per_unit":
        spec = inputs.get(f.units or "")
        if spec is None or spec.kind != "count":
            return f"按单位计的公式须有计数输入项 units（现为“{f.units}”）"
        if (f.amount is None) == (f.unit_formula is None):
            return "按单位计的公式须有 amount 或 unit_formula 之一"
        if f.amount is not None and f.amount.dimension != "cny":
            return "单位金额须以元计"
    if f.kind == "select" and not f.cases:
        return "分档公式须有 cases"
    if f.kind == "sum" and not f.parts:
        return "合计公式须有 parts"
    return None


def check_rule_file(measure: Measure, inputs: dict[str, InputSpec],
                    countries: Countries | None) -> Problem | None:
    """The first problem of a measure as (location in the YAML, Chinese message), or None."""
    if not measure.id.startswith(measure.policy_id.split("_")[0] + "."):
        return ("id",), f"测算项目 id“{measure.id}”须以城市拼音“{measure.policy_id.split('_')[0]}.”开头"
    for i, c in enumerate(measure.conditions):
        for sub in _walk_conditions((c,)):
            message = _check_condition(sub, inputs, countries)
            if message:
                return ("conditions", i), message
    for item in _walk_formula(measure.formula):
        if isinstance(item, Condition):
            message = _check_condition(item, inputs, countries)
        else:
            message = _check_formula(item, inputs)
        if message:
            return ("formula",), message
    for key in ("inputs", "defaults", "questions"):
        for name in getattr(measure, key):
            if name not in inputs:
                return (key,), f"{key} 中的输入项“{name}”未在 _inputs.yaml 定义"
    return None
