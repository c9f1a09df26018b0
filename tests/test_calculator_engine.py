"""Engine behaviour beyond the worked cases: the result contract, odd inputs, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import CalcResult, calculate, load_rulebook, parse_quantity

ROOT = Path(__file__).resolve().parent.parent
RB = load_rulebook()
AS_OF = date(2025, 6, 30)
DESIGN_KEYS = {"measure", "city", "clause", "eligible", "amount_yuan", "steps",
               "unmet_conditions", "missing_inputs", "assumptions", "warnings"}


def test_to_dict_has_the_design_keys() -> None:
    r = calculate("yuncheng.certification", {"certification_cost_cny": "20万元"}, as_of=AS_OF)
    assert isinstance(r, CalcResult)
    data = r.to_dict()
    assert set(data) >= DESIGN_KEYS
    assert data["amount_yuan"] == "60000.00"
    assert data["doc_number"] == "运政办发〔2024〕10号"
    assert data["quote_hint"] and data["quote_hint"] in (ROOT / "data/policies/yuncheng_2024.txt"
                                                          ).read_text(encoding="utf-8")
    json.dumps(data, ensure_ascii=False)


def test_every_quote_is_verbatim_from_its_policy() -> None:
    for m in RB.measures:
        text = (ROOT / "data/policies" / f"{m.policy_id}.txt").read_text(encoding="utf-8")
        assert m.quote in text, m.id


def test_unknown_input_is_ignored_with_a_note() -> None:
    r = calculate("yuncheng.certification", {"certification_cost_cny": 100000, "颜色": "红"},
                  as_of=AS_OF)
    assert r.amount_yuan == 30000
    assert any("颜色" in a for a in r.assumptions)


def test_alias_and_quantity_values() -> None:
    r = calculate("yuncheng.overseas_warehouse",
                  {"warehouse_mode": "租了一个仓", "warehouse_area_m2": parse_quantity("八百平方米"),
                   "months_used": "满一年", "cost_yuan": "六十万元"}, as_of=AS_OF)
    assert r.eligible is True
    assert r.amount_yuan == 180000


def test_default_as_of_is_today() -> None:
    r = calculate("weifang.industrial_park", {"first_recognition": True, "park_level": "市级"})
    assert r.as_of == date.today()
    assert r.expired is (date.today() > date(2024, 5, 31))


def test_provisional_amount_when_a_gate_is_unknown() -> None:
    r = calculate("weifang.overseas_warehouse_lease",
                  {"warehouse_mode": "租赁", "area_m2": 800, "annual_cbec_trade_usd": "600万美元",
                   "cost_cny": "100万元"}, as_of=date(2023, 6, 30))
    assert r.eligible is None and r.amount_yuan is None
    assert r.missing_input_names == ["customs_filed"]
    assert r.provisional_amount_yuan == 300000


_TEXT = st.one_of(st.text(max_size=12), st.integers(-10**12, 10**12), st.booleans(),
                  st.floats(allow_nan=True, allow_infinity=True), st.none())


@settings(max_examples=150, deadline=None)
@given(measure=st.sampled_from([m.id for m in RB.measures]), data=st.data())
def test_garbage_never_raises(measure: str, data: st.DataObject) -> None:
    names = [*RB.measure(measure).inputs, "county", "exchange_rate", "event_date", "junk"]
    inputs = {n: data.draw(_TEXT, label=n) for n in names}
    r = calculate(measure, inputs, as_of=AS_OF, rulebook=RB)
    assert r.amount_yuan is None or r.amount_yuan >= 0
    json.dumps(r.to_dict(), ensure_ascii=False)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "calculators", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_cli_list() -> None:
    out = _cli("list", "--city", "运城")
    assert out.returncode == 0, out.stderr
    assert "第五条（三）" in out.stdout and "yuncheng.overseas_warehouse" in out.stdout
    assert "潍坊" not in out.stdout
    assert len(_cli("list").stdout.splitlines()) == len(RB.measures) + 1


def test_cli_calc_json_and_text() -> None:
    out = _cli("calc", "yuncheng.overseas_warehouse", "warehouse_mode=租赁", "area_m2=800",
               "months_used=12", "cost_cny=2000000", "--as-of", "2025-06-30", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["amount_yuan"] == "500000.00"
    text = _cli("calc", "weifang.major_project", "--as-of", "2025-06-30")
    assert "文件未规定具体金额" in text.stdout and "已失效" in text.stdout
    bad = _cli("calc", "nowhere.nothing")
    assert bad.returncode == 1 and "未找到" in bad.stderr


def test_a_use_full_only_after_the_policy_ends_is_not_covered() -> None:
    """运城 第五条（三） asks 使用满1年 and ends 2025-12-31: a lease from 2025-10 is a year in use
    only in 2026-10, after the end; one from 2024-10 was full within the period."""
    from decimal import Decimal

    from calculators.quantity import Period

    facts = {"cost_cny": Decimal(960000), "area_m2": Decimal(800), "months_used": Decimal(12),
             "warehouse_mode": "租赁"}
    late = calculate("yuncheng.overseas_warehouse",
                     {**facts, "event_date": Period(date(2025, 10, 1), date(2026, 10, 31))}, as_of=date(2026, 11, 29))
    assert late.eligible is False and late.amount_yuan is None
    assert any("2026年10月1日" in u and "2025年12月31日" in u for u in late.unmet_conditions), late.unmet_conditions
    early = calculate("yuncheng.overseas_warehouse",
                      {**facts, "event_date": Period(date(2024, 10, 1), date(2025, 10, 31))}, as_of=date(2026, 11, 29))
    assert early.eligible is True and early.amount_yuan == Decimal(288000)
    # months said at both ends, each held as its first day: the end month runs to its end
    for start, end, covered in [(date(2025, 11, 1), date(2026, 10, 1), False),  # full on 2026-11-01
                                (date(2025, 1, 1), date(2025, 12, 1), True),    # full as 2025 ends: inside
                                (date(2024, 11, 1), date(2025, 10, 1), True)]:
        said = calculate("yuncheng.overseas_warehouse", {**facts, "event_date": Period(start, end)},
                         as_of=date(2026, 11, 29))
        assert (said.amount_yuan == Decimal(288000)) is covered and said.eligible is covered, (start, end)


@pytest.mark.parametrize(("period", "shown"), [
    # said in months ("2023年12月到2024年11月"): the end month is the last month in use
    ((date(2024, 3, 1), date(2025, 2, 1)), "2024年3月至2025年2月"),
    # a start month to today: the dates themselves
    ((date(2025, 3, 1), date(2026, 11, 29)), "2025年3月1日至2026年11月29日"),
])
def test_a_period_is_shown_as_it_was_said(period: tuple[date, date], shown: str) -> None:
    from decimal import Decimal

    from calculators.quantity import Period

    facts = {"cost_cny": Decimal(960000), "area_m2": Decimal(800), "months_used": Decimal(12),
             "warehouse_mode": "租赁", "event_date": Period(*period)}
    result = calculate("yuncheng.overseas_warehouse", facts, as_of=date(2025, 6, 30))
    lines = result.met_conditions + result.unmet_conditions
    assert any(f"事项发生于{shown}" in line or f"事项为{shown}" in line for line in lines), lines


@pytest.mark.parametrize(("measure", "facts", "amount", "missing"), [
    # a rate's base said as its floor ("年租金两百多万"): at the floor the cap binds, so the cap is the amount
    ("yuncheng.overseas_warehouse", {"cost_cny": ("floor", 2_000_000, "CNY")}, 500000, None),
    # below the cap at its floor: the figure itself is asked
    ("yuncheng.overseas_warehouse", {"cost_cny": ("floor", 1_000_000, "CNY")}, None, "cost_cny"),
    # a count said as its floor past the count limit (6 booths a show) is the limit
    ("yuncheng.key_exhibition", {"booth_count": ("floor", 8, "count")}, 84000, None),
    ("yuncheng.key_exhibition", {"booth_count": ("floor", 3, "count")}, None, "booth_count"),
    # a figure said as a range ("两三百万", "三百几十平", "七八个展位"): decided where both ends agree
    ("yuncheng.overseas_warehouse", {"cost_cny": ("range", 2_000_000, 3_000_000, "CNY")}, 500000, None),
    ("yuncheng.overseas_warehouse", {"cost_cny": ("range", 1_000_000, 1_200_000, "CNY")}, None, "cost_cny"),
    ("yuncheng.overseas_warehouse", {"area_m2": ("range", 450, 550, "m2")}, None, "area_m2"),
    ("yuncheng.overseas_warehouse", {"area_m2": ("range", 500, 600, "m2")}, 300000, None),
    ("yuncheng.key_exhibition", {"booth_count": ("range", 7, 8, "count")}, 84000, None),
    ("yuncheng.key_exhibition", {"booth_count": ("range", 2, 3, "count")}, None, "booth_count"),
])
def test_a_figure_said_as_its_floor(measure, facts, amount, missing) -> None:
    from decimal import Decimal

    from calculators.quantity import AtLeast

    base = {"yuncheng.overseas_warehouse": {"area_m2": Decimal(800), "months_used": Decimal(12),
                                            "warehouse_mode": "租赁", "event_date": "2024年",
                                            "cost_cny": Decimal(1_000_000)},
            "yuncheng.key_exhibition": {"exhibition_type": "重点展会", "booth_fee_cny": Decimal(20000),
                                        "country": "德国", "provincial_exhibition_subsidy": False,
                                        "event_date": "2024年"}}[measure]
    given = {k: AtLeast(Decimal(v[1]), v[-1], Decimal(v[2]) if v[0] == "range" else None) for k, v in facts.items()}
    result = calculate(measure, {**base, **given}, as_of=date(2025, 6, 30))
    assert result.amount_yuan == (Decimal(amount) if amount is not None else None), result
    if missing:
        assert missing in result.missing_input_names, result.missing_input_names
    else:
        assert any("至少" in s for s in result.steps) or amount in (84000, 300000), result.steps


@pytest.mark.parametrize(("said", "strict", "amount"), [
    # "超过5000万美元" meets "超过5000万美元" (300万); "5000万美元以上" may be 5000万 itself, and "超过3000万"
    # may be 6000万: neither settled
    (5000, True, 3000000), (5000, False, None), (4999, True, None), (6000, False, 3000000), (3000, True, None),
])
def test_a_bound_passed_meets_the_bound(said, strict, amount) -> None:
    from decimal import Decimal

    from calculators.quantity import AtLeast

    facts = {"annual_cbec_trade_usd": AtLeast(Decimal(said) * 10000, "USD", strict=strict),
             "registered_locally": True}
    result = calculate("qinhuangdao.platform_landing", facts, as_of=date(2025, 6, 30))
    assert result.amount_yuan == (Decimal(amount) if amount else None), result


@pytest.mark.parametrize(("area", "eligible"), [((310, 399), False), ((500, 800), True), ((499, 500), None)])
def test_a_range_decides_a_condition_where_both_ends_agree(area, eligible) -> None:
    from decimal import Decimal

    from calculators.quantity import AtLeast

    facts = {"area_m2": AtLeast(Decimal(area[0]), "m2", Decimal(area[1])), "months_used": Decimal(12),
             "warehouse_mode": "租赁", "event_date": "2024年", "cost_cny": Decimal(1_000_000)}
    result = calculate("yuncheng.overseas_warehouse", facts, as_of=date(2025, 6, 30))
    assert result.eligible is eligible, result
    if eligible is None:
        assert "area_m2" in result.missing_input_names, result.missing_input_names


@pytest.mark.parametrize(("measure", "inputs"), [
    # an increase under the 5万美元 step pays 0: not met, and no "如…均满足，可获0元" (EU178)
    ("luan.cbec_growth", {"cbec_trade_increase_usd": "4.9万美元"}),
    # a condition not met with a figure computed: the figure is no amount to confirm
    ("yuncheng.overseas_warehouse", {"warehouse_mode": "租赁", "area_m2": 400, "cost_cny": "100万元",
                                     "months_in_use": 12}),
])
def test_a_result_not_met_offers_no_amount(measure, inputs):
    r = calculate(measure, inputs, as_of=AS_OF)
    assert r.eligible is False
    assert not any("可获" in step for step in r.steps), r.steps
