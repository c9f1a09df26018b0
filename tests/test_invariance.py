"""Invariance: generic rewrites of every gold question keep its status, amount and clauses.

Each rewrite changes how a question is written, not what it says: traditional characters,
full-width digits, Chinese numerals for figures, politeness and filler, two fact clauses
swapped, a common typo. The answer to the rewritten conversation must match the answer to
the original in status, amount (settled and provisional) and cited clause labels.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

import pytest

from assistant.deps import build_deps
from assistant.engine import answer, new_session
from eval.run import load_dataset
from tests.conftest import ROOT

GOLD = ROOT / "eval" / "datasets" / "gold.jsonl"
AS_OF = date(2026, 11, 23)

_UNIT_AFTER = r"(?=\s*(?:平方米|平米|万元|万美元|亿元|万|亿|元|美元|个|家|人|天|单|班|名|课时|期))"
_FIGURE = re.compile(rf"(?<![\d.,年月-])(\d+(?:\.\d+)?)(?![\d,]){_UNIT_AFTER}")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CLAUSES = re.compile(r"([^，。？！?]+)([，])")
# Clauses whose place carries meaning are never moved.
_FIXED = re.compile(r"其中|另一个|另外|分别|都|但|不过|也|还|又|再|那|呢|吗|？|\?|多少|能|可以|怎么|如何|是否|刚才|不|没|未")
_TYPOS = {"海外仓": "海外舱", "补贴": "补帖", "跨境": "夸境", "展位": "展为"}


def traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def full_width(text: str) -> str:
    return text.translate(_FULLWIDTH)


def chinese_numerals(text: str) -> str:
    import cn2an

    return _FIGURE.sub(lambda m: cn2an.an2cn(m.group(1), "low"), text)


def polite(text: str) -> str:
    return f"您好，麻烦问一下，{text}谢谢！" if text.strip() else text  # an empty message stays empty


def swapped(text: str) -> str:
    """The first two adjacent fact clauses after the opening one (which names who is asking)
    that carry no order-sensitive word, swapped."""
    clauses = list(_CLAUSES.finditer(text))[1:]
    for first, second in pairwise(clauses):
        a, b = first.group(1), second.group(1)
        if first.end() == second.start() and not _FIXED.search(a) and not _FIXED.search(b) and a[:2] != b[:2]:
            return text[:first.start()] + b + "，" + a + "，" + text[second.end():]
    return text


def typo(text: str) -> str:
    for right, wrong in _TYPOS.items():
        if right in text:
            return text.replace(right, wrong, 1)
    return text


REWRITES = {"traditional": traditional, "full_width": full_width, "chinese_numerals": chinese_numerals,
            "polite": polite, "swapped": swapped, "typo": typo}


def _signature(deps, turns: list[str]) -> tuple:
    session = new_session()
    reply = None
    for turn in turns:
        reply = answer(turn, session, deps)
    calc = reply.calculation or {}
    return (reply.status, calc.get("amount_yuan"), calc.get("provisional_amount_yuan"), calc.get("eligible"),
            tuple(sorted({c.clause for c in reply.citations})))


@pytest.fixture(scope="module")
def deps(lexical_index):
    return build_deps(lexical_index, as_of=AS_OF)


@pytest.fixture(scope="module")
def originals(deps):
    return {row["id"]: (row, _signature(deps, [str(t) for t in row["turns"]])) for row in load_dataset(GOLD)}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_rewrites_keep_the_answer(deps, originals, rewrite):
    change = REWRITES[rewrite]
    differ = []
    changed = 0
    for row_id, (row, signature) in originals.items():
        turns = [str(t) for t in row["turns"]]
        rewritten = [change(t) for t in turns]
        if rewritten == turns:
            continue
        changed += 1
        got = _signature(deps, rewritten)
        if got != signature:
            differ.append(f"{row_id}: {rewritten[-1][:60]} → {got} ≠ {signature}")
    assert changed >= 20, f"the {rewrite} rewrite changed only {changed} rows"
    assert not differ, "\n".join(differ)


@pytest.mark.parametrize(("rewrite", "before", "after"), [
    ("chinese_numerals", "租金200万元，面积800平方米，2024年3月", "租金二百万元，面积八百平方米，2024年3月"),
    ("swapped", "运城企业，面积800平方米，租金200万元，使用满一年，补多少？", "运城企业，租金200万元，面积800平方米，使用满一年，补多少？"),
    ("swapped", "其中120万，总投资500万，补多少？", "其中120万，总投资500万，补多少？"),
    ("typo", "海外仓补贴", "海外舱补贴"),
])
def test_rewrites_themselves(rewrite, before, after):
    assert REWRITES[rewrite](before) == after
