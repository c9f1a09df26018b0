"""Which city a question is about: corpus cities, their districts and counties, other cities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.yaml"


@dataclass(frozen=True)
class Gazetteer:
    """Names -> city, for the cities that have policies, plus cities that have none."""

    aliases: dict[str, str] = field(default_factory=dict)
    others: frozenset[str] = frozenset()
    _pattern: re.Pattern[str] | None = None

    @classmethod
    def build(cls, corpus_cities: Iterable[str], path: Path = GAZETTEER) -> Gazetteer:
        data = _load(path)
        cities = set(corpus_cities)
        aliases: dict[str, str] = {}
        for city in cities:
            aliases[city] = city
            aliases[f"{city}市"] = city
        for city, places in (data.get("cities") or {}).items():
            if city in cities:
                for place in places:
                    aliases[str(place)] = city
        others = frozenset(c for c in data.get("other_cities") or [] if c not in cities)
        names = sorted([*aliases, *others], key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(n) for n in names)) if names else None
        return cls(aliases, others, pattern)

    def mentions(self, text: str) -> list[str]:
        """Corpus cities named in text (directly or by a district), in order, no repeats."""
        found: list[str] = []
        for name in self._names(text):
            city = self.aliases.get(name)
            if city and city not in found:
                found.append(city)
        return found

    def other_cities(self, text: str) -> list[str]:
        """Cities named in text that have no policy in the corpus."""
        return list(dict.fromkeys(n for n in self._names(text) if n in self.others))

    def _names(self, text: str) -> list[str]:
        return self._pattern.findall(text) if self._pattern else []


@lru_cache(maxsize=4)
def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
