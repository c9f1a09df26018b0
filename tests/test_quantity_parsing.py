"""Quantities and Chinese numerals: 元/万元/亿元, 美元/万美元, 平方米, counts, percentages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from calculators import parse_quantities, parse_quantity
from calculators.quantity import parse_number

CASES = [
    ("200万元", "2000000", "CNY"),
    # other currencies are no 元 (日 of 日元 no day): read as foreign, which no input takes
    ("1.5万欧元", "15000", "FX"),
    ("100万日元", "1000000", "FX"),
    ("3万港币", "30000", "FX"),
    ("1.2亿元", "120000000", "CNY"),
    ("1.5 亿元人民币", "150000000", "CNY"),
    ("两百万元", "2000000", "CNY"),
    ("五十万元", "500000", "CNY"),
    ("1,000,000元", "1000000", "CNY"),
    ("8万美元", "80000", "USD"),
    ("３０００万美元", "30000000", "USD"),
    ("500 万美元", "5000000", "USD"),
    ("八百平方米", "800", "m2"),
    ("800㎡", "800", "m2"),
    ("1200平米", "1200", "m2"),
    ("一千五百平方米", "1500", "m2"),
    ("30%", "30", "percent"),
    ("百分之三十", "30", "percent"),
    ("０.１％", "0.1", "percent"),
    ("15班", "15", "count"),
    ("3家", "3", "count"),
    ("2期", "2", "count"),
    ("100单", "100", "count"),
    ("6个", "6", "count"),
    ("20班次", "20", "count"),
    ("50人", "50", "people"),
    ("12个月", "12", "months"),
    ("18个月", "18", "months"),
    ("满1年", "1", "years"),
    ("30天", "30", "days"),
    ("30课时", "30", "hours"),
    ("-200万元", "-2000000", "CNY"),
]


@pytest.mark.parametrize(("text", "value", "unit"), CASES, ids=[c[0] for c in CASES])
def test_parse_quantity(text: str, value: str, unit: str) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert q.value == Decimal(value)
    assert q.unit == unit


@pytest.mark.parametrize(("text", "value"), [
    ("一千五百", "1500"), ("两百万", "2000000"), ("0.8万", "8000"), ("1.2亿", "120000000"),
    ("一点五", "1.5"), ("二十万零五百", "200500"), ("800", "800"),
])
def test_bare_numbers(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)
    q = parse_quantity(text)
    assert q is not None and q.unit == "number" and q.value == Decimal(value)


def test_a_fee_word_is_no_count_word() -> None:
    assert [q.unit for q in parse_quantities("每个4万 展位费")] == []  # not 40000 booths
    assert [(q.unit, q.value) for q in parse_quantities("3个展位 展位费4万元")] == [
        ("count", Decimal(3)), ("CNY", Decimal(40000))]


@pytest.mark.parametrize(("text", "found"), [
    ("第二个 法国巴黎的 3个标准展位", ["3个"]),  # an ordinal is no quantity
    ("第3期培训 60人", ["60人"]),
    ("两个展位", ["两个"]),
])
def test_an_ordinal_is_no_quantity(text: str, found: list[str]) -> None:
    from calculators.quantity import parse_quantities

    assert [q.raw for q in parse_quantities(text)] == found


@pytest.mark.parametrize("text", ["两块加一起一共多少", "这两块合计能拿多少", "两块都报"])
def test_blocks_of_a_claim_are_no_money(text: str) -> None:
    assert parse_quantities(text) == []  # 块 of parts, not 块 of money


@pytest.mark.parametrize(("text", "value"), [
    ("两个展位一共交了3万块 能补多少", Decimal(30000)),  # BM004: the fee had been dropped
    ("交了3万块能拿多少", Decimal(30000)),
    ("花了1.2万块 补贴有吗", Decimal(12000)),
    ("租金80000块 能补吗", Decimal(80000)),
])
def test_a_sum_in_kuai_before_a_question_is_money(text: str, value: Decimal) -> None:
    assert [(q.unit, q.value) for q in parse_quantities(text)][-1] == ("CNY", value)


def test_kuai_is_still_money() -> None:
    assert [(q.unit, q.value) for q in parse_quantities("花了500块")] == [("CNY", Decimal(500))]
    assert [(q.unit, q.value) for q in parse_quantities("3块钱")] == [("CNY", Decimal(3))]


def test_no_quantity() -> None:
    assert parse_quantity("海外仓") is None
    assert parse_quantity("") is None
    assert parse_quantities("一带一路国家，一事一议") == []


def test_sentence_with_spans_and_dates() -> None:
    text = "运城企业2024年3月在美国租赁了800平方米的海外仓，使用满1年，租赁费用200万元"
    found = parse_quantities(text)
    assert [(q.unit, q.value) for q in found] == [
        ("m2", Decimal(800)), ("years", Decimal(1)), ("CNY", Decimal(2000000))]
    for q in found:
        assert text[q.span[0]:q.span[1]] == q.raw
    assert found[2].word == "万元"


def test_year_is_not_a_duration() -> None:
    assert parse_quantities("2021年施行") == []


def test_a_month_number_is_no_duration() -> None:
    # "用到12月" names December; only "N个月" is a duration
    assert [q.unit for q in parse_quantities("2025年2月起租，用到12月底")] == []
    assert [(q.unit, q.value) for q in parse_quantities("用了10个月")] == [("months", Decimal(10))]


def test_a_unit_word_that_begins_a_place_is_no_unit() -> None:
    """"花了5万 日本商标注册2万": 日 of 日本 is no unit (it had read 50,000 days)."""
    assert not [q for q in parse_quantities("欧盟认证花了5万 日本商标注册2万") if q.unit == "days"]
    assert not [q for q in parse_quantities("租金5万 天津仓库") if q.unit == "days"]


@pytest.mark.parametrize(("text", "found"), [
    ("服务器40万 人员工资20万", []),  # 人 of 人员 is no count of people (40万 is a sum, bare)
    ("招了30人员工", []),
    ("储备了100人才", []),
    ("培训了50人 签约30人", ["50人", "30人"]),
])
def test_a_word_that_begins_with_ren_is_no_people(text: str, found: list[str]) -> None:
    assert [q.raw for q in parse_quantities(text) if q.unit == "people"] == found


@pytest.mark.parametrize(("text", "counts"), [
    ("查验设施投资150万 软件系统80万 场地土建500万", []),  # 场 of 场地 (it had read 800,000 venues)
    ("软件投入20万 项目管理费5万", []),
    ("设备30万 台账系统10万", []),
    ("年出口5万 单", ["5万 单"]),  # orders are counted in 万
    ("发了3万 件包裹", ["3万 件"]),
    ("一年直播1万场", ["1万场"]),  # sessions, no space: counted
    ("订了3 个展位", ["3 个"]),
])
def test_a_measure_word_after_wan_and_a_space_heads_the_next_word(text: str, counts: list[str]) -> None:
    assert [q.raw for q in parse_quantities(text) if q.unit == "count"] == counts


@pytest.mark.parametrize(("text", "found"), [
    # a comma groups thousands only before three digits: a code, then a sum (IQ102), never 97101.5亿
    ("B开通9710，1.5亿元", [("1.5亿元", Decimal(150000000))]),
    ("交易额4,000,000美元", [("4,000,000美元", Decimal(4000000))]),
    ("1,200万元", [("1,200万元", Decimal(12000000))]),
])
def test_a_comma_groups_thousands_only_before_three_digits(text: str, found: list) -> None:
    assert [(q.raw, q.value) for q in parse_quantities(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a unit word said past a pause is the figure's before it ("订单，2000，单"), unless the word heads a figure of its
    # own after it ("培训人数40，课时32": 课时 is 32's, 40 has no unit; LC212)
    ("订单，2000，单", [("2000，单", Decimal(2000))]),
    ("培训人数40，课时32", []),
    ("课时是32，人数是40", []),
    ("培训人数40，32课时", [("32课时", Decimal(32))]),
])
def test_a_unit_word_past_a_pause_that_heads_a_figure_is_not_the_one_before(text: str, found: list) -> None:
    assert [(q.raw, q.value) for q in parse_quantities(text)] == found
