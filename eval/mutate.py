"""`python -m eval.mutate`: how many one-at-a-time changes to the rule files the worked cases catch.

Each mutation changes one thing in one rule file — a comparison (>= to >, > to >=, <= to <,
< to <=), a figure (value + 1 in its own unit: a rate, cap, threshold, count limit or fixed
amount), or a policy date (one day later) — loads the rules from a temporary directory and
runs every worked case of calculators/tests/ against them. A mutation is caught when at least
one case fails or the loader rejects the file. Uncaught mutations are listed: each is a
boundary or figure no worked case pins down. Prints the figure and exits 1 when the share
caught is below --min.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

import prompts
from calculators.cases import check_case, worked_cases
from calculators.errors import CalculatorError, RuleFileError
from calculators.loader import RULES_DIR, parse_rulebook

_SWAP = {">=": ">", ">": ">=", "<=": "<", "<": "<="}
_DATE_KEYS = ("effective_from", "valid_until", "awards_counted_from")


def _say(key: str, **values: object) -> str:
    """A text from the mutate section of prompts/eval.yaml."""
    return prompts.text("eval", f"mutate.{key}", **values)


def _sites(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, kind) for every mutable spot: comparisons, figures and policy dates."""
    if isinstance(node, dict):
        if node.get("op") in _SWAP:
            yield (*path, "op"), "op"
        if "value" in node and "clause" in node and isinstance(node["value"], int | float):
            yield (*path, "value"), "figure"
        for key, value in node.items():
            if key in _DATE_KEYS and isinstance(value, dict) and isinstance(value.get("date"), date):
                yield (*path, key, "date"), "date"
            yield from _sites(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _sites(value, (*path, index))


def _get(node: Any, path: tuple) -> Any:
    for key in path:
        node = node[key]
    return node


def _set(node: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _mutated(value: Any, kind: str) -> Any:
    if kind == "op":
        return _SWAP[value]
    if kind == "date":
        return value + timedelta(days=1)
    return value + 1


def _caught(rules_dir: Path, cases: list[tuple[str, dict]]) -> bool:
    try:
        rulebook = parse_rulebook(rules_dir)
    except (RuleFileError, CalculatorError, ValueError):
        return True  # the loader rejects it: caught
    for prefix, case in cases:
        try:
            if check_case(prefix, case, rulebook):
                return True
        except Exception:  # a crash under a mutation is a caught mutation too
            return True
    return False


def run(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    cases = list(worked_cases())
    files = sorted(p for p in rules_dir.glob("*.yaml") if not p.name.startswith("_") and p.name != "countries.yaml")
    results: list[dict[str, Any]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mutate-") as tmp:
        work = Path(tmp)
        for path in rules_dir.glob("*.yaml"):
            shutil.copy(path, work / path.name)
        for path in files:
            original = yaml.safe_load(path.read_text(encoding="utf-8"))
            for site, kind in _sites(original):
                data = copy.deepcopy(original)
                before = _get(data, site)
                _set(data, site, _mutated(before, kind))
                (work / path.name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                              encoding="utf-8")
                results.append({"file": path.name, "site": "/".join(map(str, site)), "kind": kind,
                                "from": str(before), "to": str(_get(data, site)),
                                "caught": _caught(work, cases)})
            shutil.copy(path, work / path.name)
    caught = sum(r["caught"] for r in results)
    return {"mutations": len(results), "caught": caught, "cases": len(cases),
            "seconds": round(time.perf_counter() - started, 1), "results": results}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.mutate", description=_say("cli.description"))
    parser.add_argument("--min", type=float, default=None, help=_say("cli.min"))
    args = parser.parse_args(argv)
    report = run()
    share = report["caught"] / report["mutations"] if report["mutations"] else 1.0
    print(_say("summary", mutations=report["mutations"], cases=report["cases"],
               caught=report["caught"], share=f"{share:.1%}", seconds=report["seconds"]))
    for item in report["results"]:
        if not item["caught"]:
            print(_say("uncaught", file=item["file"], site=item["site"], before=item["from"],
                       after=item["to"]))
    return 1 if args.min is not None and share < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
