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


def test_浸泡_强制导入_SIGKILL_压缩炸弹期间无错误_内存有界(capsys):
    """Issue 12's soak, small: forced ingests in their own processes (some SIGKILLed) and a zip
    bomb uploaded through the 管理 tab while sessions ask — no error, no mix-up, RSS bounded."""
    from eval.load import main

    code = main(["--sessions", "3", "--questions", "30", "--soak", "--max-seconds", "240", "--max-rss-mb", "1024",
                 "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    import json

    soak = json.loads(out)["phases"][-1]
    assert soak["errors"] == 0 and soak["mixups"] == 0
    assert soak["ingests_completed"] >= 1 and soak["ingests_killed"] >= 1 and soak["bombs_refused"] >= 1
    assert 0 < soak["max_rss_mb"] < 1024


def test_负载脚本可经REST接口提问_与网页并列(capsys):
    """Issue 15: eval.load drives the REST API and reports its figures beside the web page's."""
    from eval.load import main

    code = main(["--sessions", "3", "--questions", "24", "--rest", "--max-seconds", "120"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "| 常规 | 24 | 0 | 0 |" in out and "| REST API（/api/v1/ask） | 24 | 0 | 0 |" in out
