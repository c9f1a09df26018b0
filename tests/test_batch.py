"""Batch never loses work: the input is read first, the output written whole, bad lines
reported by number while the rest are answered; UTF-8 with BOM and UTF-16 are read."""

from __future__ import annotations

import json

import pytest

from assistant.batch import read_rows, turns_of
from assistant.cli import main


@pytest.fixture
def index_env(lexical_index, monkeypatch):
    monkeypatch.setenv("POLICY_INDEX_DIR", str(lexical_index.index_dir))
    monkeypatch.setenv("POLICY_LEXICAL_ONLY", "1")
    monkeypatch.setenv("POLICY_AS_OF", "2025-06-30")


def test_a_missing_input_leaves_the_old_output_alone(tmp_path, index_env):
    out = tmp_path / "A.jsonl"
    out.write_text("an earlier result\n", encoding="utf-8")
    assert main(["batch", "--in", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "an earlier result\n"


def test_bad_lines_are_reported_by_number_and_the_rest_answered(tmp_path, index_env, capsys):
    source = tmp_path / "Q.jsonl"
    nested = "[" * 100_000 + "]" * 100_000
    source.write_bytes('{"id": "a", "turns": ["运城海外仓补助"]}\n'.encode()
                       + b"\xff\xfe not text\n" + nested.encode() + b"\n"
                       + '{"id": "d", "turns": "运城有哪些跨境电商扶持政策"}\n'.encode())
    out = tmp_path / "A.jsonl"
    assert main(["batch", "--in", str(source), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "line-2", "line-3", "d"]
    assert "第 2 行不是有效的 UTF-8" in rows[1]["text"] and "第 3 行" in rows[2]["text"]
    assert rows[3]["status"] == "answered"
    assert "第 2 行" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_and_utf16_files_are_read(tmp_path, encoding):
    source = tmp_path / "Q.jsonl"
    source.write_text('{"id": "a", "turns": ["运城海外仓补助"]}\n', encoding=encoding)
    rows = list(read_rows(source))
    assert rows == [(1, {"id": "a", "turns": ["运城海外仓补助"]}, None)]


def test_turns_given_as_one_string_is_one_turn():
    assert turns_of({"turns": "运城海外仓补助"}) == ["运城海外仓补助"]
    assert turns_of({"turns": []}) == [""]
