"""Sentence-transformers vectors, loaded only from where they can be had right now.

Hub clients retry for about 80 s on a machine with no network before an uncached model
fails, so the order is: a local directory; the model cache (offline); a download only when
POLICY_ALLOW_DOWNLOAD=1 (or `python -m ingest --download-model`) and the source answers
within two seconds. The source is Hugging Face (`HF_ENDPOINT` mirrors honoured) or
ModelScope (POLICY_MODEL_SOURCE); the download fills the cache once, with a progress bar,
and later runs load from there. Anything else: no embedder and one clear Chinese line; the
caller runs lexical-only. torch is imported only here, and only when a model is loaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import socket
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

import prompts
from ingest.settings import IndexSettings

log = logging.getLogger(__name__)
MODEL_SOURCES = ("hf", "modelscope")
HUB_TIMEOUT_SECONDS = 2.0  # an unreachable source costs at most this before lexical-only
_DEFAULT_ENDPOINTS = {"hf": "https://huggingface.co", "modelscope": "https://www.modelscope.cn"}
# Weights in formats sentence-transformers on CPU never reads: not worth the download.
_SKIP_FILES = ["*.onnx", "onnx/*", "openvino/*", "*.h5", "*.msgpack", "*.ot", "tf_model*", "flax_model*",
               "rust_model*", "coreml/*"]
_loaded: dict[str, tuple[Embedder | None, str | None]] = {}
_lock = threading.Lock()


@dataclass
class Embedder:
    """A loaded sentence-transformers model with its query instruction."""

    name: str
    model: object
    query_instruction: str
    dim: int

    def encode_passages(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(texts, batch_size)

    def encode_query(self, text: str) -> np.ndarray:
        return self._encode([self.query_instruction + text], 1)[0]

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                    show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)


class ModelUnavailable(Exception):
    """The embedding model cannot be had now; `message` is one Chinese line for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def source_endpoint(source: str) -> str:
    """The URL a model source is fetched from: HF_ENDPOINT (a mirror) or MODELSCOPE_DOMAIN when set."""
    if source == "modelscope":
        domain = os.environ.get("MODELSCOPE_DOMAIN") or ""
        if domain:
            return domain.rstrip("/") if "://" in domain else f"https://{domain}"
        return _DEFAULT_ENDPOINTS["modelscope"]
    return (os.environ.get("HF_ENDPOINT") or _DEFAULT_ENDPOINTS["hf"]).rstrip("/")


def _reachable(url: str, timeout: float = HUB_TIMEOUT_SECONDS) -> bool:
    """Whether the host of `url` accepts a connection within `timeout` seconds, name lookup
    included (a lookup can hang past a socket timeout, so the probe runs in its own thread)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    answered: list[bool] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                answered.append(True)
        except OSError:
            pass

    thread = threading.Thread(target=probe, name="hub-probe", daemon=True)
    thread.start()
    thread.join(timeout)
    return bool(answered)


def _is_repo_id(name: str) -> bool:
    return name.count("/") == 1 and not name.startswith((".", "/", "~"))


def cached_model_dir(settings: IndexSettings) -> Path | None:
    """The model's folder in the cache of its source, without touching the network."""
    name = settings.embed_model
    if not _is_repo_id(name):
        return None
    cache = str(settings.model_cache) if settings.model_cache else None
    try:
        if settings.model_source == "modelscope":
            if importlib.util.find_spec("modelscope") is None:
                return None
            from modelscope import snapshot_download as ms_download

            found = ms_download(name, cache_dir=cache, local_files_only=True)
        else:
            from huggingface_hub import snapshot_download

            found = snapshot_download(name, cache_dir=cache, local_files_only=True)
    except Exception:  # not cached (or a partial cache): the caller decides whether to download
        return None
    path = Path(found)
    return path if (path / "config.json").is_file() else None


_online_lock = threading.Lock()


@contextmanager
def _hub_online() -> Iterator[None]:
    """huggingface_hub reads HF_HUB_OFFLINE once, at import; the Makefile sets it so nothing
    else fetches behind our back. An explicit download permission lifts it for this call only."""
    from huggingface_hub import constants

    with _online_lock:
        before = constants.HF_HUB_OFFLINE
        constants.HF_HUB_OFFLINE = False
        try:
            yield
        finally:
            constants.HF_HUB_OFFLINE = before


def download_model(settings: IndexSettings) -> Path:
    """Fetch the model into the cache once, with a progress bar on stderr; its folder.

    ModelUnavailable (one Chinese line) for an unknown source, a missing modelscope package,
    a source unreachable within HUB_TIMEOUT_SECONDS, or a failed download."""
    name, source = settings.embed_model, settings.model_source
    found = cached_model_dir(settings)
    if found is not None:
        return found
    if source not in MODEL_SOURCES:
        raise ModelUnavailable(prompts.text("ingest", "embedding.bad_source", model=name, source=source,
                                            sources=MODEL_SOURCES))
    if source == "modelscope" and importlib.util.find_spec("modelscope") is None:
        raise ModelUnavailable(prompts.text("ingest", "embedding.no_modelscope", model=name))
    endpoint = source_endpoint(source)
    if not _is_repo_id(name) or not _reachable(endpoint):
        raise ModelUnavailable(prompts.text("ingest", "embedding.unreachable", model=name, endpoint=endpoint,
                                            seconds=f"{HUB_TIMEOUT_SECONDS:g}"))
    cache = str(settings.model_cache) if settings.model_cache else None
    print(prompts.text("ingest", "embedding.downloading", model=name, endpoint=endpoint,
                       cache=cache or _default_cache(source)), file=sys.stderr, flush=True)
    try:
        if source == "modelscope":
            from modelscope import snapshot_download as ms_download

            path = ms_download(name, cache_dir=cache, ignore_file_pattern=_SKIP_FILES)
        else:
            from huggingface_hub import snapshot_download

            with _hub_online():
                path = snapshot_download(name, endpoint=endpoint, cache_dir=cache, ignore_patterns=_SKIP_FILES,
                                         etag_timeout=HUB_TIMEOUT_SECONDS * 5)
    except Exception as exc:  # any hub or disk failure means lexical-only, never a crash
        log.warning("downloading embedding model %s from %s failed: %s", name, endpoint, exc)
        raise ModelUnavailable(prompts.text("ingest", "embedding.download_failed", model=name, endpoint=endpoint,
                                            error=type(exc).__name__)) from exc
    return Path(path)


def _default_cache(source: str) -> str:
    if source == "modelscope":
        return os.environ.get("MODELSCOPE_CACHE") or str(Path.home() / ".cache" / "modelscope" / "hub")
    from huggingface_hub import constants

    return constants.HF_HUB_CACHE


def load_embedder(settings: IndexSettings) -> tuple[Embedder | None, str | None]:
    """(embedder, None) or (None, Chinese warning). Loaded once per process and model."""
    if settings.lexical_only:
        return None, None
    key = f"{settings.embed_model}\x1f{settings.query_instruction}"
    with _lock:
        if key not in _loaded:
            _loaded[key] = _load(settings)
        return _loaded[key]


def _load(settings: IndexSettings) -> tuple[Embedder | None, str | None]:
    name = settings.embed_model
    local_dir = Path(name).expanduser()
    path = local_dir if local_dir.is_dir() else cached_model_dir(settings)
    if path is None:
        if not settings.allow_download:
            return None, prompts.text("ingest", "embedding.not_cached", model=name, allow_download=False)
        try:
            path = download_model(settings)
        except ModelUnavailable as exc:
            return None, exc.message
    try:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a folder on disk: nothing more to fetch
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(path), local_files_only=True, device="cpu")
        dim = int(model.get_embedding_dimension() or 0)
    except Exception as exc:  # any loader failure means lexical-only, never a crash
        log.warning("embedding model %s failed to load: %s", name, exc)
        return None, prompts.text("ingest", "embedding.failed", model=name, error=type(exc).__name__)
    return Embedder(name=name, model=model, query_instruction=settings.query_instruction,
                    dim=dim), None


class VectorCache:
    """Passage vectors keyed by model and text, so re-ingest embeds only what changed."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha1(f"{model}\x1f{text}".encode()).hexdigest()

    def get_many(self, model: str, texts: list[str]) -> dict[str, np.ndarray]:
        keys = [self.key(model, t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start:start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", batch)
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, texts: list[str], vectors: np.ndarray) -> None:
        rows = [(self.key(model, t), np.asarray(v, dtype=np.float32).tobytes())
                for t, v in zip(texts, vectors, strict=True)]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)

    def close(self) -> None:
        self._db.close()
