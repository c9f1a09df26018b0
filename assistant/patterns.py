"""Patterns built from the rule files' words, compiled once for the life of the process.

Python's `re` keeps 512 compiled patterns. The cues, choice words, topic patterns and place names a message is read
against are more than that, so each answer compiled most of them again: a third of an answer's time, profiled on
120 blind rows at 76039f4 (3,349 compilations). Code that builds a pattern from data takes it from here instead.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=16384)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`source` compiled, kept."""
    return re.compile(source, flags)


@lru_cache(maxsize=16384)
def literal(word: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern matching `word` as written (re.escape'd), kept."""
    return re.compile(re.escape(word), flags)
