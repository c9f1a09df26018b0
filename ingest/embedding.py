"""Sentence-transformers vectors, loaded only from where they can be had right now.

Hub clients retry for about 80 s on a machine with no network before an uncached model
fails, so the order is: a local directory; the local hub cache (offline); the hub only when
POLICY_ALLOW_DOWNLOAD=1 and it answers within two seconds. Anything else: no embedder and
one clear Chinese warning; the caller runs lexical-only. torch is imported only here, and
only when a model is actually loaded.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import prompts
from ingest.settings import IndexSettings

log = logging.getLogger(__name__)
_HUB_HOST = ("huggingface.co", 443)
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


def _cached_in_hub(name: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    if name.count("/") != 1:
        return False
    found = try_to_load_from_cache(repo_id=name, filename="config.json")
    return isinstance(found, str)


def _hub_reachable(timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection(_HUB_HOST, timeout=timeout):
            return True
    except OSError:
        return False


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
    if local_dir.is_dir():
        source, offline = str(local_dir), True
    elif _cached_in_hub(name):
        source, offline = name, True
    elif settings.allow_download and _hub_reachable():
        source, offline = name, False
    else:
        return None, prompts.text("ingest", "embedding.not_cached", model=name, allow_download=settings.allow_download)
    try:
        if offline:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(source, local_files_only=offline, device="cpu")
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
