"""Command line: `python -m calculators list [--city 运城]` and
`python -m calculators calc <measure_id> key=value ... [--as-of 2025-06-30] [--json]`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date

from calculators.engine import CalcResult, calculate
from calculators.errors import CalculatorError
from calculators.fmt import fmt_money_full
from calculators.formulas import max_amount
from calculators.loader import load_rulebook


def _list(city: str | None) -> int:
    rb = load_rulebook()
    measures = rb.by_city(city) if city else rb.measures
    if not measures:
        print(f"没有“{city}”的测算项目", file=sys.stderr)
        return 1
    print("城市\t条款\t编号\t名称\t计算方式")
    for m in measures:
        print(f"{m.city}\t{m.clause}\t{m.id}\t{m.name}\t{m.formula_text}")
    return 0


def _render(r: CalcResult) -> str:
    state = {True: "符合条件", False: "不符合条件", None: "待补充信息"}[r.eligible]
    lines = [f"{r.city} {r.doc_number} {r.clause} {r.measure_name}（{r.measure}）", f"结论：{state}"]
    if r.amount_yuan is not None:
        head = "最高可获" if r.amount_is_upper_bound else "可获"
        lines.append(f"{head}：{fmt_money_full(r.amount_yuan)}")
    if r.no_figure:
        lines.append("文件未规定具体金额")
    for title, items in (("计算过程", r.steps), ("已满足", r.met_conditions),
                         ("未满足", r.unmet_conditions), ("需补充", r.missing_inputs),
                         ("假设", r.assumptions), ("说明", r.notes), ("注意", r.warnings)):
        if items:
            lines.append(f"{title}：")
            lines += [f"  - {x}" for x in items]
    return "\n".join(lines)


def _calc(measure_id: str, pairs: list[str], as_of: str | None, as_json: bool) -> int:
    inputs: dict[str, object] = {}
    for pair in pairs:
        if "=" not in pair:
            print(f"参数应写成 名称=值：{pair}", file=sys.stderr)
            return 2
        key, value = pair.split("=", 1)
        inputs[key.strip()] = value.strip()
    day = date.fromisoformat(as_of) if as_of else None
    try:
        result = calculate(measure_id, inputs, as_of=day)
    except CalculatorError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(_render(result))
    return 0


def _max(measure_id: str) -> str:
    m = load_rulebook().measure(measure_id)
    top = max_amount(m.formula)
    return fmt_money_full(top) if top is not None else "文件未规定上限"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculators", description="跨境电商补贴测算")
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help="列出测算项目")
    p_list.add_argument("--city", default=os.environ.get("POLICY_CITY"), help="城市，如 运城")
    p_calc = sub.add_parser("calc", help="测算一个项目")
    p_calc.add_argument("measure_id")
    p_calc.add_argument("inputs", nargs="*", help="名称=值，如 area_m2=800 cost_cny=200万元")
    p_calc.add_argument("--as-of", default=os.environ.get("POLICY_AS_OF"),
                        help="测算日期 YYYY-MM-DD（默认今天）")
    p_calc.add_argument("--json", action="store_true", help="输出 JSON")
    p_max = sub.add_parser("max", help="项目可能的最高金额")
    p_max.add_argument("measure_id")
    args = parser.parse_args(argv)
    if args.command == "list":
        return _list(args.city)
    if args.command == "max":
        try:
            print(_max(args.measure_id))
        except CalculatorError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        return 0
    return _calc(args.measure_id, args.inputs, args.as_of, args.json)


if __name__ == "__main__":
    raise SystemExit(main())
