"""The rule drafter (calculators/draft.py, draft_read.py): sentence -> reading tables, a drafted
directory through the CLI, and the share of published measures the draft reproduces."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from calculators.__main__ import main
from calculators.draft import write_draft
from calculators.draft_read import merge_levels, read_sentence
from calculators.fmt import fmt_number
from calculators.loader import parse_rulebook
from eval import draft_check
from tests.conftest import ROOT

POLICIES = ROOT / "data" / "policies"
# reached on 2026-11-29: 42 of 48 (87.5 %; 28 of 48 before); the target is 80 %; the gate
# leaves room for one measure lost to a change in the published rules or their worked cases
MIN_REPRODUCED_PCT = 85


@pytest.mark.parametrize(("sentence", "op"), [
    ("对面积在500平方米以上（含）的海外仓，给予10万元奖励。", ">="),
    ("对面积在500平方米以上的海外仓，给予10万元奖励。", ">="),
    ("对年交易额超过500万元（含）的店铺，给予10万元奖励。", ">="),
    ("对年进出口额超过1.5亿元的园区，给予50万元奖励。", ">"),
    ("对全年不少于15班的航线，每班补助8万元。", ">="),
    ("对经营满1年的海外仓，给予50万元奖励。", ">="),
])
def test_以上含本数超过不含(sentence, op):
    r = read_sentence(sentence)
    assert r is not None and r.thresholds and r.thresholds[0].op == op


@pytest.mark.parametrize(("sentence", "groups"), [
    # (value, op, group alternative or None): 或 opens alternatives, 且 without a comma stays in one
    ("实绩企业超过15家或达1亿元人民币的企业3家及以上，且经营满1年的园区，给予50万元奖励。",
     [("15", ">", 0), ("3", ">=", 1), ("1", ">=", None)]),
    ("入驻B2B平台年度交易额超过500万元（含），或入驻B2C平台年度交易额超过300万元（含）且交易数量超过100单（含）的店铺，"
     "单个店铺奖励10万元。", [("500", ">=", 0), ("300", ">=", 1), ("100", ">=", 1)]),
    ("面积500平方米以上（含）且使用满1年的，给予10万元奖励。", [("500", ">=", None), ("1", ">=", None)]),
])
def test_或连接的门槛是择一(sentence, groups):
    r = read_sentence(sentence)
    assert r is not None
    assert [(fmt_number(t.value), t.op, t.alt if t.group is not None else None) for t in r.thresholds] == groups


def test_数字限定被计数的对象而不是门槛():
    r = read_sentence("对实绩企业超过15家或达1亿元人民币的企业3家及以上的园区，给予50万元奖励。")
    assert r is not None and [fmt_number(t.value) for t in r.thresholds] == ["15", "3"]
    assert r.thresholds[1].subject == "达1亿元人民币的企业"


def test_择一门槛起草为any_of(drafted):
    data = yaml.safe_load((drafted / "yuncheng_2024.yaml").read_text(encoding="utf-8"))
    store = next(m for m in data["measures"] if m["clause"] == "第五条（二）" and "B2B" in m["quote"])
    group = next(c for c in store["conditions"] if "any_of" in c)
    assert [len(a.get("all_of", [a])) for a in group["any_of"]] == [1, 2]


@pytest.mark.parametrize(("sentence", "kind", "rate", "amount", "caps", "upper_bound"), [
    ("按照实际租赁费用的30%给予补助，单个企业补助金额不超过50万元。", "rate", "30", None, ["50"], ""),
    ("按照不高于海外仓建设实际投资额10%的标准给予一次性补贴，单个企业补贴资金不超过100万元。",
     "rate", "10", None, ["100"], "不高于"),
    ("经认定的，给予50万元的一次性奖励。", "fixed", None, "50", [], ""),
    ("给予不超过50万元的一次性资金扶持。", "fixed", None, "50", [], "不超过"),
    ("按每人400元给予补助，单个院校补助最高10万元。", "per_unit", None, "400", ["10"], ""),
    ("对组织班次的机构，每次给予不超过10万元补助，单个机构每年累计补助不超过30万元。",
     "per_unit", None, "10", ["30"], "不超过"),
])
def test_比例定额按单位与上限(sentence, kind, rate, amount, caps, upper_bound):
    r = read_sentence(sentence)
    assert r is not None and r.kind == kind
    assert (str(r.rate) if r.rate is not None else None) == rate
    assert (fmt_number(r.amount[0]) if r.amount else None) == amount
    assert [fmt_number(v) for v, _, _ in r.caps] == caps
    assert r.upper_bound == upper_bound


@pytest.mark.parametrize(("sentence", "step", "amount", "caps"), [
    ("对增量部分，由市财政给予每5万美元补助人民币2000元。", (5, "万美元"), (2000, "元"), []),
    ("其服务企业进出口额比上年度每增加500万美元,给予不超过10万元奖励,单个平台(企业)每年奖励不超过50万元。",
     (500, "万美元"), (10, "万元"), ["50"]),
])
def test_每满一步给一份是按步长(sentence, step, amount, caps):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "step" and not r.todos
    assert r.step == (Decimal(step[0]), step[1]) and r.amount == (Decimal(amount[0]), amount[1])
    assert [fmt_number(v) for v, _, _ in r.caps] == caps


@pytest.mark.parametrize(("sentence", "rate", "base", "upper_bound"), [
    # 在…的基础上: the other level's share is the ground, not this measure's figure
    ("在省级财政不超过70%保费补助的基础上，市级财政扶持不超过30%的保费补助。", "30", "保费", "不超过"),
    ("市级财政给予20%的合作费用补助。", "20", "合作费用", ""),
])
def test_比例写在基数之前(sentence, rate, base, upper_bound):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "rate"
    assert (str(r.rate), r.base, r.upper_bound) == (rate, base, upper_bound)


@pytest.mark.parametrize(("sentence", "caps"), [
    ("对实训课程发生的费用给予补助，每家企业每年补助不超过30万元。", ["30"]),
    ("统筹市级相关资金支持发展，具体数额由市商务局会同市财政局审核后报市政府审批。", []),
    ("对引进的龙头企业按“一事一议”给予支持。", []),
])
def test_没有金额标准只有上限或另定数额(sentence, caps):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "no_figure"
    assert [fmt_number(v) for v, _, _ in r.caps] == caps


def test_给予本身带单位主体的金额仍是定额():
    r = read_sentence("对认定的企业，每家企业给予最高50万元奖励。")
    assert r is not None and r.kind == "fixed" and r.amount == (Decimal(50), "万元")


@pytest.mark.parametrize(("sentence", "rate", "base", "unit", "unit_caps", "caps", "limits"), [
    ("对企业自行参加的一般性国际性展会的，每个展位费给予60%、最高2万元补助，单家企业单个展会限4个标准展位。",
     "60", "展位费", "展位", ["2"], [], ["4"]),
    ("每个展位费给予50%补助，每个展位最高1万元，单家企业补助最高10万元。", "50", "展位费", "展位", ["1"], ["10"], []),
])
def test_按每个单位的费用给比例(sentence, rate, base, unit, unit_caps, caps, limits):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "per_unit" and str(r.rate) == rate
    assert (r.base, r.unit_word) == (base, unit)
    assert [fmt_number(v) for v, _, _ in r.unit_caps] == unit_caps
    assert [fmt_number(v) for v, _, _ in r.caps] == caps
    assert [fmt_number(v) for v in r.count_limits] == limits


@pytest.mark.parametrize(("sentence", "gates", "who"), [
    ("培训天数30天以上、培训人员与跨境电商企业签订1年以上劳动合同的在运院校，按每人400元给予补助，单个院校补助最高10万元。",
     ["30"], "培训人员与跨境电商企业签订1年以上劳动合同"),
    ("对组织班次50人以上且培训30课时以上的培训机构,每次给予不超过10万元补助。", ["50", "30"], ""),
])
def test_每人金额中对人的门槛限定计数对象(sentence, gates, who):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "per_unit"
    assert [fmt_number(t.value) for t in r.thresholds] == gates and r.unit_qualifier == who


@pytest.mark.parametrize(("sentence", "one_each"), [
    ("给予单个独立站15万元奖励，单家企业申报独立站数量最多2个。", True),
    ("对达标的培训机构，每次给予不超过10万元补助。", True),
    ("按每人400元给予补助，单个院校补助最高10万元。", False),
])
def test_单个或每次的奖励未说明个数时按一个计(sentence, one_each):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "per_unit" and r.one_each is one_each


@pytest.mark.parametrize(("sentence", "kind", "tiers"), [
    ("对首次认定的省级、市级产业园区,分别给予最高100万元、50万元奖励。", "tiers", ["100", "50"]),
    ("年交易额列全市前三位的交易平台,分别给予最高100万元、50万元、30万元奖励。", "rank", ["100", "50", "30"]),
    ("落户首年进出口额超过5000万美元、3000万美元、1000万美元的，分别给予不超过300万元、200万元、100万元的一次性资金扶持。",
     "tiers", ["300", "200", "100"]),
])
def test_分档(sentence, kind, tiers):
    r = read_sentence(sentence)
    assert r is not None and r.kind == kind and [fmt_number(v) for v, _ in r.tiers] == tiers


@pytest.mark.parametrize(("first", "second", "labels", "tiers"), [
    ("经市商务局认定为市级跨境电商示范企业的，给予10万元一次性奖励。",
     "对获得国家、省级跨境电商示范企业，分别给予20万元、15万元一次性奖励。",
     ["国家", "省级", "市级"], ["20", "15", "10"]),
    ("认定为省级园区的，给予50万元奖励。", "对国家级、市级园区，分别给予100万元、20万元奖励。",
     ["国家级", "市级", "省级"], ["100", "20", "50"]),
])
def test_前句一个级别的定额并入后句分级(first, second, labels, tiers):
    merged = merge_levels(read_sentence(first), first, read_sentence(second))
    assert merged is not None and merged.kind == "tiers"
    assert merged.tier_labels == labels and [fmt_number(v) for v, _ in merged.tiers] == tiers


@pytest.mark.parametrize(("first", "second"), [
    # the earlier award names no level, or one already tiered, or has its own threshold: kept apart
    ("对示范企业，给予10万元一次性奖励。", "对获得国家、省级示范企业，分别给予20万元、15万元一次性奖励。"),
    ("对省级示范企业，给予10万元奖励。", "对获得国家、省级示范企业，分别给予20万元、15万元奖励。"),
    ("对年交易额超过500万元的市级示范企业，给予10万元奖励。", "对国家、省级示范企业，分别给予20万元、15万元奖励。"),
])
def test_不是同一分级的两句不合并(first, second):
    assert merge_levels(read_sentence(first), first, read_sentence(second)) is None


@pytest.mark.parametrize("sentence", [
    "展位费给予“一带一路”国家80%的补助，其他国家和地区给予70%的补助。",
    "其中，港澳台地区航线每班补助8万元，亚洲区域性航线每班补助20万元。",
])
def test_读不出的句子成为待办而不是猜测(sentence):
    r = read_sentence(sentence)
    assert r is not None and r.kind == "todo" and r.todos


def test_不付钱的句子不起草():
    assert read_sentence("鼓励企业开展跨境电商业务，提升发展水平。") is None


def _figures(node: object) -> list[dict]:
    if isinstance(node, dict):
        found = [node] if {"value", "unit", "clause"} <= node.keys() else []
        return found + [f for v in node.values() for f in _figures(v)]
    if isinstance(node, list):
        return [f for v in node for f in _figures(v)]
    return []


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("drafts")
    for path in sorted(POLICIES.glob("*.txt")):
        write_draft(path, out)
    return out


def test_每个数字都在其条款原文中(drafted):
    from ingest.parse import parse_policy_file

    for path in sorted(POLICIES.glob("*.txt")):
        _, clauses = parse_policy_file(path)
        texts = {c.label: re.sub(r"\s", "", c.text) for c in clauses}
        data = yaml.safe_load((drafted / f"{path.stem}.yaml").read_text(encoding="utf-8"))
        assert data["status"] == "draft"
        for fig in _figures(data["measures"]):
            number = fmt_number(Decimal(str(fig["value"])))
            clause_text = texts[fig["clause"]]
            assert number in clause_text or fig["unit"] == "位", (path.stem, fig)


def test_草稿目录可加载并逐项带出处(drafted):
    rb = parse_rulebook(drafted)
    assert len(rb.policies) == 5 and rb.measures


def test_命令行起草列出与测算(drafted, tmp_path, capsys):
    assert main(["draft", str(POLICIES / "yuncheng_2024.txt"), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "yuncheng_2024.yaml").exists()
    capsys.readouterr()
    assert main(["list", "--rules-dir", str(tmp_path)]) == 0
    listing = capsys.readouterr().out
    assert "第五条（三）" in listing
    data = yaml.safe_load((tmp_path / "yuncheng_2024.yaml").read_text(encoding="utf-8"))
    warehouse = next(m for m in data["measures"]
                     if m["clause"] == "第五条（三）" and m["formula"]["kind"] == "rate")
    base = warehouse["formula"]["base"]
    assert main(["calc", "--rules-dir", str(tmp_path), warehouse["id"], "area_m2=800", "months_used=1年",
                 f"{base}=200万元", "--as-of", "2025-06-30", "--json"]) == 0
    assert '"amount_yuan": "500000.00"' in capsys.readouterr().out


def test_命令行测算草稿中的按单位比例与默认一个(tmp_path, capsys):
    assert main(["draft", str(POLICIES / "yuncheng_2024.txt"), "--out", str(tmp_path)]) == 0
    data = yaml.safe_load((tmp_path / "yuncheng_2024.yaml").read_text(encoding="utf-8"))
    booth = next(m for m in data["measures"] if m["formula"].get("unit_formula", {}).get("kind") == "rate")
    count, fee = booth["formula"]["units"], booth["formula"]["unit_formula"]["base"]
    capsys.readouterr()
    # 展位费5万元 × 60% = 3万元, capped at 2万元 a booth; 5 booths, 4 counted
    assert main(["calc", "--rules-dir", str(tmp_path), booth["id"], f"{count}=5", f"{fee}=5万元",
                 "--as-of", "2025-06-30", "--json"]) == 0
    assert '"amount_yuan": "80000.00"' in capsys.readouterr().out
    site = next(m for m in data["measures"] if m.get("defaults") and "独立站" in m["quote"])
    threshold = site["conditions"][0]["input"]
    assert main(["calc", "--rules-dir", str(tmp_path), site["id"], f"{threshold}=300万元",
                 "--as-of", "2025-06-30", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"amount_yuan": "150000.00"' in out and "按1个独立站计算" in out


def test_已发布目录拒绝草稿(tmp_path):
    from calculators.errors import RuleFileError
    from calculators.loader import RULES_DIR, _load_inputs, load_rule_file

    draft = RULES_DIR / "zz_draft_probe.yaml"
    target, _ = write_draft(POLICIES / "luan_2019.txt", tmp_path)
    draft.write_text(target.read_text(encoding="utf-8").replace("luan_2019", "zz_draft_probe"), encoding="utf-8")
    try:
        with pytest.raises(RuleFileError):
            load_rule_file(draft, _load_inputs(RULES_DIR / "_inputs.yaml"))
    finally:
        draft.unlink()


def test_草稿复现已发布规则的比例(capsys):
    verdicts = draft_check.check()
    rows = [v for vs in verdicts.values() for v in vs]
    pct = 100 * sum(v.reproduced for v in rows) / len(rows)
    assert pct >= MIN_REPRODUCED_PCT
    capsys.readouterr()
    assert draft_check.main(["--min", str(MIN_REPRODUCED_PCT)]) == 0
    overall = capsys.readouterr().out.strip().splitlines()[-1]
    printed = float(re.search(r"\(([\d.]+) %\)", overall).group(1))
    assert printed >= MIN_REPRODUCED_PCT and printed == round(pct, 1)
