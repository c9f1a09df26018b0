"""The calculators as LangChain tools (optional model path): one StructuredTool per measure,
its typed arguments generated from the measure's inputs, plus `list_measures`."""

from __future__ import annotations

from datetime import date
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field, create_model

from calculators.engine import calculate
from calculators.errors import CalculatorError
from calculators.loader import load_rulebook
from calculators.model import InputSpec, Measure, RuleBook
from calculators.texts import text

_EXTRA = ("county", "exchange_rate", "event_date")
_TYPES: dict[str, Any] = {
    "bool": bool | str | None, "count": int | float | str | None,
    "money_cny": float | str | None, "money_usd": float | str | None,
    "area_m2": float | str | None, "months": float | str | None,
    "percent": float | str | None, "number": float | str | None,
}


def tool_name(measure_id: str) -> str:
    """A tool name model APIs accept (letters, digits, _): yuncheng.overseas_warehouse ->
    yuncheng__overseas_warehouse."""
    return measure_id.replace(".", "__")


def _describe(spec: InputSpec, measure: Measure | None = None) -> str:
    question = measure.questions.get(spec.name) if measure else None
    return text("tool.input", label=spec.label, choices=[c.value for c in spec.choices],
                money=spec.kind in ("money_cny", "money_usd"), question=question)


def _args_model(measure: Measure, rb: RuleBook) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for name in [*measure.inputs, *[n for n in _EXTRA if n not in measure.inputs]]:
        spec = rb.inputs[name]
        kind_type = _TYPES.get(spec.kind, str | None)
        fields[name] = (kind_type, Field(default=None, description=_describe(spec, measure)))
    fields["as_of"] = (str | None, Field(default=None, description=text("tool.as_of")))
    return create_model(f"Args_{tool_name(measure.id)}", **fields)


def _doc(measure: Measure, rb: RuleBook) -> str:
    args = [(n, _describe(rb.inputs[n], measure)) for n in [*measure.inputs, *_EXTRA]]
    return text("tool.measure", city=measure.city, doc_number=measure.doc_number, clause=measure.clause,
                name=measure.name, formula=measure.formula_text, args=[*args, ("as_of", text("tool.as_of"))])


def _runner(measure_id: str, rb: RuleBook):
    def run(**kwargs: Any) -> dict[str, object]:
        as_of = kwargs.pop("as_of", None)
        given = {k: v for k, v in kwargs.items() if v is not None}
        try:
            day = date.fromisoformat(as_of) if as_of else None
            return calculate(measure_id, given, as_of=day, rulebook=rb).to_dict()
        except (CalculatorError, ValueError) as exc:
            return {"error": str(exc), "measure": measure_id}
    return run


def measure_tool(measure_id: str, rulebook: RuleBook | None = None) -> StructuredTool:
    """The StructuredTool of one measure."""
    rb = rulebook or load_rulebook()
    m = rb.measure(measure_id)
    return StructuredTool.from_function(
        func=_runner(m.id, rb), name=tool_name(m.id), description=_doc(m, rb),
        args_schema=_args_model(m, rb))


class _ListArgs(BaseModel):
    city: str | None = Field(default=None, description=text("tool.city"))


def list_measures(city: str | None = None) -> list[dict[str, object]]:
    """列出可测算的补贴项目（城市、文号、条款、编号、名称、计算方式、是否有金额）。

    Args:
        city: 城市，如 运城；不填则列出全部
    """
    rb = load_rulebook()
    measures = rb.by_city(city) if city else rb.measures
    return [{"city": m.city, "doc_number": m.doc_number, "clause": m.clause, "id": m.id,
             "tool": tool_name(m.id), "name": m.name, "formula": m.formula_text,
             "has_amount": m.has_amount, "inputs": list(m.inputs)} for m in measures]


def build_tools(city: str | None = None, rulebook: RuleBook | None = None) -> list[StructuredTool]:
    """`list_measures` plus one tool per measure (of one city, or all)."""
    rb = rulebook or load_rulebook()
    measures = rb.by_city(city) if city else rb.measures
    listing = StructuredTool.from_function(func=list_measures, name="list_measures",
                                           description=list_measures.__doc__ or "",
                                           args_schema=_ListArgs)
    return [listing, *(measure_tool(m.id, rb) for m in measures)]
