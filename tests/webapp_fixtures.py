"""Helpers for the web app tests: serve app.py in its own process on a temporary index."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import POLICIES, ROOT, free_port, wait_for_port

ADMIN_USER, ADMIN_PASSWORD = "kefu-admin", "test-only-Zq7!pass"

# A small policy of a city the corpus lacks, as a help-desk admin would upload it.
NEW_POLICY = """临汾市人民政府办公室文件

临政办发〔2025〕7号

临汾市人民政府办公室关于支持跨境电子商务发展的若干措施

各县（市、区）人民政府，市直有关部门：

为加快我市跨境电子商务发展，经市政府同意，现提出如下措施。

一、海外仓奖励。对企业在境外租赁海外仓，面积在300平方米以上的，按照租赁费用的20%给予补助，单个企业补助最高20万元。

二、独立站奖励。对企业新建跨境电商独立站且年交易额达100万元以上的，给予5万元奖励。

三、本措施自2025年1月1日起施行，有效期至2027年12月31日。

临汾市人民政府办公室
2025年1月1日
"""


@dataclass
class ServedApp:
    """An app.py process and the files it writes to."""

    process: subprocess.Popen
    port: int
    data_dir: Path
    index_dir: Path
    database_url: str
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flushing; what was committed is all that remains."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


def copy_corpus(target: Path) -> Path:
    shutil.copytree(POLICIES, target)
    return target


def build_index(data_dir: Path, index_dir: Path) -> None:
    from ingest.pipeline import run_ingest
    from ingest.settings import IndexSettings

    run_ingest(IndexSettings.from_env(data_dir=data_dir, index_dir=index_dir, lexical_only=True))


def start_app(workdir: Path, *, data_dir: Path | None = None, index_dir: Path | None = None,
              database_url: str | None = None, admin: bool = False,
              extra_env: dict[str, str] | None = None, timeout: float = 120.0) -> ServedApp:
    """`python app.py --port N` on a lexical-only index; waits until it answers HTTP."""
    workdir.mkdir(parents=True, exist_ok=True)
    data_dir = data_dir or POLICIES
    index_dir = index_dir or workdir / "index"
    database_url = database_url or f"sqlite:///{workdir / 'feedback.sqlite3'}"
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("POLICY_") and k not in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")}
    env.update({"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "NO_PROXY": "localhost,127.0.0.1",
                "no_proxy": "localhost,127.0.0.1", "PYTHONUNBUFFERED": "1", "TOKENIZERS_PARALLELISM": "false",
                "GRADIO_TEMP_DIR": str(workdir / "gradio-tmp")})
    if admin:
        env.update({"POLICY_ADMIN_USER": ADMIN_USER, "POLICY_ADMIN_PASSWORD": ADMIN_PASSWORD})
    env.update(extra_env or {})
    log_path = workdir / f"app-{port}.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--data-dir", str(data_dir),
         "--index-dir", str(index_dir), "--database-url", database_url, "--lexical-only"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    app = ServedApp(process, port, data_dir, index_dir, database_url, log_path)
    try:
        wait_for_port(port, timeout=timeout, process=process)
    except Exception:
        app.stop()
        raise RuntimeError(f"app.py did not start:\n{app.log()[-4000:]}") from None
    return app


def client(app: ServedApp):
    from gradio_client import Client

    # httpx's default 5 s read timeout is less than a cold replica on a loaded 2-core CI machine
    # may take to accept the first event (CI failed on it once); a hang still fails, at 120 s.
    return Client(app.url, analytics_enabled=False, verbose=False, httpx_kwargs={"timeout": 120})
