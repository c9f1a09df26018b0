"""The calculators as LangChain tools: generated StructuredTools return the CalcResult dict."""

from __future__ import annotations

import re

from calculators import load_rulebook
from calculators.tools import build_tools, list_measures, measure_tool, tool_name


def test_one_tool_per_measure_plus_listing() -> None:
    tools = build_tools()
    rb = load_rulebook()
    assert len(tools) == len(rb.measures) + 1
    assert tools[0].name == "list_measures"
    for tool in tools:
        assert re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", tool.name)
        assert "Args:" in tool.description or tool.name == "list_measures"


def test_invoke_generated_tool() -> None:
    tool = measure_tool("yuncheng.overseas_warehouse")
    assert tool.name == tool_name("yuncheng.overseas_warehouse")
    props = tool.args_schema.model_json_schema()["properties"]
    assert {"area_m2", "months_used", "cost_cny", "warehouse_mode", "as_of", "county"} <= set(
        props)
    result = tool.invoke({"warehouse_mode": "租赁", "area_m2": 800, "months_used": "1年",
                          "cost_cny": "200万元", "as_of": "2025-06-30"})
    assert result["amount_yuan"] == "500000.00"
    assert result["eligible"] is True
    assert result["clause"] == "第五条（三）"
    assert any("50万元" in s for s in result["steps"])


def test_tool_reports_missing_and_bad_input_without_raising() -> None:
    tool = measure_tool("qinhuangdao.overseas_warehouse")
    result = tool.invoke({"area_m2": "-5", "as_of": "2024-06-30"})
    assert result["eligible"] is None
    assert result["amount_yuan"] is None
    assert result["missing_inputs"]
    bad_date = tool.invoke({"area_m2": 1200, "as_of": "昨天"})
    assert "error" in bad_date


def test_list_measures_tool() -> None:
    rows = build_tools(city="六安")[0].invoke({"city": "六安"})
    assert [r["id"] for r in rows] == [m.id for m in load_rulebook().by_city("六安")]
    assert all(r["has_amount"] for r in rows)
    assert not any(r["has_amount"] for r in list_measures("济南"))
