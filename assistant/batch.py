"""Batch answering: each row {"id", "turns": [...]} is one fresh conversation (DESIGN.md CLI)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from assistant.deps import Deps
from assistant.engine import answer, new_session


def read_rows(path: str | Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, row, error) per non-empty line; a bad line is reported, not fatal."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"第 {number} 行不是有效的 JSON（{exc.msg}）"
                continue
            if not isinstance(row, dict):
                yield number, None, f"第 {number} 行应为 JSON 对象"
                continue
            yield number, row, None


def turns_of(row: dict) -> list[str]:
    turns = row.get("turns")
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
