"""calculate(): gates first, then the amount, then the policy's period and cross-cutting notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from calculators.conditions import evaluate_all
from calculators.fmt import fmt_date, fmt_money, fmt_money_full, fmt_number, money_cents
from calculators.formulas import compute
from calculators.inputs import Prepared, prepare
from calculators.loader import load_rulebook
from calculators.model import Measure, PolicyPeriod, RuleBook
from calculators.quantity import Period


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

    def to_dict(self) -> dict[str, object]:
        """The calculation JSON of DESIGN.md, plus the extra keys of this dataclass."""

        def money(v: Decimal | None) -> str | None:
            return None if v is None else f"{money_cents(v):.2f}"

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
        }


def period_warnings(policy: PolicyPeriod, as_of: date) -> tuple[list[str], bool]:
    """Warnings about the policy's period on the as-of date, and whether it has expired."""
    warnings: list[str] = []
    expired = bool(policy.valid_until and as_of > policy.valid_until)
    if expired and policy.valid_until:
        warnings.append(f"注意：该政策有效期至{fmt_date(policy.valid_until)}（{policy.valid_clause}），"
                        f"截至{fmt_date(as_of)}已失效，以下测算仅供参考，不能据此申报")
    if policy.effective_from and as_of < policy.effective_from:
        warnings.append(f"注意：截至{fmt_date(as_of)}该政策尚未施行（自"
                        f"{fmt_date(policy.effective_from)}起施行，{policy.effective_clause}）")
    if policy.status_warning:
        warnings.append(policy.status_warning)
    return warnings, expired


def _event_in_period(policy: PolicyPeriod, prepared: Prepared, result: CalcResult) -> bool:
    """The matter's date against the policy's period: awards count from a date (运城 第十条（一）),
    and a matter dated after the policy's end is not covered by it at all."""
    value = prepared.values.get("event_date")
    start, end = policy.awards_counted_from, policy.valid_until
    first = last = value.value if value is not None else None
    if isinstance(first, Period):  # a period: after the end if it began after it, and so on
        first, last = first.start, first.end
    if first is not None and end is not None and first > end:  # type: ignore[operator]
        result.unmet_conditions.append(
            f"事项发生于{value.display}，晚于该政策有效期截止日{fmt_date(end)}（{policy.valid_clause}），"
            "不在该政策支持范围内")
        return False
    if start is None:
        return True
    line = f"奖补时间从{fmt_date(start)}开始计（{policy.awards_clause}）"
    if value is None:
        result.assumptions.append(f"按事项发生在{fmt_date(start)}以后计算：{line}")
        return True
    if last < start:  # type: ignore[operator]
        result.unmet_conditions.append(f"事项发生于{value.display}，早于起算日期：{line}")
        return False
    result.met_conditions.append(f"事项发生于{value.display}：{line}")
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
        return [f"资金分担：{county.display}——{group.note}（{split.clause}）"]
    if not (group.city_share and group.local_share):
        return []
    a, b = group.city_share.base, group.local_share.base
    line = (f"资金分担：由市本级与{county.display}按{fmt_number(a)}:{fmt_number(b)}分担"
            f"（{split.clause}）")
    if amount is not None:
        city_part = money_cents(amount * a / (a + b))
        line += f"，即市级{fmt_money(city_part)}、{county.display}{fmt_money(amount - city_part)}"
    return [line]


def _labels(rb: RuleBook, measure: Measure, names: list[str], prepared: Prepared) -> list[str]:
    out = []
    for n in names:
        label = rb.inputs[n].label
        problem = prepared.invalid.get(n)
        out.append(f"{label}（{problem}）" if problem else label)
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
    in_time = _event_in_period(policy, prepared, result)
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
            f"按{measure.clause}的标准计算，可获金额为0元（{measure.formula_text}）")
    result.eligible = status
    if outcome is not None and not outcome.blocked and not result.no_figure:
        _settle_amount(result, outcome.amount, outcome.upper_bound, status, missing)
    if result.no_figure:
        result.steps.insert(0, measure.no_figure_text or "文件未规定具体金额")
        result.steps.append(f"该项没有可测算的金额，请以{measure.city}"
                            f"{measure.doc_number}{measure.clause}原文为准")
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
        head = "最高可获" if upper_bound else "可获"
        result.steps.append(f"{head}：{fmt_money_full(amount)}")
        if upper_bound:
            result.assumptions.append(
                f"文件表述为“{upper_bound}”，{fmt_money(amount)}是可获得的最高额，"
                "实际金额以主管部门审核为准")
    else:
        result.provisional_amount_yuan = amount
        result.amount_is_upper_bound = bool(upper_bound)  # also for the provisional figure: 最高可获
        result.steps.append(f"如上述待确认条件均满足，{'最高' if upper_bound else ''}"
                            f"可获{fmt_money_full(amount)}（待确认）")
