"""Rebuilds never unpublish (issue 12, finding 3): a forced or same-content rebuild writes a
build of its own beside the published one, CURRENT switches only to a complete, fsynced build,
a CURRENT that names nothing (an ingest killed between its steps) is repaired to the newest
complete build, and the temporaries of dead ingests are cleared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

from ingest.pipeline import run_ingest
from ingest.store import current_build_id, load_snapshot, repair_current
from tests.conftest import ROOT


def test_forced_rebuilds_never_fail_a_reader(settings):
    run_ingest(settings)
    failures: list[BaseException] = []
    reads = 0
    stop = threading.Event()

    def reader() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                snapshot = load_snapshot(settings)
                assert snapshot.policies and snapshot.chunks
                reads += 1
            except BaseException as exc:  # every failure counts
                failures.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        published = {run_ingest(settings, force=True).build_id for _ in range(6)}
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert failures == [] and reads > 0
    assert len(published) == 6  # the same content, six builds of their own
    assert current_build_id(settings.index_dir) in published
    assert len([p for p in (settings.index_dir / "builds").iterdir() if not p.name.startswith(".")]) <= 3


def test_unchanged_content_is_still_a_no_op_after_a_forced_build(settings):
    run_ingest(settings)
    forced = run_ingest(settings, force=True)
    again = run_ingest(settings)
    assert forced.changed and not again.changed and again.build_id == forced.build_id


def test_current_naming_nothing_is_repaired(settings):
    first = run_ingest(settings)
    (settings.index_dir / "CURRENT").write_text("does-not-exist", encoding="utf-8")
    snapshot = load_snapshot(settings)  # a reader repairs it rather than failing
    assert snapshot.build_id == first.build_id == current_build_id(settings.index_dir)
    forced = run_ingest(settings, force=True)
    shutil.rmtree(settings.index_dir / "builds" / forced.build_id)  # gone, though CURRENT names it
    assert repair_current(settings.index_dir) == first.build_id == current_build_id(settings.index_dir)


def test_dead_ingest_temporaries_are_cleared(settings):
    run_ingest(settings)
    builds = settings.index_dir / "builds"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()  # a pid that has exited
    stale = builds / f".tmp-abc123-{dead}"
    stale.mkdir()
    (stale / "chunks.jsonl").write_text("{}", encoding="utf-8")
    live = builds / f".tmp-def456-{os.getpid()}"
    live.mkdir()
    repair_current(settings.index_dir)
    assert not stale.exists() and live.exists()
    live.rmdir()


def test_app_starts_when_current_names_a_missing_build(settings):
    first = run_ingest(settings)
    (settings.index_dir / "CURRENT").write_text("killed-mid-way", encoding="utf-8")
    env = {**os.environ, "POLICY_INDEX_DIR": str(settings.index_dir), "POLICY_DATA_DIR": str(settings.data_dir),
           "POLICY_LEXICAL_ONLY": "1"}
    code = ("from assistant.deps import build_deps\n"
            "d = build_deps()\n"
            "print(d.retriever.snapshot.build_id)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == first.build_id


def test_same_name_with_another_extension_is_refused_clearly(settings, corpus):
    """Issue 12, finding 6: X.md beside X.txt would share the policy id X."""
    (corpus / "luan_2019.md").write_text((corpus / "luan_2019.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = run_ingest(settings)
    report = {f.name: f for f in summary.files}
    assert report["luan_2019.md"].status == "导入"
    assert report["luan_2019.txt"].status != "导入" and "luan_2019.md" in report["luan_2019.txt"].message
    snapshot = load_snapshot(settings)
    ids = [c.id for c in snapshot.chunks]
    assert len(ids) == len(set(ids)) and len(snapshot.policies) == 5
