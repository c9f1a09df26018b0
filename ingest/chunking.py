"""Clauses -> retrieval chunks: one per clause, split at sentence ends only when long."""

from __future__ import annotations

import hashlib
import re

from ingest.records import Chunk, Clause, Policy

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|(?<=[^\d][.．])(?=\D)")


def context_header(policy: Policy, clause: Clause, parent: Clause | None = None) -> str:
    """The one-line context a chunk starts with: title › (parent heading ›) clause heading."""
    heading = clause.heading if clause.heading != clause.label else ""
    above = f"{parent.label} {parent.heading} › " if parent is not None else ""
    return f"{policy.city}｜{policy.title} › {above}{clause.label} {heading}".rstrip()


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s and s.strip()]


def _pieces(text: str, max_chars: int) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        if current and len(current) + len(sentence) > max_chars:
            pieces.append(current)
            current = ""
        current += sentence
    if current:
        pieces.append(current)
    return pieces


HEADING_ONLY_CHARS = 30


def chunk_clauses(policy: Policy, clauses: list[Clause], max_chars: int) -> list[Chunk]:
    """Chunks with stable ids: the same clause text always yields the same chunk id.

    A parent clause that is only its heading ("四、保障措施") gets no chunk of its own: its
    children carry the heading in their context line, and a bare heading would only win
    BM25 ties by being short."""
    by_label = {c.label: c for c in clauses}
    parents = {c.parent_label for c in clauses if c.parent_label}
    chunks: list[Chunk] = []
    for clause in clauses:
        if clause.label in parents and len(clause.text) <= HEADING_ONLY_CHARS:
            continue
        header = context_header(policy, clause, by_label.get(clause.parent_label or ""))
        for part, piece in enumerate(_pieces(clause.text, max_chars)):
            text = f"{header}\n{piece}"
            digest = hashlib.sha1(
                f"{policy.id}\x1f{clause.label}\x1f{part}\x1f{text}".encode()).hexdigest()[:20]
            chunks.append(Chunk(
                id=f"{policy.id}-{digest}", policy_id=policy.id, label=clause.label, part=part,
                text=text,
                metadata={
                    "policy_id": policy.id, "city": policy.city, "province": policy.province,
                    "doc_number": policy.doc_number, "title": policy.title,
                    "label": clause.label, "heading": clause.heading,
                    "parent_label": clause.parent_label or "",
                    "units": "、".join(clause.units_flat), "part": part,
                    "source_file": policy.source_file, "order": clause.order,
                },
            ))
    return chunks
