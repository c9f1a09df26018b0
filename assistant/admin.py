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

import prompts
from assistant import rulebooks
from assistant.services import Services, render, ui
from assistant.versions import PolicyVersions
from ingest.errors import IngestError
from ingest.parse import parse_policy_file
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
    confirm: bool = False  # the upload replaces a policy: nothing saved until replace=True


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

    def _indexed(self) -> list[Any]:
        """The policies of the current index; none before the first ingest."""
        try:
            return self.services.retriever.policies()
        except IngestError:
            return []

    @property
    def versions(self) -> PolicyVersions:
        return PolicyVersions(self.services.settings.data_dir)

    # -- upload and ingest ------------------------------------------------------------------
    def save_upload(self, source: str | Path) -> Path:
        """Check an uploaded file and move it into the policy folder under a safe name."""
        source = Path(source)
        name = self.check_upload(source)
        folder = self.services.settings.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        # Write beside the target, then rename: an ingest never reads a half-written file.
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".upload-", delete=False) as tmp:
            tmp.write(source.read_bytes())
        os.chmod(tmp.name, 0o644)  # like the rest of the corpus (a temporary file starts 0600)
        os.replace(tmp.name, folder / name)
        return folder / name

    def check_upload(self, source: Path) -> str:
        """The safe name of an acceptable upload; UploadError (Chinese) otherwise."""
        name = safe_file_name(source.name)
        size = source.stat().st_size
        if size == 0:
            raise UploadError(ui("upload_errors.empty"))
        if size > max_upload_bytes():
            raise UploadError(render("upload_errors.too_large", size=_size(size),
                                     max_mb=max_upload_bytes() // (1024 * 1024)))
        _check_content(source, Path(name).suffix)
        return name

    def conflicts(self, source: Path, name: str) -> list[tuple[str, str, str]]:
        """(kind, existing file, its document number) the upload would replace: the same file name,
        or the same document number (文号) under another name."""
        folder = self.services.settings.data_dir
        indexed = {p.source_file: p.doc_number for p in self._indexed()}
        found = []
        if (folder / name).exists():
            found.append(("name", name, indexed.get(name, "")))
        doc_number = _doc_number_of(source, name)
        if doc_number:
            found += [("doc", other, number) for other, number in indexed.items()
                      if number == doc_number and other != name and (folder / other).exists()]
        return found

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
                          require_file: bool = True, replace: bool = False) -> Iterator[IngestView]:
        """Save the upload (if any), then ingest in a thread, yielding progress as it comes. An
        upload with the name or the document number of a policy already there is not saved unless
        `replace` is True; then the old file moves to the versions area first."""
        if not self.allowed(admin):
            yield IngestView(ui("admin.not_logged_in"))
            return
        lines: list[str] = []
        saved_name = ""
        if upload:
            try:
                name = self.check_upload(Path(upload))
            except UploadError as exc:
                yield IngestView(exc.message)
                return
            clashes = self.conflicts(Path(upload), name)
            if clashes and not replace:
                said = [_lc("upload.conflict_name" if kind == "name" else "upload.conflict_doc", name=other,
                            doc_number=number) for kind, other, number in clashes]
                yield IngestView(_lc("upload.confirm", conflicts=said), confirm=True)
                return
            for _kind, other, number in dict.fromkeys(clashes):
                if (self.services.settings.data_dir / other).exists():
                    kept = self.versions.archive(other, "replaced", admin.user, number, replaced_by=name)
                    lines.append(_lc("upload.replaced", name=other, version=kept.id))
            saved = self.save_upload(upload)
            saved_name = saved.name
            self.versions.record(admin.user, "replace" if clashes else "upload", saved.name,
                                 _doc_number_of(saved, saved.name),
                                 "；".join(lines) or _lc("upload.upload_detail", name=saved.name))
            lines.append(render("admin.saved", name=saved.name, size=_size(saved.stat().st_size)))
        elif require_file:
            yield IngestView(ui("admin.no_file"))
            return
        yield from self._ingest_views(lines, saved_name)

    def _ingest_views(self, lines: list[str], saved_name: str = "") -> Iterator[IngestView]:
        events: queue.Queue[tuple[str, Any]] = queue.Queue()

        def work() -> None:
            try:
                summary = self.ingest(lambda stage, done, total: events.put(("progress", (stage, done, total))))
                if saved_name:
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
                covered = self.services.coverage()
                states = {pid: self.services._status(c.policy, self.services.as_of()) for pid, c in covered.items()}
                rows = [[f.name, f.city, f.status, f.clauses, f.chunks, f.message, states.get(f.policy_id, ""),
                         *self.services._coverage_cells(covered.get(f.policy_id))] for f in payload.files]
                summary = render("admin.summary", s=payload, files=len(payload.files))
                notes = [_lc("coverage.summary_line", name=f.name, state=states[f.policy_id],
                             measures=covered[f.policy_id].measures, unruled=covered[f.policy_id].unruled)
                         for f in payload.files if f.policy_id in covered]
                yield IngestView("\n\n".join(lines), rows, "\n\n".join([summary, "\n".join(f"- {n}" for n in notes)]))
                return

    # -- documents: delete, restore, audit ----------------------------------------------------
    def documents(self, admin: AdminSession | None) -> list[list[str]]:
        """The current files, then the kept versions (newest first): id, file, city, 文号, state, time, who."""
        if not self.allowed(admin):
            return []
        current = _lc("documents.current")
        by_file = {p.source_file: p for p in self._indexed()}
        folder = self.services.settings.data_dir
        names = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() in SUPPORTED_SUFFIXES) if folder.is_dir() else []
        rows = [[name, name, getattr(by_file.get(name), "city", ""), getattr(by_file.get(name), "doc_number", ""),
                 current, "", ""] for name in names]
        reasons = prompts.entry("lifecycle", "reasons")
        rows += [[v.id, v.name, v.city, v.doc_number, reasons.get(v.reason, v.reason), v.at, v.user]
                 for v in self.versions.versions()]
        return rows

    def audit_rows(self, admin: AdminSession | None) -> list[list[str]]:
        if not self.allowed(admin):
            return []
        actions = prompts.entry("lifecycle", "actions")
        return [[e.at, e.user, actions.get(e.action, e.action), e.target, e.doc_number, e.detail]
                for e in self.versions.audit()]

    def delete(self, admin: AdminSession | None, name: str) -> Iterator[IngestView]:
        """Move a current policy file (and its sidecar) to the versions area, then re-ingest."""
        if not self.allowed(admin):
            yield IngestView(ui("admin.not_logged_in"))
            return
        name = (name or "").strip()
        folder = self.services.settings.data_dir
        if not name:
            yield IngestView(_lc("documents.empty_target"))
            return
        if "/" in name or name.startswith(".") or not (folder / name).is_file():
            yield IngestView(_lc("documents.not_found", target=name))
            return
        others = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                  and not p.name.startswith(".") and p.name != name]
        if not others:
            yield IngestView(_lc("documents.last_file"))
            return
        policy = next((p for p in self._indexed() if p.source_file == name), None)
        number, city = (policy.doc_number, policy.city) if policy else ("", "")
        with self._ingest_lock:  # never move a file an ingest is reading
            kept = self.versions.archive(name, "deleted", admin.user, number, city)
        line = _lc("documents.deleted", name=name, version=kept.id)
        self.versions.record(admin.user, "delete", name, number, line)
        yield from self._ingest_views([line])

    def restore(self, admin: AdminSession | None, version_id: str) -> Iterator[IngestView]:
        """Bring a kept version back under its own name (what holds that name, or its 文号, is kept
        as a version first), then re-ingest."""
        if not self.allowed(admin):
            yield IngestView(ui("admin.not_logged_in"))
            return
        version = self.versions.version((version_id or "").strip())
        if version is None:
            yield IngestView(_lc("documents.not_found", target=version_id or "")
                             if version_id else _lc("documents.empty_target"))
            return
        folder = self.services.settings.data_dir
        lines = []
        holders = {version.name} | {p.source_file for p in self._indexed()
                                    if version.doc_number and p.doc_number == version.doc_number}
        with self._ingest_lock:
            for other in sorted(holders):
                if (folder / other).is_file():
                    number = next((p.doc_number for p in self._indexed()
                                   if p.source_file == other), "")
                    kept = self.versions.archive(other, "replaced", admin.user, number, replaced_by=version.name)
                    lines.append(_lc("documents.restored_replacing", name=other, version=kept.id))
            self.versions.restore(version.id)
        lines.append(_lc("documents.restored", name=version.name, version=version.id))
        self.versions.record(admin.user, "restore", version.name, version.doc_number, "；".join(lines))
        yield from self._ingest_views(lines)

    # -- rule drafts: review and publish --------------------------------------------------------
    def draft_choices(self) -> list[str]:
        return [p.name for p in rulebooks.list_drafts()]

    def draft_source(self, admin: AdminSession | None, name: str | None) -> str:
        path = self._draft_path(name)
        return path.read_text(encoding="utf-8") if self.allowed(admin) and path is not None else ""

    def _draft_path(self, name: str | None) -> Path | None:
        if not name or "/" in name or name.startswith("."):
            return None
        path = rulebooks.draft_dir() / name
        return path if path.is_file() else None

    def review(self, admin: AdminSession | None, name: str | None, source: str) -> str:
        """The draft clause by clause beside the clause text, with a worked example, or its problems."""
        if not self.allowed(admin):
            return ui("admin.not_logged_in")
        if not (source or "").strip():
            return _lc("publish.no_draft")
        snapshot = self.services.retriever.snapshot
        check = rulebooks.check_draft(source, snapshot, self.services.settings.data_dir, self._draft_path(name))
        if check.policy is None:
            return _lc("publish.rejected", problems=check.problems)
        status = _lc("publish.checked", measures=len(check.measures), todo=len(check.todo)) if check.ok else \
            _lc("publish.rejected", problems=check.problems)
        return "\n\n".join([status, rulebooks.review_markdown(check, snapshot, self.services.as_of())])

    def publish(self, admin: AdminSession | None, name: str | None, source: str) -> str:
        """Publish a checked draft; a figure missing from its clause (or any other problem) refuses it."""
        if not self.allowed(admin):
            return ui("admin.not_logged_in")
        if not (source or "").strip():
            return _lc("publish.no_draft")
        check = rulebooks.publish(source, self.services.retriever.snapshot, self.services.settings.data_dir,
                                  self._draft_path(name))
        if not check.ok:
            return _lc("publish.rejected", problems=check.problems or [_lc("publish.no_draft")])
        self.versions.record(admin.user, "publish", f"{check.policy_id}.yaml", check.doc_number,
                             _lc("publish.audit_detail", measures=len(check.measures)))
        return _lc("publish.published", doc_number=check.doc_number, measures=len(check.measures))

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


def _lc(key: str, **values: Any) -> str:
    return prompts.text("lifecycle", key, **values).strip()


def _doc_number_of(path: Path, name: str) -> str:
    """The document number an uploaded file states ("" when it cannot be read as a policy)."""
    try:
        with tempfile.TemporaryDirectory(prefix="policy-peek-") as folder:
            copy = Path(folder) / name
            shutil.copyfile(path, copy)
            return parse_policy_file(copy)[0].doc_number or ""
    except Exception:  # an unreadable upload has no number; the ingest reports why it fails
        return ""


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
