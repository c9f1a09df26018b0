"""Command line: `search` (retrieval alone) and, with the answering engine, ask/chat/batch.

Every flag has an environment twin (POLICY_*); see README.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

import prompts
from assistant.places import Gazetteer
from assistant.retrieval import Retriever
from ingest.errors import IngestError
from ingest.settings import IndexSettings

MAX_HITS = 50


def _hits(value: str) -> int:
    """`--k`: a whole number from 1 to MAX_HITS (argparse prints the Chinese reason otherwise)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_HITS:
        raise argparse.ArgumentTypeError(prompts.text("cli", "search.bad_k", value=value, most=MAX_HITS))
    return number


def _say(key: str, **values: object) -> str:
    """A text from prompts/cli.yaml."""
    return prompts.text("cli", key, **values)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-dir", help=_say("assistant.index_dir"))
    parser.add_argument("--embed-model", help=_say("assistant.embed_model"))
    parser.add_argument("--lexical-only", action="store_true", default=None,
                        help=_say("assistant.lexical_only"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=_say("assistant.description"))
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help=_say("ask.help"))
    ask.add_argument("question", nargs="?", help=_say("ask.question"))
    ask.add_argument("--json", action="store_true", help=_say("ask.json"))
    ask.add_argument("--as-of", help=_say("ask.as_of"))
    _common(ask)
    chat = commands.add_parser("chat", help=_say("chat.help"))
    chat.add_argument("--as-of", help=_say("assistant.as_of"))
    _common(chat)
    batch = commands.add_parser("batch", help=_say("batch.help"))
    batch.add_argument("--in", dest="infile", required=True, help=_say("batch.in"))
    batch.add_argument("--out", dest="outfile", required=True, help=_say("batch.out"))
    batch.add_argument("--as-of", help=_say("assistant.as_of"))
    _common(batch)
    search = commands.add_parser("search", help=_say("search.help"))
    search.add_argument("query", nargs="?", help=_say("search.query"))
    search.add_argument("--k", type=_hits, default=5, help=_say("search.k"))
    search.add_argument("--city", help=_say("search.city"))
    search.add_argument("--json", action="store_true", help=_say("search.json"))
    search.add_argument("--in", dest="infile", help=_say("search.in"))
    search.add_argument("--out", dest="outfile", help=_say("search.out"))
    _common(search)
    return parser


def _settings(args: argparse.Namespace) -> IndexSettings:
    return IndexSettings.from_env(index_dir=args.index_dir, embed_model=args.embed_model,
                                  lexical_only=args.lexical_only)


def last_turn(row: dict) -> str:
    from assistant.batch import turns_of

    return turns_of(row)[-1]


def _search(args: argparse.Namespace) -> int:
    retriever = Retriever(_settings(args))
    retriever.refresh()
    gazetteer = Gazetteer.build(p.city for p in retriever.policies())

    def run(query: str) -> list[dict]:
        cities = [args.city] if args.city else gazetteer.mentions(query) or None
        return [hit.to_dict() for hit in retriever.search(query, k=args.k, cities=cities)]

    if retriever.warning:
        print(_say("search.warning", warning=retriever.warning), file=sys.stderr)
    if args.infile:
        if not args.outfile:
            print(_say("search.needs_out"), file=sys.stderr)
            return 2
        count = 0
        with Path(args.outfile).open("w", encoding="utf-8") as out:
            from assistant.batch import read_rows

            for number, row, error in read_rows(args.infile):
                row_id = (row or {}).get("id", f"line-{number}")
                result = {"id": row_id, "hits": run(last_turn(row)) if row else [],
                          **({"error": error} if error else {})}
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                count += 1
        print(_say("search.done", count=count, path=args.outfile), file=sys.stderr)
        return 0
    if not args.query or not args.query.strip():
        print(_say("search.empty"), file=sys.stderr)
        return 2
    hits = run(args.query)
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(_say("search.none"))
    for rank, hit in enumerate(hits, 1):
        print(_say("search.hit", rank=rank, h=hit))
    return 0


def _deps(args: argparse.Namespace):
    from datetime import date

    from assistant.deps import build_deps

    as_of = date.fromisoformat(args.as_of) if getattr(args, "as_of", None) else None
    return build_deps(_settings(args), as_of=as_of)


def _ask(args: argparse.Namespace) -> int:
    from assistant.engine import answer, new_session

    result = answer(args.question or "", new_session(), _deps(args))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(result.text)
    return 0


def _chat(args: argparse.Namespace) -> int:
    from assistant.engine import answer, new_session

    deps = _deps(args)
    session = new_session()
    print(_say("chat.banner"))
    quit_words, restart_word = prompts.entry("cli", "chat.quit_words"), _say("chat.restart_word")
    while True:
        try:
            line = input(_say("chat.prompt"))
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in quit_words:
            return 0
        if line.strip() == restart_word:
            session = new_session()
            print(_say("chat.restarted"))
            continue
        print(_say("chat.reply", text=answer(line, session, deps).text))


def _batch(args: argparse.Namespace) -> int:
    from assistant.batch import read_rows, run_rows

    source, target = Path(args.infile), Path(args.outfile)
    if not source.is_file():  # checked before the output is touched: an old result is never lost
        print(_say("batch.no_input", path=source), file=sys.stderr)
        return 2
    rows = list(read_rows(source))
    count, bad = 0, 0
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as out:
            for row_id, data, _seconds in run_rows(rows, _deps(args)):
                out.write(json.dumps({"id": row_id, **data}, ensure_ascii=False) + "\n")
                count += 1
                if row_id.startswith("line-") and data.get("status") == "invalid_input" and not data.get("citations"):
                    bad += 1
                    print(f"[warning] {data.get('text')}", file=sys.stderr)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)  # the output appears whole or not at all
    finally:
        temporary.unlink(missing_ok=True)
    print(_say("batch.done", count=count, bad=bad, path=target), file=sys.stderr)
    return 0


class _QuietFormatter(logging.Formatter):
    """One line per problem on the terminal; tracebacks only with POLICY_DEBUG=1."""

    def format(self, record: logging.LogRecord) -> str:
        if os.environ.get("POLICY_DEBUG") == "1":
            return super().format(record)
        return f"[{record.levelname.lower()}] {record.getMessage()}"


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_QuietFormatter())
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)


def main(argv: list[str] | None = None) -> int:
    _setup_logging()
    args = build_parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(args)
        if args.command == "chat":
            return _chat(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "search":
            return _search(args)
    except IngestError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    return 2
