"""Where each fact came from: the user's own words behind every value a calculation used,
so a reply can list "我理解的情况" and a user can correct one ("不对，面积是450")."""

from __future__ import annotations

import re
from typing import Any

from assistant.facts import year_floor_words
from assistant.figures import Competing, Summed
from assistant.patterns import compiled
from assistant.timeline import span
from assistant.understanding import facts_for, figures_in, quantity_value
from calculators import Measure, RuleBook
from calculators.quantity import AtLeast, Below, Period

_WORDS_MAX = 24


def _numeric_words(text: str, value: Any, kind: str) -> str | None:
    if isinstance(value, Summed | Competing):  # (a part shown with its yuan, "2万元（20,000.00元）", as 2万元)
        return (" + ".join(re.sub(r"（[^（）]*）", "", p) for p in value.parts) if isinstance(value, Summed)
                else "、".join(value.words))
    if isinstance(value, AtLeast) and value.unit != "months":
        # a figure said as its floor ("两百多万"): its line says 至少 itself; a year's floor from its parts says them
        return year_floor_words(text, value.floor)
    if isinstance(value, AtLeast | Period):
        period = span(text)
        return period.words if period else None
    target = value.limit if isinstance(value, Below) else value
    for quantity in figures_in(text):
        try:
            if quantity_value(kind, quantity) == target:
                return quantity.raw
        except (ArithmeticError, ValueError):
            continue
    return None


def _choice_words(text: str, value: Any, spec) -> str | None:
    choice = next((c for c in spec.choices if c.value == value), None)
    words = [str(w) for w in ((choice.value, choice.label, *choice.synonyms) if choice else (value,)) if w]
    found = [w for w in sorted(words, key=len, reverse=True) if w.lower() in text.lower()]
    return found[0] if found else None


_PHRASE_EDGE = re.compile(r"[，。；;！!？?\s]|,(?!\d{3})")  # ("4,000,000美元": a thousands comma is no edge)
_PHRASE_MAX = 16


def _phrase_around(text: str, words: list[str]) -> str | None:
    """The phrase (between punctuation or spaces) holding the longest cue found; "刚…成立"
    cues match their parts within one phrase. Long phrases keep the cue and what is nearest."""
    for word in sorted((w for w in words if len(w) > 1), key=len, reverse=True):
        match = compiled(r"[^，,。；;！!？?]{0,16}?".join(map(re.escape, re.split(r"…+", word)))).search(text)
        if match is None:
            continue
        start = max((m.end() for m in _PHRASE_EDGE.finditer(text, 0, match.start())), default=0)
        end = next((m.start() for m in _PHRASE_EDGE.finditer(text, match.end())), len(text))
        if end - start > _PHRASE_MAX:
            start = max(start, match.start() - 4)
            end = min(end, max(match.end(), start + _PHRASE_MAX))
            while start > 0 and text[start].isdigit() and text[start - 1].isdigit():
                start -= 1  # never cut a figure ("020年新成立" for "2020年新成立")
            while end < len(text) and text[end - 1].isdigit() and text[end].isdigit():
                end += 1
        return text[start:end]
    return None


def words_for(text: str, name: str, value: Any, rulebook: RuleBook) -> str | None:
    """The words in one message that gave `value` to input `name`, or None."""
    spec = rulebook.inputs.get(name)
    if spec is None:
        return None
    if spec.kind in ("money_cny", "money_usd", "area_m2", "months", "count", "percent", "number"):
        return _numeric_words(text, value, spec.kind)
    if spec.kind == "choice":
        return _choice_words(text, value, spec)
    if spec.kind == "country":
        country = rulebook.countries.countries.get(str(value)) if rulebook.countries else None
        names = [country.name, *country.aliases] if country else [str(value)]
        return next((n for n in sorted(names, key=len, reverse=True) if len(n) > 1 and n in text), None)
    if spec.kind == "date":
        period = span(text)
        if period:
            return period.words
        # "2010年成立…2024年我们参展": the date said of the matter, not the first year in the message
        said = [m.group(0) for m in re.finditer(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?", text)]
        year = getattr(value, "year", None) or next(iter(re.findall(r"\d{4}", str(value))), None)
        return next((w for w in said if year is not None and w.startswith(str(year))), said[0] if said else None)
    return _phrase_around(text, list(spec.cues))


def fact_sources(messages: list[str], measure: Measure, facts: dict[str, Any], rulebook: RuleBook
                 ) -> dict[str, str]:
    """For each fact, the words of the latest message that stated it (a correction wins)."""
    # a total added up over several messages is its parts, wherever a message said a figure equal to it
    sources: dict[str, str] = {name: _numeric_words("", value, "")[:_WORDS_MAX] for name, value in facts.items()
                               if isinstance(value, Summed) and value.parts}
    for text in reversed(messages):
        stated = facts_for(text, measure, rulebook)
        for name, value in stated.items():
            if name in facts and name not in sources and stated[name] == facts[name]:
                words = words_for(text, name, value, rulebook)
                if words:
                    sources[name] = words.strip()[:_WORDS_MAX]
    return sources
