"""The feedback store and two app replicas against a real PostgreSQL server (Debian's binaries).

The server is started for this module with initdb/pg_ctl on a temporary folder and a free
port, and stopped at the end. PostgreSQL refuses to run as root, so as root it runs as the
`postgres` user (made by the Debian package) or `nobody`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore
from tests.conftest import POLICIES, free_port, needs, wait_for_port
from tests.webapp_fixtures import build_index, client, start_app

pytestmark = pytest.mark.slow


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _run_as() -> str | None:
    """The user to run the server as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    needs("以 root 运行且没有 postgres/nobody 用户，无法启动 PostgreSQL")


def _cmd(user: str | None, *args: str) -> list[str]:
    return ["runuser", "-u", user, "--", *args] if user else list(args)


@pytest.fixture(scope="module")
def postgres_url():
    bin_dir = _bin_dir()
    if bin_dir is None:
        needs("未安装 PostgreSQL（/usr/lib/postgresql/*/bin/initdb）："
                    "scripts/system_deps.sh 以 root 运行时会安装")
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="policy-pg-"))
    data, port = root / "data", free_port()
    if user:
        shutil.chown(root, user=user)
    try:
        subprocess.run(_cmd(user, str(bin_dir / "initdb"), "-D", str(data), "-U", "policy", "-A", "trust",
                            "-E", "UTF8", "--locale=C"), check=True, capture_output=True)
        options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=on"
        subprocess.run(_cmd(user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"),
                            "-o", options, "-w", "start"), check=True, capture_output=True, timeout=60)
        wait_for_port(port, timeout=30)
        yield f"postgresql+psycopg://policy@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_cmd(user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"),
                       capture_output=True, check=False, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def test_PostgreSQL上读写与导出(postgres_url):
    store = FeedbackStore(postgres_url)
    try:
        assert store.backend == "postgresql"
        turn = store.log_turn("pg-session", 1, "运城海外仓补多少？", "可获50万元", status="answered", city="运城")
        up = store.add_feedback("pg-session", 1, "运城海外仓补多少？", "可获50万元", turn_id=turn)
        assert store.turn(turn).city == "运城" and up in store.feedback_ids()
        assert "可获50万元" in store.export_csv("feedback")
    finally:
        store.close()


def test_两个副本并发写入同一数据库(postgres_url):
    replicas = [FeedbackStore(postgres_url), FeedbackStore(postgres_url)]  # create_all twice: no clash
    ids: list[int] = []
    lock = threading.Lock()

    def write(store: FeedbackStore, worker: int) -> None:
        for i in range(30):
            new = store.add_feedback(f"replica-{worker}", -1 if i % 3 else 1, f"问题{i}", "回答")
            with lock:
                ids.append(new)

    threads = [threading.Thread(target=write, args=(replicas[w % 2], w)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert len(set(ids)) == 180
        assert set(ids) <= replicas[0].feedback_ids()
    finally:
        for store in replicas:
            store.close()


def test_两个应用副本共用PostgreSQL(postgres_url, tmp_path: Path):
    build_index(POLICIES, tmp_path / "index")
    apps = [start_app(tmp_path / f"replica{n}", index_dir=tmp_path / "index", database_url=postgres_url,
                      extra_env={"POLICY_STREAM_DELAY": "0"}) for n in (1, 2)]
    try:
        sessions = []
        for app in apps:
            _h, _b, _c, details = client(app).predict("运城海外仓租赁800平方米满一年，租金200万元，补多少？", "",
                                                      api_name="/chat")
            sessions.append(details)
        # Feedback for a turn logged by replica 1 arrives at replica 2: one shared store.
        feedback_id = client(apps[1]).predict(sessions[0]["session_id"], sessions[0]["turn_id"], 1, "",
                                              api_name="/feedback")
    finally:
        for app in apps:
            app.stop()
    store = FeedbackStore(postgres_url)
    try:
        assert {store.turn(s["turn_id"]).session_id for s in sessions} == {s["session_id"] for s in sessions}
        assert feedback_id in store.feedback_ids()
    finally:
        store.close()
