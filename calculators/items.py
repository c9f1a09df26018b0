"""Measures paid per qualifying item (店铺, 独立站), and several measures of one clause summed.

`calculate_items` checks each item on its own with the measure's conditions, applies the
per-group limit of the rule file (单个平台最多奖励1个店铺), then computes the amount once for
the number of items that count, so the enterprise-wide limits of the formula still apply.
`combine` adds the amounts of several measures asked about together ("一共奖励多少").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from calculators.engine import CalcResult, calculate
from calculators.fmt import fmt_money, fmt_money_full
from calculators.loader import load_rulebook
from calculators.model import RuleBook

GROUP_KEY = "group"
_GROUP_WORDS = {"platform": "平台"}


def _counts(result: CalcResult, rb: RuleBook) -> bool:
    """An item counts when it qualifies, or when only yes/no conditions remain to confirm."""
    only_yes_no = all(rb.inputs[n].kind == "bool" for n in result.missing_input_names if n in rb.inputs)
    return result.eligible is True or (result.eligible is None and result.provisional_amount_yuan is not None
                                       and not result.unmet_conditions and only_yes_no)


def _describe(item: dict[str, object], rb: RuleBook) -> str:
    parts = [str(item[GROUP_KEY])] if item.get(GROUP_KEY) else []
    for name, value in item.items():
        if name == GROUP_KEY or name not in rb.inputs:
            continue
        spec = rb.inputs[name]
        numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        if isinstance(value, bool):
            parts.append(f"{spec.label.split('（')[0]}：{'是' if value else '否'}")
            continue
        shown = fmt_money(Decimal(str(value))) if spec.kind == "money_cny" and numeric else str(value)
        parts.append(f"{spec.label.split('（')[0]}{shown}")
    return "，".join(parts)


def calculate_items(measure_id: str, shared: dict[str, object], items: list[dict[str, object]],
                    as_of: date | None = None, rulebook: RuleBook | None = None) -> CalcResult:
    """The measure for several items: each checked, per-group limit applied, amount for the count."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    spec = measure.per_item
    if spec is None or not items:
        return calculate(measure_id, {**shared, **(items[0] if items else {})}, as_of=as_of, rulebook=rb)
    lines: list[str] = []
    counted: list[dict[str, object]] = []
    groups: dict[str, int] = {}
    limit = int(spec.per_group.value) if spec.per_group else None
    first_failure: CalcResult | None = None
    open_items: list[tuple[str, CalcResult]] = []
    for index, item in enumerate(items, 1):
        facts = {**shared, **{k: v for k, v in item.items() if k != GROUP_KEY}, spec.count_input: 1}
        result = calculate(measure_id, facts, as_of=as_of, rulebook=rb)
        label = f"{spec.item}{index}（{_describe(item, rb)}）"
        if not _counts(result, rb):
            if result.eligible is None:  # a figure of this item is missing: no total until it is given
                open_items.append((label, result))
                continue
            reason = "；".join(result.unmet_conditions)
            lines.append(f"{label}：不计入——{reason}")
            first_failure = first_failure or result
            continue
        group = str(item.get(GROUP_KEY) or f"#{index}")
        if limit is not None and groups.get(group, 0) >= limit:
            lines.append(f"{label}：同一{(spec.group_by == 'platform' and '平台') or '组'}已计{limit}个，"
                         f"{spec.per_group.note}{limit}个（{spec.per_group.clause}），不再计入")
            continue
        groups[group] = groups.get(group, 0) + 1
        lines.append(f"{label}：符合条件，计入")
        counted.append(item)
    if open_items:
        label, result = open_items[0]
        lines += [f"{lab}：还缺少" + "、".join(r.missing_inputs) for lab, r in open_items]
        return replace(result, steps=lines, eligible=None, amount_yuan=None, provisional_amount_yuan=None,
                       missing_inputs=list(dict.fromkeys(m for _, r in open_items for m in r.missing_inputs)),
                       missing_input_names=list(dict.fromkeys(m for _, r in open_items for m in r.missing_input_names)))
    if not counted:
        assert first_failure is not None
        return replace(first_failure, steps=lines + first_failure.steps)
    facts = {**shared, **{k: v for k, v in counted[0].items() if k != GROUP_KEY}, spec.count_input: len(counted)}
    final = calculate(measure_id, facts, as_of=as_of, rulebook=rb)
    return replace(final, steps=[*lines, f"计入的{spec.item}共{len(counted)}个", *final.steps])


def combine(results: list[CalcResult], name: str) -> CalcResult:
    """Several measures of one clause asked about together: the sum of what each gives."""
    paid = [r for r in results if r.amount_yuan is not None]
    first = results[0]
    steps: list[str] = []
    for result in results:
        steps += [f"【{result.measure_name}】{s}" for s in result.steps]
    total = sum((r.amount_yuan for r in paid), Decimal(0)) if paid else None
    if len(paid) > 1:
        steps.append("合计：" + " + ".join(fmt_money(r.amount_yuan) for r in paid) + f" = {fmt_money(total)}")
    return replace(
        first, measure="+".join(r.measure for r in results), measure_name=name,
        eligible=True if paid else (False if all(r.eligible is False for r in results) else None),
        amount_yuan=total, amount_is_upper_bound=any(r.amount_is_upper_bound for r in paid), steps=steps,
        met_conditions=[c for r in results for c in r.met_conditions],
        unmet_conditions=[c for r in results for c in r.unmet_conditions],
        missing_inputs=list(dict.fromkeys(c for r in results for c in r.missing_inputs)),
        missing_input_names=list(dict.fromkeys(c for r in results for c in r.missing_input_names)),
        assumptions=list(dict.fromkeys(a for r in results for a in r.assumptions)),
        warnings=list(dict.fromkeys(w for r in results for w in r.warnings)),
        notes=list(dict.fromkeys(n for r in results for n in r.notes)),
        quote_hint=first.quote_hint, provisional_amount_yuan=None)


def calculate_each(measure_id: str, shared: dict[str, object], items: list[dict[str, object]],
                   as_of: date | None = None, rulebook: RuleBook | None = None) -> CalcResult:
    """The measure for each item on its own (海外仓), amounts added; the rule's `total_cap`
    caps the sum where the text caps the enterprise. Where the text does not say several items
    are each paid (`count_all: false`), one item's amount is given and the others are noted."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    each = measure.each_item
    assert each is not None
    results = [calculate(measure_id, {**shared, **item}, as_of=as_of, rulebook=rb) for item in items]
    lines: list[str] = []
    paid: list[CalcResult] = []
    for index, result in enumerate(results, 1):
        label = f"{each.item}{index}"
        if result.amount_yuan is not None:
            paid.append(result)
            lines += [f"{label}：{s}" for s in result.steps]
        elif result.eligible is False:
            lines.append(f"{label}：不符合条件，不计入——" + "；".join(result.unmet_conditions))
        else:
            lines.append(f"{label}：还缺少" + "、".join(result.missing_inputs))
    first = results[0]
    open_items = [r for r in results if r.amount_yuan is None and r.eligible is not False]
    base = replace(first, steps=lines,
                   met_conditions=[f"{each.item}{i}：{c}" for i, r in enumerate(results, 1) for c in r.met_conditions],
                   unmet_conditions=[f"{each.item}{i}：{c}" for i, r in enumerate(results, 1)
                                     for c in r.unmet_conditions],
                   missing_inputs=list(dict.fromkeys(m for r in open_items for m in r.missing_inputs)),
                   missing_input_names=list(dict.fromkeys(m for r in open_items for m in r.missing_input_names)),
                   assumptions=list(dict.fromkeys(a for r in results for a in r.assumptions)),
                   warnings=list(dict.fromkeys(w for r in results for w in r.warnings)),
                   amount_yuan=None, provisional_amount_yuan=None)
    if open_items:  # an item still lacks facts: no total until every item is settled
        return replace(base, eligible=None)
    if not paid:
        return replace(base, eligible=False)
    if not each.count_all:
        base.assumptions.append(f"文件未写明一家企业有多个{each.item}时能否分别奖励，以上按一个{each.item}计算")
        return replace(base, eligible=True, amount_yuan=paid[0].amount_yuan,
                       amount_is_upper_bound=paid[0].amount_is_upper_bound)
    total = sum((r.amount_yuan for r in paid), Decimal(0))
    steps = list(lines)
    if len(paid) > 1:
        steps.append("合计：" + " + ".join(fmt_money(r.amount_yuan) for r in paid) + f" = {fmt_money(total)}")
    cap = each.total_cap
    if cap is not None and total > cap.base:
        steps.append(f"{fmt_money(total)} > {cap.note or '上限'}{cap.display}（{cap.clause}），取{cap.display}")
        total = cap.base
    upper = any(r.amount_is_upper_bound for r in paid)
    steps.append(f"{'最高可获' if upper else '可获'}：{fmt_money_full(total)}")
    return replace(base, eligible=True, amount_yuan=total, steps=steps, amount_is_upper_bound=upper)
