"""How much of the hand-written rules the drafter reproduces: `python -m eval.draft_check [--min 30]`.

Each seed policy (data/policies/*) is drafted into a temporary directory. A published measure
(calculators/rules/*.yaml) counts as reproduced when a drafted measure has the same clause and
the same set of figures (rates, caps, thresholds, amounts, steps, count limits: value and unit
dimension), and gives the same amount on each of the policy's worked cases whose inputs map to
the draft's inputs (a hand-written input maps to the draft's input bound to the same figure in
the same role; a choice maps through the branch it selects, the one paying the same figures; a
currency twin follows its input; the engine-wide facts every measure reads the same way, such as
the exchange rate, pass as they are). Cases that cannot be mapped are counted apart, never as
passed."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from calculators.cases import CASES_DIR, measure_of
from calculators.draft import write_draft
from calculators.engine import calculate
from calculators.loader import RULES_DIR, load_rulebook, parse_rulebook, read_yaml
from calculators.model import Condition, Figure, Formula, Measure, RuleBook
from calculators.texts import text
from ingest.readers import SUPPORTED_SUFFIXES

POLICIES_DIR = Path(__file__).resolve().parent.parent / "data" / "policies"
# facts calculators.inputs.prepare reads for every measure, whatever its rule says
ENGINE_INPUTS = ("exchange_rate", "county", "event_date")


@dataclass
class Verdict:
    """One published measure against the draft."""

    measure: str
    reproduced: bool
    draft: str = ""
    cases_checked: int = 0
    cases_skipped: int = 0
    failed_cases: tuple[str, ...] = ()


def _conditions(conds: tuple[Condition, ...]) -> Iterator[Condition]:
    for c in conds:
        yield c
        yield from _conditions(c.all_of)
        yield from _conditions(c.any_of)


def _bindings(m: Measure) -> Iterator[tuple[str, tuple[str, Decimal], str]]:
    """(role, figure key, input) for every input tied to a figure in a measure."""
    def key(f: Figure) -> tuple[str, Decimal]:
        return f.dimension, f.base.normalize()

    for c in _conditions(m.conditions):
        if c.input and c.threshold:
            yield "threshold", key(c.threshold), c.input
    yield from _formula_bindings(m.formula, key)


def _formula_bindings(f: Formula, key: Any) -> Iterator[tuple[str, tuple[str, Decimal], str]]:
    if f.base and (f.rate or f.step):
        yield "base", key(f.rate or f.step), f.base
    if f.units and (f.amount or f.unit_formula):
        for fig in (f.amount, *f.count_limits):
            if fig:
                yield "units", key(fig), f.units
    for case in f.cases:
        if case.when.input and case.when.threshold:
            yield "case", key(case.when.threshold), case.when.input
        yield from _formula_bindings(case.formula, key)
    for sub in (f.unit_formula, f.otherwise, *(p.formula for p in f.parts)):
        if sub:
            yield from _formula_bindings(sub, key)


def figures(m: Measure) -> set[tuple[str, Decimal]]:
    """The figures of a measure as (dimension, value in the base unit)."""
    found: set[tuple[str, Decimal]] = set()
    for c in _conditions(m.conditions):
        if c.threshold and not _at_least_one_unit(c, m):
            found.add((c.threshold.dimension, c.threshold.base.normalize()))
    _formula_figures(m.formula, found)
    return found


def _at_least_one_unit(c: Condition, m: Measure) -> bool:
    """A gate that the units the amount is paid per number at least one ("新招引1家以上…", "签订…劳动合同" ≥ 1人):
    what any per-unit reading of the clause implies, no figure of its own to draft."""
    return (c.input is not None and c.input == m.formula.units and c.op == ">=" and c.threshold is not None
            and c.threshold.base == 1)


def _formula_figures(f: Formula, found: set[tuple[str, Decimal]]) -> None:
    for fig in (f.rate, f.amount, f.step, *f.caps, *f.count_limits):
        if fig:
            found.add((fig.dimension, fig.base.normalize()))
    for case in f.cases:
        for c in _conditions((case.when,)):
            if c.threshold:
                found.add((c.threshold.dimension, c.threshold.base.normalize()))
        _formula_figures(case.formula, found)
    for sub in (f.unit_formula, f.otherwise, *(p.formula for p in f.parts)):
        if sub:
            _formula_figures(sub, found)


def _input_map(hand: Measure, draft: Measure) -> dict[str, set[str]]:
    """Hand input -> the draft inputs bound to the same figures in the same roles (one fact the
    draft asks twice, as 店铺交易额 for B2B and for B2C, is given to each)."""
    theirs = {(role, k): name for role, k, name in _bindings(draft)}
    found: dict[str, set[str]] = {}
    for role, k, name in _bindings(hand):
        if (role, k) in theirs:
            found.setdefault(name, set()).add(theirs[(role, k)])
    return found


def _choice_cases(f: Formula) -> Iterator[tuple[frozenset[tuple[str, Decimal]], Condition]]:
    """(figures the branch pays, its condition) for every select branch chosen by a choice input."""
    for case in f.cases:
        if case.when.input and case.when.op == "in" and case.when.values:
            found: set[tuple[str, Decimal]] = set()
            _formula_figures(case.formula, found)
            yield frozenset(found), case.when
        yield from _choice_cases(case.formula)
    for sub in (f.unit_formula, f.otherwise, *(p.formula for p in f.parts)):
        if sub:
            yield from _choice_cases(sub)


def _choice_map(hand: Measure, draft: Measure) -> dict[tuple[str, str], tuple[str, str]]:
    """(hand input, value) -> (draft input, value): the draft's branch paying the same figures."""
    theirs = {}
    for paid, when in _choice_cases(draft.formula):
        if paid in theirs:  # two branches paying alike: the figures do not tell them apart
            theirs[paid] = None
        else:
            theirs[paid] = when
    found = {}
    for paid, when in _choice_cases(hand.formula):
        other = theirs.get(paid)
        if paid and other is not None:
            for value in when.values:
                found[(when.input, value)] = (other.input, other.values[0])
    return found


def _translate(given: dict[str, Any], hand: Measure, draft: Measure,
               inputs: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The case's inputs in the draft's names, and the names that could not be mapped."""
    mapping = _input_map(hand, draft)
    choices = _choice_map(hand, draft)
    twins = {inputs[h].twin: d for h, d in mapping.items() if h in inputs and inputs[h].twin}
    pairs: list[tuple[str, Any]] = []
    unmapped = []
    for k, v in given.items():
        if k in mapping:
            pairs += [(name, v) for name in sorted(mapping[k])]
        elif isinstance(v, str) and (k, v) in choices:
            pairs.append(choices[(k, v)])
        elif k in twins and isinstance(v, str):  # a figure with its currency written out
            pairs += [(name, v) for name in sorted(twins[k])]
        elif k in ENGINE_INPUTS:
            pairs.append((k, v))
        else:
            unmapped.append(k)
    out: dict[str, Any] = {}
    for name, v in pairs:
        if name in out and str(out[name]) != str(v):
            raise _Conflated(name)
        out[name] = v
    return out, unmapped


class _Conflated(Exception):
    """Two facts of the published rule fall on one input of the draft: the draft cannot tell them apart."""


def _check_cases(hand: Measure, draft: Measure, cases: list[dict[str, Any]], prefix: str,
                 drafts: RuleBook) -> tuple[int, int, list[str]]:
    checked, skipped, failed = 0, 0, []
    for case in cases:
        if measure_of(prefix, case) != hand.id:
            continue
        given = {k: v for k, v in case["input"].items() if k != "measure"}
        expected = case["output"]
        try:
            mapped, unmapped = _translate(given, hand, draft, drafts.inputs)
        except _Conflated:
            checked += 1
            failed.append(case["name"])
            continue
        # an unmapped input may only confirm gates the draft does not have: the case must pay
        if "items" in given or "amount_yuan" not in expected or (unmapped and expected.get("eligible") is not True):
            skipped += 1
            continue
        as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(str(case["as_of"]))
        result = calculate(draft.id, mapped, as_of=as_of, rulebook=drafts, note_unused=False)
        want = expected["amount_yuan"]
        ok = result.amount_yuan is None if want is None else result.amount_yuan == Decimal(str(want))
        checked += 1
        if not ok:
            failed.append(case["name"])
    return checked, skipped, failed


def check(policies_dir: Path = POLICIES_DIR, rules: RuleBook | None = None) -> dict[str, list[Verdict]]:
    """Per policy id, a verdict for each published measure."""
    published = rules or load_rulebook(RULES_DIR)
    verdicts: dict[str, list[Verdict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        files = sorted(p for p in policies_dir.iterdir()
                       if p.suffix in SUPPORTED_SUFFIXES and p.stem in published.policies)
        for path in files:
            write_draft(path, out)
        drafts = parse_rulebook(out)
        for path in files:
            pid = path.stem
            case_path = CASES_DIR / f"{pid}.yaml"
            cases = list(read_yaml(case_path)) if case_path.exists() else []
            prefix = pid.split("_")[0]
            mine = [m for m in drafts.measures if m.policy_id == pid]
            # (a sum of two levels' shares is derived from a measure the text states, not drafted from it)
            verdicts[pid] = [_verdict(h, mine, cases, prefix, drafts)
                             for h in published.measures if h.policy_id == pid and not h.levels_combined]
    return verdicts


def _verdict(hand: Measure, drafted: list[Measure], cases: list[dict[str, Any]], prefix: str,
             drafts: RuleBook) -> Verdict:
    want = figures(hand)
    best = Verdict(hand.id, False)
    for d in drafted:
        if d.clause != hand.clause or figures(d) != want or d.has_amount != hand.has_amount:
            continue
        checked, skipped, failed = _check_cases(hand, d, cases, prefix, drafts)
        verdict = Verdict(hand.id, not failed, d.id, checked, skipped, tuple(failed))
        if verdict.reproduced:
            return verdict
        best = verdict
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.draft_check", description=text("draft_check.description"))
    parser.add_argument("--min", type=float, default=0.0, help=text("draft_check.help_min"))
    parser.add_argument("--verbose", action="store_true", help=text("draft_check.help_verbose"))
    args = parser.parse_args(argv)
    verdicts = check()
    total = done = 0
    for pid, rows in verdicts.items():
        n, k = len(rows), sum(v.reproduced for v in rows)
        total, done = total + n, done + k
        print(text("draft_check.line", name=pid, done=k, total=n, pct=100 * k / n if n else 0))
        if args.verbose:
            for v in rows:
                print(text("draft_check.detail", v=v))
    pct = 100 * done / total if total else 0
    print(text("draft_check.line", name=text("draft_check.overall"), done=done, total=total, pct=pct))
    return 0 if pct >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
