"""The admin tab's side: login from the environment, safe uploads, ingest with progress, exports.

Credentials come only from POLICY_ADMIN_USER / POLICY_ADMIN_PASSWORD; when they are unset
(or the password is shorter than ADMIN_MIN_PASSWORD) admin is disabled, so no default
account ever works. The login lives in a per-browser `AdminSession` kept server-side
(gr.State), and every admin action checks it.
"""

from __future__ import annotations

import hmac
import os
import queue
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.services import Services, render, ui
from ingest.errors import IngestError
from ingest.pipeline import IngestSummary, run_ingest
from ingest.readers import SUPPORTED_SUFFIXES

ADMIN_MIN_PASSWORD = 8
_LOCK_AFTER, _LOCK_SECONDS = 5, 60
_UNSAFE = re.compile(r"[^\w.\-]+")  # \w keeps Chinese characters, letters, digits and _


class UploadError(Exception):
    """An uploaded file is refused; `message` is Chinese and shown as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class AdminSession:
    """Login state of one browser session, held server-side in a gr.State."""

    user: str | None = None


@dataclass
class IngestView:
    """What the admin tab shows while and after an ingest runs."""

    progress: str
    rows: list[list[Any]] = field(default_factory=list)
    summary: str = ""


def admin_credentials() -> tuple[str, str] | None:
    """(user, password) from the environment; None when unset or the password is too short."""
    user = os.environ.get("POLICY_ADMIN_USER", "").strip()
    password = os.environ.get("POLICY_ADMIN_PASSWORD", "")
    if not user or len(password) < ADMIN_MIN_PASSWORD:
        return None
    return user, password


def max_upload_bytes() -> int:
    return int(float(os.environ.get("POLICY_UPLOAD_MAX_MB") or 20) * 1024 * 1024)


class AdminService:
    """Login, upload, ingest and export for the admin tab; one per app process."""

    def __init__(self, services: Services):
        self.services = services
        self._ingest_lock = threading.Lock()
        self._failed: dict[str, list[float]] = {}  # client key -> recent failure times

    @property
    def enabled(self) -> bool:
        return admin_credentials() is not None

    @staticmethod
    def notice() -> str:
        return render("admin.disabled", min_length=ADMIN_MIN_PASSWORD)

    @staticmethod
    def upload_hint() -> str:
        return render("admin.upload_hint", suffixes="、".join(SUPPORTED_SUFFIXES),
                      max_mb=max_upload_bytes() // (1024 * 1024))

    def login(self, user: str, password: str, address: str = "", session: str = "") -> tuple[AdminSession, str]:
        """Check credentials in constant time. Repeated failures lock out the client that made
        them — its address and its browser session — for a while, never everyone: a visitor
        guessing passwords cannot lock the real admin out from elsewhere."""
        expected = admin_credentials()
        if expected is None:
            return AdminSession(), self.notice()
        now = time.monotonic()
        keys = [f"address:{address or '-'}", f"session:{session or '-'}"]
        for key in list(self._failed):
            self._failed[key] = [t for t in self._failed[key] if now - t < _LOCK_SECONDS]
            if not self._failed[key]:
                del self._failed[key]
        if any(len(self._failed.get(key, ())) >= _LOCK_AFTER for key in keys):
            return AdminSession(), render("admin.login_locked", seconds=_LOCK_SECONDS)
        ok_user = hmac.compare_digest((user or "").encode(), expected[0].encode())
        ok_password = hmac.compare_digest((password or "").encode(), expected[1].encode())
        if ok_user and ok_password:
            return AdminSession(user=expected[0]), render("admin.login_ok", user=expected[0])
        for key in keys:
            self._failed.setdefault(key, []).append(now)
        time.sleep(0.5)  # slows guessing; the lock-out above bounds it
        return AdminSession(), ui("admin.login_failed")

    @staticmethod
    def allowed(admin: AdminSession | None) -> bool:
        return bool(admin and admin.user and admin_credentials() and admin.user == admin_credentials()[0])

    # -- upload and ingest ------------------------------------------------------------------
    def save_upload(self, source: str | Path) -> Path:
        """Check an uploaded file and move it into the policy folder under a safe name."""
        source = Path(source)
        name = safe_file_name(source.name)
        size = source.stat().st_size
        if size == 0:
            raise UploadError(ui("upload_errors.empty"))
        if size > max_upload_bytes():
            raise UploadError(render("upload_errors.too_large", size=_size(size),
                                     max_mb=max_upload_bytes() // (1024 * 1024)))
        _check_content(source, Path(name).suffix)
        folder = self.services.settings.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        # Write beside the target, then rename: an ingest never reads a half-written file.
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".upload-", delete=False) as tmp:
            tmp.write(source.read_bytes())
        os.chmod(tmp.name, 0o644)  # like the rest of the corpus (a temporary file starts 0600)
        os.replace(tmp.name, folder / name)
        return folder / name

    def ingest(self, progress: Any = None) -> IngestSummary:
        """Rebuild the index, one run at a time; the running retriever swaps to it when done."""
        if not self._ingest_lock.acquire(blocking=False):
            raise IngestError(ui("admin.busy"))
        try:
            summary = run_ingest(self.services.settings, progress=progress)
        finally:
            self._ingest_lock.release()
        self.services.retriever.refresh()
        return summary

    def upload_and_ingest(self, admin: AdminSession | None, upload: str | None,
                          require_file: bool = True) -> Iterator[IngestView]:
        """Save the upload (if any), then ingest in a thread, yielding progress as it comes."""
        if not self.allowed(admin):
            yield IngestView(ui("admin.not_logged_in"))
            return
        lines: list[str] = []
        saved_name = ""
        if upload:
            try:
                saved = self.save_upload(upload)
            except UploadError as exc:
                yield IngestView(exc.message)
                return
            saved_name = saved.name
            lines.append(render("admin.saved", name=saved.name, size=_size(saved.stat().st_size)))
        elif require_file:
            yield IngestView(ui("admin.no_file"))
            return
        events: queue.Queue[tuple[str, Any]] = queue.Queue()

        def work() -> None:
            try:
                summary = self.ingest(lambda stage, done, total: events.put(("progress", (stage, done, total))))
                if upload and saved_name:
                    _drop_if_refused(summary, self.services.settings.data_dir / saved_name)
                events.put(("done", summary))
            except IngestError as exc:
                events.put(("error", exc.message))
            except Exception as exc:  # shown to the admin instead of a silent spinner
                events.put(("error", f"{type(exc).__name__}: {exc}"))

        threading.Thread(target=work, name="admin-ingest", daemon=True).start()
        while True:
            kind, payload = events.get()
            if kind == "progress":
                stage, done, total = payload
                yield IngestView("\n\n".join([*lines, render("admin.progress", stage=stage, done=done,
                                                             total=total)]))
            elif kind == "error":
                yield IngestView("\n\n".join([*lines, render("admin.failed", message=payload)]))
                return
            else:
                rows = [[f.name, f.city, f.status, f.clauses, f.chunks, f.message] for f in payload.files]
                summary = render("admin.summary", s=payload, files=len(payload.files))
                yield IngestView("\n\n".join(lines), rows, summary)
                return

    # -- exports ------------------------------------------------------------------------------
    def export_csv(self, admin: AdminSession | None, kind: str) -> str | None:
        """The path of a CSV of the feedback or the conversation log to download (admins only)."""
        if not self.allowed(admin):
            return None
        _remove_old_exports()
        folder = Path(tempfile.mkdtemp(prefix=EXPORT_PREFIX))
        name = {"feedback": "feedback.csv", "turns": "conversations.csv"}[kind]
        return str(self.services.store.write_csv(folder / name, kind))

    def counts(self, admin: AdminSession | None) -> str:
        if not self.allowed(admin):
            return ""
        store = self.services.store
        return render("admin.counts", c=store.counts(), backend=store.backend)


EXPORT_PREFIX = "policy-export-"
EXPORT_TTL_SECONDS = 600  # an export is a download, not an archive: gone ten minutes later


def _remove_old_exports(now: float | None = None) -> int:
    """Delete export folders older than EXPORT_TTL_SECONDS; returns how many went."""
    now = time.time() if now is None else now
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{EXPORT_PREFIX}*"):
        try:
            if now - folder.stat().st_mtime > EXPORT_TTL_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        except OSError:
            continue
    return removed


def _drop_if_refused(summary: IngestSummary, path: Path) -> None:
    """An uploaded file the ingest could not import is not kept in the policy folder (a zip bomb
    would otherwise be parsed again on every ingest)."""
    report = next((f for f in summary.files if f.name == path.name), None)
    if report is not None and not report.policy_id:
        path.unlink(missing_ok=True)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"


def safe_file_name(name: str) -> str:
    """A file name with no folders, no hidden prefix and no odd characters; UploadError if none is left."""
    base = unicodedata.normalize("NFKC", name or "").replace("\\", "/").split("/")[-1]
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadError(render("upload_errors.suffix", suffix=suffix or base,
                                 allowed="、".join(SUPPORTED_SUFFIXES)))
    clean = _UNSAFE.sub("_", stem).strip("._-")[:80]
    if not clean or clean.endswith(".meta"):
        raise UploadError(render("upload_errors.name", name=base))
    return clean + suffix


def _check_content(path: Path, suffix: str) -> None:
    """The bytes must look like the suffix says: a PDF header, a DOCX zip, or decodable text."""
    raw = path.read_bytes()
    if suffix == ".pdf" and not raw.startswith(b"%PDF"):
        raise UploadError(render("upload_errors.content", suffix=suffix))
    if suffix == ".docx" and not raw.startswith(b"PK\x03\x04"):
        raise UploadError(render("upload_errors.content", suffix=suffix))
    if suffix in (".txt", ".md"):
        if b"\x00" in raw:
            raise UploadError(render("upload_errors.content", suffix=suffix))
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                raw.decode(encoding)
                return
            except UnicodeDecodeError:
                continue
        raise UploadError(ui("upload_errors.encoding"))
