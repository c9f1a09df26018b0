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
from calculators.fmt import fmt_money, fmt_money_full, fmt_number
from calculators.inputs import show_bound
from calculators.loader import load_rulebook
from calculators.model import Figure, RuleBook
from calculators.quantity import AtLeast, Below
from calculators.texts import text

GROUP_KEY = "group"
# an item said to be in a group of its own ("5个不同平台各开了1个店") though the group is not named
OWN_GROUP_KEY = "own_group"


def _own_facts(item: dict[str, object]) -> dict[str, object]:
    """An item's facts for the calculator, without the keys that place it in a group."""
    return {k: v for k, v in item.items() if k not in (GROUP_KEY, OWN_GROUP_KEY)}


def _shared_for(item: dict[str, object], shared: dict[str, object], rb: RuleBook) -> dict[str, object]:
    """The facts shared by every item, less those an item's own country decides: "一条飞香港 一条飞首尔" gives the
    session's route region from 香港, but 首尔's route is of its own region (MT033)."""
    if "country" not in item:
        return shared
    return {k: v for k, v in shared.items()
            if k in item or k not in rb.inputs or not rb.inputs[k].derive_from_country}


def _counts(result: CalcResult, rb: RuleBook, said_met: bool = False) -> bool:
    """An item counts when it qualifies, or when only yes/no conditions remain to confirm — or, where the
    user said every item meets them ("5个店每个都达标了"), any of its conditions."""
    only_yes_no = all(rb.inputs[n].kind == "bool" for n in result.missing_input_names if n in rb.inputs)
    return result.eligible is True or (result.eligible is None and result.provisional_amount_yuan is not None
                                       and not result.unmet_conditions and (only_yes_no or said_met))


def _describe(item: dict[str, object], rb: RuleBook) -> list[str]:
    parts = [str(item[GROUP_KEY])] if item.get(GROUP_KEY) else []
    for name, value in item.items():
        if name in (GROUP_KEY, OWN_GROUP_KEY) or name not in rb.inputs:
            continue
        spec = rb.inputs[name]
        numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        if isinstance(value, bool):
            parts.append(text("items.yes_no_fact", label=spec.label.split('（')[0], value=value))
            continue
        if isinstance(value, AtLeast | Below):  # "交易额都超过400万": the bound as said (超过, 至少, 不到)
            parts.append(f"{spec.label.split('（')[0]}{show_bound(spec, value)}")
            continue
        shown = fmt_money(Decimal(str(value))) if spec.kind == "money_cny" and numeric else str(value)
        parts.append(f"{spec.label.split('（')[0]}{shown}")
    return parts


def calculate_items(measure_id: str, shared: dict[str, object], items: list[dict[str, object]],
                    as_of: date | None = None, rulebook: RuleBook | None = None, said_met: bool = False
                    ) -> CalcResult:
    """The measure for several items: each checked, per-group limit applied, amount for the count.
    `said_met`: the user said every item meets the conditions; those not given are stated as assumed."""
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
    open_groups: list[str] = []
    for index, item in enumerate(items, 1):
        facts = {**_shared_for(item, shared, rb), **_own_facts(item), spec.count_input: 1}
        result = calculate(measure_id, facts, as_of=as_of, rulebook=rb)
        label = text("items.label", item=spec.item, index=index, facts=_describe(item, rb))
        if not _counts(result, rb, said_met):
            if result.eligible is None:  # a figure of this item is missing: no total until it is given
                open_items.append((label, result))
                open_groups.append(str(item.get(GROUP_KEY) or f"#{index}"))
                continue
            lines.append(text("items.not_counted", item=label, reasons=result.unmet_conditions))
            first_failure = first_failure or result
            continue
        group = str(item.get(GROUP_KEY) or f"#{index}")
        if limit is not None and groups.get(group, 0) >= limit:
            lines.append(text("items.group_full", item=label, group_by=spec.group_by, limit=limit,
                              note=spec.per_group.note, clause=spec.per_group.clause))
            continue
        groups[group] = groups.get(group, 0) + 1
        lines.append(text("items.counted", item=label))
        counted.append(item)
    if open_items and counted and _cap_reached(measure_id, shared, counted, groups, open_groups, limit,
                                               as_of, rb):
        # "eBay、速卖通、阿里国际站三个店都达标，亚马逊的单量没说": three stores are the enterprise's
        # most; whatever the open ones turn out to be, the amount is the same
        lines += [text("items.open_not_needed", item=lab, missing=r.missing_inputs, kind=spec.item)
                  for lab, r in open_items]
        open_items = []
    if open_items:
        label, result = open_items[0]
        lines += [text("items.still_missing", item=lab, missing=r.missing_inputs) for lab, r in open_items]
        return replace(result, steps=lines, eligible=None, amount_yuan=None, provisional_amount_yuan=None,
                       missing_inputs=list(dict.fromkeys(m for _, r in open_items for m in r.missing_inputs)),
                       missing_input_names=list(dict.fromkeys(m for _, r in open_items for m in r.missing_input_names)))
    if not counted:
        assert first_failure is not None
        return replace(first_failure, steps=lines + first_failure.steps)
    facts = {**shared, **_own_facts(counted[0]), spec.count_input: len(counted)}
    final = calculate(measure_id, facts, as_of=as_of, rulebook=rb)
    if said_met and final.eligible is None and final.provisional_amount_yuan is not None and not final.unmet_conditions:
        # "每个都达标了": the amount, with the conditions the user said are met stated as assumed
        final = replace(final, amount_yuan=final.provisional_amount_yuan, provisional_amount_yuan=None,
                        assumptions=[text("items.said_met", item=spec.item, conditions=final.missing_inputs),
                                     *final.assumptions], missing_inputs=[], missing_input_names=[])
    steps = [*lines, text("items.count_total", item=spec.item, count=len(counted)), *final.steps]
    unplaced = [item for item in counted if not item.get(GROUP_KEY) and not item.get(OWN_GROUP_KEY)]
    if limit is not None and unplaced and len(counted) > limit and final.amount_yuan is not None:
        # "开了3个店 都是B2C…": whether they share a platform is not said, and one platform counts
        # only `limit` of them: the count is an upper bound until the platforms are known
        return to_confirm(replace(final, steps=steps), text(
            "items.groups_unknown", item=spec.item, group_by=spec.group_by, limit=limit,
            note=spec.per_group.note, clause=spec.per_group.clause))
    return replace(final, steps=steps)


def _cap_reached(measure_id: str, shared: dict[str, object], counted: list[dict[str, object]],
                 groups: dict[str, int], open_groups: list[str], limit: int | None, as_of: date | None,
                 rb: RuleBook) -> bool:
    """Whether the items already counted give the same amount as they would with every open item
    counted too (each where its group has room): the cap binds, so the open items cannot matter."""
    spec = rb.measure(measure_id).per_item
    assert spec is not None
    room = dict(groups)
    more = 0
    for group in open_groups:
        if limit is None or room.get(group, 0) < limit:
            room[group] = room.get(group, 0) + 1
            more += 1
    facts = {**shared, **_own_facts(counted[0])}
    low = calculate(measure_id, {**facts, spec.count_input: len(counted)}, as_of=as_of, rulebook=rb)
    high = calculate(measure_id, {**facts, spec.count_input: len(counted) + more}, as_of=as_of, rulebook=rb)
    return low.eligible is True and low.amount_yuan is not None and low.amount_yuan == high.amount_yuan


def to_confirm(result: CalcResult, condition: str) -> CalcResult:
    """The result's amount held until `condition` is confirmed: provisional, its last step saying so."""
    steps = [*result.steps[:-1], text("engine.provisional", upper_bound=result.amount_is_upper_bound,
                                      amount=fmt_money_full(result.amount_yuan))]
    return replace(result, steps=steps, eligible=None, amount_yuan=None, provisional_amount_yuan=result.amount_yuan,
                   missing_inputs=[*result.missing_inputs, condition],
                   missing_input_names=list(result.missing_input_names))


def one_of_several(result: CalcResult, count: int, counter: str, item: str) -> CalcResult:
    """"两条线 一条到香港 飞了18班": `count` items said, one described; the amount is that one's,
    to confirm with the others' figures, which are added to it (each item is paid on its own)."""
    if result.amount_yuan is None or count < 2:
        return result
    return to_confirm(result, text("items.others_unsaid", count=count, rest=count - 1, counter=counter, item=item))


def over_years(result: CalcResult, asked: int, paid: Figure | None, left_out: list[int] | None = None
               ) -> CalcResult:
    """"每年都投80万 三年加起来": a year's amount times the years asked, at most the years the
    measure pays for (`paid`, "补助期3年"; None: a yearly award with no such period), each year taken as the user
    said it, the same; `left_out`: years named outside the policy's period, not counted (said so)."""
    yearly = result.amount_yuan if result.amount_yuan is not None else result.provisional_amount_yuan
    if yearly is None or (asked < 2 and not left_out):
        return result
    years = min(asked, int(paid.value)) if paid is not None else asked
    if years < 1:
        return result  # (no year in the period: the case's own dates decide it)
    total = yearly * years
    lines = [text("items.beyond_years", asked=asked, paid=fmt_number(paid.value), note=paid.note or "补助期",
                  clause=paid.clause)] if paid is not None and asked > years else []
    if left_out:
        lines.append(text("items.years_out_of_period", years="、".join(f"{y}年" for y in left_out)))
    # (one year counted: its own amount, the years left out said)
    if years >= 2 and paid is not None:
        lines.append(text("items.over_years", years=years, yearly=fmt_money(yearly), total=fmt_money(total),
                          paid=fmt_number(paid.value), note=paid.note or "补助期", clause=paid.clause))
    elif years >= 2:
        lines.append(text("items.over_years_each", years=years, yearly=fmt_money(yearly), total=fmt_money(total)))
    if result.amount_yuan is not None:
        last = text("engine.amount", upper_bound=result.amount_is_upper_bound, amount=fmt_money_full(total))
        return replace(result, steps=[*result.steps[:-1], *lines, last], amount_yuan=total)
    last = text("engine.provisional", upper_bound=result.amount_is_upper_bound, amount=fmt_money_full(total))
    return replace(result, steps=[*result.steps[:-1], *lines, last], provisional_amount_yuan=total)


def _formula_text(measure_id: str) -> str:
    """The measure's formula as the rule file words it (its clause's figures), or "" where it has none."""
    try:
        return str(load_rulebook().measure(measure_id).formula_text or "")
    except KeyError:
        return ""


def combine(results: list[CalcResult], name: str) -> CalcResult:
    """Several measures of one clause asked about together: the sum of what each gives."""
    paid = [r for r in results if r.amount_yuan is not None]
    # parts whose amount waits only on yes/no conditions ("是否具备培训资质"): a total to confirm
    pending = [r for r in results if r.amount_yuan is None and r.eligible is not False]
    if pending and all(r.provisional_amount_yuan is not None for r in pending):
        provisional = sum((r.amount_yuan if r.amount_yuan is not None else r.provisional_amount_yuan
                           for r in results if r.eligible is not False), Decimal(0))
    else:
        provisional = None
    if pending:
        paid = []  # a part still lacks facts: no total until every part is settled
    first = results[0]
    steps: list[str] = []
    for result in results:
        steps += [text("items.measure_step", measure=result.measure_name, step=s) for s in result.steps]
        if result.eligible is False:  # a matter that gives nothing: 0 in the total, with its reasons (and what the
            # clause pays where it would apply: "…计0元（该项条文：不超过20万元）", for the one who relays the answer)
            steps.append(text("items.measure_none", measure=result.measure_name, reasons=result.unmet_conditions,
                              formula=_formula_text(result.measure)))
    total = sum((r.amount_yuan for r in paid), Decimal(0)) if paid else None
    if len(paid) > 1:
        steps.append(text("items.total", amounts=[fmt_money(r.amount_yuan) for r in paid], total=fmt_money(total)))
    return replace(
        first, measure="+".join(dict.fromkeys(r.measure for r in results)), measure_name=name,
        eligible=True if paid else (False if all(r.eligible is False for r in results) else None),
        # (missing inputs below are those of the parts still open)
        amount_yuan=total, amount_is_upper_bound=any(r.amount_is_upper_bound for r in paid), steps=steps,
        item_facts=[],  # (each part's items are numbered within their own measure)
        met_conditions=list(dict.fromkeys(c for r in results for c in r.met_conditions)),
        unmet_conditions=list(dict.fromkeys(c for r in results for c in r.unmet_conditions)),
        missing_inputs=list(dict.fromkeys(c for r in results for c in r.missing_inputs)),
        missing_input_names=list(dict.fromkeys(c for r in results for c in r.missing_input_names)),
        assumptions=list(dict.fromkeys(a for r in results for a in r.assumptions)),
        warnings=list(dict.fromkeys(w for r in results for w in r.warnings)),
        notes=list(dict.fromkeys(_part_note(n, r, len(results)) for r in results for n in r.notes)),
        quote_hint=first.quote_hint, provisional_amount_yuan=provisional)


_FUNDING_HEAD = text("engine.funding_note", county="", note="", clause="").split("：")[0]


def _part_note(note: str, result: CalcResult, parts: int) -> str:
    """A part's note, named by its measure where it is that part's own sum: a split of the part's amount
    ("资金分担：…即市级5,760元") is no split of the total."""
    return text("items.measure_step", measure=result.measure_name, step=note) if (
        parts > 1 and note.startswith(_FUNDING_HEAD)) else note


def choose(results: list[CalcResult]) -> CalcResult:
    """Alternatives asked which pays more ("方案A…方案B…哪个拿得多"): never added; each one's amount stated, and
    the amount is the one that pays most (its measure's), with the others said to be the alternatives."""
    total = combine(results, "、".join(r.measure_name for r in results))
    paid = [r for r in results if r.amount_yuan is not None]
    if len(paid) < len(results) or not paid:
        return replace(total, amount_yuan=None, provisional_amount_yuan=None,
                       eligible=False if all(r.eligible is False for r in results) else None)
    best = max(paid, key=lambda r: r.amount_yuan or Decimal(0))
    same = len({r.measure_name for r in paid}) < len(paid)  # options of one kind: named by their order
    labels = [text("items.option", n=i + 1) if same else r.measure_name for i, r in enumerate(paid)]
    steps = [s for s in total.steps if not s.startswith(text("items.total", amounts=[], total="")[:2])]
    steps.append(text("items.choice", amounts=[f"{label} {fmt_money(r.amount_yuan)}" for label, r in zip(labels, paid,
                                                                                                     strict=True)],
                      best=labels[paid.index(best)], amount=fmt_money(best.amount_yuan)))
    return replace(total, measure=best.measure, measure_name=best.measure_name, amount_yuan=best.amount_yuan,
                   amount_is_upper_bound=best.amount_is_upper_bound, steps=steps, provisional_amount_yuan=None,
                   eligible=True)


def difference(results: list[CalcResult], labels: list[str]) -> CalcResult:
    """One case under two rules asked how much more one pays ("放在运城和潍坊 哪个拿得多 多多少"): each
    amount a step under its label, the difference the amount, the rule that pays more its measure."""
    first, second = results
    assert first.amount_yuan is not None and second.amount_yuan is not None
    high, low = (0, 1) if first.amount_yuan >= second.amount_yuan else (1, 0)
    more = results[high].amount_yuan - results[low].amount_yuan
    steps = [text("items.measure_step", measure=label, step=s) for label, r in zip(labels, results, strict=True)
             for s in r.steps]
    steps.append(text("items.difference", high=labels[high], high_amount=fmt_money(results[high].amount_yuan),
                      low=labels[low], low_amount=fmt_money(results[low].amount_yuan), more=fmt_money(more)))
    return replace(results[high], amount_yuan=more, eligible=more > 0, provisional_amount_yuan=None, steps=steps,
                   amount_is_upper_bound=False,
                   assumptions=list(dict.fromkeys(a for r in results for a in r.assumptions)),
                   warnings=list(dict.fromkeys(w for r in results for w in r.warnings)),
                   notes=list(dict.fromkeys(n for r in results for n in r.notes)))


def calculate_each(measure_id: str, shared: dict[str, object], items: list[dict[str, object]],
                   as_of: date | None = None, rulebook: RuleBook | None = None,
                   applicant: str | None = None, unit: str | None = None) -> CalcResult:
    """The measure for each item on its own (海外仓), amounts added; the rule's `total_cap`
    caps the sum where the text caps the enterprise. Where the text does not say several items
    are each paid (`count_all: false`), one item's amount is given and the others are noted.
    `applicant`: the items are each of another applicant ("两个院校…一个培训了300人 一个150人"), named so: the
    `total_cap` (单个院校补助最高) is each one's, never their sum's. `unit`: the items are units of one item, each
    priced on its own ("订了两个展位 一个3.8万 一个1.5万"), named so."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    each = measure.each_item
    assert each is not None
    if applicant is not None:
        each = replace(each, item=applicant, total_cap=None)
    if unit is not None:
        each = replace(each, item=unit)
    # "第一期…第二期…": each item is one 班次 (not an applicant's items: "A机构办了4期，B机构办了2期")
    one = {each.count_input: 1} if each.count_input and applicant is None else {}
    results = [calculate(measure_id, {**_shared_for(item, shared, rb), **item, **one}, as_of=as_of, rulebook=rb)
               for item in items]

    def conditional(result: CalcResult) -> bool:  # an amount once yes/no facts are confirmed (是否具备培训资质)
        return (result.amount_yuan is None and result.eligible is not False
                and result.provisional_amount_yuan is not None
                and all(rb.inputs[n].kind == "bool" for n in result.missing_input_names))

    lines: list[str] = []
    paid: list[CalcResult] = []
    for index, result in enumerate(results, 1):
        if result.amount_yuan is not None or conditional(result):
            paid.append(result)
            lines += [text("items.item_line", item=each.item, index=index, line=s) for s in result.steps]
        elif result.eligible is False:
            lines.append(text("items.each_not_counted", item=each.item, index=index, reasons=result.unmet_conditions))
        else:
            lines.append(text("items.each_missing", item=each.item, index=index, missing=result.missing_inputs))
    first = results[0]
    open_items = [r for r in results if r.amount_yuan is None and r.eligible is not False and not conditional(r)]
    confirming = [r for r in results if conditional(r)]
    base = replace(first, steps=lines,
                   met_conditions=[text("items.item_line", item=each.item, index=i, line=c)
                                   for i, r in enumerate(results, 1) for c in r.met_conditions],
                   unmet_conditions=[text("items.item_line", item=each.item, index=i, line=c)
                                     for i, r in enumerate(results, 1) for c in r.unmet_conditions],
                   missing_inputs=list(dict.fromkeys(m for r in open_items for m in r.missing_inputs)),
                   missing_input_names=list(dict.fromkeys(m for r in open_items for m in r.missing_input_names)),
                   assumptions=list(dict.fromkeys(a for r in results for a in r.assumptions)),
                   warnings=list(dict.fromkeys(w for r in results for w in r.warnings)),
                   amount_yuan=None, provisional_amount_yuan=None,
                   item_facts=[(i, {**_shared_for(item, shared, rb), **item}) for i, item in enumerate(items, 1)],
                   item_word=unit or "")
    if open_items:  # an item still lacks facts: no total until every item is settled
        return replace(base, eligible=None)
    if not paid:
        return replace(base, eligible=False)
    amounts = [r.amount_yuan if r.amount_yuan is not None else r.provisional_amount_yuan for r in paid]
    if not each.count_all and len(paid) > 1 and not confirming:
        # several items each meet the conditions, and the text does not say several are each paid ("两家体验店都达标"):
        # no one total — the one item's amount and the items' sum both said, the authority's to decide
        one, every = amounts[0], sum(amounts, Decimal(0))
        upper = any(r.amount_is_upper_bound for r in paid)
        steps = [*lines, text("items.count_unstated_both", item=each.item, count=len(paid), one=fmt_money(one),
                              every=fmt_money(every), upper_bound=upper)]
        return replace(base, eligible=True, steps=steps, amount_is_upper_bound=upper,
                       items_unsettled=(len(paid), each.item, one, every))
    if not each.count_all:
        base.assumptions.append(text("items.count_unstated", item=each.item))
        if confirming:
            return replace(base, eligible=None, provisional_amount_yuan=amounts[0],
                           amount_is_upper_bound=paid[0].amount_is_upper_bound)
        return replace(base, eligible=True, amount_yuan=paid[0].amount_yuan,
                       amount_is_upper_bound=paid[0].amount_is_upper_bound)
    total = sum(amounts, Decimal(0))
    if applicant is not None and measure.each_item.total_cap is not None:
        cap = measure.each_item.total_cap
        base.assumptions.insert(0, text("items.applicants_apart", count=len(items), applicant=applicant,
                                        note=cap.note, cap=cap.display, clause=cap.clause))
    steps = list(lines)
    if len(paid) > 1:
        steps.append(text("items.total", amounts=[fmt_money(a) for a in amounts], total=fmt_money(total)))
    cap = each.total_cap
    if cap is not None and total > cap.base:
        steps.append(text("formula.cap_applied", amount=fmt_money(total), what=cap.note, cap=cap.display,
                          clause=cap.clause))
        total = cap.base
    upper = any(r.amount_is_upper_bound for r in paid)
    if confirming:  # every item settled but for yes/no facts: the amount once they are confirmed
        return replace(base, eligible=None, provisional_amount_yuan=total, steps=steps, amount_is_upper_bound=upper,
                       missing_inputs=list(dict.fromkeys(m for r in confirming for m in r.missing_inputs)),
                       missing_input_names=list(dict.fromkeys(m for r in confirming for m in r.missing_input_names)))
    steps.append(text("engine.amount", upper_bound=upper, amount=fmt_money_full(total)))
    return replace(base, eligible=True, amount_yuan=total, steps=steps, amount_is_upper_bound=upper)
