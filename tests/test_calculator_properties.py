"""Properties over every measure with an amount: never above its cap, never negative, never
smaller when a money, area or duration input grows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calculators import calculate, load_rulebook
from calculators.formulas import max_amount

RB = load_rulebook()
AMOUNT_MEASURES = [m.id for m in RB.measures if m.has_amount]
GROWING = ("money_cny", "money_usd", "area_m2", "months")
AS_OF = date(2025, 6, 30)
_COUNTRIES = sorted(RB.countries.countries)  # type: ignore[union-attr]


def _value(kind: str, name: str, data: st.DataObject) -> object:
    spec = RB.inputs[name]
    if kind in ("money_cny", "money_usd"):
        return Decimal(data.draw(st.integers(0, 10**10), label=name))
    if kind == "area_m2":
        return Decimal(data.draw(st.integers(1, 10**6), label=name))
    if kind == "months":
        return data.draw(st.integers(0, 240), label=name)
    if kind == "count":
        low = 1 if spec.valid_min_exclusive is not None else 0
        return data.draw(st.integers(low, 400), label=name)
    if kind == "percent":
        return data.draw(st.integers(0, 300), label=name)
    if kind == "bool":
        return data.draw(st.booleans(), label=name)
    if kind == "choice":
        values = [c.value for c in spec.choices]
        if spec.multiple:
            return data.draw(st.lists(st.sampled_from(values), min_size=1, unique=True), label=name)
        return data.draw(st.sampled_from(values), label=name)
    if kind == "country":
        return data.draw(st.sampled_from(_COUNTRIES), label=name)
    return data.draw(st.dates(date(2023, 1, 1), date(2026, 12, 31)), label=name)


def _profile(measure_id: str, data: st.DataObject) -> dict[str, object]:
    m = RB.measure(measure_id)
    return {n: _value(RB.inputs[n].kind, n, data) for n in m.inputs}


def _amount(measure_id: str, inputs: dict[str, object]) -> Decimal:
    r = calculate(measure_id, inputs, as_of=AS_OF, rulebook=RB)
    return r.amount_yuan if r.amount_yuan is not None else Decimal(0)


_SETTINGS = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("measure_id", AMOUNT_MEASURES)
@_SETTINGS
@given(data=st.data())
def test_amount_within_cap_and_not_negative(measure_id: str, data: st.DataObject) -> None:
    inputs = _profile(measure_id, data)
    r = calculate(measure_id, inputs, as_of=AS_OF, rulebook=RB)
    cap = max_amount(RB.measure(measure_id).formula)
    for amount in (r.amount_yuan, r.provisional_amount_yuan):
        if amount is not None:
            assert amount >= 0
            if cap is not None:
                assert amount <= cap, r.to_dict()
    if r.eligible is not True:
        assert r.amount_yuan is None


GROWABLE = [m for m in AMOUNT_MEASURES if any(RB.inputs[n].kind in GROWING for n in RB.measure(m).inputs)]


@pytest.mark.parametrize("measure_id", GROWABLE)
@_SETTINGS
@given(data=st.data())
def test_amount_never_decreases_when_a_base_grows(measure_id: str, data: st.DataObject) -> None:
    m = RB.measure(measure_id)
    growing = [n for n in m.inputs if RB.inputs[n].kind in GROWING]
    inputs = _profile(measure_id, data)
    name = data.draw(st.sampled_from(growing), label="grown input")
    spec = RB.inputs[name]
    room = int(spec.valid_max - Decimal(inputs[name])) if spec.valid_max is not None else 10**8
    assume(room >= 1)  # at the plausible maximum growing it would make it invalid: draw another
    extra = data.draw(st.integers(1, min(room, 10**8)), label="increase")
    bigger = dict(inputs, **{name: inputs[name] + extra})  # type: ignore[operator]
    assert _amount(measure_id, bigger) >= _amount(measure_id, inputs)


def test_caps_are_known_for_capped_measures() -> None:
    """Only the measures whose text sets no ceiling have no maximum."""
    uncapped = {m.id for m in RB.measures
                if m.has_amount and max_amount(m.formula) is None}
    # (and the sum of 第七条's two levels' shares, which sets no ceiling either)
    assert uncapped == {"yuncheng.air_cargo_route", "yuncheng.export_credit_insurance",
                        "yuncheng.export_credit_insurance_levels"}


@pytest.mark.parametrize(("measure_id", "units", "most"), [
    # a fair's booths each capped, at most six: one booth's most is one booth's cap, ten booths' the six's (LJ244)
    ("yuncheng.key_exhibition", None, Decimal(150000)),
    ("yuncheng.key_exhibition", Decimal(1), Decimal(25000)),
    ("yuncheng.key_exhibition", Decimal(10), Decimal(150000)),
    ("yuncheng.general_exhibition", Decimal(2), Decimal(40000)),
    # a formula that counts no units is bounded by its caps alone
    ("yuncheng.overseas_warehouse", Decimal(1), Decimal(500000)),
])
def test_the_most_for_the_units_a_case_has(measure_id, units, most):
    assert max_amount(RB.measure(measure_id).formula, units) == most
