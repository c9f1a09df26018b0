"""Chinese tokens for BM25: jieba with the domain dictionary, stopwords out, query synonyms."""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with _lock:
        tokenizer.initialize()
        tokenizer.load_userdict(str(LEXICON_DIR / "userdict.txt"))
    return tokenizer


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = (LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip())


@lru_cache(maxsize=1)
def synonyms() -> dict[str, list[str]]:
    data = yaml.safe_load((LEXICON_DIR / "synonyms.yaml").read_text(encoding="utf-8")) or {}
    return {str(k): [str(v) for v in values] for k, values in data.items()}


def tokenize(text: str) -> list[str]:
    """Search-granularity tokens of indexed text (lower-cased, no stopwords or punctuation)."""
    stop = stopwords()
    return [t.lower() for t in _jieba().lcut_for_search(text)
            if _KEEP.search(t) and t not in stop and t.strip()]


def tokenize_query(text: str) -> list[str]:
    """Query tokens, each followed by the policy-text words it stands for (synonyms.yaml)."""
    table = synonyms()
    tokens = tokenize(text)
    extra = [syn.lower() for key, values in table.items() if key in text for syn in values]
    return tokens + [t for t in extra if t not in tokens]
