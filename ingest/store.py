"""Index builds on disk: written aside, switched in atomically, read as immutable snapshots.

Layout under the index directory:
    CURRENT                 the id of the build readers use (replaced with os.replace)
    builds/<id>/            manifest.json, policies.json, clauses.jsonl, chunks.jsonl, chroma/
    vectors.sqlite          passage-vector cache shared by builds
A build is written to `builds/.tmp-<name>-<pid>`, fsynced, renamed when complete, then CURRENT is
switched (fsynced too), so a reader sees either the old build or the new one, never half of one;
the build CURRENT names is never removed, a rebuild of the same content gets its own directory,
and a CURRENT naming nothing (an ingest killed mid-way) is repaired to the newest complete build. Embedded
Chroma data lives inside its build, so no two processes ever write the same Chroma files; in
server mode each build has its own collection, `policy_chunks_<id>`.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import prompts
from ingest.errors import ChromaUnavailable, IngestError
from ingest.records import Chunk, Clause, Policy
from ingest.settings import IndexSettings

FORMAT_VERSION = 1
KEEP_BUILDS = 3


def collection_name(build_id: str) -> str:
    return f"policy_chunks_{build_id}"


def chroma_client(settings: IndexSettings, build_dir: Path | None = None):
    """An embedded client on the build's own directory, or the configured Chroma server."""
    import chromadb
    from chromadb.config import Settings

    chroma_settings = Settings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                         settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # connection errors come in many types
            raise ChromaUnavailable(prompts.text("ingest", "index_errors.chroma_server", host=settings.chroma_host,
                                                 port=settings.chroma_port, error=type(exc).__name__)) from exc
        return client
    if build_dir is None:
        raise IngestError(prompts.text("ingest", "index_errors.chroma_needs_dir"))
    return chromadb.PersistentClient(path=str(build_dir / "chroma"), settings=chroma_settings)


def current_build_id(index_dir: Path) -> str | None:
    try:
        return (index_dir / "CURRENT").read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_build(settings: IndexSettings, build_id: str, manifest: dict, policies: list[Policy],
                clauses: list[Clause], chunks: list[Chunk], tokens: list[list[str]],
                vectors: np.ndarray | None) -> Path:
    """Write a complete build and make it current; returns its directory.

    The published build is never touched: a rebuild of the same content (forced, or two
    ingests at once) gets a directory of its own (`<id>-<suffix>`), everything is fsynced
    before CURRENT switches, and only builds CURRENT no longer names are ever removed."""
    builds = settings.index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    name = build_id if not (builds / build_id).exists() else f"{build_id}-{uuid.uuid4().hex[:8]}"
    final = builds / name
    temp = builds / f".tmp-{name}-{os.getpid()}"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    try:
        if vectors is not None:
            _write_vectors(settings, name, temp, chunks, vectors)
        (temp / "policies.json").write_text(
            json.dumps([p.to_dict() for p in policies], ensure_ascii=False, indent=1),
            encoding="utf-8")
        _write_jsonl(temp / "clauses.jsonl", (c.to_dict() for c in clauses))
        _write_jsonl(temp / "chunks.jsonl",
                     ({**c.to_dict(), "tokens": t} for c, t in zip(chunks, tokens, strict=True)))
        (temp / "manifest.json").write_text(json.dumps({**manifest, "version": name}, ensure_ascii=False,
                                                       indent=1), encoding="utf-8")
        _fsync_tree(temp)
        temp.rename(final)
        _fsync_dir(builds)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        if settings.chroma_host and vectors is not None:
            _drop_collection(settings, name)
        raise
    _point_to(settings.index_dir, name)
    _collect_garbage(settings, keep=name)
    return final


def _point_to(index_dir: Path, name: str) -> None:
    """CURRENT := name, atomically and durably (a crash leaves the old or the new pointer)."""
    pointer = index_dir / f".CURRENT.{os.getpid()}.{uuid.uuid4().hex[:6]}"
    with pointer.open("w", encoding="utf-8") as handle:
        handle.write(name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(pointer, index_dir / "CURRENT")
    _fsync_dir(index_dir)


def _fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            _fsync_dir(path)
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems cannot sync a directory: the rename is still atomic
        pass
    finally:
        os.close(fd)


def repair_current(index_dir: Path) -> str | None:
    """At start-up or when a reader finds CURRENT naming no complete build (an ingest killed
    between its steps, a build removed by hand): point CURRENT at the newest complete build,
    and clear the temporaries of ingests that are no longer running. Returns what CURRENT names."""
    builds = index_dir / "builds"
    if not builds.is_dir():
        return current_build_id(index_dir)
    for temp in builds.glob(".tmp-*"):
        if not _alive(temp.name.rsplit("-", 1)[-1]):
            shutil.rmtree(temp, ignore_errors=True)
    named = current_build_id(index_dir)
    if named and (builds / named / "manifest.json").exists():
        return named
    complete = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")
                       and (p / "manifest.json").exists()), key=lambda p: p.stat().st_mtime, reverse=True)
    if not complete:
        return named
    _point_to(index_dir, complete[0].name)
    return complete[0].name


def _alive(pid_text: str) -> bool:
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_vectors(settings: IndexSettings, build_id: str, build_dir: Path,
                   chunks: list[Chunk], vectors: np.ndarray) -> None:
    client = chroma_client(settings, build_dir)
    name = collection_name(build_id)
    if settings.chroma_host:
        _drop_collection(settings, build_id, client)
    collection = client.create_collection(name, embedding_function=None,
                                          configuration={"hnsw": {"space": "cosine"}})
    step = max(1, min(1000, client.get_max_batch_size()))
    for start in range(0, len(chunks), step):
        part = chunks[start:start + step]
        collection.add(ids=[c.id for c in part], embeddings=vectors[start:start + step].tolist(),
                       documents=[c.text for c in part],
                       metadatas=[c.metadata for c in part])


def _drop_collection(settings: IndexSettings, build_id: str, client=None) -> None:
    try:
        (client or chroma_client(settings)).delete_collection(collection_name(build_id))
    except Exception:  # absent collection or server gone: nothing to drop
        return


def _collect_garbage(settings: IndexSettings, keep: str) -> None:
    builds = settings.index_dir / "builds"
    entries = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    current = current_build_id(settings.index_dir)
    stale = [p for p in entries if p.name not in (keep, current)][KEEP_BUILDS - 1:]
    for path in stale:
        if settings.chroma_host:
            _drop_collection(settings, path.name)
        shutil.rmtree(path, ignore_errors=True)
    for path in builds.glob(".tmp-*"):  # temp dirs of ingests that died
        if not _alive(path.name.rsplit("-", 1)[-1]):
            shutil.rmtree(path, ignore_errors=True)


@dataclass
class Snapshot:
    """One complete, immutable build as readers use it."""

    build_id: str
    build_dir: Path
    manifest: dict
    policies: dict[str, Policy]
    clauses: list[Clause]
    chunks: list[Chunk]
    tokens: list[list[str]]
    _collection: object = field(default=None, repr=False)

    @property
    def embed_model(self) -> str | None:
        return self.manifest.get("embed_model")

    def collection(self, settings: IndexSettings):
        """The build's Chroma collection (None for a lexical-only build)."""
        if not self.embed_model:
            return None
        if self._collection is None:
            client = chroma_client(settings, self.build_dir)
            self._collection = client.get_collection(collection_name(self.build_id),
                                                     embedding_function=None)
        return self._collection


def load_snapshot(settings: IndexSettings) -> Snapshot:
    """The current build; IngestError (Chinese) when there is none yet."""
    build_id = current_build_id(settings.index_dir)
    build_dir = settings.index_dir / "builds" / (build_id or "")
    if build_id and not (build_dir / "manifest.json").exists():
        build_id = repair_current(settings.index_dir)  # CURRENT names nothing: the newest complete build
        build_dir = settings.index_dir / "builds" / (build_id or "")
    if not build_id or not (build_dir / "manifest.json").exists():
        raise IngestError(prompts.text("ingest", "index_errors.no_index", path=settings.index_dir))
    manifest = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT_VERSION:
        raise IngestError(prompts.text("ingest", "index_errors.old_format"))
    policies = [Policy.from_dict(p) for p in
                json.loads((build_dir / "policies.json").read_text(encoding="utf-8"))]
    rows = _read_jsonl(build_dir / "chunks.jsonl")
    tokens = [row.pop("tokens") for row in rows]
    return Snapshot(
        build_id=build_id, build_dir=build_dir, manifest=manifest,
        policies={p.id: p for p in policies},
        clauses=[Clause.from_dict(r) for r in _read_jsonl(build_dir / "clauses.jsonl")],
        chunks=[Chunk.from_dict(r) for r in rows], tokens=tokens)
