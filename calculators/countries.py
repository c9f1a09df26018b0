"""Countries and regions by Chinese name, and the lists the policies name (一带一路, RCEP, 丝路电商)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Country:
    """A country or region (港澳台 are regions, not countries) and its continent."""

    name: str
    region: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountryList:
    """A named list of countries with its source and as-of date, as kept in countries.yaml."""

    key: str
    name: str
    source: str
    as_of: str
    members: frozenset[str]
    note: str = ""
    absent_note: bool = False


@dataclass
class Countries:
    """Lookup of countries by name or alias, and list membership."""

    countries: dict[str, Country]
    lists: dict[str, CountryList]
    transcontinental: frozenset[str] = field(default_factory=frozenset)
    note: str = ""

    def lookup(self, text: str) -> Country | None:
        """The country named in `text` (exact name or alias first, then the longest contained)."""
        s = str(text).strip()
        if not s:
            return None
        best: tuple[int, Country] | None = None
        for country in self.countries.values():
            for word in (country.name, *country.aliases):
                if s == word or s.lower() == word.lower():
                    return country
                if len(word) >= 2 and word in s and (best is None or len(word) > best[0]):
                    best = (len(word), country)
        return best[1] if best else None

    def lists_of(self, name: str) -> list[str]:
        """Keys of the lists the country belongs to."""
        return [k for k, lst in self.lists.items() if name in lst.members]

    def list_names(self, keys: tuple[str, ...] | list[str]) -> str:
        """The lists' Chinese names joined with 、."""
        return "、".join(self.lists[k].name for k in keys)
