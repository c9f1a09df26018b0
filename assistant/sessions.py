"""Where the REST API keeps conversations between requests: a SessionStore.

`open(session_id)` hands a request its Session (a new one for None) for as long as the
request runs, one request at a time per session, and keeps it afterwards. The in-memory
store bounds the number of sessions and forgets idle ones; the database store
(`POLICY_SESSION_STORE=database`, the default on PostgreSQL) loads the row FOR UPDATE,
yields, and saves, so any replica can answer any turn of a conversation. A session is
stored as JSON whose non-JSON values (Decimal facts, AtLeast/Below/Period, Competing/Summed)
carry a type tag, so facts come back as the very values the calculators read.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Column, Float, MetaData, String, Table, Text, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from assistant.engine import new_session
from assistant.feedback import _make_engine, database_url
from assistant.figures import (
    AtRate,
    Chosen,
    Competing,
    Difference,
    InDollars,
    InForeign,
    InYuan,
    LessOtherTrade,
    MixedParts,
    PerEach,
    PerPeriod,
    Portion,
    Remainder,
    Shared,
    Summed,
)
from assistant.types import Session
from calculators.quantity import AtLeast, Below, Period, Quantity

log = logging.getLogger(__name__)
SESSION_STORES = ("memory", "database")


class SessionNotFound(LookupError):
    """No live session has this id: never created, expired, or evicted."""


class SessionStore(Protocol):
    """Where /api/v1/ask keeps conversations between requests (a database can implement it)."""

    ttl_seconds: float

    def open(self, session_id: str | None) -> AbstractContextManager[Session]:
        """The session with this id (a new one for None), held by this request alone until the
        block ends and then saved; SessionNotFound for an unknown or expired id."""
        ...


@dataclass
class _Entry:
    session: Session
    expires: float
    lock: threading.Lock = field(default_factory=threading.Lock)


class MemorySessionStore:
    """Sessions in this process: at most `max_sessions` (the least recently used go first),
    each forgotten after `ttl_seconds` idle; one request at a time per session."""

    def __init__(self, max_sessions: int = 10000, ttl_seconds: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_sessions, self.ttl_seconds, self._clock = max_sessions, ttl_seconds, clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    @contextmanager
    def open(self, session_id: str | None) -> Iterator[Session]:
        entry = self._checkout(session_id)
        with entry.lock:
            yield entry.session
        with self._lock:
            entry.expires = self._clock() + self.ttl_seconds  # idle time counts from the end of a turn

    def _checkout(self, session_id: str | None) -> _Entry:
        now = self._clock()
        with self._lock:
            while self._entries and next(iter(self._entries.values())).expires <= now:
                self._entries.popitem(last=False)  # least recently used first: the expired lead
            if session_id is None:
                session = new_session()
                entry = self._entries[session.id] = _Entry(session, now + self.ttl_seconds)
                while len(self._entries) > self.max_sessions:
                    self._entries.popitem(last=False)
                return entry
            entry = self._entries.get(session_id)
            if entry is None or entry.expires <= now:
                self._entries.pop(session_id, None)
                raise SessionNotFound(session_id)
            self._entries.move_to_end(session_id)
            return entry


# -- a session as JSON, values tagged by type ----------------------------------------------
_TAG = "$type"


_WORDED = {"remainder": Remainder, "in_dollars": InDollars, "in_yuan": InYuan, "difference": Difference,
           "per_period": PerPeriod, "shared": Shared, "portion": Portion, "at_rate": AtRate, "per_each": PerEach}


def _encode(value: Any) -> Any:
    """A fact as JSON: plain for None/bool/int/float/str/list, tagged for every other type."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Summed):  # before Decimal: it is one
        return {_TAG: "summed", "value": str(value), "parts": list(value.parts), "left_out": list(value.left_out),
                "labels": list(value.labels)}
    if isinstance(value, MixedParts):  # "年费29800元 + 推广运营费15000美元": each part with its currency
        return {_TAG: "mixed_parts", "parts": [[str(v), c, w] for v, c, w in value.parts]}
    if isinstance(value, InForeign):  # "6000欧元": the figure, its words and its currency
        return {_TAG: "in_foreign", "value": str(value), "words": value.words, "currency": value.currency}
    if isinstance(value, LessOtherTrade):  # "9200万 − 3000万（一般贸易）": the total as told kept with it
        return {_TAG: "less_other_trade", "value": str(value), "words": value.words, "whole": str(value.whole)}
    worded = next((tag for tag, kind in _WORDED.items() if type(value) is kind), None)
    if worded is not None:  # a figure with the words it came from (每月6万 × 12个月, 25家 − 6家)
        return {_TAG: worded, "value": str(value), "words": value.words}
    if isinstance(value, Chosen):
        return {_TAG: "chosen", "value": str(value), "words": value.words, "left_out": list(value.left_out)}
    if isinstance(value, Decimal):
        return {_TAG: "decimal", "value": str(value)}
    if isinstance(value, date):
        return {_TAG: "date", "value": value.isoformat()}
    if isinstance(value, Competing):
        return {_TAG: "competing", "values": [str(v) for v in value.values], "words": list(value.words)}
    if isinstance(value, AtLeast):
        data = {_TAG: "at_least", "floor": str(value.floor), "unit": value.unit}
        return data | ({"ceiling": str(value.ceiling)} if value.ceiling is not None else {}) | (
            {"strict": True} if value.strict else {})
    if isinstance(value, Below):
        return {_TAG: "below", "limit": str(value.limit), "unit": value.unit}
    if isinstance(value, Period):
        return {_TAG: "period", "start": value.start.isoformat(), "end": value.end.isoformat(),
                "words": value.words}
    if isinstance(value, Quantity):
        return {_TAG: "quantity", "value": str(value.value), "unit": value.unit, "raw": value.raw,
                "span": list(value.span), "word": value.word}
    if isinstance(value, tuple):
        return {_TAG: "tuple", "items": [_encode(v) for v in value]}
    if isinstance(value, dict):
        return {_TAG: "dict", "items": {str(k): _encode(v) for k, v in value.items()}}
    raise TypeError(f"a session value of type {type(value).__name__} has no stored form")


def _decode(data: Any) -> Any:
    if isinstance(data, list):
        return [_decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    kind = data[_TAG]
    if kind == "decimal":
        return Decimal(data["value"])
    if kind == "summed":
        return Summed(Decimal(data["value"]), tuple(data["parts"]), tuple(data.get("left_out", ())),
                      tuple(data.get("labels", ())))
    if kind == "mixed_parts":
        return MixedParts(tuple((Decimal(v), c, w) for v, c, w in data["parts"]))
    if kind == "in_foreign":
        return InForeign(Decimal(data["value"]), data["words"], data["currency"])
    if kind == "less_other_trade":
        return LessOtherTrade(Decimal(data["value"]), data["words"], Decimal(data["whole"]))
    if kind in _WORDED:
        return _WORDED[kind](Decimal(data["value"]), data["words"])
    if kind == "chosen":
        return Chosen(Decimal(data["value"]), data["words"], tuple(data["left_out"]))
    if kind == "date":
        return date.fromisoformat(data["value"])
    if kind == "competing":
        return Competing(tuple(Decimal(v) for v in data["values"]), tuple(data["words"]))
    if kind == "at_least":
        return AtLeast(Decimal(data["floor"]), data["unit"],
                       Decimal(data["ceiling"]) if data.get("ceiling") is not None else None, bool(data.get("strict")))
    if kind == "below":
        return Below(Decimal(data["limit"]), data["unit"])
    if kind == "period":
        return Period(date.fromisoformat(data["start"]), date.fromisoformat(data["end"]), data["words"])
    if kind == "quantity":
        return Quantity(Decimal(data["value"]), data["unit"], data["raw"], tuple(data["span"]), data["word"])
    if kind == "tuple":
        return tuple(_decode(v) for v in data["items"])
    if kind == "dict":
        return {k: _decode(v) for k, v in data["items"].items()}
    raise ValueError(f"unknown stored session value type {kind!r}")


def dump_session(session: Session) -> str:
    """Everything a later turn reads from the session, as JSON text."""
    return json.dumps({f.name: _encode(getattr(session, f.name)) for f in fields(Session)}, ensure_ascii=False)


def load_session(text: str) -> Session:
    """The Session dump_session wrote; fields added to Session since then take their defaults."""
    data = json.loads(text)
    known = {f.name for f in fields(Session)}
    return Session(**{k: _decode(v) for k, v in data.items() if k in known})


# -- the database store --------------------------------------------------------------------
_metadata = MetaData()
_sessions = Table(
    "api_sessions", _metadata,
    Column("id", String(64), primary_key=True),
    Column("state", Text, nullable=False),
    Column("expires_at", Float, nullable=False, index=True),  # seconds since the epoch: one clock for all replicas
)
_LOCK_STRIPES = 64


class DatabaseSessionStore:
    """Sessions in the SQLAlchemy database at `url` (SQLite or PostgreSQL), each forgotten after
    `ttl_seconds` idle. A turn holds its row FOR UPDATE on PostgreSQL, so two replicas never
    answer one conversation at once; SQLite has no row locks, so within a process a lock per
    session does it (several replicas need PostgreSQL)."""

    def __init__(self, url: str | None = None, ttl_seconds: float = 3600.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.url, self.ttl_seconds, self._clock = url or database_url(), ttl_seconds, clock
        self._engine = _make_engine(self.url)
        self._stripes = [threading.Lock() for _ in range(_LOCK_STRIPES)]
        try:
            _metadata.create_all(self._engine)
        except SQLAlchemyError:  # another replica created the table at the same moment
            _metadata.create_all(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def __len__(self) -> int:
        with self._engine.connect() as conn:
            live = select(func.count()).select_from(_sessions).where(_sessions.c.expires_at > self._clock())
            return int(conn.execute(live).scalar_one())

    @contextmanager
    def open(self, session_id: str | None) -> Iterator[Session]:
        if session_id is None:
            session = new_session()
            yield session
            with self._engine.begin() as conn:
                conn.execute(delete(_sessions).where(_sessions.c.expires_at <= self._clock()))
                conn.execute(insert(_sessions).values(id=session.id, state=dump_session(session),
                                                      expires_at=self._clock() + self.ttl_seconds))
            return
        stripe = self._stripes[zlib.crc32(session_id.encode()) % _LOCK_STRIPES]
        with stripe, self._engine.begin() as conn:
            row = conn.execute(select(_sessions.c.state, _sessions.c.expires_at)
                               .where(_sessions.c.id == session_id).with_for_update()).first()
            if row is None or row.expires_at <= self._clock():
                raise SessionNotFound(session_id)
            session = load_session(row.state)
            yield session
            conn.execute(update(_sessions).where(_sessions.c.id == session_id)
                         .values(state=dump_session(session), expires_at=self._clock() + self.ttl_seconds))


def make_session_store(kind: str, ttl_seconds: float, max_sessions: int, url: str | None = None) -> SessionStore:
    """The store POLICY_SESSION_STORE names: `memory` (this process) or `database`."""
    if kind == "database":
        return DatabaseSessionStore(url, ttl_seconds)
    if kind != "memory":
        raise ValueError(f"POLICY_SESSION_STORE must be one of {SESSION_STORES}, not {kind!r}")
    return MemorySessionStore(max_sessions, ttl_seconds)
