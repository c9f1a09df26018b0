"""Quantities (money, area, counts, durations, percentages) read from Chinese text.

`parse_quantity("200万元")` -> Quantity(Decimal("2000000"), "CNY", "200万元"). Values are
normalised to base units: 元 for CNY, 美元 for USD, 平方米, percent points (30 for 30%), and
the duration unit as written (months / years / days / hours). Chinese numerals (一千五百,
两百万, 一点五万) go through cn2an; digits with 万/亿 suffixes are multiplied exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

# unit words (longest first inside each group) -> normalised unit
_UNIT_WORDS: list[tuple[str, str]] = [
    # other currencies first ("1.5万欧元", "100万日元": 元 and 日 alone are other units): read as
    # a foreign amount, which no input takes, so the figure is asked for in yuan or dollars
    ("新加坡元", "FX"), ("新台币", "FX"), ("台币", "FX"), ("TWD", "FX"),
    ("欧元", "FX"), ("英镑", "FX"), ("日元", "FX"), ("韩元", "FX"), ("港元", "FX"),
    ("港币", "FX"), ("澳元", "FX"), ("加元", "FX"), ("卢布", "FX"), ("泰铢", "FX"), ("越南盾", "FX"),
    ("林吉特", "FX"), ("迪拉姆", "FX"), ("卢比", "FX"), ("雷亚尔", "FX"), ("EUR", "FX"), ("GBP", "FX"),
    ("JPY", "FX"),
    ("元人民币", "CNY"), ("人民币", "CNY"), ("块钱", "CNY"), ("元", "CNY"), ("块", "CNY"),
    ("RMB", "CNY"), ("rmb", "CNY"), ("CNY", "CNY"),
    ("美元", "USD"), ("美金", "USD"), ("USD", "USD"), ("usd", "USD"),
    ("平方米", "m2"), ("平米", "m2"), ("平方", "m2"), ("㎡", "m2"), ("m²", "m2"), ("m2", "m2"),
    ("个百分点", "percent"), ("%", "percent"),
    ("个月", "months"), ("周年", "years"), ("年", "years"),  # "12月" is December, not a duration
    ("天", "days"), ("日", "days"), ("课时", "hours"), ("学时", "hours"), ("小时", "hours"),
    ("人次", "people"), ("人", "people"), ("名", "people"),
    ("班次", "count"), ("个", "count"), ("家", "count"), ("班", "count"), ("期", "count"),
    ("单", "count"), ("次", "count"), ("所", "count"), ("座", "count"), ("场", "count"),
    ("店铺", "count"), ("标准展位", "count"), ("展位", "count"), ("位", "count"), ("张", "count"), ("间", "count"),
    ("项", "count"), ("笔", "count"), ("批", "count"), ("台", "count"), ("件", "count"),
]
_UNIT_OF = dict(_UNIT_WORDS)
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
# digits with thousands commas only where each group after a comma has three ("4,000,000"): "开通9710，1.5亿元" is a
# code and a sum, never 97101.5亿 (a comma before a unit is a pause: "订单，2000，单" is 2000单)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?(?:,(?!\d))?)"
_NUM = rf"(?:{_DIGITS}(?:\s*[十百千万亿])*|[{_CN_DIGITS}][{_CN_DIGITS}点]*)"
_UNITS = "|".join(re.escape(w) for w, _ in _UNIT_WORDS)
_PATTERN = re.compile(
    rf"(?P<pct>百分之(?P<pnum>{_NUM}))"
    # "5万 日本商标": 日 of 日本 (天 of 天津) is no unit, nor 展位 of "4万 展位费", "每个2万 展位补贴多少"
    # "两块加一起", "这两块都报": 块 of parts (two blocks of a claim) is no 块 of money; a sum said in
    # 块 ("3万块 能补多少", "五千块能补吗") is money whatever follows
    # ("40万 人员工资": 人 of 人员, 人才, 人工 is no count of people)
    rf"|(?P<sign>[-−负])?(?P<num>{_NUM})\s*(?:(?P<unit>{_UNITS})(?!(?<=日)本|(?<=天)津|(?<=位)(?:费|补|奖|政策|资金)|(?<=人)(?:员|才|工|力)"
    rf"|(?<=[一二两三四五六七八九十几]块)\s*(?:加|合|一起|都|分别|各|业务|内容|政策|奖励|补贴|资金|的补|能拿|能补)"
    # ("认证这一块到底能补多少": a part of the claim pointed at)
    rf"|(?<=[这那哪另]一块)"
    # ("一块是1210线上交易额…", "另一块是海外仓": a part said by its place in a list)
    rf"|(?<=[一两二三]块)\s*(?:是|呢|就是|嘛)\s*(?=[^\d\s])))?"
)
# (after a unit word said past a pause) the word's own figure: "，课时32", "，人数是40"
_FIGURE_NEXT = re.compile(r"[^\d，,。；;！!？?\s]{0,3}?\s*(?:是|为|有|:|：)?\s*\d")
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}-\d{1,2}-\d{1,2}")
# Customs supervision codes (9610, 9710, 9810, 1210, 1239, 0110) name a trade mode, never a
# quantity: "9610项下", "开通9710", unless a money or area unit follows the number itself.
CUSTOMS_CODE = re.compile(r"(?<![\d.,])(?:9610|9710|9810|1210|1239|0110)"
                          r"(?![\d.]|,\d{3}(?!\d)|\s*(?:万|亿|千|元|美元|平))")
_UNITS_LIST = ("CNY", "USD", "FX", "m2", "count", "percent", "months", "years", "days", "hours",
               "people", "number")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as found in text; `word` is the unit word as written."""

    value: Decimal
    unit: str
    raw: str
    span: tuple[int, int] = (0, 0)
    word: str = ""


@dataclass(frozen=True)
class Below:
    """A figure known only to be under a limit: "还没用满一年" is months_used < 12.

    Conditions decide on it where the limit settles them (under 12 months fails "满1年");
    a formula never computes with it."""

    limit: Decimal
    unit: str = "number"


@dataclass(frozen=True)
class AtLeast:
    """A figure known only to reach a floor: "2023年开始运营到现在" is at least 36 months; said as
    a range ("五六万", "三十几个", "400-500万"), it also stays at or under a `ceiling`.

    Conditions decide on it where both ends give the same answer; a formula never computes
    with it, except where a cap binds at the floor. `strict`: said as above the floor, not at it
    ("超过5000万美元" is more than 5000万, and meets "超过5000万美元" where "5000万美元" does not)."""

    floor: Decimal
    unit: str = "number"
    ceiling: Decimal | None = None
    strict: bool = False
    # the ceiling is not said but read from the words ("四百多平" is under 500): shown as the floor, 约数
    approximate: bool = False
    # the figure said, where both bounds are the engine's reading of an approximate figure ("四十万左右吧",
    # "将近3000万", "三千来万" at a threshold): shown as the figure said, 约数, never as bounds nobody said
    said: Decimal | None = None


@dataclass(frozen=True)
class Period:
    """When a matter ran, from `start` to `end` ("2024年3月租到2025年2月"): it falls before a
    policy's start only if it ended before it, after its end only if it began after it."""

    start: date
    end: date
    words: str = ""


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral in digits or Chinese (一千五百, 1.2亿, 两百万), or None."""
    s = re.sub(r"[\s,]", "", text.translate(_FULLWIDTH))
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿]*)", s)
    if m:
        value = Decimal(m.group(1))
        for ch in m.group(2):
            value *= _MULTIPLIERS[ch]
        return _tidy(value)
    try:
        import cn2an  # slow to import (~0.2 s); only Chinese numerals need it

        result = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    try:
        return _tidy(Decimal(str(result)))
    except InvalidOperation:
        return None


def _tidy(value: Decimal) -> Decimal:
    """Drop a meaningless fractional zero (1.2亿 -> 120000000, not 120000000.0)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _normalise_unit(word: str) -> str:
    return _UNIT_OF[word]


# Measure words of things no one counts in 万 or 亿; after such a figure and a space they head the next
# word ("80万 场地", "20万 项目", "5万 台账"), while "5万 单", "3万 件", "2万 人次" stay counts.
_NOUN_HEADS = frozenset({"场", "所", "座", "家", "期", "班", "班次", "间", "台", "位", "项", "批", "店铺", "展位",
                         "标准展位", "张"})


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity with a unit in a sentence, in order, with its span in `text`."""
    if not text:
        return []
    norm = text.translate(_FULLWIDTH)
    masked = _DATE.sub(lambda m: " " * len(m.group(0)), norm)  # dates are not quantities
    masked = CUSTOMS_CODE.sub(lambda m: " " * len(m.group(0)), masked)  # nor are customs codes
    found: list[Quantity] = []
    for m in _PATTERN.finditer(masked):
        if m.group("pct"):
            value = parse_number(m.group("pnum"))
            if value is not None:
                found.append(Quantity(value, "percent", text[m.start():m.end()],
                                      (m.start(), m.end()), "百分之"))
            continue
        word = m.group("unit")
        if not word:
            continue
        if masked[max(0, m.start() - 1):m.start()] == "第":
            continue  # "第二个", "第3期": an ordinal, no quantity
        if m.group("num").endswith(",") and _FIGURE_NEXT.match(masked, m.end()):
            continue  # "人数40，课时32": the word after the pause heads the next figure, no unit of this one
        value = parse_number(m.group("num"))
        if value is None:
            continue
        unit = _normalise_unit(word)
        if (word in _NOUN_HEADS and re.search(r"[万亿]\s+$", masked[m.start("num"):m.start("unit")])):
            continue  # "软件系统80万 场地土建500万": 场 heads the next noun (场地), no count of venues in 万
        if unit == "years" and value >= 1900 and value == value.to_integral_value():
            continue  # a calendar year, not a duration
        if m.group("sign"):
            value = -value
        suffix = re.search(r"[十百千万亿]*$", m.group("num").replace(" ", "")).group(0)
        found.append(Quantity(value, unit, text[m.start():m.end()], (m.start(), m.end()),
                              suffix + word if m.group("num")[0].isdigit() else word))
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in `text`; a bare number gives unit "number"; None when none."""
    if text is None:
        return None
    text = str(text)
    found = parse_quantities(text)
    if found:
        return found[0]
    s = text.translate(_FULLWIDTH).strip()
    m = re.fullmatch(rf"(?P<sign>[-−负])?\s*(?P<num>{_NUM})", s)
    if m:
        value = parse_number(m.group("num"))
        if value is not None:
            if m.group("sign"):
                value = -value
            return Quantity(value, "number", text.strip(), (0, len(text)), "")
    return None


def known_units() -> tuple[str, ...]:
    """The normalised unit names a Quantity may carry."""
    return _UNITS_LIST
