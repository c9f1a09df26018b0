"""Worked cases from calculators/tests/*.yaml, one test per case, named by its Chinese sentence."""

from __future__ import annotations

import pytest

import calculators
from calculators.cases import check_case, measure_of, run_case, worked_cases

CASES = [pytest.param(prefix, case, id=case["name"]) for prefix, case in worked_cases()]


def test_every_policy_has_cases() -> None:
    assert {p.values[0] for p in CASES} == {"weifang", "jinan", "yuncheng", "qinhuangdao",
                                            "luan"}


def test_at_least_three_cases_per_measure() -> None:
    counts: dict[str, int] = {}
    for p in CASES:
        mid = measure_of(*p.values)
        counts[mid] = counts.get(mid, 0) + 1
    rb = calculators.load_rulebook()
    thin = {m.id: counts.get(m.id, 0) for m in rb.measures if counts.get(m.id, 0) < 3}
    assert not thin, thin


@pytest.mark.parametrize(("prefix", "case"), CASES)
def test_case(prefix: str, case: dict) -> None:
    problems = check_case(prefix, case)
    assert not problems, f"{problems}\n{run_case(prefix, case).to_dict()}"


def test_check_case_reports_a_wrong_expectation() -> None:
    prefix, case = next(worked_cases())
    flipped = case["output"].get("eligible") is not True
    wrong = {**case, "output": {**case["output"], "amount_yuan": 1, "eligible": flipped}}
    assert check_case(prefix, wrong), "a case expecting 1 yuan must not pass"
