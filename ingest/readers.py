"""Read a policy file (txt, md, docx, pdf) into plain text, or fail with a Chinese message."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import prompts
from ingest.errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")
_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


@dataclass(frozen=True)
class ReadLimits:
    """Bounds checked before a file is unpacked or parsed (a 3 MB docx can unpack to 3 GiB)."""

    max_unpacked_bytes: int = 50 * 1024 * 1024
    max_archive_entries: int = 1000
    max_pdf_pages: int = 300

    @classmethod
    def from_env(cls) -> ReadLimits:
        env = os.environ
        return cls(max_unpacked_bytes=int(float(env.get("POLICY_MAX_UNPACKED_MB") or 50) * 1024 * 1024),
                   max_archive_entries=int(env.get("POLICY_MAX_ARCHIVE_ENTRIES") or 1000),
                   max_pdf_pages=int(env.get("POLICY_MAX_PDF_PAGES") or 300))


def read_policy_text(path: Path, limits: ReadLimits | None = None) -> str:
    """The text of a policy file; raises IngestError naming the file when it is unusable."""
    limits = limits or ReadLimits.from_env()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(prompts.text("ingest", "file_errors.unsupported", name=path.name, suffix=suffix,
                                       supported=SUPPORTED_SUFFIXES))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(prompts.text("ingest", "file_errors.unreadable", name=path.name,
                                       reason=exc.strerror or exc)) from exc
    if not raw.strip():
        raise IngestError(prompts.text("ingest", "file_errors.empty", name=path.name))
    if suffix in (".txt", ".md"):
        text = decode_text(raw, path.name)
    elif suffix == ".docx":
        check_archive(raw, path.name, limits)
        text = _read_docx(raw, path.name)
    else:
        text = _read_pdf(raw, path.name, limits)
    if not text.strip():
        raise IngestError(prompts.text("ingest", "file_errors.no_text", name=path.name))
    return text


def decode_text(raw: bytes, name: str) -> str:
    """Decode UTF-16 with its BOM, UTF-8 (with or without BOM), then GB18030; reject binary content."""
    encoding = _UTF16_BOMS.get(raw[:2])
    if encoding:
        try:
            text = raw[2:].decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if text and _looks_like_text(text):
            return text
    if b"\x00" in raw[:8192]:
        raise IngestError(prompts.text("ingest", "file_errors.binary", name=name))
    for encoding in _TEXT_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise IngestError(prompts.text("ingest", "file_errors.encoding", name=name))


def _looks_like_text(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls <= len(sample) * 0.01


def check_archive(raw: bytes, name: str, limits: ReadLimits) -> None:
    """A zip-based file (docx) is refused before anything is unpacked when its entries would
    unpack to more than the limit, or there are too many of them (sizes from the directory;
    zipfile never returns more than an entry declares)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise IngestError(prompts.text("ingest", "file_errors.bad_docx", name=name)) from exc
    unpacked = sum(max(0, e.file_size) for e in entries)
    if len(entries) > limits.max_archive_entries or unpacked > limits.max_unpacked_bytes:
        raise IngestError(prompts.text("ingest", "file_errors.too_big_unpacked", name=name,
                                       entries=len(entries), megabytes=round(unpacked / 1024 / 1024),
                                       limit=round(limits.max_unpacked_bytes / 1024 / 1024)))


def _read_docx(raw: bytes, name: str) -> str:
    try:
        import docx  # python-docx
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises several unrelated types on bad zips
        raise IngestError(prompts.text("ingest", "file_errors.bad_docx", name=name)) from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            lines.append("")
            continue
        runs = [r for r in paragraph.runs if r.text.strip()]
        if runs and runs[0].bold:
            bold = "".join(r.text for r in runs if r.bold)
            rest = text[len(bold):] if text.startswith(bold) else ""
            text = f"**{bold}**{rest}" if rest or bold == text else text
        lines.append(text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


def _read_pdf(raw: bytes, name: str, limits: ReadLimits) -> str:
    try:
        from pypdf import PdfReader
        reader = PdfReader(io.BytesIO(raw))
        count = len(reader.pages)
    except Exception as exc:  # pypdf raises many error types on damaged files
        raise IngestError(prompts.text("ingest", "file_errors.bad_pdf", name=name)) from exc
    if count > limits.max_pdf_pages:
        raise IngestError(prompts.text("ingest", "file_errors.too_many_pages", name=name, pages=count,
                                       limit=limits.max_pdf_pages))
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many error types on damaged files
        raise IngestError(prompts.text("ingest", "file_errors.bad_pdf", name=name)) from exc
    if not any(p.strip() for p in pages):
        raise IngestError(prompts.text("ingest", "file_errors.scanned_pdf", name=name))
    return "\n".join(pages)
