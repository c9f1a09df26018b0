"""Command line: `search` (retrieval alone) and, with the answering engine, ask/chat/batch.

Every flag has an environment twin (POLICY_*); see README.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
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


def read_jsonl(path: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, row, error) for each non-empty line; a bad line is reported, not fatal."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"第 {number} 行不是有效的 JSON（{exc.msg}）"
                continue
            if not isinstance(row, dict):
                yield number, None, f"第 {number} 行应为 JSON 对象"
                continue
            yield number, row, None


def last_turn(row: dict) -> str:
    turns = row.get("turns")
    if isinstance(turns, list) and turns:
        return str(turns[-1])
    return str(row.get("question") or row.get("query") or "")


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
            for number, row, error in read_jsonl(args.infile):
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "search":
            return _search(args)
    except IngestError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    return 2
