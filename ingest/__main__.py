"""`python -m ingest`: build the index from data/policies and print a summary table."""

from __future__ import annotations

import argparse
import sys

from ingest.errors import IngestError
from ingest.pipeline import IngestSummary, run_ingest
from ingest.settings import IndexSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="导入政策文件并建立检索索引")
    parser.add_argument("--data-dir", help="政策文件目录（POLICY_DATA_DIR）")
    parser.add_argument("--index-dir", help="索引目录（POLICY_INDEX_DIR）")
    parser.add_argument("--embed-model", help="向量模型名称或本地路径（POLICY_EMBED_MODEL）")
    parser.add_argument("--lexical-only", action="store_true", default=None,
                        help="只建关键词索引（POLICY_LEXICAL_ONLY=1）")
    parser.add_argument("--force", action="store_true", help="内容未变也重建")
    parser.add_argument("--quiet", action="store_true", help="不显示进度条")
    return parser


class _Bars:
    """tqdm bars per stage, on stderr."""

    def __init__(self) -> None:
        self._bars: dict[str, object] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            bar = self._bars[stage] = tqdm(total=total, desc=stage, unit="项", leave=False,
                                           file=sys.stderr)
        bar.n = done  # type: ignore[attr-defined]
        bar.refresh()  # type: ignore[attr-defined]

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()  # type: ignore[attr-defined]


def print_summary(summary: IngestSummary) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="导入汇总" + ("" if summary.changed else "（内容未变化，索引无需重建）"))
    for column in ("文件", "城市", "状态", "条款", "分块", "说明"):
        table.add_column(column)
    for report in summary.files:
        table.add_row(report.name, report.city, report.status, str(report.clauses),
                      str(report.chunks), report.message)
    table.add_row("合计", "", f"{len(summary.files)} 个文件", str(summary.clauses),
                  str(summary.chunks), "", end_section=True)
    console.print(table)
    console.print(f"向量模型：{summary.embedding}；新向量化分块：{summary.embedded_new}；"
                  f"耗时 {summary.seconds:.2f} 秒；索引版本 {summary.build_id}")
    for warning in summary.warnings:
        console.print(f"[yellow]提示：{warning}[/yellow]")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = IndexSettings.from_env(data_dir=args.data_dir, index_dir=args.index_dir,
                                      embed_model=args.embed_model, lexical_only=args.lexical_only)
    bars = None if args.quiet else _Bars()
    try:
        summary = run_ingest(settings, progress=bars, force=args.force)
    except IngestError as exc:
        print(f"导入失败：{exc.message}", file=sys.stderr)
        return 2
    finally:
        if bars:
            bars.close()
    print_summary(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
