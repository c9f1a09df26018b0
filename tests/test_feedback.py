"""The feedback store on SQLite: writes, reads, durability across reopen, CSV export."""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.feedback import FeedbackError, FeedbackStore, _sqlite_dir


@pytest.fixture
def store(tmp_path: Path):
    s = FeedbackStore(f"sqlite:///{tmp_path / 'fb.sqlite3'}")
    yield s
    s.close()


def test_记录对话和评价后可读回并计数(store):
    turn = store.log_turn("s1", 1, "运城海外仓补多少？", "可获50万元", status="answered", city="运城",
                          answer={"status": "answered"}, latency_ms=12)
    up = store.add_feedback("s1", 1, "运城海外仓补多少？", "可获50万元", turn_id=turn)
    down = store.add_feedback("s1", -1, "问题", "回答")
    store.add_feedback("s1", 0, "问题", "回答")
    assert store.turn(turn).city == "运城"
    assert store.turn(999) is None
    assert store.feedback_ids() >= {up, down}
    assert store.counts() == {"turns": 1, "up": 1, "down": 1}
    assert store.backend == "sqlite"


def test_无效评价值被拒绝(store):
    with pytest.raises(FeedbackError):
        store.add_feedback("s1", 5, "q", "r")


def test_关闭后重新打开数据仍在(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'fb.sqlite3'}"
    first = FeedbackStore(url)
    ids = {first.add_feedback("s", 1, f"问题{i}", "回答") for i in range(5)}
    first.close()
    again = FeedbackStore(url)
    assert again.feedback_ids() == ids
    again.close()


def test_导出CSV带中文表头并中和公式(store, tmp_path: Path):
    turn = store.log_turn("s1", 1, "=HYPERLINK(\"x\")", "回答，含逗号\n和换行")
    store.add_feedback("s1", -1, "=HYPERLINK(\"x\")", "回答，含逗号\n和换行", turn_id=turn, comment="+1")
    rows = list(csv.reader(io.StringIO(store.export_csv("feedback"))))
    assert rows[0][:4] == ["编号", "时间（北京时间）", "会话", "评价"]
    assert rows[1][3] == "踩"
    assert rows[1][7].startswith("'=")
    assert rows[1][8] == "回答，含逗号\n和换行"
    assert rows[1][9] == "'+1"
    turns = list(csv.reader(io.StringIO(store.export_csv("turns"))))
    assert turns[0][3] == "轮次" and len(turns) == 2
    path = store.write_csv(tmp_path / "out.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheet programs read UTF-8
    with pytest.raises(FeedbackError):
        store.export_csv("other")


def test_多线程并发写入互不丢失(store):
    ids: list[int] = []
    lock = threading.Lock()

    def write(worker: int) -> None:
        for i in range(25):
            new = store.add_feedback(f"s{worker}", 1 if i % 2 else -1, f"问题{i}", "回答")
            with lock:
                ids.append(new)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 200
    assert store.feedback_ids() == set(ids)


def test_新建var目录时写入gitignore(tmp_path: Path):
    _sqlite_dir(f"sqlite:///{tmp_path / 'var' / 'feedback.sqlite3'}")
    assert (tmp_path / "var" / ".gitignore").read_text() == "*\n"
    _sqlite_dir(f"sqlite:///{tmp_path / 'other' / 'x.sqlite3'}")
    assert not (tmp_path / "other" / ".gitignore").exists()


def test_SQLite为WAL与完全同步模式(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


ANSWER = {"status": "answered", "calculation": {"measure": "yuncheng.overseas_warehouse", "clause": "第五条（三）",
                                               "measure_name": "跨境电商海外仓奖励", "amount_yuan": "500000.00"}}


def test_导出时间为北京时间_反馈带城市项目金额和踩的原因(store, monkeypatch):
    import assistant.feedback as module

    moment = datetime(2026, 11, 29, 22, 30, 5, tzinfo=UTC)  # 06:30:05 the next morning in Beijing
    monkeypatch.setattr(module, "_now", lambda: moment)
    turn = store.log_turn("s1", 1, "运城海外仓补多少？", "可获50万元", status="answered", city="运城", answer=ANSWER)
    down = store.add_feedback("s1", -1, "运城海外仓补多少？", "可获50万元", turn_id=turn)
    store.set_comment(down, "金额没说明是上限")
    store.add_feedback("s2", 1, "问题", "回答")  # no logged turn: city, measure and amount stay empty
    assert store.comment(down) == "金额没说明是上限"
    rows = list(csv.DictReader(io.StringIO(store.export_csv("feedback"))))
    assert rows[0]["时间（北京时间）"] == "2026-11-30 06:30:05"
    first = (rows[0]["城市"], rows[0]["测算项目"], rows[0]["测算金额（元）"])
    assert first == ("运城", "第五条（三） 跨境电商海外仓奖励", "500000.00")
    assert rows[0]["备注（踩的原因）"] == "金额没说明是上限" and rows[0]["评价"] == "踩"
    assert (rows[1]["城市"], rows[1]["测算项目"], rows[1]["测算金额（元）"]) == ("", "", "")
    turns = list(csv.DictReader(io.StringIO(store.export_csv("turns"))))
    assert turns[0]["时间（北京时间）"] == "2026-11-30 06:30:05" and turns[0]["测算金额（元）"] == "500000.00"
    assert all("UTC" not in h for h in [*rows[0], *turns[0]])
