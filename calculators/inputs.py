"""Turning what a user or profile gives (200万元, 八百平方米, 是, 美国) into typed input values.

Bad values never raise: each becomes a Chinese message attached to its input, and the input
then counts as missing (it must be asked again)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from calculators.countries import Countries, Country
from calculators.fmt import fmt_date, fmt_money, fmt_month, fmt_number
from calculators.model import InputSpec, Measure, RuleBook
from calculators.quantity import AtLeast, Below, Period, Quantity, parse_quantities, parse_quantity
from calculators.texts import text

_SILENT = {"city", "measure", "measure_id", "policy", "as_of"}
_NO = re.compile(r"^(否|不|没|无|未|非|no\b|n$|false|0$)", re.IGNORECASE)
_YES = re.compile(r"^(是|有|已|对|满足|符合|yes\b|y$|true|1$)", re.IGNORECASE)
_CN_DATE = re.compile(r"(?P<y>\d{4})\s*[年/.-]\s*(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})")
_YEAR_ONLY = re.compile(r"^((?:19|20)\d{2})\s*年$")
_CURRENCY = {"money_cny": "CNY", "money_usd": "USD"}
_CURRENCY_NAME = {"CNY": "人民币", "USD": "美元"}


@dataclass(frozen=True)
class Value:
    """A typed input value and how it is shown in steps (200万元, 800平方米, 是)."""

    value: object
    display: str


@dataclass
class Prepared:
    """The inputs of one calculation after parsing, with the notes parsing produced."""

    values: dict[str, Value] = field(default_factory=dict)
    invalid: dict[str, str] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    derived_steps: list[str] = field(default_factory=list)


class _Bad(Exception):
    """A value that cannot be used; the message says why, in Chinese."""


def _to_decimal(raw: object) -> Decimal:
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise _Bad(text("input.not_a_number", raw=raw)) from None
    if not value.is_finite():
        raise _Bad(text("input.not_a_number", raw=raw))
    return value


def _quantity(raw: object) -> Quantity | None:
    if isinstance(raw, Quantity):
        return raw
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float | Decimal):
        return Quantity(_to_decimal(raw), "number", str(raw))
    return parse_quantity(str(raw))


def show_bound(spec: InputSpec, bound: AtLeast | Below, countries: Countries | None = None) -> str:
    """A bound as the user said it, in the input's unit: 超过400万元, 至少12个月, 不到500平方米, 五到六万元之间."""
    if isinstance(bound, Below):
        return text("input.below", value=_display(spec, bound.limit, countries))
    if bound.said is not None:  # "四十万左右吧": the figure said, not the bounds read from it
        return text("input.said_about", value=_display(spec, bound.said, countries))
    if bound.ceiling is not None and bound.approximate:  # "四百多平": the figure said, an approximate one
        return text("input.about", value=_display(spec, bound.floor, countries))
    if bound.ceiling is not None:
        return text("input.between", low=_display(spec, bound.floor, countries),
                    high=_display(spec, bound.ceiling, countries))
    return text("input.above" if bound.strict else "input.at_least", value=_display(spec, bound.floor, countries))


def _display(spec: InputSpec, value: object, countries: Countries | None) -> str:
    if spec.kind == "money_cny":
        return fmt_money(value)  # type: ignore[arg-type]
    if spec.kind == "money_usd":
        return fmt_money(value, "美元")  # type: ignore[arg-type]
    if spec.kind in ("area_m2", "count", "months"):
        return f"{fmt_number(value)}{spec.unit}"  # type: ignore[arg-type]
    if spec.kind == "percent":
        return f"{fmt_number(value)}%"  # type: ignore[arg-type]
    if spec.kind == "number":
        return fmt_number(value)  # type: ignore[arg-type]
    if spec.kind == "bool":
        return text("input.yes_no", value=value)
    if spec.kind == "choice":
        labels = {c.value: c.label for c in spec.choices}
        if isinstance(value, frozenset):  # (none chosen: "还没开通9610、9710、9810业务" is 无, said so)
            return "、".join(labels[v] for v in sorted(value)) or text("input.none_chosen")
        return labels.get(str(value), str(value))
    if spec.kind == "country" and isinstance(value, Country):
        return value.name
    if spec.kind == "date" and isinstance(value, date):
        return fmt_date(value)
    return str(value)


def _numeric(spec: InputSpec, raw: object, notes: list[str]) -> tuple[Decimal, str | None]:
    """(value, currency or None) for the numeric kinds; unit mismatches raise _Bad."""
    q = _quantity(raw)
    if q is None:
        raise _Bad(text("input.unreadable", raw=raw, label=spec.label))
    unit = q.unit
    if spec.kind in _CURRENCY:
        if unit == "number":
            if not isinstance(raw, int | float | Decimal):
                name = "元" if spec.kind == "money_cny" else "美元"
                notes.append(text("input.unit_assumed", raw=raw, unit=name, label=spec.label))
            return q.value, _CURRENCY[spec.kind]
        if unit not in ("CNY", "USD"):
            raise _Bad(text("input.not_money", raw=q.raw, label=spec.label))
        return q.value, unit
    accepted = {
        "area_m2": {"m2": 1},
        "months": {"months": 1, "years": 12},
        "count": {"count": 1, "people": 1, "hours": 1, "days": 1},
        "percent": {"percent": 1},
        "number": {"CNY": 1},
    }[spec.kind]
    if unit == "number":
        if spec.kind in ("area_m2", "months", "percent") and not isinstance(
                raw, int | float | Decimal | Quantity):
            notes.append(text("input.unit_assumed", raw=raw, unit=spec.unit or "%", label=spec.label))
        return q.value, None
    if unit not in accepted:
        raise _Bad(text("input.wrong_unit", raw=q.raw, label=spec.label))
    return q.value * accepted[unit], None


def _bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    s = str(raw).strip()
    if _NO.search(s):
        return False
    if _YES.search(s):
        return True
    raise _Bad(text("input.not_yes_no", raw=raw))


def _choice(spec: InputSpec, raw: object, countries: Countries | None,
            steps: list[str]) -> object:
    items = [str(x) for x in raw] if isinstance(raw, list | tuple | set | frozenset) else None
    said = " ".join(items) if items is not None else str(raw).strip()
    if spec.multiple:
        if items == [] or said in ("无", "没有", "都没有", "均无"):
            return frozenset()  # stated: none of them (没有开通任何一种)
        found = frozenset(c.value for c in spec.choices
                          if any(w and w in said for w in (c.value, *c.synonyms)))
        if not found:
            raise _Bad(text("input.unreadable", raw=said, label=spec.label))
        return found
    for c in spec.choices:
        if said in (c.value, c.label, *c.synonyms):
            return c.value
    best: tuple[int, str] | None = None
    for c in spec.choices:
        for w in (c.value, c.label, *c.synonyms):
            if w and w in said and (best is None or len(w) > best[0]):
                best = (len(w), c.value)
    if best:
        return best[1]
    if spec.derive_from_country and countries is not None:
        return _choice_from_country(spec, said, countries, steps)
    raise _Bad(text("input.unknown_choice", label=spec.label, raw=said, options=[c.label for c in spec.choices]))


def _choice_from_country(spec: InputSpec, said: str, countries: Countries,
                         steps: list[str]) -> str:
    country = countries.lookup(said)
    if country is None:
        raise _Bad(text("input.unknown_country", raw=said))
    if country.name in countries.transcontinental:
        raise _Bad(text("input.transcontinental", country=country.name, label=spec.label))
    for c in spec.choices:
        if country.region in c.country_regions:
            steps.append(text("input.country_region", country=country.name, region=country.region, choice=c.label))
            return c.value
    raise _Bad(text("input.country_undecided", country=country.name, label=spec.label))


def _date(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    m = _CN_DATE.search(str(raw))
    if not m:
        raise _Bad(text("input.unknown_date", raw=raw))
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        raise _Bad(text("input.bad_date", raw=raw)) from None


def _check_range(spec: InputSpec, value: Decimal, shown: str, warnings: list[str]) -> None:
    if value < 0 and (spec.valid_min is None or spec.valid_min >= 0):
        raise _Bad(text("input.negative", label=spec.label, value=shown))
    if spec.valid_min is not None and value < spec.valid_min:
        raise _Bad(text("input.too_low", label=spec.label, value=shown))
    if spec.valid_min_exclusive is not None and value <= spec.valid_min_exclusive:
        raise _Bad(text("input.not_above", label=spec.label, minimum=fmt_number(spec.valid_min_exclusive),
                        value=shown))
    if spec.valid_max is not None and value > spec.valid_max:
        raise _Bad(text("input.too_high", label=spec.label, value=shown))
    if spec.warn_below is not None and 0 < value < spec.warn_below:
        warnings.append(text("input.small_money", label=spec.label, value=shown))


def coerce(spec: InputSpec, raw: object, rb: RuleBook, rate: Decimal | None,
           prepared: Prepared) -> Value:
    """One input value, typed and range-checked; raises _Bad with a Chinese message."""
    countries = rb.countries if isinstance(rb.countries, Countries) else None
    if isinstance(raw, AtLeast):  # "2023年开始…到现在", "五六万": a floor (or a range), for conditions only
        floor, _ = _numeric(spec, Quantity(raw.floor, raw.unit, str(raw.floor)), prepared.assumptions)
        ceiling = (None if raw.ceiling is None
                   else _numeric(spec, Quantity(raw.ceiling, raw.unit, str(raw.ceiling)), prepared.assumptions)[0])
        said = (None if raw.said is None
                else _numeric(spec, Quantity(raw.said, raw.unit, str(raw.said)), prepared.assumptions)[0])
        bound = AtLeast(floor, spec.kind, ceiling, strict=raw.strict, approximate=raw.approximate, said=said)
        return Value(bound, show_bound(spec, bound, countries))
    if isinstance(raw, Below):  # "还没用满一年": only conditions can use it
        limit, currency = _numeric(spec, Quantity(raw.limit, raw.unit, str(raw.limit)), prepared.assumptions)
        if currency and currency != _CURRENCY.get(spec.kind):
            raise _Bad(text("input.below_currency", limit=fmt_number(raw.limit), label=spec.label))
        bound = Below(limit, spec.kind)
        return Value(bound, show_bound(spec, bound, countries))
    if spec.kind in _CURRENCY or spec.kind in ("area_m2", "months", "count", "percent",
                                               "number"):
        if spec.kind == "number" and isinstance(raw, str):
            cny = [q for q in parse_quantities(raw) if q.unit == "CNY"]
            raw = cny[-1].value if cny else raw
        value, currency = _numeric(spec, raw, prepared.assumptions)
        want = _CURRENCY.get(spec.kind)
        if want and currency != want:
            value = _convert(spec, value, currency or want, want, rate, prepared)
        _check_range(spec, value, _display(spec, value, countries), prepared.warnings)
        return Value(value, _display(spec, value, countries))
    if spec.kind == "bool":
        value_b = _bool(raw)
        return Value(value_b, _display(spec, value_b, countries))
    if spec.kind == "choice":
        value_c = _choice(spec, raw, countries, prepared.derived_steps)
        return Value(value_c, _display(spec, value_c, countries))
    if spec.kind == "country":
        country = raw if isinstance(raw, Country) else (
            countries.lookup(str(raw)) if countries else None)
        if country is None:
            raise _Bad(text("input.unknown_country", raw=raw))
        return Value(country, country.name)
    if isinstance(raw, Period):
        return Value(raw, period_display(raw))
    year = _YEAR_ONLY.match(str(raw).strip()) if isinstance(raw, str) else None
    if year:  # "2025年": the year's first day decides "after the end" / "before the start" by year
        return Value(date(int(year.group(1)), 1, 1), f"{year.group(1)}年")
    value_d = _date(raw)
    return Value(value_d, fmt_date(value_d))


def period_display(period: Period) -> str:
    """"2023年12月至2024年11月" for a period said in months (both ends on a month's first day, as
    the facts read "2023年12月到2024年11月"), dates otherwise: the end month is the last month in use,
    not its first day."""
    if period.start.day == 1 and period.end.day == 1:
        return text("input.period", start=fmt_month(period.start), end=fmt_month(period.end))
    return text("input.period", start=fmt_date(period.start), end=fmt_date(period.end))


def _convert(spec: InputSpec, value: Decimal, have: str, want: str, rate: Decimal | None,
             prepared: Prepared) -> Decimal:
    shown = fmt_money(value, "元" if have == "CNY" else "美元")
    if rate is None:
        raise _Bad(text("input.no_conversion", label=spec.label, want=_CURRENCY_NAME[want],
                        have=_CURRENCY_NAME[have], value=shown))
    converted = value * rate if want == "CNY" else value / rate
    shown_converted = fmt_money(converted, "元" if want == "CNY" else "美元")
    prepared.derived_steps.append(text("input.converted_step", value=shown, to_cny=want == "CNY",
                                       rate=fmt_number(rate), converted=shown_converted, label=spec.label))
    prepared.assumptions.append(text("input.converted", rate=fmt_number(rate), value=shown,
                                     converted=shown_converted, label=spec.label))
    return converted


def prepare(measure: Measure, given: dict[str, object], rb: RuleBook,
            note_unused: bool = True) -> Prepared:
    """Parse the inputs one measure needs; note unknown names, defaults and conversions."""
    prepared = Prepared()
    wanted = set(measure.inputs) | {"exchange_rate", "county", "event_date"}
    raw_by_name: dict[str, object] = {}
    for key, raw in given.items():
        name = rb.input_name(str(key))
        if name is None:
            if note_unused and key not in _SILENT:
                prepared.assumptions.append(text("input.ignored_key", key=key))
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        raw_by_name[name] = raw
    rate = _prepare_rate(raw_by_name, rb, prepared)
    for name in [*measure.inputs, "county", "event_date"]:
        spec = rb.inputs[name]
        raw = raw_by_name.get(name)
        if raw is None and spec.twin and spec.twin in raw_by_name:
            raw = _twin_raw(rb.inputs[spec.twin], raw_by_name[spec.twin])
        if raw is None:
            continue
        try:
            prepared.values[name] = coerce(spec, raw, rb, rate, prepared)
        except _Bad as bad:
            prepared.invalid[name] = str(bad)
        except (ArithmeticError, ValueError, TypeError):  # last resort: never raise to users
            prepared.invalid[name] = text("input.unusable", label=spec.label, raw=raw)
    if any(rb.inputs[n].derive_from_country for n in measure.inputs):
        wanted.add("country")
    if note_unused:
        for name in raw_by_name:
            if name not in wanted and not (set(measure.inputs) & {rb.inputs[name].twin}):
                prepared.assumptions.append(text("input.unused", label=rb.inputs[name].label))
    for name, default in measure.defaults.items():
        if name not in prepared.values and name not in prepared.invalid:
            spec = rb.inputs[name]
            try:
                prepared.values[name] = coerce(spec, default.value, rb, rate, prepared)
                prepared.assumptions.append(default.assumption)
            except _Bad as bad:  # a bad default is a rule-file bug; say so, do not crash
                prepared.invalid[name] = str(bad)
    _derive(measure, raw_by_name, rb, rate, prepared)
    return prepared


def _twin_raw(twin: InputSpec, raw: object) -> object:
    """A twin's raw value, tagged with its currency so that conversion is explicit."""
    if isinstance(raw, int | float | Decimal):
        return Quantity(Decimal(str(raw)), _CURRENCY[twin.kind], str(raw))
    return raw


def _prepare_rate(raw_by_name: dict[str, object], rb: RuleBook,
                  prepared: Prepared) -> Decimal | None:
    raw = raw_by_name.get("exchange_rate")
    if raw is None:
        return None
    try:
        value = coerce(rb.inputs["exchange_rate"], raw, rb, None, prepared)
    except _Bad as bad:
        prepared.warnings.append(text("input.rate_unusable", reason=bad))
        return None
    except (ArithmeticError, ValueError, TypeError):
        prepared.warnings.append(text("input.rate_unreadable", raw=raw))
        return None
    return value.value  # type: ignore[return-value]


def _derive(measure: Measure, raw_by_name: dict[str, object], rb: RuleBook,
            rate: Decimal | None, prepared: Prepared) -> None:
    """Choices that can be read from the country (货运航线类型 from the destination)."""
    for name in measure.inputs:
        spec = rb.inputs[name]
        if not spec.derive_from_country or name in prepared.values or name in prepared.invalid:
            continue
        country = prepared.values.get("country") or (
            Value(raw_by_name["country"], "") if "country" in raw_by_name else None)
        if country is None:
            continue
        try:
            prepared.values[name] = coerce(spec, str(getattr(country.value, "name",
                                                             country.value)),
                                           rb, rate, prepared)
        except _Bad as bad:  # ("俄罗斯横跨欧亚"): the choice is not told by the country, so it is asked, never invalid
            prepared.warnings.append(str(bad))
