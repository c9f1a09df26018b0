"""Model provisioning: the real huggingface_hub download code against a fake hub on 127.0.0.1.

HF_ENDPOINT points at tests/fake_hub.py, which serves the tiny sentence-transformers model
built in conftest as an ordinary hub repository; an unreachable source falls back to
keyword-only within two seconds with one clear line.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.retrieval import Retriever
from ingest import embedding
from ingest.embedding import ModelUnavailable, cached_model_dir, download_model, load_embedder
from ingest.pipeline import run_ingest
from ingest.settings import IndexSettings
from tests.conftest import ROOT, free_port
from tests.fake_hub import COMMIT, fake_hub

pytestmark = pytest.mark.slow
REPO = "policy-test/tiny-zh"


@pytest.fixture(autouse=True)
def _fresh_loader(monkeypatch: pytest.MonkeyPatch):
    """load_embedder remembers a model per process: each test starts with none."""
    monkeypatch.setattr(embedding, "_loaded", {})


def _settings(tmp_path: Path, corpus: Path, **overrides: object) -> IndexSettings:
    return IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "idx", embed_model=REPO,
                                  allow_download=True, model_cache=tmp_path / "models", **overrides)


def test_从镜像下载一次后离线使用(tiny_model: Path, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch):
    with fake_hub(REPO, tiny_model) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        settings = _settings(tmp_path, corpus)
        assert cached_model_dir(settings) is None
        summary = run_ingest(settings)
        assert "32 维" in summary.embedding and not summary.warnings
        asked = {path for _method, path in hub.requests}
        assert f"/api/models/{REPO}/revision/main" in asked
        assert any(p.startswith(f"/api/models/{REPO}/tree/{COMMIT}") for p in asked)
        assert f"/{REPO}/resolve/{COMMIT}/modules.json" in asked
        cached = cached_model_dir(settings)
        assert cached is not None and cached.is_relative_to(tmp_path / "models")
        assert (cached / "1_Pooling" / "config.json").is_file()
        before = len(hub.requests)
        assert download_model(settings) == cached  # fetched once: a second call asks nothing
        assert len(hub.requests) == before
    # The hub is gone: the cache alone serves the model.
    monkeypatch.setattr(embedding, "_loaded", {})
    retriever = Retriever(settings)
    assert retriever.search("运城租赁海外仓补助", k=3) and retriever.mode == "hybrid"


def test_命令行下载模型带进度条(tiny_model: Path, tmp_path: Path):
    with fake_hub(REPO, tiny_model) as hub:
        env = {**os.environ, "HF_ENDPOINT": hub.url, "HF_HUB_OFFLINE": "1",  # as the Makefile sets it
               "POLICY_EMBED_MODEL": REPO, "POLICY_MODEL_CACHE": str(tmp_path / "models")}
        env.pop("HF_HUB_DISABLE_PROGRESS_BARS", None)
        done = subprocess.run([sys.executable, "-m", "ingest", "--download-model"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert f"正在从 {hub.url} 下载向量模型 {REPO}" in done.stderr
        assert "100%" in done.stderr  # the progress bar
        assert f"向量模型 {REPO} 已在本机：{tmp_path / 'models'}" in done.stdout
        again = subprocess.run([sys.executable, "-m", "ingest", "--download-model"], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=120)
        assert again.returncode == 0 and "正在从" not in again.stderr


def test_模型仓库连不上2秒内退回关键词(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch):
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    settings = _settings(tmp_path, corpus)
    started = time.perf_counter()
    embedder, warning = load_embedder(settings)
    assert time.perf_counter() - started < 2
    assert embedder is None
    assert warning == (f"未能加载向量模型 {REPO}：本机未缓存该模型，且模型仓库 {endpoint} 在 2 秒内无法连接。"
                       "检索以纯关键词（BM25）方式运行。")
    summary = run_ingest(settings)
    assert summary.embedding == "仅关键词（lexical only）" and summary.warnings == [warning]


def test_连接挂起也在2秒内放弃(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch):
    def hang(*_args: object, **_kwargs: object) -> socket.socket:
        time.sleep(10)  # a black-holed address: no answer, no refusal
        raise OSError("timed out")

    monkeypatch.setattr(socket, "create_connection", hang)
    monkeypatch.setenv("HF_ENDPOINT", "https://hf-mirror.com")
    started = time.perf_counter()
    embedder, warning = load_embedder(_settings(tmp_path, corpus))
    assert time.perf_counter() - started < 2.5
    assert embedder is None and "hf-mirror.com 在 2 秒内无法连接" in (warning or "")


def test_ModelScope未安装时说清楚(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "modelscope" else real(name, *a))
    settings = _settings(tmp_path, corpus, model_source="modelscope")
    with pytest.raises(ModelUnavailable) as caught:
        download_model(settings)
    assert "未安装 modelscope" in caught.value.message and "POLICY_MODEL_SOURCE=hf" in caught.value.message
    assert load_embedder(settings) == (None, caught.value.message)


def test_设置读取模型来源和缓存(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("POLICY_MODEL_SOURCE", "ModelScope")
    monkeypatch.setenv("POLICY_MODEL_CACHE", str(tmp_path))
    settings = IndexSettings.from_env()
    assert settings.model_source == "modelscope" and settings.model_cache == tmp_path
    assert IndexSettings.from_env(model_source="hf").model_source == "hf"
