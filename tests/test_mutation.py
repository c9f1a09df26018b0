"""The mutation check of the rule files (eval/mutate.py) holds: the worked cases catch at
least 98 % of one-at-a-time changes to comparisons, figures and policy dates."""

from __future__ import annotations

from eval.mutate import run


def test_worked_cases_catch_rule_mutations():
    report = run()
    uncaught = [f"{r['file']} {r['site']}: {r['from']} → {r['to']}" for r in report["results"] if not r["caught"]]
    assert report["mutations"] >= 150
    assert report["caught"] / report["mutations"] >= 0.98, uncaught
