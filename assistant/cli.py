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

from assistant.places import Gazetteer
from assistant.retrieval import Retriever
from ingest.errors import IngestError
from ingest.settings import IndexSettings


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-dir", help="索引目录（POLICY_INDEX_DIR）")
    parser.add_argument("--embed-model", help="向量模型（POLICY_EMBED_MODEL）")
    parser.add_argument("--lexical-only", action="store_true", default=None,
                        help="只用关键词检索（POLICY_LEXICAL_ONLY=1）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="跨境电商政策助手")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="提一个问题")
    ask.add_argument("question", nargs="?", help="问题")
    ask.add_argument("--json", action="store_true", help="输出 Answer JSON")
    ask.add_argument("--as-of", help="按该日期判断有效期（YYYY-MM-DD，POLICY_AS_OF）")
    _common(ask)
    chat = commands.add_parser("chat", help="终端多轮对话")
    chat.add_argument("--as-of", help="按该日期判断有效期（POLICY_AS_OF）")
    _common(chat)
    batch = commands.add_parser("batch", help="批量：每行一段新对话，输出最后一轮的 Answer JSON")
    batch.add_argument("--in", dest="infile", required=True, help="输入 JSONL（每行 {id, turns}）")
    batch.add_argument("--out", dest="outfile", required=True, help="输出 JSONL")
    batch.add_argument("--as-of", help="按该日期判断有效期（POLICY_AS_OF）")
    _common(batch)
    search = commands.add_parser("search", help="只做检索：问题 → 条款")
    search.add_argument("query", nargs="?", help="问题")
    search.add_argument("--k", type=int, default=5, help="返回条数（默认 5）")
    search.add_argument("--city", help="只在某城市的政策中检索（默认从问题中识别）")
    search.add_argument("--json", action="store_true", help="输出 JSON")
    search.add_argument("--in", dest="infile", help="批量：输入 JSONL（每行 {id, turns}）")
    search.add_argument("--out", dest="outfile", help="批量：输出 JSONL（每行 {id, hits}）")
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
        print(f"提示：{retriever.warning}", file=sys.stderr)
    if args.infile:
        if not args.outfile:
            print("批量检索需要同时给出 --in 和 --out", file=sys.stderr)
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
        print(f"已检索 {count} 行，结果写入 {args.outfile}", file=sys.stderr)
        return 0
    if not args.query or not args.query.strip():
        print("请输入要检索的问题，例如：python -m assistant search \"运城海外仓补助\"", file=sys.stderr)
        return 2
    hits = run(args.query)
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("没有检索到相关条款。")
    for rank, hit in enumerate(hits, 1):
        ranks = hit["ranks"]
        print(f"{rank}. {hit['city']} {hit['doc_number']} {hit['clause']} {hit['heading']}"
              f"  (得分 {hit['score']:.4f}；BM25 名次 {ranks['bm25'] or '—'}，"
              f"向量名次 {ranks['dense'] or '—'})")
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
    print("跨境电商政策助手（输入“新对话”重新开始，输入“退出”或按 Ctrl-D 结束）")
    while True:
        try:
            line = input("\n您：")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("退出", "exit", "quit"):
            return 0
        if line.strip() == "新对话":
            session = new_session()
            print("已开始新对话。")
            continue
        print("\n助手：" + answer(line, session, deps).text)


def _batch(args: argparse.Namespace) -> int:
    from assistant.batch import read_rows, run_rows

    source, target = Path(args.infile), Path(args.outfile)
    if not source.is_file():  # checked before the output is touched: an old result is never lost
        print(f"找不到输入文件：{source}", file=sys.stderr)
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
    print(f"已回答 {count} 行（其中 {bad} 行无法读取，已逐行写明原因），结果写入 {target}", file=sys.stderr)
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
