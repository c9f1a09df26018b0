"""Bounded parsing (issue 12, finding 2 and the UTF-16 part of 10): a zip-based file is checked
for its unpacked size and entry count before anything is unpacked, a PDF for its page count,
and a UTF-16 policy is read, not refused as binary. Memory stays flat while a bomb is refused."""

from __future__ import annotations

import io
import resource
import zipfile
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.pipeline import run_ingest
from ingest.readers import ReadLimits, read_policy_text
from tests.conftest import POLICIES


def _bomb(path: Path, unpacked_mb: int, entries: int = 1) -> Path:
    """A .docx-named zip whose entries unpack to `unpacked_mb` MB of zeros (a few KB on disk)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        chunk = b"\0" * (1024 * 1024)
        for index in range(entries):
            with archive.open(f"word/part{index}.xml", "w", force_zip64=True) as entry:
                for _ in range(max(1, unpacked_mb // entries)):
                    entry.write(chunk)
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = _bomb(tmp_path / "bomb.docx", unpacked_mb=1024)  # 1 GiB of zeros, about 1 MB on disk
    assert bomb.stat().st_size < 3 * 1024 * 1024
    before = _peak_rss_mb()
    with pytest.raises(IngestError, match="疑似压缩炸弹"):
        read_policy_text(bomb)
    assert _peak_rss_mb() - before < 100  # nothing was unpacked


def test_too_many_entries_are_refused(tmp_path):
    crowd = _bomb(tmp_path / "crowd.docx", unpacked_mb=1, entries=20)
    with pytest.raises(IngestError, match="条目过多"):
        read_policy_text(crowd, ReadLimits(max_archive_entries=10))


def test_pdf_page_limit(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(5):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "long.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError, match="超过 3 页"):
        read_policy_text(path, ReadLimits(max_pdf_pages=3))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_policy_is_read(tmp_path, encoding):
    text = (POLICIES / "luan_2019.txt").read_text(encoding="utf-8")
    raw = text.encode(encoding)
    if encoding != "utf-16":  # the explicit forms carry no BOM by themselves: add it as editors do
        raw = ("\ufeff".encode(encoding)) + raw
    path = tmp_path / "luan_2019.txt"
    path.write_bytes(raw)
    assert read_policy_text(path).lstrip("\ufeff").startswith(text[:20])


def test_a_bomb_in_the_corpus_fails_alone(settings, corpus):
    _bomb(corpus / "bomb.docx", unpacked_mb=512)
    summary = run_ingest(settings)
    report = {f.name: f for f in summary.files}
    assert report["bomb.docx"].status != "导入" and "压缩炸弹" in report["bomb.docx"].message
    assert sum(1 for f in summary.files if f.status == "导入") == 5
