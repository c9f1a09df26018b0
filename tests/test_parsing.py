"""Parsing the five real documents: metadata, clause labels, no page marks or 抄送 leaking."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.chunking import chunk_clauses
from ingest.clean import paragraphs, to_ascii_alnum
from ingest.parse import parse_policy_file, parse_policy_text
from ingest.readers import decode_text
from tests.conftest import POLICIES

EXPECTED = {
    "weifang_2021": dict(city="潍坊", province="山东", doc_number="潍政办字〔2021〕63号",
                         issue_date=date(2021, 5, 29), effective_from=date(2021, 6, 1),
                         valid_until=date(2024, 5, 31), awards_counted_from=None),
    "jinan_2021": dict(city="济南", province="山东", doc_number="济政发〔2021〕10号",
                       issue_date=date(2021, 5, 28), effective_from=None, valid_until=None,
                       awards_counted_from=None),
    "yuncheng_2024": dict(city="运城", province="山西", doc_number="运政办发〔2024〕10号",
                          issue_date=date(2024, 4, 10), effective_from=date(2024, 4, 10),
                          valid_until=date(2025, 12, 31), awards_counted_from=date(2024, 1, 1)),
    "qinhuangdao_2022": dict(city="秦皇岛", province="河北", doc_number="秦政办字〔2022〕26号",
                             issue_date=None, effective_from=None, valid_until=None,
                             awards_counted_from=None),
    "luan_2019": dict(city="六安", province="安徽", doc_number="六政办秘〔2019〕4号",
                      issue_date=None, effective_from=None, valid_until=None,
                      awards_counted_from=None),
}

MEASURE_LABELS = {
    "weifang_2021": ["一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "yuncheng_2024": ["第一条", "第二条", "第三条", "第三条（一）", "第三条（二）", "第三条（三）",
                      "第三条（四）", "第四条", "第五条", "第五条（一）", "第五条（二）",
                      "第五条（三）", "第五条（四）", "第六条", "第七条", "第八条", "第九条",
                      "第十条", "第十条（一）", "第十条（二）", "第十条（三）"],
    "qinhuangdao_2022": ["二（一）", "二（二）", "三（三）", "三（四）", "三（五）", "三（六）",
                         "四（七）", "四（八）", "五（九）", "六（十）", "六（十一）", "六（十二）",
                         "七（十三）", "七（十四）", "七（十五）"],
    "luan_2019": ["四（一）", "四（二）", "四（三）", "四（四）"],
    "jinan_2021": ["三（一）1", "三（一）2", "三（一）3", "三（二）1", "三（二）2", "三（二）3",
                   "三（三）1", "三（三）2", "三（三）3", "三（四）1", "三（四）2", "三（四）3",
                   "三（五）1", "三（五）2", "三（五）3", "三（六）1", "三（六）2", "三（六）3",
                   "三（六）4"],
}

ALL_LABELS = {
    "weifang_2021": ["前言", *MEASURE_LABELS["weifang_2021"], "结语", "结语2"],
    "luan_2019": ["前言", "一", "二", "三", "三（一）", "三（二）", "三（三）", "四",
                  *MEASURE_LABELS["luan_2019"], "五", "五（一）", "五（二）", "五（三）"],
    "qinhuangdao_2022": ["前言", "一", "二", "二（一）", "二（二）", "三", "三（三）", "三（四）",
                         "三（五）", "三（六）", "四", "四（七）", "四（八）", "五", "五（九）", "六",
                         "六（十）", "六（十一）", "六（十二）", "七", "七（十三）", "七（十四）",
                         "七（十五）"],
    "yuncheng_2024": ["前言", *MEASURE_LABELS["yuncheng_2024"]],
}


@pytest.fixture(scope="module")
def parsed():
    return {path.stem: parse_policy_file(path) for path in sorted(POLICIES.glob("*.txt"))}


@pytest.mark.parametrize("policy_id", sorted(EXPECTED))
def test_metadata(parsed, policy_id):
    policy, _ = parsed[policy_id]
    for key, value in EXPECTED[policy_id].items():
        assert getattr(policy, key) == value, key
    assert policy.title and "〔" not in policy.title
    assert len(policy.content_hash) == 64


@pytest.mark.parametrize("policy_id", sorted(MEASURE_LABELS))
def test_measure_labels_present_in_order(parsed, policy_id):
    labels = [c.label for c in parsed[policy_id][1]]
    expected = MEASURE_LABELS[policy_id]
    assert [label for label in labels if label in expected] == expected


@pytest.mark.parametrize("policy_id", sorted(ALL_LABELS))
def test_every_clause_label_exactly(parsed, policy_id):
    assert [c.label for c in parsed[policy_id][1]] == ALL_LABELS[policy_id]


def test_labels_unique_and_parents_exist(parsed):
    for policy_id, (_, clauses) in parsed.items():
        labels = [c.label for c in clauses]
        assert len(labels) == len(set(labels)), policy_id
        for clause in clauses:
            assert clause.parent_label is None or clause.parent_label in labels


def test_headings_and_text(parsed):
    clauses = {c.label: c for c in parsed["yuncheng_2024"][1]}
    assert clauses["第五条（三）"].heading == "跨境电商海外仓奖励"
    assert "面积在500平方米以上（含）且使用满1年" in clauses["第五条（三）"].text
    assert "“一带一路”国家" in clauses["第五条（三）"].text  # rejoined across the line break
    assert clauses["第五条（三）"].parent_label == "第五条"
    assert clauses["第三条（一）"].text.count("单家企业") == 2  # "单家企\n\n业" rejoined
    jinan = {c.label: c for c in parsed["jinan_2021"][1]}
    assert jinan["三（二）2"].heading == "建设跨境电商产业园区"
    assert "年跨境电商交易额超过2亿元、入驻企业不少于20家" in jinan["三（二）2"].text
    assert jinan["三（六）2"].text.startswith("2．提升通关便利化水平.优化跨境电商监管模式,允许跨境")


def test_responsible_units(parsed):
    weifang = {c.label: c for c in parsed["weifang_2021"][1]}
    assert weifang["五"].responsible_units == {"责任单位": ["市商务局", "潍坊海关", "市财政局"]}
    assert weifang["七"].responsible_units == {"责任单位": ["市投资促进局", "市商务局", "市财政局"]}
    jinan = {c.label: c for c in parsed["jinan_2021"][1]}
    assert jinan["三（四）2"].responsible_units == {
        "牵头单位": ["市商务局"], "责任单位": ["市财政局", "泉城海关", "各区县"]}
    luan = {c.label: c for c in parsed["luan_2019"][1]}
    assert luan["三（二）"].responsible_units["牵头单位"] == ["各县区政府（管委）"]
    qhd = {c.label: c for c in parsed["qinhuangdao_2022"][1]}
    assert qhd["四（七）"].responsible_units["牵头单位"] == ["市外事商务局"]
    assert parsed["jinan_2021"][1][0].responsible_units == {}  # 前言's "(单位)" is no unit list


def test_closing_rules_are_clauses(parsed):
    weifang = {c.label: c for c in parsed["weifang_2021"][1]}
    assert "从高不重复" in weifang["结语"].text
    assert "从高不重复" not in weifang["九"].text
    assert "有效期至2024年5月31日" in weifang["结语2"].text


LEAKS = ("—8—", "抄送", "日印发", "市委办公室", "此件依申请公开", "此件公开发布", "**", "---", "## ",
         "市人大常委会办公室", "潍坊军分区")


@pytest.mark.parametrize("policy_id", sorted(EXPECTED))
def test_no_page_marks_or_distribution_list_in_chunks(parsed, policy_id):
    policy, clauses = parsed[policy_id]
    for chunk in chunk_clauses(policy, clauses, max_chars=400):
        body = chunk.text.split("\n", 1)[1]
        for leak in LEAKS:
            assert leak not in body, (chunk.label, leak)
        assert not any("\uff10" <= ch <= "\uff19" for ch in chunk.text)  # no full-width digits


def test_chunk_header_and_long_clause_split(parsed):
    policy, clauses = parsed["luan_2019"]
    chunks = chunk_clauses(policy, clauses, max_chars=120)
    parts = [c for c in chunks if c.label == "四（三）"]
    assert len(parts) > 1
    header = "六安｜关于加快推动跨境电子商务发展的实施意见 › 四 支持政策 › 四（三）"
    assert all(c.text.startswith(header) for c in parts)
    assert not [c for c in chunks if c.label == "四"]  # "四、支持政策" alone is no chunk
    joined = "".join(c.text.split("\n", 1)[1] for c in parts)
    original = next(c for c in clauses if c.label == "四（三）").text
    assert joined == original  # split only at sentence ends, nothing lost
    assert all(c.text.split("\n", 1)[1][-1] in "。；）)" for c in parts[:-1])


def test_fullwidth_to_ascii_keeps_chinese_punctuation():
    assert to_ascii_alnum("２０２１年，Ｂ２Ｂ（含）：１．") == "2021年，B2B（含）：1．"


def test_new_file_without_sidecar_parses_from_text():
    text = (POLICIES / "weifang_2021.txt").read_text(encoding="utf-8")
    policy, clauses = parse_policy_text("new", text, "new.txt", "0" * 64, sidecar=None)
    assert (policy.city, policy.doc_number) == ("潍坊", "潍政办字〔2021〕63号")
    assert policy.valid_until == date(2024, 5, 31)
    assert "支持跨境电子商务发展政策措施" in policy.title
    assert len(clauses) == 12


def test_markdown_and_spaced_numbering():
    text = ("# 某某市人民政府办公室\n\n某政办发〔２０２５〕７号\n\n## 关于支持跨境电商的若干措施\n\n"
            "**一、支持海外仓。**对企业租赁海外仓给予补助。(责任单位:市商务局)\n\n"
            "(一) 第一项。内容一。\n\n１．细则甲。内容。\n\n本措施自2025年1月1日起施行，有效期2年。\n")
    policy, clauses = parse_policy_text("x", text, "x.md", "0" * 64)
    assert policy.doc_number == "某政办发〔2025〕7号"
    assert policy.city == "某某"
    assert policy.effective_from == date(2025, 1, 1)
    assert policy.valid_until == date(2026, 12, 31)
    assert [c.label for c in clauses] == ["一", "一（一）", "一（一）1", "结语"]
    assert clauses[0].heading == "支持海外仓"


def test_gb18030_decoding():
    raw = "一、支持海外仓。".encode("gb18030")
    assert decode_text(raw, "x.txt") == "一、支持海外仓。"


def test_hard_wrapped_lines_rejoin():
    text = "\n\n".join([
        "１．培育引进龙头企业.鼓励各区县引进辐射带动能力强、行业",
        "—８—",
        "影响较大的企业.(牵头单位:",
        "市商务局)"])
    assert paragraphs(text) == [
        "1．培育引进龙头企业.鼓励各区县引进辐射带动能力强、行业影响较大的企业.(牵头单位:市商务局)"]
