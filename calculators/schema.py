"""The rule-file schema (pydantic, at the loading boundary only) and its conversion to model.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from calculators import model
from calculators.texts import text

UnitWord = Literal[
    "元", "万元", "亿元", "美元", "万美元", "平方米", "%", "月", "年", "天", "课时", "家", "个",
    "人", "班", "单", "次", "展位", "店铺", "位", "份", "年度",
]
Op = Literal[">=", ">", "<=", "<", "==", "is_true", "is_false", "in", "not_in",
             "contains_any", "in_lists", "not_in_lists"]
FormulaKind = Literal["rate", "fixed", "per_unit", "step", "select", "sum", "no_figure"]
InputKind = Literal["money_cny", "money_usd", "area_m2", "count", "months", "bool", "choice",
                    "percent", "country", "date", "number"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _decimal(v: object) -> object:
    if isinstance(v, float):
        return Decimal(str(v))
    if isinstance(v, bool):
        raise ValueError(text("rule_file.bool_figure"))
    return v


def _strings(v: object) -> object:
    """Keywords like 9610 are words, not numbers."""
    if isinstance(v, list):
        return [str(x) if isinstance(x, int) and not isinstance(x, bool) else x for x in v]
    return v


class FigureIn(_Strict):
    value: Decimal
    unit: UnitWord
    clause: str = Field(min_length=1)
    note: str = ""

    _v = field_validator("value", mode="before")(_decimal)

    def build(self) -> model.Figure:
        return model.Figure(self.value, self.unit, self.clause, self.note)


class DateIn(_Strict):
    date: date
    clause: str = Field(min_length=1)


class ConditionIn(_Strict):
    text: str = Field(min_length=1)
    clause: str = Field(min_length=1)
    input: str | None = None
    op: Op | None = None
    threshold: FigureIn | None = None
    values: list[str] = []
    lists: list[str] = []
    if_missing: Literal["ask", "assume", "only_if_said"] = "ask"
    assumption: str = ""
    met_by: str | None = None  # a recognition input: once it is true, this criterion was checked by the recognizer
    all_of: list[ConditionIn] = []
    any_of: list[ConditionIn] = []

    def build(self) -> model.Condition:
        return model.Condition(
            text=self.text, clause=self.clause, input=self.input, op=self.op or "",
            threshold=self.threshold.build() if self.threshold else None,
            values=tuple(self.values), lists=tuple(self.lists), if_missing=self.if_missing,
            assumption=self.assumption, met_by=self.met_by or "", all_of=tuple(c.build() for c in self.all_of),
            any_of=tuple(c.build() for c in self.any_of))


class CaseIn(_Strict):
    when: ConditionIn
    formula: FormulaIn
    label: str = Field(min_length=1)
    note: str = ""


class PartIn(_Strict):
    name: str = Field(min_length=1)
    formula: FormulaIn
    conditions: list[ConditionIn] = []


class FormulaIn(_Strict):
    kind: FormulaKind
    base: str | None = None
    base_label: str = ""
    rate: FigureIn | None = None
    amount: FigureIn | None = None
    step: FigureIn | None = None
    units: str | None = None
    unit_formula: FormulaIn | None = None
    count_limits: list[FigureIn] = []
    caps: list[FigureIn] = []
    cases: list[CaseIn] = []
    otherwise: FormulaIn | None = None
    parts: list[PartIn] = []
    upper_bound: Literal["", "最高", "不超过", "不高于", "最多不超过", "最高不超过"] = ""
    label: str = ""
    text: str = ""

    def build(self) -> model.Formula:
        return model.Formula(
            kind=self.kind, base=self.base, base_label=self.base_label,
            rate=self.rate.build() if self.rate else None,
            amount=self.amount.build() if self.amount else None,
            step=self.step.build() if self.step else None, units=self.units,
            unit_formula=self.unit_formula.build() if self.unit_formula else None,
            count_limits=tuple(f.build() for f in self.count_limits),
            caps=tuple(f.build() for f in self.caps),
            cases=tuple(model.Case(c.when.build(), c.formula.build(), c.label, c.note)
                        for c in self.cases),
            otherwise=self.otherwise.build() if self.otherwise else None,
            parts=tuple(model.Part(p.name, p.formula.build(),
                                   tuple(c.build() for c in p.conditions)) for p in self.parts),
            upper_bound=self.upper_bound, label=self.label, text=self.text)


class DefaultIn(_Strict):
    value: int | str | bool | Decimal
    assumption: str = Field(min_length=1)


class PerItemIn(_Strict):
    """A measure paid per qualifying item (店铺, 独立站): each item is checked on its own, and
    `per_group` limits how many items of one group (e.g. one platform) may count."""

    item: str = Field(min_length=1)
    count_input: str
    group_by: str = ""
    per_group: FigureIn | None = None

    def build(self) -> model.PerItem:
        return model.PerItem(self.item, self.count_input, self.group_by,
                             self.per_group.build() if self.per_group else None)


class EachItemIn(_Strict):
    """A measure computed for each item on its own (海外仓): several items described in one
    question each get the whole calculation, their amounts are added, and `total_cap` (where the
    text caps the enterprise, not the item) limits the sum."""

    item: str = Field(min_length=1)
    total_cap: FigureIn | None = None
    count_all: bool = True
    count_input: str | None = None  # the input that counts the items themselves (班次数): each item is one
    # inputs of the enterprise, not of an item (跨境电商年进出口额): said beside one item, they hold for all
    of_enterprise: list[str] = Field(default_factory=list)
    # the items are applicants of their own (园区, 平台): several only where the text names them as such ("两个园区",
    # "A园区…B园区"), never a list of figures of something else ("其中三家分别做了1.3亿、1.1亿")
    named: bool = False
    # the items are the city's counties, districts or zones (县（市、区）政府 paid one by one): each starts at its name
    by_county: bool = False

    def build(self) -> model.EachItem:
        return model.EachItem(self.item, self.total_cap.build() if self.total_cap else None, self.count_all,
                              self.count_input, tuple(self.of_enterprise), self.named, self.by_county)


class MeasureIn(_Strict):
    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    clause: str = Field(min_length=1)
    name: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    quote: str = Field(min_length=1)
    formula_text: str = Field(min_length=1)
    inputs: list[str] = []
    questions: dict[str, str] = {}
    conditions: list[ConditionIn] = []
    formula: FormulaIn
    defaults: dict[str, DefaultIn] = {}
    notes: list[str] = []
    assumptions: list[str] = []
    exclusive_group: str = ""
    funding_split: bool = False
    no_figure_text: str = ""
    per_item: PerItemIn | None = None
    each_item: EachItemIn | None = None
    paid_years: FigureIn | None = None  # a yearly amount paid over a period ("补助期3年")
    # another level's share stated by the clause, added to this city's for a question that asks both: computed
    # when asked, never offered by the matching form (the form totals what the city pays)
    levels_combined: bool = False

    _k = field_validator("keywords", mode="before")(_strings)


class FundingGroupIn(_Strict):
    counties: list[str] = []
    city_share: FigureIn | None = None
    local_share: FigureIn | None = None
    note: str = ""

    def build(self) -> model.FundingGroup:
        return model.FundingGroup(
            tuple(self.counties), self.city_share.build() if self.city_share else None,
            self.local_share.build() if self.local_share else None, self.note)


class FundingSplitIn(_Strict):
    clause: str = Field(min_length=1)
    input: str
    groups: list[FundingGroupIn]
    default: FundingGroupIn | None = None


class PolicyIn(_Strict):
    id: str
    city: str
    province: str
    doc_number: str
    title: str
    issued: date | None = None
    effective_from: DateIn | None = None
    valid_until: DateIn | None = None
    awards_counted_from: DateIn | None = None
    notes: str = Field(min_length=1)
    status_warning: str = ""
    common_conditions: list[ConditionIn] = []
    common_notes: list[str] = []  # said with every measure's result (从高不重复, 资金分担)
    funding_split: FundingSplitIn | None = None
    exclusive_rule: str = ""
    order: int = 100


class RuleFileIn(_Strict):
    policy: PolicyIn
    measures: list[MeasureIn] = Field(min_length=1)


class ChoiceIn(_Strict):
    value: str
    label: str
    synonyms: list[str] = []
    country_regions: list[str] = []
    unless_other: bool = False


class InputSpecIn(_Strict):
    kind: InputKind
    label: str = Field(min_length=1)
    question: str = Field(min_length=1)
    cues: list[str] = []
    choices: list[ChoiceIn] = []
    unit: str = ""
    multiple: bool = False
    aliases: list[str] = []
    twin: str | None = None
    valid_min_exclusive: Decimal | None = None
    valid_min: Decimal | None = None
    valid_max: Decimal | None = None
    warn_below: Decimal | None = None
    bare_below: Decimal | None = None
    derive_from_country: bool = False
    sums: bool = False
    local: bool = False
    place: str = ""
    cue_required: bool = False

    _v = field_validator("valid_min_exclusive", "valid_min", "valid_max", "warn_below", "bare_below",
                         mode="before")(_decimal)
    _c = field_validator("cues", mode="before")(_strings)

    def build(self, name: str) -> model.InputSpec:
        return model.InputSpec(
            name=name, kind=self.kind, label=self.label, question=self.question,
            cues=list(self.cues),
            choices=[model.Choice(c.value, c.label, tuple(c.synonyms), tuple(c.country_regions), c.unless_other)
                     for c in self.choices],
            unit=self.unit, multiple=self.multiple, aliases=tuple(self.aliases), twin=self.twin,
            valid_min_exclusive=self.valid_min_exclusive, valid_min=self.valid_min,
            valid_max=self.valid_max, warn_below=self.warn_below, bare_below=self.bare_below,
            derive_from_country=self.derive_from_country, sums=self.sums,
            local=self.local, place=self.place, cue_required=self.cue_required)


class InputsFileIn(_Strict):
    inputs: dict[str, InputSpecIn]


class CountryIn(_Strict):
    name: str
    region: str
    aliases: list[str] = []


class CountryListIn(_Strict):
    name: str
    source: str
    as_of: str
    note: str = ""
    absent_note: bool = False
    members: list[str]


class CountriesFileIn(_Strict):
    note: str = ""
    countries: list[CountryIn]
    lists: dict[str, CountryListIn]
    transcontinental: list[str] = []
    places: dict[str, list[str]] = {}  # country -> cities and ports exporters name (汉堡 -> 德国)


ConditionIn.model_rebuild()
CaseIn.model_rebuild()
PartIn.model_rebuild()
FormulaIn.model_rebuild()
