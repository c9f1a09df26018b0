"""calculate(): gates first, then the amount, then the policy's period and cross-cutting notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from calculators.conditions import evaluate_all
from calculators.fmt import fmt_date, fmt_money, fmt_money_full, fmt_number, money_cents
from calculators.formulas import compute
from calculators.inputs import Prepared, prepare
from calculators.loader import load_rulebook
from calculators.model import UNITS, Condition, Measure, PolicyPeriod, RuleBook
from calculators.quantity import Period
from calculators.texts import text


@dataclass
class CalcResult:
    """The outcome of one measure for one enterprise, explained step by step with clauses."""

    measure: str
    measure_name: str
    city: str
    doc_number: str
    clause: str
    eligible: bool | None
    amount_yuan: Decimal | None
    amount_is_upper_bound: bool = False
    steps: list[str] = field(default_factory=list)
    met_conditions: list[str] = field(default_factory=list)
    unmet_conditions: list[str] = field(default_factory=list)
    missing_inputs: list[str] = field(default_factory=list)
    missing_input_names: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    expired: bool = False
    no_figure: bool = False
    quote_hint: str = ""
    policy_id: str = ""
    as_of: date | None = None
    provisional_amount_yuan: Decimal | None = None
    invalid_inputs: dict[str, str] = field(default_factory=dict)  # impossible values given: name -> why
    # (item number, the facts it was computed from) where several items were computed each on its own
    item_facts: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    item_word: str = ""  # what each of item_facts is, where not the measure's item (展位 of one 展会)
    # several items each qualify where the text does not say several are each paid: (how many, the item's word,
    # one item's amount, every item's amount added) — no single amount, both said
    items_unsettled: tuple[int, str, Decimal, Decimal] | None = None

    def to_dict(self) -> dict[str, object]:
        """The calculation JSON of DESIGN.md, plus the extra keys of this dataclass."""

        def money(v: Decimal | None) -> str | None:
            return None if v is None else f"{money_cents(v):.2f}"

        _count, _item, one, every = self.items_unsettled or (None, None, None, None)

        return {
            "measure": self.measure, "city": self.city, "clause": self.clause,
            "eligible": self.eligible, "amount_yuan": money(self.amount_yuan),
            "steps": list(self.steps), "unmet_conditions": list(self.unmet_conditions),
            "missing_inputs": list(self.missing_inputs), "assumptions": list(self.assumptions),
            "warnings": list(self.warnings),
            "measure_name": self.measure_name, "doc_number": self.doc_number,
            "policy_id": self.policy_id, "amount_is_upper_bound": self.amount_is_upper_bound,
            "met_conditions": list(self.met_conditions),
            "missing_input_names": list(self.missing_input_names), "notes": list(self.notes),
            "expired": self.expired, "no_figure": self.no_figure, "quote_hint": self.quote_hint,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "provisional_amount_yuan": money(self.provisional_amount_yuan),
            "invalid_inputs": dict(self.invalid_inputs),
            "amount_if_one_item": money(one), "amount_if_each_item": money(every),
        }


def period_warnings(policy: PolicyPeriod, as_of: date) -> tuple[list[str], bool]:
    """Warnings about the policy's period on the as-of date, and whether it has expired."""
    warnings: list[str] = []
    expired = bool(policy.valid_until and as_of > policy.valid_until)
    if expired and policy.valid_until:
        warnings.append(text("engine.expired", valid_until=fmt_date(policy.valid_until),
                             clause=policy.valid_clause, as_of=fmt_date(as_of)))
    if policy.effective_from and as_of < policy.effective_from:
        warnings.append(text("engine.not_yet", as_of=fmt_date(as_of),
                             effective_from=fmt_date(policy.effective_from), clause=policy.effective_clause))
    if policy.status_warning:
        warnings.append(policy.status_warning)
    return warnings, expired


def _months_required(conditions: tuple[Condition, ...]) -> int | None:
    """The use a measure requires, in months ("使用满1年": 12), where a top-level condition sets one."""
    for condition in conditions:
        figure = condition.threshold
        if condition.op == ">=" and figure is not None and UNITS.get(figure.unit, ("",))[0] == "months":
            return int(figure.value * UNITS[figure.unit][1])
    return None


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return date(day.year + year, month + 1, 1)


def _event_in_period(policy: PolicyPeriod, prepared: Prepared, result: CalcResult,
                     conditions: tuple[Condition, ...] = ()) -> bool:
    """The matter's date against the policy's period: awards count from a date (运城 第十条（一）),
    and a matter dated after the policy's end is not covered by it at all — nor is a use that
    becomes long enough only after it ("2025年10月租下…到2026年10月用满一年" under a policy ended
    2025-12-31: the year of use the clause requires was full only after the end)."""
    value = prepared.values.get("event_date")
    start, end = policy.awards_counted_from, policy.valid_until
    first = last = value.value if value is not None else None
    if isinstance(first, Period):  # a period: after the end if it began after it, and so on
        first, last = first.start, first.end
        required = _months_required(conditions)
        full = _add_months(first, required) if required else None  # the use is full as this day begins
        # the day after the period: a month said ("租到2026年10月", held as its first day) runs to its end
        after = _add_months(last, 1) if last.day == 1 else last + timedelta(days=1)
        if full is not None and end is not None and first <= end < full - timedelta(days=1) and after >= full:
            result.unmet_conditions.append(text("engine.use_full_after_end", event=value.display,
                                                months=required, full=fmt_date(full),
                                                valid_until=fmt_date(end), clause=policy.valid_clause))
            return False
    if first is not None and end is not None and first > end:  # type: ignore[operator]
        result.unmet_conditions.append(text("engine.event_after_end", event=value.display,
                                            valid_until=fmt_date(end), clause=policy.valid_clause))
        return False
    rule = text("engine.awards_from", start=fmt_date(start), clause=policy.awards_clause) if start else ""
    if start is None and policy.effective_from is not None:
        # no date awards count from: a matter before the policy took effect is not its own
        # ("2021年4月首次认定" under 潍坊's, in force from 2021-06-01)
        start = policy.effective_from
        rule = text("engine.in_force_from", start=fmt_date(start), clause=policy.effective_clause)
    if start is None:
        return True
    if value is None:
        result.assumptions.append(text("engine.event_assumed", start=fmt_date(start), rule=rule))
        return True
    if last < start:  # type: ignore[operator]
        result.unmet_conditions.append(text("engine.event_before_start", event=value.display, rule=rule))
        return False
    result.met_conditions.append(text("engine.event_in_time", event=value.display, rule=rule))
    return True


def _funding_notes(measure: Measure, policy: PolicyPeriod, prepared: Prepared,
                   amount: Decimal | None) -> list[str]:
    split = policy.funding_split
    if not (measure.funding_split and split):
        return []
    county = prepared.values.get(split.input)
    if county is None:
        return []
    group = next((g for g in split.groups if county.value in g.counties), split.default)
    if group is None:
        return []
    if group.note:
        return [text("engine.funding_note", county=county.display, note=group.note, clause=split.clause)]
    if not (group.city_share and group.local_share):
        return []
    a, b = group.city_share.base, group.local_share.base
    city_part = local_part = None
    if amount is not None:
        city_cents, local_cents = _split_parts(amount, a, b)
        city_part, local_part = fmt_money(city_cents), fmt_money(local_cents)
    return [text("engine.funding_split", county=county.display, city_share=fmt_number(a),
                 local_share=fmt_number(b), clause=split.clause, city_part=city_part, local_part=local_part)]


def _split_parts(amount: Decimal, city: Decimal, local: Decimal) -> tuple[Decimal, Decimal]:
    """An amount shared city:local, the city's part to the cent and the rest the local part."""
    city_cents = money_cents(amount * city / (city + local))
    return city_cents, amount - city_cents


def funding_parts(measure_id: str, county: object, amount: Decimal,
                  rulebook: RuleBook | None = None) -> tuple[Decimal, Decimal, str] | None:
    """The city's and the county's parts of an award already set, and the clause of the split rule; None where the
    policy splits nothing for this measure, the county is unknown or its share is not stated (永济市)."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    split = rb.policies[measure.policy_id].funding_split
    if split is None or amount <= 0 or not measure.funding_split:
        return None
    county_value = prepare(measure, {split.input: county}, rb, note_unused=False).values.get(split.input)
    if county_value is None:
        return None
    group = next((g for g in split.groups if county_value.value in g.counties), split.default)
    if group is None or group.note or not (group.city_share and group.local_share):
        return None
    return (*_split_parts(amount, group.city_share.base, group.local_share.base), split.clause)


def funding_shares(measure_id: str, county: object, amount: Decimal,
                   rulebook: RuleBook | None = None) -> str | None:
    """How an award already set ("核定下来40万") is shared between the city and the county,
    by the policy's split rule, or None where the policy splits nothing for this measure or
    the county is unknown: the same sentence a calculation gives, for the user's amount."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    policy = rb.policies[measure.policy_id]
    if policy.funding_split is None or amount <= 0:
        return None
    prepared = prepare(measure, {policy.funding_split.input: county}, rb, note_unused=False)
    notes = _funding_notes(measure, policy, prepared, amount)
    return notes[0] if notes else None


def _labels(rb: RuleBook, measure: Measure, names: list[str], prepared: Prepared) -> list[str]:
    out = []
    for n in names:
        label = rb.inputs[n].label
        problem = prepared.invalid.get(n)
        out.append(text("engine.input_with_problem", label=label, problem=problem) if problem else label)
    return out


def calculate(measure_id: str, inputs: dict[str, object] | None = None,
              as_of: date | None = None, rulebook: RuleBook | None = None,
              *, note_unused: bool = True) -> CalcResult:
    """Compute one measure for the given inputs; bad inputs become messages, never exceptions."""
    rb = rulebook or load_rulebook()
    measure = rb.measure(measure_id)
    policy = rb.policies[measure.policy_id]
    day = as_of or date.today()
    prepared = prepare(measure, dict(inputs or {}), rb, note_unused=note_unused)
    result = CalcResult(
        measure=measure.id, measure_name=measure.name, city=measure.city,
        doc_number=measure.doc_number, clause=measure.clause, eligible=None, amount_yuan=None,
        quote_hint=measure.quote, policy_id=measure.policy_id, as_of=day,
        no_figure=not measure.has_amount)
    result.warnings, result.expired = period_warnings(policy, day)
    result.warnings += list(prepared.invalid.values()) + prepared.warnings
    result.invalid_inputs = dict(prepared.invalid)
    result.assumptions += prepared.assumptions
    result.steps += prepared.derived_steps

    gate = evaluate_all(measure.conditions, prepared, rb)
    result.met_conditions += gate.met
    result.unmet_conditions += gate.unmet
    result.assumptions += gate.assumptions
    in_time = _event_in_period(policy, prepared, result, measure.conditions)
    status = gate.status if in_time else False

    outcome = compute(measure.formula, prepared, rb) if status is not False else None
    missing = list(gate.missing) if status is None else []
    if outcome is not None:
        result.assumptions += list(measure.assumptions) + outcome.assumptions
        result.met_conditions += outcome.met
        if outcome.undetermined and status is True:
            status = None
        if outcome.blocked:
            status = False
            result.unmet_conditions += outcome.unmet
        else:
            missing += [m for m in outcome.missing if m not in missing]
            result.steps += outcome.steps
            result.unmet_conditions += outcome.unmet  # parts ruled out while others await facts
    if (status is True and outcome is not None and outcome.amount is not None
            and outcome.amount <= 0 and not missing):
        status = False
        result.unmet_conditions.append(
            text("engine.zero_amount", clause=measure.clause))
    result.eligible = status
    if outcome is not None and not outcome.blocked and not result.no_figure:
        _settle_amount(result, outcome.amount, outcome.upper_bound, status, missing)
    if result.no_figure:
        result.steps.insert(0, measure.no_figure_text or text("engine.no_figure"))
        result.steps.append(text("engine.no_figure_source", city=measure.city,
                                 doc_number=measure.doc_number, clause=measure.clause))
    result.missing_input_names = missing
    result.missing_inputs = _labels(rb, measure, missing, prepared)
    result.notes += [n for n in measure.notes]
    result.notes += _funding_notes(measure, policy, prepared, result.amount_yuan)
    return result


def _settle_amount(result: CalcResult, amount: Decimal | None, upper_bound: str,
                   status: bool | None, missing: list[str]) -> None:
    if amount is None:
        return
    if amount < 0:  # cannot happen with valid inputs; never show a negative subsidy
        amount = Decimal(0)
    if status is True and not missing:
        result.amount_yuan = amount
        result.amount_is_upper_bound = bool(upper_bound)
        result.steps.append(text("engine.amount", upper_bound=bool(upper_bound), amount=fmt_money_full(amount)))
        if upper_bound:
            result.assumptions.append(
                text("engine.upper_bound_assumption", wording=upper_bound, amount=fmt_money(amount)))
    else:
        result.provisional_amount_yuan = amount
        result.amount_is_upper_bound = bool(upper_bound)  # also for the provisional figure: 最高可获
        # (a condition not met: no "如…均满足，可获X" — the figure would read as what the firm gets)
        result.steps.append(text("engine.not_payable") if status is False else
                            text("engine.provisional", upper_bound=bool(upper_bound), amount=fmt_money_full(amount)))
