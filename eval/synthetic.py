"""A synthetic corpus N times the real one, made from the real clauses, for scale benchmarks.

Each copy renames the city (and its district names stay out), renumbers the document and
rotates the order of sentences inside each paragraph, so BM25 statistics are not those of
N identical documents.
"""

from __future__ import annotations

import re
from pathlib import Path

import prompts
from ingest.parse import parse_policy_file

_SENTENCE = re.compile(r"(?<=[。；])")


def _rotate(paragraph: str, shift: int) -> str:
    sentences = [s for s in _SENTENCE.split(paragraph) if s]
    if len(sentences) < 3:
        return paragraph
    head, body = sentences[0], sentences[1:]
    shift %= len(body)
    return head + "".join(body[shift:] + body[:shift])


def write_synthetic_corpus(source: Path, target: Path, factor: int) -> list[Path]:
    """Write `factor` variants of every policy in source into target; returns the files."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.txt")):
        policy, _ = parse_policy_file(path)
        text = path.read_text(encoding="utf-8")
        for copy in range(factor):
            name = prompts.text("eval", "synthetic.city", number=f"{copy:03d}", city=policy.city)
            variant = text.replace(policy.city, name)
            variant = re.sub(r"〔(\d{4})〕(\s*)(\d+)",
                             lambda m, c=copy: f"〔{m.group(1)}〕{m.group(2)}{c + 1}", variant)
            variant = "\n".join(_rotate(p, copy) for p in variant.split("\n"))
            out = target / f"{path.stem}_syn{copy:03d}.txt"
            out.write_text(variant, encoding="utf-8")
            written.append(out)
    return written
