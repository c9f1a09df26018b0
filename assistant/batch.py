"""Batch answering: each row {"id", "turns": [...]} is one fresh conversation (DESIGN.md CLI)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import prompts
from assistant.deps import Deps
from assistant.engine import answer, new_session


def _lines(path: str | Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text or None when the line's bytes are not valid text): UTF-8 (with or
    without a BOM) line by line, or UTF-16 when the file starts with its BOM."""
    data = Path(path).read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = data.decode("utf-16", errors="replace")
        yield from enumerate(text.splitlines(), 1)
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            yield number, raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            yield number, None


def read_rows(path: str | Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, row, error) per non-empty line; a bad line is reported, not fatal."""
    for number, line in _lines(path):
        if line is None:
            yield number, None, prompts.text("cli", "batch.rows.not_utf8", number=number)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, prompts.text("cli", "batch.rows.bad_json", number=number, error=exc.msg)
            continue
        except RecursionError:
            yield number, None, prompts.text("cli", "batch.rows.too_deep", number=number)
            continue
        if not isinstance(row, dict):
            yield number, None, prompts.text("cli", "batch.rows.not_object", number=number)
            continue
        yield number, row, None


def turns_of(row: dict) -> list[str]:
    turns = row.get("turns")
    if isinstance(turns, str) and turns.strip():
        return [turns]  # "turns": "一个问题" is one turn, not none
    if isinstance(turns, list) and turns:
        return [str(t) if t is not None else "" for t in turns]
    return [str(row.get("question") or row.get("query") or "")]


def answer_row(row: dict, deps: Deps) -> tuple[dict[str, Any], float]:
    """The Answer JSON of the row's last turn, and the seconds that turn took."""
    session = new_session()
    reply, seconds = None, 0.0
    for turn in turns_of(row):
        started = time.perf_counter()
        reply = answer(turn, session, deps)
        seconds = time.perf_counter() - started
    assert reply is not None
    return reply.to_dict(), seconds


def run_rows(rows: Iterable[tuple[int, dict | None, str | None]], deps: Deps
             ) -> Iterator[tuple[str, dict[str, Any], float]]:
    """(id, Answer JSON, seconds of the last turn) for each row, in order."""
    for number, row, error in rows:
        if row is None:
            yield f"line-{number}", {"status": "invalid_input", "text": error, "citations": [],
                                     "calculation": None, "policy_status": []}, 0.0
            continue
        data, seconds = answer_row(row, deps)
        yield str(row.get("id", f"line-{number}")), data, seconds
