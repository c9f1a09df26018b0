"""Load test: N concurrent conversations against the served app on localhost, over HTTP.

`python -m eval.load [--sessions 20] [--questions 1000] [--during-ingest] [--out FILE]`

Starts `app.py` in its own process on a private copy of the corpus and index (lexical-only,
a temporary SQLite feedback file), then runs conversations from eval/datasets/gold.jsonl
through gradio_client, one client (browser session) per worker. Every reply is checked
against the reply the engine gives in process to the same conversation, every session id
must stay the session's own, and the conversation log must hold exactly the questions each
session asked: any difference counts as a mix-up. With --during-ingest a second phase runs
the same load while the admin re-ingests the corpus again and again inside the app (a
whitespace change to one file makes each run a real new build that the app swaps to).
Loopback only; bounded by --questions and --max-seconds per phase.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import prompts
from eval.machine import describe, percentile
from ingest.settings import PROJECT_ROOT, IndexSettings

GOLD = PROJECT_ROOT / "eval" / "datasets" / "gold.jsonl"


def _say(key: str, **values: object) -> str:
    """A text from the load section of prompts/eval.yaml."""
    return prompts.text("eval", f"load.{key}", **values)


@dataclass
class Phase:
    """What one load phase measured."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mixups: list[str] = field(default_factory=list)
    seconds: float = 0.0
    ingests: int = 0
    killed: int = 0
    bombs_refused: int = 0
    max_rss_mb: float = 0.0
    sent: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def summary(self) -> dict[str, object]:
        n = len(self.latencies)
        return {"phase": self.name, "questions": n, "errors": len(self.errors), "mixups": len(self.mixups),
                "p50_ms": round(percentile(self.latencies, 50) * 1000) if n else None,
                "p95_ms": round(percentile(self.latencies, 95) * 1000) if n else None,
                "max_ms": round(max(self.latencies) * 1000) if n else None,
                "throughput_qps": round(n / self.seconds, 2) if self.seconds else None,
                "seconds": round(self.seconds, 1), "ingests_completed": self.ingests,
                "ingests_killed": self.killed, "bombs_refused": self.bombs_refused,
                "max_rss_mb": round(self.max_rss_mb),
                "first_errors": self.errors[:3], "first_mixups": self.mixups[:3]}


def conversations() -> list[dict]:
    """Gold conversations with no blank turn (blank input is answered by the UI, not the engine)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("turns") and all(str(t).strip() for t in r["turns"])]


def _fingerprint(answer: dict | None) -> str:
    """What must match between the served reply and the in-process one."""
    if not answer:
        return "<none>"
    calc = answer.get("calculation") or {}
    return json.dumps({"status": answer.get("status"), "text": answer.get("text"),
                       "citations": answer.get("citations"), "amount": calc.get("amount_yuan"),
                       "eligible": calc.get("eligible")}, ensure_ascii=False, sort_keys=True)


def expected_replies(rows: list[dict], settings: IndexSettings) -> dict[str, list[str]]:
    """The engine's replies in process, turn by turn, for each conversation."""
    from assistant.engine import answer, build_deps, new_session

    deps = build_deps(settings)
    expected = {}
    for row in rows:
        session = new_session()
        expected[row["id"]] = [_fingerprint(json.loads(json.dumps(answer(t, session, deps).to_dict(),
                                                                  default=str))) for t in row["turns"]]
    return expected


class ServedApp:
    """app.py in its own process on a private corpus copy, index and feedback database."""

    def __init__(self, workdir: Path, admin: tuple[str, str]):
        self.workdir = workdir
        self.data_dir = workdir / "policies"
        self.index_dir = workdir / "index"
        self.database_url = f"sqlite:///{workdir / 'feedback.sqlite3'}"
        shutil.copytree(PROJECT_ROOT / "data" / "policies", self.data_dir)
        self.settings = IndexSettings.from_env(data_dir=self.data_dir, index_dir=self.index_dir, lexical_only=True)
        from ingest.pipeline import run_ingest

        run_ingest(self.settings)
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_LLM")}
        env.update({"POLICY_ADMIN_USER": admin[0], "POLICY_ADMIN_PASSWORD": admin[1], "HF_HUB_OFFLINE": "1",
                    "POLICY_UPLOADS_PER_WINDOW": "10000",  # the soak's own bomb uploads are not the attack
                    "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "localhost,127.0.0.1",
                    "no_proxy": "localhost,127.0.0.1", "GRADIO_TEMP_DIR": str(workdir / "gradio")})
        self.log = (workdir / "app.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "app.py"), "--port", str(self.port), "--data-dir",
             str(self.data_dir), "--index-dir", str(self.index_dir), "--database-url", self.database_url,
             "--lexical-only"], cwd=PROJECT_ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}/"
        self._wait()

    def _wait(self, timeout: float = 120) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(_say("app_failed", log=self.workdir / "app.log"))
            try:
                if httpx.get(self.url + "config", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise SystemExit(_say("app_timeout"))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def _client(url: str):
    from gradio_client import Client

    return Client(url, analytics_enabled=False, verbose=False)


class LeanSession:
    """One browser-like session speaking Gradio's queue protocol (join + SSE) over keep-alive HTTP.

    gradio_client polls its message queue every 50 ms and post-processes every streamed
    update; with 20 of them on a 2-core machine the load generator used three times the
    CPU of the app it measured. This client does only what a browser must: join the
    queue, read the event stream, take the final output.
    """

    def __init__(self, url: str, endpoints: dict[str, tuple[int, list[str]]]):
        import httpx

        self.http = httpx.Client(base_url=url.rstrip("/") + "/gradio_api/", timeout=120, trust_env=False)
        self.endpoints = endpoints
        self.session_hash = secrets.token_hex(8)

    @staticmethod
    def endpoints(url: str) -> dict[str, tuple[int, list[str]]]:
        """api_name -> (fn_index, input component types) from the app's /config."""
        import httpx

        config = httpx.get(url + "config", timeout=30, trust_env=False).json()
        kinds = {c["id"]: c["type"] for c in config["components"]}
        return {d["api_name"]: (i, [kinds[x] for x in d["inputs"]])
                for i, d in enumerate(config["dependencies"]) if d.get("api_name")}

    def call(self, api_name: str, *args: object) -> list:
        fn_index, kinds = self.endpoints[api_name]
        given = iter(args)
        data = [None if kind == "state" else next(given) for kind in kinds]  # state stays server-side
        joined = self.http.post("queue/join", json={"data": data, "fn_index": fn_index, "event_data": None,
                                                    "trigger_id": None, "session_hash": self.session_hash})
        joined.raise_for_status()
        event_id = joined.json()["event_id"]
        with self.http.stream("GET", "queue/data", params={"session_hash": self.session_hash}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") != event_id or message.get("msg") != "process_completed":
                    continue
                if not message.get("success"):
                    raise RuntimeError(str(message.get("output", {}).get("error") or message))
                return message["output"]["data"]
        raise RuntimeError(f"{api_name}: event stream ended without a result")

    def close(self) -> None:
        self.http.close()


class RestSession:
    """One API client of `/api/v1/ask` (issue 15), with the same calls as LeanSession: a new
    conversation forgets the session id, a chat turn sends it and returns the Answer JSON."""

    def __init__(self, url: str, endpoints: object = None):
        import httpx

        self.http = httpx.Client(base_url=url.rstrip("/"), timeout=120, trust_env=False)
        self.session_id: str | None = None

    def call(self, api_name: str, *args: object) -> list:
        if api_name == "new_conversation":
            self.session_id = None
            return []
        response = self.http.post("/api/v1/ask", json={"message": args[0], "session_id": self.session_id})
        response.raise_for_status()
        body = response.json()
        self.session_id = body.pop("session_id")
        return [None, None, None, {"answer": body, "session_id": self.session_id}]

    def close(self) -> None:
        self.http.close()


def run_phase(name: str, url: str, rows: list[dict], expected: dict[str, list[str]], sessions: int,
              questions: int, max_seconds: float, rest: bool = False) -> Phase:
    """`sessions` workers, each its own client, run conversations until `questions` are asked
    (through the web page's queue, or with `rest` through the REST API)."""
    phase = Phase(name)
    lock = threading.Lock()
    budget = {"left": questions}
    deadline = time.monotonic() + max_seconds

    def take() -> bool:
        with lock:
            if budget["left"] <= 0 or time.monotonic() > deadline:
                return False
            budget["left"] -= 1
            return True

    endpoints = None if rest else LeanSession.endpoints(url)

    def worker(index: int) -> None:
        client = RestSession(url) if rest else LeanSession(url, endpoints)
        try:
            converse(index, client)
        finally:
            client.close()

    def converse(index: int, client: LeanSession | RestSession) -> None:
        position = index * 7  # workers start on different conversations
        while True:
            row = rows[position % len(rows)]
            position += 1
            try:
                client.call("new_conversation")
            except Exception as exc:
                with lock:
                    phase.errors.append(f"worker {index}: new_conversation: {exc!r}")
                return
            session_id = None
            for turn, question in enumerate(row["turns"]):
                if not take():
                    return
                started = time.perf_counter()
                try:
                    details = client.call("chat", question, "")[3]
                except Exception as exc:
                    with lock:
                        phase.errors.append(f"{row['id']}#{turn}: {exc!r}")
                    continue
                elapsed = time.perf_counter() - started
                got = _fingerprint(details.get("answer"))
                problems = []
                if got != expected[row["id"]][turn]:
                    problems.append(f"{row['id']}#{turn}: reply differs from the in-process engine")
                if session_id is not None and details.get("session_id") != session_id:
                    problems.append(f"{row['id']}#{turn}: session id changed mid-conversation")
                session_id = details.get("session_id")
                with lock:
                    phase.latencies.append(elapsed)
                    phase.mixups.extend(problems)
                    phase.sent[str(session_id)].append(question)

    threads = [threading.Thread(target=worker, args=(i,), name=f"load-{i}") for i in range(sessions)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phase.seconds = time.monotonic() - started
    return phase


def check_log(phase: Phase, database_url: str) -> None:
    """Each session's logged questions must be exactly the ones that session sent, in order."""
    from sqlalchemy import select

    from assistant.feedback import FeedbackStore, turns

    store = FeedbackStore(database_url)
    try:
        with store.engine.connect() as conn:
            logged: dict[str, list[str]] = defaultdict(list)
            for session_id, question in conn.execute(select(turns.c.session_id, turns.c.question)
                                                     .where(turns.c.session_id.in_(list(phase.sent)))
                                                     .order_by(turns.c.id)):
                logged[session_id].append(question)
    finally:
        store.close()
    for session_id, sent in phase.sent.items():
        if logged.get(session_id) != sent:
            phase.mixups.append(f"conversation log of session {session_id[:8]} differs from what it sent")


def keep_ingesting(app: ServedApp, admin: tuple[str, str], stop: threading.Event, phase: Phase) -> None:
    """Re-ingest inside the app until stopped; each run is a real new build (one file's whitespace)."""
    client = _client(app.url)
    client.predict(admin[0], admin[1], api_name="/admin_login")
    target = sorted(app.data_dir.glob("*.txt"))[0]
    original = target.read_bytes()
    flip = False
    try:
        while not stop.is_set():
            flip = not flip
            target.write_bytes(original + (b"\n" if flip else b""))
            _progress, summary, _rows, _counts = client.predict(api_name="/admin_reindex")
            if "导入完成" not in summary or "内容未变化" in summary:
                phase.errors.append(f"ingest: {summary or _progress}")
                continue
            phase.ingests += 1
    finally:
        target.write_bytes(original)


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc), 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def watch_memory(app: ServedApp, stop: threading.Event, phase: Phase) -> None:
    while not stop.is_set():
        phase.max_rss_mb = max(phase.max_rss_mb, rss_mb(app.process.pid))
        stop.wait(0.25)


def zip_bomb(path: Path, unpacked_mb: int = 1024) -> Path:
    """A .docx-named zip of `unpacked_mb` MB of zeros (about 1 MB on disk)."""
    import zipfile

    with (zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
          archive.open("word/document.xml", "w", force_zip64=True) as entry):
        for _ in range(unpacked_mb):
            entry.write(b"\0" * (1024 * 1024))
    return path


def keep_disturbing(app: ServedApp, admin: tuple[str, str], stop: threading.Event, phase: Phase,
                    seed: int = 7) -> None:
    """The soak's bad luck, until stopped: forced ingests in their own processes on the app's corpus
    and index, every third one SIGKILLed at a random moment, and a zip bomb uploaded through the
    管理 tab every few rounds (it must be refused and not kept)."""
    import random

    rng = random.Random(seed)
    client = _client(app.url)
    client.predict(admin[0], admin[1], api_name="/admin_login")
    bomb = zip_bomb(app.workdir / "bomb.docx")
    command = [sys.executable, "-m", "ingest", "--force", "--lexical-only", "--quiet",
               "--data-dir", str(app.data_dir), "--index-dir", str(app.index_dir)]
    round_number = 0
    while not stop.is_set():
        round_number += 1
        try:
            _disturb(app, client, bomb, command, rng, round_number, stop, phase)
        except Exception as exc:  # a failure of the soak's own doing is reported, not a silent thread death
            phase.errors.append(f"{type(exc).__name__}: {exc}")


def _disturb(app: ServedApp, client, bomb: Path, command: list[str], rng, round_number: int,
             stop: threading.Event, phase: Phase) -> None:
    """One round of bad luck: a zip bomb upload every sixth round, else a forced ingest in its own
    process, every third one SIGKILLed at a random moment."""
    from gradio_client import handle_file

    if round_number % 6 == 0:
        _progress, summary, rows, _counts = client.predict(handle_file(str(bomb)), api_name="/admin_ingest")
        refused = any(r and r[0] == "bomb.docx" and r[2] != "导入" for r in (rows or {}).get("data", []))
        if refused and not (app.data_dir / "bomb.docx").exists():
            phase.bombs_refused += 1
        else:
            phase.errors.append(f"zip bomb: {summary or _progress}")
        return
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if round_number % 3 == 0:
        stop.wait(rng.uniform(0.05, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        phase.killed += 1
        return
    _out, err = process.communicate()
    if process.returncode == 0:
        phase.ingests += 1
    else:
        phase.errors.append(f"ingest exit {process.returncode}: {err.decode(errors='replace')[-300:]}")


def report(phases: list[Phase], sessions: int, machine: str) -> str:
    lines = [_say("table", sessions=sessions, machine=machine)]
    for p in phases:
        s = p.summary()
        lines.append(f"| {p.name} | {s['questions']} | {s['errors']} | {s['mixups']} | {s['p50_ms']} | "
                     f"{s['p95_ms']} | {s['max_ms']} | {s['throughput_qps']} | {s['ingests_completed']} | "
                     f"{s['ingests_killed']} | {s['bombs_refused']} | {s['max_rss_mb']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.load", description=_say("cli.description"))
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, default=1000, help=_say("cli.questions"))
    parser.add_argument("--during-ingest", action="store_true", help=_say("cli.during_ingest"))
    parser.add_argument("--soak", action="store_true", help=_say("cli.soak"))
    parser.add_argument("--rest", action="store_true", help=_say("cli.rest"))
    parser.add_argument("--max-rss-mb", type=float, default=1024, help=_say("cli.max_rss_mb"))
    parser.add_argument("--max-seconds", type=float, default=900, help=_say("cli.max_seconds"))
    parser.add_argument("--out", help=_say("cli.out"))
    parser.add_argument("--json", action="store_true", help=_say("cli.json"))
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1")
    admin = ("load-admin", secrets.token_urlsafe(16))
    workdir = Path(tempfile.mkdtemp(prefix="policy-load-"))
    rows = conversations()
    app = ServedApp(workdir, admin)
    phases: list[Phase] = []
    try:
        if urlparse(app.url).hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit(_say("loopback_only"))
        expected = expected_replies(rows, app.settings)
        phase = run_phase(_say("phases.normal"), app.url, rows, expected, args.sessions, args.questions,
                          args.max_seconds)
        check_log(phase, app.database_url)
        phases.append(phase)
        if args.rest:  # the same conversations through /api/v1/ask, beside the web page's figures
            phases.append(run_phase(_say("phases.rest"), app.url, rows, expected, args.sessions, args.questions,
                                    args.max_seconds, rest=True))
        if args.during_ingest:
            phase = Phase(_say("phases.ingesting"))
            stop = threading.Event()
            ingester = threading.Thread(target=keep_ingesting, args=(app, admin, stop, phase))
            ingester.start()
            loaded = run_phase(_say("phases.ingesting"), app.url, rows, expected, args.sessions, args.questions,
                               args.max_seconds)
            stop.set()
            ingester.join(timeout=120)
            loaded.ingests, loaded.errors = phase.ingests, loaded.errors + phase.errors
            check_log(loaded, app.database_url)
            phases.append(loaded)
        if args.soak:
            phase = Phase(_say("phases.soak"))
            stop = threading.Event()
            helpers = [threading.Thread(target=keep_disturbing, args=(app, admin, stop, phase)),
                       threading.Thread(target=watch_memory, args=(app, stop, phase))]
            for helper in helpers:
                helper.start()
            started = time.monotonic()
            soaked = run_phase(_say("phases.soak"), app.url, rows, expected, args.sessions, args.questions,
                               args.max_seconds)
            # keep asking until the bad luck has happened at least once of each kind (bounded)
            while (min(phase.ingests, phase.killed, phase.bombs_refused) < 1 and not phase.errors
                   and time.monotonic() - started < args.max_seconds):
                more = run_phase(_say("phases.soak"), app.url, rows, expected, args.sessions, 4 * args.sessions,
                                 args.max_seconds)
                soaked.latencies += more.latencies
                soaked.errors += more.errors
                soaked.mixups += more.mixups
                soaked.seconds += more.seconds
            stop.set()
            for helper in helpers:
                helper.join(timeout=180)
            soaked.ingests, soaked.killed, soaked.bombs_refused = phase.ingests, phase.killed, phase.bombs_refused
            soaked.max_rss_mb, soaked.errors = phase.max_rss_mb, soaked.errors + phase.errors
            check_log(soaked, app.database_url)
            phases.append(soaked)
            if soaked.max_rss_mb > args.max_rss_mb:
                soaked.errors.append(f"app RSS {soaked.max_rss_mb:.0f} MB > {args.max_rss_mb:.0f} MB")
    finally:
        app.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    machine = describe()
    text = report(phases, args.sessions, machine)
    if args.json:
        print(json.dumps({"machine": machine, "sessions": args.sessions,
                          "phases": [p.summary() for p in phases]}, ensure_ascii=False, indent=1))
    else:
        print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    ok = all(not p.errors and not p.mixups and len(p.latencies) >= args.questions for p in phases)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
