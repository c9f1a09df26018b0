"""The rule-file loader refuses bad files with a message naming the file and line; the real
rule files load; no .py file of the package holds a policy figure."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import calculators
from calculators import RuleFileError, load_rulebook

GOOD = """\
policy:
  id: testcity_2024
  city: 测试
  province: 测试省
  doc_number: 测政发〔2024〕1号
  title: 测试政策
  effective_from: {date: 2024-01-01, clause: 第九条}
  valid_until: {date: 2025-12-31, clause: 第九条}
  notes: 测试用。
measures:
  - id: testcity.warehouse
    clause: 第一条
    name: 海外仓奖励
    keywords: [海外仓]
    quote: 按费用的30%补助，不超过50万元
    formula_text: 费用×30%，不超过50万元
    conditions:
      - input: area_m2
        op: ">="
        threshold: {value: 500, unit: 平方米, clause: 第一条}
        text: 面积500平方米以上
        clause: 第一条
    formula:
      kind: rate
      base: cost_cny
      rate: {value: 30, unit: "%", clause: 第一条}
      caps: [{value: 50, unit: 万元, clause: 第一条}]
"""


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "testcity_2024.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(RuleFileError) as info:
        load_rulebook(_write(tmp_path, text))
    return str(info.value)


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_file_loads(tmp_path: Path) -> None:
    rb = load_rulebook(_write(tmp_path, GOOD))
    assert [m.id for m in rb.measures] == ["testcity.warehouse"]
    assert rb.policies["testcity_2024"].valid_until.isoformat() == "2025-12-31"


def test_figure_without_clause(tmp_path: Path) -> None:
    text = GOOD.replace('rate: {value: 30, unit: "%", clause: 第一条}', 'rate: {value: 30, unit: "%"}')
    message = _error(tmp_path, text)
    assert "testcity_2024.yaml" in message
    assert f":{_line_of(text, 'rate: {value: 30')}" in message
    assert "clause" in message


def test_an_enterprise_input_of_items_must_be_an_input(tmp_path: Path) -> None:
    text = GOOD.replace("    formula:\n      kind: rate",
                        "    each_item: {item: 海外仓, of_enterprise: [no_such_input]}\n    formula:\n      kind: rate")
    assert "no_such_input" in _error(tmp_path, text)
    good = text.replace("no_such_input", "area_m2")
    assert load_rulebook(_write(tmp_path, good)).measure("testcity.warehouse").each_item.of_enterprise == ("area_m2",)


def test_duplicate_key(tmp_path: Path) -> None:
    text = GOOD.replace("    name: 海外仓奖励\n", "    name: 海外仓奖励\n    name: 又一个名字\n")
    message = _error(tmp_path, text)
    assert "重复的键“name”" in message
    assert f"testcity_2024.yaml:{_line_of(text, '又一个名字')}" in message


def test_bad_date(tmp_path: Path) -> None:
    text = GOOD.replace("2025-12-31", "2025-02-30")
    message = _error(tmp_path, text)
    assert "日期无效" in message
    assert f"testcity_2024.yaml:{_line_of(text, '2025-02-30')}" in message


def test_date_that_is_not_a_date(tmp_path: Path) -> None:
    text = GOOD.replace("2025-12-31", "明年年底")
    message = _error(tmp_path, text)
    assert "日期无效" in message
    assert f":{_line_of(text, '明年年底')}" in message


def test_unknown_unit(tmp_path: Path) -> None:
    text = GOOD.replace("unit: 万元", "unit: 万欧元")
    message = _error(tmp_path, text)
    assert "万欧元" in message
    assert f"testcity_2024.yaml:{_line_of(text, '万欧元')}" in message


def test_unknown_input(tmp_path: Path) -> None:
    text = GOOD.replace("input: area_m2", "input: warehouse_size")
    message = _error(tmp_path, text)
    assert "warehouse_size" in message
    assert f":{_line_of(text, 'warehouse_size')}" in message


def test_threshold_missing_from_its_text(tmp_path: Path) -> None:
    text = GOOD.replace("text: 面积500平方米以上", "text: 面积达标")
    assert "500" in _error(tmp_path, text)


def test_policy_id_must_match_file_name(tmp_path: Path) -> None:
    assert "文件名" in _error(tmp_path, GOOD.replace("id: testcity_2024", "id: other_2024"))


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("    formula_text:", "    formular_text: 拼错\n    formula_text:")
    assert "formular_text" in _error(tmp_path, text)


def test_real_rulebook() -> None:
    rb = load_rulebook()
    assert load_rulebook() is rb  # cached
    assert set(rb.policies) == {"weifang_2021", "jinan_2021", "yuncheng_2024",
                                "qinhuangdao_2022", "luan_2019"}
    assert rb.measures[0].policy_id == "weifang_2021"
    assert all(not m.has_amount for m in rb.by_city("济南"))
    assert rb.measure("yuncheng.overseas_warehouse").clause == "第五条（三）"
    assert rb.by_city("运城市") == rb.by_city("运城")
    with pytest.raises(calculators.CalculatorError, match="未找到"):
        rb.measure("yuncheng.nothing")
    periods = rb.policies
    assert str(periods["yuncheng_2024"].awards_counted_from) == "2024-01-01"
    assert periods["qinhuangdao_2022"].valid_until is None


def test_clause_labels_follow_design() -> None:
    patterns = {
        "weifang_2021": r"^[一二三四五六七八九十]+$",
        "jinan_2021": r"^[一二三四五六七八九十]+（[一二三四五六七八九十]+）\d+$",
        "yuncheng_2024": r"^第[一二三四五六七八九十]+条(（[一二三四五六七八九十]+）)?$",
        "qinhuangdao_2022": r"^[一二三四五六七]（[一二三四五六七八九十]+）$",
        "luan_2019": r"^[一二三四五六七八九十]+（[一二三四五六七八九十]+）$",
    }
    for m in load_rulebook().measures:
        assert re.match(patterns[m.policy_id], m.clause), (m.id, m.clause)


_ALLOWED = {0, 1, 2, 10, 12, 100, 1000, 10_000, 100_000_000, 1900}


def test_no_policy_figures_in_code() -> None:
    """Rates, caps and thresholds live in the rule files; code holds unit factors only."""
    root = Path(calculators.__file__).parent
    found = []
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, int | float)
                    and not isinstance(node.value, bool) and node.value not in _ALLOWED):
                found.append(f"{path.name}:{node.lineno}: {node.value}")
    assert not found, found
