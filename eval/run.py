"""`python -m eval.run --dataset FILE [--out report.json] [--min-accuracy 1.0]`

Runs every row through the same batch path as `python -m assistant batch`, scores each
`expect` key (eval/scoring.py), retrieval hit@1/hit@3/MRR through the `search` path, and
prints one table per metric and per city; failures are listed with what came back. Writes a
JSON report, a Markdown report and a PNG chart next to it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import prompts
from eval.machine import describe, percentile
from eval.scoring import METRICS, mentions_lead, retrieval_rank, score_row, wrong_amount_shown

GATED_DEFAULT = ("amount", "refusal")


def _say(key: str, **values: object) -> str:
    """A text from the run section of prompts/eval.yaml."""
    return prompts.text("eval", f"run.{key}", **values)


def load_dataset(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(_say("bad_json", path=path, number=number, error=exc.msg)) from exc
        if not isinstance(row, dict) or "turns" not in row or "expect" not in row:
            raise SystemExit(_say("bad_row", path=path, number=number))
        row.setdefault("id", f"line-{number}")
        rows.append(row)
    return rows


def _city_of(row: dict) -> str:
    expect = row["expect"]
    if expect.get("city"):
        return str(expect["city"])
    return _say("no_city")


def evaluate(rows: list[dict], deps) -> dict[str, Any]:
    from assistant.batch import answer_row
    from assistant.retrieval import Retriever  # noqa: F401  (deps.retriever is one)

    per_metric: dict[str, list[bool]] = defaultdict(list)
    per_city: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    failures, latencies, ranks, wrong_amounts = [], [], [], []
    rows_right: list[bool] = []
    leads: list[bool] = []  # rows with `mentions`: all of them in the reply's first sentence
    answers = {}
    gazetteer = deps.gazetteer
    for row in rows:
        data, seconds = answer_row(row, deps)
        answers[row["id"]] = data
        latencies.append(seconds * 1000)
        scores = score_row(row["expect"], data, [str(t) for t in row["turns"]])
        city = _city_of(row)
        rows_right.append(all(passed for passed, _ in scores.values()))
        lead = mentions_lead(row["expect"], data)
        if lead is not None:
            leads.append(lead)
        wrong = wrong_amount_shown(row["expect"], data)
        if wrong:
            wrong_amounts.append({"id": row["id"], "turns": row["turns"], "expected": row["expect"],
                                  "shown": [str(w) for w in wrong], "status": data.get("status")})
        for metric, (passed, got) in scores.items():
            per_metric[metric].append(passed)
            per_city[city][metric].append(passed)
            if not passed:
                failures.append({"id": row["id"], "metric": metric, "turns": row["turns"],
                                 "expected": row["expect"], "got": got,
                                 "status": data.get("status"), "note": row.get("note", "")})
        query = str(row["turns"][-1]) if row["turns"] else ""
        hits = [h.to_dict() for h in deps.retriever.search(query, k=5,  # same as `search`
                                                             cities=gazetteer.mentions(query) or None)]
        rank = retrieval_rank(row["expect"], hits)
        if rank is not None:
            ranks.append(rank)
    summary = {m: _ratio(per_metric[m]) for m in METRICS if per_metric[m]}
    retrieval = {"n": len(ranks), "hit@1": _ratio([r == 1 for r in ranks]),
                 "hit@3": _ratio([0 < r <= 3 for r in ranks]),
                 "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 4) if ranks else None}
    return {
        "rows": len(rows), "rows_right": _ratio(rows_right), "wrong_amount_shown": wrong_amounts,
        "mentions_in_lead": _ratio(leads), "metrics": summary, "retrieval": retrieval,
        "cities": {c: {m: _ratio(v) for m, v in ms.items()} for c, ms in sorted(per_city.items())},
        "latency_ms": {"p50": round(percentile(latencies, 50), 2),
                       "p95": round(percentile(latencies, 95), 2)} if latencies else {},
        "failures": failures, "answers": answers,
    }


def _ratio(values: list[bool]) -> dict[str, Any]:
    return {"passed": sum(values), "total": len(values),
            "accuracy": round(sum(values) / len(values), 4) if values else None}


def tables(report: dict[str, Any]) -> str:
    right = report["rows_right"]
    lines = [_say("table.header"),
             _say("table.rows_right", passed=right["passed"], total=right["total"],
                  accuracy=f"{right['accuracy'] or 0:.1%}"),
             _say("table.wrong_amounts", shown=len(report["wrong_amount_shown"]),
                  rows=report["rows"])]
    lead = report.get("mentions_in_lead") or {}
    if lead.get("total"):
        lines.append(_say("table.lead", passed=lead["passed"], total=lead["total"],
                          accuracy=f"{lead['accuracy'] or 0:.1%}"))
    names = prompts.entry("eval", "run.metrics")
    for metric, value in report["metrics"].items():
        lines.append(f"| {names.get(metric, metric)} | {value['passed']} | {value['total']} | "
                     f"{value['accuracy']:.1%} |")
    r = report["retrieval"]
    if r["n"]:
        lines.append(_say("table.retrieval", n=r["n"], hit1=f"{r['hit@1']['accuracy']:.1%}",
                          hit3=f"{r['hit@3']['accuracy']:.1%}", mrr=f"{r['mrr']:.3f}"))
    if report["latency_ms"]:
        lines.append(_say("table.latency", rows=report["rows"],
                          p50=f"{report['latency_ms']['p50']:.1f}", p95=f"{report['latency_ms']['p95']:.1f}"))
    metrics = [m for m in METRICS if m in report["metrics"]]
    lines += ["", _say("table.cities_header", metrics=[names.get(m, m) for m in metrics]),
              "|---|" + "---|" * len(metrics)]
    for city, values in report["cities"].items():
        cells = [f"{values[m]['passed']}/{values[m]['total']}" if m in values else "—" for m in metrics]
        lines.append(f"| {city} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def chart(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    cjk = [f.name for f in font_manager.fontManager.ttflist
           if any(k in f.name for k in ("WenQuanYi", "Noto Sans CJK", "Noto Sans SC", "Droid Sans Fallback"))]
    if cjk:
        plt.rcParams["font.family"] = cjk[0]
    labels = list(report["metrics"])
    values = [report["metrics"][m]["accuracy"] for m in labels]
    cities = list(report["cities"])
    city_values = []
    for city in cities:
        passed = sum(v["passed"] for v in report["cities"][city].values())
        total = sum(v["total"] for v in report["cities"][city].values())
        city_values.append(passed / total if total else 0)
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    axes[0].bar(labels, values, color="#3b7dd8")
    axes[0].set_ylim(0, 1.05)
    axes[0].set_title("accuracy per metric" if not cjk else _say("chart.metrics"))
    axes[0].tick_params(axis="x", rotation=30)
    axes[1].bar(cities if cjk else [f"c{i}" for i in range(len(cities))], city_values, color="#2e9e6b")
    axes[1].set_ylim(0, 1.05)
    axes[1].set_title("accuracy per city" if not cjk else _say("chart.cities"))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown(report: dict[str, Any], dataset: Path, chart_name: str) -> str:
    lines = [_say("report", dataset=dataset.name, machine=describe(), as_of=report["as_of"],
                  rows=report["rows"], tables=tables(report), chart=chart_name), ""]
    if not report["failures"]:
        lines.append(_say("no_failures"))
    for failure in report["failures"]:
        lines.append(_say("failure_md", id=failure["id"], metric=failure["metric"],
                          turns=" / ".join(map(str, failure["turns"]))[:120],
                          expected=json.dumps(failure["expected"], ensure_ascii=False),
                          got=failure["got"], status=failure["status"]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.run", description=_say("cli.description"))
    parser.add_argument("--dataset", required=True, help=_say("cli.dataset"))
    parser.add_argument("--out", help=_say("cli.out"))
    parser.add_argument("--min-accuracy", type=float, help=_say("cli.min_accuracy"))
    parser.add_argument("--gate", default=",".join(GATED_DEFAULT),
                        help=_say("cli.gate", default=",".join(GATED_DEFAULT)))
    parser.add_argument("--min", action="append", default=[], metavar="METRIC=VALUE", help=_say("cli.min"))
    parser.add_argument("--max-wrong-amounts", type=int, help=_say("cli.max_wrong_amounts"))
    parser.add_argument("--as-of", help=_say("cli.as_of"))
    parser.add_argument("--index-dir", help=_say("cli.index_dir"))
    parser.add_argument("--lexical-only", action="store_true", default=None)
    parser.add_argument("--show-failures", type=int, default=40, help=_say("cli.show_failures"))
    args = parser.parse_args(argv)

    from assistant.deps import build_deps
    from ingest.settings import IndexSettings

    dataset = Path(args.dataset)
    rows = load_dataset(dataset)
    as_of = date.fromisoformat(args.as_of) if args.as_of else None
    deps = build_deps(IndexSettings.from_env(index_dir=args.index_dir, lexical_only=args.lexical_only),
                      as_of=as_of)
    report = evaluate(rows, deps)
    report["as_of"] = deps.as_of.isoformat()
    report["dataset"] = str(dataset)
    out = Path(args.out) if args.out else Path("eval/reports") / f"{dataset.stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    chart_path = out.with_suffix(".png")
    chart(report, chart_path)
    out.with_suffix(".md").write_text(markdown(report, dataset, chart_path.name), encoding="utf-8")
    print(tables(report))
    for failure in report["failures"][: args.show_failures]:
        print(_say("failure", id=failure["id"], metric=failure["metric"],
                   turns=" / ".join(map(str, failure["turns"]))[:80],
                   expected=json.dumps(failure["expected"], ensure_ascii=False), got=failure["got"]))
    for wrong in report["wrong_amount_shown"]:
        print(_say("wrong_amount", id=wrong["id"], turns=" / ".join(map(str, wrong["turns"]))[:80],
                   expected=json.dumps(wrong["expected"], ensure_ascii=False), shown=wrong["shown"]))
    print(_say("written", json=out, md=out.with_suffix(".md"), png=chart_path))
    thresholds = {m: args.min_accuracy for m in args.gate.split(",") if m} if args.min_accuracy is not None else {}
    for item in args.min:
        metric, _, value = item.partition("=")
        thresholds[metric.strip()] = float(value)
    below = [f"{m} {report['metrics'][m]['accuracy']:.3f} < {t}" for m, t in thresholds.items()
             if m in report["metrics"] and report["metrics"][m]["accuracy"] < t]
    if args.max_wrong_amounts is not None and len(report["wrong_amount_shown"]) > args.max_wrong_amounts:
        below.append(_say("gate_wrong_amounts", shown=len(report["wrong_amount_shown"]),
                          limit=args.max_wrong_amounts))
    if below:
        print(_say("gate_failed", reasons=below), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
