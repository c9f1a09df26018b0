"""`python -m ingest`: build the index from data/policies and print a summary table."""

from __future__ import annotations

import argparse
import sys

import prompts
from ingest.embedding import ModelUnavailable, download_model
from ingest.errors import IngestError
from ingest.pipeline import IngestSummary, run_ingest
from ingest.settings import IndexSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=prompts.text("ingest", "cli.description"))
    parser.add_argument("--data-dir", help=prompts.text("ingest", "cli.data_dir"))
    parser.add_argument("--index-dir", help=prompts.text("ingest", "cli.index_dir"))
    parser.add_argument("--embed-model", help=prompts.text("ingest", "cli.embed_model"))
    parser.add_argument("--lexical-only", action="store_true", default=None,
                        help=prompts.text("ingest", "cli.lexical_only"))
    parser.add_argument("--model-source", choices=("hf", "modelscope"), help=prompts.text("ingest", "cli.model_source"))
    parser.add_argument("--model-cache", help=prompts.text("ingest", "cli.model_cache"))
    parser.add_argument("--download-model", action="store_true", help=prompts.text("ingest", "cli.download_model"))
    parser.add_argument("--force", action="store_true", help=prompts.text("ingest", "cli.force"))
    parser.add_argument("--quiet", action="store_true", help=prompts.text("ingest", "cli.quiet"))
    return parser


class _Bars:
    """tqdm bars per stage, on stderr."""

    def __init__(self) -> None:
        self._bars: dict[str, object] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            bar = self._bars[stage] = tqdm(total=total, desc=stage, unit=prompts.text("ingest", "progress.unit"),
                                           leave=False, file=sys.stderr)
        bar.n = done  # type: ignore[attr-defined]
        bar.refresh()  # type: ignore[attr-defined]

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()  # type: ignore[attr-defined]


def print_summary(summary: IngestSummary) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=prompts.text("ingest", "summary.title", changed=summary.changed))
    for column in prompts.entry("ingest", "summary.columns"):
        table.add_column(column)
    for report in summary.files:
        table.add_row(report.name, report.city, report.status, str(report.clauses),
                      str(report.chunks), report.message)
    table.add_row(prompts.text("ingest", "summary.total"), "",
                  prompts.text("ingest", "summary.files", count=len(summary.files)),
                  str(summary.clauses), str(summary.chunks), "", end_section=True)
    console.print(table)
    console.print(prompts.text("ingest", "summary.footer", embedding=summary.embedding,
                               embedded_new=summary.embedded_new, seconds=summary.seconds,
                               build_id=summary.build_id))
    for warning in summary.warnings:
        console.print(f"[yellow]{prompts.text('ingest', 'summary.warning', warning=warning)}[/yellow]")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = IndexSettings.from_env(data_dir=args.data_dir, index_dir=args.index_dir,
                                      embed_model=args.embed_model, lexical_only=args.lexical_only,
                                      model_source=args.model_source, model_cache=args.model_cache)
    if args.download_model:
        return _download(settings)
    bars = None if args.quiet else _Bars()
    try:
        summary = run_ingest(settings, progress=bars, force=args.force)
    except IngestError as exc:
        print(prompts.text("ingest", "cli.failed", message=exc.message), file=sys.stderr)
        return 2
    finally:
        if bars:
            bars.close()
    print_summary(summary)
    return 0


def _download(settings: IndexSettings) -> int:
    """The explicit provisioning step: the model in the cache (fetched if missing), or why not."""
    try:
        path = download_model(settings)
    except ModelUnavailable as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(prompts.text("ingest", "embedding.downloaded", model=settings.embed_model, path=path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
