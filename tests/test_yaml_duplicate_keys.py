"""Every YAML file the product reads has each key once in each mapping: a repeated key silently replaces the
one before it (a lexicon entry added twice lost the first one's patterns, a wrong amount followed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for folder in ("assistant", "calculators", "prompts", "data", "ingest")
               for p in (ROOT / folder).rglob("*.yaml"))


def _repeated(path: Path) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [(loader.construct_object(k, deep=True), k.start_mark.line + 1) for k, _ in node.value]
        counts = Counter(str(k) for k, _ in keys)
        found.extend((str(k), line) for k, line in keys if counts[str(k)] > 1)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)  # (a SafeLoader subclass)
    return found


def test_there_are_yaml_files() -> None:
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_no_key_repeated(path: Path) -> None:
    assert _repeated(path) == []
