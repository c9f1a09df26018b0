"""Read a policy file (txt, md, docx, pdf) into plain text, or fail with a Chinese message."""

from __future__ import annotations

import io
from pathlib import Path

from ingest.errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


def read_policy_text(path: Path) -> str:
    """The text of a policy file; raises IngestError naming the file when it is unusable."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}：不支持的文件类型 {suffix or '（无扩展名）'}，"
                          f"仅支持 {'、'.join(SUPPORTED_SUFFIXES)}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path.name}：无法读取文件（{exc.strerror or exc}）") from exc
    if not raw.strip():
        raise IngestError(f"{path.name}：文件为空")
    if suffix in (".txt", ".md"):
        text = decode_text(raw, path.name)
    elif suffix == ".docx":
        text = _read_docx(raw, path.name)
    else:
        text = _read_pdf(raw, path.name)
    if not text.strip():
        raise IngestError(f"{path.name}：文件中没有可读取的文字")
    return text


def decode_text(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), then GB18030; reject binary content."""
    if b"\x00" in raw[:8192]:
        raise IngestError(f"{name}：看起来是二进制文件，不是文本")
    for encoding in _TEXT_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise IngestError(f"{name}：无法识别文件编码（已尝试 UTF-8 和 GB18030）")


def _looks_like_text(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls <= len(sample) * 0.01


def _read_docx(raw: bytes, name: str) -> str:
    try:
        import docx  # python-docx
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises several unrelated types on bad zips
        raise IngestError(f"{name}：不是有效的 Word（docx）文件") from exc
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
        raise IngestError(f"{name}：不是有效的 PDF 文件或无法解析") from exc
    if not any(p.strip() for p in pages):
        raise IngestError(f"{name}：PDF 中没有文字层（可能是扫描件），请提供文字版")
    return "\n".join(pages)
