"""Hybrid retrieval over the current index: BM25 (jieba) + dense (Chroma), fused by RRF.

Results are clauses, not chunks: a clause ranks by its best chunk in each channel. When
the index has no vectors or the embedding model cannot be loaded, retrieval is BM25 only
and `warning` says why, once. A new build made by `python -m ingest` (or the admin page)
is picked up on the next search, without a restart.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import numpy as np

from ingest.embedding import load_embedder
from ingest.errors import IngestError
from ingest.records import Clause, Policy
from ingest.settings import IndexSettings
from ingest.store import Snapshot, current_build_id, load_snapshot
from ingest.tokenize import tokenize, tokenize_query
from prompts import message

log = logging.getLogger(__name__)
RRF_K = 60
CANDIDATES = 50


@dataclass
class Hit:
    """One retrieved clause with its fused score and each channel's rank (1-based)."""

    policy: Policy
    clause: Clause
    score: float
    ranks: dict[str, int | None]
    scores: dict[str, float | None]
    chunk_text: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"city": self.policy.city, "doc_number": self.policy.doc_number,
                "clause": self.clause.label, "heading": self.clause.heading,
                "score": round(self.score, 6), "ranks": dict(self.ranks),
                "scores": {k: (round(v, 4) if v is not None else None)
                           for k, v in self.scores.items()}}


@dataclass
class _Loaded:
    snapshot: Snapshot
    bm25: object
    clause_index: list[int]          # chunk i -> position in snapshot.clauses
    city_of_chunk: np.ndarray
    clause_by_key: dict[tuple[str, str], int] = field(default_factory=dict)


class Retriever:
    """Searches the current build; thread-safe; reloads when the build changes."""

    def __init__(self, settings: IndexSettings | None = None):
        self.settings = settings or IndexSettings.from_env()
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None
        self._embedder = None
        self.warning: str | None = None

    # -- state -------------------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        return self._current().snapshot

    @property
    def mode(self) -> str:
        self._current()
        return "hybrid" if self._embedder is not None else "lexical"

    def policies(self) -> list[Policy]:
        return list(self.snapshot.policies.values())

    def clause(self, policy_id: str, label: str) -> Clause | None:
        loaded = self._current()
        index = loaded.clause_by_key.get((policy_id, label))
        return loaded.snapshot.clauses[index] if index is not None else None

    def refresh(self) -> bool:
        """Load the current build if it changed; True when it did."""
        build_id = current_build_id(self.settings.index_dir)
        with self._lock:
            if self._loaded is not None and self._loaded.snapshot.build_id == build_id:
                return False
            self._loaded = self._load()
            return True

    def _current(self) -> _Loaded:
        self.refresh()
        assert self._loaded is not None
        return self._loaded

    def _load(self) -> _Loaded:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        snapshot = load_snapshot(self.settings)
        bm25 = bm25s.BM25()
        bm25.index(snapshot.tokens, show_progress=False)
        clause_by_key = {(c.policy_id, c.label): i for i, c in enumerate(snapshot.clauses)}
        clause_index = [clause_by_key[(ch.policy_id, ch.label)] for ch in snapshot.chunks]
        city_of_chunk = np.array([str(ch.metadata.get("city", "")) for ch in snapshot.chunks])
        self._embedder, self.warning = None, None
        if not self.settings.lexical_only:
            self._attach_dense(snapshot)
        if self.warning:
            log.info("retrieval runs lexical-only: %s", self.warning)
        return _Loaded(snapshot, bm25, clause_index, city_of_chunk, clause_by_key)

    def _attach_dense(self, snapshot: Snapshot) -> None:
        if not snapshot.embed_model:
            self.warning = message("lexical_no_vectors")
            return
        settings = IndexSettings.from_env(**{**self.settings.__dict__,
                                             "embed_model": snapshot.embed_model,
                                             "query_instruction":
                                             snapshot.manifest.get("query_instruction", "")})
        embedder, warning = load_embedder(settings)
        if embedder is None:
            self.warning = warning
            return
        try:
            snapshot.collection(self.settings)
        except IngestError as exc:
            self.warning = message("lexical_after_error", error=exc.message)
            return
        self._embedder = embedder

    # -- search ------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, cities: list[str] | None = None) -> list[Hit]:
        """Top-k clauses for query, optionally only from the given cities."""
        loaded = self._current()
        bm25_ranked, bm25_scores = self._bm25(loaded, query, cities)
        dense_ranked, dense_scores = self._dense(loaded, query, cities)
        fused: dict[int, float] = {}
        for ranking in (bm25_ranked, dense_ranked):
            for rank, clause_pos in enumerate(ranking, 1):
                fused[clause_pos] = fused.get(clause_pos, 0.0) + 1.0 / (RRF_K + rank)
        bm25_rank = {c: r for r, c in enumerate(bm25_ranked, 1)}
        dense_rank = {c: r for r, c in enumerate(dense_ranked, 1)}
        ordered = sorted(fused, key=lambda c: (-fused[c], bm25_rank.get(c, 10**6)))[:k]
        hits = []
        for clause_pos in ordered:
            clause = loaded.snapshot.clauses[clause_pos]
            hits.append(Hit(
                policy=loaded.snapshot.policies[clause.policy_id], clause=clause,
                score=fused[clause_pos],
                ranks={"bm25": bm25_rank.get(clause_pos),
                       "dense": dense_rank.get(clause_pos) if self._embedder else None},
                scores={"bm25": bm25_scores.get(clause_pos),
                        "dense": dense_scores.get(clause_pos) if self._embedder else None}))
        return hits

    def _bm25(self, loaded: _Loaded, query: str, cities: list[str] | None
              ) -> tuple[list[int], dict[int, float]]:
        tokens = [t for t in tokenize_query(query) if t in loaded.bm25.vocab_dict]
        tokens += [t for t in tokenize(query) if t in loaded.bm25.vocab_dict]  # the user's own words weigh double
        if not tokens:
            return [], {}
        scores = loaded.bm25.get_scores(tokens)
        if cities:
            scores = np.where(np.isin(loaded.city_of_chunk, cities), scores, 0.0)
        top = np.argsort(-scores)[: CANDIDATES * 2]
        return _by_clause(((int(i), float(scores[i])) for i in top if scores[i] > 0),
                          loaded.clause_index)

    def _dense(self, loaded: _Loaded, query: str, cities: list[str] | None
               ) -> tuple[list[int], dict[int, float]]:
        if self._embedder is None:
            return [], {}
        collection = loaded.snapshot.collection(self.settings)
        where = None
        if cities:
            where = {"city": cities[0]} if len(cities) == 1 else {"city": {"$in": list(cities)}}
        vector = self._embedder.encode_query(query)
        count = min(CANDIDATES, len(loaded.snapshot.chunks))
        result = collection.query(query_embeddings=[vector.tolist()], n_results=count,
                                  where=where, include=["distances"])
        position = {ch.id: i for i, ch in enumerate(loaded.snapshot.chunks)}
        pairs = ((position[cid], 1.0 - float(dist))
                 for cid, dist in zip(result["ids"][0], result["distances"][0], strict=True)
                 if cid in position)
        return _by_clause(pairs, loaded.clause_index)


def _by_clause(chunk_scores, clause_index: list[int]) -> tuple[list[int], dict[int, float]]:
    """Chunk (index, score) pairs in rank order -> clause positions ranked by best chunk."""
    best: dict[int, float] = {}
    order: list[int] = []
    for chunk_pos, score in chunk_scores:
        clause_pos = clause_index[chunk_pos]
        if clause_pos not in best:
            best[clause_pos] = score
            order.append(clause_pos)
    return order, best
