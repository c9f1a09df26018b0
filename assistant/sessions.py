"""Where the REST API keeps conversations between requests: a SessionStore.

`open(session_id)` hands a request its Session (a new one for None) for as long as the
request runs, one request at a time per session, and keeps it afterwards. The in-memory
store bounds the number of sessions and forgets idle ones; a database-backed store
implements the same one method (load the row FOR UPDATE, yield, save).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from assistant.engine import new_session
from assistant.types import Session


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
