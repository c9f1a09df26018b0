"""Worked cases (calculators/tests/*.yaml) checked against a rule book: one shared reading for
the test suite and the mutation check in eval/mutate.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from calculators.engine import CalcResult, calculate
from calculators.loader import read_yaml
from calculators.model import RuleBook

CASES_DIR = Path(__file__).resolve().parent / "tests"
_LIST_KEYS = {"missing": "missing_inputs", "unmet": "unmet_conditions", "warnings": "warnings",
              "assumptions": "assumptions", "steps": "steps", "notes": "notes",
              "met": "met_conditions"}
_FLAG_KEYS = {"expired": "expired", "upper_bound": "amount_is_upper_bound", "no_figure": "no_figure"}


def worked_cases(directory: Path = CASES_DIR) -> Iterator[tuple[str, dict[str, Any]]]:
    """(policy prefix, case) for every worked case, in file order."""
    for path in sorted(directory.glob("*.yaml")):
        prefix = path.stem.split("_")[0]
        for case in read_yaml(path):
            yield prefix, case


def measure_of(prefix: str, case: dict[str, Any]) -> str:
    mid = str(case["input"]["measure"])
    return mid if "." in mid else f"{prefix}.{mid}"


def run_case(prefix: str, case: dict[str, Any], rulebook: RuleBook | None = None) -> CalcResult:
    """The case's calculation; `items: [...]` in its input describes several items (店铺 on
    platforms, 海外仓), the other inputs are shared by all of them; `years: N` asks for N years'
    total of a yearly amount (the measure's paid_years bounds it)."""
    from calculators.items import calculate_each, calculate_items, over_years
    from calculators.loader import load_rulebook

    given = {k: v for k, v in case["input"].items() if k not in ("measure", "items", "years")}
    as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(str(case["as_of"]))
    measure_id = measure_of(prefix, case)
    items = case["input"].get("items")
    if items:
        each = (rulebook or load_rulebook()).measure(measure_id).each_item is not None
        return (calculate_each if each else calculate_items)(measure_id, given, items, as_of=as_of,
                                                             rulebook=rulebook)
    result = calculate(measure_id, given, as_of=as_of, rulebook=rulebook)
    years = case["input"].get("years")
    paid = (rulebook or load_rulebook()).measure(measure_id).paid_years if years else None
    return over_years(result, int(years), paid) if paid is not None else result


def check_case(prefix: str, case: dict[str, Any], rulebook: RuleBook | None = None) -> list[str]:
    """What the result gets wrong against the case's expected output; [] when it holds."""
    result = run_case(prefix, case, rulebook)
    expected = case["output"]
    problems = []
    if "eligible" in expected and result.eligible is not expected["eligible"]:
        problems.append(f"eligible={result.eligible}")
    if "amount_yuan" in expected:
        want = expected["amount_yuan"]
        got = result.amount_yuan
        if not ((got is None) if want is None else (got == Decimal(str(want)))):
            problems.append(f"amount_yuan={got}")
    for key, attr in _FLAG_KEYS.items():
        if key in expected and getattr(result, attr) is not expected[key]:
            problems.append(f"{key}={getattr(result, attr)}")
    for key, attr in _LIST_KEYS.items():
        for fragment in expected.get(key, []):
            if not any(fragment in line for line in getattr(result, attr)):
                problems.append(f"{key} lacks {fragment!r}")
    return problems
