"""Issue 11: no `.py` outside prompts/ and tests/ builds a user-facing Chinese sentence — every
sentence a user, clerk or evaluator reads lives in a catalog under prompts/ and is rendered by
key. The scan reads every string constant and f-string (not docstrings) and flags Chinese
with sentence punctuation, or a run of eight or more Chinese characters that is not a list of
numerals; regular expressions (which match Chinese words, they don't say anything) are not text."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

SENTENCE = re.compile(r"[。！？；：，“”「」【】]|[\u4e00-\u9fff]{8,}")
NUMERALS = re.compile(r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]")
REGEX = re.compile(r"\(\?|\[|\\[sdwbSDW]|\|")
SKIP = ("prompts", "tests", ".venv", "scripts")


def _sources() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py")
                  if not any(part in SKIP for part in p.relative_to(ROOT).parts[:1])
                  and "tests" not in p.relative_to(ROOT).parts and ".venv" not in p.parts)


WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")


def _is_sentence(text: str) -> bool:
    """Chinese words (not numerals, not a separator or a set of punctuation to strip) with sentence
    punctuation, or a long run of them; never a regular expression."""
    plain = NUMERALS.sub("", text)
    return not REGEX.search(text) and bool(WORDS.search(plain)) and bool(SENTENCE.search(plain))


def sentences_in(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings, parts = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts.update(id(v) for v in node.values)
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if _is_sentence(literal):
                found.append((node.lineno, literal))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                and id(node) not in parts and _is_sentence(node.value)):
            found.append((node.lineno, node.value))
    return found


def test_the_scan_covers_the_code():
    names = {str(p.relative_to(ROOT)) for p in _sources()}
    assert {"app.py", "assistant/engine.py", "calculators/engine.py", "ingest/pipeline.py", "eval/run.py"} <= names


@pytest.mark.parametrize(("text", "sentence"), [
    ("按您提供的情况，不符合条件。", True),
    ("文件没有规定具体金额无法测算", True),
    ("零〇一二两三四五六七八九十百千", False),
    (r"(?:写成|改成|改为)\s*", False),
    ("海外仓", False),
    ("：", False),
    (" 。.!！?？~～", False),
])
def test_what_counts_as_a_sentence(text, sentence):
    assert _is_sentence(text) is sentence


def test_no_python_file_builds_a_chinese_sentence():
    offenders = [f"{path.relative_to(ROOT)}:{line}: {text[:40]!r}"
                 for path in _sources() for line, text in sentences_in(path)]
    assert offenders == [], "Chinese sentences belong in prompts/*.yaml:\n" + "\n".join(offenders)
