"""The rule book in memory: frozen dataclasses built by the loader from the validated YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from calculators.errors import CalculatorError
from calculators.fmt import fmt_number
from calculators.texts import text

# unit word of a figure -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, Decimal]] = {
    "元": ("cny", Decimal(1)), "万元": ("cny", Decimal(10_000)),
    "亿元": ("cny", Decimal(100_000_000)),
    "美元": ("usd", Decimal(1)), "万美元": ("usd", Decimal(10_000)),
    "平方米": ("area", Decimal(1)),
    "%": ("percent", Decimal(1)),
    "月": ("months", Decimal(1)), "年": ("months", Decimal(12)),
    "天": ("count", Decimal(1)), "课时": ("count", Decimal(1)), "家": ("count", Decimal(1)),
    "个": ("count", Decimal(1)), "人": ("count", Decimal(1)), "班": ("count", Decimal(1)),
    "单": ("count", Decimal(1)), "次": ("count", Decimal(1)), "展位": ("count", Decimal(1)),
    "店铺": ("count", Decimal(1)), "位": ("count", Decimal(1)), "份": ("share", Decimal(1)),
    "年度": ("count", Decimal(1)),
}
# input kind -> the figure dimension it is compared with
KIND_DIMENSION: dict[str, str] = {
    "money_cny": "cny", "money_usd": "usd", "area_m2": "area", "count": "count",
    "months": "months", "percent": "percent", "number": "count",
}
INPUT_KINDS = ("money_cny", "money_usd", "area_m2", "count", "months", "bool", "choice",
               "percent", "country", "date", "number")


@dataclass(frozen=True)
class Figure:
    """A number from a policy text with its unit and the clause it comes from."""

    value: Decimal
    unit: str
    clause: str
    note: str = ""

    @property
    def dimension(self) -> str:
        return UNITS[self.unit][0]

    @property
    def base(self) -> Decimal:
        """The value in the dimension's base unit (元, 美元, 平方米, 月, percent points)."""
        return self.value * UNITS[self.unit][1]

    @property
    def fraction(self) -> Decimal:
        """A percentage as a fraction (30% -> 0.3)."""
        return self.value / Decimal(100)

    @property
    def display(self) -> str:
        return f"{fmt_number(self.value)}{self.unit}"


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice input, with the words users say for it."""

    value: str
    label: str
    synonyms: tuple[str, ...] = ()
    country_regions: tuple[str, ...] = ()
    # a value said only where no other is ("正在申报" is 未认定, unless a level held is said beside it)
    unless_other: bool = False


@dataclass(frozen=True)
class InputSpec:
    """One fact about an enterprise; the same name means the same fact in every measure."""

    name: str
    kind: str
    label: str
    question: str
    cues: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    unit: str = ""
    multiple: bool = False
    aliases: tuple[str, ...] = ()
    twin: str | None = None
    valid_min_exclusive: Decimal | None = None
    valid_min: Decimal | None = None
    valid_max: Decimal | None = None
    warn_below: Decimal | None = None
    # A figure said with no unit below it ("年线上交易额 3500") is in doubt: 元 or 万元 is asked, no amount guessed.
    bare_below: Decimal | None = None
    derive_from_country: bool = False
    # A total over items ("认证费8万，商标注册5万"): several figures given for it are added up.
    sums: bool = False
    # A fact about being this city's own (本市院校, 在本市注册): true where the text names the city as home.
    local: bool = False
    # The office a yes/no fact names ("潍坊海关"): another place's office named makes it false.
    place: str = ""
    # A figure of a special kind (比上年增加额): taken only where its own cue names it.
    cue_required: bool = False


@dataclass(frozen=True)
class DatedClause:
    """A date stated in a policy text, with its clause."""

    date: date
    clause: str


@dataclass(frozen=True)
class Condition:
    """An eligibility gate: a leaf test on one input, or an all_of / any_of group."""

    text: str
    clause: str
    input: str | None = None
    op: str = ""
    threshold: Figure | None = None
    values: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    if_missing: str = "ask"
    assumption: str = ""
    # a recognition input ("经市商务局认定为…示范园区"): once it is true and this criterion's input is unsaid, the
    # criterion is met, the recognizer having checked it; a figure said is still checked
    met_by: str = ""
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Case:
    """One branch of a select formula: applies when its condition holds."""

    when: Condition
    formula: Formula
    label: str
    note: str = ""


@dataclass(frozen=True)
class Part:
    """One part of a sum formula, with its own gates."""

    name: str
    formula: Formula
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Formula:
    """How much: rate × base, fixed, per unit, per step, select, sum, or no figure."""

    kind: str
    base: str | None = None
    base_label: str = ""
    rate: Figure | None = None
    amount: Figure | None = None
    step: Figure | None = None
    units: str | None = None
    unit_formula: Formula | None = None
    count_limits: tuple[Figure, ...] = ()
    caps: tuple[Figure, ...] = ()
    cases: tuple[Case, ...] = ()
    otherwise: Formula | None = None
    parts: tuple[Part, ...] = ()
    upper_bound: str = ""
    label: str = ""
    text: str = ""


@dataclass(frozen=True)
class Default:
    """A value used when the user gives none, with the assumption said in the result."""

    value: object
    assumption: str


@dataclass(frozen=True)
class FundingGroup:
    """Who pays: the city's and the county's shares for a set of counties."""

    counties: tuple[str, ...]
    city_share: Figure | None = None
    local_share: Figure | None = None
    note: str = ""


@dataclass(frozen=True)
class FundingSplit:
    """A clause splitting the cost between city and county (运城 第十条（二））."""

    clause: str
    input: str
    groups: tuple[FundingGroup, ...]
    default: FundingGroup | None = None


@dataclass(frozen=True)
class PolicyPeriod:
    """A policy document and the period its measures are in force."""

    policy_id: str
    city: str
    doc_number: str
    title: str
    effective_from: date | None
    valid_until: date | None
    awards_counted_from: date | None
    notes: str
    province: str = ""
    issued: date | None = None
    effective_clause: str = ""
    valid_clause: str = ""
    awards_clause: str = ""
    status_warning: str = ""
    common_conditions: tuple[Condition, ...] = ()
    funding_split: FundingSplit | None = None
    exclusive_rule: str = ""
    order: int = 100


@dataclass(frozen=True)
class PerItem:
    """Per-item payment: items are checked one by one; at most `per_group` count per group."""

    item: str
    count_input: str
    group_by: str = ""
    per_group: Figure | None = None


@dataclass(frozen=True)
class EachItem:
    """A measure computed for each item (海外仓) and summed; `total_cap` caps the sum."""

    item: str
    total_cap: Figure | None = None
    count_all: bool = True  # false where the text does not say several items are each paid
    count_input: str | None = None  # the input that counts the items themselves (班次数): each item is one
    of_enterprise: tuple[str, ...] = ()  # the enterprise's inputs (年进出口额): one value for every item
    named: bool = False  # several items only where the text names them as such (两个园区, A园区…B园区)
    by_county: bool = False  # the items are the city's counties, districts or zones, each told by its name


@dataclass(frozen=True)
class Measure:
    """One support measure of one policy: gates, formula, and where it is written."""

    id: str
    policy_id: str
    city: str
    doc_number: str
    clause: str
    name: str
    keywords: list[str]
    inputs: list[str]
    has_amount: bool
    formula_text: str
    quote: str = ""
    conditions: tuple[Condition, ...] = ()
    formula: Formula = field(default_factory=lambda: Formula(kind="no_figure"))
    defaults: dict[str, Default] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    exclusive_group: str = ""
    funding_split: bool = False
    no_figure_text: str = ""
    per_item: PerItem | None = None
    each_item: EachItem | None = None
    paid_years: Figure | None = None  # the amount is a year's, paid for this many years ("补助期3年")
    levels_combined: bool = False  # another level's share added (never in the matching form)


@dataclass
class RuleBook:
    """All measures of all policies, the input vocabulary and the country lists."""

    measures: list[Measure]
    inputs: dict[str, InputSpec]
    policies: dict[str, PolicyPeriod]
    countries: object = None  # calculators.countries.Countries
    source: str = ""

    def measure(self, measure_id: str) -> Measure:
        """The measure with this id; CalculatorError (Chinese) when there is none."""
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise CalculatorError(text("measure_not_found", id=measure_id))

    def of_clause(self, measure: Measure) -> list[Measure]:
        """The measures one clause defines (自建 and 租赁 of 潍坊 五), the given one included."""
        return [m for m in self.measures if m.policy_id == measure.policy_id and m.clause == measure.clause]

    def by_city(self, city: str) -> list[Measure]:
        """The measures of one city (运城 or 运城市), in document order."""
        name = city.strip().removesuffix("市") if city else ""
        return [m for m in self.measures if m.city == name]

    def policy(self, policy_id: str) -> PolicyPeriod:
        return self.policies[policy_id]

    def input_name(self, name: str) -> str | None:
        """The canonical input name for a name or one of its aliases."""
        if name in self.inputs:
            return name
        for spec in self.inputs.values():
            if name in spec.aliases:
                return spec.name
        return None
