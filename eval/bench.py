"""Benchmarks: ingest time, retrieval latency (real and N× synthetic corpus), answers, cold start.

`python -m eval.bench [--factor 100] [--queries 300] [--out eval/reports/bench.md]`
Everything lexical-only unless --embed-model is given; figures are wall-clock on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import prompts
from eval.machine import describe, percentile
from eval.synthetic import write_synthetic_corpus
from ingest.pipeline import run_ingest
from ingest.settings import PROJECT_ROOT, IndexSettings

DATASETS = PROJECT_ROOT / "eval" / "datasets"


def _say(key: str, **values: object) -> str:
    """A text from the bench section of prompts/eval.yaml."""
    return prompts.text("eval", f"bench.{key}", **values)


def load_queries(count: int) -> list[str]:
    """Real questions from the datasets (last turns), repeated to reach count."""
    queries: list[str] = []
    for name in ("retrieval.jsonl", "gold.jsonl"):
        path = DATASETS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    turns = json.loads(line).get("turns") or []
                    if turns and str(turns[-1]).strip():
                        queries.append(str(turns[-1])[:500])
    if not queries:
        raise SystemExit(_say("no_queries"))
    return (queries * (count // len(queries) + 1))[:count]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def latency(fn: Callable[[str], object], queries: list[str]) -> dict[str, float]:
    for query in queries[:20]:
        fn(query)  # warm-up: caches, lazy loads
    samples = [timed(lambda q=q: fn(q)) for q in queries]
    return {"n": len(samples), "p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "max_ms": max(samples)}


def bench_retrieval(settings: IndexSettings, queries: list[str]) -> dict[str, float]:
    from assistant.places import Gazetteer
    from assistant.retrieval import Retriever

    retriever = Retriever(settings)
    gazetteer = Gazetteer.build(p.city for p in retriever.policies())
    return latency(lambda q: retriever.search(q, k=5, cities=gazetteer.mentions(q) or None), queries)


def bench_ingest(data_dir: Path, index_dir: Path, embed_model: str | None) -> tuple[IndexSettings, dict]:
    settings = IndexSettings.from_env(data_dir=data_dir, index_dir=index_dir,
                                      embed_model=embed_model, lexical_only=embed_model is None)
    first = run_ingest(settings)
    again = run_ingest(settings)
    return settings, {"files": len(first.files), "chunks": first.chunks, "seconds": first.seconds,
                      "noop_seconds": again.seconds, "embedding": first.embedding}


def cold_start(command: list[str], env: dict[str, str], runs: int = 5) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=120, check=False)
        samples.append((time.perf_counter() - started) * 1000)
    return {"n": runs, "p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
            "max_ms": max(samples)}


def bench_answers(settings: IndexSettings, queries: list[str]) -> dict[str, float]:
    try:
        from assistant.engine import answer as answer_fn
        from assistant.engine import build_deps, new_session
    except ImportError:
        return None
    deps = build_deps(settings)
    return latency(lambda q: answer_fn(q, new_session(), deps), queries)


def run(args: argparse.Namespace) -> dict:
    results: dict = {"machine": describe(), "rows": []}
    queries = load_queries(args.queries)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings, ingest_real = bench_ingest(PROJECT_ROOT / "data" / "policies", root / "real",
                                             args.embed_model)
        results["rows"].append((_say("rows.ingest_real"),
                                _say("corpus", files=ingest_real["files"], chunks=ingest_real["chunks"]),
                                f"{ingest_real['seconds']:.2f} s",
                                _say("noop_rerun", seconds=f"{ingest_real['noop_seconds']:.2f}")))
        real = bench_retrieval(settings, queries)
        results["rows"].append((_say("rows.retrieval_real"), _say("queries", n=real["n"]),
                                f"p50 {real['p50_ms']:.2f} ms", f"p95 {real['p95_ms']:.2f} ms"))
        answers = bench_answers(settings, queries)
        if answers:
            results["rows"].append((_say("rows.answers"), _say("questions", n=answers["n"]),
                                    f"p50 {answers['p50_ms']:.2f} ms", f"p95 {answers['p95_ms']:.2f} ms"))
            env = {**os.environ, "POLICY_INDEX_DIR": str(settings.index_dir), "POLICY_LEXICAL_ONLY": "1"}
            question = _say("cold_start_question")
            cold = cold_start([sys.executable, "-m", "assistant", "ask", question], env)
            results["rows"].append((_say("rows.cold_start"), _say("runs", n=cold["n"]),
                                    f"p50 {cold['p50_ms']:.0f} ms", f"p95 {cold['p95_ms']:.0f} ms"))
        if args.factor > 1:
            synthetic_dir = root / "synthetic"
            files = write_synthetic_corpus(PROJECT_ROOT / "data" / "policies", synthetic_dir, args.factor)
            big, ingest_big = bench_ingest(synthetic_dir, root / "big", None)
            size = _say("corpus", files=len(files), chunks=ingest_big["chunks"])
            results["rows"].append((_say("rows.ingest_synthetic", factor=args.factor), size,
                                    f"{ingest_big['seconds']:.2f} s",
                                    _say("noop_rerun", seconds=f"{ingest_big['noop_seconds']:.2f}")))
            scaled = bench_retrieval(big, queries)
            results["rows"].append((_say("rows.retrieval_synthetic", factor=args.factor),
                                    _say("queries", n=scaled["n"]),
                                    f"p50 {scaled['p50_ms']:.2f} ms", f"p95 {scaled['p95_ms']:.2f} ms"))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results["rows"].append((_say("rows.peak_memory"), "", f"{peak_kb / 1024:.0f} MiB", ""))
    return results


def to_markdown(results: dict) -> str:
    lines = [_say("table", machine=results["machine"])]
    lines += [f"| {' | '.join(row)} |" for row in results["rows"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=_say("cli.description"))
    parser.add_argument("--factor", type=int, default=100, help=_say("cli.factor"))
    parser.add_argument("--queries", type=int, default=300, help=_say("cli.queries"))
    parser.add_argument("--embed-model", help=_say("cli.embed_model"))
    parser.add_argument("--out", help=_say("cli.out"))
    args = parser.parse_args(argv)
    results = run(args)
    table = to_markdown(results)
    print(table)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
