"""Killing the app mid-write loses no feedback it acknowledged; a restart keeps everything."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore
from tests.conftest import POLICIES
from tests.webapp_fixtures import build_index, client, start_app

pytestmark = pytest.mark.slow


def test_强行终止应用后已确认的评价一条不少(tmp_path: Path):
    build_index(POLICIES, tmp_path / "index")
    database_url = f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    app = start_app(tmp_path / "run1", index_dir=tmp_path / "index", database_url=database_url,
                    extra_env={"POLICY_STREAM_DELAY": "0"})
    acknowledged: list[int] = []
    lock = threading.Lock()
    stop = threading.Event()
    try:
        _h, _b, _c, details = client(app).predict("运城海外仓租赁800平方米满一年，租金200万元，补多少？", "",
                                                  api_name="/chat")
        session_id, turn_id = details["session_id"], details["turn_id"]

        def rate(worker: int) -> None:
            c = client(app)
            n = 0
            while not stop.is_set():
                n += 1
                try:
                    new_id = c.predict(session_id, turn_id, 1 if n % 2 else -1, f"工作线程{worker}第{n}条",
                                       api_name="/feedback")
                except Exception:
                    return  # the server is gone: whatever was not acknowledged may be lost
                with lock:
                    acknowledged.append(int(new_id))

        workers = [threading.Thread(target=rate, args=(w,)) for w in range(4)]
        for w in workers:
            w.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 60 and time.monotonic() < deadline:
            time.sleep(0.05)
        app.kill()  # SIGKILL while the workers are still writing
        stop.set()
        for w in workers:
            w.join(timeout=30)
    finally:
        stop.set()
        app.stop()

    assert len(acknowledged) >= 60
    store = FeedbackStore(database_url)
    try:
        stored = store.feedback_ids()
        assert set(acknowledged) <= stored, sorted(set(acknowledged) - stored)
    finally:
        store.close()

    again = start_app(tmp_path / "run2", index_dir=tmp_path / "index", database_url=database_url)
    try:
        newer = client(again).predict(session_id, turn_id, 1, "重启后", api_name="/feedback")
        assert newer > max(acknowledged)
    finally:
        again.stop()
    store = FeedbackStore(database_url)
    try:
        assert set(acknowledged) | {newer} <= store.feedback_ids()
    finally:
        store.close()
