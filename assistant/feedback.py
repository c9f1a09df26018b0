"""Conversation log and 👍/👎 feedback, stored through SQLAlchemy (SQLite file or PostgreSQL).

One `FeedbackStore` per process. Every write runs in its own transaction and returns only
after the commit, so whatever the UI acknowledged survives a crash of the app. SQLite runs
in WAL mode with `synchronous=FULL` (a commit is on disk, not only in the OS cache);
several app replicas share one PostgreSQL server through `POLICY_DATABASE_URL`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

import prompts
from assistant.versions import BEIJING
from ingest.settings import PROJECT_ROOT

DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'feedback.sqlite3'}"
RATINGS = {1: "up", -1: "down", 0: "withdrawn"}  # stored value -> its label's key in prompts/feedback.yaml

metadata = MetaData()
turns = Table(
    "conversation_turns", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("session_id", String(64), nullable=False, index=True),
    Column("turn_index", Integer, nullable=False),
    Column("question", Text, nullable=False),
    Column("reply", Text, nullable=False),
    Column("status", String(32), nullable=False, default=""),
    Column("city", String(64)),
    Column("answer_json", Text, nullable=False, default="{}"),
    Column("latency_ms", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("turn_id", Integer, ForeignKey("conversation_turns.id"), index=True),
    Column("session_id", String(64), nullable=False, index=True),
    Column("rating", SmallInteger, nullable=False),
    Column("question", Text, nullable=False),
    Column("reply", Text, nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


class FeedbackError(Exception):
    """The feedback store cannot be written or read; `message` is Chinese, for the UI."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Turn:
    """One logged question and reply, as the store returns it."""

    id: int
    session_id: str
    turn_index: int
    question: str
    reply: str
    status: str
    city: str | None


def database_url() -> str:
    """`POLICY_DATABASE_URL`, or the SQLite file under var/ (gitignored)."""
    return os.environ.get("POLICY_DATABASE_URL") or DEFAULT_DATABASE_URL


def _now() -> datetime:
    return datetime.now(UTC)


def _sqlite_dir(url: str) -> None:
    """Create the SQLite file's folder; a fresh var/ gets a .gitignore so nothing in it is committed."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if not path or path == ":memory:":
        return
    folder = Path(path).parent
    if not folder.exists():
        folder.mkdir(parents=True)
        if folder.name == "var":
            (folder / ".gitignore").write_text("*\n", encoding="utf-8")


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        _sqlite_dir(url)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")   # readers never block the writer
            cursor.execute("PRAGMA synchronous=FULL")   # a commit is on disk before we acknowledge
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _rating_label(rating: object) -> object:
    """赞 / 踩 / 取消 for a stored rating (prompts/feedback.yaml); anything else as it is."""
    return prompts.text("feedback", f"ratings.{RATINGS[rating]}") if rating in RATINGS else rating


def _beijing(moment: datetime | None) -> str:
    """A stored moment in 北京时间 (Asia/Shanghai, UTC+8), as exports show it: 2026-11-30 06:30:00.
    SQLite hands timestamps back without their zone; they were written in UTC."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


def _calculation_cells(answer_json: str | None) -> list[str]:
    """项目 and 金额 of a logged turn's calculation ('' when the reply calculated nothing)."""
    try:
        calc = (json.loads(answer_json or "{}") or {}).get("calculation") or {}
    except (ValueError, AttributeError):
        calc = {}
    measure = " ".join(filter(None, [calc.get("clause"), calc.get("measure_name") or calc.get("measure")]))
    amount = calc.get("amount_yuan") or calc.get("provisional_amount_yuan") or ""
    return [measure, str(amount)]


def _safe_cell(value: object) -> object:
    """Neutralise spreadsheet formulas in exported text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class FeedbackStore:
    """Writes conversation turns and feedback; reads them back for export and tests."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        self.engine = _make_engine(self.url)
        try:
            metadata.create_all(self.engine, checkfirst=True)
        except SQLAlchemyError:
            # Another replica may have created the tables at the same moment: check again.
            metadata.create_all(self.engine, checkfirst=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- writes: each returns after its own commit ---------------------------------------
    def log_turn(self, session_id: str, turn_index: int, question: str, reply: str,
                 status: str = "", city: str | None = None,
                 answer: dict[str, Any] | None = None, latency_ms: int | None = None) -> int:
        """Log one question and its reply; the new row's id."""
        values = {"session_id": session_id, "turn_index": turn_index, "question": question,
                  "reply": reply, "status": status, "city": city,
                  "answer_json": json.dumps(answer or {}, ensure_ascii=False, default=str),
                  "latency_ms": latency_ms, "created_at": _now()}
        return self._insert(turns, values)

    def set_comment(self, feedback_id: int, comment: str) -> None:
        """The reason given for a feedback (a 👎's reason box), stored with it."""
        try:
            with self.engine.begin() as conn:
                conn.execute(feedback.update().where(feedback.c.id == feedback_id)
                             .values(comment=(comment or "")[:2000]))
        except SQLAlchemyError as exc:
            raise FeedbackError(prompts.text("feedback", "save_failed", backend=self.backend,
                                             error=type(exc).__name__)) from exc

    def comment(self, feedback_id: int) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(feedback.c.comment).where(feedback.c.id == feedback_id)).scalar()

    def add_feedback(self, session_id: str, rating: int, question: str, reply: str,
                     turn_id: int | None = None, comment: str = "") -> int:
        """Store one 👍 (1), 👎 (-1) or withdrawal (0); the new row's id."""
        if rating not in RATINGS:
            raise FeedbackError(prompts.text("feedback", "bad_rating", rating=rating))
        values = {"turn_id": turn_id, "session_id": session_id, "rating": rating,
                  "question": question, "reply": reply, "comment": comment[:2000],
                  "created_at": _now()}
        return self._insert(feedback, values)

    def _insert(self, table: Table, values: dict[str, Any]) -> int:
        try:
            with self.engine.begin() as conn:
                return int(conn.execute(table.insert().values(**values)).inserted_primary_key[0])
        except SQLAlchemyError as exc:
            raise FeedbackError(prompts.text("feedback", "save_failed", backend=self.backend,
                                             error=type(exc).__name__)) from exc

    # -- reads --------------------------------------------------------------------------
    def turn(self, turn_id: int) -> Turn | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(turns).where(turns.c.id == turn_id)).mappings().first()
        if row is None:
            return None
        return Turn(row["id"], row["session_id"], row["turn_index"], row["question"],
                    row["reply"], row["status"], row["city"])

    def feedback_ids(self) -> set[int]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(feedback.c.id)).scalars())

    def counts(self) -> dict[str, int]:
        """Turns logged and feedback by rating: {"turns", "up", "down"}."""
        with self.engine.connect() as conn:
            logged = conn.execute(select(func.count()).select_from(turns)).scalar_one()
            by_rating = dict(conn.execute(select(feedback.c.rating, func.count())
                                          .group_by(feedback.c.rating)).all())
        return {"turns": int(logged), "up": int(by_rating.get(1, 0)),
                "down": int(by_rating.get(-1, 0))}

    # -- export -------------------------------------------------------------------------
    def export_csv(self, kind: str = "feedback") -> str:
        """The feedback (or the conversation log, kind="turns") as CSV text, oldest first; times in
        北京时间 (the header says so); a feedback row carries its turn's city, 项目 and 金额."""
        if kind == "feedback":
            header = prompts.entry("feedback", "columns.feedback")
            query = (select(feedback.c.id, feedback.c.created_at, feedback.c.session_id, feedback.c.rating,
                            turns.c.city, turns.c.answer_json, feedback.c.question, feedback.c.reply,
                            feedback.c.comment, feedback.c.turn_id)
                     .select_from(feedback.outerjoin(turns, feedback.c.turn_id == turns.c.id))
                     .order_by(feedback.c.id))
        elif kind == "turns":
            header = prompts.entry("feedback", "columns.turns")
            query = select(turns.c.id, turns.c.created_at, turns.c.session_id, turns.c.turn_index,
                           turns.c.question, turns.c.reply, turns.c.status, turns.c.city, turns.c.answer_json,
                           turns.c.latency_ms).order_by(turns.c.id)
        else:
            raise FeedbackError(prompts.text("feedback", "unknown_export", kind=kind))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                cells = [row["id"], _beijing(row["created_at"]), row["session_id"]]
                if kind == "feedback":
                    cells += [_rating_label(row["rating"]), row["city"] or "", *_calculation_cells(row["answer_json"]),
                              row["question"], row["reply"], row["comment"], row["turn_id"]]
                else:
                    cells += [row["turn_index"], row["question"], row["reply"], row["status"], row["city"] or "",
                              *_calculation_cells(row["answer_json"]), row["latency_ms"]]
                writer.writerow([_safe_cell(c) for c in cells])
        return out.getvalue()

    def write_csv(self, path: Path, kind: str = "feedback") -> Path:
        """export_csv into a file, with a BOM so spreadsheet programs read the Chinese right."""
        path.write_text(self.export_csv(kind), encoding="utf-8-sig")
        return path
