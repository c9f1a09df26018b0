"""The ingest run: files -> records -> chunks -> vectors -> a new build, or nothing to do."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

import prompts
from ingest.chunking import chunk_clauses
from ingest.embedding import VectorCache, load_embedder
from ingest.errors import IngestError
from ingest.parse import file_hash, parse_policy_file
from ingest.readers import SUPPORTED_SUFFIXES
from ingest.records import Chunk, Clause, Policy
from ingest.settings import IndexSettings
from ingest.store import FORMAT_VERSION, Snapshot, current_build_id, load_snapshot, write_build
from ingest.tokenize import tokenize

INGEST_VERSION = "2026.12.1"  # bump when parsing or chunking changes, to force a rebuild
Progress = Callable[[str, int, int], None]


def _status(key: str) -> str:
    """A FileReport status as shown and stored (imported / kept / failed), worded in prompts/ingest.yaml."""
    return prompts.text("ingest", f"status.{key}")


@dataclass
class FileReport:
    """How one file fared: 导入 / 沿用旧版本 / 失败."""

    name: str
    status: str
    policy_id: str = ""
    city: str = ""
    clauses: int = 0
    chunks: int = 0
    message: str = ""


@dataclass
class IngestSummary:
    """What an ingest run did, for the summary table and for callers (admin page, tests)."""

    build_id: str
    changed: bool
    files: list[FileReport]
    clauses: int
    chunks: int
    seconds: float
    embedding: str
    embedded_new: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[FileReport]:
        return [f for f in self.files if f.status != _status("imported")]


def policy_files(data_dir: Path) -> list[Path]:
    if not data_dir.is_dir():
        raise IngestError(prompts.text("ingest", "run_errors.no_data_dir", path=data_dir))
    return sorted(p for p in data_dir.iterdir()
                  if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                  and not p.name.startswith("."))


def _previous(settings: IndexSettings) -> Snapshot | None:
    try:
        return load_snapshot(settings)
    except IngestError:
        return None


def _reuse(previous: Snapshot | None, name: str) -> tuple[Policy, list[Clause]] | None:
    if previous is None:
        return None
    for policy in previous.policies.values():
        if policy.source_file == name:
            return policy, [c for c in previous.clauses if c.policy_id == policy.id]
    return None


def run_ingest(settings: IndexSettings, progress: Progress | None = None,
               force: bool = False) -> IngestSummary:
    """Build the index from settings.data_dir; a no-op when nothing changed (unless force)."""
    started = time.perf_counter()
    files = policy_files(settings.data_dir)
    if not files:
        raise IngestError(prompts.text("ingest", "run_errors.no_policy_files", path=settings.data_dir,
                                       supported=SUPPORTED_SUFFIXES))
    previous = _previous(settings)
    reports: list[FileReport] = []
    parsed: list[tuple[Policy, list[Clause]]] = []
    stems: dict[str, str] = {}  # "X.md" beside "X.txt" would share the policy id X
    for index, path in enumerate(files, 1):
        if progress:
            progress(prompts.text("ingest", "progress.parse"), index, len(files))
        if path.stem in stems:
            reports.append(FileReport(path.name, _status("failed"),
                                      message=prompts.text("ingest", "file_errors.same_name", name=path.name,
                                                           other=stems[path.stem])))
            continue
        stems[path.stem] = path.name
        try:
            policy, clauses = parse_policy_file(path)
            reports.append(FileReport(path.name, _status("imported"), policy.id, policy.city, len(clauses)))
        except IngestError as exc:
            kept = _reuse(previous, path.name)
            if kept is None:
                reports.append(FileReport(path.name, _status("failed"), message=exc.message))
                continue
            policy, clauses = kept
            reports.append(FileReport(path.name, _status("kept"), policy.id, policy.city, len(clauses),
                                      message=prompts.text("ingest", "file_errors.kept_previous", message=exc.message)))
        parsed.append((policy, clauses))
    if not parsed:
        raise IngestError(prompts.text("ingest", "run_errors.nothing_imported", messages=[r.message for r in reports]))
    warnings = _duplicate_doc_numbers([p for p, _ in parsed])
    embedder, embed_warning = load_embedder(settings)
    if embed_warning:
        warnings.append(embed_warning)
    embed_name = embedder.name if embedder else None
    build_id = _build_id([p for p, _ in parsed], settings, embed_name)
    chunks_by_policy = {p.id: chunk_clauses(p, c, settings.chunk_max_chars) for p, c in parsed}
    for report in reports:
        report.chunks = len(chunks_by_policy.get(report.policy_id, []))
    chunks = [chunk for p, _ in parsed for chunk in chunks_by_policy[p.id]]
    clauses = [clause for _, cs in parsed for clause in cs]
    embedding = (prompts.text("ingest", "embedding.dense", model=embed_name, dim=embedder.dim) if embedder
                 else prompts.text("ingest", "embedding.lexical"))
    if (not force and previous is not None and previous.manifest.get("build_id") == build_id
            and current_build_id(settings.index_dir) == previous.build_id):
        return IngestSummary(previous.build_id, False, reports, len(clauses), len(chunks),
                             time.perf_counter() - started, embedding, 0, warnings)
    vectors, embedded_new = None, 0
    if embedder is not None:
        vectors, embedded_new = _vectors(settings, embedder, chunks, progress)
    tokens = [tokenize(c.text) for c in chunks]
    manifest = {
        "format": FORMAT_VERSION, "build_id": build_id, "ingest_version": INGEST_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "embed_model": embed_name, "embed_dim": embedder.dim if embedder else None,
        "query_instruction": settings.query_instruction if embedder else "",
        "chroma": ({"mode": "server", "host": settings.chroma_host, "port": settings.chroma_port}
                   if settings.chroma_host else {"mode": "embedded"}),
        "files": {r.name: {"status": r.status, "policy_id": r.policy_id, "message": r.message}
                  for r in reports},
        "counts": {"policies": len(parsed), "clauses": len(clauses), "chunks": len(chunks)},
    }
    published = write_build(settings, build_id, manifest, [p for p, _ in parsed], clauses, chunks, tokens,
                            vectors).name
    return IngestSummary(published, True, reports, len(clauses), len(chunks),
                         time.perf_counter() - started, embedding, embedded_new, warnings)


def _vectors(settings: IndexSettings, embedder, chunks: list[Chunk],
             progress: Progress | None) -> tuple[np.ndarray, int]:
    cache = VectorCache(settings.index_dir / "vectors.sqlite")
    try:
        texts = [c.text for c in chunks]
        known = cache.get_many(embedder.name, texts)
        missing = [t for t in dict.fromkeys(texts) if cache.key(embedder.name, t) not in known]
        batch = 32
        for start in range(0, len(missing), batch):
            if progress:
                progress(prompts.text("ingest", "progress.embed"), min(start + batch, len(missing)), len(missing))
            part = missing[start:start + batch]
            vectors = embedder.encode_passages(part)
            cache.put_many(embedder.name, part, vectors)
            known.update({cache.key(embedder.name, t): v for t, v in zip(part, vectors, strict=True)})
        matrix = np.stack([known[cache.key(embedder.name, t)] for t in texts])
        return matrix, len(missing)
    finally:
        cache.close()


def _duplicate_doc_numbers(policies: list[Policy]) -> list[str]:
    seen: dict[str, str] = {}
    warnings = []
    for policy in policies:
        if not policy.doc_number:
            warnings.append(prompts.text("ingest", "file_errors.no_doc_number", name=policy.source_file))
        elif policy.doc_number in seen:
            warnings.append(prompts.text("ingest", "file_errors.same_doc_number", name=policy.source_file,
                                         other=seen[policy.doc_number], doc_number=policy.doc_number))
        else:
            seen[policy.doc_number] = policy.source_file
    return warnings


def _build_id(policies: list[Policy], settings: IndexSettings, embed_name: str | None) -> str:
    key = {
        "files": sorted((p.source_file, p.content_hash) for p in policies),
        "version": INGEST_VERSION, "format": FORMAT_VERSION, "model": embed_name,
        "instruction": settings.query_instruction if embed_name else "",
        "chunk_max_chars": settings.chunk_max_chars,
        "chroma": [settings.chroma_host, settings.chroma_port] if settings.chroma_host else None,
    }
    return hashlib.sha1(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:16]


__all__ = ["FileReport", "IngestSummary", "file_hash", "policy_files", "run_ingest"]
