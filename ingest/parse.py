"""One policy file -> its Policy record and clauses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import prompts
from ingest.clean import clean_lines, paragraphs
from ingest.errors import IngestError
from ingest.meta import load_sidecar, parse_metadata
from ingest.readers import read_policy_text
from ingest.records import Clause, Policy
from ingest.segment import CLOSING_LABEL, PREAMBLE_LABEL, segment

MIN_NUMBERED_CLAUSES = 1


def file_hash(path: Path) -> str:
    """Content hash of a policy file together with its sidecar (either change re-ingests)."""
    digest = hashlib.sha256(path.read_bytes())
    sidecar = path.with_name(path.stem + ".meta.yaml")
    if sidecar.exists():
        digest.update(b"\x00sidecar\x00" + sidecar.read_bytes())
    return digest.hexdigest()


def parse_policy_text(policy_id: str, text: str, source_file: str, content_hash: str,
                      sidecar: dict[str, object] | None = None) -> tuple[Policy, list[Clause]]:
    """Records from text; the sidecar's values win over what the text says."""
    lines = clean_lines(text)
    found = parse_metadata(lines, "\n".join(lines))
    found.update({k: v for k, v in (sidecar or {}).items()})
    city = str(found.get("city") or "").strip()
    if not city:
        raise IngestError(prompts.text("ingest", "file_errors.no_city", name=source_file, stem=Path(source_file).stem))
    clauses = segment(policy_id, paragraphs(text), str(found.get("issuer") or ""))
    numbered = [c for c in clauses if not c.label.startswith((PREAMBLE_LABEL, CLOSING_LABEL))]
    if len(numbered) < MIN_NUMBERED_CLAUSES:
        raise IngestError(prompts.text("ingest", "file_errors.no_clauses", name=source_file))
    policy = Policy(
        id=policy_id, city=city, province=str(found.get("province") or ""),
        title=str(found.get("title") or Path(source_file).stem),
        doc_number=str(found.get("doc_number") or ""),
        issuer=str(found.get("issuer") or ""),
        issue_date=found.get("issue_date"),  # type: ignore[arg-type]
        effective_from=found.get("effective_from"),  # type: ignore[arg-type]
        valid_until=found.get("valid_until"),  # type: ignore[arg-type]
        notes=str(found.get("notes") or ""), source_file=source_file,
        content_hash=content_hash,
        awards_counted_from=found.get("awards_counted_from"),  # type: ignore[arg-type]
        issue_year=found.get("issue_year"),  # type: ignore[arg-type]
    )
    return policy, clauses


def parse_policy_file(path: Path) -> tuple[Policy, list[Clause]]:
    """Read, clean, segment one file (IngestError with the file's name when it can't)."""
    text = read_policy_text(path)
    return parse_policy_text(path.stem, text, path.name, file_hash(path), load_sidecar(path))
