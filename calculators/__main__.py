"""Command line: `python -m calculators list [--city 运城]`,
`python -m calculators calc <measure_id> key=value ... [--as-of 2025-06-30] [--json]` and
`python -m calculators draft FILE [--out DIR]`; list, calc and max read another rule directory
(a draft, before publication) with `--rules-dir DIR`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from calculators.engine import CalcResult, calculate
from calculators.errors import CalculatorError
from calculators.fmt import fmt_money_full
from calculators.formulas import max_amount
from calculators.loader import load_rulebook
from calculators.model import RuleBook
from calculators.texts import text

# result attribute -> its section title in prompts/calculators.yaml (cli.sections), in display order
_SECTIONS = (("steps", "steps"), ("met_conditions", "met"), ("unmet_conditions", "unmet"),
             ("missing_inputs", "missing"), ("assumptions", "assumptions"), ("notes", "notes"),
             ("warnings", "warnings"))


def _rulebook(rules_dir: str | None) -> RuleBook:
    return load_rulebook(rules_dir) if rules_dir else load_rulebook()


def _list(city: str | None, rules_dir: str | None = None) -> int:
    try:
        rb = _rulebook(rules_dir)
    except CalculatorError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    measures = rb.by_city(city) if city else rb.measures
    if not measures:
        print(text("cli.no_measures", city=city), file=sys.stderr)
        return 1
    print(text("cli.list_header"))
    for m in measures:
        print(f"{m.city}\t{m.clause}\t{m.id}\t{m.name}\t{m.formula_text}")
    return 0


def _render(r: CalcResult) -> str:
    lines = [text("cli.title", city=r.city, doc_number=r.doc_number, clause=r.clause, name=r.measure_name,
                  id=r.measure),
             text("cli.verdict", eligible=r.eligible)]
    if r.amount_yuan is not None:
        lines.append(text("engine.amount", upper_bound=r.amount_is_upper_bound, amount=fmt_money_full(r.amount_yuan)))
    if r.no_figure:
        lines.append(text("engine.no_figure"))
    for attr, section in _SECTIONS:
        items = getattr(r, attr)
        if items:
            lines.append(text("cli.section", title=text(f"cli.sections.{section}"), lines=items))
    return "\n".join(lines)


def _calc(measure_id: str, pairs: list[str], as_of: str | None, as_json: bool,
          rules_dir: str | None = None) -> int:
    inputs: dict[str, object] = {}
    for pair in pairs:
        if "=" not in pair:
            print(text("cli.bad_pair", pair=pair), file=sys.stderr)
            return 2
        key, value = pair.split("=", 1)
        inputs[key.strip()] = value.strip()
    day = date.fromisoformat(as_of) if as_of else None
    try:
        result = calculate(measure_id, inputs, as_of=day, rulebook=_rulebook(rules_dir))
    except CalculatorError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_render(result))
    return 0


def _max(measure_id: str, rules_dir: str | None = None) -> str:
    m = _rulebook(rules_dir).measure(measure_id)
    top = max_amount(m.formula)
    return fmt_money_full(top) if top is not None else text("cli.no_cap")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculators", description=text("cli.description"))
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help=text("cli.help_list"))
    p_list.add_argument("--city", default=os.environ.get("POLICY_CITY"), help=text("cli.help_city"))
    p_calc = sub.add_parser("calc", help=text("cli.help_calc"))
    p_calc.add_argument("measure_id")
    p_calc.add_argument("inputs", nargs="*", help=text("cli.help_inputs"))
    p_calc.add_argument("--as-of", default=os.environ.get("POLICY_AS_OF"), help=text("cli.help_as_of"))
    p_calc.add_argument("--json", action="store_true", help=text("cli.help_json"))
    p_max = sub.add_parser("max", help=text("cli.help_max"))
    p_max.add_argument("measure_id")
    p_draft = sub.add_parser("draft", help=text("cli.help_draft"))
    p_draft.add_argument("file", help=text("cli.help_file"))
    p_draft.add_argument("--out", default=os.environ.get("POLICY_DRAFT_DIR", "drafts"), help=text("cli.help_out"))
    for p in (p_list, p_calc, p_max):
        p.add_argument("--rules-dir", default=os.environ.get("POLICY_RULES_DIR"), help=text("cli.help_rules_dir"))
    args = parser.parse_args(argv)
    if args.command == "draft":
        return _draft(Path(args.file), Path(args.out))
    if args.command == "list":
        return _list(args.city, args.rules_dir)
    if args.command == "max":
        try:
            print(_max(args.measure_id, args.rules_dir))
        except CalculatorError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        return 0
    return _calc(args.measure_id, args.inputs, args.as_of, args.json, args.rules_dir)


def _draft(path: Path, out_dir: Path) -> int:
    from calculators.draft import write_draft
    from ingest.errors import IngestError

    try:
        target, draft = write_draft(path, out_dir)
    except (IngestError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(text("cli.drafted", path=target, measures=len(draft.measures), todos=len(draft.todos)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
