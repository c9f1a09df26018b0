"""The load script end to end, small: concurrent sessions, then the same while ingests run."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_负载脚本_并发会话无错误无串话_导入期间亦然(capsys):
    from eval.load import main

    code = main(["--sessions", "4", "--questions", "40", "--during-ingest", "--max-seconds", "180"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "| 常规 | 40 | 0 | 0 |" in out and "| 导入进行中 | 40 | 0 | 0 |" in out
