"""The ingest run: bad files, idempotence, partial re-ingest, atomic switch, docx."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.errors import ChromaUnavailable, IngestError
from ingest.pipeline import run_ingest
from ingest.settings import IndexSettings
from ingest.store import current_build_id, load_snapshot
from tests.conftest import ROOT, free_port


def chunk_ids_by_file(settings: IndexSettings) -> dict[str, set[str]]:
    snapshot = load_snapshot(settings)
    ids: dict[str, set[str]] = {}
    for chunk in snapshot.chunks:
        ids.setdefault(str(chunk.metadata["source_file"]), set()).add(chunk.id)
    return ids


def test_first_run_builds_and_second_is_a_no_op(settings):
    first = run_ingest(settings)
    assert first.changed and len(first.files) == 5
    assert {f.status for f in first.files} == {"导入"}
    assert first.clauses >= 100 and first.chunks >= 80  # bare parent headings get no chunk
    assert first.embedding == "仅关键词（lexical only）"
    second = run_ingest(settings)
    assert not second.changed and second.build_id == first.build_id
    assert current_build_id(settings.index_dir) == first.build_id


def test_editing_one_file_changes_only_its_chunks(settings, corpus: Path):
    run_ingest(settings)
    before = chunk_ids_by_file(settings)
    path = corpus / "luan_2019.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("一次性奖励 5 万元人民币", "一次性奖励 6 万元人民币"),
                    encoding="utf-8")
    summary = run_ingest(settings)
    assert summary.changed
    after = chunk_ids_by_file(settings)
    for name in before:
        if name == "luan_2019.txt":
            changed = before[name] ^ after[name]
            assert len(changed) == 2  # exactly the one clause 四（一）, old id out and new id in
        else:
            assert before[name] == after[name], name


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "文件为空"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "二进制"),
    ("latin.txt", bytes(range(128, 256)) * 4, "编码"),
    ("notes.txt", "这是一段没有编号条款的说明文字。".encode(), "城市"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
    ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
    ("image.png", b"\x89PNG", None),
], ids=["empty", "binary", "latin", "no-city", "broken-docx", "broken-pdf", "png"])
def test_bad_file_is_named_and_others_still_ingest(settings, corpus: Path, name, content, message):
    (corpus / name).write_bytes(content)
    summary = run_ingest(settings)
    imported = [f for f in summary.files if f.status == "导入"]
    assert len(imported) == 5
    if message is None:  # unsupported types are not policy files at all
        assert all(f.name != name for f in summary.files)
        return
    failed = next(f for f in summary.files if f.name == name)
    assert failed.status == "失败" and message in failed.message and name in failed.message


def test_file_without_clauses_is_rejected(settings, corpus: Path):
    (corpus / "memo.txt").write_text("某某市人民政府办公室\n\n关于开会的通知\n\n请各单位准时参加会议。\n",
                                     encoding="utf-8")
    summary = run_ingest(settings)
    failed = next(f for f in summary.files if f.name == "memo.txt")
    assert "编号条款" in failed.message


def test_gb18030_file_ingests(settings, corpus: Path):
    text = (corpus / "luan_2019.txt").read_text(encoding="utf-8")
    (corpus / "luan_2019.txt").unlink()
    (corpus / "luan_2019.meta.yaml").rename(corpus / "luan_gbk.meta.yaml")
    (corpus / "luan_gbk.txt").write_bytes(text.encode("gb18030"))
    summary = run_ingest(settings)
    report = next(f for f in summary.files if f.name == "luan_gbk.txt")
    assert report.status == "导入" and report.city == "六安" and report.clauses == 16


def test_broken_file_keeps_its_previous_version_and_index(settings, corpus: Path):
    first = run_ingest(settings)
    (corpus / "weifang_2021.txt").write_bytes(b"\x00\x00 corrupted")
    summary = run_ingest(settings)
    report = next(f for f in summary.files if f.name == "weifang_2021.txt")
    assert report.status == "沿用旧版本" and "二进制" in report.message
    assert summary.build_id == first.build_id and not summary.changed
    assert any(c.policy_id == "weifang_2021" for c in load_snapshot(settings).clauses)


def test_nothing_usable_leaves_index_untouched(settings, corpus: Path):
    first = run_ingest(settings)
    for path in corpus.glob("*.txt"):
        path.write_bytes(b"")
    fresh = IndexSettings.from_env(data_dir=corpus, index_dir=settings.index_dir.parent / "other",
                                   lexical_only=True)
    with pytest.raises(IngestError, match="没有任何文件导入成功"):
        run_ingest(fresh)
    assert current_build_id(fresh.index_dir) is None
    run_ingest(settings)  # broken files fall back to their previous versions
    assert current_build_id(settings.index_dir) == first.build_id


def test_docx_file_ingests(settings, corpus: Path):
    import docx

    document = docx.Document()
    for line in ["某某市人民政府办公室", "某政办发〔2025〕12号", "关于支持跨境电商发展的通知"]:
        document.add_paragraph(line)
    paragraph = document.add_paragraph()
    paragraph.add_run("一、支持海外仓建设。").bold = True
    paragraph.add_run("对企业租赁海外仓给予30%补助。（责任单位：市商务局）")
    document.add_paragraph("二、支持人才培训。对培训机构给予补助。")
    document.save(corpus / "mou_2025.docx")
    summary = run_ingest(settings)
    report = next(f for f in summary.files if f.name == "mou_2025.docx")
    assert report.status == "导入" and report.city == "某某" and report.clauses == 2
    clause = next(c for c in load_snapshot(settings).clauses if c.policy_id == "mou_2025")
    assert clause.heading == "支持海外仓建设" and clause.responsible_units == {"责任单位": ["市商务局"]}


def test_chroma_server_down_is_a_clear_error(tiny_model, tmp_path: Path, corpus: Path):
    settings = IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx",
                                      embed_model=str(tiny_model), chroma_host="127.0.0.1",
                                      chroma_port=free_port())
    with pytest.raises(ChromaUnavailable, match="无法连接 Chroma 服务器"):
        run_ingest(settings)
    assert current_build_id(settings.index_dir) is None


def test_cli_prints_summary_table(tmp_path: Path, corpus: Path):
    env = {"POLICY_DATA_DIR": str(corpus), "POLICY_INDEX_DIR": str(tmp_path / "idx"),
           "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "COLUMNS": "160"}
    result = subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "导入汇总" in result.stdout and "合计" in result.stdout
    assert "未能加载向量模型" in result.stdout  # default model is not cached here: says so
    for name in ("weifang_2021.txt", "jinan_2021.txt", "yuncheng_2024.txt"):
        assert name in result.stdout
    manifest_dir = tmp_path / "idx" / "builds"
    manifest = json.loads(next(manifest_dir.glob("*/manifest.json")).read_text(encoding="utf-8"))
    assert manifest["embed_model"] is None and manifest["counts"]["policies"] == 5
    again = subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert "无需重建" in again.stdout


def test_cli_failure_exits_nonzero_with_message(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {"POLICY_DATA_DIR": str(empty), "POLICY_INDEX_DIR": str(tmp_path / "idx"),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "ingest", "--quiet"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "没有可导入的政策文件" in result.stderr and "Traceback" not in result.stderr
