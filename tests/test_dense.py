"""The dense path with a tiny sentence-transformers model: Chroma embedded and as a server."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assistant.retrieval import Retriever
from ingest.pipeline import run_ingest
from ingest.settings import IndexSettings
from ingest.store import load_snapshot

pytestmark = pytest.mark.slow


def _assert_hybrid(settings: IndexSettings) -> None:
    retriever = Retriever(settings)
    hits = retriever.search("运城租赁海外仓补助", k=5, cities=["运城"])
    assert retriever.mode == "hybrid" and retriever.warning is None
    assert hits and all(h.policy.city == "运城" for h in hits)
    assert any(h.ranks["dense"] is not None for h in hits)
    # The tiny model's weights are random (seeded): the lexical channel finds the clause, and the
    # fused list is ordered by the reciprocal-rank score checked below.
    top_lexical = next(h for h in hits if h.ranks["bm25"] == 1)
    assert top_lexical.clause.label == "第五条（三）"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.scores["dense"] is None or -1.0 <= h.scores["dense"] <= 1.0001 for h in hits)
    both = [h for h in hits if h.ranks["bm25"] and h.ranks["dense"]]
    for hit in both:
        expected = 1 / (60 + hit.ranks["bm25"]) + 1 / (60 + hit.ranks["dense"])
        assert hit.score == pytest.approx(expected)


def test_embedded_chroma_dense_and_vector_cache(tiny_model: Path, tmp_path: Path, corpus: Path):
    settings = IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx",
                                      embed_model=str(tiny_model))
    first = run_ingest(settings)
    assert first.embedded_new == first.chunks and "32 维" in first.embedding
    assert (load_snapshot(settings).build_dir / "chroma").is_dir()
    _assert_hybrid(settings)
    path = corpus / "qinhuangdao_2022.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("一次性奖励 50 万元", "一次性奖励 60 万元"),
                    encoding="utf-8")
    second = run_ingest(settings)
    assert second.changed and second.embedded_new == 1  # only the edited clause is re-embedded
    _assert_hybrid(settings)


def test_chroma_server_dense(tiny_model: Path, tmp_path: Path, corpus: Path, chroma_server):
    host, port = chroma_server
    settings = IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx",
                                      embed_model=str(tiny_model), chroma_host=host,
                                      chroma_port=port)
    summary = run_ingest(settings)
    assert summary.changed
    assert not (load_snapshot(settings).build_dir / "chroma").exists()
    import chromadb

    client = chromadb.HttpClient(host=host, port=port)
    names = [c.name for c in client.list_collections()]
    assert f"policy_chunks_{summary.build_id}" in names
    _assert_hybrid(settings)


def test_unloadable_model_falls_back_fast(tmp_path: Path, corpus: Path):
    settings = IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx",
                                      embed_model="nobody/no-such-model-zh", allow_download=True)
    started = time.perf_counter()
    summary = run_ingest(settings)
    assert time.perf_counter() - started < 10  # no 80 s hub retries
    assert summary.embedding == "仅关键词（lexical only）"
    assert any("未能加载向量模型 nobody/no-such-model-zh" in w for w in summary.warnings)
    retriever = Retriever(settings)
    assert retriever.mode == "lexical" and "纯关键词" in (retriever.warning or "")
    assert retriever.search("海外仓", k=1)


def test_broken_local_model_dir_falls_back(tmp_path: Path, corpus: Path):
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{not json", encoding="utf-8")
    settings = IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx",
                                      embed_model=str(broken))
    summary = run_ingest(settings)
    assert summary.embedding == "仅关键词（lexical only）"
    assert any("未能加载向量模型" in w for w in summary.warnings)


def test_index_switch_is_picked_up_without_restart(settings, corpus: Path):
    run_ingest(settings)
    retriever = Retriever(settings)
    assert all(h.clause.label != "六（一）" for h in retriever.search("数字孪生", k=3))
    path = corpus / "luan_2019.txt"
    text = path.read_text(encoding="utf-8").replace(
        "抄送：", "六、其他\n\n（一）支持数字孪生海关监管场所建设。\n\n抄送：")
    path.write_text(text, encoding="utf-8")
    run_ingest(settings)
    hits = retriever.search("数字孪生海关监管场所", k=3, cities=["六安"])
    assert hits and hits[0].clause.label == "六（一）"
