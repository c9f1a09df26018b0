"""Assistant settings (language model, as-of date, limits), each from its POLICY_* variable.

Index settings (data, index, embedding model, Chroma) live in ingest.settings and are
re-exported here so callers have one place to look.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ingest.settings import IndexSettings

__all__ = ["ApiSettings", "AssistantConfig", "IndexSettings"]


# Yuan per dollar over the policies' periods (2019 to now): the market rate stayed within about 6.30 (Feb 2022)
# and 7.35 (Sep 2023); a figure in the other currency gives a result only where every rate of the band agrees
_USD_DEFAULT = (Decimal("6.3"), Decimal("7.4"))


def _band(value: str) -> tuple[Decimal, Decimal]:
    """"6.3-7.4" -> (6.3, 7.4): the yuan per dollar band (POLICY_USD_CNY_RANGE); the default on a value not read."""
    try:
        low, high = (Decimal(part.strip()) for part in value.split("-", 1))
    except (ValueError, InvalidOperation):
        return _USD_DEFAULT
    return (low, high) if 0 < low <= high else _USD_DEFAULT


# yuan per unit of a third currency: wide enough for any rate of recent years
_FX_DEFAULT = "欧元=7-9,英镑=8.5-10.5,日元=0.04-0.06,港币=0.85-0.95"


def _fx_bands(value: str) -> tuple[tuple[str, Decimal, Decimal], ...]:
    """"欧元=7-9,日元=0.04-0.06" -> (("欧元", 7, 9), ...) (POLICY_FX_CNY_RANGES); an entry not read is left out."""
    bands = {}
    for entry in re.split(r"[,，;；]", value):
        name, _, band = entry.partition("=")
        try:
            low, high = (Decimal(part.strip()) for part in band.split("-", 1))
        except (ValueError, InvalidOperation):
            continue
        if name.strip() and 0 < low <= high:
            bands[name.strip()] = (low, high)
    return tuple((name, low, high) for name, (low, high) in bands.items())


@dataclass(frozen=True)
class AssistantConfig:
    """What the engine needs beyond the index."""

    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0
    as_of: date | None = None
    max_message_chars: int = 2000
    # A dollar figure given for a yuan input gives an amount only where every rate in this band gives the same
    usd_band: tuple[Decimal, Decimal] = _USD_DEFAULT
    # the same for figures in a third currency, by its canonical name (欧元, 英镑, 日元, 港币)
    fx_bands: tuple[tuple[str, Decimal, Decimal], ...] = _fx_bands(_FX_DEFAULT)

    def fx_band(self, currency: str) -> tuple[Decimal, Decimal] | None:
        """Yuan per unit of a third currency, low and high, or None where no band is configured."""
        return next(((low, high) for name, low, high in self.fx_bands if name == currency), None)

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @classmethod
    def from_env(cls) -> AssistantConfig:
        env = os.environ
        as_of = env.get("POLICY_AS_OF")
        return cls(
            llm_base_url=env.get("POLICY_LLM_BASE_URL") or None,
            llm_model=env.get("POLICY_LLM_MODEL") or None,
            llm_api_key=env.get("POLICY_LLM_API_KEY") or None,
            llm_timeout=float(env.get("POLICY_LLM_TIMEOUT") or 30),
            as_of=date.fromisoformat(as_of) if as_of else None,
            max_message_chars=int(env.get("POLICY_MAX_MESSAGE_CHARS") or 2000),
            usd_band=_band(env.get("POLICY_USD_CNY_RANGE") or "6.3-7.4"),
            fx_bands=_fx_bands(env.get("POLICY_FX_CNY_RANGES") or _FX_DEFAULT),
        )


@dataclass(frozen=True)
class ApiSettings:
    """The REST and OpenAI-compatible API (assistant/api.py): tokens, limits, sessions, model id."""

    tokens: tuple[str, ...] = ()        # empty: no auth; else `Authorization: Bearer <one of them>`
    max_body_bytes: int = 64 * 1024
    session_ttl_seconds: float = 3600.0  # an /api/v1/ask session idle this long is forgotten
    max_sessions: int = 10000            # beyond this, the least recently used session goes
    max_replay_turns: int = 20           # user messages of a /v1/chat/completions request replayed
    model_id: str = "policy-assistant"
    session_store: str = "memory"        # memory (this process) or database (POLICY_DATABASE_URL, any replica)

    @classmethod
    def from_env(cls) -> ApiSettings:
        env = os.environ
        # several replicas share a PostgreSQL database: conversations then live there too
        shared = (env.get("POLICY_DATABASE_URL") or "").startswith("postgresql")
        tokens = tuple(t.strip() for t in (env.get("POLICY_API_TOKENS") or "").split(",") if t.strip())
        return cls(
            tokens=tokens,
            max_body_bytes=int(env.get("POLICY_API_MAX_BODY_BYTES") or 64 * 1024),
            session_ttl_seconds=float(env.get("POLICY_API_SESSION_TTL") or 3600),
            max_sessions=int(env.get("POLICY_API_MAX_SESSIONS") or 10000),
            max_replay_turns=int(env.get("POLICY_API_MAX_REPLAY_TURNS") or 20),
            model_id=env.get("POLICY_API_MODEL_ID") or "policy-assistant",
            session_store=(env.get("POLICY_SESSION_STORE") or ("database" if shared else "memory")).strip().lower(),
        )
