"""Policy matching: an enterprise profile against every measure of its city."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from calculators import MatchReport, load_rulebook, match_profile

AS_OF = date(2025, 6, 30)


def _ids(results: list) -> set[str]:
    return {r.measure for r in results}


def test_yuncheng_profile_sorts_every_measure() -> None:
    profile = {"city": "运城", "warehouse_mode": "租赁", "area_m2": "800平方米",
               "months_used": "1年", "cost_cny": "200万元", "demo_level": "省级",
               "flights_per_year": 10, "county": "盐湖区"}
    report = match_profile(profile, as_of=AS_OF)
    assert isinstance(report, MatchReport)
    assert report.city == "运城"
    eligible = {r.measure: r.amount_yuan for r in report.eligible}
    assert eligible == {"yuncheng.overseas_warehouse": Decimal(500000),
                        "yuncheng.demo_enterprise": Decimal(150000)}
    assert "yuncheng.air_cargo_route" in _ids(report.blocked)
    assert {"yuncheng.practical_training", "yuncheng.leading_enterprise",
            "yuncheng.major_matters"} <= _ids(report.no_figure)
    assert "yuncheng.certification" in _ids(report.needs_info)
    total = len(report.eligible) + len(report.blocked) + len(report.needs_info) + len(
        report.no_figure)
    # (every measure the form offers: a sum of two levels' shares is asked for in conversation only)
    assert total == len([m for m in load_rulebook().by_city("运城") if not m.levels_combined])
    assert report.total_yuan == Decimal(650000)
    warehouse = next(r for r in report.eligible if r.measure == "yuncheng.overseas_warehouse")
    assert any("5:5" in n for n in warehouse.notes)
    data = report.to_dict()
    assert data["total_yuan"] == "650000.00"
    assert all(not any("无关" in a for a in r["assumptions"]) for r in data["eligible"])


def test_city_argument_overrides_and_unknown_keys_are_silent() -> None:
    report = match_profile({"area_m2": 1200, "months_used": 12, "公司名称": "某公司"},
                           as_of=AS_OF, city="秦皇岛")
    assert _ids(report.eligible) == {"qinhuangdao.overseas_warehouse"}
    assert all(not any("忽略" in a for a in r.assumptions) for r in report.needs_info)


def test_jinan_measures_never_give_money() -> None:
    report = match_profile({"city": "济南", "annual_cbec_trade_usd": "2000万美元"}, as_of=AS_OF)
    assert report.eligible == []
    assert len(report.no_figure) == len(load_rulebook().by_city("济南"))
    assert all(r.amount_yuan is None for r in report.no_figure)


def test_weifang_higher_level_funding_blocks_every_amount() -> None:
    profile = {"city": "潍坊", "funded_by_higher_level": "是", "first_recognition": True,
               "park_level": "省级"}
    report = match_profile(profile, as_of=date(2023, 6, 30))
    assert report.eligible == []
    park = next(r for r in report.blocked if r.measure == "weifang.industrial_park")
    assert any("结语" in u for u in park.unmet_conditions)


def test_luan_not_double_with_city_trade_policy() -> None:
    report = match_profile({"city": "六安", "annual_9610_export_usd": 60000,
                            "enjoys_city_trade_policy": True}, as_of=AS_OF)
    blocked = next(r for r in report.blocked if r.measure == "luan.export_start")
    assert any("不重复享受" in u for u in blocked.unmet_conditions)


def test_all_cities_without_city() -> None:
    report = match_profile({"area_m2": 1200, "months_used": 12, "warehouse_mode": "租赁",
                            "cost_cny": 1_000_000}, as_of=AS_OF)
    assert {"qinhuangdao.overseas_warehouse", "yuncheng.overseas_warehouse"} <= _ids(
        report.eligible)


RULES = """\
policy:
  id: testcity_2024
  city: 测试
  province: 测试省
  doc_number: 测政发〔2024〕1号
  title: 测试政策
  notes: 测试用。
  exclusive_rule: 从高不重复（结语）
measures:
  - id: testcity.build
    clause: 一
    name: 建仓补贴
    keywords: [海外仓]
    quote: 建设费用10%
    formula_text: 费用×10%
    exclusive_group: warehouse
    formula: {kind: rate, base: cost_cny, rate: {value: 10, unit: "%", clause: 一}}
  - id: testcity.lease
    clause: 二
    name: 租仓补贴
    keywords: [海外仓]
    quote: 租赁费用30%
    formula_text: 费用×30%
    exclusive_group: warehouse
    formula: {kind: rate, base: cost_cny, rate: {value: 30, unit: "%", clause: 二}}
"""


def test_same_item_keeps_the_higher(tmp_path: Path) -> None:
    (tmp_path / "testcity_2024.yaml").write_text(RULES, encoding="utf-8")
    rb = load_rulebook(tmp_path)
    report = match_profile({"cost_cny": 1_000_000}, as_of=AS_OF, city="测试", rulebook=rb)
    assert [(r.measure, r.amount_yuan) for r in report.eligible] == [
        ("testcity.lease", Decimal(300000))]
    assert _ids(report.superseded) == {"testcity.build"}
    assert any("从高不重复" in w for w in report.superseded[0].warnings)
    assert any("从高不重复" in n for n in report.notes)
    assert report.total_yuan == Decimal(300000)
