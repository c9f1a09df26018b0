"""政策匹配 as a questionnaire (assistant/questionnaire.py): grouping and steps from the rule book,
and a match report split into 可申报 / 需补充信息 / 已失效 without adding across cities or expired policies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.questionnaire import (
    MAX_STEP_QUESTIONS,
    QuestionGroup,
    build_questionnaire,
    question_groups,
    split_report,
)
from calculators import load_rulebook, match_profile
from calculators.checks import walk_conditions
from tests.test_matching import RULES  # the same two-measure rule file, written once

RULEBOOK = load_rulebook()
CITIES = list(dict.fromkeys(m.city for m in RULEBOOK.measures))
WAREHOUSE = {"warehouse_mode": "租赁", "area_m2": "800平方米", "months_used": "12个月", "cost_cny": "200万元"}


@pytest.mark.parametrize("city", CITIES)
def test_每个城市的问卷只问本市项目需要的问题_每题一次_每步不超过15题(city):
    plan = build_questionnaire(RULEBOOK, city)
    uses = [c for m in RULEBOOK.by_city(city) for c in walk_conditions(m.conditions) if c.input]
    # ("是否已领取过这项一次性奖励": checked where said, never asked — unless another measure asks it: the country)
    said_only = ({c.input for c in uses if c.if_missing == "only_if_said"}
                 - {c.input for c in uses if c.if_missing != "only_if_said"})
    needed = {name for m in RULEBOOK.by_city(city) for name in m.inputs} - said_only
    assert sorted(plan.inputs) == sorted(needed)  # every input the city reads, each once, nothing else
    assert plan.steps and all(0 < len(plan.step_inputs(n)) <= MAX_STEP_QUESTIONS for n in range(len(plan.steps)))


@pytest.mark.parametrize(("city", "first_step_has", "later"), [
    ("运城", {"exhibition_type", "booth_fee_cny", "demo_park_recognized"}, {"warehouse_mode", "cost_cny"}),
    ("秦皇岛", {"registered_locally", "store_area_m2"}, {"area_m2", "months_used"}),
    ("济南", {"annual_cbec_trade_usd", "warehouse_mode", "payment_license"}, set()),
    ("六安", {"annual_9610_export_usd", "platform_fee_cny"}, {"platform_investment_cny", "park_level"}),
])
def test_第一步与后续步骤的问题(city, first_step_has, later):
    plan = build_questionnaire(RULEBOOK, city)
    assert first_step_has <= set(plan.step_inputs(0))
    assert later <= set(plan.inputs) - set(plan.step_inputs(0))


def test_多数项目共用的条件先问一次():
    groups = question_groups(RULEBOOK, "潍坊")
    assert groups[0] == QuestionGroup("common", (), (), (), ("funded_by_higher_level",))
    assert all("funded_by_higher_level" not in g.inputs for g in groups[1:])


def test_同一事项从高不重复的项目归为一组():
    groups = {g.key: g for g in question_groups(RULEBOOK, "潍坊")}
    warehouse = groups["weifang_2021:overseas_warehouse"]
    assert warehouse.measures == ("weifang.overseas_warehouse_build", "weifang.overseas_warehouse_lease")
    assert warehouse.clauses == ("五",)
    assert {"warehouse_mode", "area_m2", "cost_cny", "customs_filed"} <= set(warehouse.inputs)


def test_没有输入项的项目不出题():
    keys = {g.key for g in question_groups(RULEBOOK, "运城")}
    assert "yuncheng.major_matters" not in keys and "yuncheng.practical_training" not in keys


# (运城's exhibitions ask whether the firm is a 运城 firm, its routes whether the flights are freighters)
@pytest.mark.parametrize(("per_step", "sizes"), [(12, [12, 10, 12, 5]), (15, [14, 13, 12]), (99, [14, 13, 12])])
def test_每步题数可调但不超过上限(per_step, sizes):
    plan = build_questionnaire(RULEBOOK, "运城", per_step=per_step)
    assert [len(plan.step_inputs(n)) for n in range(len(plan.steps))] == sizes


# -- splitting a match report ------------------------------------------------------------------
def _section_ids(sections) -> dict[str, set[str]]:
    return {k: {r.measure for r in getattr(sections, k)}
            for k in ("claimable", "superseded", "needs_info", "expired", "blocked", "no_figure")}


@pytest.mark.parametrize(("as_of", "claimable", "expired", "total"), [
    # 运城 in force: the warehouse is claimable, totalled
    (date(2025, 6, 30), {"yuncheng.overseas_warehouse"}, set(), Decimal(500000)),
    # 运城 expired (2025-12-31): the same amount is for information only, and nothing is totalled
    (date(2026, 3, 1), set(), {"yuncheng.overseas_warehouse"}, None),
])
def test_有效与失效政策分开_合计只算有效的(as_of, claimable, expired, total):
    sections = split_report(match_profile(WAREHOUSE, as_of=as_of, city="运城"))
    ids = _section_ids(sections)
    assert ids["claimable"] == claimable
    assert expired <= ids["expired"]
    assert sections.total_yuan == total
    if expired:  # every 运城 measure is in the expired section, whatever its outcome
        # (a sum of two levels' shares is asked for in conversation, never offered by the form)
        assert ids["expired"] == {m.id for m in RULEBOOK.by_city("运城") if not m.levels_combined}
        assert not ids["needs_info"] and not ids["blocked"] and not ids["no_figure"]


def test_不指定城市时不合计():
    report = match_profile({**WAREHOUSE, "area_m2": 1200}, as_of=date(2025, 6, 30))
    sections = split_report(report)
    assert {r.city for r in sections.claimable} >= {"运城", "秦皇岛"}
    assert report.total_yuan is None and sections.total_yuan is None
    assert report.to_dict()["total_yuan"] is None




def test_从高不重复的项目不计入合计(tmp_path: Path):
    (tmp_path / "testcity_2024.yaml").write_text(RULES, encoding="utf-8")
    rb = load_rulebook(tmp_path)
    sections = split_report(match_profile({"cost_cny": 1_000_000}, as_of=date(2025, 6, 30), city="测试", rulebook=rb))
    assert _section_ids(sections)["claimable"] == {"testcity.lease"}
    assert _section_ids(sections)["superseded"] == {"testcity.build"}
    assert sections.total_yuan == Decimal(300000)
    assert [g.measures for g in question_groups(rb, "测试")] == [("testcity.build", "testcity.lease")]
