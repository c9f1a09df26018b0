"""Policy files over time: replaced and deleted versions kept aside, restorable, every change audited.

Beside the corpus, in `<data_dir>/.lifecycle/` (a hidden folder ingest never reads, so it
travels with POLICY_DATA_DIR to every replica):
    versions/<version id>/   the file as it was (its sidecar too) and version.json
    audit.jsonl              one line per change: who, when (北京时间), what — appended, never rewritten
Nothing here parses policies or rebuilds the index: callers (assistant.admin) ingest afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")
LIFECYCLE_DIR = ".lifecycle"
_write_lock = threading.Lock()


def lifecycle_root(data_dir: Path) -> Path:
    """`<data_dir>/.lifecycle` (POLICY_LIFECYCLE_DIR overrides): versions, audit log, published rules."""
    override = os.environ.get("POLICY_LIFECYCLE_DIR")
    return Path(override) if override else Path(data_dir) / LIFECYCLE_DIR


def beijing_now() -> str:
    return datetime.now(BEIJING).isoformat(timespec="seconds")


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yaml")


@dataclass
class Version:
    """A policy file taken out of the corpus (replaced or deleted), as version.json records it."""

    id: str
    name: str
    reason: str          # replaced | deleted
    at: str              # 北京时间, ISO 8601 with +08:00
    user: str
    doc_number: str = ""
    city: str = ""
    replaced_by: str = ""


@dataclass
class AuditEntry:
    """One change: who, when (北京时间), what (action, file, document number), and a detail."""

    at: str
    user: str
    action: str          # upload | replace | delete | restore | publish
    target: str
    doc_number: str = ""
    detail: str = ""


class PolicyVersions:
    """The versions area and the audit log of one policy folder."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = lifecycle_root(self.data_dir)

    @property
    def versions_dir(self) -> Path:
        return self.root / "versions"

    @property
    def audit_path(self) -> Path:
        return self.root / "audit.jsonl"

    # -- versions -------------------------------------------------------------------------
    def archive(self, name: str, reason: str, user: str, doc_number: str = "", city: str = "",
                replaced_by: str = "") -> Version:
        """Move `name` (and its sidecar) out of the corpus into a new version; the file must exist."""
        source = self.data_dir / name
        if not source.is_file():
            raise FileNotFoundError(name)
        stamp = datetime.now(BEIJING).strftime("%Y%m%d-%H%M%S")
        version = Version(f"{stamp}-{Path(name).stem}-{uuid.uuid4().hex[:4]}", name, reason, beijing_now(),
                          user, doc_number, city, replaced_by)
        folder = self.versions_dir / version.id
        folder.mkdir(parents=True)
        for path in (source, sidecar_of(source)):
            if path.exists():
                shutil.move(str(path), folder / path.name)
        (folder / "version.json").write_text(json.dumps(asdict(version), ensure_ascii=False, indent=1),
                                             encoding="utf-8")
        return version

    def versions(self) -> list[Version]:
        """Kept versions, newest first."""
        if not self.versions_dir.is_dir():
            return []
        found = []
        for meta in self.versions_dir.glob("*/version.json"):
            try:
                found.append(Version(**json.loads(meta.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                continue
        return sorted(found, key=lambda v: (v.at, v.id), reverse=True)

    def version(self, version_id: str) -> Version | None:
        return next((v for v in self.versions() if v.id == version_id), None)

    def restore(self, version_id: str) -> Version:
        """Put a kept version back in the corpus under its own name; the caller archives whatever
        holds that name (or its document number) first. The version leaves the versions area."""
        version = self.version(version_id)
        if version is None:
            raise KeyError(version_id)
        folder = self.versions_dir / version.id
        for path in folder.iterdir():
            if path.name != "version.json":
                temp = self.data_dir / f".restore-{uuid.uuid4().hex[:6]}-{path.name}"
                shutil.copy2(path, temp)
                os.replace(temp, self.data_dir / path.name)  # an ingest never reads half a file
        shutil.rmtree(folder)
        return version

    # -- audit ----------------------------------------------------------------------------
    def record(self, user: str, action: str, target: str, doc_number: str = "", detail: str = "") -> AuditEntry:
        """Append one entry to the audit log (one JSON line, flushed and fsynced)."""
        entry = AuditEntry(beijing_now(), user or "-", action, target, doc_number, detail)
        self.root.mkdir(parents=True, exist_ok=True)
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with _write_lock, self.audit_path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        return entry

    def audit(self, limit: int | None = None) -> list[AuditEntry]:
        """The audit log, newest first."""
        if not self.audit_path.exists():
            return []
        entries = []
        for line in self.audit_path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(AuditEntry(**json.loads(line)))
            except (ValueError, TypeError):
                continue  # a torn last line of a crashed writer is skipped, not fatal
        entries.reverse()
        return entries[:limit] if limit else entries
