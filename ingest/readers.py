"""Read a policy file (txt, md, docx, pdf) into plain text, or fail with a Chinese message."""

from __future__ import annotations

import io
from pathlib import Path

import prompts
from ingest.errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


def read_policy_text(path: Path) -> str:
    """The text of a policy file; raises IngestError naming the file when it is unusable."""
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
        text = _read_docx(raw, path.name)
    else:
        text = _read_pdf(raw, path.name)
    if not text.strip():
        raise IngestError(prompts.text("ingest", "file_errors.no_text", name=path.name))
    return text


def decode_text(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), then GB18030; reject binary content."""
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


def _read_pdf(raw: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many error types on damaged files
        raise IngestError(prompts.text("ingest", "file_errors.bad_pdf", name=name)) from exc
    if not any(p.strip() for p in pages):
        raise IngestError(prompts.text("ingest", "file_errors.scanned_pdf", name=name))
    return "\n".join(pages)
