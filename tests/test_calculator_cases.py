"""Worked cases from calculators/tests/*.yaml, one test per case, named by its Chinese sentence."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import calculators
from calculators import calculate
from calculators.loader import read_yaml

CASES_DIR = Path(calculators.__file__).parent / "tests"
_LIST_KEYS = {"missing": "missing_inputs", "unmet": "unmet_conditions", "warnings": "warnings",
              "assumptions": "assumptions", "steps": "steps", "notes": "notes",
              "met": "met_conditions"}
_FLAG_KEYS = {"expired": "expired", "upper_bound": "amount_is_upper_bound",
              "no_figure": "no_figure"}


def _cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        prefix = path.stem.split("_")[0]
        for case in read_yaml(path):
            params.append(pytest.param(prefix, case, id=case["name"]))
    return params


CASES = _cases()


def test_every_policy_has_cases() -> None:
    assert {p.values[0] for p in CASES} == {"weifang", "jinan", "yuncheng", "qinhuangdao",
                                            "luan"}


def test_at_least_three_cases_per_measure() -> None:
    counts: dict[str, int] = {}
    for p in CASES:
        prefix, case = p.values
        mid = case["input"]["measure"]
        mid = mid if "." in mid else f"{prefix}.{mid}"
        counts[mid] = counts.get(mid, 0) + 1
    rb = calculators.load_rulebook()
    thin = {m.id: counts.get(m.id, 0) for m in rb.measures if counts.get(m.id, 0) < 3}
    assert not thin, thin


@pytest.mark.parametrize(("prefix", "case"), CASES)
def test_case(prefix: str, case: dict) -> None:
    given = dict(case["input"])
    measure = str(given.pop("measure"))
    measure = measure if "." in measure else f"{prefix}.{measure}"
    result = calculate(measure, given, as_of=case["as_of"])
    expected = case["output"]
    explain = f"\n{result.to_dict()}"
    if "eligible" in expected:
        assert result.eligible is expected["eligible"], explain
    if "amount_yuan" in expected:
        want = expected["amount_yuan"]
        got = result.amount_yuan
        assert (got is None) if want is None else (got == Decimal(str(want))), explain
    for key, attr in _FLAG_KEYS.items():
        if key in expected:
            assert getattr(result, attr) is expected[key], f"{key}{explain}"
    for key, attr in _LIST_KEYS.items():
        for fragment in expected.get(key, []):
            lines = getattr(result, attr)
            assert any(fragment in line for line in lines), f"{key}: {fragment!r}{explain}"
