"""The facts a message states for a calculator: figures bound to inputs by cue and role, yes/no
facts with negation, choices, dates, periods and places; each table-driven (tests/test_facts.py)
and needing no index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from assistant.figures import (
    CURRENCY_WORDS,
    SENTENCE_END,
    Chosen,
    Competing,
    DaysBetween,
    Difference,
    ExportsAsTrade,
    FirstFullYear,
    Grown,
    Growth,
    InDollars,
    InForeign,
    InYuan,
    LatestYear,
    LeftOut,
    MixedParts,
    PerArea,
    PerEach,
    PerPeriod,
    Portion,
    Relative,
    Remainder,
    Shared,
    ShareOf,
    Summed,
    Worded,
    currency_name,
    monthly_over,
    part_of,
    request_spans,
    stated_rates,
)
from assistant.intent import _SEGMENT, _data, expand_measure_words, lexicon
from assistant.patterns import compiled, literal
from assistant.timeline import A_YEAR, days_between, sentences, span, span_across
from calculators import Measure, RuleBook, parse_quantities
from calculators.fmt import fmt_money, fmt_number
from calculators.quantity import CUSTOMS_CODE, AtLeast, Below, Period, Quantity, parse_number
from prompts import message

# somewhere else, no city named ("外地注册的", "外省的企业"): the words both readings of another place share
ELSEWHERE_PLACES = ("外地", "外市", "外省", "省外", "市外", "异地")
# ("备案没问题", "不成问题": no denial)
_NEGATION_WORDS = re.compile(r"没有(?!问题)|尚未|还没|还未|没(?!问题|毛病|得说)|未|不是|并非"
                             r"|不(?!过|仅|但|少|同|错|久|断|管|论|然|成问题|多不少)")  # ("不多不少正好15班")

# "9610没有", "市级那个还没评", "国家级的没评上": a denial right after the words (or after 那个 pointing back at them)
# "9610没有", "那个也没", and a question said back with its answer: "海关备案？还没弄", "备案了吗 没有"
# ("是租的 不是自建": the 不是 denies what follows it; "不过", "不但", "不仅" join, they deny nothing)
# ("9610 9710 9810一个都没开通": the list denied after it, its count first)
# ("公共服务平台我们没注册", "海关备案公司还没做": who did it, said between the words and their denial)
# ("潍坊海关备案这块基本没弄": the matter pointed back at by 这块, denied all but wholly — NC098)
_NEGATION_AFTER = re.compile(r"^(?:的(?=没|未))?(?:那个|这个|那边|这块|那块|这一块|那一块|这方面)?"
                             r"(?:了?吗)?\s*[？?]?\s*(?:呢)?\s*(?:我们|我司|咱们|公司|企业|他们|客户)?"
                             r"(?:(?:一个|一项|一样|任何一个|哪个)\s*(?=都|也))?(?:基本上?|根本|完全|一直)?(?:都|也|还|则)?"
                             r"(?:没有(?!问题)|没(?!问题|毛病|错)|未|不(?!是|过|但|仅|光|只|论|管|成问题))"
                             # ("都在潍坊海关备案 没拿过国家和省里的钱": another matter, denied, begins there)
                             r"(?!\s*(?:拿|领|享受|获得|收到|要过|用过|花))"
                             # ("只做1210 不做9610 9710": the denial governs the codes after it, not the one before)
                             r"(?!\s*(?:做|搞|开通|开|走|涉及)?\s*(?:96|97|98|12)\d)"  # (the words after, cut short)
                             # "省级还在评", "国家级正在申报", "省级的审核中": not (yet) had
                             r"|^(?:的)?(?:也|还|仍|目前|现在)?(?:在|正在)(?:评|审|申报|申请|公示)"
                             r"|^(?:的)?(?:评审|审核|申报|审批|公示)中|^(?:的)?(?:待|尚待)(?:认定|审批|批|评)")

_CONTRAST = re.compile(r"而是|其实是|实际是|是")

_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*[）)]?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")  # "今年（2026年）4月"

_CUE_WINDOW = 12


def _implied_false_patterns() -> dict[str, list[str]]:
    return {str(k): [str(p) for p in v] for k, v in (_data().get("implied_false_patterns") or {}).items()}


def _implied_true_patterns() -> dict[str, list[str]]:
    return {str(k): [str(p) for p in v] for k, v in (_data().get("implied_true_patterns") or {}).items()}


def _names_other_award(words: str, subject: Iterable[str], rulebook: RuleBook) -> bool:
    """Whether words name an award by another measure's own word ("2025年拿了市级示范企业10万" asked beside the
    warehouse: the demonstration firm's award, no warehouse's paid before)."""
    own = {str(k) for k in subject}
    return bool(own) and any(len(str(k)) >= 3 and str(k) in words and str(k) not in own
                             for m in rulebook.measures for k in m.keywords)


def _implied_zero_patterns() -> dict[str, list[str]]:
    return {str(k): [str(p) for p in v] for k, v in (_data().get("implied_zero_patterns") or {}).items()}


# "不过有一个域名挂在…名下": so many of the things counted, said apart by what rules them out
# "有一个域名挂在…名下", "其中有3家不是六安的", "不过其中3家是合肥的企业", "里面2家": some of the things counted
SOME_OF_THEM = re.compile(r"(?:(?:其中|里面|这里面|这些里|当中)\s*(?:有|的)?|(?:不过|但是?|可是|只是)?\s*有)\s*"
                          r"(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*(?:个|家|处|座)")


def _some_of_them(text: str, positions: list[int]) -> int:
    """How many of the things counted a ruling-out word at one of `positions` is said of ("有一个域名…名下": 1),
    or 0 where it is said of them all."""
    for at in (p for p in positions if p >= 0):
        found = [m for m in SOME_OF_THEM.finditer(text, max(0, at - 14), at)
                 if not re.search(r"[，,。；;]", text[m.end():at])]
        if found:
            return int(parse_number(found[-1].group(1)) or 0)
    return 0


_CHAT_ITEM_CUT = re.compile(r"[，,、；;。]|(?<=[\dwWkK万元])\s+(?=\D)")


# a place with no floor space of its own, said so ("是云仓 虚拟的"): a zero area is a fact then, no slip
_NO_FLOOR = re.compile(r"云仓|虚拟仓|虚拟的|没有实体|无实体|不是实体|没有实际(?:的)?(?:仓|场地)")


def _said_outright(text: str, word: str) -> bool:
    """Whether the text says the word other than denied ("不是老企业" says no 老企业), and of the one told of, not of
    those it serves ("帮县里的工厂建团队": the factories are helped, the county government signed — LV045)."""
    return any(not re.search(r"(?:不是|并非|并不是|不算|不属于)\s*$", text[max(0, m.start() - 4):m.start()])
               and not re.search(r"(?:帮|为|替|服务)[^，,。；;！!？?\d]{0,4}$", text[max(0, m.start() - 7):m.start()])
               for m in re.finditer(re.escape(word), text))


def _not_ruled_out(text: str, value: Competing, conditions: list[str]) -> Any:
    """Of counts competing for one input, the one whose phrase no word of the measure's own exclusions names
    ("运城机场客运航班飞了300班，…货机航线全年20班": 客运航班 rules out the 300 of the cargo route's flights); None
    unless exactly one is left."""
    words = [w for n in conditions for w in _implied_false().get(n, ())]
    if not words:
        return None
    phrases = [p for p in _CHAT_ITEM_CUT.split(text) if p]
    left = [v for v, said in zip(value.values, value.words, strict=True)
            if not any(w in p for p in phrases if said in p for w in words)]
    return left[0] if len(left) == 1 and len(value.values) > 1 else None


def _items_of_both(text: str, value: Any, cues: list[str], others: Iterable[str]) -> bool:
    """Whether the input's own cue and a word that rules it out each name an item with its own figure
    ("马德里商标国际注册3.5万，另外国内商标续展花了1万"): the items that fit count, the others are left
    out of the sum; the fact holds for those that fit (or is left to the clause's assumption where the cue was not
    read as a yes: "客运航班飞了300班，货运方面有一条…货机航线全年20班")."""
    if value is False:
        return False
    # (chat items are cut by the space after a figure: "CE认证 费用8w 美国商标注册3.5w 另外国内商标注册0.6w")
    # (a phrase whose only figure is a date names no item: "欧盟商标是2019年注册的，2024年续展花了2万" — LQ045)
    # (a sum said bare counts too: "在国内注册了个商标花了5000" — LV040)
    phrases = [p for p in _CHAT_ITEM_CUT.split(text) if p and (figures_in(p) or _BARE_SUM.search(p))]
    own = [p for p in phrases if any(c in p for c in cues)]
    ruled_out = [p for p in phrases if any(w in p for w in others)]
    def spent(p: str) -> bool:  # an item told with its own cost ("日本的商标国际注册1.6万")
        return not _ITEM_ASKS.search(p) and any(q.unit in ("CNY", "bare") for q in figures_in(p))

    if value is not True and not (own and ruled_out and all(spent(p) for p in [*own, *ruled_out])):
        # (a cue not read as a yes names an item only where both tell a count of one unit, asking nothing:
        # "客运航班飞了300班，…货机航线全年20班" — not "后台交易额500万 不过域名…注册在他们名下的 能拿15万不";
        # items each told with their cost are items whatever: "日本的商标国际注册1.6万…国内商标注册3万" — EV025)
        def counted(p: str) -> set[str]:
            return set() if _ITEM_ASKS.search(p) else {q.word for q in figures_in(p) if q.unit == "count" and q.word}
        own = [p for p in own if counted(p) & set().union(*(counted(r) for r in ruled_out))]
    return bool(own) and bool(ruled_out) and not set(own) & set(ruled_out)


_BARE_SUM = re.compile(r"(?:花了|花费|费用|用了|交了|付了)\s*\d{3,}(?![\d年])")
_ITEM_ASKS = re.compile(r"吗|么|多少|能拿|能补|能不能|可以拿|[？?]")


_CURRENCY_KIND = {"USD": "money_usd", "CNY": "money_cny"}


def _money_words(quantity: Quantity) -> str:
    """A sum's words as said, or in 万 where they are a long run of digits ("USD 3,850,000": 385万美元)."""
    from calculators.fmt import fmt_money

    if re.search(r"\d{7,}", quantity.raw) and quantity.unit in ("USD", "CNY"):
        return fmt_money(quantity.value, "美元" if quantity.unit == "USD" else "元")
    return quantity.raw


def _nearer_than_owners(text: str, quantity: Quantity, spec, owners: list, taken: set) -> bool:
    """Whether a figure in the other currency is this input's: named by its cue, and, where inputs of
    the figure's own currency exist, not taken by one and nearer this cue than any of theirs."""
    own = _cue_distance(text, quantity, list(spec.cues))
    rivals = [d for s in owners for d in [_cue_distance(text, quantity, list(s.cues))] if d is not None]
    return own is not None and (not owners or (quantity.value not in taken and all(own < d for d in rivals)))


def _named_more_closely(text: str, other: Quantity, held: Quantity, cues: list[str], subject: set[str]) -> bool:
    """Whether a figure in another currency is named by the input's cue right before it ("租金12万美元"),
    in a sentence of its own, where the figure held is named only from further away, or in a sentence
    that is not about the matter ("2023年总投资800万元搞扩产…" beside "…海外仓…这一年租金12万美元")."""
    near, far = _cue_distance(text, other, cues), _cue_distance(text, held, cues)
    if near is None or near > 2 or not SENTENCE_END.search(text, min(other.span[0], held.span[0]),
                                                           max(other.span[0], held.span[0])):
        return False

    def about(q: Quantity) -> bool:
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, q.span[0])), default=0)
        end = SENTENCE_END.search(text, q.span[1])
        return any(w in text[start:end.start() if end else len(text)] for w in subject)

    return far is None or far > near + 2 or (about(other) and not about(held))


# "现在正常运营", "后来恢复营业了", "目前已经上线": running now, said after a word of not (yet, or any more) running
_NOW_RUNNING = re.compile(r"(?:现在|目前|如今|后来|已经|已)\s*(?:已经|又|也)?\s*(?:恢复|重新)?\s*(?:正常)?\s*"
                          r"(?:运营|营业|开业|上线|运行|经营)(?!\s*(?:了?吗|没|不))")


def _implied_false() -> dict[str, list[str]]:
    return {str(k): [str(w) for w in v] for k, v in (_data().get("implied_false") or {}).items()}


_KIND_UNITS = {
    "area_m2": {"m2"}, "money_cny": {"CNY", "bare"}, "money_usd": {"USD"}, "percent": {"percent"},
    "months": {"months", "years"}, "count": {"count", "people", "days", "hours"},
    "number": {"number"},
}


_BARE_MONEY = re.compile(r"([-−负])?(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(万|亿)"
                         r"(?![元美平人家个班单次份])")
# "展位费28000", "每个5000", "租金80000": a whole number of yuan right after a money word
# ("推广运营费（P4P直通车）52000": an aside in brackets between the word and its figure)
# (a sum invested, paid or traded with no unit reads as yuan from five digits: "建设投资 1200" may be 1200万 — asked;
# "年线上交易额 50000000" is yuan)
_BARE_YUAN = re.compile(r"(?:(?:费|价|每个|每家|每人|每展位|单价)"
                        r"|(?:金|钱|花了|投了|投资|支付了?|付了|交易额|出口额|进出口额|投资额)(?=\D*\d[\d,]{4}))"
                        r"(?:\s*[（(][^（）()]{1,16}[)）])?"
                        # ("保费一个月5000": the period the figure is paid for, between)
                        r"(?:\s*(?:一个?月|每个?月|一年|每年|一个?季度|每个?季度))?"
                        r"\s*(?:一共|总共|合计|共计|总计|共)?\s*(?:是|为|约|大概)?\s*"
                        r"(\d{4,9}|\d{1,3}(?:,\d{3}){1,2})(?![\d.,]|\s*[万亿千百十元美平个家人月年天号日%％])")
# ("还有美国商标注册7500": a certification's cost said right after it — where it is the message's one bare sum; of
# several, "CE 45000 商标注册 15000", the list is read as such — MC248)
_ITEM_YUAN = re.compile(r"(?:认证|商标注册|检测)\s*(\d{4,9})(?![\d.]|\s*[万亿千百十元美平个家人月年天号日%％])")
_BARE_BIG = re.compile(r"(?<![\d.,])\d{4,9}(?![\d.]|\s*[万亿千百十元美平个家人月年天号日%％])")
_FOREIGN_BEFORE = re.compile(r"美元|美金|美刀|欧元|日元|英镑|港币|港元|韩元|卢布|USD|EUR|JPY|GBP", re.IGNORECASE)
# "1,360,000是建设投资": a sum written out with its thousands marked, the money word after it (MC085: read as the
# area)
_GROUPED_YUAN = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3}){1,2})(?![\d.,]|\s*[万亿千百十元美平个家人月年天号日%％])"
                           r"(?=\s*(?:是|为|就是|算|作为)?\s*(?:实际)?(?:建设|投资|租金|费用|租赁费|投入|花费|保费|交易额|销售额))")
# 订单上千, 几千单: at least that round figure (orders only for 几: a count of people is paid per head)
# ("订单量都几千": the orders named before the round figure)
_ROUND = re.compile(r"(?:上|过|破|超过|逾)(百|千|万)(?=了?(?:[单个人家次件]|$|[，,。；;\s）)]))"
                    r"|(?:好几|几|数)(百|千|万)(?=单|笔)"
                    r"|(?<=订单量|订单数)(?:都|也|有|是|大概|差不多)*(?:好几|几|数)(百|千|万)"
                    r"|(?<=订单)\s*(?:都|也|有|是|大概|差不多)*(?:好几|几|数|上)(百|千|万)")  # ("订单好几千")
_BARE_AREA = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*多?\s*平(?![方米台])")


_ALL_SAID = re.compile(r"都|也|均|同样|一样")
_OPTION_FIGURE_UNITS = ("CNY", "bare", "USD", "m2", "count")
_OPTION_CUT = re.compile(r"[，,；;。！？!?\s]+")


def options_told(text: str, spec: Any) -> list[str]:
    """The options of a choice input a message tells apart, each with figures of its own ("自建建设费120万 租赁一年租金
    180万": 自建, 租赁), in the order told; [] where it tells fewer than two so."""
    return list(dict.fromkeys(option for option, _words in _option_pieces(text, spec)[0]
                              if _figured_option(_words)))


def options_named(text: str, spec: Any) -> list[str]:
    """The options of a choice input a message names, figures or not ("市级示范企业和省级示范企业": 市级, 省级), in
    the order named; [] where it names fewer than two."""
    return list(dict.fromkeys(option for option, _words in _option_pieces(text, spec)[0]))


def option_segments(text: str, spec: Any, value: str) -> tuple[str, str]:
    """The words said of one option of a choice input, in a message that tells two or more options each with
    figures of its own ("自建建设费120万 租赁一年租金180万"): (those words, the words said of none or of all —
    "进出口都是800万美元", "也备案了"); ("", text) where the message tells no options apart."""
    segments, first = _option_pieces(text, spec)
    if value not in options_told(text, spec):
        return "", text
    own = " ".join(words for option, words in segments if option == value)
    rest = [text[:first]] + [piece for option, words in segments if option != value
                             for piece in _OPTION_CUT.split(words)
                             if _ALL_SAID.search(piece) or not _figured_option(piece)]
    return own, " ".join(p for p in rest if p.strip())


def _figured_option(words: str) -> bool:
    return any(q.unit in _OPTION_FIGURE_UNITS for q in figures_in(words))


def _option_pieces(text: str, spec: Any) -> tuple[list[tuple[str, str]], int]:
    """The message cut where each option's words start (a run of one option's words is one piece), with where the
    first starts; ([], len(text)) where fewer than two options are said."""
    hits: list[tuple[int, int, str]] = []
    for choice in spec.choices:
        for word in {choice.value, *choice.synonyms}:
            hits += [(m.start(), -len(word), choice.value) for m in re.finditer(re.escape(word), text)]
    starts: list[tuple[int, str]] = []
    covered = -1
    for start, negative_length, option in sorted(hits):
        if start < covered:
            continue
        covered = start - negative_length
        if not starts or starts[-1][1] != option:
            starts.append((start, option))
    if len({option for _s, option in starts}) < 2:
        return [], len(text)
    return ([(option, text[start:(starts[i + 1][0] if i + 1 < len(starts) else len(text))])
             for i, (start, option) in enumerate(starts)], starts[0][0])


def figures_in(text: str) -> list[Quantity]:
    """Every figure in text: those written with a unit, then bare ones ("8万", "面积是450")."""
    written = parse_quantities(text)
    return written + bare_quantities(text, written)


def bare_quantities(text: str, known: list[Quantity]) -> list[Quantity]:
    """Figures written without a unit: "租金100万" (money only next to a money cue), "700多平"."""
    covered = [q.span for q in known]
    found: list[Quantity] = []
    for pattern, unit in ((_BARE_MONEY, "bare"), (_BARE_AREA, "m2")):
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in covered):
                continue
            signed = unit == "bare"
            number = parse_number(match.group(2) if signed else match.group(1))
            if number is None:
                continue
            if signed:
                number *= Decimal(10_000 if match.group(3) == "万" else 100_000_000)
                if match.group(1):
                    number = -number
            found.append(Quantity(number, unit, match.group(0), match.span(), ""))
    lone_item = list(_ITEM_YUAN.finditer(text)) if len(_BARE_BIG.findall(text)) == 1 else []
    for match in [*_BARE_YUAN.finditer(text), *_GROUPED_YUAN.finditer(text), *lone_item]:
        start = match.start(1)
        if (not any(a <= start < b for a, b in covered) and not CUSTOMS_CODE.match(text, start)
                and not any(q.span == match.span(1) for q in found)
                # ("展位费 美元 每个5,000": a sum whose currency was said before it is no yuan — HE316)
                and not _FOREIGN_BEFORE.search(text, max(0, start - 10), start)):
            found.append(Quantity(Decimal(match.group(1).replace(",", "")), "CNY", match.group(1), match.span(1), ""))
    for match in _ROUND.finditer(text):  # 订单上千: at least a thousand
        if not any(a <= match.start() < b for a, b in covered):
            value = Decimal({"百": 100, "千": 1000, "万": 10000}[match.group(1) or match.group(2) or match.group(3)
                                                                 or match.group(4)])
            found.append(Quantity(value, "count", match.group(0), match.span(), ""))
    return found


# "每5万美元拿2000元", "每增加500万美元奖10万": a rate restated, not the enterprise's figures
_PER_UNIT_RATE = re.compile(r"每\s*(?:增加|增长|新增|多|满|达到)?\s*[0-9一二两三四五六七八九十百千万]")
# "1%是60万美元 换成人民币四百多万", "按30%就是27万": a rate's result said by the user, with its conversion after it
_RATE_WORKED_OUT = re.compile(r"\d+(?:\.\d+)?\s*[%％]\s*(?:的话)?\s*(?:就|也)?\s*(?:是|等于|为|=)\s*"
                              r"[\d.]+\s*(?:万|亿)?\s*(?:美元|元|块)?(?:[\s，,]*(?:换成|折合|折算成?|换算成?)\s*(?:人民币)?\s*[\d.]+\s*多?\s*(?:万|亿)?"
                              r"\s*(?:元|美元)?)?")
# A figure per session or per month ("每期50人", "每月租金10万") right before the number.
_PER_BATCH = re.compile(r"每(?:期|班|批|月|季度|季|周|天|日)[^0-9，,。；;！!？?]{0,4}$")
_SEGMENT_END = re.compile(r"[，,。；;！!？?：:]")
_FRAGMENT_END = re.compile(r"[，,。；;！!？?：:\s]")


# "付了年费和推广费8万 让服务商开了8万的发票": a paper's figure restating a sum said as paid
_PAPER_FIGURE = re.compile(r"(\d[\d.,]*\s*(?:万|亿|千)?\s*(?:元|块)?)\s*的?(?:发票|收据|票据|付款凭证|凭证)")


def _paper_restating(text: str) -> list[tuple[int, int]]:
    """The spans of papers' figures ("开了8万的发票") where the same sum is said otherwise too: the paper
    restates it, no second part of a total."""
    spans = []
    for match in _PAPER_FIGURE.finditer(text):
        value = parse_number(re.sub(r"[元块\s]", "", match.group(1)))
        others = [parse_number(m.group(0)) for m in _SUM_SAID.finditer(text)
                  if not match.start(1) <= m.start() < match.end(1)]
        if value is not None and value in others:
            spans.append(match.span(1))
    return spans


# "软硬件投了45万（服务器22万、软件开发23万）": a sum's breakdown in brackets right after it
_BREAKDOWN = re.compile(r"(\d[\d.,]*\s*(?:万|亿|千)?)\s*(?:元|块|美元)?\s*[（(]([^（）()]{2,60})[）)]")


_PART_HEAD = re.compile(r"\s*(?:其中|包括|包含|含)")
_MONEY_PART = re.compile(r"(\d[\d.,]*\s*(?:万|亿|千))(?:元|块|美元)?|(\d[\d.,]*)(?=\s*(?:元|块|美元))")


def _breakdown_restating(text: str) -> list[tuple[int, int]]:
    """The span inside brackets right after a sum where two or more sums there add up to it (or to part of
    it): they restate the sum in parts, no further parts of a total."""
    spans = []
    for match in _BREAKDOWN.finditer(text):
        inside = match.group(2)
        if _PART_HEAD.match(inside):
            continue  # ("总投资800万（其中…查验设施和软件系统150万）": parts named for what counts, read as parts)
        whole = parse_number(re.sub(r"\s", "", match.group(1)))
        numbers = re.findall(r"\d[\d.,]*", inside)
        parts = [parse_number(re.sub(r"\s", "", m.group(1) or m.group(2))) for m in _MONEY_PART.finditer(inside)]
        if (whole is not None and len(parts) >= 2 and len(parts) == len(numbers) and None not in parts
                and sum(parts) <= whole):
            spans.append(match.span(2))
        elif (whole is not None and len(parts) == 1 == len(numbers) and parts[0] is not None and parts[0] < whole
              and _INSTALMENT.search(inside)):
            spans.append(match.span(2))  # ("合同总额180万（第一期先付了90万）": what was paid of it so far — MA034)
    return spans


# a sum over several years ("三年累计投资100万", "历年总共", "这几年加起来")
_YEARS_TOTAL_WORDS = re.compile(r"累计|历年|这几年|几年来"
                         r"|[两三四五六七八九十\d]\s*年(?:来|间|里|内)?(?:累计|总共|一共|合计|加起来)")


# a part of a sum paid first or so far ("第一期先付了90万", "首付30万", "已付60万")
_INSTALMENT = re.compile(r"第[一二三\d]期|首期|首付|先付|已付|已经付|预付|定金|订金|付了|到账|尾款")


_SUM_SAID = re.compile(r"(?<![\d.])\d[\d.,]*\s*(?:万|亿|千)?(?![\d.%％])")


_CLAIMED_VALUE = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿.,]*"
                            r"(?:\s*(?:万元|亿元|万美元|美元|元|万|亿|块|%|％))?")


# "两个事 一个海外仓 一个展会", "三个问题": a count of the matters or questions asked about, no input's
# "5万奖励", "10万的奖金": a sum named as an award right after it — no figure of the case
# (not the award asked right after a figure: "2.6亿美元 奖励多少", "3500万美元 奖励能有两百多万吧")
_AWARD_NAMED_AFTER = re.compile(r"[ \t]*(?:元)?[ \t]*(?:的)?(?:奖励|奖金)"
                                r"(?=\s*(?:是分开|分开|单独|另算|另外|那个|那笔|那项|以外|之外|和|跟|与))")
_MATTERS_AFTER = re.compile(r"\s*(?:个|件|项)?\s*(?:事(?!业|务|项目)|问题|方案|选项|事项|疑问|方面)")


# "省级是100万对吧", "市级是10万、省级15万对吧": each level's award recalled from the rule, asked to be confirmed —
# no level or figure of the case (MA219 MA220: the level recalled read as the one the firm got)
_LEVEL_AWARD = r"(?:国家级|国家|省级|市级|县级)(?:的)?\s*(?:是|给|奖|补|能拿|可以拿)?\s*\d+(?:\.\d+)?\s*万(?:元)?"
_LEVELS_RECALLED = re.compile(rf"{_LEVEL_AWARD}(?:\s*[、，,和及]\s*{_LEVEL_AWARD})*\s*"
                              r"(?=(?:吧|吗|对吧|是吧|对不对|没错吧|是不是|对么|对嘛|嘛)|[^。；;！!\n]{0,6}?(?:对吧|是吧|对不对|没错吧|是不是))")


def _recalled_blank(match: re.Match[str]) -> str:
    """A recall of the rule's awards blanked where it lists several levels ("市级是10万、省级15万对吧") or follows the
    amount asked ("能拿多少？省级是100万对吧"); a level said with its award to be confirmed ("国家级的 20个w 对不对")
    is the firm's (EL185)."""
    listed = len(re.findall(r"国家级|国家|省级|市级|县级", match.group(0))) > 1
    asked = re.search(r"多少|能拿|能补|能给|能奖", match.string[:match.start()])
    return " " * len(match.group(0)) if listed or asked else match.group(0)


# "租赁的500平就行", "满一年就可以": a rule's threshold restated as what suffices — a fragment with a figure, not the
# firm's own ("我们租的800平就行吗" is its case)
# (the threshold right before what suffices: not "…800平方米也能拿50万说能就行", a demand)
_RULE_SUFFICES = re.compile(r"(?:^|(?<=[，,。；;！!？?\s]))(?:(?!我们|我司|咱们|我)[^，,。；;！!？?\s]){0,16}?\d[\d.]*"
                            r"\s*(?:万元|万|平方米|平米|平|个月|年|家|人|班|单|%|％)?(?:以上|及以上)?(?:的话)?"
                            r"(?:就行|就可以|就够|即可|就达标|就符合)")


# "面积五百平以上": a threshold recited in the rule's words, a fragment of its own with no one's case in it
_RULE_RECITED = re.compile(r"(?:^|(?<=[，,。；;！!？?\s]))(?:(?!我们|我司|咱们|我)[^，,。；;！!？?\s\d]){1,8}?"
                           r"(\d[\d.]*)\s*(万元|万|平方米|个月|家|人|班|单)\s*(?:以上|及以上)(?:（含）|\(含\))?"
                           r"(?=[，,。；;！!？?\s]|$)")
_OWN_CASE = re.compile(r"我们|我司|咱们|本企业|本公司")


def _without_rule_restated(text: str) -> str:
    """The text with a rule's threshold restated as what suffices blanked (MF115: "租赁的500平就行 我们900平总够了吧"
    after a self-built warehouse — no lease of the firm's); and a threshold recited before the firm's own case told in
    the same unit ("面积五百平以上 …我们租了六百平": the rule's 500, the firm's 600 — ML236)."""
    text = _RULE_SUFFICES.sub(lambda m: " " * len(m.group(0)), text)
    for m in reversed(list(_RULE_RECITED.finditer(text))):
        own = _OWN_CASE.search(text, m.end())
        if own is not None and re.search(rf"\d[\d.]*\s*{re.escape(m.group(2))}", text[own.end():]):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def _claim_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose figures restate the rules, not facts: "上限是1000万"-style claims, and rates
    to the end of their phrase ("按增量每5万美元拿2000元": neither figure is the enterprise's); a paper's
    figure restating a sum said otherwise ("开了8万的发票")."""
    spans = _paper_restating(text) + _breakdown_restating(text) + _other_mode_sufficing(text)
    # ("1%是60万美元 换成人民币四百多万": the rule's rate worked out by the user, and its conversion — no fact, LU054)
    spans += [m.span() for m in _RATE_WORKED_OUT.finditer(text)]
    spans += [m.span() for m in _LEVELS_RECALLED.finditer(text)]
    for match in _PER_UNIT_RATE.finditer(text):
        stop = _SEGMENT_END.search(text, match.end())
        spans.append((match.start(), stop.start() if stop else len(text)))
    for marker in lexicon()["claim_markers"]:
        for match in literal(marker).finditer(text):
            if marker in ("改成", "改为") and not _FIGURE_NEXT.match(text, match.end()):
                continue  # "改成租一个1000平的 年租金150万": another choice supposed, no figure claimed
            if marker == "告诉我" and _CASE_AFTER.match(text, match.end()):
                continue  # "告诉我秦皇岛海外仓1200平 经营两年了 奖多少": a case told to be answered, no rule claimed
            # a restated requirement ends at its phrase or chat fragment ("要求用满一年 我们才用了8个月"); a value
            # claimed right after its marker, at the fragment after the value ("补贴是100万 我们租的600平")
            figure = _FIGURE_NEXT.match(text, match.end())
            fragment = _FRAGMENT_END.search(text, match.end())
            # ("奖励是进出口总额的3%吧 年进出口总额2000万": a rate claimed inside its chat fragment ends the claim
            # there — the case told after it is the case's, TA225)
            claimed_in_fragment = figure is None and fragment is not None and bool(
                re.search(r"\d", text[match.end():fragment.start()]))
            stop = (fragment if marker in ("要求", "规定要") or claimed_in_fragment
                    else _FRAGMENT_END.search(text, _CLAIMED_VALUE.match(text, figure.end() - 1).end())
                    if figure else _SEGMENT_END.search(text, match.end()))
            end = stop.start() if stop else len(text)
            spans.append((match.start(), min(end, match.end() + 16)))
    return spans + _hearsay_spans(text)


# "租的500平都可以", "租的仓500平就能补": what suffices for one way of holding the warehouse, recalled from the rule
_MODE_SUFFICES = re.compile(r"(?P<mode>租的|租赁的?|租|自建的?|建的)(?:仓|海外仓)?[^，,。；;\d]{0,4}?"
                            r"\d+(?:\.\d+)?\s*平方米[^，,。；;\d]{0,2}?(?:就|都|也)(?:可以|能补|能拿|能|行|够|符合)")


def _other_mode_sufficing(text: str) -> list[tuple[int, int]]:
    """"为什么不行 租的500平都可以 我自建800平反而不行" (LN098, LQ054): the area that suffices for the other way of
    holding the warehouse than the one the message is about, recalled from the rule — no fact of the case."""
    spans = []
    for match in _MODE_SUFFICES.finditer(text):
        leased = "租" in match.group("mode")
        rest = text[:match.start()] + text[match.end():]
        if re.search(r"自建|建的|建了" if leased else r"租的|租了|租赁", rest):
            spans.append(match.span())
    return spans


def _hearsay_spans(text: str) -> list[tuple[int, int]]:
    """What others say ("中介说认证和商标分开算 各补10万 一共20万"): to the end of its sentence, or until the
    speaker's own facts again ("听说补30% 我们租金100万")."""
    spans = []
    for match in _hearsay_pattern().finditer(text):
        stop = _SEGMENT_END.search(text, match.end())
        own = _OWN_FACTS_AGAIN.search(text, match.end())
        spans.append((match.start(), min(m.start() for m in (stop, own) if m is not None)
                      if stop or own else len(text)))
    return spans


@lru_cache(maxsize=1)
def _hearsay_pattern() -> re.Pattern[str]:
    """听说, 据说…, or a person (同事, 业务员, 群里有人…) then a verb of saying (说, 告诉我): what others say."""
    markers = "|".join(map(re.escape, sorted(lexicon()["hearsay_markers"], key=len, reverse=True)))
    people = "|".join(map(re.escape, sorted(lexicon()["hearsay_people"], key=len, reverse=True)))
    return re.compile(rf"(?:{markers})|(?:{people})(?:那边|那里)?(?:也|都|还)?(?:跟我|和我|给我|跟我们|和我们)?"
                      r"(?:说|讲|提到|告诉我|告诉我们)")


def without_hearsay(text: str) -> str:
    """The text with what others say blanked ("业务员说还能…再叠加": no question of the user's own)."""
    for start, end in sorted(_hearsay_spans(text), reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_claims(text: str) -> str:
    """The text with what others say and the figures requested blanked ("听说补一半 上限30万 那就是30万吧": no
    question about the rule's most; "上限是多少" is one)."""
    for start, end in sorted(request_spans(text) + _hearsay_spans(text), reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_OWN_FACTS_AGAIN = re.compile(r"(?:我们|我司|咱们|本企业|本公司|我公司)(?!估计|觉得|想|猜|以为|认为)")
_CASE_AFTER = re.compile(r"\s*(?:一下)?\s*[，,：:]?\s*(?:我们|我司|企业|公司)?\s*(?:在)?\s*"
                         r"(?:济南|六安|秦皇岛|潍坊|运城)")
_TO_LEVEL = re.compile(r"\s*(?:到|至|为)")
_CHANGE = re.compile(r"增加|增长|增量|提高|上升")
_LEVEL_WORDS = re.compile(r"进出口|出口|进口|交易额|销售额|营收|营业额")
_TOTAL_NAMED = re.compile(r"总额|总量|总计|总共|全年(?:一共|总共)?")


# (an increase named as such: "进出口增量是100万美元", "增量部分100万美元" — LX201)
_INCREASE_BEFORE = re.compile(r"(?:(?:增长|增加|新增|多了|涨了|提高|上升)了?\s*(?:了)?"
                              r"|增量(?:部分)?\s*(?:是|为|有|达到?)?)\s*$")
_LEVEL_AFTER_CHANGE = re.compile(r"(?:下滑|下降|降|跌|回落|增长|增加|涨|提高|上升|减少|掉)(?:了)?(?:到|至)\s*$")
_NEW_PHRASE = re.compile(r"[，,。；;！!？?]|\s+(?:但|而|其中|另外|不过)|(?<=\S)\s+(?=但|而)")


def _cue_distance(text: str, quantity: Quantity, cues: list[str]) -> int | None:
    start, end = quantity.span
    best = None
    for cue in cues:
        if not cue:
            continue
        for match in literal(cue).finditer(text):
            inside = match.start() >= start and match.end() <= end
            if len(cue) == 1 and not inside and match.start() != end:
                continue  # a one-character cue counts only as (or right after) the unit: 60个人
            if (len(cue) > 1 and _LACKS.search(text, max(0, match.start() - 3), match.start())
                    and not _CODE_DENIED.search(text, max(0, match.start() - 12), match.start())):
                continue  # "还有10家刚入驻没业绩": the cue denied names those without it
            if re.match(r"\s*(?:之外|以外|外的)", text[match.end():]):
                continue  # "9610之外我们还有一般贸易出口20万美元": what the figure is not
            if inside:
                distance = 3  # the cue is the unit word itself (平方米, 个): a weak sign
            elif match.end() <= start:
                if (_TO_LEVEL.match(text, match.end()) and _CHANGE.search(cue)
                        and not (cue.endswith("量") and text.startswith("为", match.end()))):
                    continue  # "增长到4200万": the figure is the level reached, not the increase
                    # ("增量为120万美元": the increase itself)
                distance = start - match.end()
            elif match.start() >= end:
                if _NEW_PHRASE.search(text, end, match.start()):
                    continue  # "入驻企业40家 但有经营业绩的…19家": a cue past a phrase break names what follows
                if (quantity.unit == "count" and re.search(r"\s", text[end:match.start()])
                        and _OWN_FIGURE_NEXT.match(text, match.end())):
                    continue  # "实绩的企业15家 过1亿的企业有2家": a cue in the next chat fragment names its own count
                distance = match.start() - end + 2.5  # cues usually come before the number (ties go to that)
                if _EACH_OF_THEM.match(text, end):  # "有4家各自跨境电商进出口都达到1个亿": the phrase after
                    distance = min(distance, 3)  # 各自 says what each counted one did
                elif _IS_AFTER.match(text, end) and re.search(r"的\s*$", text[:match.start()]):
                    # "80万是我们付给阿里国际站的年费和推广费": what the figure is, said after it
                    distance = min(distance, 3)
            else:
                continue
            if distance <= _CUE_WINDOW and (best is None or distance < best):
                best = distance
    return best


_LACKS = re.compile(r"(?:没有|没|无)\s*$")
# "1210 9710 9810基本没有 实绩企业30家": a code or figure said to be none, its chat fragment ended by a space — no
# denial of the cue in the next (MW016)
_CODE_DENIED = re.compile(r"[\dA-Za-z](?:基本上?|都|也|全|完全|根本|还|暂时|目前)?\s*(?:没有|没|无)\s+$")
_OWN_FIGURE_NEXT = re.compile(r"[^，,。；;！!？?\s]{0,8}?\d")
_IS_AFTER = re.compile(r"\s*(?:是|就是|指的是|说的是|都是)")
_EACH_OF_THEM = re.compile(r"\s*(?:企业|公司)?\s*(?:各自|每家|分别)")


# "还没用满一年", "未满12个月", "不到500平方米": the figure is a limit not reached.
_SHORT_OF = re.compile(r"(?:(?:还?没有?|未|不|尚未)(?:用|使用|经营|运营|租|租够|做)?(?:满|够|到)|不到|不足|差一点)\s*$")
# "快一千平了", "将近3000万美元", "运营快两年了": just short of the figure (a tenth under it at most)
_NEARLY = re.compile(r"(?:(?<![很太挺好])快(?:要)?|将近|接近)\s*$")


def nearly(text: str, quantity: Quantity) -> bool:
    """Whether a figure was said as one just short of ("快一千平了")."""
    return bool(_NEARLY.search(text, max(0, quantity.span[0] - 4), quantity.span[0]))


_BOUND_UNIT = {"months": "months", "area_m2": "m2", "count": "count", "percent": "percent",
               "money_cny": "CNY", "money_usd": "USD"}


def short_of(text: str, quantity: Quantity) -> bool:
    """Whether the words right before a quantity say it was not reached."""
    return bool(_SHORT_OF.search(text[max(0, quantity.span[0] - 8):quantity.span[0]]))


def _quantities_of(text: str) -> list[Quantity]:
    """Every figure of a text, with and without its unit, in the order said."""
    parsed = parse_quantities(text)
    return sorted(parsed + bare_quantities(text, parsed), key=lambda q: q.span[0])


def fits_kind(kind: str, quantity: Quantity) -> bool:
    """Whether a figure's unit is one an input of this kind takes (a bare 万 figure is yuan)."""
    return quantity.unit in _KIND_UNITS.get(kind, ())


def quantity_value(spec_kind: str, quantity: Quantity) -> Any:
    if spec_kind == "months":
        if quantity.unit == "years":
            return quantity.value * 12
        return quantity.value
    if spec_kind == "count":
        return int(quantity.value) if quantity.value == quantity.value.to_integral() else quantity.value
    return quantity.value


def input_names(measure: Measure, rulebook: RuleBook) -> list[str]:
    """The measure's inputs, plus the facts its policy-wide rules read: `country` where an input
    is derived from it, `event_date` where awards count from a date, `county` for funding splits,
    and the 美元 twin of a 人民币 input with the exchange rate that converts it."""
    names = list(measure.inputs)
    extra = []
    twins = [spec.twin for spec in (rulebook.inputs.get(n) for n in names)
             if spec is not None and spec.kind == "money_cny" and spec.twin]
    if twins:  # "300万美元" for a 人民币 base: the twin carries it, the stated rate converts it
        extra += [*twins, "exchange_rate"]
    if any(getattr(rulebook.inputs.get(n), "derive_from_country", False) for n in names):
        extra.append("country")
    policy = rulebook.policies.get(measure.policy_id)
    if policy is not None and (policy.awards_counted_from or policy.valid_until):
        extra.append("event_date")
    if measure.funding_split:
        extra.append("county")
    return names + [n for n in extra if n not in names and n in rulebook.inputs]


_FLOOR_WORD = re.compile(r"[多余来]")
_FLOOR_MARK = "\u2009"  # a thin space: parsed as space between a figure and its unit
# "100万以上", "4个以上", "三十出头": a figure said as its floor
# ("比3000万美元多一点点": a little past the figure — OB189)
_FLOOR_AFTER = re.compile(r"\s*(?:以上|出头|还多|不止|多一点点?|多一些|多那么一点|\u2009)")


_PAST_IT = re.compile(r"\s*(?:出头|还多|不止|多一点点?|多一些|多那么一点)")


def _floor(text: str, quantity: Quantity) -> bool:
    """Whether a figure was said as a floor ("100多万", "800多平", "4个以上")."""
    said = text[quantity.span[0]:quantity.span[1]]
    return _FLOOR_MARK in said or bool(_FLOOR_AFTER.match(text, quantity.span[1]))


def _about_ceiling(text: str, quantity: Quantity, value: Decimal) -> Decimal | None:
    """"四十来个" is forty and some, under fifty; "一百来万", "一百多万" a hundred and some, under two hundred;
    "四百多平" under 500: the ceiling of a figure said with 来 or 多, just under the next step of its leading
    place (None for a floor said otherwise: "500单以上")."""
    said = text[quantity.span[0]:quantity.span[1]]
    # ("四千万美元出头": a little past it, under the next step too — SD129, asked as if it might pass 5000万)
    if (_FLOOR_MARK not in said and not _JUST_PAST.match(text, quantity.span[1])) or value <= 0:
        return None
    place = Decimal(10) ** (len(str(int(value))) - 1)
    return value + place * Decimal("0.99")


_JUST_PAST = re.compile(r"\s*出头")
# "那要是超过5000万美元", "进出口额高于3000万美元": a figure said as a bound passed, not reached
# ("每个都超400万", "单量破千": 超 and 破 alone, before the figure, say it was passed)
_ABOVE_BEFORE = re.compile(r"(?:超过|超出|高于|大于|多于|突破|逾|(?<![不没赶])超|(?<![打突])破)了?\s*$")


def _above(text: str, quantity: Quantity) -> bool:
    """Whether a figure was said as the bound it passes ("超过5000万美元"): more than it, not it."""
    return bool(_ABOVE_BEFORE.search(text, max(0, quantity.span[0] - 4), quantity.span[0]))


def as_passed(text: str, value: Any, kind: str) -> Any:
    """The value of a message's one figure, as a bound passed where it is said so ("那要是超过5000万呢")."""
    figures = figures_in(text)
    if (len(figures) == 1 and isinstance(value, Decimal | int) and kind in _BOUND_UNIT and kind != "months"
            and _above(text, figures[0])):
        return AtLeast(Decimal(value), _BOUND_UNIT[kind], strict=True)
    return value


_RANGE_BETWEEN = re.compile(r"\s*(?:至|到|-|~|～|—|–)\s*")
_CHANGE_FROM = re.compile(r"[从由]")
# "从2022年的1.2亿美元增加到2023年的1.4亿美元", "由800万美元增长到1200万美元": two levels, neither an increase
# ("从上年6000万美元涨到9500万美元": the year before named as 上年)
_FROM_BEFORE = re.compile(r"[从由]\s*(?:(?:19|20)\d{2}\s*年(?:度)?(?:的)?|上一?年(?:度)?(?:的)?)?\s*$")
_TO_BETWEEN = re.compile(r"\s*(?:[^，,。；;\d]{0,6}?)(?:增长|增加|提高|上升|涨|升|扩大|下滑|下降|降|跌|减少|回落)了?"
                         r"(?:到|至)\s*(?:(?:19|20)\d{2}\s*年(?:度)?(?:的)?)?\s*")


# ("前三年每年都拿了…补助": each of those years)
_RECEIVED_AFTER = re.compile(r"\s*(?:每年|每一年|连续)?\s*(?:都|均|也)?\s*"
                             r"(?:拿了|领了|享受了|获得了|拿到了|拿过|领过|享受过|获得过|补了|补过)")


# "每个类别费用8.6万日元", "每项5万": a figure for each unit; "注册了3个类别", "两项认证": the units counted
_EACH_UNIT_BEFORE = re.compile(r"每\s*(?P<unit>个|项|类|件|次|家|张)?(?P<noun>[\u4e00-\u9fff]{0,4}?)"
                               r"(?:的)?(?:费用|费|花了|花费|是|为|要|需要)?\s*$")


def _per_each_total(text: str, value: Any, quantities: list[Quantity]) -> Any:
    """A figure said for each unit ("每个类别费用8600元") beside a count of those units ("注册了3个类别"):
    their total, with how it was got; the figure as it was where no one count names those units."""
    if type(value) not in (Decimal, InForeign, InDollars, InYuan):
        return value
    own = [q for q in quantities if q.unit in ("CNY", "bare", "USD", "FX") and q.value == Decimal(value)]
    if len(own) != 1:
        return value
    each = _EACH_UNIT_BEFORE.search(text, max(0, own[0].span[0] - 10), own[0].span[0])
    if each is None:
        return value
    noun, unit = each.group("noun"), each.group("unit") or ""
    counts = [q for q in quantities if q.unit == "count" and q is not own[0] and q.value > 1
              and ((noun and text.startswith(noun[:2], q.span[1])) or (unit and q.word == unit and not noun))]
    if not counts and noun and unit:
        # ("三个产品 每个认证费5万": the one count in the unit, its noun other than the fee's)
        counts = [q for q in quantities if q.unit == "count" and q is not own[0] and q.value > 1 and q.word == unit
                  and q.span[1] <= own[0].span[0]]
    if len(counts) != 1:
        return value
    total = Decimal(value) * counts[0].value
    words = f"{counts[0].raw} × {own[0].raw}"
    if isinstance(value, InForeign):
        return InForeign(total, words, value.currency)
    # ("每个国家费用1000美元" for a yuan input: the dollars' total, still in dollars — QB044 took one country's)
    return type(value)(total, words) if isinstance(value, (InDollars, InYuan)) else PerEach(total, words)


def per_each_told_before(before: str, text: str, value: Any) -> Any:
    """A figure said for each unit ("每个认证费5万") where the units were counted in a message before
    ("CE认证 三个产品"): their total (`PerEach`); the figure as it was otherwise."""
    if type(value) is not Decimal or any(q.unit == "count" and q.value > 1 for q in parse_quantities(text)):
        return value
    joined = f"{before} {text}"
    parsed = parse_quantities(joined)
    return _per_each_total(joined, value, parsed + bare_quantities(joined, parsed))


# "进出口总额是4600万元——不对，应该是5200万元", "21家——不对，应该是19家": a figure put right in the same message
_SELF_CORRECTION = re.compile(r"(?<![对是])(?:不对|不是的|(?:说|写|算|记|搞|打|输|看|弄)错(?:了)?|口误|更正一下|更正"
                              r"|(?<=[哦噢喔])不(?![对是要用能行够])"  # ("800平 哦不 是850平")
                              r"|不不+"  # ("60人 不不不 是80人")
                              # ("15万 等下 是25万", "4000万 哦 是4亿": a pause, then the figure it is)
                              r"|(?:等下|等等|等一下|稍等|(?<![\u4e00-\u9fff])[哦噢喔])(?=[\s，,]*(?:应该|其实)?是\s*\d)"
                              # ("5个展位 改成3个了": changed since, the figure now — not "改成300万吧", asked for)
                              r"|(?:后来|现在|又)?(?:改成|改为|变成|调成|调整为|减成|减到)(?=\s*\d[^，,。；;！!？?\s\d]{0,6}了)"
                              # ("今年被评上了…哦对 是2025年评的": "oh right, it was": the same put right)
                              r"|(?<=[哦噢喔])对(?=[\s，,]*(?:应该|其实)?是))")
# "是2024年全年的数据 哦不对 是2025年全年的": a year put right in the same breath, its words between kept
_YEAR_CORRECTED = re.compile(rf"((?:19|20)\d{{2}})\s*年([^\d，,。；;！!？?]{{0,8}}?)[\s，,]*"
                             rf"(?:哦|噢|啊|呃|嗯|诶)?[\s，,]*"
                             rf"(?:{_SELF_CORRECTION.pattern})[了\s，,]*(?:应该|其实)?(?:是|为)?\s*((?:19|20)\d{{2}})\s*年")


# between a wrong figure and its correction, only its unit's words and pauses ("4个标准展位——不对")
# (and the sounds people make before putting it right: "800平 哦不对", "三个 啊不对")
_RIGHT_AFTER = re.compile(r"[多余]?了?[元个家人平]?(?:标准展位|展位|平方米|平米|以上)?"
                          r"[\s，,。.；;—\-–…！!？?哦噢啊呃嗯哎唉诶呀]*(?:我们|我)?")  # ("280万 哦我看错了 是320万")


# "…哦对 是2025年评的", "…不对 应该是2024年": a correction whose new value is a year
_YEAR_PUT_RIGHT = re.compile(rf"(?:{_SELF_CORRECTION.pattern})[了\s，,]*(?:应该|其实)?(?:是|为)\s*"
                             r"((?:19|20)\d{2})\s*年")
_A_YEAR_WORD = re.compile(r"今年|去年|前年|(?<!\d)(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)")


def _year_put_right_later(text: str) -> str:
    """"我们今年被评上了省级…示范企业 哦对 是2025年评的": the one year said before a correction that gives a year
    is put right to it (the correction's own year then said once), however much was said between."""
    found = _YEAR_PUT_RIGHT.search(text)
    if found is None:
        return text
    before = list(_A_YEAR_WORD.finditer(text, 0, found.start()))
    if len(before) != 1:
        return text
    wrong = before[0]
    return f"{text[:wrong.start()]}{found.group(1)}年{text[wrong.end():found.start()]}{' ' * len(found.group(0))}" \
           f"{text[found.end():]}"


# "一开始说营业面积150平 其实那是含仓库的 真正营业面积只有80平": a figure said before, then the true one
_SAID_BEFORE = re.compile(r"(?:一开始|刚才|之前|原来|前面|上次)(?:说|讲|报|写|填)(?:的)?(?:是)?[^，,。；;\d]{0,8}?$")
_TRUE_BEFORE = re.compile(r"(?:真正|实际上?|其实|真实)(?:的)?[^，,。；;\d]{0,8}?(?:只有|就|才|是|为)?\s*$")


def _said_before_then_true(text: str) -> str:
    """The text less a figure it says was said before, where a figure of the same unit is said after it to be the
    true one (MF091: 150平 said before, 80平 the true area)."""
    figures = sorted(parse_quantities(text), key=lambda q: q.span[0])
    for i, said in enumerate(figures):
        if not _SAID_BEFORE.search(text, max(0, said.span[0] - 16), said.span[0]):
            continue
        if any(_unit_of(q) == _unit_of(said) and _TRUE_BEFORE.search(text, max(0, q.span[0] - 16), q.span[0])
               for q in figures[i + 1:]):
            return text[:said.span[0]] + " " * (said.span[1] - said.span[0]) + text[said.span[1]:]
    return text


def corrected_in_place(text: str) -> str:
    """The text with each figure the message itself puts right replaced by the right one: the one right
    before a correction word, where a figure of the same unit follows it ("12%——不对，算错了，是8%"), and
    one the correction says again beside the right one ("…12万元。更正一下，是15万元不是12万元")."""
    text = _YEAR_CORRECTED.sub(lambda m: f"{m.group(3)}年{m.group(2)} ", text)
    text = _DENIED_AGAIN.sub(lambda m: f"{m.group('wrong')} 不对 ", text)
    text = _year_put_right_later(text)
    text = _said_before_then_true(text)
    markers = len(_CORRECTIONS.findall(text))
    for back in range(1, markers + 1):  # from the end, one at a time, the figures read afresh after each
        marker = list(_CORRECTIONS.finditer(text))[-back]
        # (a duration in years, "用了一年多了 不对 是15个月", is put right too; a calendar year is not)
        figures = [q for q in parse_quantities(text) if q.unit != "years" or q.value < 100]
        figures += bare_quantities(text, figures)
        figures.sort(key=lambda q: q.span[0])
        if marker.group(0) == "不是":  # "是15万元不是12万元": the sentence's own figures
            start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, marker.start())), default=0)
            text = _restated_wrong(text, start, marker.start(), figures)
            continue
        before = [q for q in figures if q.span[1] <= marker.start()
                  and _RIGHT_AFTER.fullmatch(text, q.span[1], marker.start())]  # (nothing said between)
        wrong = before[-1] if before else None
        after = [q for q in figures if wrong is not None and q.span[0] >= marker.end()
                 and q.span[0] - marker.end() <= 24 and _unit_of(q) == _unit_of(wrong)]
        if wrong is None or not after or after[0].value == wrong.value:
            # "3800万。不对，3800万是前11个月的，全年…应该是4300万元": the wrong one said again, the right one after
            text = _restated_wrong(text, marker.start(), marker.end(), figures)
            continue
        # ("签合同的是280人？不对，总共才230人，签1年以上合同的是208人": the one told in the wrong one's words — MN187)
        label = bigrams(re.sub(r"[是的为有\s]", "", text[max(0, wrong.span[0] - 6):wrong.span[0]]))
        worded = [q for q in after if label & bigrams(text[max(0, q.span[0] - 10):q.span[0]])]
        right = worded[0] if len(after) > 1 and worded else after[0]  # the right figure where the wrong one stood,
        # by its words; nothing where it was said,
        # nor where it is said again ("…是4.5万，…发票上注册费只有4.5万")
        again = [q for q in figures if q.span[0] > right.span[1] and q.span[0] - right.span[1] <= 40
                 and q.value == right.value and _unit_of(q) == _unit_of(right)]
        for q in reversed(again):
            text = text[:q.span[0]] + " " * (q.span[1] - q.span[0]) + text[q.span[1]:]
        stop = wrong.span[1] + (1 if text[wrong.span[1]:wrong.span[1] + 1] in ("多", "余") else 0)  # ("一年多")
        text = (text[:wrong.span[0]] + right.raw + " " * (stop - wrong.span[1]) + text[stop:right.span[0]]
                + " " * (right.span[1] - right.span[0]) + text[right.span[1]:])
    return text


# "推广运营费6w 不是6w 是9w": the figure said, denied in the same words, then the one it is
_DENIED_AGAIN = re.compile(r"(?P<wrong>(?<![\d.])\d[\d.]*\s*(?:万|亿|千)?\s*(?:元|美元|人|个|家|平方米|平)?)[\s，,]*"
                           r"不是\s*(?P=wrong)[\s，,]*(?=(?:而|应该)?是\s*\d)")
_IS_NOT = r"(?<![还也都并])不是(?!的)"
_CORRECTIONS = re.compile(rf"{_SELF_CORRECTION.pattern}|{_IS_NOT}")
_SENTENCE_END = re.compile(r"[。！!？?\n]")


def _unit_of(quantity: Quantity) -> str:
    return {"bare": "CNY", "years": "time", "months": "time", "days": "time"}.get(quantity.unit, quantity.unit)


def _restated_wrong(text: str, start: int, after: int, figures: list[Quantity]) -> str:
    """A correction that says the wrong figure again and the right one in its sentence, the wrong one said
    before it ("CE认证12万元…更正一下，…是15万元不是12万元。", "投资1500万元。更正：1500万是整个项目的投资，
    海外仓本身…是680万元。"): the right figure where the wrong one was first said, and neither again in the
    correction. `start`..the sentence's end is the correction; the wrong one is said again after `after`.
    Unchanged unless exactly one earlier figure is said again and exactly one other figure of its unit
    stands in the correction."""
    found = _SENTENCE_END.search(text, after)
    end = found.start() if found else len(text)
    inside = [q for q in figures if start <= q.span[0] and q.span[1] <= end]
    earlier = [q for q in figures if q.span[1] <= start]
    again = [q for q in inside if q.span[0] >= after
             and any(e.value == q.value and _unit_of(e) == _unit_of(q) for e in earlier)]
    if len(again) != 1:
        return text
    wrong = again[0]
    rights = [q for q in inside if q is not wrong and _unit_of(q) == _unit_of(wrong) and q.value != wrong.value]
    if len(rights) != 1:
        return text
    right = rights[0]
    first = [e for e in earlier if e.value == wrong.value and _unit_of(e) == _unit_of(wrong)][-1]
    for q in sorted((wrong, right), key=lambda q: q.span[0], reverse=True):
        text = text[:q.span[0]] + " " * (q.span[1] - q.span[0]) + text[q.span[1]:]
    return text[:first.span[0]] + right.raw + text[first.span[1]:]  # the right figure in the wrong one's place


# "同年我们还去了一趟德国汉诺威的工业展，那个另算，这次先不问": a matter set aside is no part of the question
_SET_ASIDE = re.compile(r"(?:那个|那次|那项|那笔|那边|那个展|那家)[^，,。；;]{0,6}?(?:另算|另说|先不算|不用算)"
                        r"|先不问|暂不问|这次不问|以后再问|单独再问|回头再问"  # not "搭建费另算花了12万"
                        # "今年研发投入200万、厂房扩建500万就不说了", "那些跟这个没关系"
                        r"|(?:就|先|都|也)不(?:说|提|谈)了|(?:就|先)?不用管|(?:跟|和|与)(?:这|本)[^，,。；;]{0,4}?(?:没关系|无关)")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]?")


# "隔壁那家在美国租了2000平的海外仓，一年租金300万，他们自己会另外申请。我们自己的仓…": a sentence about
# another firm, beside one about the asker's own, is that firm's story
_ANOTHER_FIRM = re.compile(r"^\s*(?:隔壁(?:那家|那个|的)?(?:公司|企业|厂)?|邻居家?|朋友(?:的|家)?(?:公司|企业)?|同行"
                           r"|别的公司|别家|另一家(?:公司|企业)?|他们(?:公司|家|那家)|人家(?:公司)?|对方(?:公司)?)"
                           r"|^\s*(?:我们|我司)?[^，,。；;]{0,8}?(?P<sibling>兄弟公司|关联公司|姐妹公司|兄弟单位)")
_OWN_FIRM = re.compile(r"我们|我司|本公司|我公司|咱们|我家|自己的")
_CHAT_FRAGMENT = re.compile(r"[^\s，,]+[\s，,]*")
_GOT_AWARD = re.compile(r"拿了|拿到|领了|获得了?|得了|补了|批了|奖了")
_MONEY_SAID = re.compile(r"\d[\d.]*\s*(?:万|亿|千)?\s*(?:美元|元|块)|\d[\d.]*\s*(?:万|亿)")
_LEVEL_SAID = re.compile(r"国家级|省级|市级|县级")
# a chat fragment that starts on a firm outside the asker's group (not "另一家…": the group's other firm, maybe)
_OTHER_FIRM_CHAT = re.compile(r"^\s*(?:隔壁|邻居|朋友|同行|别的公司|别家|人家|对方|他们(?:公司|家|那家))")


_ABROAD_STORE = re.compile(r"海外仓")
# "另外盐湖区还有个5000平的国内仓库一年租金80w": a warehouse at home, beside the one abroad the input is about
_DOMESTIC_STORE = re.compile(r"(?:国内|境内|本地|厂里|厂区|园区里)(?:的|还有个|还有一个|有个)?(?:周转|自有|自己的)?"
                             r"(?:仓库|仓)")
_STORE_PART = re.compile(r"[，,。；;！!？?]|另外")


# "在运城本地租的跨境电商仓库", "在国内建的仓": a warehouse made at home, said so outright
_HOME_PROVINCES = "海南|广东|浙江|江苏|福建|山东|河北|河南|湖北|湖南|安徽|江西|四川|山西|陕西|广西|云南|贵州"
_MADE_AT_HOME = re.compile(r"在\s*(?:国内|境内|(?:[\u4e00-\u9fff]{2,3}?市?)?(?:本地|本市))[^，,。；;！!？?在]{0,6}?"
                           r"(?:租|建|设|开|买)[^，,。；;！!？?在]{0,10}?(?:仓库|仓)"
                           # ("海外仓 在海南自贸港租的": the warehouse said, then made in a province at home)
                           rf"|(?:仓|仓库)\s*(?:是|都|也)?\s*在\s*(?:{_HOME_PROVINCES})[^，,。；;！!？?在\d]{{0,6}}?"
                           r"(?:租|建|设|开|买)")


def _at_home(text: str) -> bool:
    """Whether the warehouse itself is said to be in China: "我们的仓在天津港", "海外仓是在国内运城本地的…仓库"."""
    from assistant.places import other_city_alternation, policy_city_names

    if "仓" not in text:
        return False
    places = other_city_alternation(*policy_city_names())
    return bool(re.search(rf"(?:仓|仓库)\s*(?:都|也)?(?:是)?\s*(?:在|位于|设在|建在|放在)\s*"
                          rf"(?:国内|境内|中国|本地|本市|海南|{places})", text)
                or re.search(r"(?:是|为)\s*(?:在)?\s*(?:国内|境内)[^，,。；;！!？?]{0,10}?(?:仓库|仓)", text)
                # "在义乌租了个仓库", "在国内建的仓": the place, then the warehouse made there
                # ("在运城本地租的跨境电商仓库": the policy's own city, said as home)
                or re.search(rf"在\s*(?:国内|境内|{places}|(?:[\u4e00-\u9fff]{{2,3}}?市?)?(?:本地|本市))"
                             rf"[^，,。；;！!？?在]{{0,6}}?(?:租|建|设|开|买)"
                             # ("在天津港租了个3000平方米的保税仓")
                             r"[^，,。；;！!？?在]{0,16}?(?:仓库|仓)", text)
                # ("在秦皇岛综保区有个2000平的保税仓": a bonded zone's warehouse, at home whatever the verb)
                or re.search(r"(?:综保区|综合保税区|保税区|保税物流中心)[^，,。；;！!？?]{0,16}?(?:仓库|仓)|保税仓",
                             text))


def without_domestic_store(text: str) -> str:
    """The text with each part about a warehouse at home blanked (its length kept), where the part names
    nothing abroad: its area and rent are no overseas warehouse's."""
    cuts = [0, *(m.start() for m in _STORE_PART.finditer(text)), len(text)]
    parts = [text[a:b] for a, b in pairwise(cuts)]
    return "".join(" " * len(p) if _DOMESTIC_STORE.search(p) and not re.search(r"海外|境外|国外", p) else p
                   for p in parts)


def without_set_aside(text: str) -> str:
    """The text with each sentence that sets a matter aside blanked (its length kept), and each
    sentence about another firm where others are about the asker's own ("我们在唐山的兄弟公司…": ours
    is the rest)."""
    sentences = [m.group(0) for m in _SENTENCE.finditer(text)]
    if len(sentences) == 1:
        # ("隔壁公司去年在运城拿了海外仓补助50万 我们2024年6月…在日本租了600平…": one sentence in chat fragments,
        # a fragment about another firm beside ones about the asker's own blanked as such a sentence would be)
        fragments = [m.group(0) for m in _CHAT_FRAGMENT.finditer(text)]
        other, about_other = [], False
        for fragment in fragments:  # (another firm's story runs on until the asker's own is told: "…拿了100万 我们…")
            about_other = bool(_OTHER_FIRM_CHAT.match(fragment)) or (about_other and not _OWN_FIRM.search(fragment))
            other.append(about_other)
        if any(other) and any(_OWN_FIRM.search(f) for f, o in zip(fragments, other, strict=True) if not o):
            # (its sums of money only: "隔壁公司在秦皇岛做1210 拿了100万" keeps the business it shares with the asker)
            # (an award it got: "拿了100万"; what it is said to get is hearsay, read as such: "同行说国家级是20万")
            # (and its level: "同行那家是省级拿了15万" says nothing of the asker's own level — MK202)
            text = "".join(_LEVEL_SAID.sub(lambda m: " " * len(m.group(0)),
                                           _MONEY_SAID.sub(lambda m: " " * len(m.group(0)), f)
                                           if _GOT_AWARD.search(f) else f) if o else f
                           for f, o in zip(fragments, other, strict=True))
            sentences = [m.group(0) for m in _SENTENCE.finditer(text)]
    found = [_ANOTHER_FIRM.match(x) for x in sentences]
    others = [m is not None for m in found]
    own = any(m is not None and m.group("sibling") for m in found) or any(
        _OWN_FIRM.search(x) for x, other in zip(sentences, others, strict=True) if not other)
    if not _SET_ASIDE.search(text) and not (any(others) and own):
        return text
    return "".join(_set_aside_blanked(x) if _SET_ASIDE.search(x) and not (other and own)
                   else " " * len(x) if other and own else x for x, other in zip(sentences, others, strict=True))


# where a matter set aside starts inside a sentence ("…140万 另外公司还投了个光伏项目800万 跟这个没关系")
_ASIDE_STARTS = re.compile(r"[，,]|另外|此外|另(?=[^外])")


def _set_aside_blanked(sentence: str) -> str:
    """The sentence with the matter it sets aside blanked (its length kept): from the 另外 or comma that starts that
    matter to the words that set it aside, where the sentence tells the asker's matter before it; all of it
    otherwise."""
    found = _SET_ASIDE.search(sentence)
    starts = [m.start() for m in _ASIDE_STARTS.finditer(sentence, 0, found.start())] if found else []
    if (found is not None and re.search(r"\d", sentence[found.end():])
            and not re.search(r"\d", sentence[:found.start()])):
        # ("算了 海外仓先不问了 我想问认证补贴 2025年新拿了CE 6万": the matter set aside first, the asker's after it)
        return " " * found.end() + sentence[found.end():]
    if not starts or not re.search(r"\d", sentence[:starts[-1]]):
        return " " * len(sentence)
    return sentence[:starts[-1]] + " " * (found.end() - starts[-1]) + sentence[found.end():]


def _in_its_currency(quantity: Quantity) -> InForeign | InDollars | InYuan:
    """A money figure kept in the currency it was said in, for an input that reads another."""
    if quantity.unit == "FX":
        return InForeign(quantity.value, quantity.raw, currency_name(quantity.word))
    return (InDollars if quantity.unit == "USD" else InYuan)(quantity.value, quantity.raw)


_OWN_CURRENCY = {"money_cny": ("CNY", "bare"), "money_usd": ("USD",)}


def _mixed_parts(text: str, spec, facts: dict[str, Any], quantities: list[Quantity],
                 claims: list[tuple[int, int]], specs: list) -> MixedParts | None:
    """The parts of a total in more than one currency, each named by the input's cue, or None where all
    are in one currency ("FDA 3万美元；UL 5万美元；PSE 120万日元" -> three parts, two currencies). A figure
    another input of its currency names more closely, or has taken, is no part ("增量100万美元")."""
    value = facts.get(spec.name)
    others = [s for s in specs if s is not spec and s.cues and s.kind in (*_MONEY_KINDS, "percent")]
    taken = {Decimal(v) for k, v in facts.items() if k != spec.name and isinstance(v, Decimal)}
    # "前年出口200万美元 去年220万美元": a growth's levels are no parts
    levels = {q.span for unit in ("USD", "CNY")
              for q in (_two_levels(text, [q for q in quantities if q.unit == unit]) or ())}
    named = [q for q in quantities if q.unit in ("CNY", "bare", "USD", "FX") and q.span not in levels
             and not any(a <= q.span[0] < b for a, b in claims)
             and _nearer_than_owners(text, q, spec, others, taken)
             and not _other_concept(text, q, spec)
             # ("9610出口 去年 7.8万美元 …推广费年费9万": a trade figure is no part of a fee)
             and not (_TRADE_INPUT.search(text, max(0, q.span[0] - 12), q.span[0])
                      and not _TRADE_INPUT.search(str(spec.label)))]
    foreign = [q for q in named if q.unit not in _OWN_CURRENCY[spec.kind]]
    if not foreign:
        return None
    own = [q for q in named if q.unit in _OWN_CURRENCY[spec.kind]]
    own_value = sum((quantity_value(spec.kind, q) for q in own), Decimal(0))
    if type(value) in (Decimal, Summed) and own and Decimal(value) != own_value:
        return None  # (the figures read for the input are not these parts: left as read)
    if len(foreign) == 1 and not own:
        return None  # one figure in another currency: read as such
    currency = {"CNY": "人民币", "bare": "人民币", "USD": "美元"}

    def part(q: Quantity) -> tuple[Decimal, str, str]:
        name = currency.get(q.unit) or currency_name(q.word)
        return Decimal(q.value), name, q.raw
    return MixedParts(tuple(part(q) for q in sorted(named, key=lambda q: q.span[0])))


# "建设费用包括", "总费用包含：", "租赁费用由…组成": the parts listed next make up the cost
# ("建设费用：设备50万、装修20万": a colon lists parts only where the first part is named after it; "实际支付租金：
# 120万元；仓库装修：40万元" are two label-value pairs)
_INCLUDES = re.compile(r"[^，,。；;！!？?\d]{0,4}?\s*(?:一共|总共|合计)?\s*(?:(?:包括|包含|含|由|分为|分成)\s*[:：]?"
                       r"\s*[^，,。；;！!？?\d:：]{0,8}|[:：]\s*[^，,。；;！!？?\d:：\s]{1,8})")
# between two parts of a list: a separator, perhaps 和/还有, and the next part's name ("、装修", "；UL认证")
_INCLUDED_HEAD = re.compile(r"包括|包含|[:：]")
_PART_GAP = re.compile(r"\s*[、，,；;\s]\s*(?:以及|和|及|还有|加上|加)?\s*[^，,。；;！!？?\d\s:：]{0,6}\s*")
_NOT_A_PART = re.compile(r"另外|此外|其他|其它|营收|收入|营业额|销售|交易|进出口|出口|利润|注册资本"
                         r"|补贴|补助|奖励|资金")


def _included_parts(text: str, spec, quantities: list[Quantity]) -> Summed | MixedParts | None:
    """The sums of money listed right after the input's cue and 包括/包含 ("建设费用包括设备50万 装修20万 货架8万"),
    two or more, none with a figure of the cue's own before them: their total, each part named by its
    words (in several currencies, converted part by part). None where no such list follows a cue."""
    money = [q for q in quantities if q.unit in _MONEY_UNITS]
    for cue in spec.cues:
        for found in literal(str(cue)).finditer(text):
            after = [q for q in money if q.span[0] >= found.end()]
            if not after:
                continue
            if not _INCLUDES.fullmatch(text, found.end(), after[0].span[0]):
                continue
            parts = [after[0]]
            for previous, current in pairwise(after):
                gap = text[previous.span[1]:current.span[0]]
                if not _PART_GAP.fullmatch(gap) or _NOT_A_PART.search(gap) or any(
                        q.span[0] >= previous.span[1] and q.span[1] <= current.span[0]
                        for q in quantities if q.unit not in _MONEY_UNITS):
                    break  # ("另外我们去年营收2000万": no part of the cost)
                parts.append(current)
            if len(parts) < 2:
                continue
            own = _OWN_CURRENCY[spec.kind]
            labels = [_INCLUDED_HEAD.split(_label(text, q))[-1] for q in parts]  # "设备", not "建设费用包括设备"
            if all(q.unit in own for q in parts):
                values = [Decimal(quantity_value(spec.kind, q)) for q in parts]
                return Summed(sum(values, Decimal(0)), tuple(q.raw for q in parts), labels=tuple(labels))
            currency = {"CNY": "人民币", "bare": "人民币", "USD": "美元"}
            return MixedParts(tuple((Decimal(q.value), currency.get(q.unit) or currency_name(q.word), f"{label}{q.raw}")
                                    for q, label in zip(parts, labels, strict=True)))
    return None


def change_levels(text: str, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The pairs of figures said as a change from one level to another ("从800万美元增长到1200万美元"),
    by their indexes: both are levels, the increase is their difference."""
    return [(i, i + 1) for i, (a, b) in enumerate(pairwise(quantities)) if a.unit == b.unit
            and _FROM_BEFORE.search(text, max(0, a.span[0] - 12), a.span[0])
            and _TO_BETWEEN.fullmatch(text, a.span[1], b.span[0])]


def _ranges(text: str, quantities: list[Quantity]) -> tuple[list[Quantity], dict[tuple[int, int], Quantity]]:
    """The quantities with each range's upper end taken out, and that end by its lower end's span:
    "5万至6万", "400-500万" (normalised from "五六万", "四五百万"), but not "从300万到500万" (a change)."""
    kept: list[Quantity] = []
    ceilings: dict[tuple[int, int], Quantity] = {}
    index = 0
    while index < len(quantities):
        low = quantities[index]
        kept.append(low)
        high = quantities[index + 1] if index + 1 < len(quantities) else None
        if (high is not None and high.unit == low.unit and high.value > low.value
                and _RANGE_BETWEEN.fullmatch(text, low.span[1], high.span[0])
                and not _CHANGE_FROM.search(text, max(0, low.span[0] - 4), low.span[0])):
            ceilings[low.span] = high
            index += 1
        index += 1
    return kept, ceilings


_APPROX = re.compile(r"(?<=[\d万千百])\s*[多余几来]\s*(?=[家个人名位平万亿元美班期单场次所天课])"
                     r"|(?<=\d个)[多余](?=[月展店仓人家站])|(?<=个)[多余](?=月)"
                     # ("一个多亿" — normalised "1亿多" — "交易额10万多": past the figure, its unit said before — RD215:
                     # 1亿 read as exact, 100万 shown)
                     # (not where the figure to reckon by is said after it: "大概9万多 就按9万算" — AU090)
                     r"|(?<=[\d.][万亿])[多余](?![少])(?![^，,。；;]{0,6}按\s*\d)")


# "第一名1.5亿美元，第二名4000万美元": a ranking told place by place, each place's figure after it
_RANK_ENTRY = re.compile(r"第([一二三四五六七八九十\d])(?:名|位)\s*(?:是|为)?[：:，,\s]*"
                         r"(?=[^，,。；;]{0,12}?\d)[^，,。；;]*?(?=[，,。；;]|$)")
# "我们是第三名", "我们排第三": the firm's own place in it
_OUR_RANK = re.compile(r"(?:我们|我司|本公司|我们公司|我们平台|咱们)(?:是|排|排名|位列|列|在)(?:全市)?"
                       r"第([一二三四五六七八九十\d])")


def _others_ranks_left_out(text: str) -> str:
    """"…排名：第一名1.5亿美元，第二名4000万美元，第三名3200万美元。我们是第三名": the other places' figures are other
    firms', left out; the firm's own place and its figure stay (MN127). The text as it was where no place is the firm's.
    """
    ours = _OUR_RANK.search(text)
    entries = list(_RANK_ENTRY.finditer(text))
    if ours is None or len(entries) < 2:
        return text
    mine = parse_number(ours.group(1))
    if sum(1 for e in entries if parse_number(e.group(1)) == mine) != 1:
        return text
    for entry in reversed(entries):
        if parse_number(entry.group(1)) != mine:
            text = text[:entry.start()] + text[entry.end():]
    return text


def extract_facts(text: str, input_names: list[str], rulebook: RuleBook,
                  subject: Iterable[str] = (), home: str | None = None) -> dict[str, Any]:
    """Values for the given inputs found in text; nothing is guessed. `subject`: the measure's
    own keywords, which say what the question is about, not that a condition is met; `home`:
    the measure's city, which makes "运城的高职院校" a local institution."""
    # "50多家", "100多万": the marker kept as a thin space (the figure's own span), so the figure is
    # read as a floor: conditions decide on it, a formula never computes with it (the figure is asked)
    # ("一百来万" is a hundred and some: a floor as 多 is, so no formula computes with it; at a threshold it is
    # asked, engine._approximate_at_a_threshold; "三十几个" thirty-odd is read as before, as the round figure,
    # which decides thresholds away from it; a month count's 多 is read as before too: months are never floors)
    text = in_focus(_APPROX.sub(lambda m: _FLOOR_MARK * len(m.group(0))
                                if _FLOOR_WORD.search(m.group(0))
                                and not text.startswith("月", m.end()) else "", text), rulebook)
    text = _others_ranks_left_out(_without_rule_restated(without_set_aside(corrected_in_place(text))))
    subject = set(subject)
    specs = [rulebook.inputs[n] for n in input_names if n in rulebook.inputs]
    if any(_ABROAD_STORE.search(str(s.label)) for s in specs):
        text = without_domestic_store(text)
    facts: dict[str, Any] = {}
    set_apart: dict[str, int] = {}  # a yes/no ruled out for some of the items counted ("有一个域名挂在…名下")
    of_firms_counted: set[str] = set()  # (those set apart as firms of another city: "其中3家是合肥的")
    claims = _claim_spans(text) + request_spans(text)
    # "3家各自做到了1亿元以上": a figure inside an input's own cue (达到了1亿) describes what is
    # counted, it is no fact of any input
    claims += [m.span() for spec in specs for cue in spec.cues if re.search(r"\d", str(cue))
               for m in literal(str(cue)).finditer(text)]
    parsed = parse_quantities(text)
    quantities = [q for q in parsed + bare_quantities(text, parsed)
                  if not any(a <= q.span[0] < b for a, b in claims) and not _per_one(text, q) and not _per_each(text, q)
                  and not _qualifier(text, q) and not _denied_figure(text, q) and not per_month(text, q)
                  and not per_area(text, q)
                  and not _period_of(text, q) and not _rule_rate(text, q) and not _MATTERS_AFTER.match(text, q.span[1])
                  # ("跟5万奖励是分开的吧": an award named by its sum, no figure of the case — LR133)
                  and not (q.unit in ("CNY", "bare") and _AWARD_NAMED_AFTER.match(text, q.span[1]))
                  and not _CURRENCY_UNSURE.search(text, q.span[1], min(len(text), q.span[1] + 12))]
    quantities, ceilings = _ranges(text, quantities)
    taken: set[int] = set()
    # Numbers: each quantity goes to the compatible input whose cue is nearest.
    numeric = [s for s in specs if s.kind in _KIND_UNITS]
    candidates: list[tuple[int, int, str]] = []
    elsewhere = _of_elsewhere(text, quantities)
    levels = {i for pair in change_levels(text, quantities) for i in pair}
    heads = _list_heads(text, quantities)
    for replaced in _SUPERSEDED.finditer(text):  # ("一开始报150万 后来说合同上是130万": the cue of 150万 is 130万's)
        first = next((i for i, q in enumerate(quantities) if q.span[0] == replaced.start(1)), None)
        then = next((i for i, q in enumerate(quantities) if q.span[0] >= replaced.end()), None)
        if first is not None and then is not None and quantities[then].unit == quantities[first].unit:
            heads[then] = heads.get(first, quantities[first])
    signed_subset = _signed_subset(text, quantities)
    for index, quantity in enumerate(quantities):
        per_batch = bool(_PER_BATCH.search(text[:quantity.span[0]]))
        for spec in numeric:
            if quantity.unit not in _KIND_UNITS[spec.kind] and not (
                    spec.kind == "count" and quantity.unit == "years" and getattr(spec, "unit", "") == "年"
                    and _cue_distance(text, quantity, [c for c in spec.cues if len(c) > 1]) is not None):
                continue  # (a count of years named by its own words, "补助已经拿满3年", is counted in 年;
                # "运营3年了" is a period of operation)
            if spec.kind == "months" and _RATE_OF_MONTHS_AFTER.match(text, quantity.span[1]):
                continue  # "前6个月月租3万": the months one rate was paid for, no time of use
            if (spec.kind == "months" and quantity.unit == "years" and quantity.value == 1
                    and _A_YEARS_FIGURE_AFTER.match(text, quantity.span[1])
                    and not _USED_BEFORE_YEAR.search(text, max(0, quantity.span[0] - 3), quantity.span[0])):
                continue  # "园区 一年做了1个亿6 开了两年多": a year's figure (per year), no time of use (MH238)
            if spec.kind == "months" and _PERIOD_OF_OTHER.search(text, max(0, quantity.span[0] - 5), quantity.span[0]):
                continue  # "押金三个月12.6w", "免租期2个月": a deposit's or a rent-free period's months, no use
            if (spec.kind == "months" and quantity.unit == "years"
                    and _FRAME_BEFORE.search(text, max(0, quantity.span[0] - 2), quantity.span[0])
                    and not _USED_AFTER.match(text, quantity.span[1])):
                continue  # "这两年总投资500万搞跨境", "近三年": the story's time frame, no time of use
            if spec.kind == "months" and quantity.unit == "years" and _RECEIVED_AFTER.match(text, quantity.span[1]):
                continue  # "连续三年都拿了软硬件投资补助": years of a subsidy received, no time of operation
            if index in levels and _INCREASE_LABEL.search(str(spec.label)):
                continue  # "从1.2亿美元增加到1.4亿美元": a level, whatever cue is near; the increase is the difference
            if index in elsewhere and _LOCAL_LABEL.search(str(spec.label)):
                continue  # "另外还服务外地企业 交易额1亿 合计3.4亿": not the local figure the input counts
            if (spec.kind == "count" and quantity.word and not _unit_fits(spec, quantity)
                    and any(other is not spec and other.kind == "count"
                            and quantity.word in (str(getattr(other, "unit", "") or ""), *map(str, other.cues))
                            for other in numeric)):
                continue  # "40课时 4期": 期 is the measure word of another count (班次数), never of hours
            if (spec.kind == "count" and quantity.word in ("批", "轮", "波")
                    and getattr(spec, "unit", "") in ("家", "人")):
                continue  # "招引了3批": batches, no count of the firms or people in them
            if (spec.kind == "count" and quantity.unit == "bare" and re.search(r"[万亿]", quantity.raw)
                    and str(getattr(spec, "unit", "") or "") in _PEOPLE_AND_FIRMS):
                continue  # "服务器和软件系统40万": a sum in 万 with no measure word counts no firms or people
            if _held_short(text, quantity, spec):
                continue  # "50人跟企业签了8个月的劳动合同": people held short of the year the input counts
            if spec.kind == "months" and _FULL_AFTER_MORE.search(text, max(0, quantity.span[0] - 16), quantity.span[0]):
                continue  # "那再过两个月满一年了": the year full is what the more time makes, not a time of its own
            if spec.kind == "count" and quantity.value == 1 and _SUM_RIGHT_BEFORE.search(
                    text, max(0, quantity.span[0] - 10), quantity.span[0]):
                continue  # "亚洲航线是20万一班": a rate's unit, no count
            if _not_done(text, quantity, spec):
                continue  # "另外有7家在走入驻流程", "另外3家以前就有进出口": none of the count
            if any(m.start(1) <= quantity.span[0] < m.end(1) for m in _SUPERSEDED.finditer(text)):
                continue  # "一开始报150万 后来说合同上是130万": the figure replaced by the one after it
            if _REASSIGNED_AFTER.match(text, quantity.span[1]):
                continue  # "9610出口8万美元 噢不是 那是9710的": another thing's figure, said so right after it
            if _compound_other(text, quantity, spec):
                continue  # "一般贸易出口20万美元": another concept's own figure, named with the input's word
            if spec.kind in _MONEY_KINDS and _MIXED_TOTAL_AFTER.match(text, quantity.span[1]):
                continue  # "一共花了200万左右 里面有租金 有货款 还有人工": a total of other things too, no input's own
            own_words = _words_before(text, quantities, index, _phrase_start(text, quantity.span[0]))
            modes = [own_words.rfind(w) for w in _data().get("other_trade_modes", ()) if w in own_words]
            if (spec.kind in _MONEY_KINDS and "跨境" in str(spec.label) and modes
                    and "跨境" not in own_words[max(modes):]):
                continue  # "25年600万美元 一般贸易还有2100万美元": trade of another mode is none of cross-border's
                # (unless cross-border named after it: "那是含一般贸易的 跨境电商的只有3800万" — ME130)
            if re.search(r"海外|境外", str(spec.label)) and _of_domestic_thing(text, quantity):
                continue  # "另外国内还有个3000平的仓库 租金50万": the domestic warehouse's figures, not the one abroad
            if spec.kind == "count" and _subset_of_another_kind(text, quantity, spec):
                continue  # ("…学员里有20个是运城本地户籍": some of them, said as another thing)
            if (spec.kind == "count" and _YEAR_CONTRACT.search(str(spec.label)) and signed_subset is not None
                    and index != signed_subset and quantity.word in ("人", "名", "个")):
                continue  # "学员一共两百人 签了一年以上合同的一百二十个": the total holds the count, is not it
            if (quantity.word in ("人", "名") and _YEAR_CONTRACT.search(str(spec.label))
                    and not _SIGNING_AFTER.match(text, quantity.span[1])
                    # ("签一年以上合同的180人 签半年合同的50人": those said of the year's contract are its count)
                    and not _SIGNED_YEAR_BEFORE.search(text, max(0, quantity.span[0] - 14), quantity.span[0])
                    and any(_held_short(text, q, spec) for q in quantities if q.word in ("人", "名"))):
                continue  # "学员80人 其中50人签了8个月": a total holding people held short is no count of the year's
            if "线上" in str(spec.label) and _WITH_OFFLINE.search(text, quantity.span[1],
                                                                  min(len(text), quantity.span[1] + 14)):
                continue  # "交易额5000万 线上线下都有": a total with offline sales is no online figure (asked)
            if (spec.kind == "count" and str(getattr(spec, "unit", "") or "") not in ("人", "名")
                    and _PEOPLE_COUNTED.match(text, quantity.span[1])):
                continue  # "还带了12个业务员": people counted, no booths or stores
            if spec.kind == "count" and (_counts_the_subject(text, quantity, spec, subject,
                                                             _items_counted(rulebook))
                                         or _article_of_another(text, quantity, spec)):
                continue  # "两个展加起来能补多少": a count of the matters asked about, not of booths;
                # "还有一个仓": an article before another thing than the input counts
            if per_batch and "每" not in spec.label and quantity.unit not in ("days", "hours"):
                continue  # "每期50人" is no total: only a per-session input (每个培训班次的人数) takes it;
                # a session's length ("每期20天") is the training's length
            if (_INCREASE_BEFORE.search(text, max(0, quantity.span[0] - 6), quantity.span[0])
                    and spec.kind in ("money_cny", "money_usd") and not _INCREASE_LABEL.search(str(spec.label))
                    and not any(_CHANGE.search(str(c)) for c in spec.cues)):
                continue  # "交易额增长了4000万美元": an increase is no level (年进出口额); an increase input takes it
            if getattr(spec, "cue_required", False) and _INCREASE_LABEL.search(str(spec.label)):
                named = text[_phrase_start(text, quantity.span[0]):quantity.span[0]]
                if (_LEVEL_WORDS.search(named) and not _CHANGE.search(named)
                        and not any(str(c) in named for c in spec.cues)):
                    continue  # ("2020年跨境电商进出口500万美元 增量补多少": a level, the increase only asked — MA209)
                own = _words_before(text, quantities, index)
                if (_TOTAL_NAMED.search(own) and not _CHANGE.search(own)
                        and not any(str(c) in own for c in spec.cues)):
                    continue  # ("…多了60万美元 总额是300万美元": the total beside the increase is no increase — ME088)
            # "费用分别是8万 12万 5万": the list's cue is each one's
            distance = _cue_distance(text, heads.get(index, quantity), list(spec.cues))
            if distance is None and _LEVEL_AFTER_CHANGE.search(text, max(0, quantity.span[0] - 6), quantity.span[0]):
                # "2022年进出口8000万，2023年下滑到3000万": the level reached is the same measure's figure
                earlier = [q for q in quantities[:index] if q.unit == quantity.unit]
                distance = _cue_distance(text, earlier[-1], list(spec.cues)) if earlier else None
            compatible_count = sum(1 for s in numeric if quantity.unit in _KIND_UNITS[s.kind])
            if distance is None and (compatible_count > 1 or quantity.unit == "bare"
                                     or getattr(spec, "cue_required", False)):
                continue
            if distance is None and _named_for_other(text, quantity, spec, rulebook):
                continue  # "进出口1.5个亿人民币" is a trade figure, never the warehouse's cost
            if (distance is not None and quantity.unit in ("USD", "FX")
                    and _cue_distance(text, quantity, [c for c in spec.cues if c not in _CURRENCY_WORDS]) is None
                    and any(len(str(c)) > 1 and str(c) not in _CURRENCY_WORDS and str(c) not in _PAID_WORDS
                            and str(c) in text[max(0, quantity.span[0] - 6):quantity.span[0]]
                            for other in numeric if other is not spec and other.kind in _MONEY_KINDS
                            for c in other.cues)):
                continue  # "全年租金12万美元，汇率按6.7算": a cost in dollars, named by its own cue, is no trade
                # figure for the currency alone (LQ079, LQ189)
            spent = _SPENT_ON_BEFORE.search(text, max(0, quantity.span[0] - 14), quantity.span[0])
            if (spec.kind in _MONEY_KINDS and spent is not None and _spent_on_other(text, quantity, subject, rulebook)
                    and not any(len(str(w)) > 1 and str(w) in spent.group(1) for m in rulebook.measures
                                if spec.name in m.inputs for w in m.keywords)):
                # "其中注册商标花了十几万" beside a warehouse's rent: spent on another measure's thing (not
                # "建仓实际花了300万", a word of another city's warehouse measure, which pays the same input)
                continue
            unit = str(getattr(spec, "unit", "") or "")
            if (distance is None and spec.kind == "count" and unit and quantity.word
                    and quantity.word != unit):
                continue  # "四个B2C平台" is no order count (单)
            if "排名" in str(spec.label) and quantity.word not in ("名", "位", ""):
                continue  # "全市前三的三个平台": platforms counted, no rank
            if (spec.kind == "count" and "服务" not in str(spec.label)
                    and _SERVED_BEFORE.search(text, max(0, quantity.span[0] - 4), quantity.span[0])):
                continue  # "服务八家企业": the firms a platform serves, no count of those it brought in
            candidates.append((distance if distance is not None else _CUE_WINDOW + 1, index, spec.name))
    candidates = _beside_named(text, candidates, quantities, rulebook)
    for spec in numeric:
        if spec.name not in facts and any("排名" in c or c == "前三" for c in spec.cues):
            rank = _ordinal(text)
            if rank is not None:
                facts[spec.name] = rank
    assigned: dict[str, int] = {}
    for _distance, index, name in sorted(candidates):
        if index in taken or name in facts:
            continue
        assigned[name] = index
        spec = rulebook.inputs[name]
        value = quantity_value(spec.kind, quantities[index])
        ceiling = ceilings.get(quantities[index].span)
        if ceiling is not None and short_of(text, quantities[index]) and spec.kind in _BOUND_UNIT:
            value = Below(Decimal(quantity_value(spec.kind, ceiling)), _BOUND_UNIT[spec.kind])  # "不到五六十万"
        elif ceiling is not None and spec.kind in _BOUND_UNIT:
            value = AtLeast(Decimal(value), _BOUND_UNIT[spec.kind], Decimal(quantity_value(spec.kind, ceiling)))
        elif short_of(text, quantities[index]) and spec.kind in _BOUND_UNIT:
            value = Below(Decimal(value), _BOUND_UNIT[spec.kind])
        elif nearly(text, quantities[index]) and spec.kind in _BOUND_UNIT:
            value = AtLeast(Decimal(value) * Decimal("0.9"), _BOUND_UNIT[spec.kind], Decimal(value) - Decimal("0.01"),
                            approximate=True, said=Decimal(value))
        elif _floor(text, quantities[index]) and spec.kind in _BOUND_UNIT and spec.kind != "months":
            ceiling = _about_ceiling(text, quantities[index], Decimal(value))
            # ("1.5个亿出头", "300万还多": more than the figure, as 超过 is)
            value = AtLeast(Decimal(value), _BOUND_UNIT[spec.kind], ceiling, approximate=ceiling is not None,
                            strict=bool(_PAST_IT.match(text, quantities[index].span[1])))
        elif _above(text, quantities[index]) and spec.kind in _BOUND_UNIT and spec.kind != "months":
            value = AtLeast(Decimal(value), _BOUND_UNIT[spec.kind], strict=True)
        if (spec.kind == "count" and _DONE_LABEL.search(str(spec.label))
                and _NONE_DONE_AFTER.match(text, quantities[index].span[1])):
            value = 0  # "新招了5家企业入驻 但还没有一家实现进出口": none of them has done what the input counts
        facts[name] = value
        taken.add(index)
    for name, index in assigned.items():  # figures left over that fit the same input
        spec = rulebook.inputs[name]
        rivals = {i for d, i, n in candidates if n == name and i not in taken and d <= _CUE_WINDOW
                  and not _article(quantities[i]) and _unit_fits(spec, quantities[i])
                  and d <= _nearest_owner(text, quantities[i], rulebook)
                  and not _other_concept(text, quantities[i], spec)
                  and not _spent_on_other(text, quantities[i], subject, rulebook)
                  and not _held_short(text, quantities[i], spec)
                  and not _named_by_sibling(text, quantities[i], d, spec, specs)}
        if spec.kind == "count" and _in_a_batch(text, quantities[index]):
            # "第一批5家 第二批7家 第三批4家": each batch's count, whatever another input's word is nearer
            rivals |= {i for _d, i, n in candidates if n == name and i not in taken and i != index
                       and quantities[i].word == quantities[index].word and _in_a_batch(text, quantities[i])}
        whole_end = quantities[index].span[1]
        rivals |= {i for _d, i, n in candidates  # "总投资500万，其中仓库建设120万": a part of the whole, cue or not
                   if n == name and i not in taken and i != index and _unit_fits(spec, quantities[i])
                   and not _not_done(text, quantities[i], spec)
                   and (part_of(text, quantities[i].span[0]) or -1) >= whole_end}
        rivals |= {i for i, q in enumerate(quantities)  # "交易额总共5亿 其中服务外地企业3亿 服务本地…的2亿": the
                   # parts of a whole written as the whole is, with no cue of their own
                   if i not in taken and i != index
                   and (q.unit == quantities[index].unit or (
                       # ("一共3.2亿元，其中本地企业2.1亿": a part without 元 of a local input's whole, none told
                       # apart by 另外 or 还)
                       q.unit == "bare" and quantities[index].unit == "CNY" and q.value <= quantities[index].value
                       and _LOCAL_LABEL.search(str(spec.label))
                       and not _APART.search(text, quantities[index].span[1], q.span[0])) or (
                       # ("出口一共83万美元 其中一般贸易80万 9610项下只有3万": a part under the input's own code, its
                       # currency the whole's)
                       q.unit == "bare" and quantities[index].unit in ("CNY", "USD")
                       and q.value <= quantities[index].value
                       and any(code in text[max(0, q.span[0] - 8):q.span[0]]
                               for code in CUSTOMS_CODE.findall(_EXCLUDED_CODES.sub("", str(spec.label))))) or (
                       # ("总进出口2.48亿元，其中一般贸易2亿，跨境电商4800万": parts in 万 or 亿 of a whole with its
                       # currency, which part is the input's the part's own words tell, _one_or_many)
                       q.unit == "bare" and quantities[index].unit in ("CNY", "USD") and re.search(r"[万亿]", q.raw)
                       and q.value <= quantities[index].value and spec.kind in _MONEY_KINDS))
                   and (part_of(text, q.span[0]) or -1) >= whole_end and not _not_done(text, q, spec)
                   and not (i in elsewhere and _LOCAL_LABEL.search(str(spec.label)))  # ("外地企业1.1亿")
                   and not any(j == i for _d, j, _n in candidates)}
        if rivals and not _held_short(text, quantities[index], spec):
            # "其中150人跟企业签了1年以上劳动合同 其余30人签的半年": those held short are not counted
            taken.update(i for i in rivals if _held_short(text, quantities[i], spec))
            rivals = {i for i in rivals if not _held_short(text, quantities[i], spec)}
        elif rivals:
            full = [i for i in rivals if not _held_short(text, quantities[i], spec)]
            if len(full) == 1:
                index = full[0]
                assigned[name] = index
                facts[name] = quantity_value(spec.kind, quantities[index])
                taken.update(rivals | {index})
                rivals = set()
        # ("2023年预计服务本地企业在线交易额2亿": the nominal word anywhere in the figure's phrase before it)
        if spec.kind in _MONEY_KINDS and _NOMINAL.search(_fragment_before(text, quantities[index].span[0])):
            # "进出口总额 申报数4500万元，海关核定数4120万元": the same figure measured as it was actually settled,
            # right after the nominal one in its sentence, with no cue of its own
            rivals |= {i for i, q in enumerate(quantities) if i not in taken and i != index
                       and q.unit == quantities[index].unit and q.span[0] > quantities[index].span[1]
                       and not SENTENCE_END.search(text, quantities[index].span[1], q.span[0])
                       and q.span[0] - quantities[index].span[1] <= 16 and _ACTUAL.search(_label(text, q))}
        if spec.kind == "count":  # "4个不同平台各开了一个店 另外新建了2个独立站": a count of another thing
            nouns = {i: _counted_noun(text, quantities[i], spec, rulebook) for i in {index, *rivals}}
            own = {i for i, noun in nouns.items() if noun == "own"}
            other = {i for i, noun in nouns.items() if noun == "other" and part_of(text, quantities[i].span[0]) is None}
            if own and other:
                if index in other:
                    index = min(own, key=lambda i: quantities[i].span[0])
                    assigned[name] = index
                    facts[name] = quantity_value(spec.kind, quantities[index])
                rivals -= other | {index}
        counted = {i for d, i, n in candidates if n == name and i not in taken and i != index and d <= _CUE_WINDOW
                   and not _article(quantities[i]) and _unit_fits(spec, quantities[i])}
        if _article(quantities[index]) and (rivals or counted):
            # "3个展位，一个展位费1万", "订了3个标准展位，一个展位费4万": the article is no count,
            # whichever input names the counted figure more closely
            index = min(rivals or counted, key=lambda i: next(d for d, j, n in candidates if j == i and n == name))
            rivals.discard(index)
            facts[name] = quantity_value(spec.kind, quantities[index])
        if rivals:  # "9610项下8.6万美元，9710项下还有12万美元": a figure under another code is not this input's
            # the input's own codes: those its label names, not those it leaves out ("不含9610")
            codes = set(CUSTOMS_CODE.findall(_EXCLUDED_CODES.sub("", str(spec.label))))
            under = {i: _code_before(text, quantities[i], quantities) for i in {index, *rivals}}
            own = {i for i, code in under.items() if code in codes}
            left_out = set(CUSTOMS_CODE.findall(str(spec.label))) - codes  # "不含9610"
            # ("一共12万美元，不过大部分走的9710 B2B，9610项下只有3万美元": another code named, the total is both's)
            # ("出口一年600多万美元，不过基本都是一般贸易报关的，9610项下只有3万美元": another trade named — RD054)
            split = (any(code and code not in codes for code in under.values()) or any(c in text for c in left_out)
                     or any(c not in codes for c in CUSTOMS_CODE.findall(text))
                     or any(w in text for w in _data().get("other_trade_modes", ())))
            if codes and own and split:
                keep = set(own)  # the text splits the trade by code: an uncoded figure is their total
                index = min(own, key=lambda i: quantities[i].span[0])
                facts[name] = quantity_value(spec.kind, quantities[index])
                taken.update(rivals | {index})
                rivals = keep - {index}
        own_codes = set(CUSTOMS_CODE.findall(_EXCLUDED_CODES.sub("", str(spec.label))))
        if own_codes and not rivals and isinstance(facts.get(name), Decimal | int):
            # "都是9710报关的 30万美元 9610项下是零": the one figure is said under another code than the input's
            code = _code_before(text, quantities[index], quantities)
            after = _CODE_SAID_AFTER.match(text, quantities[index].span[1])
            if code and code not in own_codes and not _code_denied(text, code, quantities[index].span[0]):
                del facts[name]
            elif after is not None and after.group(1) not in own_codes:
                del facts[name]  # "出口20万美元但都是9710报关的": the figure's trade said after it, under another code
        if rivals and spec.kind == "count" and "的" in str(spec.label):
            # "总共320名学员，结业后有210人签了一年以上的劳动合同": the total is not those who qualify
            totals = {i for i in {index, *rivals} if _TOTAL_BEFORE.search(text, max(0, quantities[i].span[0] - 4),
                                                                          quantities[i].span[0])}
            if not totals:  # "学员320人 …签了一年以上劳动合同的有260人": the one said with the label's qualifier
                qualifier = bigrams(str(spec.label).split("的")[0])
                scores = {i: len(bigrams(_label(text, quantities[i])) & qualifier) for i in {index, *rivals}}
                best = _sole_best(scores)
                last = max(scores, key=lambda i: quantities[i].span[0])
                if best is None:  # "参训300人，结业后210人跟企业签了1年以上劳动合同，40人签的是半年…": the
                    # qualifier said after the figure, in its phrase
                    best = _sole_best({i: len(bigrams(_phrase_of(text, quantities[i])) & qualifier)
                                       for i in {index, *rivals}})
                    last = best if best is not None and best != min(scores, key=lambda i: quantities[i].span[0]) \
                        else None
                if best is not None and last is not None and best != last:
                    # "新招引了10家我市企业 但只有6家实现了本地进出口零突破": the total's words name the count's
                    # start (新招引), the later figure's phrase the qualifier it has done
                    said_after = {i: re.split(r"[\s，,。；;！!？?]", text[quantities[i].span[0]:])[0]
                                  for i in {index, *rivals}}
                    phrased = _sole_best({i: len(bigrams(words) & qualifier) for i, words in said_after.items()})
                    best = phrased if phrased == last and _SOME_ONLY.search(
                        text, max(0, quantities[last].span[0] - 4), quantities[last].span[0]) else best
                if best is not None and best == last:
                    totals = {index, *rivals} - {best}  # (those who qualify are said after the total)
            if totals and totals != {index, *rivals}:
                if index in totals:
                    index = min({index, *rivals} - totals, key=lambda i: quantities[i].span[0])
                    facts[name] = quantity_value(spec.kind, quantities[index])
                taken.update(rivals | {index})
                rivals = rivals - totals - {index}
        if rivals and spec.kind == "months":  # "合同签了两年…已经用了一年半": the term is no time used
            terms = {i for i in {index, *rivals} if _CONTRACT_TERM.search(_label(text, quantities[i]))}
            used = {index, *rivals} - terms
            if terms and used:
                index = min(used, key=lambda i: quantities[i].span[0])
                facts[name] = quantity_value(spec.kind, quantities[index])
                if short_of(text, quantities[index]) and spec.kind in _BOUND_UNIT:
                    facts[name] = Below(Decimal(facts[name]), _BOUND_UNIT[spec.kind])
                taken.update(rivals | {index})
                rivals = used - {index}
        if rivals and spec.kind == "count":  # "12月又加了两班 全年是16班": what was added, beside the whole it made
            added = {i for i in {index, *rivals} if _ADDED_LABEL.search(_label(text, quantities[i]))}
            whole = {i for i in {index, *rivals} - added if _WHOLE_LABEL.search(_label(text, quantities[i]))}
            if added and len(whole) == 1 and not {index, *rivals} - added - whole:
                index = whole.pop()
                facts[name] = quantity_value(spec.kind, quantities[index])
                taken.update(rivals | {index})
                rivals = set()
        if rivals and spec.kind in _MONEY_KINDS:
            # "第一年租金60万元，第二年涨到66万。想问第一年这部分…": each sum a year of the term's, the one the question
            # names again is the one asked about (MR002)
            group = sorted({index, *rivals})
            nth = {i: _NTH_YEAR_LABEL.search(_label(text, quantities[i])) for i in group}
            words = {i: m.group(0) for i, m in nth.items() if m is not None}
            asked = [i for i in group if i in words and text.count(words[i]) >= 2]
            if len(words) == len(group) == len(set(words.values())) and len(asked) == 1:
                chosen_at = asked[0]
                facts[name] = Chosen(quantity_value(spec.kind, quantities[chosen_at]),
                                     f"{_label(text, quantities[chosen_at])}{quantities[chosen_at].raw}",
                                     tuple(f"{_label(text, quantities[i])}{quantities[i].raw}"
                                           for i in group if i != chosen_at))
                taken.update(rivals | {index})
                rivals = set()
        # ("2025年计划飞30班，实际飞了21班": a count planned beside the one done, as a sum is)
        if rivals and spec.kind in (*_MONEY_KINDS, "count") and not getattr(spec, "sums", False):
            actual = [i for i in sorted({index, *rivals}) if _ACTUAL.search(_label(text, quantities[i]))]
            nominal = [i for i in sorted({index, *rivals}) if i not in actual
                       and _NOMINAL.search(_fragment_before(text, quantities[i].span[0]))]
            # "合同写的年租金180万…实际只付了150万…另外国内新建仓库花了300万，参展花了20万": the rivals
            # neither nominal nor actual are named as something else, or the choice is not this one's to make
            otherwise = [i for i in sorted({index, *rivals}) if i not in actual and i not in nominal
                         and _named_as_other(text, quantities[i], quantities[actual[0]] if actual else None, spec,
                                             subject)]
            if len(actual) == 1 and nominal and len(nominal) + len(otherwise) == len(rivals):
                left_out = tuple(f"{_label(text, quantities[i])}{quantities[i].raw}"
                                 for i in sorted({index, *rivals} - set(actual)))
                facts[name] = Chosen(quantity_value(spec.kind, quantities[actual[0]]),
                                     f"{_label(text, quantities[actual[0]])}{quantities[actual[0]].raw}", left_out)
                taken.update(rivals | {index})
                rivals = set()
        if rivals and spec.kind in _MONEY_KINDS and _ONE_YEARS_LABEL.search(str(spec.label)):
            # "三年一共投了90万 今年投了20万" for the year's investment: the year's figure, the total over the
            # years it is part of left out (said so)
            group = sorted({index, *rivals})
            over_years = [i for i in group if _OVER_YEARS.search(text, max(0, quantities[i].span[0] - 10),
                                                                 quantities[i].span[0])]
            of_year = [i for i in group if i not in over_years
                       and _OF_A_YEAR.search(text, max(0, quantities[i].span[0] - 8), quantities[i].span[0])]
            if over_years and len(of_year) == 1 and len(over_years) + 1 == len(group):
                left_out = tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in over_years)
                facts[name] = Chosen(quantity_value(spec.kind, quantities[of_year[0]]),
                                     f"{_label(text, quantities[of_year[0]])}{quantities[of_year[0]].raw}", left_out)
                taken.update(rivals | {index})
                rivals = set()
        if rivals and spec.kind in (*_MONEY_KINDS, "percent"):
            # "今年出口增长8%；去年增长了25%…今年这部分能补多少": the figure of the year asked (BC006)
            years = {i: _sentence_year(text, quantities[i].span[0]) for i in sorted({index, *rivals})}
            asked = _asked_year(text)
            picked = [i for i, year in years.items() if year == asked]
            # (other years may hold several figures: "2024年…12万，已经拿过3.6万补助。2025年…15万，2025年这笔")
            if asked and all(years.values()) and len(picked) == 1:
                left_out = tuple(f"{years[i]}年{quantities[i].raw}" for i in years if i != picked[0])
                facts[name] = Chosen(quantity_value(spec.kind, quantities[picked[0]]),
                                     f"{asked}年{quantities[picked[0]].raw}", left_out)
                taken.update(rivals | {index})
                rivals = set()
        if rivals and spec.kind == "area_m2":
            chosen = _named_by_qualifier(text, sorted({index, *rivals}), quantities, spec)
            if chosen is not None:  # "建筑面积5000平 实际使用3200平" for 园区实际使用面积: the one the label names
                facts[name] = chosen
                taken.update(rivals | {index})
                rivals = set()
        exact = [i for i in sorted({index, *rivals}) if _EXACT_SAID.search(text, max(0, quantities[i].span[0] - 6),
                                                                          quantities[i].span[0])]
        if rivals and len(exact) == 1 and spec.kind in (*_MONEY_KINDS, "area_m2", "count"):
            # "花了40多万 具体是42万": the figure said as the exact one, over the round one before it
            facts[name] = quantity_value(spec.kind, quantities[exact[0]])
            taken.update(rivals | {index})
            rivals = set()
        deducted = [i for i in rivals if _DEDUCTION.search(_label(text, quantities[i]))]
        if (len(rivals) == 1 and deducted and spec.kind in _MONEY_KINDS and not spec.sums
                and quantities[deducted[0]].unit == quantities[index].unit
                and quantities[deducted[0]].value < quantities[index].value):
            # "年线上交易额4000万，其中退货800万": whether the sum counts what was taken back is not said — both asked
            # (MU175: the whole taken, 80万 shown)
            whole, part = quantities[index], quantities[deducted[0]]
            value = Decimal(quantity_value(spec.kind, whole))
            facts[name] = Competing((value, value - Decimal(quantity_value(spec.kind, part))),
                                    (whole.raw, f"{whole.raw} − {part.raw}"))
            taken.update(rivals)
            rivals = set()
        chosen = _named_by_own_word(text, index, rivals, quantities, spec, subject) if rivals else None
        if chosen is None and rivals and spec.kind in _MONEY_KINDS:
            # ("建厂房花了300万…货车花了60万…租金120万": the one named by its word need not be said first — KI227)
            own = [i for i in sorted(rivals) if _by_own_noun(text, quantities[i], spec)]
            chosen = (_named_by_own_word(text, own[0], (rivals | {index}) - {own[0]}, quantities, spec, subject)
                      if len(own) == 1 and not _by_own_noun(text, quantities[index], spec) else None)
        if chosen is not None:  # "买地150万、货架叉车50万，光建设费用就300万": the one named by its word
            facts[name] = chosen
            taken.update(rivals)
        elif rivals and not isinstance(facts[name], Below):
            # "CE认证8万、商标注册5万，另外公司年会6万": a sum's parts are its own items, not the others
            others = _named_otherwise(text, index, rivals, quantities, spec, subject) if spec.sums else []
            group = sorted({index, *rivals})
            if spec.sums:
                others += [i for i in group
                           if i not in others and _next_years_level(text, i, quantities, spec, subject)]
                # ("新拿了欧盟CE认证8万…另外ISO9001年审花了3万" for newly obtained ones: a renewal is no part — MA014)
                # ("美国商标到期续展 花了8万": the renewal said before the space — ME019)
                others += [i for i in group if i not in others and "新" in str(spec.label)
                           and (_RENEWED.search(_label(text, quantities[i]))
                                or (not _label(text, quantities[i])
                                    and _RENEWED.search(re.split(r"[，,。；;！!？?]", text[max(
                                        0, quantities[i].span[0] - 20):quantities[i].span[0]])[-1])))]
                # ("2020年实际投资35万，三年累计投资100万" for a year's own: the years' total is no part — MA096)
                others += [i for i in group if i not in others and re.search(r"当年|年度", str(spec.label))
                           and _YEARS_TOTAL_WORDS.search(_label(text, quantities[i]))]
            if spec.sums and any(_ACTUAL.search(_label(text, quantities[i])) for i in group):
                # "软硬件预算60万，实际投资38万": a nominal sum beside an actual one is no part of the total
                others += [i for i in group if i not in others and not _ACTUAL.search(_label(text, quantities[i]))
                           and _NOMINAL.search(_fragment_before(text, quantities[i].span[0]))]
            kept = sorted({index, *rivals} - set(others))
            facts[name] = _one_or_many(text, kept, quantities, spec, subject, others)
            left_out = tuple(_said_as(text, quantities[i]) for i in others)
            if left_out and isinstance(facts[name], Summed):
                facts[name] = Summed(facts[name], facts[name].parts, left_out, facts[name].labels)
            elif left_out and isinstance(facts[name], Decimal):
                used = next(i for i in kept if quantity_value(spec.kind, quantities[i]) == facts[name])
                facts[name] = Chosen(facts[name], f"{_label(text, quantities[used])}{quantities[used].raw}", left_out)
            taken.update(rivals)
    for spec in numeric:  # "入驻了25家…不过有6家去年一单没做": those with 业绩 are the rest
        breakthrough = "零突破" in str(spec.label)
        if spec.kind == "count" and (any(c in ("业绩", "实绩") for c in spec.cues) or breakthrough):
            rest = _active_remainder(text, breakthrough)
            if (breakthrough and rest is not None and not _IDLE_OF_THEM.search(text)
                    and not _EXPORTED_BEFORE_PART.search(text)):
                rest = None  # ("其中6家已经有本地出口了 另外2家还没出单": the 6 are those that did, no total)
            # (those that did, said outright, are the count: "其中11家已经实现零突破 另外4家还没出单")
            if rest is not None and not _DID_SAID.search(text):
                facts[spec.name] = rest
    for spec in numeric:  # "面积是450": a figure right after its cue, in the input's own unit
        if spec.name not in facts and spec.kind in _UNIT_IMPLIED:
            value = _cued_bare(text, spec)
            if value is not None:
                facts[spec.name] = value
        elif spec.name not in facts and spec.kind in _MONEY_KINDS and (zero := _cued_zero(text, spec)) is not None:
            facts[spec.name] = zero  # "平台费用0": nothing spent, in any unit
    for spec in numeric:  # "出口比前年还降了一点", "没增长": a growth said by its direction, no figure
        if spec.kind == "percent" and spec.name not in facts and "增长" in spec.cues:
            if _DECLINED.search(text):
                facts[spec.name] = Below(Decimal(0), "percent")
            elif _FLAT.search(text):
                facts[spec.name] = Decimal(0)
    for spec in numeric:  # "进出口额比上年减少了300万美元": an increase asked, a decrease said — below nothing
        if (spec.kind in _MONEY_KINDS and spec.name not in facts and _INCREASE_LABEL.search(str(spec.label))
                and (any(_FELL_BY.search(text, max(0, q.span[0] - 8), q.span[0]) for q in quantities
                         if fits_kind(spec.kind, q))
                     # ("服务企业进出口额比上年还少了", "比去年下降了": a decrease said with no figure)
                     or _LESS_THAN_BEFORE.search(text))):
            # (no increase: 0, which a rule paying per unit of increase reads too — RB134, LB200 asked every fact)
            fell = next((text[max(0, q.span[0] - 8):q.span[1]].strip() for q in quantities if fits_kind(spec.kind, q)
                         and _FELL_BY.search(text, max(0, q.span[0] - 8), q.span[0])), None)
            facts[spec.name] = Difference(Decimal(0), fell or _LESS_THAN_BEFORE.search(text).group(0))
        elif (spec.kind in _MONEY_KINDS and _INCREASE_LABEL.search(str(spec.label))
              and type(facts.get(spec.name)) is Decimal and any(
                  _FELL_BY.search(text, max(0, q.span[0] - 8), q.span[0])
                  and quantity_value(spec.kind, q) == facts[spec.name] for q in quantities if fits_kind(spec.kind, q))):
            # ("比前年少了20万美元 增量补助能拿吗": the figure taken by the question's 增量 is a decrease — LB200, 8000
            # shown)
            facts[spec.name] = Difference(Decimal(0), next(
                text[max(0, q.span[0] - 8):q.span[1]].strip() for q in quantities if fits_kind(spec.kind, q)
                and _FELL_BY.search(text, max(0, q.span[0] - 8), q.span[0]) and quantity_value(spec.kind, q)
                == facts[spec.name]))
    for spec in numeric:  # "没有一家做到1个亿": none, a count of zero
        if spec.kind == "count" and spec.name not in facts:
            for match in _NONE_OF.finditer(text):
                after = text[match.end():match.end() + 10]
                if any(len(c) > 1 and c in after for c in spec.cues):
                    facts[spec.name] = 0
                    break
    for spec in numeric:  # "单家最多的也才3000万": none reaches the 1亿 the counted firms need
        if spec.kind == "count" and spec.name not in facts:
            most = _largest_only(text)
            bar = next((q.value for q in parse_quantities(str(spec.label)) if q.unit == "CNY"), None)
            if most is not None and bar is not None and most < bar:
                facts[spec.name] = 0
    for spec in numeric:  # "学员只跟企业签了半年合同": nobody holds the year's contract the input counts
        people = [q for q in quantities if q.word in ("人", "名")]
        # ("50人跟企业签了8个月的劳动合同": the only people said, all held short)
        # ("培训35天 100人 但是学员只和企业签了半年的劳动合同": those trained, all held short, none signed a year)
        signed = [q for q in people if _SIGNED_A_YEAR_AFTER.match(text, q.span[1])
                  or _SIGNED_BEFORE.search(text, max(0, q.span[0] - 16), q.span[0])]
        if (spec.kind == "count" and _YEAR_CONTRACT.search(str(spec.label))
                and (spec.name not in facts or (_ALL_SHORT_CONTRACT.search(text) and not signed)
                     or (people and not signed and all(_held_short(text, q, spec) for q in people)))
                and (_ALL_SHORT_CONTRACT.search(text)
                     or (people and all(_held_short(text, q, spec) for q in people)))):
            facts[spec.name] = 0
    for spec in numeric:  # "2024年3月租到2025年2月底": a period stated by its dates
        claimed = facts.get(spec.name)
        if (spec.kind == "months" and type(claimed) is Decimal and (period := span(text)) is not None
                and period.exact and claimed > period.months + 1
                and re.search(r"\d\s*月.*(?:到|至|~|-).*\d\s*月", period.words)  # (a start and an end month said)
                and _USE_CLAIMED.search(text)):  # (a use said full, not the firm's age: "成立八年了")
            # "2024年10月租到2025年3月 已经使用满一年了": a length said longer than the dates said allow — which
            # holds is the user's to say (asked, never the longer one taken)
            facts[spec.name] = Competing((Decimal(period.months), claimed),
                                         (f"{period.words}（{period.months}个月）", f"{fmt_number(claimed)}个月"))
        if spec.kind == "months" and spec.name not in facts:
            # ("2024年3月才租 12月就退了": a start, then an end month without its year)
            period = span(text) or span_across([text])
            if period is not None:
                months = Decimal(period.months)
                facts[spec.name] = months if period.exact else AtLeast(months, "months")
    for spec in specs:
        if spec.name in facts:
            continue
        if spec.kind == "choice":
            asked_if, said = what_if(text)  # "省级…如果只是市级呢？": the fact, and a question about another
            value = _choice(said, spec, rulebook) if asked_if else None
            if value is None:
                # ("航空公司问能不能按洲际航线每班30万算": a kind asked to be counted as, no fact of the case)
                value = _choice(_LEVELS_RECALLED.sub(_recalled_blank, _REQUESTED_AS.sub(
                    lambda m: " " * len(m.group(0)), text)), spec, rulebook)
            if value is None and _THIS_TIME.search(text):
                # ("…之前2024年也拿过市级…国家级的还在申报…这次省级的运城奖多少": the option the closing question
                # names as this time's — MA029)
                value = _choice(text[_THIS_TIME.search(text).start():], spec, rulebook)
            found_as = list(_RECOGNIZED_AS.finditer(text)) if value is None else []
            recognized = {m.group(1) for m in found_as} | {
                level for f in found_as for level in _levels_listed(text, f.end())}
            # (only where every other level is said after it, in the question: not "先拿了省级…又被认定为市级",
            # two held — AK026; nor "分别被认定为国家级、省级、市级", three firms' — IJ018)
            if len(recognized) == 1 and re.search(r"国家级|省级|市级|县级|区级", text[:found_as[0].start()]):
                recognized = set()
            if len(recognized) == 1:
                # ("首次认定为省级…产业园区…市级奖励是不是跟市级园区一样50万": the level it was recognized as, not the
                # levels the question compares it with — MK097)
                value = _choice(recognized.pop(), spec, rulebook)
            if value is not None and "认定" in str(spec.label) and _levels_of_other(text, str(spec.label)):
                # ("新认定为运城市级公共海外仓试点": a pilot's level, no firm's — RC078: 示范企业 市级 read)
                value = None
            if value is not None:
                facts[spec.name] = value
        elif spec.kind == "bool":
            # ("能认定示范园区拿50万吗": a recognition asked about is none held)
            read = _RECOGNITION_ASKED.sub(lambda m: " " * len(m.group(0)), text) if "认定" in str(spec.label) else text
            value = _bool(read, list(spec.cues), subject)
            if value is True and _HAD_LABEL.search(str(spec.label)) and all(
                    _COMBINE_ASKED_AFTER.match(text, m.end()) for c in spec.cues if len(str(c)) > 1
                    for m in re.finditer(re.escape(str(c)), text)) and any(str(c) in text for c in spec.cues):
                value = None  # "那和市里的外贸政策奖励能一起拿吗": whether both can be had, asked — none had yet
            if value is True and _recognised_as_other(text, str(spec.label)):
                value = None  # "园区里我们的运营公司也被认定为市级示范企业": a firm's recognition, not the park's
            if value is True and getattr(spec, "place", "") and _elsewhere(text, spec.place):
                value = False  # "在青岛海关备案的": another customs than the one the clause names
            if value is None and any(not _OTHER_FIRM.search(text, max(0, m.start() - 10), m.start())
                                     and not _names_other_award(m.group(0), subject, rulebook)
                                     for p in _implied_true_patterns().get(spec.name, ())
                                     for m in compiled(p).finditer(text)):
                value = True  # "省商务厅那边已经对这个展会给过补助了": said in words no cue list holds
                # (not "隔壁公司去年拿了45万": another firm's award is none of this one's facts)
            if value is None and getattr(spec, "local", False) and home:
                # ("六安金安区的综服平台": the platform of the city named — LZ038, MB113)
                # (not the measure named by its platform: "六安综服平台那个按软硬件投资40%补助的")
                # (only for a measure whose applicant is such a platform: not 秦皇岛's landing of a platform leader)
                platforms = list(_LOCAL_PLATFORMS) if "注册" in str(spec.label) and not _PLATFORM_AS_MEASURE.search(
                    text) and any(w in subject for w in _LOCAL_PLATFORMS) else []
                value = _home(text, home, list(spec.cues) + platforms)
            owned = _without_counted_elsewhere(text)  # ("其中3家是合肥的企业": firms counted, not the applicant)
            if getattr(spec, "local", False) and (
                    (_other_city_owner(owned, list(spec.cues), covered=tuple(
                        c for c in {m.city for m in rulebook.measures} if home and c != home))
                     and not (home and _home(text, home, list(spec.cues))))
                    or (_other_city_owner(owned, list(spec.cues), direct=True)
                        and not (home and _home(text, home, list(spec.cues), direct=True)))):
                value = False  # "我们是太原的一所高校…在运城培训": the subject is another city's
                # ("六安注册的平台…另外还招了3家合肥的企业": the home city named as the owner stands, unless
                # the cue names the other city outright: "（秦皇岛市商务局）一家注册在唐山的企业")
            code_cues = [str(c) for c in spec.cues if re.fullmatch(r"\d{4}", str(c)) and str(c) in text]
            coded = value is not False and (any(
                not _NAMES_THE_MEASURE.match(text, m.end(1))  # "能拿9610那个一次性5万吗" names the measure
                for c in code_cues for m in re.finditer("(" + re.escape(c) + _CODE_TO_FIGURE, text))
                # ("出口12万美元（9610项下）": the code after the figure, of it)
                or any(re.search(_FIGURE_TO_CODE.format(code=re.escape(c)), text) for c in code_cues))
            if coded:
                value = True  # "9610项下出口8.6万美元": the code names the figure's own trade
            implied = [w for w in _implied_false().get(spec.name, ()) if _said_outright(text, w) and not (
                value is not False and not _RENEWED.search(w) and not _WAITING.match(w)
                and _USUAL_BUSINESS.search(_phrase_before(text, text.find(w))))
                # ("9610项下出口6万美元", then "另外9710还有20万美元": a business besides, not instead)
                and not (value is not False and _BESIDES.search(_phrase_before(text, text.find(w))))
                # ("被认定为市级跨境电商示范企业，去年申请省级的没批下来": another level's, not granted — MU183)
                and not (value is not False and _of_another_level(text, text.find(w), list(spec.cues)))
                # ("独立法人…在欧洲还有两个办事处": an entity the firm has, not what it is — TD115)
                and not (value is not False and _ENTITY_WORD.search(w)
                         and _HAS_BESIDES.search(_phrase_before(text, text.find(w))))
                # ("疫情期间停业了两个月 现在正常运营": a state said after it, now, is the fact)
                and not (value is not False and _NOW_RUNNING.search(text, text.find(w) + len(w)))]
            ruled_out = [m for p in _implied_false_patterns().get(spec.name, ()) for m in compiled(p).finditer(text)]
            some = _some_of_them(text, [*(text.find(w) for w in implied), *(m.start() for m in ruled_out)])
            both = bool(implied or ruled_out) and _items_of_both(
                text, value, list(spec.cues), [*_implied_false().get(spec.name, ()), *(m.group(0) for m in ruled_out)])
            # ("一个是日本的商标国际注册1.6万 还有一个是国内商标注册3万": items of a summed cost, each with its own —
            # the one ruled out is left out of the sum, the fact holds for the rest; no count to take it from — EV025)
            summed = any(getattr(rulebook.inputs.get(n), "sums", False) for n in input_names)
            if value is not False and some and not (both and summed):
                # "三个新建独立站…不过有一个域名挂在香港关联公司名下": one of those counted is ruled out, not all;
                # the count less it is the measure's (below), the rest hold
                set_apart[spec.name] = some
            elif not coded and (implied or ruled_out) and not _items_of_both(
                    text, value, list(spec.cues), [*_implied_false().get(spec.name, ()),
                                                   *(m.group(0) for m in ruled_out)]):
                # (the words a pattern rules out count as such a word: "在国内注册了个商标花了5000，又在美国注册商标
                # 花了1.2万" — the domestic one left out of the sum, the rest hold, LV040)
                value = False  # "新建的独立站…域名不在我们名下": the specific word outweighs the topic's cue
                # ("9610项下8.6万…9710项下还有12万": the code said outright stands)
            elif (spec.name in _data().get("local_subject", ()) and (
                    # (where the firm is another city's and the thing's own place is not said to be here, it is
                    # where the firm is: "唐山那边有家企业开了个体验店")
                    (other_city_places(text) or (other_city_enterprises(text) and not (
                        home and re.search(rf"(?:在|开在|设在|位于|落户在?)\s*{re.escape(home)}", text))))
                    if spec.name in local_place_inputs() else other_city_enterprises(text))
                  and (value is None or spec.name in local_place_inputs())):
                # (a place's input, the store's, by where the thing is: "我们是石家庄的企业 在秦皇岛开了个体验店")
                some = _some_of_them(text, [m.start() for m in _other_cities_named(text)])
                if some and value is None:
                    # "新招了12家企业…其中有3家不是六安的 是合肥的": those are set apart, the rest are local
                    set_apart[spec.name] = some
                    of_firms_counted.add(spec.name)
                else:
                    value = False  # ("体验店开在天津…正式营业了": open, but not in the city the clause names)
            if value is not None:
                facts[spec.name] = value
        elif spec.kind == "country":
            value = _country(text, rulebook)
            if value == DOMESTIC and not _at_home(text) and any(
                    s.kind != "country" and _ABROAD_STORE.search(str(s.label)) for s in specs):
                value = None  # ("国内采购货架8万": a purchase at home, not where the warehouse is)
            if value is None and _MADE_AT_HOME.search(text) and any(
                    s.kind != "country" and _ABROAD_STORE.search(str(s.label)) for s in specs):
                value = DOMESTIC  # ("在运城本地租的跨境电商仓库": the warehouse itself at home)
            if value:
                facts[spec.name] = value
        elif spec.kind == "date":
            value = _date_value(text)
            if value:
                facts[spec.name] = value
        elif spec.kind == "number":
            value = _plain_number(text, list(spec.cues))
            if value is not None:
                facts[spec.name] = value
    for spec in specs:  # "2023年…5500万美元 2022年是4000万美元": the increase, from two years' levels
        if (spec.cue_required and _INCREASE_LABEL.search(str(spec.label))
                and not ("进出口" in str(spec.label) and not _TRADE_SAID.search(text))):
            # (an import-and-export increase only from levels said as such: "前年出口200万美元 去年220万美元"
            # are the firm's exports, its growth rate, not the 跨境电商进出口增量 the clause recognises)
            levels = [q for q in quantities if q.unit in _KIND_UNITS.get(spec.kind, ())
                      and q.unit != "bare" and not any(a <= q.span[0] < b for a, b in claims)
                      and not _compound_other(text, q, spec)
                      # ("2022年300万美元、2023年420万美元，全部出口额2000万美元": another thing's figure, no level —
                      # MU060)
                      and not any(w in text[max(0, q.span[0] - 8):q.span[0]] and w not in spec.cues
                                  for w in lexicon()["other_concepts"])
                      and not any(w in _words_before(text, quantities, quantities.index(q),
                                                     _phrase_start(text, q.span[0]))
                                  for w in _data().get("other_trade_modes", ()))]  # ("一般贸易还有2100万美元")
            increase = _two_years(text, levels)
            fell = _two_levels(text, levels) if increase is None else None
            if (fell is not None and fell[1].value < fell[0].value
                    and (spec.name not in facts or facts[spec.name] in {q.value for q in levels})):
                # ("2023年这些企业…8000万美元 2022年是8600万美元": the later year lower — no increase at all, MK065)
                facts[spec.name] = Difference(Decimal(0), f"{fell[1].raw} − {fell[0].raw}")
                continue
            if increase is None and spec.kind == "money_usd":
                # ("被认定的跨境电商进出口 2024年980万人民币，2025年1690万人民币"): two yuan levels for a dollar
                # increase — the yuan difference, converted as any yuan figure for a dollar input is; the levels are
                # no other sum of money of the case
                yuan = [q for q in quantities if q.unit == "CNY" and not any(a <= q.span[0] < b for a, b in claims)
                        and not _compound_other(text, q, spec)]
                apart = _two_years(text, yuan)
                if apart is not None:
                    facts[spec.name] = InYuan(Decimal(apart), f"（{apart.words}）")
                    said = {q.value for q in yuan}
                    for other in specs:
                        if (other.kind == "money_cny" and other.name in facts
                                and not isinstance(facts[other.name], Competing) and facts[other.name] in said):
                            del facts[other.name]
                    continue
            # ("前年两百万美金 去年三百五十万美金…增量那块能补多少": the increase's word in the question took the
            # later level, which is no increase: the difference replaces it)
            if increase is not None and (spec.name not in facts or facts[spec.name] in {q.value for q in levels}):
                facts[spec.name] = increase
            elif (increase is None and len(levels) > 2 and spec.name in facts
                  and facts[spec.name] in {q.value for q in levels}
                  and sum(1 for q in levels if _YEAR_BEFORE.search(text, max(0, q.span[0] - 8), q.span[0])) > 2):
                del facts[spec.name]  # ("2023年80万 2024年120万 2025年150万美元": a year's level is no increase; asked)
    for spec in specs:  # "2025年300万美元 2024年200万美元 认定增量100万美元": the increase said, beside years' levels
        rivals = facts.get(spec.name)
        if isinstance(rivals, Competing) and _INCREASE_LABEL.search(str(spec.label)):
            said = [q for q in quantities if q.raw in rivals.words]
            cued = [q for q in said if _INCREASE_SAID_BEFORE.search(text, max(0, q.span[0] - 8), q.span[0])]
            dated = [q for q in said if q not in cued and _YEAR_BEFORE.search(text, max(0, q.span[0] - 8), q.span[0])]
            if len(cued) == 1 and dated and len(cued) + len(dated) == len(said):
                facts[spec.name] = quantity_value(spec.kind, cued[0])
    for spec in specs:  # "出口增长了15%，前年出口100万美元，去年80万美元": a rate said that the levels told deny
        said = facts.get(spec.name)
        if (spec.kind == "percent" and "增长" in str(spec.label) and type(said) is Decimal
                and _levels_of(str(spec.label), text)):
            growth = _growth(text, [q for q in quantities if not any(a <= q.span[0] < b for a, b in claims)])
            # (a rate said rounded, "增长了10%" for 10.2%, is the same rate: within one point)
            if growth is not None and abs(Decimal(growth) - said) >= 1:
                raw = next((q.raw for q in quantities if q.unit == "percent" and q.value == said), f"{said}%")
                facts[spec.name] = Competing((said, Decimal(growth)), (raw, f"{Decimal(growth):f}%（{growth.words}）"))
    for spec in specs:  # "前年出口200万美元 去年220万美元": the growth rate, from two years' levels
        # ("本企业年出口从400万美元增长到550万美元，其中跨境电商进出口从200万…增长到350万…": the firm's own growth
        # from its whole, the part's words and levels set apart — MU055)
        parts = [m.span() for m in _PART_CLAUSE.finditer(text)] if "本企业" in str(spec.label) else []
        whole = "".join(" " if any(a <= i < b for a, b in parts) else c for i, c in enumerate(text))
        if (spec.name not in facts and spec.kind == "percent" and "增长" in str(spec.label)
                and _levels_of(str(spec.label), whole)):
            growth = _growth(whole, [q for q in quantities if not any(a <= q.span[0] < b for a, b in claims)
                                     and not any(a <= q.span[0] < b for a, b in parts)])
            if growth is not None:
                facts[spec.name] = growth
                # ("第三方平台推广 2024年出口额1000万 2025年1100万": the levels the rate is of are no sum of money of
                # the case — MB108: 1000万 of exports read as the platform fees, 10万 shown)
                said = {w.strip("() ") for w in re.split(r"[−÷]", growth.words)}
                levels = {q.value for q in quantities if q.raw in said}
                for other in specs:
                    held = facts.get(other.name)
                    if (other.kind in _MONEY_KINDS and held is not None and not isinstance(held, Competing)
                            and type(held) in (Decimal, Summed) and Decimal(held) in levels):
                        del facts[other.name]
    # "一年租金30万美刀" for a yuan input, "9610出口做了二十万块钱人民币" for a dollar input; beside an input of the
    # figure's own currency ("投资200万美元 当年进出口1500万美元", "进出口3500万人民币…租金90万"), a figure nearer
    # this input's cue than any such input's, and not taken by one
    for kind, unit, wrap in (("money_cny", "USD", InDollars), ("money_usd", "CNY", InYuan)):
        owners = [s for s in specs if s.kind == _CURRENCY_KIND[unit]]
        taken_values = {v for k, v in facts.items() if any(s.name == k for s in owners)}
        for spec in specs:
            if spec.kind != kind or spec.name in facts:
                continue
            found = [q for q in quantities if q.unit == unit and not any(a <= q.span[0] < b for a, b in claims)
                     and _nearer_than_owners(text, q, spec, owners, taken_values) and not _named_other(text, q, spec)]
            if not found and not getattr(spec, "cue_required", False) and sum(
                    1 for s in specs if s.kind in _MONEY_KINDS) == 1:
                # "1个展位 5000美刀 汇率7.2": the one sum of money said, for the one money input, in the other
                # currency as in its own (no other input's cue naming it)
                sums = [q for q in quantities if q.unit in _MONEY_UNITS
                        and not any(a <= q.span[0] < b for a, b in claims)]
                # (not a sum named as another thing: "平台自己营收1200万元" beside the firms' trade — NB064)
                if (len(sums) == 1 and sums[0].unit == unit and not _named_for_other(text, sums[0], spec, rulebook)
                        and not _named_other(text, sums[0], spec)
                        and not _loose_numbers(text, [q.span for q in parsed] + claims,
                                               set(stated_rates(text).values()))):
                    found = sums  # ("一共6000美元 外加1500": a number no figure reads, the sums unsure)
            if len(found) != 1:
                continue
            facts[spec.name] = wrap(found[0].value, _money_words(found[0]))
            for name, value in list(facts.items()):  # a figure now taken is no longer "left out" of another
                if isinstance(value, Chosen) and any(found[0].raw in w for w in value.left_out):
                    kept = tuple(w for w in value.left_out if found[0].raw not in w)
                    facts[name] = Chosen(value, value.words, kept) if kept else Decimal(value)
    for kind, unit, wrap in (("money_cny", "USD", InDollars), ("money_usd", "CNY", InYuan)):
        for spec in specs:  # "总投资800万元搞扩产…这一年租金12万美元（按1美元=7.1元折算）": the figure in the other
            # currency its cue names right before it, over one of the input's currency another sentence names loosely
            if spec.kind == kind and spec.name in assigned and isinstance(facts.get(spec.name), Decimal):
                held = quantities[assigned[spec.name]]
                owners = [s for s in specs if s.kind == _CURRENCY_KIND[unit]]
                found = [q for q in quantities if q.unit == unit and not any(a <= q.span[0] < b for a, b in claims)
                         and _nearer_than_owners(text, q, spec, owners, set())]
                if len(found) == 1 and _named_more_closely(text, found[0], held, list(spec.cues), subject):
                    facts[spec.name] = wrap(found[0].value, found[0].raw)
    money = [s for s in specs if s.kind in _MONEY_KINDS]
    for spec in money:  # "每个展位费6000欧元": a third currency's figure, this input's if nearer its cue than others'
        if spec.name in facts:
            continue
        free = [q for q in quantities if q.unit == "FX" and not any(a <= q.span[0] < b for a, b in claims)]
        found = [q for q in free if _nearer_than_owners(text, q, spec, [s for s in money if s is not spec], set())]
        if not found and len(money) == 1 and len(free) == 1 and not any(
                q.unit in _MONEY_UNITS and q.unit != "FX" for q in quantities):
            found = free  # "两个展位一共6万欧元": the one sum of money said, for the one money input (as a yuan one is)
        if len(found) == 1:
            facts[spec.name] = _in_its_currency(found[0])
    for spec in money:  # "年费29800元 推广运营费15000美元": an input that adds its parts, some in other currencies
        if getattr(spec, "sums", False):
            mixed = _mixed_parts(text, spec, facts, quantities, claims, specs)
            if mixed is not None:
                facts[spec.name] = mixed
    for spec in money:  # "建设费用包括设备5万美元 装修20万港币 货架8万人民币": the parts the cost is said to include
        if not getattr(spec, "sums", False) and spec.name in facts:
            included = _included_parts(text, spec, quantities)
            if included is not None:
                facts[spec.name] = included
    asked = _asked_year(text)
    for spec in specs:  # "2024年线上交易额是2900万…2025年度能拿多少": a year's flow of another year than the one asked
        index = assigned.get(spec.name)
        if (asked and index is not None and _YEARLY_LABEL.search(str(spec.label))
                and type(facts.get(spec.name)) is Decimal
                and facts[spec.name] == quantity_value(spec.kind, quantities[index])):
            facts = _of_the_year_asked(text, asked, spec, index, quantities, taken, facts)
    for spec in specs:  # "去年进出口总额3600万元 前年2800万": a yearly flow of several years, none asked: the latest
        if asked is None and _YEARLY_LABEL.search(str(spec.label)) and isinstance(facts.get(spec.name), Competing):
            latest = _latest_year(text, facts[spec.name], spec, quantities)
            if latest is not None:
                facts[spec.name] = latest
    for spec in specs:  # "注册了3个类别 每个类别费用8600元": a total over counted units, for an input that totals
        if getattr(spec, "sums", False) and spec.kind in _MONEY_KINDS and spec.name in facts:
            facts[spec.name] = _per_each_total(text, facts[spec.name], quantities)
    for spec in specs:  # "月租6万…正好一年", "每个月线上交易额七百万 全年12个月": the rate times the year
        # (a leased thing's monthly rent over the firm's "总投资2000万": the rent, where the thing is leased)
        invested = (spec.name in assigned and isinstance(facts.get(spec.name), Decimal)
                    and _INVESTED.search(_label(text, quantities[assigned[spec.name]])) and _LEASED.search(text))
        if (spec.name not in facts or invested) and spec.kind in (*_MONEY_KINDS, "count"):
            alone = sum(1 for other in specs if other.kind == spec.kind) == 1
            stated = _year_said_after_rate(text, parsed + bare_quantities(text, parsed), spec, claims, alone)
            if stated is not None and spec.name not in facts:
                facts[spec.name] = stated
                continue
            total = _over_the_year(text, parsed + bare_quantities(text, parsed), spec, claims, alone)
            if total is None and spec.name not in facts:
                total = _foreign_over_the_year(text, parsed, spec, claims)
            if total is not None:
                facts[spec.name] = total
        elif (spec.kind in _MONEY_KINDS and type(facts.get(spec.name)) in (Decimal, Chosen)
              and (halves := _halves_total(text, parsed + bare_quantities(text, parsed), spec, facts[spec.name]))):
            # "上半年1800万 下半年2200万": the year's, not its first half's (nor the first figure after the year
            # asked: "2023年上半年进出口2000万 下半年3000万")
            facts[spec.name] = halves
        elif (spec.kind == "count" and "全年" in str(spec.label) and isinstance(facts.get(spec.name), Competing)
              and (halves := _year_in_parts(text, _counted_in(str(getattr(spec, "unit", "") or ""))))):
            facts[spec.name] = halves  # "上半年飞了8班 下半年9班": the year's flights, both halves
        elif getattr(spec, "sums", False) and spec.kind in _MONEY_KINDS and type(facts.get(spec.name)) in (
                Decimal, Summed):
            whole = _with_part_over_the_year(text, parsed, spec, claims, facts[spec.name],
                                             quantities[assigned[spec.name]].raw
                                             if spec.name in assigned else str(facts[spec.name]))
            if whole is None:
                del facts[spec.name]  # a part per month over months not said: the total is asked
            else:
                facts[spec.name] = whole
    taken_from = False
    for name, some in set_apart.items():  # "三个新建独立站…有一个域名挂在关联公司名下": the count less those
        kinds = [n for n in input_names if n in facts and rulebook.inputs[n].kind == "count"
                 and str(getattr(rulebook.inputs[n], "unit", "") or "") in ("个", "家", "处") and type(facts[n]) is int]
        for n in kinds:  # ("三个新建独立站…其中一个域名是服务商的": the 一个 set apart read as the count — the whole is
            # the largest count of that unit said)
            whole = max((_count_said(c.group(0)) or 0 for c in re.finditer(
                rf"(?:\d+|[一两二三四五六七八九十]+)\s*{rulebook.inputs[n].unit}", text)), default=0)
            if facts[n] == some and whole > some:
                facts[n] = whole
        counts = [n for n in kinds if facts[n] > some]
        if len(counts) == 1:
            facts[counts[0]] = Remainder(Decimal(facts[counts[0]] - some), f"{facts[counts[0]]} − {some}")
            facts[name] = True
            taken_from = True
        elif name not in of_firms_counted:
            facts[name] = False  # (no count to take them from: as said, the kind is ruled out)
        # (some of the firms counted said to be another city's say nothing more of another local input — the
        # applicant's own registration — nor, with the count told in another message, of the kind: the count
        # is taken from there, engine._added)
    if taken_from:
        facts = {k: v for k, v in facts.items() if not (k in of_firms_counted and v is False)}
    for name in input_names:  # "学员跟企业签的都是半年的合同": none of them meets the qualifier
        # (not "其中11家实现了零突破，另外3家以前就有进出口": said of some of them, counted apart)
        matches = [m for p in _implied_zero_patterns().get(name, ()) for m in compiled(p).finditer(text)]
        if any((not _some_before(_phrase_before(text, m.start())) and not _the_rest(_phrase_before(text, m.start())))
               or _ALL_OF_THEM.match(m.group(0)) or _NONE_REACH.match(m.group(0)) for m in matches):
            facts[name] = 0
            continue
        # "签了合同的有90人，其中20人合同期只有半年": those fail the qualifier, the rest meet it
        # (only from the whole: "14家…其中11家实现了零突破，另外3家以前就有进出口" counts 11, already less the 3)
        less = some_failing(text, name)
        counted = [_count_said(c.group(0)) for c in _COUNT_OF_UNIT.finditer(text)]
        subgroups = {_count_said(c.group(0)) for c in _SOME_COUNTED.finditer(text)  # ("其中4家是合肥的")
                     if c.group(0).startswith(("其中", "另外", "另"))}
        whole = facts.get(name)
        first = re.match(r"\d+", whole.words) if isinstance(whole, Remainder) else None
        start = int(first.group(0)) if first else whole
        if (less > 0 and (type(whole) is int or isinstance(whole, Remainder))
                and isinstance(start, int) and whole > less and not _more_besides_all_met(text)
                and ((start >= max((c for c in counted if c is not None), default=0) and start not in subgroups)
                     or _part_of_it(text, start, less))):
            # ("12家…其中4家是合肥的 另外有1家以前就有进出口": 12 − 4, then − 1; never those taken off already)
            words = whole.words if isinstance(whole, Remainder) else str(whole)
            if not re.search(rf"−\s*{less}(?!\d)", words):
                facts[name] = Remainder(Decimal(whole) - less, f"{words} − {less}")
        elif (less > 0 and type(whole) is int and whole == less and whole in subgroups
              and (most := max((c for c in counted if c is not None), default=0)) > less):
            # ("今年新招了12家…其中3家其实去年就在平台上了 不是今年新招的": the cue's word said of the 3 read them
            # as the count — they are the ones set apart from the 12)
            facts[name] = Remainder(Decimal(most) - less, f"{most} − {less}")
    for name in input_names:  # "其中6家是合肥的 4家是六安的": the count said to be the city's own is this city's firms
        spec = rulebook.inputs.get(name)
        if home and spec is not None and spec.kind == "count" and "本市" in str(spec.label):
            groups = _counts_by_place(text)
            own = {int(n) for n, place in groups if n is not None and (place.startswith(home) or place in _OWN_PLACE)}
            # (only where the counts compete or none was read: "其中13家是六安本地企业…这13家里有11家…零突破" is
            # read as the 13 less those failing, BR044)
            failing = any(compiled(p).search(text) for p in _implied_zero_patterns().get(name, ()))
            elsewhere = any(not (place.startswith(home) or place in _OWN_PLACE) for _, place in groups)
            open_count = name not in facts or isinstance(facts[name], Competing)
            if len(own) == 1 and not failing and elsewhere and open_count:
                facts[name] = own.pop()
                for local in _data().get("local_subject", ()):  # (those counted are the city's own firms)
                    if facts.get(local) is False and local in input_names:
                        facts[local] = True
    for name, value in list(facts.items()):  # "面积0平 是云仓 虚拟的": no floor of its own, said so — below any area
        if (rulebook.inputs[name].kind == "area_m2" and type(value) is Decimal and value == 0
                and _NO_FLOOR.search(text)):
            facts[name] = Below(Decimal(1), _BOUND_UNIT["area_m2"])
    for name, value in list(facts.items()):  # "客运航班飞了300班，…货机航线全年20班": the count of the thing ruled out
        if isinstance(value, Competing) and rulebook.inputs[name].kind == "count":
            kept = _not_ruled_out(text, value, [n for n in input_names if rulebook.inputs[n].kind == "bool"])
            if kept is not None:
                facts[name] = kept
    for name in input_names:  # "其中5家是六安的 3家是合肥的", "另外8家还没开单", "其余都是六安本地企业…": the groups
        spec = rulebook.inputs.get(name)
        if home and spec is not None and spec.kind == "count" and "本市" in str(spec.label):
            grouped = qualifying_count(text, name, home)
            if grouped is not None:
                facts[name] = grouped
    for name in input_names:  # "9610一单没有", "没有单家过亿的": none, said by the input's own specific word
        spec = rulebook.inputs.get(name)
        said = [m for p in _said_none_patterns(tuple(spec.cues)) for m in compiled(p).finditer(text)] \
            if spec is not None and spec.kind in ("count", "money_usd", "money_cny") else []
        # (the "一家" of "没有一家过亿" is no count of one)
        if said and (name not in facts or (facts[name] == 1 and any(re.search(r"一家|一个", m.group(0))
                                                                      for m in said))):
            facts[name] = 0
    for name, value in list(facts.items()):  # "仓库那年跨境电商进出口480万美元 公司整体出口有2000万美元"
        if (isinstance(value, Competing) and "跨境电商" in str(rulebook.inputs[name].label)
                and not _INCREASE_LABEL.search(str(rulebook.inputs[name].label))):  # (levels, not an increase — BR008)
            kept = _cross_border_named(text, value)
            if kept is not None:
                facts[name] = kept
    for name in [n for n in facts if rulebook.inputs[n].kind == "percent" and isinstance(facts[n], Decimal)
                 and re.search(r"(?<!进)出口", str(rulebook.inputs[n].label))]:
        # "跨境电商进出口2023年150万美元，2024年增长了30%": the growth of imports and exports together, the trade the
        # sentence names last before the rate — no rate of exports alone (NB161)
        rates = [q for q in _quantities_of(text) if q.unit == "percent" and q.value == facts[name]]
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, rates[0].span[0])), default=0) if rates else 0
        trades = re.findall(r"进出口|出口", text[start:rates[0].span[0]]) if len(rates) == 1 else []
        if trades and trades[-1] == "进出口":
            del facts[name]
    for name in [n for n in facts if _YEARLY_LABEL.search(str(rulebook.inputs[n].label))
                 and rulebook.inputs[n].kind in _MONEY_KINDS and type(facts[n]) is Decimal]:
        # "落户以来累计跨境进出口6000万美元", "这三年一共出口了300万美元": a sum over a span of years, no year's own
        # (QB111: 6000万美元 read as the first full year's, 300万 shown)
        said = [q for q in _quantities_of(text) if q.value == facts[name] and q.unit in ("CNY", "bare", "USD")]
        if said and all(_OVER_YEARS_BEFORE.search(_CUSTOMS_CODE.sub("    ", text[max(0, q.span[0] - 20):q.span[0]]))
                        for q in said):
            del facts[name]
    for name in [n for n in facts if rulebook.inputs[n].kind == "percent" and isinstance(facts[n], Decimal)
                 and "增长" in str(rulebook.inputs[n].label)]:
        # "跨境电商占我们出口的30%", "占比30%": a share of a whole, never a rate of growth (QB160: read as 30% growth)
        rates = [q for q in _quantities_of(text) if q.unit == "percent" and q.value == facts[name]]
        if rates and all(_SHARE_BEFORE.search(text[max(0, q.span[0] - 14):q.span[0]]) for q in rates):
            del facts[name]
    for name in [n for n in facts if _LOCAL_LABEL.search(str(rulebook.inputs[n].label))
                 and rulebook.inputs[n].kind in _MONEY_KINDS]:
        # "服务的企业在线交易额一共3个亿 本地外地企业都有": a sum over firms here and elsewhere is no local firms' own
        # sum — their part asked for (NB146: 300万 paid on the whole)
        if _LOCAL_AND_ELSEWHERE.search(text) and not _LOCAL_SUM_SAID.search(text):
            del facts[name]
    return facts


_LOCAL_AND_ELSEWHERE = re.compile(r"(?:本地|本市)(?:的)?(?:和|跟|与|、|\s)*(?:外地|外市)(?:的)?(?:企业|公司|客户|商家)?"
                                  r"(?:都有|也有|都包括|都算)"
                                  r"|(?:包括|含|包含|也有)(?:了)?(?:一些|部分|不少)?(?:外地|外市)"
                                  r"|(?:有|既有)(?:本地|本市)(?:的)?(?:企业)?(?:也有|又有)(?:外地|外市)")
_LOCAL_SUM_SAID = re.compile(r"(?:其中|本地|本市)(?:企业|的|部分)?[^，,。；;\d]{0,16}?\d")


_WHOLE_FIRM = re.compile(r"整体|全部|总(?:的|共)?|全公司|公司(?:的)?(?:整体|全年|总)?")


def _cross_border_named(text: str, value: Competing) -> Decimal | None:
    """Of figures competing for a 跨境电商 trade input, the one figure named as cross-border trade where every other is
    named as the firm's whole trade ("公司整体出口有2000万美元"): that one (MA054: asked, though the warehouse's own
    480万 decides the case); None otherwise."""
    named = []
    ends = [0]
    for q in figures_in(text):
        start = max(_phrase_start(text, q.span[0]), max(e for e in ends if e <= q.span[0]))
        ends.append(q.span[1])
        if q.value in value.values:
            words = text[start:q.span[0]]
            named.append((q.value, "跨境" in words, bool(_WHOLE_FIRM.search(words)) and "跨境" not in words))
    cross = [v for v, c, _ in named if c]
    whole = [v for v, _, w in named if w]
    if len(cross) == 1 and len(cross) + len(whole) == len(named) == len(value.values):
        return Decimal(cross[0])
    return None


# (only a cue that names its thing exactly, by a code or a level: "9610", "过亿" — not "出口", which "没有出口增长"
# would zero)
_NONE_AFTER_CUE = (r"(?:项下|业务|出口|模式)?\s*(?:一单|一笔|一票|一家|一个)\s*(?:都|也)?\s*(?:还)?\s*(?:没有|没)"
                   r"(?![^，,。；;！!？?\s]{0,3}\d)")
_NONE_BEFORE_CUE = r"(?:没有|没)\s*(?:单家|一家|哪家|哪一家|一个)\s*(?:企业)?\s*(?:能|是)?\s*"


@lru_cache(maxsize=256)
def _said_none_patterns(cues: tuple[str, ...]) -> tuple[str, ...]:
    exact = [c for c in cues if re.search(r"\d|亿", c)]
    return tuple(p for c in exact for p in (re.escape(c) + _NONE_AFTER_CUE, _NONE_BEFORE_CUE + re.escape(c)))


_ALL_DID = re.compile(r"(?:都|全部|全都|均)(?:已经|已)?(?:实现|做到|达到|完成|出单|有)")
_MORE_BESIDES = re.compile(r"(?:另外|此外|另有)(?:还)?(?:有)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*(?:家|个|人|名)")


def _part_of_it(text: str, whole: int, part: int) -> bool:
    """Whether the part is said to be inside the count read, after it ("其中130人…签了劳动合同，不过里面20人签的是半年
    的实习合同": 20 of the 130, though 180 were counted before them)."""
    inner = re.search(rf"(?:其中|里面|这里面|当中|这些人里)\s*(?:有|的)?\s*{part}\s*(?:家|个|人|名)", text)
    return inner is not None and re.search(rf"(?<!\d){whole}\s*(?:家|个|人|名)", text[:inner.start()]) is not None


def _more_besides_all_met(text: str) -> bool:
    """"今年新招了9家…都实现了零突破，另外还有3家招来了但还没出单": those counted all meet the qualifier, and the
    failing ones are more besides them — none of the count is taken off."""
    found = _ALL_DID.search(text)
    return found is not None and _MORE_BESIDES.search(text, found.end()) is not None


def some_failing(text: str, name: str) -> int:
    """How many of those counted the message says fail the input's qualifier ("另外有1家以前就有进出口"), or 0."""
    some = {_count_said(c.group(0)) for p in _implied_zero_patterns().get(name, ()) for m in compiled(p).finditer(text)
            if not _ALL_OF_THEM.match(m.group(0)) for c in [_some_before(_phrase_before(text, m.start()))]
            if c is not None}
    return some.pop() or 0 if len(some) == 1 and None not in some else 0


_ALL_OF_THEM = re.compile(r"都|全|均|一个也|一个都")  # ("200人 都是跟企业签的半年的合同": all of them)
# ("但这5家以前就有进出口了": those counted, pointed back at — all of them, not some)
_SOME_RIGHT_BEFORE = re.compile(r"(?<![这那些\d一两二三四五六七八九十])(?:\d+|[一两二三四五六七八九十]+)\s*"
                                r"(?:家|个|人|名)\s*(?:都|也|则|却)?\s*$")


def _some_before(words: str) -> re.Match | None:
    """Some of those counted, named before a qualifier failing ("其中20人", "另外2家", "，2家还没出单")."""
    found = list(_SOME_COUNTED.finditer(words))  # (the one nearest the qualifier: "其中4家是合肥的 另外有1家…")
    some = found[-1] if found else _SOME_RIGHT_BEFORE.search(words)
    return None if some is not None and _the_rest(words) else some


def _the_rest(words: str) -> bool:
    """Whether the words before a qualifier failing name those who met it, then the rest ("其中17家实现了零突破
    其他的还没出单"): the failing ones are the rest, no count of theirs and not all of them."""
    if _REST_RIGHT_BEFORE.search(words):  # ("…签了劳动合同的120人 其他的是签的实习协议")
        return True
    found = list(_SOME_COUNTED.finditer(words)) or list(_SOME_RIGHT_BEFORE.finditer(words))
    return bool(found) and _MET_BETWEEN.search(words, found[-1].end()) is not None


_REST_RIGHT_BEFORE = re.compile(r"(?:其他|其余|剩下|剩余)(?:的)?(?:人|学员|学生|企业|家)?"
                                r"\s*(?:都|则|也)?\s*(?:是)?\s*$")


_MET_BETWEEN = re.compile(r"实现|做到|完成|达到|有了|已经有|都有|零突破|出了单|出单了|其他|其余|剩下|另外的")


# "4家是六安的", "6家是合肥的企业", "3家来自本地": firms counted by where they are
_BY_PLACE = re.compile(r"(\d+|[一两二三四五六七八九十]+)\s*家(?:企业|公司)?\s*(?:是|为|属于|来自|在)\s*"
                       r"([\u4e00-\u9fff]{2,4}?)(?:市|本地|当地)?(?:的|企业|公司)")
_OWN_PLACE = ("本地", "本市", "我市", "我们市", "当地", "市内")


def _counts_by_place(text: str) -> list[tuple[int | None, str]]:
    """(count, place) of each group of firms said by where they are."""
    return [(_count_said(m.group(1)), m.group(2)) for m in _BY_PLACE.finditer(text)]


# groups of the firms counted, each told by its own phrase: "其中5家是六安的", "另外有2家是合肥的企业", "其余都是…"
_GROUP_PHRASE = re.compile(r"[^，,。；;！!？?\s（(）)]+")
_FIRMS = re.compile(r"(?<![\d.第])(\d+|[一两二三四五六七八九十]+)\s*家")
_GROUP_LEAD = re.compile(r"^(?:但是?|不过|可是|而且|并且)?(?:其中|另外|另|还有|有|里面|这里面|当中)")
_REST_LEAD = re.compile(r"^(?:但是?|不过|可是)?(?:其余|其他|其它|剩下|剩余)(?:的)?")
_RECRUITED = re.compile(r"招|引进|引入|入驻|上平台|上了平台|拉了|拉来")
# (a group said to be the city's own: "是六安的", "六安本地企业"; of another place: "是合肥的", "外地的")
# (firms recruited besides those counted: "还招了2家", "也上了平台")
_ALSO_ADDED = re.compile(r"(?:还|也|又|另外)\s*(?:招|拉|引进|引来|引|上了?平台|入驻|签了)")
# (the firms' own place, not the trade's: "本地企业", "是本市的" — not "本地进出口实绩")
_OWN_FIRMS = re.compile(r"(?:本地|本市|我市|当地|市内)(?:的)?(?:企业|公司|商户)|是(?:本地|本市|我市|当地)的")
_PLACED_ELSEWHERE = re.compile(r"外地|外市|外省|市外|省外|不是本地|不是本市")
_BROKE_THROUGH = re.compile(r"(?<![没未])(?:实现了?|做到了?|完成了?)[^，,。；;！!？?\s]{0,8}?零突破"
                            r"|(?<![没未还])(?:开单了|出单了|有了进出口)|(?<![没未还现])零突破了")


def qualifying_count(text: str, name: str, home: str) -> int | Remainder | None:
    """The firms of those counted that the input counts, where the message tells them in groups, each by its own
    phrase ("新招引了8家企业 其中5家是六安的 3家是合肥的 都实现了零突破": 5; "招了12家…其中3家还没有出单…另外有2家是
    合肥的企业，其余都是六安本地企业并实现了…零突破": 12 − 3 − 2): a group that fails the input's qualifier (another
    place, no breakthrough: implied_zero_patterns) is left out, the one group said to meet it is the count, "其余" are
    the whole less the other groups. None where the message tells no group, or groups that may overlap (two said to
    meet it in different words: "13家是六安本地企业…这13家里有11家零突破")."""
    from assistant.places import other_city_alternation, policy_city_names

    others = compiled(other_city_alternation(*(c for c in policy_city_names() if c != home)))
    failing = [compiled(p) for p in _implied_zero_patterns().get(name, ())]
    whole: int | None = None
    whole_own = False  # the whole said to be the city's own firms
    groups: list[tuple[int | None, bool | None, str]] = []  # (count or None for the rest, meets it?, words)
    phrases = [m.group(0) for m in _GROUP_PHRASE.finditer(text)]
    for at, phrase in enumerate(phrases):
        count = _FIRMS.search(phrase)
        # ("9家…都实现了零突破，另外还有3家招来了但还没出单": more firms besides those counted, all of whom met it)
        if count is not None and (_ALSO_ADDED.search(" ".join(phrases[at:at + 2]))
                                  or (_MORE_BESIDES.search(phrase) and _more_besides_all_met(text))) \
                and (whole is not None or groups):
            # ("…7家六安本地企业 …还有2家是合肥的企业 也上了平台", "另外还招了2家合肥的企业": firms recruited besides
            # those counted, none of them — AM058)
            fails = any(p.search(phrase) for p in failing) or bool(others.search(phrase)) \
                or bool(_PLACED_ELSEWHERE.search(phrase))
            if not fails:
                return None
            continue
        rest = _REST_LEAD.match(phrase)
        if count is None and rest is None:
            if groups and any(p.search(phrase) for p in failing) and not _ALL_OF_THEM.search(phrase):
                groups[-1] = (groups[-1][0], False, groups[-1][2] + phrase)  # ("…3家 还没开单": the group's words)
            continue
        if count is not None and not _GROUP_LEAD.match(phrase) and rest is None and _RECRUITED.search(phrase) \
                and whole is None and not groups:
            whole = int(parse_number(count.group(1)) or 0)
            whole_own = home in phrase or bool(_OWN_FIRMS.search(phrase))
            continue
        if count is not None and rest is None and not _GROUP_LEAD.match(phrase) and not groups and whole is None:
            continue  # (a count before the whole and any group that is no whole: "平台服务了20家")
        fails = (any(p.search(phrase) for p in failing) or bool(others.search(phrase))
                 or bool(_PLACED_ELSEWHERE.search(phrase))
                 # ("其中有3家不是六安的": the home denied)
                 or bool(re.search(rf"(?:不是|并非|不属于|非)\s*{re.escape(home)}", phrase)))
        if fails and whole_own and (others.search(phrase) or _PLACED_ELSEWHERE.search(phrase)):
            continue  # ("新招引六安企业3家 还有2家是合肥的企业": the 3 all the city's own, the others besides)
        meets = not fails and (home in phrase or bool(_OWN_FIRMS.search(phrase)) or bool(_BROKE_THROUGH.search(phrase)))
        groups.append((None if rest is not None else int(parse_number(count.group(1)) or 0),
                       False if fails else True if meets else None, phrase))
    if not groups or all(g[1] is None for g in groups):
        return None
    told = sum(g[0] or 0 for g in groups)
    if whole is not None and told > whole:
        return None
    rest_groups = [g for g in groups if g[0] is None]
    if len(rest_groups) > 1 or (rest_groups and whole is None):
        return None
    meeting = [g for g in groups if g[1]]
    if len(meeting) > 1:
        return None  # (groups said to meet it in different words may be the same firms)
    if meeting and meeting[0][0] is not None:
        return meeting[0][0]
    if whole is None:
        return None
    left_out = [g[0] for g in groups if g[0] is not None and g[1] is False]
    if meeting or (left_out and all(g[1] is False for g in groups if g[0] is not None)):
        words = " − ".join([str(whole), *(str(n) for n in left_out)])
        return Remainder(Decimal(whole - sum(left_out)), words) if left_out else whole
    return None


_COUNT_OF_UNIT = re.compile(r"(?:\d+|[一两二三四五六七八九十]+)\s*(?:家|人|名)")


def _count_said(words: str) -> int | None:
    """The number in "其中20人", "有三家"."""
    found = re.search(r"\d+|[一两二三四五六七八九十]+", words)
    if found is None:
        return None
    value = parse_number(found.group(0))
    return int(value) if value is not None else None


# "没有过亿的", "没有一家上亿": none reaches the figure, whatever count is said before it ("实绩企业15家 没有过亿的")
_NONE_REACH = re.compile(r"(?:没有|没)(?:一家|一个)?(?:[上过破超达]|超过|达到|做到)")
_SOME_COUNTED = re.compile(r"(?:其中|另外|另|还有|有)\s*(?:\d+|[一两二三四五六七八九十]+)\s*(?:家|个|人|名)")
_INVESTED = re.compile(r"投资|投入")
_LEASED = re.compile(r"租(?:了|的|赁|用|下)")
_YEAR_CONTRACT = re.compile(r"签订1年以上")
# "能不能按洲际航线每班30万算", "想按重点展会报": a kind asked to be counted as, not said to be
_REQUESTED_AS = re.compile(r"(?:能不能|可不可以|能否|可否|可以|想|要求|希望|非要|坚持)\s*按(?:照)?"
                           r"[^，,。；;！!？?]{1,16}?(?:来)?(?:算|报|计算|申报|给|认定)"
                           # ("每班能按亚洲区域20万补吗": a kind hoped to be paid as, asked)
                           r"|(?:能|可以|可)\s*按(?:照)?[^，,。；;！!？?]{1,16}?(?:补|给|拿|奖|算)\s*(?:吗|么|嘛|不|没)"
                           # ("我们自建的…租赁才要500平": another kind's rule restated, no kind of the case)
                           r"|(?:租赁|租的|租用|自建|建的|合作)(?:的话|的)?\s*(?:才|只|也就|就)\s*(?:要|需|需要|要求)"
                           # ("新加坡那么远算洲际吧", "应该算洲际的吧", "算不算洲际": a kind guessed, no fact)
                           r"|(?:应该|估计|大概|可能)?\s*算(?:不算|是)?\s*[^，,。；;！!？?\s\d]{1,8}?(?:的)?\s*(?:吧|吗|么|不|？|\?)")
# "5000万 线上线下都有", "含线下门店的": a total that holds offline sales
_WITH_OFFLINE = re.compile(r"线上线下|线下(?:也|都)有|(?:含|包括|包含|加上)(?:了)?线下|还有线下")
# "3000万（是美元还是人民币我得问下财务）": a figure whose currency the speaker does not know
_CURRENCY_UNSURE = re.compile(r"(?:是)?(?:美元还是人民币|人民币还是美元|美金还是人民币|人民币还是美金)"
                              r"|币种(?:不确定|不清楚|待确认)")
# "12个业务员", "5个员工": the people counted right after the figure
# (not "4期人才培训": 人才 is what is trained, no people counted — LT099)
_PEOPLE_COUNTED = re.compile(r"\s*(?:的)?(?:业务员|员工|工作人员|人员|同事|销售人员|销售|翻译|工人|老师|客户|人(?!才))")
# "学员只跟企业签了半年合同", "学生都只签了3个月": every one of them held short of a year (no count said)
_SHORT_TERM = (r"(?:半年|(?<![\d.])(?:1[01]|[1-9])\s*个?月"  # under twelve months ("18个月" is a year and a half)
               r"|(?<![十\d])(?:十一|十|[一二三四五六七八九两])个?月"
               # "签的不到一年", "签了不满1年", "一年以下的"
               r"|(?:不到|不满|不足|未满|没满|少于|低于)\s*(?:1|一)\s*(?:个)?\s*年|(?:1|一)\s*年以下|(?:1|一)\s*年以内)")
# (within the people's own words: "其余签的半年" after "160人" is the others', not theirs)
_TO_SIGNING = re.compile(r"^(?:人|名|个)?\s?(?:都|只|仅|则)?(?:跟|与|和)?[^，,。；;\d\s其剩另]{0,6}?(?=签|没|未)")
_SIGNED_SHORT = rf"(?:签|签订|签约)(?:的|了)?(?:是)?{_SHORT_TERM}"  # "签的半年", "签了3个月" (both readings below)
_SHORT_SIGNED = re.compile(rf"{_SIGNED_SHORT}|没签|未签|没有签")


_SIGNING_AFTER = re.compile(r"(?:人|名|个)?[^，,。；;\d\s]{0,14}?签")  # ("150人跟运城的跨境电商企业签了一年的…")


# "签了一年以上合同的一百二十个", "其中签订劳动合同的120人": the people said by their signing, after a total
_SIGNED_BEFORE = re.compile(r"(?:签|签订|签约)[^，,。；;]{0,12}?的\s*(?:有|是|为)?\s*$")


_SUBSET_BEFORE = re.compile(r"(?:里|里面|其中|当中)\s*(?:有|的)?\s*$")
_SUBSET_IS = re.compile(r"\s*(?:个|名|人|家)?\s*(?:是|为|来自|属于)([^，,。；;！!？?]{1,12})")


def _subset_of_another_kind(text: str, quantity: Quantity, spec) -> bool:
    """Whether a count is of some of those counted, said to be something none of the input's words names ("学员里有20个
    是运城本地户籍" for those who signed a contract): no count of the input (MR030)."""
    said_as = _SUBSET_IS.match(text, quantity.span[1])
    if str(getattr(spec, "unit", "") or "") not in ("人", "名"):
        return False  # (people only: "那6家里有1家是外地企业" sets firms apart, their own reading — HW350)
    return bool(_SUBSET_BEFORE.search(text, max(0, quantity.span[0] - 6), quantity.span[0]) and said_as
                and not any(c in said_as.group(1) for c in spec.cues if len(c) > 1))


def _signed_subset(text: str, quantities: list[Quantity]) -> int | None:
    """The index of the one count of people named by their signing right before it, where another count of
    people is said too (the total they are part of); None otherwise."""
    people = [i for i, q in enumerate(quantities) if q.word in ("人", "名", "个") and q.unit in ("count", "people")]
    signed = [i for i in people if _SIGNED_BEFORE.search(text, max(0, quantities[i].span[0] - 16),
                                                         quantities[i].span[0])
              # "最后210人跟企业签了一年以上劳动合同": the signing said right after them
              or _SIGNED_A_YEAR_AFTER.match(text, quantities[i].span[1])]
    return signed[0] if len(signed) == 1 and len(people) > 1 else None


_SIGNED_A_YEAR_AFTER = re.compile(r"(?:人|名|个)?(?:都|均)?(?:跟|与|和)?[^，,。；;\d\s]{0,12}?"
                                  r"(?:签|签订|签约)了?(?:的)?"
                                  r"(?:[^，,。；;\d\s]{0,4}?)(?:一年|1年|两年|2年|三年|3年|一年半)(?:以上|及以上|或以上)?")


def _held_short(text: str, quantity: Quantity, spec) -> bool:
    """Whether a count of people is said of those whose contract falls short of the year the input counts
    ("其余30人签的半年", "另外20人没签"): they are no rival of those who signed a year or more."""
    if spec.kind != "count" or not _YEAR_CONTRACT.search(str(spec.label)):
        return False
    after = text[quantity.span[1]:quantity.span[1] + 14]
    if after[:1].isspace() and re.search(r"\d\s*(?:人|名)", text[quantity.span[1]:quantity.span[1] + 20]):
        after = ""  # ("签一年以上合同的180人 签半年合同的50人": over a space, the next group's own words)
    # ("签半年合同的50人": the short contract said first, of those counted right after it)
    return bool(_SHORT_SIGNED.match(_TO_SIGNING.sub("", after))) or bool(
        _SHORT_SIGNED_BEFORE.search(text, max(0, quantity.span[0] - 14), quantity.span[0]))


_SIGNED_YEAR_BEFORE = re.compile(r"签(?:订|约)?(?:了|的)?(?:是)?(?:1|一)\s*年(?:以上|及以上|或以上)?(?:的)?(?:劳动)?"
                                 r"(?:合同)?(?:的)?(?:有|是)?\s*$")
_SHORT_SIGNED_BEFORE = re.compile(rf"{_SIGNED_SHORT}(?:的)?(?:劳动)?(?:合同)?(?:的)?(?:有|是)?\s*$")


_ALL_SHORT_CONTRACT = re.compile(r"(?:学员|学生|培训人员|人员|他们)(?:都|全都|全部)?(?:只|仅|才)(?:跟|与|和)?"
                                 rf"[^，,。；;\d]{{0,6}}?{_SIGNED_SHORT}"
                                 # "劳动合同签的是半年的", "合同都只签了3个月"
                                 rf"|(?<![另有\d])(?:劳动)?合同(?:都|全)?(?:只|仅)?(?:签的|签了|签)?(?:都|全)?(?:只)?(?:是|为|只有)?"
                                 rf"{_SHORT_TERM}"
                                 # "80个学员 和跨境企业签的是6个月的劳动合同": the trainees', no group of them counted
                                 rf"|(?<![\d人名个])\s?(?:和|跟|与)(?:跨境(?:电商)?)?(?:企业|公司|用人单位)"
                                 rf"[^，,。；;\d]{{0,4}}?{_SIGNED_SHORT}"
                                 # "签的是6个月的劳动合同" said on its own (of those counted before)
                                 rf"|^\W*(?:他们|学员|学生|人员)?(?:都|全|全都)?{_SIGNED_SHORT}(?:的)?(?:劳动)?合同"
                                 # "学员60人，签的半年的 试用期那种", "合同签的多久？签的半年的": a fragment of its own,
                                 # of all those counted (MV043)
                                 rf"|(?:^|(?<=[，,。；;？?！!\s]))(?:都|全|全都)?{_SIGNED_SHORT}(?:的)?(?:劳动)?(?:合同)?"
                                 r"(?=[，,。；;？?！!\s]|$)"
                                 # "不过学生没签劳动合同，是去企业实习": none of them signed at all (MR034)
                                 r"|(?<![\d人名个另])(?:学员|学生|培训人员|人员|他们)?(?:都|全都|全部|也)?"
                                 r"(?:没有?|未|并没有?|都没)(?:跟|与|和)?[^，,。；;\d]{0,8}?(?:签|签订|签署)(?:过)?"
                                 r"(?:劳动)?合同")
_NONE_OF = re.compile(r"(?:没有|无|没)(?:任何)?(?:一家|一个|一所|哪家|哪一家|哪个|企业|公司)(?:企业|公司)?"
                      r"(?:能|能够|可以)?")
# a figure next (not a word that begins with 一: "一样的规模", "一起", "一共", "一直")
_FIGURE_NEXT = re.compile(r"\s*(?!一(?:样|起|共|下|并|直|般|定|些|点|切|旦|律|同|致|边|面))"
                          r"(?!六安|三亚|九江|十堰|七台河|五指山|二连浩特)"  # (a city named by a numeral: no figure)
                          r"[\d零〇一二两三四五六七八九十]")
# "单家最多的也才3000万", "最大的一家也就8000万": the largest one's figure, said as falling short
_LARGEST_ONLY = re.compile(r"(?:单家最多的|单家最高的|单家最大的|最大的|最多的|最高的|最好的|单家|单个企业)"
                           r"(?:一家|那家|企业)?"
                           r"[^，,。；;！!？?\d]{0,6}?(?:也|都)?(?:才|就|只有|只|不到|没到|没过|不过)\s*(?:有)?\s*"
                           # "其中最大的一家7000万": the largest one's figure said right after it
                           r"|(?:单家)?(?:最大|最多|最高)的(?:一家|那家)\s*(?:是|为|有|做了|做到|做到了)?\s*(?=\d)")


def _largest_only(text: str) -> Decimal | None:
    """The yuan figure said of the largest firm as falling short ("单家最多的也才3000万"), if any."""
    for match in _LARGEST_ONLY.finditer(text):
        piece = text[match.end():match.end() + 12]
        found = [q for q in parse_quantities(piece) + bare_quantities(piece, parse_quantities(piece))
                 if q.span[0] == 0 and q.unit in ("CNY", "bare")]
        if found:
            return Decimal(found[0].value)
    return None


_MONEY_KINDS = ("money_cny", "money_usd")


# verbs any trade figure is said with ("去年做了6万美元", "卖了300万"): they name no input of their own
_DID_WORDS = frozenset({"做了", "卖了", "成交"})


def _named_for_other(text: str, quantity: Quantity, spec, rulebook: RuleBook) -> bool:
    """Whether a money figure with none of this input's cues sits right after another money
    input's own cue (交易额, 进出口): the figure is that one's, whatever its currency."""
    if spec.kind not in _MONEY_KINDS:
        return False
    own = set(spec.cues)
    # ("进出口增量部分 折合人民币1080万": the figure converted is still that input's, its cue further off)
    reach = 14 if _CONVERTED_BEFORE.search(text, max(0, quantity.span[0] - 8), quantity.span[0]) else 6
    before = text[max(0, quantity.span[0] - reach):quantity.span[0]]
    return any(len(c) > 1 and c not in own and c not in _CURRENCY_WORDS and c not in _PAID_WORDS
               and c not in _DID_WORDS and not _COUNTING_CUE.match(c) and c in before
               for other in rulebook.inputs.values() if other.kind in _MONEY_KINDS and other.name != spec.name
               for c in other.cues)


# "另外还花了30万做独立站", "20万用在了参展上": what a sum was spent on, named right after it
_SPENT_ON = re.compile(r"\s*(?:(?:用来|用于|用在了?|花在了?|投在了?|拿来)\s*(?:做|搞|建|开|办|参加)?"
                       r"|(?:做|搞|建|开|办|参加|去))了?\s*([\u4e00-\u9fffA-Za-z0-9]{2,8})")


def _spent_on_other(text: str, quantity: Quantity, subject: Iterable[str], rulebook: RuleBook) -> bool:
    """Whether a money figure is said to be spent on what another measure pays for ("30万做独立站" beside a
    warehouse's cost) and on nothing of this measure's own: it neither competes for nor adds to the input."""
    if quantity.unit not in _MONEY_UNITS and quantity.unit != "bare":
        return False
    after = _SPENT_ON.match(text, quantity.span[1])
    # ("其中注册商标花了十几万": what it was spent on, named before its verb)
    before = _SPENT_ON_BEFORE.search(text, max(0, quantity.span[0] - 14), quantity.span[0])
    if after is None and before is None:
        return False  # (a verb says what it was spent on: "30万 独立站" alone is no such saying)
    # (named in the words people use: "参加广交会" is an exhibition's)
    named = expand_measure_words(after.group(1) if after is not None else before.group(1))
    named += " 展会" if _FAIR_NAMED.search(named) else ""
    own = {str(w) for w in subject}
    if any(w in named for w in own if len(w) > 1):
        return False
    return any(len(str(w)) > 1 and str(w) in named for m in rulebook.measures for w in m.keywords if str(w) not in own)


# fairs named by their own names ("参加广交会花了20万"): an exhibition's spending
_FAIR_NAMED = re.compile(r"广交会|进博会|服贸会|消博会|博览会|交易会")
_SPENT_ON_BEFORE = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:其中|另外|还)?(?:(?:19|20)\d{2}\s*年(?:度)?)?"
                              r"([\u4e00-\u9fffA-Za-z]{2,8}?)"
                              r"(?:花了|花费了?|用了|投了|投入了?)\s*(?:大概|大约|约)?\s*$")
_CONVERTED_BEFORE = re.compile(r"(?:折合|折算成?|约合|合计约|换算成?)(?:人民币)?\s*$")
_COUNTING_CUE = re.compile(r"^[一二两三四五六七八九十每单]+[个家位次期笔]?$")  # "一个展位": names no figure
_CURRENCY_WORDS = {"美元", "美金", "万元", "人民币", "万美元", "元", "usd", "rmb"}
# "两个展位一共交了3万块": a payment in general names no one input's figure (the warehouse's cost
# lists them among its cues, but a booth fee or a certification is paid the same way)
_PAID_WORDS = {"花了", "付了", "支付", "交了", "缴了", "缴纳", "花费", "费用"}


def _named_by_sibling(text: str, quantity: Quantity, distance: float, spec, specs: list) -> bool:
    """Whether another money input of the measure names a money figure right before it ("建设实际投资
    120万美元") while this input's cue stands further off: the figure is that input's (in another currency,
    converted), no rival of this one's ("进出口正好500万美元")."""
    if spec.kind not in _MONEY_KINDS or quantity.unit not in ("CNY", "USD"):
        return False
    return any(d is not None and d <= 1 < distance
               for other in specs if other is not spec and other.kind in _MONEY_KINDS
               for d in [_cue_distance(text, quantity, list(other.cues))])


def _nearest_owner(text: str, quantity: Quantity, rulebook: RuleBook) -> int:
    """The nearest cue distance any input of the rule book has for this figure: a figure that
    another input names more closely ("入驻企业40家" vs "有业绩的15家") belongs to that input,
    even where the measure at hand does not ask for it. Counts, areas and durations only."""
    if quantity.unit in ("CNY", "USD", "bare"):
        return _CUE_WINDOW  # money cues (花了, 投资) are too loose to give a figure away: ask instead
    distances = [d for spec in rulebook.inputs.values() if spec.kind in _KIND_UNITS
                 and quantity.unit in _KIND_UNITS[spec.kind]
                 for d in [_cue_distance(text, quantity, list(spec.cues))] if d is not None]
    return min(distances, default=_CUE_WINDOW)


def _beside_named(text: str, candidates: list[tuple[float, int, str]], quantities: list[Quantity],
                  rulebook: RuleBook) -> list[tuple[float, int, str]]:
    """A money figure named as another concept ("总投资800万") is no candidate for an input
    while another figure is named by the input's own noun ("实际建设费用260万"); otherwise it
    is still read (and competes, or is shown)."""
    out = []
    for candidate in candidates:
        _d, index, name = candidate
        spec = rulebook.inputs[name]
        if spec.kind in _MONEY_KINDS and _the_platforms_own(text, quantities[index], spec):
            continue
        if (spec.kind in _MONEY_KINDS and _other_concept(text, quantities[index], spec)
                and (any(n == name and not _other_concept(text, quantities[i], spec)
                         and _by_own_noun(text, quantities[i], spec) for _e, i, n in candidates if i != index)
                     or _rate_named(text, spec))):
            continue  # ("月租4.2w 押金三个月12.6w 增值税交了2w多": the input's own figure is its rate per month)
        if (spec.kind == "count" and _other_concept(text, quantities[index], spec)
                and any(n == name and not _other_concept(text, quantities[i], spec)
                        for _e, i, n in candidates if i != index)):
            continue  # "在校生8000人 … 培训了180人": a head count of another thing, beside the input's own
        out.append(candidate)
    return out


def _monthly_rates(text: str, spec) -> list[Quantity]:
    """The figures a message says per month of the input, each named by the input's own word ("月租4.2w")."""
    parsed = parse_quantities(text)
    cues = [c for c in spec.cues if len(c) > 1]
    return [q for q in parsed + bare_quantities(text, parsed) if fits_kind(spec.kind, q) and per_month(text, q)
            and (d := _cue_distance(text, q, cues)) is not None and d <= 4]


def monthly_rate(text: str, spec) -> Quantity | None:
    """The one figure a message says per month of the input, named by its own word ("每月租金9万"), or None; for a
    yuan input, one in another currency too ("月租4200美元": kept in it, converted where the sum is read)."""
    found = [q for q in _monthly_rates(text, spec) if not per_area(text, q)]
    if spec.kind == "money_cny" and not found:
        cues = [c for c in spec.cues if len(c) > 1]
        found = [q for q in parse_quantities(text) if q.unit in ("USD", "FX") and per_month(text, q)
                 and not per_area(text, q) and (d := _cue_distance(text, q, cues)) is not None and d <= 4]
    return found[0] if len(found) == 1 else None


def monthly_area_rate(text: str) -> Quantity | None:
    """The one figure a message says per square metre per month ("租金每平每月120元", "每月每平方米3.5美元"), or
    None."""
    parsed = parse_quantities(text)
    found = [q for q in parsed + bare_quantities(text, parsed) if q.unit in ("CNY", "bare", "USD", "FX")
             and per_area(text, q) and _period_of(text, q) == 1]
    return found[0] if len(found) == 1 else None


def _rate_named(text: str, spec) -> bool:
    """Whether the input's own word names a rate per month of it in the message ("月租4.2w")."""
    return bool(_monthly_rates(text, spec))


def _named_as_other(text: str, quantity: Quantity, own: Quantity | None, spec, subject: Iterable[str]) -> bool:
    """Whether a money figure is named as something the input is not ("参展花了20万", "5万是展会费"), or,
    for an input abroad, as a domestic one ("国内新建仓库花了300万") where the figure taken is not."""
    label = _naming(text, quantity)
    if _unrelated(label, spec, [w for w in subject if w]):
        return True
    return bool(re.search(r"境外|国际|海外", str(spec.label)) and re.search(r"国内|境内", label)
                and not (own is not None and re.search(r"国内|境内", _label(text, own))))


_AREA_WORDS = {"面积", "平方", "方米", "平米"}


def _named_by_qualifier(text: str, group: list[int], quantities: list[Quantity], spec) -> Chosen | None:
    """The one figure of several named by the words that set the input's label apart from its cues
    ("实际使用3200平" for 园区实际使用面积, beside "规划占地8000平" and "建筑面积5000平", each named as
    something else): that one, the others said to be left out; None where no one figure is so named."""
    label = re.sub(r"（.*?）", "", str(spec.label))
    qualifier = bigrams(label) - _AREA_WORDS  # (the label's own words, not those every area has)
    labels = {i: _label(text, quantities[i]) for i in group}
    scores = {i: len(bigrams(words) & qualifier) for i, words in labels.items()}
    best = _sole_best(scores)
    if best is None:  # "园区总占地8000平 实际使用面积5000平": a rival sharing only the subject's word (园区)
        top = max(scores, key=lambda i: scores[i])
        best = top if scores[top] >= 3 and all(s <= 1 for i, s in scores.items() if i != top) else None
    if best is None or any(len(re.findall(r"[\u4e00-\u9fff]", labels[i])) < 2 for i in group if i != best):
        return None  # (an unnamed rival, "还有一块2000平", may be the same thing)
    return Chosen(quantity_value(spec.kind, quantities[best]), f"{labels[best]}{quantities[best].raw}",
                  tuple(f"{labels[i]}{quantities[i].raw}" for i in group if i != best))


def _by_own_noun(text: str, quantity: Quantity, spec) -> bool:
    """"实际建设费用260万", "租金150万": the figure's own label holds the input's noun (not a verb: 投了)."""
    label = _label(text, quantity)
    return any(c in label for c in spec.cues if len(c) > 1 and not c.endswith("了") and c != "支付")


_FOCUS = re.compile(r"(?:这个|那个|这座|那座|该)([\u4e00-\u9fff]{2,6}?)(?:的|那边的?)?(?:海外仓|仓库|仓)")
_STORE_WORDS = re.compile(r"仓|库")


def in_focus(text: str, rulebook: RuleBook) -> str:
    """"…另外国内还租了个中转库，年租金18万。…这个波兰仓能拿多少": where the question points at
    a warehouse by its place abroad, sentences about another warehouse (no mention of that
    place) are not read for it."""
    countries = getattr(rulebook, "countries", None)
    match = _FOCUS.search(text)
    if countries is None or match is None:
        return text
    place = match.group(1)
    if not any(place == w for c in countries.countries.values() if c.name != DOMESTIC for w in (c.name, *c.aliases)):
        return text
    segments = sentences(text)
    if sum(place in seg for seg in segments) < 2:  # the place said only in the question: nothing to tell apart
        return text
    return "".join(seg for seg in segments
                   if place in seg or not _STORE_WORDS.search(seg) or _FOCUS.search(seg))


_INACTIVE_PART = re.compile(
    # ("20家…不过其中3家还没开始经营、没有业绩": a contrast and 其中 both said)
    r"(\d+)\s*家[^，,。；;\d]{0,20}?[，,]?\s*(?:(?:不过|但是?|可是)\s*)?(?:其中)?\s*(?:有|还有)?\s*(\d+)\s*家"
    r"[^，,。；;]{0,10}?(?:一单(?:都)?没(?:有)?做|零业绩|未开展业务|(?:没|未|尚未)(?:开始|开展)?经营"
    # "其中2家到现在还没有本地进出口实绩": those not yet counted
    # ("其中2家到现在还没出过一单": no order shipped — NC173)
    r"|(?:没有?|未|尚未)[^，,。；;\d]{0,8}?(?:业绩|实绩|出单|出过一?单|开单|开过一?单|交易|开展业务|进出口|零突破))")


# "新招了8家…其中2家到现在还没有本地进出口实绩": the idle ones said right after 其中, of the total before
# ("招引了5家六安企业 但是有2家还没实现进出口": the same, after 但是有)
_IDLE_OF_THEM = re.compile(r"(?:其中|(?:但是?|不过|可是)\s*有)\s*(?:有)?\s*\d+\s*家[^，,。；;家]{0,16}?"
                           r"(?:没有?|未|尚未|还没)")
_DID_SAID = re.compile(r"(?<![没未])(?:有(?:经营)?业绩|有实绩|实现(?:了)?(?:本地进出口)?零突破|已经实现|已实现|实现了)")


# "今年招了8家六安企业 不过其中3家以前就做过跨境出口了": those that exported before are no zero-breakthrough
_EXPORTED_BEFORE_PART = re.compile(
    r"(\d+)\s*家[^，,。；;\d]{0,20}?[，,]?\s*(?:(?:不过|但是?|可是)\s*)?(?:其中)\s*(?:有|还有)?\s*(\d+)\s*家"
    r"[^，,。；;\d]{0,6}?(?:以前|之前|早就|原来|本来|过去|早已|此前)[^，,。；;\d]{0,6}?"
    r"(?:做过|有过|就有|就做|开展过|搞过)[^，,。；;\d]{0,6}?(?:出口|进出口|跨境|外贸)")




def _active_remainder(text: str, breakthrough: bool = False) -> Remainder | None:
    """"入驻了25家…有6家去年一单没做": 25 − 6 firms with 业绩, the derivation said; for a count of firms with a
    zero-breakthrough, also those said to have exported before ("其中3家以前就做过跨境出口了")."""
    match = (_EXPORTED_BEFORE_PART.search(text) if breakthrough else None) or _INACTIVE_PART.search(text)
    if match is None or _BESIDES.search(text, match.end(1), match.start(2)):
        return None  # (not "9家…都实现了零突破，另外还有3家…还没出单": more firms besides those, none of them)
    total, idle = Decimal(match.group(1)), Decimal(match.group(2))
    return Remainder(total - idle, f"{match.group(1)}家 − {match.group(2)}家") if idle < total else None


_EXCLUDED_CODES = re.compile(r"(?:不含|不包括|除|除去|不计)\s*(?:9610|9710|9810|1210)"
                             r"(?:[、和及]\s*(?:9610|9710|9810|1210))*")
_PHRASE_MARK = re.compile(r"[，,。；;！!？?]")
_TOTAL_BEFORE = re.compile(r"(?:总共|一共|共有|合计|总计|全部|共计|总)\s*$")


_CODE_SAID_AFTER = re.compile(r"[^，,。；;\d]{0,4}?(?:都|全|全部)?(?:是|走的|按)\s*(9610|9710|9810|1210)")


def said_under_other_code(text: str, spec) -> bool:
    """Whether a figure in text is said, right after it, to be under a customs code the input does not count
    ("出口20万美元但都是9710报关的" for 9610项下出口额)."""
    own = set(CUSTOMS_CODE.findall(_EXCLUDED_CODES.sub("", str(spec.label))))
    return bool(own) and any((m := _CODE_SAID_AFTER.match(text, q.span[1])) is not None and m.group(1) not in own
                             for q in parse_quantities(text))


def _code_before(text: str, quantity: Quantity, quantities: list[Quantity]) -> str | None:
    """The customs code a figure is said under ("9710项下还有12万美元", "大头是9610，有1.6亿",
    "1.2亿是9610"): said right after it, or the last one named since the money figure before it,
    within 24 characters."""
    start = max((q.span[1] for q in quantities if q.unit in ("CNY", "USD") and q.span[1] <= quantity.span[0]),
                default=0)
    after = _CODE_AFTER.match(text, quantity.span[1])
    if after:  # "其中1.2亿是9610，剩下8000万是9710": the code said right after the figure
        return after.group(1)
    codes = CUSTOMS_CODE.findall(text, max(start, quantity.span[0] - 24), quantity.span[0])
    return codes[-1] if codes else None


# "没开9610/9710/9810": codes listed after a denial, none of them the figure's
_CODES_DENIED = re.compile(r"(?:没有?|未|不|无)(?:开|开通|做|走|用|申报)?\s*"
                           r"(?:(?:9610|9710|9810|1210)[\s/、和及,，]*)*$")


def _code_denied(text: str, code: str, before: int) -> bool:
    """Whether the last mention of a code before a position is in a list a denial heads."""
    at = text.rfind(code, 0, before)
    return at >= 0 and bool(_CODES_DENIED.search(text, 0, at))


_CODE_AFTER = re.compile(r"\s*(?:元|美元)?\s*(?:是|为|都是|属于|走的?是?|走)\s*((?:9610|9710|9810|1210))(?!\d)")


_NTH_YEAR_LABEL = re.compile(r"第[一二三四五1-5]年|首年")
_ADDED_LABEL = re.compile(r"(?:又|再|另|多|后来)(?:加|增加|增|开|飞|办|招)了?$|(?:加了|新增了?|增加了)$")
_WHOLE_LABEL = re.compile(r"^(?:一年|全年|一共|总共|合计|共计|总计)"
                          r"|(?:一共|总共|合计|共计|总计|一年|全年)(?:是|有|为|共)?$")
_CONTRACT_TERM = re.compile(r"合同|租期|签|期限|协议期|租约")
_QUESTION_WORDS = re.compile(r"多少|能不能|能否|可以吗|行吗|吗")


# an input counted over one year: 年线上交易额, 年跨境电商进出口额, 年度…出口额, 年累计…交易额
_YEARLY_LABEL = re.compile(r"年度|年(?:跨境电商|累计)?(?:本地)?(?:在线|线上)?(?:进出口|出口|交易|销售)")


def _of_the_year_asked(text: str, asked: str, spec, index: int, quantities: list[Quantity], taken: set[int],
                       facts: dict[str, Any]) -> dict[str, Any]:
    """The facts with a yearly input's figure said of another year than the question asks replaced by the one
    figure of the asked year its cue names in that year's sentence ("2025年…线上交易额…是4300万元…我们2024年
    线上交易额是2900万…2025年度能拿多少": 4300万); unchanged where there is not exactly one."""
    year = _sentence_year(text, quantities[index].span[0])
    if year is None or year == asked:
        return facts
    facts = dict(facts)
    # (of the input's own kind: "2025年出口增长18%，2025年…平台费8万" — the rate, never the fee, MU208's words)
    found = [i for i, q in enumerate(quantities) if i != index and _unit_fits(spec, q) and fits_kind(spec.kind, q)
             and _sentence_year(text, q.span[0]) == asked and not _other_concept(text, q, spec)
             and _cue_in_sentence(text, q, spec)]
    if len(found) != 1:
        return facts  # (a threshold's figure of the year before, "去年80万美元…今年投资35万 能补多少", counts)
    chosen = quantities[found[0]]
    facts[spec.name] = Chosen(quantity_value(spec.kind, chosen), f"{asked}年{chosen.raw}",
                              (f"{year}年{quantities[index].raw}",))
    taken.add(found[0])
    return facts


def _latest_year(text: str, competing: Competing, spec, quantities: list[Quantity]) -> LatestYear | None:
    """The figure of the latest of the years the competing figures are each said of ("2025年…3600万元 2024年2800万":
    3600万), the others left out and said; None unless each is said after a year of its own."""
    said: dict[str, Quantity] = {}
    end = 0
    for quantity in sorted(quantities, key=lambda q: q.span[0]):
        years = _YEAR_BEFORE.findall(text, end, quantity.span[0])
        end = quantity.span[1]
        if quantity.raw.strip() in competing.words:
            if not years or years[-1] in said:
                return None
            said[years[-1]] = quantity
    if len(said) != len(competing.words) or len(said) < 2:
        return None
    return _latest_of(said, spec, competing)


def _latest_of(said: dict[str, Quantity], spec, competing: Competing) -> LatestYear:
    """The figure of the latest year of those each figure is said of, the others named as left out."""
    latest = max(said)
    chosen = said[latest]
    found = LatestYear(quantity_value(spec.kind, chosen), f"{latest}年{chosen.raw}",
                       tuple(f"{y}年{q.raw}" for y, q in sorted(said.items()) if y != latest))
    found.year, found.competing = int(latest), competing
    return found


def _cue_in_sentence(text: str, quantity: Quantity, spec) -> bool:
    """Whether one of the input's cues (two characters or more) is said before the figure in its sentence."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, quantity.span[0])), default=0)
    return any(len(str(c)) > 1 and str(c) in text[start:quantity.span[0]] for c in spec.cues)


# an input of one year's figure ("平台软硬件当年实际投资额", "园区年度线上交易总额")
_ONE_YEARS_LABEL = re.compile(r"当年|年度")
# "三年一共投了", "这几年累计", "成立以来总共": a figure over several years, right before it
_OVER_YEARS = re.compile(r"(?:(?:[两二三四五六七八九十\d]+|几|这几|这些|这两|这三|近[两二三四五\d])\s*年"
                         r"(?:来|里|下来|间)?|以来|至今|到现在|历年)[^，,。；;\d]{0,4}?(?:一共|总共|累计|合计|共计|加起来|共|总计)"
                         r"[^，,。；;\d]{0,4}$|(?:累计|总计)[^，,。；;\d]{0,6}$")  # ("三年累计软硬件投资150万")
# "今年投了", "当年", "去年", "2025年": a figure of one year, right before it
_OF_A_YEAR = re.compile(r"(?:今年|当年|去年|本年|前年|上一年|(?:19|20)\d{2}\s*年)(?:度)?[^，,。；;\d]{0,5}$")


def _sentence_year(text: str, position: int) -> str | None:
    """The last year said in the sentence before a position ("2025年那年增长了25%" -> 2025)."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, position)), default=0)
    years = _YEAR_BEFORE.findall(text, start, position)
    return years[-1] if years else None


def asked_year(text: str) -> str | None:
    """The one year the question asks about, or None (`_asked_year`)."""
    return _asked_year(text)


def _asked_year(text: str) -> str | None:
    """The one year the question names ("…2026年这部分能补多少？"), or the one year said to be filed for ("按2024年
    申报", "申报2025年的增量"), or None."""
    declared = set(_YEAR_FILED.findall(text))
    if len(declared) == 1:
        return declared.pop()
    # "去年这笔能补多少", "2025年那部分呢", "今年能补多少", "问2023年的": the year's figure pointed at
    pointed = {year for groups in _YEAR_POINTED.findall(text) for year in groups if year}
    if len(pointed) == 1:
        return pointed.pop()
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    asked = [s for s in sentences if _QUESTION_WORDS.search(s)]
    years = set(_YEAR_BEFORE.findall(asked[-1])) if asked else set()
    return years.pop() if len(years) == 1 else None


_YEAR_POINTED = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:这|那)(?:一)?(?:笔|部分|块|项|次)"
                           r"(?=[^，,。；;\d]{0,6}?(?:多少|能补|能拿|可以补|可以拿|怎么算|呢|吗))"
                           # "…今年投了25万 今年能补多少", "问2023年的": the year the question itself names
                           r"|((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?=(?:能|可以|还能)?(?:补|拿|奖|给)(?:多少|几))"
                           r"|问(?:的是)?\s*((?:19|20)\d{2})\s*年"
                           # ("2023年度按增长额算是不是20万": the award year a question names by 年度)
                           r"|((?:19|20)\d{2})\s*年度(?=[^，,。；;\d]{0,8}?(?:算|多少|能补|能拿|是不是|吗|呢))"
                           # "2025年的增量补助是多少": the year whose increase is asked
                           r"|((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:增量|增长额|增加额)(?:补助|补贴|部分)?"
                           r"(?=[^，,。；;\d]{0,4}?(?:多少|能补|能拿|呢|吗))")
_YEAR_FILED = re.compile(r"(?:按|申报|申请|报的是|报)\s*((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:数据|数字|数)?\s*"
                         r"(?=申报|申请|算|报|的|增量|补助|奖励|$|\s)")
# "合同上写租金150万 但给了折扣 实际付了138万": the sum actually paid, which the texts pay on (实际租赁费用)
_ACTUAL = re.compile(r"实际|实付|实缴|真正|最终|最后|到手|其实|核定|审定|核准|核实|审核后|执飞|实飞|实到|到场")
# ...beside a sum said as nominal: the contract's, a quote, a list price, a budget
def _fragment_before(text: str, start: int, reach: int = 20) -> str:
    """The words of a chat fragment up to a position: from the last punctuation or space before it, at most
    `reach` characters ("2023年预计服务本地企业在线交易额" of its "2亿"; not "CE认证报价10万 实际付了8万 商标注册")."""
    return re.split(r"[，,。；;！!？?\s]", text[max(0, start - reach):start])[-1]


# ("报名55人 实际到了49人": those who signed up, beside those who came — MV104)
_NOMINAL = re.compile(r"合同|报价|原价|标价|定价|预算|计划|名义|账面|挂牌|写的|写着|开价|申报|自报|填报|报的|预计|报名")
_LABEL_START = re.compile(r"[，,。；;、：:\s]|其中|另外|还有|以及")
# (words around a figure that name nothing: "分别花了8万 12万 6万" lists the parts named before it)
_LABEL_EDGE = re.compile(r"^(?:光|单|就|仅|只|是|为|大概|大约|约|一共|共|总共|合计|累计|另|再|的|分别|各自|依次)+"
                         r"|(?:就|是|为|约|大概|大约|差不多|花了|用了|了|共|总共|一共|约为|达到|达|有|只有|才|仅|的"
                         r"|分别|各自|依次)+$")
_EXACT_SAID = re.compile(r"(?:具体|确切|准确|精确)(?:数字|数|金额|数额)?(?:是|为|来说)?\s*$")
_APART = re.compile(r"另外|此外|还有|还参加|还花|还投|一般贸易|以外|之外")
# ("FBA仓储费" is a cost, no item; "请了个代运营": 个 of a thing done, no item counted)
_ITEM_WORDS = re.compile(r"(?<!了)个|[座处家店站]|仓(?!储)")
# "发票金额只有80万", "实际付了", "合同价": another measurement of the same cost, which competes
_SAME_COST_WORDS = re.compile(r"额|发票|合同|实际|实付|付款|到账|票面|报价|预算|合计|总|全部|审计|决算|结算|价")


# a part named after a firm's letter ("A平台费", "乙公司的推广费"): that firm's
# (a firm's where the letter names a firm — "A公司" — or the message counts firms: "三家企业…A平台费10万"; not
# "甲平台年费3万 乙平台推广费5万", one firm's two platforms)
_FIRM_LETTERED = re.compile(r"^\W*([A-D](?![A-Za-z\d])|[甲乙丙丁])\s*(公司|企业|厂)?")
_FIRMS_COUNTED_HERE = re.compile(r"[两二三四五六2-6]\s*家\s*(?:企业|公司|单位)?")


def _part_label(text: str, quantity: Quantity) -> str:
    """A part's name: its label, or where the part is told after a space ("CE 8万 FDA 10万"), the word over the
    space (letters, no figure)."""
    label = _label(text, quantity)
    if label:
        return label
    before = re.search(r"([A-Za-z\u4e00-\u9fff]{2,8})\s+$", text[max(0, quantity.span[0] - 12):quantity.span[0]])
    return before.group(1) if before else ""


def _label(text: str, quantity: Quantity) -> str:
    """The words that name a figure, from the phrase's start up to it ("、货架叉车50万" -> 货架叉车); an aside in
    brackets right before it is no part of them ("推广运营费（直通车、广告）9万" -> 推广运营费)."""
    end = quantity.span[0]
    aside = _ASIDE_BEFORE.search(text, max(0, end - 16), end)
    if aside is not None and aside.start() > 0:
        end = aside.start()
    window = max(0, end - 12)
    start = max((m.end() for m in _LABEL_START.finditer(text, window, end)), default=window)
    label = _LABEL_EDGE.sub("", text[start:end])
    # "国内3C认证 费用4万": a generic word names nothing; the thing is the fragment before it, over the space
    # (and a kind word names no one thing either: "2024年 FCC 认证 费用6万" is FCC's, not any 认证's)
    for _ in range(2):
        if not (_names_no_thing(label) and start > 0 and text[start - 1] == " "):
            break
        before = max((m.end() for m in _LABEL_START.finditer(text, max(0, start - 13), start - 1)),
                     default=max(0, start - 13))
        label, start = _LABEL_EDGE.sub("", text[before:start - 1]) + label, before
    return label


_GENERIC_LABEL = re.compile(r"费用|花费|金额|价格|钱|成本")


def _names_no_thing(label: str) -> bool:
    """Whether a figure's words are only generic ones (费用) or kind words (认证): they name no one thing."""
    return bool(label) and _KIND_WORDS.issuperset({w.strip() for w in _GENERIC_LABEL.split(label)} - {""})


_ASIDE_BEFORE = re.compile(r"[（(][^（）()\d]{1,12}[)）]\s*$")


# ("CE 6万 UL 9万 都是第一次拿": 都是 says what all the items are, it names no figure)
_NAME_AFTER = re.compile(r"(?!\s*(?:都|全)是)\s*(?:是|为|用于|用在|花在|主要是)\s*([^，,。；;！!？?\s\d]{2,10})")


def _naming(text: str, quantity: Quantity) -> str:
    """The words that name a figure: those after it where it is named there ("还有5万是展会费"),
    else those before it (`_label`)."""
    after = _NAME_AFTER.match(text, quantity.span[1])
    return after.group(1) if after else _label(text, quantity)


_USE_CLAIMED = re.compile(r"(?:使用|用|经营|运营|租|运行)(?:了|已|已经)?\s*(?:满|够|超过|足)")


def _lone_figure_words(text: str, quantity: Quantity) -> str:
    """The words of a figure typed alone in its chat fragment: the fragment before it ("国内的3C认证 2万":
    国内的3C认证); "" where the figure's own fragment has words before it."""
    start = quantity.span[0]
    if text[max(0, start - 1):start].strip():
        return ""
    before = text[:start].rstrip()
    return re.split(r"[\s，,。；;！!？?：:]", before)[-1] if before else ""


def _said_as(text: str, quantity: Quantity) -> str:
    """A figure with the words that name it, as the user put them ("公司年会6万", "5万是展会费")."""
    after = _NAME_AFTER.match(text, quantity.span[1])
    return f"{quantity.raw}是{after.group(1)}" if after else f"{_label(text, quantity)}{quantity.raw}"


_INCREASE_LABEL = re.compile(r"增加额|增量")
_INCREASE_SAID_BEFORE = re.compile(r"(?:增量|增加了?|增长了?|新增|(?<=[年期])多了?)(?:部分|额)?\s*(?:为|是|有|达)?\s*$")
_FELL_BY = re.compile(r"(?:减少|下降|下滑|降低|少了|降了|跌了)(?:了)?\s*$")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")


def _levels_of(label: str, text: str) -> bool:
    """Whether levels in the text are of what the label measures: an export growth rate from
    exports said as such ("出口200万美元"), not from imports and exports ("进出口300万美元")."""
    if "出口" in label and "进出口" not in label:
        return bool(re.search(r"(?<!进)出口", text)) and "进出口" not in text
    return True


_TRADE_SAID = re.compile(r"进出口|交易额|跨境电商(?:进|出)|9610|9710|9810|1210"
                         # "出口全部走跨境电商": the exports are the cross-border trade
                         r"|(?:全部|全都|全|都)(?:是|走|通过|经)(?:的)?跨境电商")


_INCREASES_LISTED = re.compile(r"(?:增量|增加额|增长额|新增额)(?:分别)?(?:是|为)?[^，,。；;\d]{0,3}"
                               r"(?:(?:19|20)\d{2}\s*年)?\s*$")


_PUT_RIGHT_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年[^，,。；;\d]{0,4}?"
                               r"(?:应该是|其实是|实际是|实际上是|更正为|改为|应为)\s*$")


def _levels_put_right(text: str, figures: list[Quantity]) -> list[Quantity]:
    """Years' levels without those a later one puts right ("2018年是240万美元…不对…2018年应该是230万美元，240万是含了
    一般贸易的": 230万 for 2018, 240万 said again no level — BR008)."""
    if not figures:
        return figures
    dropped: set[Decimal] = set()
    kept = list(figures)
    units = {f.unit for f in figures}
    # (the figure put right may be read as a claim, "应该是…", and not passed: it is looked for in the whole text)
    for figure in (q for q in figures_in(text) if q.unit in units):
        right = _PUT_RIGHT_BEFORE.search(text, max(0, figure.span[0] - 14), figure.span[0])
        if right is None:
            continue
        year = right.group(1)
        earlier = [e for e in kept if e.span[0] < figure.span[0] and re.search(
            rf"{year}\s*年[^，,。；;\d]{{0,6}}$", text[max(0, e.span[0] - 12):e.span[0]])]
        if earlier:
            for e in earlier:
                kept.remove(e)
                dropped.add(e.value)
            if figure not in kept:
                kept.append(figure)
    kept.sort(key=lambda q: q.span[0])
    return [f for f in kept if f.value not in dropped]


_CHANGE_SINCE_YEAR = re.compile(r"(?:比|较|同比)\s*(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:的)?[^，,。；;\d]{0,3}?"
                                r"(?:多|增|涨|高|少|降|减|下滑|提高)[^，,。；;\d]{0,3}$")


def _two_levels(text: str, figures: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """Two figures, each the nearest after its own year ("2023年…5500万美元", "2022年是4000万美元"),
    the earlier year's first, or said as a change from one to the other ("从800万美元增长到1200万美元");
    None otherwise."""
    figures = _levels_put_right(text, figures)
    changes = change_levels(text, figures)
    if len(changes) == 1:
        return figures[changes[0][0]], figures[changes[0][1]]
    if figures and _INCREASES_LISTED.search(text, max(0, figures[0].span[0] - 16), figures[0].span[0]):
        return None  # "进出口增量 2023年10万美元 2024年25万美元…": each year's increase, no levels
    if len(figures) > 2:  # "2023年80万美元 2024年120万美元 2025年150万美元 申报2025年的增量": the year asked and
        # the one before it
        by_year: dict[int, Quantity] = {}
        for index, figure in enumerate(figures):
            start = figures[index - 1].span[1] if index else 0
            years = [int(m.group(1)) for m in _YEAR_BEFORE.finditer(text, start, figure.span[0])]
            if not years or years[-1] in by_year:
                return None
            by_year[years[-1]] = figure
        asked = _asked_year(text)
        if asked is None or int(asked) not in by_year or int(asked) - 1 not in by_year:
            return None
        return by_year[int(asked) - 1], by_year[int(asked)]
    if len(figures) != 2:
        return None
    dated = []
    for index, figure in enumerate(figures):
        start = figures[index - 1].span[1] if index else 0
        years = [int(m.group(1)) for m in _YEAR_BEFORE.finditer(text, start, figure.span[0])]
        if not years or _CHANGE_SINCE_YEAR.search(text, start, figure.span[0]):
            return None  # (not "900万美元 比2024年多了120万美元": the change since that year, no level of it)
        dated.append((years[-1], figure))
    (first_year, first), (second_year, second) = sorted(dated, key=lambda pair: pair[0])
    return None if first_year == second_year else (first, second)


# "其中跨境电商进出口从200万美元增长到350万美元": a part of the whole told before, to the end of its clause
_PART_CLAUSE = re.compile(r"其中[^，,。；;]*")


def _two_years(text: str, figures: list[Quantity]) -> Difference | None:
    """The increase from two years' levels, the later larger, with the words; None otherwise."""
    levels = _two_levels(text, figures)
    if levels is None or levels[1].value <= levels[0].value:
        return None
    first, second = levels
    return Difference(second.value - first.value, f"{second.raw} − {first.raw}")


def _growth(text: str, figures: list[Quantity]) -> Growth | None:
    """The growth rate from two years' levels in one currency ("前年出口200万美元 去年220万美元": 10%)."""
    for unit in ("USD", "CNY", "bare"):  # ("2024年出口额1000万 2025年1100万": a rate needs no currency)
        levels = _two_levels(text, [q for q in figures if q.unit == unit])
        if levels is not None and levels[0].value > 0:
            first, second = levels
            rate = (second.value - first.value) / first.value * 100  # exact to the context's digits
            rate = rate.quantize(Decimal(1)) if rate == rate.to_integral_value() else rate.normalize()
            return Growth(rate, f"({second.raw} − {first.raw}) ÷ {first.raw}")
    return None


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent characters in a text."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


_PHRASE_CUT = re.compile(r"[，,。；;！!？?]")


def said_label(texts: list[str], value: Decimal, spec) -> str:
    """The words that named a figure where it was said, in the latest of `texts` that says it once: its
    phrase up to 16 characters back, over a space ("三个国际认证 费用一共20万" -> 三个国际认证 费用一共), so a
    total given under a generic word (费用) keeps the thing it paid for; "" where no text says it once."""
    for text in reversed(texts):
        parsed = parse_quantities(text)
        found = [q for q in parsed + bare_quantities(text, parsed) if quantity_value(spec.kind, q) == value]
        if len(found) == 1:
            end = found[0].span[0]
            start = max((m.end() for m in _PHRASE_CUT.finditer(text, max(0, end - 16), end)), default=max(0, end - 16))
            return text[start:end].strip()
    return ""


# the kind of a summed cost's item, which items of one list share ("CE认证", "FDA注册", "美国商标注册")
_KIND_WORDS = {"注册", "认证", "检测", "费用"}
# the place an item (a trademark, a certification) is of: "美国商标", "欧盟商标", "日本认证"
_ITEM_PLACE = re.compile(r"美国|欧盟|欧洲|日本|英国|德国|法国|韩国|澳洲|澳大利亚|加拿大|中东|东南亚|马德里|国际|国内")
_ITEM_FILLER = re.compile(r"其实|应该|还有|另外|一共|总共|花了|费用?|[是的了都也\d\s.,，万元]")


def names_part(label: str, part: str, shared: set[str] = frozenset()) -> bool:
    """Whether a figure's words name a part said before: a word in common, other than those every part has
    (`shared`); a kind word alone (注册) names none where the new words name a thing of their own the part
    lacks ("美国商标注册3万" after "FDA注册9万": another item)."""
    # (figures, years' digits, spaces and fillers name nothing: "2025年 CE认证 费用" and "2024年 FCC 认证 费用")
    places = {m.group(0) for m in _ITEM_PLACE.finditer(label)}, {m.group(0) for m in _ITEM_PLACE.finditer(part)}
    if all(places) and not places[0] & places[1]:
        return False  # ("美国商标5万" after "欧盟商标 10万": a trademark of another place is another item)
    common = (bigrams(_ITEM_FILLER.sub("", label)) - shared) & bigrams(_ITEM_FILLER.sub("", part))
    # ("年费其实是4万" after "平台年费6万 推广运营费10万": the part's own name said whole, with its cost word)
    core = _FIX_WORDS.sub("", label)
    if len(core) >= 2 and core in part and not bigrams(core) <= shared:
        return True
    return bool(common) and not (common <= _KIND_WORDS
                                 and bigrams(_ITEM_FILLER.sub("", label)) - _KIND_WORDS - bigrams(part))


_FIX_WORDS = re.compile(r"其实|实际上?|应该|正确的?|真实的?|说错了|记错了|搞错了|不对|[是为的有\s，,]")


def replaced_part(before: Summed, text: str, value: Decimal, spec, adding: bool = False) -> Summed | None:
    """"美国商标注册是18万" after "CE认证费12万，美国商标注册8万，检测费5万": the one part of a
    total that the new figure's own words name, replaced (12万 + 18万 + 5万). A new total in
    parts ("CE是9万 另外还有个FDA检测4万") replaces each part its words name and, with an adding
    word (`adding`), adds the parts that name none (9万 + 2万 + 4万). None where a figure names
    several parts, two figures name one, or none is named; where a part names none and no adding word
    says it is added, the new total and the merged one compete (asked about)."""
    if not before.labels or isinstance(value, Competing):
        return None
    if isinstance(value, Summed):
        said = list(zip(value.parts, value.labels, strict=True))
    else:
        parsed = parse_quantities(text)
        found = [q for q in parsed + bare_quantities(text, parsed) if quantity_value(spec.kind, q) == value]
        if len(found) > 1:  # ("软件开发实际是32万…按32万算呢": the figure said again, once by the part's name)
            found = [q for q in found if any(bigrams(_label(text, q)) & bigrams(old) for old in before.labels)]
        if len(found) != 1:
            return None
        label = _label(text, found[0])
        clause = re.split(r"[，,。；;！!？?]", text[:found[0].span[0]])[-1]
        if not adding and not any(bigrams(label) & bigrams(old) for old in before.labels) and sum(
                1 for old in before.labels if bigrams(clause) & bigrams(old)) == 1:
            label = clause  # ("推广运营费我记错了 是9万": the part named at the clause's start, the figure after)
        said = [(found[0].raw, label)]
    if not said:
        return None
    shared = {b for i, a in enumerate(before.labels) for j, c in enumerate(before.labels)
              if i < j for b in bigrams(a) & bigrams(c)}  # words every part has (费用) name none
    parts, labels = list(before.parts), list(before.labels)
    total, replaced, added = Decimal(before), set(), 0
    for raw, label in said:
        named = [i for i, old_label in enumerate(before.labels) if names_part(label, old_label, shared)]
        new = part_value(raw, spec)
        if len(named) > 1 or new is None or set(named) & replaced:
            return None
        if not named:
            parts.append(raw)
            labels.append(label)
            total, added = total + new, added + 1
            continue
        old = part_value(before.parts[named[0]], spec)
        if old is None:
            return None
        replaced.add(named[0])
        total = total - old + new
        parts[named[0]] = raw  # (the part keeps its own name: "平台年费说错了 是6万" is still the 平台年费)
    if not replaced:
        return None
    merged = Summed(total, tuple(parts), before.left_out, tuple(labels))
    if added and not adding and isinstance(value, Summed):
        # "说错了 CE是9万 FDA检测4万" after "CE 6万 商标2万": the parts said again in full (9万 + 4万),
        # or one corrected and one added (9万 + 2万 + 4万)? Both are asked about, never picked
        return Competing((Decimal(value), Decimal(merged)), (" + ".join(value.parts), " + ".join(merged.parts)))
    return merged if not added or adding else None


def part_value(raw: str, spec) -> Decimal | None:
    """The one figure a part of a total was said as ("9万"), in the input's unit (a part shown with its yuan
    in brackets, "20万元（200,000.00元）", is the one figure)."""
    raw = re.sub(r"[（(][^（）()]*[)）]", "", raw)
    found = parse_quantities(raw) or bare_quantities(raw, [])
    return quantity_value(spec.kind, found[0]) if len(found) == 1 else None


def _unrelated(label: str, spec, subject: Iterable[str]) -> bool:
    """A label that names something else: two or more characters of its own, no item word or
    word for another measurement of the same cost, and no two characters in common with the
    input's label, cues or the measure's keywords ("公司年会" beside 认证、注册、检测的费用)."""
    if (len(re.findall(r"[\u4e00-\u9fff]", _FUNCTION_WORDS.sub("", re.sub("|".join(_GENERIC_MONEY_BIGRAMS), "",
                                                                              label)))) < 2
            or _ITEM_WORDS.search(label)
            or _SAME_COST_WORDS.search(label)):
        return False
    beside = [w for w in _data().get("things_beside", ()) if w in label and w not in str(spec.label)]
    if beside and not any(w in label for w in subject if len(w) > 1):
        return True  # ("叉车货车租金30万" beside a warehouse's cost: the trucks' rent, whatever its cost word)
    own = bigrams(str(spec.label)).union(*(bigrams(str(c)) for c in spec.cues), *(bigrams(w) for w in subject))
    return not (bigrams(label) & own - _GENERIC_MONEY_BIGRAMS)  # ("展会费用": 费用 ties it to no input)


# (and the verbs any sum is spent with: "建厂房花了300万" ties no label to a rent — KI227)
_GENERIC_MONEY_BIGRAMS = frozenset({"费用", "花费", "支出", "金额", "花了", "付了", "交了", "支付", "开支", "开销"})
# ("费用分别12万和8万": 分别 says how the figures are listed, naming nothing)
_FUNCTION_WORDS = re.compile(r"分别|各自|[和及与万亿元]")


def _named_otherwise(text: str, index: int, rivals: set[int], quantities: list[Quantity], spec,
                     subject: Iterable[str]) -> list[int]:
    """The rivals of a figure named by the input's own word that are named as something else."""
    subject = [w for w in subject if w]
    own_label = _label(text, quantities[index])
    if not any(c in own_label for c in spec.cues if len(c) > 1):
        return []
    abroad_only = bool(re.search(r"境外|国际|海外", str(spec.label)))
    return [i for i in sorted(rivals) if _unrelated(_naming(text, quantities[i]), spec, subject)
            or (abroad_only and re.search(r"国内|境内", _label(text, quantities[i])))]  # "国内商标续展1.2万"


_YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*年(?:度)?\s*(?:是|为|有)?\s*$")


def _next_years_level(text: str, i: int, quantities: list[Quantity], spec, subject: Iterable[str]) -> bool:
    """"2024年出口额1000万 2025年1100万 平台年费6万": a figure named by its year alone, after a year's figure named
    as something else, is that thing's level in the next year — no part of the input's sum (MB108: 1110万 read as
    the platform fees)."""
    if not _YEAR_ONLY.match(_naming(text, quantities[i])):
        return False
    before = [q for q in figures_in(text) if q.span[1] <= quantities[i].span[0]
              and re.match(r"\s*(?:19|20)\d{2}\s*年", _naming(text, q))]
    named = _YEAR_LEAD.sub("", _naming(text, before[-1])) if before else ""
    return bool(named.strip()) and not any(c in named for c in spec.cues)


_YEAR_LEAD = re.compile(r"^\s*(?:19|20)\d{2}\s*年(?:度)?")


def _named_by_own_word(text: str, index: int, rivals: set[int], quantities: list[Quantity], spec,
                       subject: Iterable[str]) -> Chosen | None:
    """A money figure named by the input's own noun ("建设费用", "租金") while every rival is named
    as something else ("买地", "货架叉车", "物业费"): that one, with the others said to be left
    out; None where a rival is unnamed, names an item ("另一个仓") or shares the input's word."""
    if spec.kind not in _MONEY_KINDS or getattr(spec, "sums", False):
        return None  # a sum over items ("年费2.4万 推广费4.6万") takes every part
    if not _by_own_noun(text, quantities[index], spec):
        return None
    subject = [w for w in subject if w]
    left_out = []
    abroad_only = bool(re.search(r"境外|国际|海外", str(spec.label)))
    for i in sorted(rivals):
        label = _label(text, quantities[i])
        domestic = abroad_only and re.search(r"国内|境内", label) and not re.search(r"国内|境内", _label(
            text, quantities[index]))  # "国内还租了个周转仓租金80w": no overseas warehouse's rent
        if not domestic and (not _unrelated(label, spec, subject) or _LEVEL_AFTER_CHANGE.search(label)):
            return None  # ("…，2023年下滑到3000万": the same figure's level in another year)
        left_out.append(f"{label}{quantities[i].raw}")
    own = f"{_label(text, quantities[index])}{quantities[index].raw}"
    return Chosen(quantity_value(spec.kind, quantities[index]), own, tuple(left_out))


_NAMED_AFTER = re.compile(r"\s*(?:是|为|用于|用在|花在|都是|全是|主要是)")


# ("18万 不是20万" is a correction: the first figure stands)
_DENIED_AFTER = re.compile(r"\s*[（(]?\s*(?:但|可|这笔|这个|这部分|这项|这些)*\s*"
                           r"(?:不是|不属于|不算|并非|不计入|不包括在|不含在)(?!\s*[\d一二两三四五六七八九十])")
_SUM_RIGHT_BEFORE = re.compile(r"\d[\d.]*\s*(?:万|千|亿)?\s*(?:元|块|美元)?\s*$")
# "再过两个月满", "再等3个月就满": more time supposed, then the length it makes
_FULL_AFTER_MORE = re.compile(r"(?:再|又)(?:等|过|用|经营|运营)(?:了)?\s*(?:\d+|[一两二三四五六七八九十]+)\s*个?"
                              r"\s*(?:月|年)\s*(?:就|才|正好|刚好)?(?:能)?(?:用)?满$")


def _not_done(text: str, quantity: Quantity, spec) -> bool:
    """A count of things not (yet) what the input counts: under way ("另外有7家在走入驻流程"), or, for a first
    breakthrough, trading before ("另外3家以前就有进出口"); booths given free ("还有一个展位是展会方送的 没花钱"),
    for a fee paid per booth."""
    return spec.kind == "count" and bool(
        _UNDER_WAY_AFTER.match(text, quantity.span[1]) or _CANCELLED_AFTER.match(text, quantity.span[1])
        or ("零突破" in str(spec.label) and _HAD_BEFORE_AFTER.match(text, quantity.span[1]))
        or ("展位" in str(spec.label) and _FREE_AFTER.match(text, quantity.span[1])))


# "有3班取消了", "2场停办了": units cancelled, none of those done (LY242)
_CANCELLED_AFTER = re.compile(r"\s*(?:班|场|期|次|个)?\s*(?:都|也|被)?\s*"
                              r"(?:取消|停飞|停航|停办|没飞|没执行|未执行|没开成|延期)")
# "一个展位是展会方送的", "2个是免费的 没花钱": units that cost nothing (no fee to pay a share of)
_FREE_AFTER = re.compile(r"[^，,。；;！!？?\d]{0,12}?"
                         r"(?:送的|赠送|赠的|免费|没花钱|不花钱|不要钱|白送|没收钱|没付钱|没交钱)")


# "…但还没有一家实现进出口", "…一家都还没出单", "…都还没实现零突破": none of the things counted has done it
_DONE_LABEL = re.compile(r"实现|零突破|已")
_NONE_DONE_AFTER = re.compile(r"[^。；;！!？?]{0,14}?(?:(?:还|都|也)?(?:没有|没|未)(?:一|1)(?:家|个)"
                              r"|(?:一|1)(?:家|个)(?:都|也)(?:还)?(?:没|未)"
                              r"|(?:都|均|全都|全部)(?:还)?(?:没有?|未|尚未)(?:实现|出单|开展|做|有))")
# a sum said to hold other things beside the input's own, each unknown: "200万左右 里面有租金 有货款 还有人工"
_MIXED_TOTAL_AFTER = re.compile(r"[^。；;！!？?\d]{0,8}?(?:里面|这里面|其中|当中|这些)(?:都)?(?:有|包括|包含|含|算了)"
                                r"[^。；;！!？?\d]{0,20}?(?:货款|货|人工|工资|推广|运费|物流|备货|库存|装修|押金|税费|差旅)")
# "另外3家以前就有进出口", "2家之前就做过外贸": firms that traded before
_HAD_BEFORE_AFTER = re.compile(r"\s*(?:企业|公司)?\s*(?:都|也)?\s*(?:以前|之前|早就|原来|本来|早已|原先)(?:都|就|已经)?"
                               r"(?:做过|有过|搞过|有|在做)(?:了)?(?:进出口|出口|外贸|跨境)")
# "另外有7家在走入驻流程", "3家还在审核": things counted that are under way, not done
_UNDER_WAY_AFTER = re.compile(r"\s*(?:企业|公司)?\s*(?:还|都|也|正)?\s*(?:在走|正在走|正在办|在办|在申请|正在申请"
                              r"|在审核|审核中|待审|待入驻|还没入驻|未入驻|办理中|流程中|在谈|洽谈中|在对接|对接中)")
# "他一开始报150万 后来说合同上是130万", "原来说的是800平，后来核实是650平": a figure said first and then replaced
# by the one said after it, in the same message (the first is no fact)
_SUPERSEDED = re.compile(r"(?:一开始|刚开始|开始时?|起初|最初|原先|原来|本来|先)(?:报|说|讲|写|填|给|算|以为)"
                         r"(?:的)?(?:是)?\s*"
                         r"(\d[\d.,]*\s*(?:万|亿|千|w|W|k|K)?\s*(?:元|美元|平方米|平|单|家|个|人)?)"
                         r"[^，,。；;\d]{0,8}?[，,]?\s*(?:他|她|对方|企业|客户)?(?:后来|后面|现在|然后|又|再|但)(?:又|才)?"
                         r"(?:说|改|讲|报|确认|核实|更正|查了|看了|发来|给了)")
# "9610出口8万美元 噢不是 那是9710的": the figure said right after to be another thing's — no candidate at all
_REASSIGNED_AFTER = re.compile(r"\s*[，,]?\s*(?:噢|哦|啊|呃)?\s*不(?:对|是)\s*[，,]?\s*(?:那|这)(?:个|笔)?(?:是|算)"
                               r"[^，,。；;！!？?\d]{0,8}?的")


def _compound_other(text: str, quantity: Quantity, spec) -> bool:
    """Whether the words right before a figure join another concept to the input's own cue ("一般贸易出口20万美元"
    for the 9610 exports): the other concept's figure, whatever the cue says."""
    before = text[max(0, quantity.span[0] - 12):quantity.span[0]]
    return any(f"{w}{c}" in before for w in lexicon()["other_trade_modes"] if w not in spec.cues
               for c in spec.cues if len(c) > 1 and c not in w)


_PAYING_VERBS = frozenset({"花了", "付了", "支付", "交了", "投了", "投入", "缴了", "缴纳"})


_GOODS_AFTER = re.compile(r"\s*(?:元|块)?\s*的\s*(?:货(?!架|代|运|柜|车)|货物|存货|库存|商品|产品)")


def _other_words_before(text: str, quantity: Quantity, spec) -> list[str]:
    """The words naming something no input is in the 8 characters before a figure ("平台自己营收1200万元": 营收), the
    input's own cues left out."""
    before = text[max(0, quantity.span[0] - 8):quantity.span[0]]
    return [w for w in lexicon()["other_concepts"] if w in before and w not in spec.cues]


def _named_other(text: str, quantity: Quantity, spec) -> bool:
    """Whether the words right before a figure name it as something no input is ("平台自己营收1200万元")."""
    return bool(_other_words_before(text, quantity, spec))


def _other_concept(text: str, quantity: Quantity, spec) -> bool:
    """A figure named as something no input of this kind is ("年营收2000万", "总投资500万",
    "差旅费3万"): it neither competes for nor adds to the input, unless the input's own cue
    is that very word."""
    before = text[max(0, quantity.span[0] - 8):quantity.span[0]]
    after = text[quantity.span[1]:quantity.span[1] + 10]
    if _the_platforms_own(text, quantity, spec):
        return True
    if _NAMED_AFTER.match(after) and any(w in after and w not in spec.cues for w in lexicon()["other_concepts"]):
        return True  # "剩下240万是首批备货和推广": named right after the figure
    if _DENIED_AFTER.match(after):
        return True  # "代运营做图文案3万（不是平台收的）": said right after it not to be the thing
    if any(after.startswith(w) for w in lexicon()["other_concepts"] if w not in spec.cues):
        return True  # "另外交了30万押金 18万增值税": the thing named right after its figure
    if _GOODS_AFTER.match(after):
        return True  # "仓里压着2000多万的货": the goods' value, no cost of the warehouse
    if quantity.unit == "months" and _STOPPED_FOR.search(before):
        return True  # "中间停了三个月 实际一共就经营了九个月": a time stopped, no time in use (NC136)
    of = re.match(r"\s*(?:元|块)?\s*的\s*", after)
    if of and any(after[of.end():].startswith(w) for w in lexicon()["other_concepts"] if w not in spec.cues):
        return True  # "另外做了10万的海外广告": the thing the figure is of, named after 的
    words = _other_words_before(text, quantity, spec)
    # "海关统计出口额12万美元" beside the platform fees: a trade volume, unless the input's own cues name one
    # (not where it qualifies the input's own word right after it: "出口检测4.5万" is a test's cost)
    # (nor the place goods came from: "查验设备是从德国进口的，12万欧元" is the equipment's cost — LQ093)
    words += [w for w in lexicon()["trade_concepts"] if w in before
              and not re.search(rf"从[\u4e00-\u9fff]{{1,6}}?{re.escape(w)}", before)
              and not any(c in w or w in c for c in spec.cues if len(c) > 1)
              # (a rate's own trade: "2025年出口增长18%" is the 出口增长率 asked for — GT176)
              and not (spec.kind == "percent" and w in str(spec.label))
              and not (spec.kind == "money_cny" and spec.sums
                       and any(before.startswith(c, before.rfind(w) + len(w)) for c in spec.cues if len(c) > 1))]
    if not words:
        return False
    other = max(before.rfind(w) for w in words)
    # ("押金另外交了20万": a verb the input is cued by, after the other thing named as what was paid, is that
    # thing's)
    # ("特装搭建费每个展位1万": a unit said per item, 每个展位, names no thing beside the other concept named)
    own = [before.rfind(c) for c in spec.cues if len(c) > 1 and c in before and all(c not in w for w in words)
           and not (c in _PAYING_VERBS and other < before.rfind(c)) and not c.startswith(("每", "一个", "单个"))]
    # "一般贸易进出口1.2亿": the other concept right before the input's own word makes one name of the two
    compound = any(before.rfind(w) + len(w) in own for w in words)
    return not own or compound or other >= max(own) - 3  # the other concept names the figure at least as closely


def _the_platforms_own(text: str, quantity: Quantity, spec) -> bool:
    """"平台自己的年交易额1个亿", "平台自营进出口增加了1500万美元": the platform's own figure, for an input of the firms
    it serves (SB128: 100万 shown on it) — never that input's, alone or beside another."""
    return bool(_SERVED_LABEL.search(str(spec.label)) and _ITS_OWN.search(_phrase_before(text, quantity.span[0])))


# an input of the firms a platform serves ("服务本地…企业的在线交易额"), and the platform's own figure said
_SERVED_LABEL = re.compile(r"服务[^（(，,]{0,14}?企业")
_ITS_OWN = re.compile(r"平台自己|自营|自身|平台本身|我们自己|公司自己")
_STOPPED_FOR = re.compile(r"(?:停|停了|停用了?|暂停了?|中断了?|歇业?了|关了|空置了?|闲置了?)\s*$")
_LOCAL_LABEL = re.compile(r"本地|本市")
_ONLINE_LABEL = re.compile(r"线上|在线|网上")
_ELSEWHERE_WORDS = re.compile("|".join((*ELSEWHERE_PLACES, "非本地", "非本市")))


def _another_citys_firms(before: str) -> bool:
    """Whether the words before a figure name firms of a city without a policy here ("一家唐山企业 交易额")."""
    from assistant.places import other_city_alternation

    cities = other_city_alternation()
    return bool(cities) and bool(compiled(rf"(?:{cities})(?:市)?(?:的)?(?:企业|公司|客户|商家)").search(before))


def _firms_of_another_city(after: str) -> bool:
    """"4家合肥的企业", "3个杭州的商家": a count of firms said, right after it, to be a city's without a policy here."""
    from assistant.places import other_city_names

    # ("另外3家是合肥的企业": said with 是)
    return any(re.match(r"\s*(?:家|个)?\s*(?:都|全)?(?:是|为|属于|来自)?\s*" + re.escape(city)
                        + r"(?:市)?(?:的|本地的?)?(?:企业|公司|商家|卖家|厂)",
                        after) for city in other_city_names() if city in after)


def _of_elsewhere(text: str, quantities: list[Quantity]) -> set[int]:
    """The figures said of firms elsewhere ("另外还服务外地企业 交易额1亿"), and a total said after
    one ("…合计3.4亿", which holds it): neither is a local input's."""
    out: set[int] = set()
    start = 0
    for i, q in enumerate(quantities):
        own = text[start:q.span[0]]
        cut = max((m.end() for m in _PHRASE_MARK.finditer(own)), default=0)
        elsewhere = _ELSEWHERE_WORDS.search(own[max(0, cut - 12):]) or _ELSEWHERE_WORDS.search(own[-12:])
        elsewhere = elsewhere or _firms_of_another_city(text[q.span[1]:q.span[1] + 12]) or (
            q.unit in ("CNY", "USD", "bare", "FX") and re.search(r"[万亿千]", q.raw)
            and _another_citys_firms(own[max(0, cut - 16):]))  # ("另外服务了一家唐山企业 交易额2000万": theirs)
        if elsewhere or (out and _TOTAL_SAID.search(text, max(0, q.span[0] - 6), q.span[0])):
            out.add(i)
        start = q.span[1]
    return out


_FIGURE_RUN = r"[\d.]+\s*(?:万|亿|千|w|k)?\s*(?:元|美元|块)?"
_RESPECTIVE_LIST = re.compile(rf"分别(?:是|为|有|达到?)?\s*"
                              rf"((?:{_FIGURE_RUN}\s*(?:[、和及与跟,，]\s*|\s+))+{_FIGURE_RUN})")


def _list_heads(text: str, quantities: list[Quantity]) -> dict[int, Quantity]:
    """For each figure in a list after 分别, the list's first figure ("分别是8万 12万 5万": 8万 for 5万)."""
    heads: dict[int, Quantity] = {}
    for match in _RESPECTIVE_LIST.finditer(text):
        start, end = match.span(1)
        inside = [i for i, q in enumerate(quantities) if start <= q.span[0] < end]
        heads.update({i: quantities[inside[0]] for i in inside})
    # "两个认证 一个花了12万 一个花了9万": figures in parallel phrases, each after 一个, share the first's cue
    for i, quantity in enumerate(quantities):
        before = [j for j in range(i) if quantities[j].unit == quantity.unit]
        if i in heads or not before:
            continue
        j = before[-1]
        if (_PARALLEL_AFTER.search(text, max(0, quantities[j].span[0] - 16), quantities[j].span[0])
                and _PARALLEL_NEXT.fullmatch(text, quantities[j].span[1], quantity.span[0])):
            heads[i] = heads.get(j, quantities[j])

    return heads


# ("一个和A服务公司 合作费120万 另一个和B机构 80万": each one's partner named between)
_PARALLEL_AFTER = re.compile(r"(?:一个|一项|一笔)[^，,。；;\d]{0,12}$")
_PARALLEL_NEXT = re.compile(r"\s*[、，,；;]?\s*(?:另外?一个|还有一个|一个|另一项|一项|另一笔|一笔)[^，,。；;\d]{0,10}")


_NOUN_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4})")  # right after the figure: "两个展", not "65人 学校"


# "两个加起来补多少", "这两个一共多少": the matters told before, taken together
_TOGETHER = re.compile(r"加起来|合起来|加一起|加在一起|合计|一共|总共|共计|一起算")
_MATTER_NOUN = re.compile(r"方案|选项|选择|办法|路子|问题|" + _TOGETHER.pattern)


def _items_counted(rulebook: RuleBook) -> frozenset[str]:
    """The inputs that count a measure's items themselves (独立站数, 店铺数)."""
    return frozenset(m.per_item.count_input for m in rulebook.measures if m.per_item is not None)


def _counts_the_subject(text: str, quantity: Quantity, spec, subject: set[str],
                        items_counted: frozenset[str] = frozenset()) -> bool:
    """"两个展", "3个展会": a count whose noun is the measure's own subject (展会), a word that starts
    as the input's cue (展位) does and is another; the noun is the characters right after the figure."""
    noun = _NOUN_AFTER.match(text, quantity.span[1])
    if noun is not None and _MATTER_NOUN.match(noun.group(1)):
        # "两个方案各能回来多少": the options asked about, no unit of either; "两个加起来" the matters together
        # — which, where the input counts the measure's items (两个独立站), are the items counted
        # ("这两个加起来": those told before, counted where they were told, if at all — no count of its own)
        return not (_TOGETHER.match(noun.group(1)) and spec.name in items_counted
                    and not text[:quantity.span[0]].endswith("这"))
    if noun is None or not quantity.word or any(len(c) > 1 and quantity.word in c for c in spec.cues):
        return False  # "全年15班": the measure word is the input's own (航班)
    words = noun.group(1)
    if any(len(c) > 1 and c in words for c in spec.cues):
        return False  # "4个标准展位": the input's own noun

    def names(keyword: str) -> bool:  # "展会…" starts with the keyword; "展加起来": its first character alone
        return words.startswith(keyword) or (words[0] == keyword[0] and words[1:2] not in keyword)

    # a word that starts as the input's cue does and is another (展会 or 展 beside 展位)
    near_cue = any(len(c) > 1 and c[0] == words[0] for c in spec.cues)
    return near_cue and any(len(k) > 1 and names(k) for k in subject)


def _counted_noun(text: str, quantity: Quantity, spec, rulebook: RuleBook) -> str | None:
    """What a count counts, from the words right after it: "own" where they hold the input's own
    word ("2个独立站"), "other" where they hold only another input's word ("4个不同平台"), else None."""
    stop = _FRAGMENT_END.search(text, quantity.span[1])
    after = text[quantity.span[1]:min(stop.start() if stop else len(text), quantity.span[1] + 8)]
    after = re.split(r"\d", after, maxsplit=1)[0]
    if not after:
        return None
    if any(len(c) > 1 and c in after for c in spec.cues):
        return "own"
    others = (c for s in rulebook.inputs.values() if s.name != spec.name for c in s.cues)
    return "other" if any(len(c) > 1 and c in after for c in others) else None


def _unit_fits(spec, quantity: Quantity) -> bool:
    """A count written with another measure word counts something else ("两个店" is no 单)."""
    unit = str(getattr(spec, "unit", "") or "")
    return not (spec.kind == "count" and unit and quantity.word and quantity.word != unit)


_ANNUAL = re.compile(r"的?(?:租金|房租|仓租|费用|租赁费|保费|交易额|进出口|营收|销售额|流水|出口额|收入)")
_DENIED = re.compile(r"(?:不是|并非|而不是|不到?是)\s*$")
# "物流费3万不算平台费", "另外3家还没出单": excluded, or items that have not done what is counted
_EXCLUDED = re.compile(r"\s*(?:不算|不计|不包括|不含|不属于|除外"
                       r"|(?:都|也)?(?:还没有?|尚未|没有?|未)"
                       r"(?:出单|实现|突破|开业|运营|签|通过|达标|达到|出口|进出口|出货|成交|开单|上线|开展)"
                       # "另有40人只签了半年的": a group held short of a year by its own words
                       r"|(?:都|也)?(?:只|仅|才)(?:签|签订|签约|培训|运营|经营|用|做)了?(?:半年|[一二三四五六七八九十两\d]+个?月)"
                       # "另有40人签的是半年合同": a group held short of a year by its contract
                       r"|(?:都|也)?(?:签的是|签的|签了|签订了?)\s*(?:半年|(?<!\d)(?:1[01]|[1-9])\s*个月|[一二三四五六七八九十两]个月)"
                       r"(?:(?:的)?(?:劳动|实习|就业|用工)?(?:合同|协议)|的))")  # ("另外30人签的是半年的")


# "一年最多补多少", "补助期三年加起来最多": a period of the rule (its cap, its support period), not the enterprise's
# ("三年补助期", "3年的支持期": the rule's period named right after its length — KP095 read 3 years received)
_RULE_PERIOD_AFTER = re.compile(r"\s*(?:内|里|下来)?\s*(?:最多|最高|封顶|上限|加起来|累计)"
                                r"|\s*(?:的)?\s*(?:补助期|支持期|奖励期|扶持期)")
_RULE_PERIOD_BEFORE = re.compile(r"(?:补助期|支持期|奖励期|扶持期|期限|每)\s*(?:是|为|共|有)?\s*$")


def _qualifier(text: str, quantity: Quantity) -> bool:
    """"一年租金100万", "两年的保费": a duration that says what a figure covers, not how long;
    "一年最多补多少", "补助期三年": a period of the rule, not the enterprise's."""
    after = quantity.span[1]
    supposed = _SUPPOSED_USE.search(text, max(0, quantity.span[0] - 8), quantity.span[0])  # ("那等用满一年 最多…")
    if (quantity.unit in ("years", "months") and _USED_FOR.search(text, max(0, quantity.span[0] - 4), quantity.span[0])
            and not (_RULE_PERIOD_AFTER.match(text, after) and (supposed or not _APART_AFTER.match(text, after)))):
        # ("仓用满一年租金50万", said in one breath: the time of use, then the rent; "都用满一年 最多能补多少": the time
        # of use, then the question apart from it)
        return False
    return quantity.unit in ("years", "months") and bool(
        _ANNUAL.match(text, quantity.span[1]) or _RULE_PERIOD_AFTER.match(text, quantity.span[1])
        or _RULE_PERIOD_BEFORE.search(text, max(0, quantity.span[0] - 6), quantity.span[0]))


_USED_FOR = re.compile(r"(?:满|用了|使用了|经营了|运营了)\s*$")
_APART_AFTER = re.compile(r"[\s，,。；;了]")
_SUPPOSED_USE = re.compile(r"等|如果|要是|假如|假设|到时候")


# ("2025年3月租金90万": the month of a date, then the rent, is no monthly rent)
_PER_MONTH_BEFORE = re.compile(r"(?:每个?月|(?<![\d一二三四五六七八九十])月租金?|月均|月付|一个月|(?<!\d)1个月|按月)的?"
                               r"(?:租金|房租|租费|费用|仓租)?"
                               # ("月租每平 2美元": per square metre, per month)
                               r"(?:\s*每\s*(?:平方米|平米|平方|平(?![台均安常时])|㎡))?(?:是|为|要|交|付)?"
                               # "一个月大概1500万": a rate said roughly is still a rate
                               r"(?:大概|大约|约|差不多|将近|接近|平均|能有|得)?\s*$")
_PER_MONTH_AFTER = re.compile(r"\s*(?:元|块)?\s*(?:/\s*(?:平方米|平米|平方|平|㎡)\s*)?(?:/|每|一)个?月"
                              # ("3万是一个月的租金", "3万是每月的": the figure said again as a month's)
                              r"|\s*(?:元|块)?\s*(?:是|为|指的是|说的是)\s*(?:一个?月|每个?月|月)的")
# "3万是一个月的租金": the 一个月 of a figure said as a month's is no time of use
_A_MONTHS_AFTER_MONEY = re.compile(r"(?:\d|[零〇一二两三四五六七八九十百千])\s*(?:万元|万|w|k|千|元|块|美元)\s*"
                                   r"(?:是|为|指的是|说的是)\s*$", re.I)
_MONEY_BEFORE = re.compile(r"(?:\d|[零〇一二两三四五六七八九十百千])\s*(?:万元|万|w|k|千|元|块|美元)\s*/?\s*$", re.I)
# ("公司全年总支出300万": a firm's total for the year, no duration of anything)
_MONEY_NEXT = re.compile(r"\s*(?:的)?(?:总支出|总开支|总花费|总营收|总收入|总投入|营收|营业额|营业收入|收入|支出|开支)?"
                         r"\s*(?:是|有|约|大概)?\s*(?:[\d.,]+|[零〇一二两三四五六七八九十百千万]+)"
                         r"\s*(?:万|w|k|千|元|块|美元|亿)"
                         # ("园区全年1210+9710+9810总共3.6亿": the year of a trade figure told by its codes)
                         r"|\s*(?:(?:1210|9610|9710|9810)\s*[+＋、/和]?\s*)+[^，,。；;\d]{0,8}?[\d.]+\s*(?:万|亿)",
                         re.I)


# "平台年费补贴70%那个", "现在还能按30%申请吗": the rule's own rate, said to name it, is no fact
_RULE_RATE_BEFORE = re.compile(r"(?:补贴|补助|奖励|奖补|补|返还?|按照?|给予?)\s*$")
# ("出口增长20% 申报时…": a fact, whatever verb follows)
_RULE_RATE_AFTER = re.compile(r"\s*(?:的)?\s*(?:那个|那条|那项|那档|补贴|补助|奖励|的比例|比例|算)")


def _rule_rate(text: str, quantity: Quantity) -> bool:
    """Whether a percentage is the rule's rate named back ("补贴70%那个", "按30%申请"); a growth said right
    before it is a fact, whatever word follows ("出口增长12% 补贴多少")."""
    if quantity.unit != "percent" or _GROWTH_SAID.search(text, max(0, quantity.span[0] - 4), quantity.span[0]):
        return False
    return bool(_RULE_RATE_BEFORE.search(text, max(0, quantity.span[0] - 4), quantity.span[0])
                or _RULE_RATE_AFTER.match(text, quantity.span[1]))


_GROWTH_SAID = re.compile(r"(?:增长|增幅|上涨|涨|提高|提升|增加|下降|下滑|减少)(?:了|达|达到|约|近)?\s*$")


def per_month(text: str, quantity: Quantity) -> bool:
    """"租金一个月6w", "月租5万", "3万/月", "月租50万日元": a monthly rate is no total cost, and its "一个月" no
    duration."""
    if quantity.unit in ("CNY", "USD", "bare", "FX"):
        return bool(_PER_MONTH_BEFORE.search(text[max(0, quantity.span[0] - 8):quantity.span[0]])
                    or _PER_MONTH_AFTER.match(text, quantity.span[1]))
    return (quantity.unit in ("months", "years") and quantity.value == 1
            and (bool(_MONEY_NEXT.match(text, quantity.span[1]))  # "交易额一年120万美元": per year, no duration
                 or bool(_MONEY_BEFORE.search(text, 0, quantity.span[0]))  # "租金3万一个月": the rent's period
                 or bool(_A_MONTHS_AFTER_MONEY.search(text, 0, quantity.span[0]))))


# "每个月线上交易额大概七百万", "每季度大概8000万": a rate per period said before the figure, in its phrase
_PER_PERIOD_BEFORE = re.compile(r"(?P<period>每个?月|月均|平均每个?月|每个?季度?|季均|平均每个?季度?|一个季度)"
                                # ("每月服务本地企业在线交易额1500万", "月均…交易额 250万")
                                r"[^\d，,。；;！!？?\s]{0,16}\s?$")
_PER_QUARTER_AFTER = re.compile(r"\s*(?:元|块)?\s*(?:/|每|一)个?季度?")
# the whole year said: "全年", "正好一年", "2023年全年租的", "12个月"
# (全年 and 一整年 are normalised to 一年: "一年没断过", "一年下来" say the whole year too)
# ("…租到2025年2月 整整一年", "每平米每月28元 全年": normalised to a phrase "一年" of its own — the whole year)
_WHOLE_YEAR = re.compile(r"全年|一整年|整年|整整一年|正好一年|满一年|足一年"
                         r"|一年(?:到头)?都(?:这样|是这个数|差不多|在用|用着|在租|租着|在运营)"
                         r"|(?:^|(?<=[\s，,。；;]))一年(?=$|[\s，,。；;！!？?]|能|可以|补|了)"
                         r"|一年(?:到头)?(?:都)?(?:没断过?|没停过?|不间断|没间断过?|没中断过?|下来)"
                         r"|(?:租|用|做|经营|运营|交|付|缴|投|投放)了?(?:整整)?一年(?![半多])"
                         r"|(?:19|20)\d{2}年\s*一年"
                         r"|(?<![\d.])12个月|十二个月|四个季度|4个季度")


# "租金每平米每月100块", "一平方一个月80元", "100元/平/月": a rate per square metre, no total
# (not "一个平台年费4万": 平台, 平均, 平安 are no square metre)
_PER_AREA_BEFORE = re.compile(r"(?:每|一|1)\s*(?:个)?\s*(?:平方米|平米|平方|平(?![台均安常时])|㎡)"
                              r"(?:每|一|1)?(?:个)?月?[^\d，,。；;]{0,4}$")
_PER_AREA_AFTER = re.compile(r"\s*(?:元|块|美元)?\s*(?:/|每|一)\s*(?:平方米|平米|平方|平(?![台均安常时])|㎡)")


def per_area(text: str, quantity: Quantity) -> bool:
    """Whether a money figure is a rate per square metre ("每平米每月100块", "100元/平/月")."""
    return quantity.unit in ("CNY", "USD", "bare", "FX") and bool(
        _PER_AREA_BEFORE.search(text, max(0, quantity.span[0] - 10), quantity.span[0])
        or _PER_AREA_AFTER.match(text, quantity.span[1]))


def _per_area_over_the_year(text: str, parsed: list[Quantity], rates: list[Quantity], spec) -> PerPeriod | None:
    """"800平…租金每平米每月100块…全年": the rate × the one area said × 12 months; None where the message
    says no one area or no whole year (the rent is then asked, never the rate taken for it)."""
    areas = [q for q in parsed if q.unit == "m2"]
    period = span(text)  # ("从2024年3月租到2025年2月": a year said by its months)
    whole = _WHOLE_YEAR.search(text) or (period is not None and period.exact and period.months == 12)
    if len(rates) != 1 or len(areas) != 1 or spec.kind not in _MONEY_KINDS or not whole:
        return None
    rate, area = rates[0], areas[0]
    return PerPeriod(rate.value * area.value * 12, f"每平方米每月{rate.raw} × {area.raw} × 12个月")


def _period_of(text: str, quantity: Quantity) -> int | None:
    """Months per figure where a figure is a rate per month (1) or per quarter (3), else None:
    money ("月租8万", "每个月线上交易额700万", "每季度8000万") and counts ("每个月固定飞两班")."""
    if quantity.unit not in ("CNY", "USD", "bare", "count"):
        return None
    if any(m.start(1) <= quantity.span[0] < m.end(1) for m in _QUARTERS_LISTED.finditer(text)):
        return 3  # "四个季度…分别是900万、1100万…": each a quarter's
    if any(m.start(3) <= quantity.span[0] < m.end(3) for m in _MONTH_RANGE.finditer(text)):
        return 1  # "1到6月每月300万"
    gap = 10 if quantity.unit != "count" else 4
    before = text[max(0, quantity.span[0] - 14):quantity.span[0]]
    match = _PER_PERIOD_BEFORE.search(before)
    if match and len(before) - match.end() <= gap:
        return 3 if "季" in match.group("period") else 1
    if quantity.unit == "count":
        return None
    if _PER_QUARTER_AFTER.match(text, quantity.span[1]):
        return 3
    return 1 if per_month(text, quantity) else None


def _annual(spec) -> bool:
    """An input counted over a year ("全年货机航班数", "店铺年度交易数量"), or any money input."""
    if spec.kind in _MONEY_KINDS:
        return True
    label = str(spec.label)
    return spec.kind == "count" and (label.startswith("全年") or "年度" in label)


def _over_the_year(text: str, parsed: list[Quantity], spec, claims: list[tuple[int, int]],
                   alone: bool) -> PerPeriod | None:
    """A yearly total from one rate per month or quarter of the input's own unit, where the message
    says the whole year; None where it does not (the rate is then no fact: asked)."""
    if not _annual(spec):
        return None
    if spec.kind == "count":
        fits = lambda q: q.unit == "count" and q.word == str(getattr(spec, "unit", "") or "")  # noqa: E731
    else:  # "月租8万": 万 without 元 is yuan
        units = {"CNY", "bare"} if spec.kind == "money_cny" else {"USD"}
        fits = lambda q: q.unit in units  # noqa: E731
    if spec.kind in _MONEY_KINDS and (alone or any(len(c) > 1 and c in text for c in spec.cues)):
        by_parts = _year_in_parts(text, fits)
        if by_parts is not None:
            return by_parts
    rates = [q for q in parsed if fits(q) and _period_of(text, q) and not any(a <= q.span[0] < b for a, b in claims)
             # ("另外公司还在国内租了个3000平的仓库，月租4万": the domestic warehouse's rent, none of the one abroad's)
             and not (re.search(r"海外|境外", str(spec.label)) and _of_domestic_thing(text, q))]
    if len(rates) > 1 and spec.kind in _MONEY_KINDS:
        # "租金每月8万 另外物业水电每月1万": the rate the input's own word names, the others another thing's
        named = [q for q in rates if (d := _cue_distance(text, q, [c for c in spec.cues if len(c) > 1])) is not None
                 and d <= 4]
        if len(named) == 1:
            rates = named
    if any(per_area(text, q) for q in rates):
        return _per_area_over_the_year(text, parsed, rates, spec)
    period = span(text)  # "前年3月租到去年2月": a year said by its months
    # ("2024年3月租到2025年6月 月租20万": a sum that is no year's — the rent paid — over the months the span says)
    over_span = (len(rates) == 1 and period is not None and period.exact and 0 < period.months != 12
                 and "年" not in str(spec.label) and _period_of(text, rates[0]) == 1 and not _WHOLE_YEAR.search(text))
    if len(rates) != 1 or not (_WHOLE_YEAR.search(text) or over_span or (period is not None and period.exact
                                                                          and period.months == 12)):
        return None
    rate = rates[0]
    if not alone and _cue_distance(text, rate, list(spec.cues)) is None:
        return None  # the input's own word names the rate, or no other input of its kind could
    if over_span:
        return monthly_over(rate.value, rate.raw, Decimal(period.months), period.words)
    monthly = _period_of(text, rate) == 1
    times = 12 if monthly else 4
    period, periods = ("每月", "个月") if monthly else ("每季度", "个季度")
    return PerPeriod(rate.value * times, f"{period}{rate.raw} × {times}{periods}")


# "每个月大概300万 一年下来3600万": the year's total said after its rate
_YEAR_TOTAL_SAID = re.compile(r"(?:一年|全年)(?:下来|算下来|加起来)?(?:总共|一共|合计|共|累计)?"
                              r"(?:大概|大约|约|差不多|是|有|就是)?\s*$")


def _year_said_after_rate(text: str, parsed: list[Quantity], spec, claims: list[tuple[int, int]],
                          alone: bool) -> Any:
    """The year's total said right after a rate per month of the input's kind ("每个月大概300万 一年下来3600万":
    3600万, not the rate), where the rate is the input's (its cue, or the only input of its kind); None else."""
    if spec.kind not in _MONEY_KINDS or not _annual(spec):
        return None
    rates = [q for q in parsed if fits_kind(spec.kind, q) and _period_of(text, q) == 1
             and not any(a <= q.span[0] < b for a, b in claims)]
    if len(rates) != 1 or (not alone and _cue_distance(text, rates[0], list(spec.cues)) is None):
        return None
    after = [q for q in parsed if q.span[0] > rates[0].span[1] and fits_kind(spec.kind, q)
             and _YEAR_TOTAL_SAID.search(text, rates[0].span[1], q.span[0])]
    if len(after) != 1 or after[0].span[0] - rates[0].span[1] > 16:
        return None
    return quantity_value(spec.kind, after[0])


def _with_part_over_the_year(text: str, parsed: list[Quantity], spec, claims: list[tuple[int, int]],
                             value: Decimal, raw: str) -> Decimal | None:
    """"平台年费3万 推广运营费每月1万 全年12个月": a total of parts whose one part is a rate over the whole
    year, named by the input's own words, is the parts said whole plus that rate times the year; None where
    the months it was paid for are not said ("推广运营费每月1万": the total is then asked, never the parts
    said whole taken for it)."""
    every = parsed + bare_quantities(text, parsed)
    rates = [q for q in every if q.unit in ("CNY", "bare") and _period_of(text, q)
             and not any(a <= q.span[0] < b for a, b in claims)]
    if len(rates) != 1:
        return value
    before = max([0, *(q.span[1] for q in every if q.span[1] <= rates[0].span[0])])
    own = text[before:rates[0].span[0]]  # the rate's own words ("推广运营费每月"), not another thing's (办公室月租)
    if not any(len(c) > 1 and c in own for c in spec.cues):
        return value
    over = _over_the_year(text, every, spec, claims, alone=False)
    if over is None:
        return None
    parts = value.parts if isinstance(value, Summed) else (raw,)
    left_out = value.left_out if isinstance(value, Summed) else ()
    return Summed(Decimal(value) + Decimal(over), (*parts, over.words), left_out)


def _foreign_over_the_year(text: str, parsed: list[Quantity], spec,
                           claims: list[tuple[int, int]]) -> InDollars | InForeign | None:
    """"月租2.5万美元…12个月", "月租1.5万欧元 租了12个月": a yuan input's rent per month in another currency
    over the whole year said, kept in that currency (the rate said, or the band, converts it later); None
    unless one such rate and the whole year."""
    if spec.kind != "money_cny":
        return None
    rates = [q for q in parsed if q.unit in ("USD", "FX") and per_month(text, q)
             and not any(a <= q.span[0] < b for a, b in claims)]
    period = span(text)
    if len(rates) != 1 or not (_WHOLE_YEAR.search(text) or (period is not None and period.exact
                                                              and period.months == 12)):
        return None
    rate = rates[0]
    value, words = rate.value * 12, f"每月{rate.raw} × 12个月"
    if per_area(text, rate):  # "2000平 每平米每月3美元 租了12个月": the rate × the one area said × 12 months
        areas = [q for q in parsed if q.unit == "m2"]
        if len(areas) != 1:
            return None
        value, words = value * areas[0].value, f"每平方米每月{rate.raw} × {areas[0].raw} × 12个月"
    if rate.unit == "USD":
        return InDollars(value, words)
    return InForeign(value, words, currency_name(rate.word))


_QUARTERS_LISTED = re.compile(r"(?:(?:四|4)个季度|每(?:个)?季度|各季度|各个季度)[^，,。；;！!？?]{0,14}?"
                              r"分别(?:是|为|有)?\s*"
                              r"([^。；;！!？?]+)")
_MONTH_RANGE = re.compile(r"(\d{1,2})\s*(?:到|至|-|~|—|－)\s*(\d{1,2})\s*月份?\s*(?:每个?月|月均)\s*"
                          r"(?:[^\d，,。；;]{0,6})?(\d[\d.]*\s*(?:万|亿)?\s*(?:元|美元)?)")


# ("上半年进出口2000万": the figure's noun between)
# ("上半年9610出口3万美元": a customs code between; "下半年到2026年11月又出了2.5万美元": a date between — TB108)
_PART_OF_YEAR = re.compile(r"(上半年|下半年|第?[一二三四1-4]季度|Q[1-4])\s*(?:的)?"
                           r"(?:[^\d，,。；;！!？?\s]|9610|9710|9810|1210|20\d{2}\s*年(?:\d{1,2}\s*月)?){0,10}?"
                           r"(?:是|为|有|做了|实现了?|完成了?|飞了?|执飞了?|办了?|卖了?)?\s*$")
_PART_REACH = 22  # how far before a figure its part of the year is looked for (a date may sit between)


_WHOLE_YEAR_SAID = re.compile(r"全年|一年(?!度)|整年|全年度")


def _counted_in(unit: str) -> Callable[[Quantity], bool]:
    """Whether a figure is a count in the unit (班): the figures a count over the year's parts adds up."""
    return lambda q: q.unit == "count" and (not unit or q.word == unit)
_PART_NAMES = {"上半年": "H1", "下半年": "H2", **{f"{p}{n}季度": f"Q{i}" for i, n in enumerate("一二三四", 1)
                                                 for p in ("", "第")},
               **{f"{p}{i}季度": f"Q{i}" for i in range(1, 5) for p in ("", "第")},
               **{f"Q{i}": f"Q{i}" for i in range(1, 5)}}


def _parts_short_of_year(text: str, fits) -> list[tuple[str, Quantity]]:
    """The parts of a year each named once ("一季度…200万 二季度150万") that do not make the whole year; [] else."""
    # (not a figure of the whole year said after a part was named: "加上下半年 全年比上年度增加了2500万美元" — MQ223)
    found = [(m.group(1), q) for q in figures_in(text) if fits(q)
             for m in [_PART_OF_YEAR.search(text, max(0, q.span[0] - _PART_REACH), q.span[0])]
             if m is not None and not _WHOLE_YEAR_SAID.search(text, m.end(1), q.span[0])]
    names = [_PART_NAMES[word] for word, _q in found]
    if not names or len(set(names)) != len(names) or not (
            set(names) < {"H1", "H2"} or set(names) < {"Q1", "Q2", "Q3", "Q4"}):
        return []
    return found


def _year_floor(text: str, fits, unit: str) -> AtLeast | None:
    """"一季度交易额200万 二季度150万": parts of a year that do not make the whole year: the year's figure is at
    least their sum — conditions decide on it, no formula computes with it (asked)."""
    found = _parts_short_of_year(text, fits)
    return AtLeast(sum((q.value for _w, q in found), Decimal(0)), unit) if found else None


def year_floor_words(text: str, floor: Decimal) -> str | None:
    """The user's words of the parts of a year whose sum is the floor read ("一季度200万 + 二季度150万"), or None."""
    found = _parts_short_of_year(text, lambda q: q.unit in ("CNY", "bare", "USD"))
    if not found or sum((q.value for _w, q in found), Decimal(0)) != floor:
        return None
    return " + ".join(f"{word}{q.raw}" for word, q in found)


_PART_AFTER = re.compile(r"\s*(?:是|为|只是|只有)?\s*(?:20\d{2}\s*年)?\s*"
                         r"(?:上半年|下半年|第?[一二三四1-4]季度|前三季度|前半年)")
_WHOLE_YEAR_BEFORE = re.compile(r"(?:全年|整年|全年度|一整年|一年下来|一年)[^\d，,。；;！!？?]{0,6}$")


def _halves_total(text: str, figures: list[Quantity], spec, value: Decimal
                  ) -> PerPeriod | Summed | AtLeast | Decimal | None:
    """The year's total where the figure read is one of the parts of the year each named (上半年/下半年, 季度); at
    least their sum where the parts named do not make the year (`_year_floor`)."""
    units = {"CNY", "bare"} if spec.kind == "money_cny" else {"USD"}
    total = _year_in_parts(text, lambda q: q.unit in units)
    def of_part(q: Quantity) -> bool:  # ("上半年3万美元", "3万美元是上半年的")
        return bool(_PART_OF_YEAR.search(text, max(0, q.span[0] - _PART_REACH), q.span[0])
                    or _PART_AFTER.match(text, q.span[1]))

    whole = [q for q in figures if q.unit in units and _WHOLE_YEAR_BEFORE.search(text[max(0, q.span[0] - 8):q.span[0]])
             and not of_part(q)]
    if total is None and len(whole) == 1 and whole[0].value != value and any(
            q.value == value and of_part(q) for q in figures):
        return Decimal(whole[0].value)  # "3万美元是上半年的 全年做到了6万美元": the year's, said outright
    if total is None and (floor := _year_floor(text, lambda q: q.unit in units, _BOUND_UNIT[spec.kind])):
        parts = [q for q in figures if q.unit in units and q.value == value]
        return floor if parts and _PART_OF_YEAR.search(text, max(0, parts[0].span[0] - _PART_REACH), parts[0].span[0]) \
            else None
    words = " + ".join(total.parts) if isinstance(total, Summed) else getattr(total, "words", "")
    return total if total is not None and any(q.value == value for q in figures if q.unit in units) and (
        str(value.normalize()) in words or any(q.raw in words for q in figures if q.value == value)) \
        else None


_RATE_OF_MONTHS_AFTER = re.compile(r"\s*(?:的)?\s*(?:月租金?|每月(?:租金)?|租金每月|每个月租金)\s*(?:是|为)?\s*\d")
_MONTHS_AT_RATE = re.compile(r"(?:前|头|后|最后|剩下的?|另外|其余)\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个月"
                             r"\s*(?:的)?\s*"
                             r"(?:月租金?|每月(?:租金)?|租金每月|每个月(?:租金)?)\s*(?:是|为)?\s*"
                             r"(\d[\d.]*\s*(?:万|千)?\s*(?:元|块)?)")


def _year_in_parts(text: str, fits) -> PerPeriod | Summed | None:
    """A year's total given by its parts: "四个季度…分别是900万、1100万、1000万、1200万" (their sum), or
    "1到6月每月300万，7到12月每月550万" (each rate times its months, the months covering the year)."""
    listed = _QUARTERS_LISTED.search(text)
    if listed:
        figures = [q for q in figures_in(listed.group(1)) if fits(q)]
        if len(figures) == 4:
            return PerPeriod(sum((q.value for q in figures), Decimal(0)), " + ".join(q.raw for q in figures))
    # "上半年1800万 下半年2200万", "一季度…二季度…三季度…四季度…": each part of the year named, once
    # (not a figure of the whole year said after a part was named: "加上下半年 全年比上年度增加了2500万美元" — MQ223)
    found = [(m.group(1), q) for q in figures_in(text) if fits(q)
             for m in [_PART_OF_YEAR.search(text, max(0, q.span[0] - _PART_REACH), q.span[0])]
             if m is not None and not _WHOLE_YEAR_SAID.search(text, m.end(1), q.span[0])]
    labelled = {_PART_NAMES[word]: (word, q) for word, q in found}
    if set(labelled) in ({"H1", "H2"}, {"Q1", "Q2", "Q3", "Q4"}):
        parts = [labelled[k] for k in sorted(labelled)]
        # (each part by its name: "更正 四季度是800万" puts that part right)
        return Summed(sum((q.value for _w, q in parts), Decimal(0)), tuple(q.raw for _w, q in parts),
                      labels=tuple(word for word, _q in parts))
    # "前6个月月租3万 后6个月月租3.5万": months at each rate, the months making the year
    at_rates = [(int(parse_number(m.group(1)) or 0), [q for q in figures_in(m.group(2)) if fits(q)])
                for m in _MONTHS_AT_RATE.finditer(text)]
    if len(at_rates) >= 2 and all(len(r) == 1 for _n, r in at_rates) and sum(n for n, _r in at_rates) == 12:
        return PerPeriod(sum((r[0].value * n for n, r in at_rates), Decimal(0)),
                         " + ".join(f"每月{r[0].raw} × {n}个月" for n, r in at_rates))
    months: list[int] = []
    total, words = Decimal(0), []
    for match in _MONTH_RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        rate = [q for q in figures_in(match.group(3)) if fits(q)]
        if not (1 <= first <= last <= 12) or len(rate) != 1:
            return None
        months += list(range(first, last + 1))
        total += rate[0].value * (last - first + 1)
        words.append(f"每月{rate[0].raw} × {last - first + 1}个月")
    if sorted(months) == list(range(1, 13)):
        return PerPeriod(total, " + ".join(words))
    return None


def _denied_figure(text: str, quantity: Quantity) -> bool:
    """"不是800平，是1200平", "物流费3万不算平台费": a denied or excluded figure is no fact."""
    return bool(_DENIED.search(text[max(0, quantity.span[0] - 4):quantity.span[0]])
                or _EXCLUDED.match(text, quantity.span[1]))


def _article_of_another(text: str, quantity: Quantity, spec) -> bool:
    """"我们在越南还有一个仓" read for 标准展位数: 一个 is an article before a noun that is not the
    input's own (展位); "一个展位" and a bare "一个" stay counts."""
    if not _article(quantity):
        return False
    noun = _NOUN_AFTER.match(text, quantity.span[1])
    own = [str(c) for c in spec.cues if len(str(c)) > 1]
    return noun is not None and bool(own) and not any(c[:1] == noun.group(1)[:1] for c in own)


def _article(quantity: Quantity) -> bool:
    """"一个园区", "一家企业", "一次性": 一 used as an article counts nothing next to a figure."""
    return quantity.unit == "count" and quantity.value == 1 and quantity.raw.startswith("一")


_EACH_BEFORE = re.compile(r"各(?:开|有|建|设|开设|入驻|注册|申请)?了?\s*$")


def _per_each(text: str, quantity: Quantity) -> bool:
    """"5个平台各开了1个店": the count after 各 is per platform, not a total; but "两个店 各500单": orders
    after 各 are each store's own, which a per-store input counts."""
    return (quantity.unit == "count" and quantity.word not in ("单", "笔")
            and bool(_EACH_BEFORE.search(text, 0, quantity.span[0])))


def _per_one(text: str, quantity: Quantity) -> bool:
    """"一个3万", "一家一万": "one …" before a figure says "per …", it counts nothing."""
    return (quantity.unit == "count" and quantity.value == 1
            and bool(_FIGURE_NEXT.match(text, quantity.span[1])))


_ITEM_SEP = re.compile(r"[、，,；;]|(?:和|及)(?=[^，,。；;]{0,6}\d)")  # "和" between items, not "和企业签了"


def _part_words(text: str, marker: int, quantity: Quantity) -> str:
    """The words of the part after 其中 that holds this figure: from the previous 、 or 其中 up
    to the next one, not its neighbours'."""
    # (chat parts are cut by spaces after a figure: "其中办公室装修60万 服务器和软件系统40万 人员工资20万")
    start = max([marker, *(m.end() for m in _ITEM_SEP.finditer(text, marker, quantity.span[0])),
                 *(m.end() for m in _FIGURE_THEN_SPACE.finditer(text, marker, quantity.span[0]))])
    after = _ITEM_SEP.search(text, quantity.span[1])
    space = _A_SPACE.search(text, quantity.span[1])
    ends = [m.start() for m in (after, space) if m is not None]
    return text[start:min(ends) if ends else len(text)]


_A_SPACE = re.compile(r"\s")
_FIGURE_THEN_SPACE = re.compile(r"\d\s*(?:万元|亿元|万|亿|元|美元|块|w|W)?\s+")


def _names_part(text: str, marker: int, quantity: Quantity, spec, subject: Iterable[str] = ()) -> bool:
    """Whether the part after 其中 that holds this figure is named by the input's cue or the
    measure's own subject word (仓库建设)."""
    words = _part_words(text, marker, quantity)
    if re.search(r"境外|国际|海外", str(spec.label)) and re.search(r"国内|境内", words) \
            and not re.search(r"境外|海外", words):
        return False  # ("其中1100万是国内总部仓库": a domestic part, for an input of a thing abroad)
    # a customs code among the measure's words names a part of the trade, not this input, unless the
    # input's label names it ("跨境电商进出口6800万 其中9610有4500万": the award is on the whole)
    own = [w for w in subject if not (CUSTOMS_CODE.fullmatch(str(w)) and str(w) not in str(spec.label))]
    return any(len(c) > 1 and c in words for c in [*spec.cues, *own])


_QUALIFIES = re.compile(r"达标|符合|合格|满足|够了|够格|过了|超过|达到|以上")


def _qualifying_part(text: str, marker: int, quantity: Quantity, spec) -> bool:
    """A count of qualifying things ("达标独立站数") and a part of the whole said to qualify
    ("3个独立站 其中2个达标", "其中2个交易额过了300万"): the part is the count."""
    if spec.kind != "count" or not str(spec.label).startswith(("达标", "符合", "合格")):
        return False
    stop = _FRAGMENT_END.search(text, quantity.span[1])
    return bool(_QUALIFIES.search(text, quantity.span[1], stop.start() if stop else len(text)))


def _named_by_label(text: str, parts: dict[int, int], quantities: list[Quantity], spec) -> list[int]:
    """"总共5亿 其中服务外地企业3亿 服务本地跨境电子商务进出口企业的2亿": the one part whose own words
    share the input's label (服务本地跨境电商进出口企业的在线交易额) where no other part does, not
    counting the words every part has (服务, 企业); [] otherwise."""
    def own(i: int, marker: int) -> str:  # from the figure before it (chat parts are cut by spaces) to it
        return _words_before(text, quantities, i, marker)

    words = {i: bigrams(own(i, marker)) for i, marker in parts.items()}
    common = set.intersection(*words.values()) if words else set()
    label = bigrams(str(spec.label))
    best = _sole_best({i: len((w - common) & label) for i, w in words.items()})
    return [best] if best is not None else []


def _named_apart_from_whole(text: str, parts: dict[int, int], quantities: list[Quantity], spec,
                            whole: int) -> list[int]:
    """"总交易额4500万 其中线上2500万 线下体验店卖了2000万": the one part whose own words say what of the
    input's label the whole's words leave out (线上 of 年线上交易额, the whole's 交易额 said), where no other
    part's words say any of it; [] otherwise."""
    def own(i: int, marker: int) -> str:
        return _words_before(text, quantities, i, marker)

    said = bigrams(_label(text, quantities[whole]))
    label = bigrams(str(spec.label))
    if not said & label:
        return []  # (the whole's words share nothing of the label: which part is meant is not told by it)
    scores = {i: len(bigrams(own(i, marker)) & (label - said)) for i, marker in parts.items()}
    best = [i for i, score in scores.items() if score >= 1]
    return best if len(best) == 1 else []


# "两个仓…一个…另一个…": items told, whose figures are each one's, never one chosen for all
_ITEMS_TOLD = re.compile(r"另一[个处座家]|另外一[个处座家]|[两二三四五六七八九十\d]\s*[个处座家](?:海外)?"
                         r"(?:仓|店|站|展)|分别|各自|每个(?:店|站|仓|展)")
_YEAR_DIGITS = re.compile(r"(?<![\d.])((?:19|20)?\d{2})\s*年(?!\s*[内以来底末初])")


def _year_asked_after(text: str, quantities: list[Quantity], kept: list[int]) -> int | None:
    """The one figure, each said with its own year, whose year the question after them names ("2025年的能拿吗"),
    by its index; None where the question names no year, several, or none of theirs."""
    def year(match: re.Match[str]) -> str:
        return match.group(1) if len(match.group(1)) == 4 else f"20{match.group(1)}"

    last = max(quantities[i].span[1] for i in kept)
    after = {year(m) for m in _YEAR_DIGITS.finditer(text, last)}
    if len(after) != 1 or not _ASKED_AFTER.search(text, last):
        return None
    ordered = sorted(kept, key=lambda i: quantities[i].span[0])
    bounds = [0, *(quantities[i].span[1] for i in ordered)]  # (each figure's words: from the one before it)
    own = {i: [year(m) for m in _YEAR_DIGITS.finditer(text, bounds[pos], quantities[i].span[0])]
           for pos, i in enumerate(ordered)}
    if not all(own.values()):
        return None  # (each figure said with its own year)
    picked = [i for i, years in own.items() if years and years[-1] in after]
    return picked[0] if len(picked) == 1 else None


_ASKED_AFTER = re.compile(r"吗|么|能不能|可不可以|多少|[？?]")


def _noun_right_after(text: str, end: int, spec) -> bool:
    """Whether a cue of the input of two characters or more follows the figure right after it ("两个独立站")."""
    rest = text[end:end + 8].lstrip()
    return any(len(str(c)) >= 2 and rest.startswith(str(c)) for c in spec.cues)


# "一年做了1.6亿", "一年2.4亿": the figure of a year, right after 一年
_A_YEARS_FIGURE_AFTER = re.compile(r"\s*(?:做了|做到了?|卖了|出口了?|进出口|交易额|营业额|线上交易额)?"
                                   r"\s*\d+(?:\.\d+)?\s*(?:万|亿)")
_USED_BEFORE_YEAR = re.compile(r"[了满用租营过足近整]\s*$")


# "国家级、省级、市级": levels listed right after the first
_LEVEL_LISTED = re.compile(r"\s*[、和及与,，]\s*(国家级|省级|市级|县级|区级)")


def _levels_listed(text: str, at: int) -> list[str]:
    """The levels listed one after another from `at` ("、省级、市级")."""
    levels = []
    while (found := _LEVEL_LISTED.match(text, at)) is not None:
        levels.append(found.group(1))
        at = found.end()
    return levels
# "首次认定为省级", "被评为市级": the level a thing was recognized as
_RECOGNIZED_AS = re.compile(r"(?:认定为|被认定为|认定成|认定了|评为|评上了?|获批为?|认定的是|批为)\s*"
                            r"(国家级|省级|市级|县级|区级)")


def _cued_alone(text: str, chosen: int, others: list[int], quantities: list[Quantity], spec) -> bool:
    """Whether the chosen figure's own words hold a cue of the input of two characters or more and no other
    figure's own words hold any ("报考200人 实际招生45人": 招生)."""
    def cued(i: int) -> bool:
        words = _words_before(text, quantities, i)
        return any(len(str(c)) >= 2 and str(c) in words for c in spec.cues)

    def worded(i: int) -> bool:  # (said with words of its own, not a bare figure or a date alone)
        return len(re.findall(r"[\u4e00-\u9fff]", A_YEAR.sub("", _words_before(text, quantities, i)))) >= 2

    return cued(chosen) and all(worded(i) and not cued(i) for i in others)


def _most_specific(text: str, chosen: int, others: list[int], quantities: list[Quantity], spec) -> bool:
    """Whether the chosen figure's own words hold a cue of the input of four characters or more (营业面积,
    在线交易额) longer than any cue the others' own words hold (交易额, none)."""
    def longest(i: int) -> int:
        words = _words_before(text, quantities, i)
        return max((len(str(c)) for c in spec.cues if str(c) in words), default=0)

    return longest(chosen) >= 4 and all(longest(chosen) > longest(i) for i in others)




def _phrase_start(text: str, at: int) -> int:
    """Where the phrase holding position `at` starts: after the last punctuation before it."""
    return max((m.end() for m in _PHRASE_MARK.finditer(text, 0, at)), default=0)


def _words_before(text: str, quantities: list[Quantity], i: int, start: int = 0) -> str:
    """A figure's own words: from the figure before it (or `start`, whichever is later) up to it (a remark in
    brackets right after the figure before is that one's: "叉车花了20万（没算在仓的建设费里），…交易额200万")."""
    before = max([start, *(q.span[1] for q in quantities if q.span[1] <= quantities[i].span[0])])
    remark = _REMARK_AFTER.match(text, before, quantities[i].span[0])
    return text[remark.end() if remark else before:quantities[i].span[0]]


_REMARK_AFTER = re.compile(r"\s*(?:[（(][^（()）]*[)）])")


def _sole_best(scores: dict[int, int]) -> int | None:
    """The one figure whose words share at least two bigrams with a label where every other shares none."""
    best = [i for i, s in scores.items() if s >= 2]
    return best[0] if len(best) == 1 and all(s == 0 for i, s in scores.items() if i != best[0]) else None


_THRESHOLD_SAID = re.compile(r"(?:超过|超出|已超|高于|达到|达|过了|不止|不低于)了?\s*$")


# "第一批", "二批", "首批": a batch named by its place, before the count of its firms or people (not "一期…": a
# training's sessions, each judged by its own clause's conditions, are items)
_BATCH_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}|[一二三四五六]|首|头)(?:批|轮|波)[^，,。；;\d]{0,3}$")


def _in_a_batch(text: str, quantity: Quantity) -> re.Match[str] | None:
    """The batch a count is said of ("第二批7家"), if any."""
    return _BATCH_BEFORE.search(text, max(0, quantity.span[0] - 6), quantity.span[0])


# "但只有6家", "其中8家", "有5家": some of those counted before, said as such
_SOME_ONLY = re.compile(r"(?:只有|仅有|其中|里面|当中|有)\s*$")


# "费用各2万", "各花了3万": a figure said for each of those counted
_EACH_COUNTED = re.compile(r"各(?:自)?(?:是|为|花了?|要)?\s*$")


# a yearly figure of the firm's ("年线上交易额", "年度跨境电商进出口总额"), and the firm's stores it may be told by
# ("一个…一个…", "A店…B店…")
_FIRM_YEAR_LABEL = re.compile(r"年(?:度)?[^（(]{0,12}?(?:交易额|进出口额|进出口总额|出口额|销售额)")
_STORE_OF_FIRM = re.compile(r"(?:(?:另)?一个(?:店铺?|网店)?|[A-D]\s*店|店铺?\s*[一二三1-3A-D])"
                            r"[^，,。；;！!？?\d]{0,10}$")
# an input of one item's figure ("店铺年度交易额", "独立站当年后台实际交易额"), and applicants counted ("两个平台",
# "两家企业"): figures told one by one there are the items' or the applicants' own, never one firm's parts
_ITEM_LABEL = re.compile(r"店铺|独立站|单个|每个|每家|海外仓|园区")
_APPLICANTS_COUNTED = re.compile(r"[两二三四五2-5]\s*(?:个|家)\s*(?:跨境电商)?"
                                 r"(?:平台|企业|公司|园区|综服|独立站|仓|海外仓)")
_ONE_EACH = re.compile(r"一个[^，,。；;\d]{0,6}\d[^，,。；;]{0,12}?(?:另)?一个")


# "其中退货800万", "其中退款了50万": a part of a sales sum taken back
_DEDUCTION = re.compile(r"退货|退款|退单|退回|取消(?:的)?订单|拒收")


def _one_or_many(text: str, group: list[int], quantities: list[Quantity], spec, subject: Iterable[str] = (),
                 left_out: Iterable[int] = ()) -> Any:
    """The value of an input several figures fit: a part chosen over its whole where the
    cue says so (其中…), the sum for a total over items, else the figures as Competing. `left_out`: figures
    named as something else (a part of a whole said after it holds the whole to those parts)."""
    kept = list(group)
    parts = {i: part_of(text, quantities[i].span[0]) for i in group}
    parts = {i: m for i, m in parts.items() if m is not None}
    # (a part said before the rest of the whole is no whole of it: "其中建仓花了300万，剩下200万是铺货库存")
    wholes = [j for j in group if j not in parts and any(quantities[j].span[1] <= m for m in parts.values())]
    if parts and wholes:  # "总投资500万，其中土建300万、设备120万、软件80万": the parts the cue names
        named = [i for i, marker in parts.items() if _names_part(text, marker, quantities[i], spec, subject)
                 or _qualifying_part(text, marker, quantities[i], spec)]
        if not named and len(parts) > 1:
            named = _named_by_label(text, parts, quantities, spec) or _named_apart_from_whole(
                text, parts, quantities, spec, wholes[0])
        elif not named:  # "进出口总额6800万元，其中跨境电商4500万元": the part says the label's words the whole lacks
            (i, marker), = parts.items()
            label = bigrams(str(spec.label))
            said = bigrams(text[marker:quantities[i].span[0]]) & label
            whole_label = _label(text, quantities[wholes[0]])
            if len(said - bigrams(whole_label)) >= 2 or (
                    # "在线交易额一共3.2亿元，其中秦皇岛本地企业2.1亿": the local part, for an input of local firms
                    _LOCAL_LABEL.search(str(spec.label)) and _LOCAL_LABEL.search(text[marker:quantities[i].span[0]])
                    and not _LOCAL_LABEL.search(whole_label)) or (
                    # "年交易额8000万 其中线上2500万": the online part, for an input of online sales
                    _ONLINE_LABEL.search(str(spec.label)) and _ONLINE_LABEL.search(text[marker:quantities[i].span[0]])
                    and not _ONLINE_LABEL.search(whole_label)):
                named = [i]
        whole_words = bigrams(_label(text, quantities[wholes[0]])) if len(wholes) == 1 else set()
        if (named and not spec.sums and whole_words and _FIRM_YEAR_LABEL.search(str(spec.label))
                and len(whole_words & bigrams(str(spec.label))) >= 2
                and not any((bigrams(text[parts[i]:quantities[i].span[0]]) - whole_words) & bigrams(str(spec.label))
                            for i in named)):
            # "年线上交易额5000万，其中进口化妆品3000万": the whole named by the input's own words, a part named by none
            # of them (a product, a market): the whole is the figure
            named, kept = [], [i for i in kept if i not in parts]
        if (named and spec.sums and len(wholes) == 1
                and len(bigrams(_label(text, quantities[wholes[0]])) & bigrams(str(spec.label))) >= 2
                and not any(quantities[i].span[0] > quantities[wholes[0]].span[1] for i in left_out)):
            # "新认证加商标花了20万 其中商标注册5万": a whole named by the input's own words holds the part it names
            # (not where a part of it is named as something else: "认证注册这块总共花了50w 其中CE认证8w FDA 6w
            # 欧盟商标注册4w 其余32w是亚马逊广告费" — the parts that are the input's, 18万)
            named, kept = [], [i for i in kept if i not in parts]
        if named:
            kept = [i for i in kept if i not in wholes and (i in named or i not in parts)]
        elif not any(text.startswith(("但", "不过", "可"), m) for m in parts.values()):
            kept = [i for i in kept if i not in parts]
        # ("总面积1500平 但是我们实际只租了600平": a part said to be what counts, unnamed: both are asked about)
    bounds = [i for i in kept if _THRESHOLD_SAID.search(text[max(0, quantities[i].span[0] - 4):quantities[i].span[0]])]
    exact = [i for i in kept if i not in bounds]
    if bounds and exact and all(quantities[j].value >= quantities[i].value for i in bounds for j in exact):
        kept = exact  # "交易额1500万美元，超过1000万美元了": the threshold restated is met by the figure, no rival
    shorts = [i for i in kept if short_of(text, quantities[i])]
    exact = [i for i in kept if i not in shorts]
    if shorts and exact and all(Decimal(quantity_value(spec.kind, quantities[j]))
                                < Decimal(quantity_value(spec.kind, quantities[i])) for i in shorts for j in exact):
        kept = exact  # "运营8个月 还没满一年": the figure not reached, restated, is no rival to the one said
    values = [quantity_value(spec.kind, quantities[i]) for i in kept]
    if spec.sums and len(values) > 2:  # "CE 12万，FDA 8万，商标5万，检测3万，合计28万": the total said of the parts
        # (a total smaller than the parts before it totals its own item: "检测两次一共2万")
        said = [pos for pos, i in enumerate(kept) if pos >= 2 and values[pos] >= sum(values[:pos], Decimal(0))
                and _TOTAL_SAID.search(text, max(0, quantities[i].span[0] - 6), quantities[i].span[0])]
        if said:
            parts = sum(values[:said[0]], Decimal(0))
            if values[said[0]] != parts:  # "…合计30万" beside parts of 28万: which is it, asked
                return Competing((parts, values[said[0]]),
                                 (" + ".join(quantities[i].raw for i in kept[:said[0]]), quantities[kept[said[0]]].raw))
            kept = [i for pos, i in enumerate(kept) if pos not in said]
            values = [v for pos, v in enumerate(values) if pos not in said]
    if spec.sums and len(values) > 1:
        # "平台服务年费3.2万元、推广运营费5.6万元、FBA仓储费7.8万元": a part named as something else is left out
        # (said so), where another part is named by the input's own words
        # ("欧盟CE认证3.2万 国内3C认证2万": a part its own words rule out of the input, intents.yaml parts_ruled_out)
        ruled = _data().get("parts_ruled_out", {}).get(spec.name, ())
        other = [pos for pos, i in enumerate(kept) if _unrelated(_naming(text, quantities[i]), spec, subject)
                 or any(w in _naming(text, quantities[i]) or w in _lone_figure_words(text, quantities[i])
                        for w in ruled)]
        if other and len(other) < len(kept):
            left_out = tuple(f"{_naming(text, q) or _lone_figure_words(text, q)}{q.raw}"
                             for q in (quantities[kept[pos]] for pos in other))
            kept = [i for pos, i in enumerate(kept) if pos not in other]
            values = [v for pos, v in enumerate(values) if pos not in other]
            if len(values) > 1:
                return Summed(sum(values, Decimal(0)), tuple(quantities[i].raw for i in kept), left_out,
                              tuple(_label(text, quantities[i]) for i in kept))
            return Chosen(values[0], f"{_label(text, quantities[kept[0]])}{quantities[kept[0]].raw}", left_out)
    words = tuple(quantities[i].raw for i in kept)
    firms = {m.group(1) for i in kept if (m := _FIRM_LETTERED.match(_label(text, quantities[i])))
             if m.group(2) or _FIRMS_COUNTED_HERE.search(text)}
    if spec.sums and len(values) > 1 and len(firms) >= 2:
        # "A平台费10万，B平台费16万，C平台费4万": each firm's own sum, never one firm's total (each is capped on
        # its own: the firms are told apart, or asked)
        return Competing(tuple(values), tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept))
    if spec.sums and len(values) > 1:  # "年费5万，推广费5万": two items, even of the same size
        # ("3个国家的商标国际注册 费用各2万 另外ISO认证 1.8万": a part said for each of the units counted before it
        # in its sentence is that many times the figure; with no one such count, the sum is asked)
        words, values = list(words), list(values)
        for pos, i in enumerate(kept):
            if not _EACH_COUNTED.search(text, max(0, quantities[i].span[0] - 4), quantities[i].span[0]):
                continue
            counts = _counts_before(text, quantities, quantities[i].span[0])
            if len(counts) != 1:
                return Competing(tuple(values), tuple(words))
            values[pos] = values[pos] * counts[0].value
            words[pos] = f"{counts[0].raw} × {quantities[i].raw}"
        return Summed(sum(values, Decimal(0)), tuple(words),
                      labels=tuple(_part_label(text, quantities[i]) for i in kept))
    stores = [_STORE_OF_FIRM.search(text, max(0, quantities[i].span[0] - 14), quantities[i].span[0]) for i in kept]
    if (not spec.sums and len(values) > 1 and _FIRM_YEAR_LABEL.search(str(spec.label)) and all(stores)
            and not _ITEM_LABEL.search(str(spec.label)) and not _APPLICANTS_COUNTED.search(text)
            and (len({m.group(0) for m in stores if m}) == len(kept) or _ONE_EACH.search(text))):
        # "(两个店) 一个2000万 一个3000万", "A店1200万 B店800万": the firm's yearly figure told store by store,
        # their sum
        return Summed(sum(values, Decimal(0)), words, labels=tuple(m.group(0).strip() for m in stores if m))
    served = _SERVED_EACH.search(text)
    if (not spec.sums and len(values) > 1 and "服务" in str(spec.label) and served is not None
            and parse_number(served.group(1)) == len(values)):
        # "服务了三家本地企业 在线交易额分别是5000万、8000万、3000万": the figures of the firms served, one each:
        # the input's total over them
        return Summed(sum(values, Decimal(0)), words)
    if len(set(values)) == 1:
        return values[0]
    whole = [i for i in kept if _CALLED_A_WHOLE.match(text, quantities[i].span[1])]
    if whole and len(kept) - len(whole) == 1 and not spec.sums:
        # ("4000万是总交易额 线上的是2500万" put right: a figure said after it to be the whole is not the input's
        # — SB143, both dropped)
        chosen = next(i for i in kept if i not in whole)
        return Chosen(quantity_value(spec.kind, quantities[chosen]),
                      f"{_label(text, quantities[chosen])}{quantities[chosen].raw}",
                      tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in whole))
    # "店面营业面积99平 后面仓库还有200平", "服务本地…企业的在线交易额2.5亿 平台全部交易额5亿": the one figure whose
    # own words say the input's label where the others' say none of it (the words all share left aside)
    # (not figures of years each said with its own, "2022年进出口8000万，2023年下滑到3000万": the year decides)
    years = [i for i in kept if A_YEAR.search(_words_before(text, quantities, i))]
    asked = _year_asked_after(text, quantities, kept) if len(kept) >= 2 else None
    if asked is not None:
        # "24年卖了260万，25年涨到310万了…2025年的能拿吗": each figure its year's, the year asked after them picks one
        left = tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i != asked)
        return Chosen(quantity_value(spec.kind, quantities[asked]),
                      f"{_label(text, quantities[asked])}{quantities[asked].raw}", left)
    named = _named_by_label(text, {i: 0 for i in kept}, quantities, spec) if len(kept) > 1 and len(years) < 2 else []
    if named and (_other_concept(text, quantities[named[0]], spec) or _ITEMS_TOLD.search(text)
                  or _NOMINAL.search(_label(text, quantities[named[0]]))
                  or not (_most_specific(text, named[0], [i for i in kept if i != named[0]], quantities, spec)
                          # ("其中在马来西亚建海外仓花了120万…另外买设备花了80万": the others named as other things;
                          # "…亚马逊开店，交易额200万": a trade volume is another thing)
                          or all(_unrelated(_naming(text, quantities[i]), spec, subject)
                                 or _other_concept(text, quantities[i], spec)
                                 for i in kept if i != named[0]))):
        named = []  # ("建设费用预算300万 审计下来260万": a budget named by the label's words is still a budget)
    if named:
        left_out = tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i != named[0])
        return Chosen(quantity_value(spec.kind, quantities[named[0]]),
                      f"{_label(text, quantities[named[0]])}{quantities[named[0]].raw}", left_out)
    # (people counted only: "报考200人 实际招生45人"; not flights of two kinds, "全货机16班，客运航班100班" — MA223)
    cued = [i for i in kept if spec.kind == "count" and getattr(spec, "unit", "") == "人" and len(years) < 2
            and not _ITEMS_TOLD.search(text) and _cued_alone(text, i, [j for j in kept if j != i], quantities, spec)]
    if len(cued) == 1:
        # "2023年报考200人 实际招生45人": the one count said with a word of the input's own, where the others are
        # said with other words (the applicants are no students enrolled) — ME245
        return Chosen(quantity_value(spec.kind, quantities[cued[0]]),
                      f"{_label(text, quantities[cued[0]])}{quantities[cued[0]].raw}",
                      tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i != cued[0]))
    batches = [_in_a_batch(text, quantities[i]) for i in kept]
    if (spec.kind == "count" and len(kept) > 1 and all(batches) and len({b.group(0) for b in batches}) == len(kept)
            and getattr(spec, "unit", "") in ("家", "人")):
        # "第一批5家 第二批7家 第三批4家": the batches' counts, added
        return Summed(sum(values, Decimal(0)), words, labels=tuple(b.group(0) for b in batches))
    counts = {Decimal(q.value) for q in quantities if q.unit == "count"}
    if (len(values) == 2 and str(spec.label).startswith("每") and min(values) > 0
            and max(values) / min(values) in counts):
        return min(values)  # "8个标准展位，每个展位费2万，总共16万": each one's and their total agree
    if spec.kind == "count" and not spec.sums:
        # "B2B两个 B2C三个 … 另外新建了两个独立站": the count said right before the input's own word is its count
        named = [i for i in kept if _noun_right_after(text, quantities[i].span[1], spec)]
        if named and len({quantity_value(spec.kind, quantities[i]) for i in named}) == 1 and len(named) < len(kept):
            chosen = named[0]
            return Chosen(quantity_value(spec.kind, quantities[chosen]),
                          f"{quantities[chosen].raw}{text[quantities[chosen].span[1]:quantities[chosen].span[1] + 3]}",
                          tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i not in named))
    if spec.kind == "count" and not spec.sums and len(values) >= 3:
        # "五个平台各一个店（B2B两个 B2C三个）": the one count that is the others added is their whole
        wholes = [pos for pos, v in enumerate(values) if v == sum((w for p, w in enumerate(values) if p != pos), 0)]
        if len(wholes) == 1:
            chosen = kept[wholes[0]]
            return Chosen(values[wholes[0]], f"{_label(text, quantities[chosen])}{quantities[chosen].raw}",
                          tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i != chosen))
    if spec.kind == "count" and not spec.sums:
        # "12月又飞了3班 全年一共15班": the count said as the whole, the largest, over the part said with it;
        # "有两个是合作伙伴名义订的 我们自己名下是6个": the one said to be the firm's own
        totals = [pos for pos, i in enumerate(kept) if _TOTAL_SAID.search(text, max(0, quantities[i].span[0] - 6),
                                                                           quantities[i].span[0])]
        owned = [pos for pos, i in enumerate(kept) if _OWN_SAID.search(text, max(0, quantities[i].span[0] - 10),
                                                                       quantities[i].span[0])]
        picked = (totals if len(totals) == 1 and values[totals[0]] == max(values)
                  else owned if len(owned) == 1 else [])
        if picked:
            chosen = kept[picked[0]]
            return Chosen(values[picked[0]], f"{_label(text, quantities[chosen])}{quantities[chosen].raw}",
                          tuple(f"{_label(text, quantities[i])}{quantities[i].raw}" for i in kept if i != chosen))
    return Competing(tuple(values), words)


# "4000万是总交易额", "3000万指的是全部的": a figure said, right after it, to be a whole
_CALLED_A_WHOLE = re.compile(r"\s*(?:是|为|指的是|说的是|算的是)\s*(?:总|全部|整体|所有|合计|全年总|一共的)")
# "服务了三家本地企业 在线交易额分别是…": firms served, counted, then a figure for each
_SERVED_EACH = re.compile(r"服务(?:了)?\s*([两二三四五六七八九十\d]{1,2})\s*家[^，,。；;\d]{0,8}?(?:企业|公司|客户)"
                          r"[^。；;\d]{0,14}?分别")
# "我们自己名下是6个", "我们的是3家": the firm's own count, beside others' ("有两个是合作伙伴名义订的")
_OWN_SAID = re.compile(r"(?:我们|我司|咱们|本公司|自己)(?:自己)?(?:名下|名义|自己的|的)?(?:的|订的|报的)?"
                       r"(?:是|有|就|只有)?\s*$")


# "服务企业进出口额比上年还少了": an increase said to be a decrease, with no figure
_LESS_THAN_BEFORE = re.compile(r"进出口(?:额|总额)?\s*(?:比|较)(?:上年度?|去年|前年|上一年|上年同期)"
                               r"[^，,。；;！!？?\d]{0,4}?"
                               r"(?:下降|下滑|降了|降低|减少|少了|跌了|萎缩)(?!\s*(?:到|至)?\s*\d)")
# a growth said by its direction only: down ("出口还降了一点", "负增长"), or level ("零增长", "没增长", "持平")
_DECLINED = re.compile(r"(?:出口|进出口|外贸|销售|业绩|营收|交易)[^，,。；;！!？?\d]{0,8}?"
                       r"(?:下降|下滑|降了|降低|减少|少了|跌了|萎缩|负增长|不升反降)(?!\s*(?:到|至)?\s*\d)"
                       r"|负增长|不升反降")
_FLAT = re.compile(r"零增长|没(?:有)?(?:什么)?增长|没(?:有)?涨|持平|跟去年差不多|和去年差不多|与上年持平")
_UNIT_IMPLIED = ("area_m2", "months", "count", "percent")  # money is never read without its unit
# ("单量都过100": 过, 超, 破 alone before the bare figure, as 超过)
_BARE_AFTER_CUE = (r"(?:量|数|数量)?\s*(?:都|也)?(?:是|为|有|大概|约|超过|达到|不少于|过了|过|超了|超|破了|破|:|：)?"
                   r"\s*(\d+(?:\.\d+)?)"
                   r"(?![\d.]|\s*[万亿千百十元美平个家人月年天%％])")


def _cued_zero(text: str, spec) -> Decimal | None:
    """A sum of money said as a bare 0 right after the input's own cue ("平台费用0", "推广费是0"): 0, in any unit."""
    for cue in (c for c in spec.cues if len(c) > 1 and not re.search(r"\d", str(c))):
        if compiled(re.escape(cue) + r"(?:用)?\s*(?:是|为|:|：)?\s*0(?![\d.])").search(text):
            return Decimal(0)
    return None


def _cued_bare(text: str, spec) -> Decimal | AtLeast | None:
    """A unitless figure right after the input's own cue ("面积是450", "订单量80"), read in the
    input's unit, a floor where said as one ("单量2000多"); money is left out (元 or 万元 cannot be told)."""
    # (not after a cue holding a figure of its own, "1亿", nor a customs code: "都不到1亿 1210加9710一共2亿")
    for cue in (c for c in spec.cues if len(c) > 1 and not re.search(r"\d", str(c))):
        match = compiled(re.escape(cue) + _BARE_AFTER_CUE).search(text)
        if match and not CUSTOMS_CODE.fullmatch(match.group(1)):
            value = Decimal(match.group(1))
            floor = ((_FLOOR_AFTER.match(text, match.end()) or _FLOOR_WORD.match(text, match.end()))
                     and spec.kind in _BOUND_UNIT and spec.kind != "months")
            return AtLeast(value, _BOUND_UNIT[spec.kind]) if floor else value
    return None


def _plain_number(text: str, cues: list[str]) -> Decimal | None:
    """A unitless figure right after its cue: "汇率按7.1算", "汇率是7.08" (not "汇率…300万美元"), or
    said before it with 按: "按7.2的汇率算"."""
    for cue in cues:
        pattern = re.escape(cue) + r"[^\d，,。；;！!？?]{0,4}?(\d+(?:\.\d+)?)(?![\d.]|\s*[万亿元%％美平个家人])"
        match = compiled(pattern).search(text)
        if match:
            return Decimal(match.group(1))
        # "按7.2的汇率算", "按照7.1汇率": the figure said before its cue
        before = compiled(r"按(?:照)?\s*(\d+(?:\.\d+)?)\s*(?:的)?\s*" + re.escape(cue)).search(text)
        if before:
            return Decimal(before.group(1))
    return None


_TIGHT_LIST_GAP = re.compile(r"\s*[、/和及与或]\s*")  # one list: "9610/9710/9810", not "开通了9610 9710没开"
_LIST_GAP = re.compile(r"[\s、，,/和及与或跟也]*")
# "开通了9610", "已经开了9610": a verb of having right before a code (a pending code after it is its own)
_HAD_BEFORE = re.compile(r"(?:开通了|已开通|已经开通|开了|已经开了|已开|做了|已经做了)\s*$")
_LOOSE_LIST_GAP = re.compile(r"\s*[、/和及与或]?\s*")
_ALL_DENIED_AFTER = re.compile(r"\s*(?:(?:一个|一项|任何一个|哪个)\s*)?(?:都|全都|全)\s*(?:没|未|不)"
                               # ("9610 9710 9810还在申请开通": the list still applied for, none opened — OA133)
                               r"|\s*(?:都|也)?(?:还|仍)(?:在|正在)(?:申请|办理|申报)")


# the words that put a case as supposed, not as what is so ("如果", "要是", "假如")
SUPPOSING = r"如果|要是|假如|假设|若是|万一|换成|换作"
_WHAT_IF = re.compile(rf"(?:{SUPPOSING})(?:只是|只|是|为)?[^，,。；;！!？?]{0,12}?"
                      r"(?:呢|的话|会怎样|怎么算|多少)[？?]?"
                      # "认定为市级…企业问能不能再报省级的": another application asked about, no fact
                      r"|(?:能不能|能否|可不可以|可否|是否(?:还)?能|还能|还可以)(?:再|同时|另外|继续|接着)"
                      r"(?:报|申报|申请|拿|享受|领)[^，,。；;！!？?]{0,10}")


def what_if(text: str) -> tuple[str, str]:
    """The hypothetical clauses of a message ("如果只是市级呢？") and the rest of it, or ("", text)
    when it has none or nothing outside them."""
    spans = [m.span() for m in _WHAT_IF.finditer(text)]
    if not spans:
        return "", text
    asked = "，".join(text[a:b] for a, b in spans)
    rest = text
    for a, b in reversed(spans):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return (asked, rest) if rest.strip() else ("", text)


def what_if_choices(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """The other choice a hypothetical clause asks about, per choice input ({"park_level": "市级"})."""
    asked, _rest = what_if(text)
    found: dict[str, Any] = {}
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if asked and spec is not None and spec.kind == "choice" and name in facts:
            value = _choice(asked, spec, rulebook)
            if value is not None and value != facts[name] and not isinstance(value, list):
                found[name] = value
    return found


# a recognition level aimed at, not held: "正在争创省级", "准备申报国家级", "培育省级园区", "省级园区培育"
_AIMED_BEFORE = re.compile(r"(?:争创|创建|培育|筹建|冲刺|力争|争取"
                           r"|(?:正在|准备|打算|计划|想|要|拟)(?:申报|申请|评|参评|创建)|申报创建"
                           r"|(?:还|一直)?在(?:申报|申请|参评))[^，,。；;]{0,6}$")  # ("我们在申报省级…还没下来")
_AIMED_AFTER = re.compile(r"(?:的)?(?:跨境电子商务|跨境电商)?(?:产业)?(?:园区|示范园区|示范企业|示范)?(?:的)?"
                          r"(?:培育|创建|争创|筹建|培育对象|创建单位)")


_RECOGNITION_ASKED = re.compile(r"(?:能|能不能|能否|可以|可不可以|会不会|够不够)(?:被)?"
                                r"(?:认定|评上|评为|申请认定|申报认定)[^，,。；;？?]{0,16}?(?:吗|么|嘛|[？?]|$)")


_THIS_TIME = re.compile(r"(?:这次|这回|本次|现在)(?=[^。；;！!？?]{0,10}?(?:多少|吗|么|[？?]|$))")


def _choice(text: str, spec, rulebook: RuleBook | None = None) -> Any:
    """The choice whose longest matching word is longest ("省级" beats the "市" of "市里");
    negated mentions ("还没评上省级", "没开通1210") count against a choice, not for it."""
    lowered = text.lower()
    best: dict[str, int] = {}
    denied: set[str] = set()
    mentions: list[tuple[int, int, str]] = []
    for choice in spec.choices:
        for word in (choice.value, choice.label, *choice.synonyms):
            word = str(word or "").lower()
            if word:
                mentions += [(m.start(), m.end(), choice.value) for m in literal(word).finditer(lowered)]
    mentions.sort()
    # "国家级正在申报": the 国家 inside 国家级 is no mention of its own (it would escape the denial after it)
    mentions = [m for m in mentions if not any(o is not m and o[0] <= m[0] and m[1] <= o[1]
                                               and o[1] - o[0] > m[1] - m[0] for o in mentions)]
    # "自建了900平…租赁的门槛不是500平吗", "按租赁那档算": a kind naming a rule is no fact of the
    # enterprise, where the message states the fact in other words
    # "国家和省里没给过钱", "享受过省级资金": a level named as who paid is no level the firm was recognized at
    # (a customs code before 资金 names the code's business, as before 的支持: "1210资金支持" — KE174)
    mentions = [m for m in mentions if not (_FUNDS_AFTER.match(lowered, m[1]) and not lowered[m[0]:m[1]].isdigit())
                and not (lowered[m[1] - 1] == "级" and _LEVEL_SUPPORT_AFTER.match(lowered, m[1]))]
    facts_said = [m for m in mentions if not _names_rule(lowered, m[0], m[1])]
    if facts_said and len(facts_said) < len(mentions):
        mentions = facts_said
    if re.search(r"海外|境外", str(spec.label)):  # "签了海外仓租赁合同…另外国内新建仓库花了300万": the
        abroad = [m for m in mentions if not _DOMESTIC_PHRASE.search(_phrase_before(lowered, m[0]))]
        if abroad and len(abroad) < len(mentions):  # domestic one's kind is none of the warehouse abroad's
            mentions = abroad
    if "认定" in str(spec.label):  # "正在争创省级园区", "省级园区培育": a level aimed at is no level held
        mentions = [m for m in mentions if not (_AIMED_BEFORE.search(_phrase_before(lowered, m[0]))
                                                or _AIMED_AFTER.match(lowered, m[1]))]
    denied_until = -1  # "没开9610 9710 9810": a negation governs the list that follows it
    denied_words: dict[str, set[str]] = {}
    said_words: dict[str, set[str]] = {}
    if "认定" in str(spec.label):  # "首次被认定为省级…之前没认定过省级": a level never held before, no denial of it now
        held = {m[2] for m in mentions if not negated(lowered, m[0], m[1])}
        mentions = [m for m in mentions if not (m[2] in held and negated(lowered, m[0], m[1])
                                                and _NEVER_BEFORE.search(_phrase_before(lowered, m[0])))]
    for start, end, value in mentions:
        in_list = denied_until >= 0 and _LIST_GAP.fullmatch(lowered[denied_until:start]) is not None
        if negated(lowered, start, end) or in_list or (start < denied_until):
            denied.add(value)
            denied_words.setdefault(value, set()).add(lowered[start:end])
            denied_until = max(denied_until, end)
        else:
            best[value] = max(best.get(value, 0), end - start)
            said_words.setdefault(value, set()).add(lowered[start:end])
    # "自建了一个海外仓…（这个不在建设合同里）": a word denied (建设) does not undo the choice said
    # outright in another of its words (自建); the same word said and denied stays denied
    denied -= {v for v in denied if said_words.get(v, set()) - denied_words.get(v, set())}
    for index in range(len(mentions) - 1, 0, -1):  # "9610/9710/9810都没开": a denial after a list denies it all
        (start, _, value), (_, before_end, before_value) = mentions[index], mentions[index - 1]
        # ("9610 9710 9810一个都没开通": 都 after the list takes in the codes said with spaces too)
        gap = _LOOSE_LIST_GAP if _ALL_DENIED_AFTER.match(lowered, mentions[-1][1]) else _TIGHT_LIST_GAP
        # ("开通了9610 9810还在申请中": a code said had, then one pending, is no list denied together)
        had = (_HAD_BEFORE.search(lowered, 0, mentions[index - 1][0]) is not None
               and _TIGHT_LIST_GAP.fullmatch(lowered[before_end:start]) is None)
        if value in denied and not had and gap.fullmatch(lowered[before_end:start]) is not None:
            denied.add(before_value)
    for value in denied:
        best.pop(value, None)  # "没开通1210，能按1210那条…": the denial is the fact
    if not best and denied and len(spec.choices) == 2 and not getattr(spec, "multiple", False):
        others = [c.value for c in spec.choices if c.value not in denied]
        if len(others) == 1:
            return others[0]  # "不是重点展会": of two kinds, the other one
    # A choice the calculators derive from the country (航线类型) is left to them: stored as a
    # fact it would outlive a corrected country ("说错了，是飞法兰克福的").
    if not best:
        if getattr(spec, "multiple", False) and denied:
            return []  # "没有开通9610、9710、9810任何一个"
        return None
    if getattr(spec, "multiple", False):
        return list(best)
    named = {value for value, words in said_words.items() if value in best
             and any(w in (str(c.value).lower(), str(c.label).lower()) for c in spec.choices for w in words)}
    if len(named) >= 2 and _EACH_ASKED.search(text):
        return None  # "示范企业奖励 市级 省级 国家级 分别多少": each kind asked about, none of them a fact
    # ("正在申报国家级 目前是省级": a value said only where no other is, 未认定, gives way to the level held)
    if len(best) >= 2 and _offered_apart(lowered, mentions, best):
        return None  # "两个方案：自建大概120万，或者租 一年租金100万": options offered, no kind of the case — asked
    fallback = {c.value for c in spec.choices if getattr(c, "unless_other", False)}
    if set(best) - fallback and not _one_named_not_granted(lowered, best, fallback, said_words):
        best = {v: n for v, n in best.items() if v not in fallback}
    elif set(best) - fallback:
        best = {v: n for v, n in best.items() if v in fallback}
    top = max(best.values())
    winners = [value for value, length in best.items() if length == top]
    return winners[0] if len(winners) == 1 else None


_EACH_ASKED = re.compile(r"分别|各是|各多少|各能|各自多少|各补|各奖|都是多少")
# "申报省级", "争创国家级": words of a recognition sought, said of another level too ("正在申报国家级 目前是省级")
_SOUGHT_WORDS = re.compile(r"申报|争创")
# "已经是省级了", "目前是市级": a level said as held
_HELD_SAID = re.compile(r"已经?(?:是|被|获)|目前是|现在是|早就是")


def _one_named_not_granted(text: str, best: dict[str, int], fallback: set[str],
                           said_words: dict[str, set[str]]) -> bool:
    """Whether the one level named is the one not granted yet: "省级园区的材料报上去了 还没批下来" (SD207: read as
    省级 held, 50万 shown). Words of seeking (正在申报) may be of another level, and a level said as held
    ("已经是省级") stands: the level named wins there, as before."""
    said = {word for value in fallback & set(best) for word in said_words.get(value, ())}
    return (len(set(best) - fallback) == 1 and bool(said) and not any(_SOUGHT_WORDS.search(w) for w in said)
            and not _HELD_SAID.search(text))
# "自建…或者租…", "要么自建要么租", "两个方案": kinds offered as alternatives, none chosen yet
_ALTERNATIVE = re.compile(r"或者|或是|还是|要么|抑或|两个方案|两种方案|两套方案|二选一")


def _offered_apart(text: str, mentions: list[tuple[int, int, str]], best: dict[str, int]) -> bool:
    """Whether two kinds said are offered as alternatives: a word of choosing between their first mentions."""
    firsts = sorted(next(m for m in mentions if m[2] == value) for value in best)
    return bool(_ALTERNATIVE.search(text, firsts[0][1], firsts[-1][0])) or bool(
        re.search(r"两(?:个|种|套)方案", text))
# "之前没认定过", "以前从没评过", "此前未被认定": what never happened before (a first time now)
_NEVER_BEFORE = re.compile(r"(?:之前|以前|此前|过去|原来|从前)[^，,。；;]{0,4}?(?:没|未|从没|从未|不曾)"
                           r"[^，,。；;]{0,6}?过?")
_DOMESTIC_PHRASE = re.compile(r"国内|境内")
# "平时主要做一般贸易…去年试着走了9610": the firm's usual business, beside the matter said outright
# ("CE认证是以前就拿到的 2025年只是把证书续期了": a renewal of what was had before is never new, whatever 以前 says)
_RENEWED = re.compile(r"续期|续证|续展|年审|复审|换证")
_USUAL_BUSINESS = re.compile(r"平时|主要|一直|以前|原来|之前|传统上|平常|通常")
# a state still waited on ("一直没批下来", "还在评审"): no business usually done, whatever adverb is before it
_WAITING = re.compile(r"没|未|尚未|还没|还在|正在|审|评审|公示")
_BESIDES = re.compile(r"另外|此外|除此之外|除了这个|同时还|另有")
# "在欧洲还有两个办事处", "另外设了一家贸易公司": entities the firm has, said right before their word
_HAS_BESIDES = re.compile(r"(?:还有|另有|还设有?|设有|设了|开了|成立了|下面有|旗下有?)\s*"
                          r"(?:[一二两三四五六七八九十几\d]+\s*(?:个|家|处))?\s*$")
_ENTITY_WORD = re.compile(r"公司|办事处|企业|工厂|厂|个体户")
# a part of the message about a domestic thing: from 国内/境内 (after 另外, 还有 or a break) to the next break or
# the next thing abroad
# ("另外公司还在国内租了个3000平的仓库": the firm said between)
# ("同时在国内还租了2000平的冷库（年租金80万）": any place to store or make goods at home, 同时 or 并且 before it)
_DOMESTIC_PART = re.compile(r"(?:另外|此外|还有|以及|[，,。；;\s])\s*(?:还有|另外|同时|并且|而且)?\s*"
                            r"(?:(?:我们|公司|企业|我司)?(?:还|也)?)?\s*(?:在)?(?:国内|境内)"
                            r"[^，,。；;]*?(?:仓库|仓|冷库|库房|厂房|工厂|门店|办公室|写字楼)[^。；;]*?"
                            r"(?=海外|境外|国外|[。；;]|$)")


def _of_domestic_thing(text: str, quantity: Quantity) -> bool:
    """Whether a figure is said in the part of the message about a domestic warehouse or plant."""
    return any(m.start() <= quantity.span[0] < m.end() for m in _DOMESTIC_PART.finditer(text))


def _phrase_of(text: str, quantity: Quantity) -> str:
    """The phrase a figure stands in, between the punctuation before and after it."""
    start = max((m.end() for m in _PHRASE_MARK.finditer(text, 0, quantity.span[0])), default=0)
    end = _PHRASE_MARK.search(text, quantity.span[1])
    return text[start:end.start() if end else len(text)]


_LEVEL_NAMED = re.compile(r"国家级|省级|市级")


def _of_another_level(text: str, at: int, cues: list[str]) -> bool:
    """Whether the words at `at` are said of a level ("去年申请省级的没批下来") other than the one the cue is said
    with ("认定为市级跨境电商示范企业")."""
    said = set(_LEVEL_NAMED.findall(_phrase_before(text, at)))
    held = {m.group(0) for c in cues if len(c) >= 2
            for m in re.finditer(rf"(?:国家级|省级|市级)(?=[^，,。；;！!？?]{{0,10}}?{re.escape(c)})", text)}
    return bool(said) and bool(held) and not said & held


def _phrase_before(text: str, start: int) -> str:
    """The words of a phrase up to a position: from the last punctuation before it."""
    return text[max((m.end() for m in _PHRASE_MARK.finditer(text, max(0, start - 20), start)),
                    default=max(0, start - 20)):start]


_RULE_AFTER = re.compile(r"\s*(?:的|那|这)?\s*(?:门槛|标准|条件|要求|档|条款|那条|规定|补贴标准)"
                         # "租的500平就够": a threshold restated, the rule of that kind
                         r"|\s*的?\s*(?:只要|只需|需要|要)?\s*\d[\d.]*\s*(?:万|亿)?\s*(?:平方米|平|单|人|元|美元|个)?\s*"
                         r"就(?:够|行|可以|达标|符合)"
                         # "市级的是十万吧", "省级示范企业拿15万": a level's award recalled, the rule of that level
                         r"|(?:[^，,。；;！!？?\d]{0,6}?(?:拿|给|奖|补|能拿|可以拿|奖励)|\s*(?:的)?(?:话)?是)\s*"
                         r"(?:\d[\d.]*|[一二两三四五六七八九十]+)\s*(?:万|千)"
                         # "他说市级的是10万 国家级20万 省级的呢": a level with its award, the figure straight after
                         r"|\s*(?:\d[\d.]*|[一二两三四五六七八九十]+)\s*万(?:元)?(?=\s|[，,。；;、？?]|$)")
_RULE_BEFORE = re.compile(r"按(?:照)?\s*$")


# (after a level's word) what that level paid or did not pay: "(国家)和省里没给过钱", "(省级)资金", "(国家)补过"
_FUNDS_AFTER = re.compile(r"(?:里|级)?(?:(?:和|与|及|、|或)(?:省|市|国家|中央)(?:里|级)?)?(?:财政)?"
                          r"(?:都|也|还)?(?:(?:没有?|未|从没|从未|不曾)(?:给|补|拨|发|奖|支持)(?:过)?"
                          r"|(?:已经?|曾经?)?(?:给|补|拨|发|奖)过|(?:的)?(?:专项)?(?:资金|拨款|的钱))")
# "园区的市级支持…已被认定为省级园区": a level's support, policy or share is no level held (not "1210的支持比例")
_LEVEL_SUPPORT_AFTER = re.compile(r"(?:的)?(?:支持|扶持|奖补|政策|配套)"
                                  r"|(?:补贴|补助|奖励)(?!\s*(?:是|有|能|可以)?\s*(?:多少|几))")


_PEOPLE_AND_FIRMS = ("家", "人", "名", "期", "次", "班", "个")


_FRAME_BEFORE = re.compile(r"(?:这|近|最近|过去|前)\s*$")
_USED_AFTER = re.compile(r"\s*(?:来|多)?\s*(?:一直)?(?:都)?(?:在)?(?:用|使用|运营|经营|营业|租|开)")
_PERIOD_OF_OTHER = re.compile(r"(?:押金|免租期?|装修期?|账期|预付|保证金|质保期?)(?:是|为|交了?|付了?)?\s*$")
# "隔壁公司", "同行", "别人家": another firm, whose awards and doings are none of this one's facts
_OTHER_FIRM = re.compile(r"隔壁|别人|人家|同行|其他企业|其他公司|别的企业|别的公司|另一家|另外一家"
                         r"|朋友(?:的)?公司|他们公司")


def _names_rule(text: str, start: int, end: int) -> bool:
    """Whether a choice word names a rule ("租赁的门槛", "按租赁算") rather than a fact."""
    return bool(_RULE_AFTER.match(text, end) or _RULE_BEFORE.search(text, max(0, start - 3), start))


_ORDINAL = re.compile(r"(?:排名?|位列|位居|列|名次)(?:全市|全省|本市)?"
                      r"(?:是|为|变成|变为|降到|掉到|升到|降为|升为)?(?:第)?"
                      r"([一二三四五六七八九十]{1,3}|\d{1,3})(?![下些个])(?:名|位)?"  # ("列一下" is no rank)
                      r"|第([一二三四五六七八九十]{1,3}|\d{1,3})名"
                      r"|(?:全市|本市|市里)[^，,。；;\d第]{0,4}?(?:排名?)?第([一二三四五六七八九十]{1,3}|\d{1,3})"
                      # "乙3300万美元第二": a place said right after the sum it ranks (not "第二年", "第三批")
                      r"|(?<=[元万亿])\s*第([一二三四五六七八九十]|\d)(?![\d一二三四五六七八九十个期批年次届轮天月季章条款项家])")


def _ordinal(text: str) -> int | None:
    """A rank written as 排第二 / 排名第3 / 第五名."""
    from calculators.quantity import parse_number

    ranks = list(_ORDINAL.finditer(text))
    if not ranks:
        return None
    match = ranks[0]
    if len(ranks) > 1:  # "2022年排全市第三，2023年排第一…按2023年的排名": the rank of the year asked, else the latest
        dated = {int(years[-1]): m for m in ranks
                 if (years := _PART_YEAR.findall(text, max(0, m.start() - 12), m.start()))}
        asked = _asked_year(text) or next((y for y in re.findall(r"按\s*((?:19|20)\d{2})\s*年", text)), None)
        if len(dated) == len(ranks):
            match = dated.get(int(asked)) if asked and int(asked) in dated else dated[max(dated)]
    number = parse_number(match.group(1) or match.group(2) or match.group(3) or match.group(4))
    return int(number) if number is not None and number > 0 else None


_ASKING = re.compile(r"有没有|有没|是不是|是否|能不能|可不可以|会不会|算不算|要不要|需不需要|行不行")


def negated(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are negated within their clause of the sentence
    ("还没在潍坊海关备案", "9610没有")."""
    left = text[:start]
    cut = max((m.end() for m in _SEGMENT.finditer(left)), default=0)
    reach = 24 if "、" in left[max(cut, start - 24):] else 12  # a negated list: 没有开通A、B、C
    before = left[max(cut, start - reach):]
    after = text[end:end + 8]
    # "有没有城市支持…", "是不是已经备案", "能不能": a question, not a denial
    denial = [m for m in _NEGATION_WORDS.finditer(before)
              if not _ASKING.search(before, max(0, m.start() - 1), min(len(before), m.end() + 1))]
    # "不是自建是租的", "没有自建，而是租的": what follows 是/而是 after the denial is affirmed
    if denial and _CONTRAST.search(before, denial[-1].end()):
        denial = []
    # "不是没备案", "我们不是没有在第三方平台做推广": a denial denied is an affirmation (NC241, NC242)
    if denial and any(d.end() >= denial[-1].end() for d in _DOUBLE_DENIAL.finditer(before)):
        denial = []
    # ("不是新落户的", "并非首次注册": the denial of a qualifier right before the words — 新, 首次 — is no denial of
    # them: the firm did settle, only not lately)
    if denial and _QUALIFIER_DENIED.search(before):
        denial = []
    # "（非新企业）", "非制造业企业": 非 right before the words denies them; "非市政府支持的重点展" (PC009): the words
    # its phrase qualifies too
    # ("从2023年10月起就停止运营了", RC174: read as 正常运营 and 100万 shown): a stop of the matter denies it
    return bool(denial or _NEGATION_AFTER.match(after) or before.endswith("非") or _DENIED_PHRASE.search(before)
                or _CEASED_BEFORE.search(before) or _PENDING_AFTER.match(text, end))


# "9810申请了还没开通", "9810还在申请中", "牌照正在办" (SD137: read as opened, 30万 shown): a thing applied for and
# not yet had — unless it came through ("申请了 已经批下来了") or the words ask ("申请了吗")
_PENDING_AFTER = re.compile(r"(?:的|业务|模式|牌照|资质|许可证?)?\s*(?:我们|公司)?\s*(?:已经|刚刚?|也)?"
                            r"(?:申请了|报上去了|交上去了|提交了|(?:还|正)?在(?:向[^，,。；;\d]{1,8}?)?申请|申请中|正在办|还在办|在办理|"
                            r"正在办理|还在办理|办理中|在审批|审批中|还在审批|在走流程|还在走流程)"
                            r"(?![^，,。；;！!？?]{0,6}?(?:下来了|通过了|批了|批下来|开通了|开了|拿到了|[吗么嘛？?]))")
_CEASED_BEFORE = re.compile(r"(?:停止|暂停|终止|中止|中断|停掉|关停|停办)\s*了?\s*$")
_DENIED_PHRASE = re.compile(r"(?<![是并])非(?!常|要|得|法|洲)[^，,。；;！!？?\s非]{1,10}的$")


# "…外贸政策奖励能一起拿吗", "…能不能同时享受": the other award named in a question whether both can be had
_COMBINE_ASKED_AFTER = re.compile(r"[^，,。；;！!？?]{0,12}?(?:能|能不能|可以|可不可以|可否|是否)?\s*"
                                  r"(?:一起拿|同时拿|一起享受|同时享受|叠加|都拿|都能拿|兼得|重复享受|一起领|同时领)")
_HAD_LABEL = re.compile(r"已享受|已获得|已领取|已拿")
_DOUBLE_DENIAL = re.compile(r"(?:不是|并不是|并非|也不是|倒不是)\s*(?:没有|没|未|不)")
_QUALIFIER_DENIED = re.compile(r"(?:不是|并非|并不是|不算|不属于)\s*(?:新|首次|第一次|刚刚?|最近)\s*$")


_OWNED = "企业|公司|商家|卖家|厂|高校|院校|学校|大学|学院|职院|机构"


def _other_city_owner(text: str, cues: list[str], direct: bool = False, covered: tuple[str, ...] = ()) -> bool:
    """Whether a city without a policy here owns the subject: "太原的一所高校", "合肥的公司",
    "注册在北京", "外地注册的"; `direct`: only where the cue itself names the city ("注册在北京"); `covered`: the
    cities with a policy here other than the measure's own ("在济南工商注册的" for a 潍坊 rule), said as the owner
    by the cue itself."""
    from assistant.places import other_city_names

    own_cues = "|".join(re.escape(c) for c in cues if len(c) > 1)
    if own_cues and any(re.search(rf"在\s*{re.escape(city)}(?:市)?[^，,。；;\d]{{0,4}}?(?:{own_cues})"
                                  rf"|(?:{own_cues})(?:地)?(?:在|于|是)\s*{re.escape(city)}"
                                  # ("济南注册的跨境电商平台 在潍坊也有业务": the city, its cue, then what it owns)
                                  rf"|{re.escape(city)}(?:市)?(?:工商)?(?:{own_cues})的", text)
                        for city in covered if city in text):
        return True  # (a covered city other than the measure's, as the owner)

    words = "|".join([_OWNED, *(re.escape(c) for c in cues if len(c) > 1)])
    own = "|".join(re.escape(c) for c in cues if len(c) > 1) or "(?!)"
    # ("外地注册的": no city named, so only the cue itself right after it says whose: "外地企业" may be the clients)
    return any(((not direct or city in _ELSEWHERE)
                # ("太原的一所职业学院", "唐山那边有家企业": a place word, a measure word, a qualifier between)
                and re.search(re.escape(city) + rf"(?:市)?(?:那边|这边|那里|当地)?(?:的|本地的?)?(?:有)?"
                                                rf"(?:一所|一家|一个|家|所)?[^\s，,。；;！!？?\d的]{{0,4}}?"
                                                rf"(?:{own if city in _ELSEWHERE else words})", text))
               # "注册在北京" (not "我们运城公司在上海参加了…展会": where it did a thing, not where it is)
               or re.search(rf"(?:{words})(?:地)?(?:在|于|是)\s*{re.escape(city)}"
                            r"(?![^，,。；;]{0,6}?(?:参加|参展|举办|办展|开展|展会|博览会|交易会))", text)
               # "我们在合肥注册的跨境电商综合服务平台": the cue right after the city it is done in
               or re.search(rf"在\s*{re.escape(city)}(?:市)?(?:工商)?(?:{own})", text)
               for city in (*other_city_names(), *_ELSEWHERE) if city in text)


# no city named, somewhere else all the same: "外地注册的平台", "注册在外省"
_ELSEWHERE = (*ELSEWHERE_PLACES, "别的城市", "其他城市", "别的地方", "其他地方")
_DOING_HERE = r"(?:市)?(?:这边|那边)?(?:租|自建|建|设立|开)"


def other_city_enterprises(text: str) -> bool:
    """Whether enterprises are said to be another city's: "这5家都是合肥的企业", or the city is the one
    doing the matter ("杭州租海外仓能补多少", not "在杭州参展")."""
    from assistant.places import other_city_names

    # ("招引的是合肥的5家企业": the count between the city and the firms)
    return other_city_places(text) or any(
        re.search(re.escape(city) + r"(?:市)?(?:那边|这边|那里|当地)?(?:的|本地的?)?(?:有)?"
                  r"(?:一家|家|一个|[两二三四五六七八九十\d]{1,3}\s*家)?(?:企业|公司|商家|卖家|厂)", text)
               # "其中有3家是合肥的", "这5家都是合肥本地的", "新招引的企业都是合肥的": counted firms said to be
               # that city's
               or re.search(r"(?:家|个)(?:企业|公司)?\s*(?:都|也|全)?(?:是|来自|属于)\s*" + re.escape(city)
                            + r"(?:市)?(?:本地)?的", text)
               # (firms said all at once, never the applicant: "我们公司是北京的 在秦皇岛开了体验店")
               or re.search(r"(?<!我们)(?<!咱们)(?<!我)(?:企业|公司|商家|卖家)\s*(?:都|全|全都|全部)(?:是|来自|属于)\s*"
                            + re.escape(city) + r"(?:市)?(?:本地)?(?:的|企业)", text)
        for city in other_city_names() if city in text)


def local_place_inputs() -> set[str]:
    """The inputs of where a thing is in the city (the store's): said to be in another city, they fail."""
    return set(_data().get("local_place", ()))


def other_city_places(text: str) -> bool:
    """Whether the thing itself is said to be in another city ("体验店开在天津滨海新区", "在北京开了个跨境O2O体验店",
    "杭州租海外仓"), whoever's firm it is."""
    from assistant.places import other_city_names

    return any(re.search(r"(?:开在|设在|建在|位于|落户在?)\s*" + re.escape(city), text)
               or re.search(r"在\s*" + re.escape(city)
                            + r"[^，,。；;]{0,4}?(?:开了?|开设了?|设了?|建了?)(?:个|一个|一家|家)?"
                            # ("在天津开了个200平方米的跨境进口体验店": its size and kind between, LV138)
                            r"[^，,。；;]{0,16}?(?:店|展示中心|门店|展厅)", text)
               or re.search(r"(?<![在去到往飞赴])" + re.escape(city) + _DOING_HERE, text)
               for city in other_city_names() if city in text)


def _without_counted_elsewhere(text: str) -> str:
    """The text with each phrase saying some of the firms counted are another city's blanked ("不过其中3家是合肥的
    企业"): it says nothing of the applicant's own city."""
    for city in _other_cities_named(text):
        # ("新招引了5家合肥企业", "招了合肥的3家公司": firms counted by their number, none of them the applicant)
        # ("还有2家是合肥的企业": more firms, said to be that city's)
        counted = re.search(rf"[一二两三四五六七八九十几\d]+\s*家\s*(?:都|也|全)?(?:是|来自)?\s*"
                            rf"{re.escape(city.group(0))}(?:市)?(?:本地)?的?"
                            rf"(?:企业|公司|商家|卖家|厂)|{re.escape(city.group(0))}(?:市)?(?:本地)?的?\s*"
                            rf"[一二两三四五六七八九十几\d]+\s*家(?:企业|公司|商家|卖家|厂)", text)
        if counted is not None:
            text = text[:counted.start()] + " " * (counted.end() - counted.start()) + text[counted.end():]
            continue
        some = [m for m in SOME_OF_THEM.finditer(text, max(0, city.start() - 14), city.start())
                if not re.search(r"[，,。；;]", text[m.end():city.start()])]
        if some:
            end = _FRAGMENT_END.search(text, city.end())
            stop = end.start() if end else len(text)
            text = text[:some[-1].start()] + " " * (stop - some[-1].start()) + text[stop:]
    return text


def some_counted_elsewhere(text: str) -> int:
    """How many of the firms counted the message says are another city's ("不过其中3家是合肥的企业": 3), or 0."""
    return _some_of_them(text, [m.start() for m in _other_cities_named(text)]) if other_city_enterprises(text) else 0


def _other_cities_named(text: str) -> list[re.Match]:
    """Where the message names a city other than the five, first to last."""
    from assistant.places import other_city_alternation

    return list(re.finditer(other_city_alternation(), text))


def _cue_pattern(cue: str) -> str:
    """A cue as a pattern: "刚…成立" matches 刚 and 成立 within one phrase ("刚在六安成立"), up to
    8 characters apart; "认定为……试点" up to 16 (a long name between: "认定为市级跨境电商公共海外仓试点")."""
    parts = re.split(r"(…+)", cue)
    return "".join(re.escape(p) if not p.startswith("…") else
                   (r"[^，,。；;！!？?]{0,16}?" if len(p) > 1 else r"[^，,。；;！!？?]{0,8}?") for p in parts)


_SHORT_GENERIC = {"平台", "推广", "新建", "注册", "申报", "统计", "纳入"}
_DENIED_OUTRIGHT = {"新建", "注册", "纳入"}  # acts of the matter itself, which 不是 right before denies
_OUTRIGHT = re.compile(r"(?:不是|并非|并不是|也不是|都不是|(?<![是并])非)\s*$")
# "没在潍坊注册", "不在本市注册": the act denied at a place (OA105)
_NOT_THERE = re.compile(r"(?:没有|没|未|不|并未|从未)(?:有)?\s*(?:在|到)[\u4e00-\u9fff]{1,6}?(?:市|这边|本地)?\s*$")


_RECOGNISED_AS = re.compile(r"认定(?:为|成|是)\s*([^，,。；;！!？?\s]{2,24})")
_RECOGNISED_KIND = re.compile(r"园区|企业|公共海外仓|海外仓|平台|基地|试点|学校|院校|产业带|公司")


def _levels_of_other(text: str, label: str) -> bool:
    """Whether every recognition the text tells is of another kind of thing than the one whose level a choice input's
    label asks ("获认定的跨境电商示范企业级别": a firm's; "认定为市级公共海外仓试点" is a pilot's)."""
    own_kinds = set(_RECOGNISED_KIND.findall(label))
    told = [set(_RECOGNISED_KIND.findall(m.group(1))) for m in _RECOGNISED_AS.finditer(text)]
    told = [kinds for kinds in told if kinds]
    return bool(own_kinds) and bool(told) and not any(kinds & own_kinds for kinds in told)


def _recognised_as_other(text: str, label: str) -> bool:
    """Whether every recognition the text tells ("认定为市级跨境电商示范企业") is of another kind of thing than the one
    a yes/no input's label is the recognition of ("是否经市商务局认定为市级跨境电商示范园区")."""
    own = _RECOGNISED_AS.search(label)
    own_kinds = set(_RECOGNISED_KIND.findall(own.group(1))) if own else set()
    told = [set(_RECOGNISED_KIND.findall(m.group(1))) for m in _RECOGNISED_AS.finditer(text)]
    told = [kinds for kinds in told if kinds]
    return bool(own_kinds) and bool(told) and not any(kinds & own_kinds for kinds in told)


def _bool(text: str, cues: list[str], subject: set[str]) -> bool | None:
    """True when a cue is stated, False when any mention of it is negated ("还没通过海关验收");
    cues that merely name the subject of the measure (查验场所) are no evidence either way."""
    seen = False
    for cue in cues:
        if len(cue) < 2:
            continue
        for match in compiled(_cue_pattern(cue)).finditer(text):
            if _ASKED.search(text[max(0, match.start() - 9):match.start()]) or _RULE_ASKED.match(text, match.end()):
                continue  # "能不能认定市级示范园区", "备案是必须的吗": the cue asked about is no fact either way
            if _STILL_TO_DO.search(text, max(0, match.start() - 10), match.start()) or _IN_TIME_ASKED.match(
                    text, match.end()):
                continue  # "那现在补备案还来得及吗": a step still to be taken, asked about, is not taken (LR057)
            if (_NAMES_THE_MEASURE.match(text, match.end())
                    and _ASKS_FOR.search(text, max(0, match.start() - 5), match.start())):
                continue  # "能拿9610那个一次性5万吗": the cue names the measure asked for, no fact
            if cue[0] in "新刚才今" and _OF_ANOTHER_FIRM.match(text, match.end()):
                continue  # "一部分是今年新成立的子公司做的": a subsidiary's newness, not the applicant's (KL172)
            if negated(text, match.start(), match.end()):
                if len(cue) <= 2 and cue in _SHORT_GENERIC and not (
                        cue in _DENIED_OUTRIGHT and (_OUTRIGHT.search(text, max(0, match.start() - 4), match.start())
                                                     or _NOT_THERE.search(text, max(0, match.start() - 10),
                                                                          match.start()))):
                    continue  # "这笔不算平台费": a bare 平台 denied says nothing about using one
                    # (but "其实是2023年就建好的 不是新建": the matter's own act, denied outright)
                return False  # even a subject word, denied, is evidence: "还没被认定为…试点"
            seen = seen or cue not in subject
    return True if seen else None


# "补备案", "现在去备案", "打算去认定": the cue's step still to be taken; "…还来得及吗": whether it is in time
_STILL_TO_DO = re.compile(r"(?:补|补办|补做|去补|现在去|再去|要去|得去|打算去?|准备去?|计划去?|想去)"
                          r"(?:[在到]?[\u4e00-\u9fff]{2,3}?(?:海关|商务局)?)?\s*$")  # ("现在去潍坊海关备案")
_IN_TIME_ASKED = re.compile(r"\s*(?:的话)?\s*(?:现在)?\s*(?:还)?\s*(?:来得及|来不来得及|赶得上|赶不赶得上|赶趟)")
_OF_ANOTHER_FIRM = re.compile(r"\s*的?\s*(?:子公司|分公司|关联公司|兄弟公司|合作方|客户|供应商|那家|那个公司)")
_NAMES_THE_MEASURE = re.compile(r"\s*(?:的)?(?:那个|那项|那条|那档)"
                                # "能拿9610的5万奖励吗": the award the code names, no trade of the code's
                                r"|\s*(?:的)?\s*[\d.]+\s*万?\s*(?:元)?\s*(?:的)?(?:一次性)?(?:奖励|补贴|补助|奖金)")
_RULE_ASKED = re.compile(r"\s*(?:是|算|也是)?\s*(?:必须|必需|必要|一定要|硬性|强制)(?:的|要求的?)?\s*"
                         r"(?:吗|么|嘛|不|\?|？)")
_ASKS_FOR = re.compile(r"(?:能拿|能不能拿|可以拿|能领|能申请|能不能申请|申请|申报|享受|拿)\s*$")
_ASKED = re.compile(r"(?:能不能|能否|可不可以|可否|是否|要不要|需不需要|需要怎么|怎么|如何|怎样)\s*(?:被|去|申请)?$"
                    # "能不能跟市级外贸政策的奖励一起拿": another award it would combine with, asked, none had
                    r"|(?:能不能|能否|可不可以|可否|可以|还能|能)\s*(?:再)?\s*(?:跟|和|与|同)\s*(?:市级|省级|市里|省里|国家)?"
                    r"(?:的)?\s*$"
                    # "拿了这个还能再享受市级外贸政策吗": a further claim asked about, no claim made
                    r"|(?:还能|还可以|还可)\s*(?:再|同时|继续|一起)?\s*(?:享受|拿|申请|领|报)(?:市级|省级|国家|的)?$")


# "2025年新认定的园区", "2023年建的仓": a year with the event it dates (no month given).
# "2023年底注册的", "园区2022年开始运营": the firm's or the park's start is no date of the matter
# while another date is given
_FOUNDING = re.compile(r"注册|成立|开始运营|开始经营|开业|开的|开园|建成的|起运营")  # ("园区2021年开的": its opening)
_FOUNDED_AFTER = re.compile(r"\s*(?:份|底|初)?(?:就|才|刚)?(?:注册|成立|设立|创立|创办|开办|开始运营|开始经营|开业)")
# (the place it was done in may stand between: "2025年在波兰华沙租了个仓")
_UNTIL_YEAR = re.compile(r"(?:到|至|直到|一直到)\s*$")
_EVENT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"
                         # ("2023年全年在日本租的": the whole year, then the place)
                         r"(?:全年|整年|一整年|一年|上半年|下半年)?(?:[^，,。；;！!？?\d]{0,4}?|(?:我们|我司|公司|企业)?(?:就|也|都|想|打算|准备|计划|要)?在[^，,。；;！!？?\d]{1,10}?"
                         # ("2025年园区首次被认定为…": the thing and the time word before 被)
                         r"|[^，,。；;！!？?\d\s]{0,6}?被[^，,。；;！!？?\d]{0,8}?"
                         # ("今年和跨境电商服务公司签了合作": the party done with, then the verb)
                         r"|(?:就|也|又|刚)?(?:和|与|跟|同)[^，,。；;！!？?\d\s]{1,12}?"
                         # ("2026年经省教育厅批准设了…专业": the approving body, then the approval)
                         # ("2025年才经海关验收投用": the body that accepted it — TA219)
                         r"|(?:才|刚|已|已经|就)?经[^，,。；;！!？?\d\s]{1,10}?(?=批准|审批|认定|同意|验收))"
                         r"(?:新认定|批准|审批|同意|认定|评上|评为|获评|入选|获批|升成|升为|升到|升级|升|建成|建好|建的|建了|建设|新建|自建|投建|投资|盖了|"
                         r"再建|又建|建一个|建个|"
                         r"租|参展|参加|获得|"
                         r"取得|拿到|拿的|"
                         r"注册|成立|投用|启用|开通|开始|签|拿了|拿下|新拿|"
                         # doing the matter itself: "2025年按计划办了两期", "2024年组织了培训", "2025年投保"
                         # ("今年刚做完欧盟商标注册": the matter finished that year — RB046)
                         r"[做办弄搞建装修]完|完成|"
                         r"办|举办|开办|开展|组织|培训|做了|做的|搞了|搞的|弄了|投了|投入|投保|购买|采购|买了|花了|支付|付了|交了|缴了|缴纳|"
                         r"上线|开了|开的|计划飞|打算飞|准备飞|执飞|飞了|首飞|开飞|开通|"
                         r"招收|通过考核|考核通过|结业|毕业|引进|落户|入驻|设立|验收|通过验收|"
                         # ("都是2026年的事": the matters' year, said of them all)
                         r"的事|的情况|发生"
                         # ("2025年那届 4个展位…；2026年这届…": the edition of a fair or class of that year)
                         r"|(?:那|这)(?:届|期|场)|的展会|展会)"
                         r"|((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^，,。；;！!？?]{0,16}?"
                         # ("增加600万美元 是2025年全年的数据": the year the figures said are of)
                         r"(?:进出口|交易额|交易|销售额|营收|出口|进口|卖了|销售|的数据|的统计|的报表"
                         # ("2026年我们亚马逊店1到10月已经做了600万": sales said as what was done)
                         r"|(?:做了|做到了?|跑了|走了)\s*\d"
                         # ("运城到首尔 2025年全年20班", "那2026年呢 同样20班": the flights counted in that year)
                         r"|\d+\s*(?:个)?\s*(?:班|架次)(?![级主组长子])"
                         # ("2025年每年60人通过考核", "2024年招生60人": the students counted in that year)
                         r"|\d+\s*(?:个|名)?\s*(?:人|学生|学员)\s*(?:通过|考核|结业|毕业)"
                         # ("2026年招了55人": the students enrolled that year; not "招了1800个新生", its intake)
                         r"|招(?:了|生|收)?\s*\d+\s*(?:个|名)?\s*(?:人|学生|学员)"
                         r"(?![\u4e00-\u9fff]{0,2}新生))")


_PLANNED_YEAR = re.compile(r"(?:打算|计划|准备|预计|拟|想|要)(?:在|于)?\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"
                           # ("2027年企业准备去德国参加重点展会": the year, then who plans it)
                           r"|((?:19|20)\d{2})\s*年\s*(?:企业|公司|我们|我司|他们)?\s*(?:打算|计划|准备|预计|拟|想要)")
_TRADE_YEAR_AFTER = re.compile(r"(?:进出口额?|交易额|销售额|营收|出口额?|进口额?)\s*(?:在)?\s*"
                               r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:是|为|有|达到?|做了?|做到了?|共|一共)?\s*\d")


# "2025年比2024年增加了", "2025年度同比增长": the year a change is measured in, before its comparison
_BASE_YEAR_BEFORE = re.compile(r"(?:比|较|相比|同比|对比)\s*$")
_COMPARED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:的[^，,。；;\d]{0,8}?)?(?:比|较|同比|相比|对比)")


_NAMED_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(海关|商务局|税务局)")


def _elsewhere(text: str, place: str) -> bool:
    """Whether the text names the same kind of office in another place ("青岛海关" where the
    clause says "潍坊海关"): `place` is the office the clause names."""
    return any(place.endswith(m.group(2)) and place not in m.group(0) for m in _NAMED_OFFICE.finditer(text))


# "9610项下跨境电商出口正好5万美刀": a code up to 12 characters before its figure, no denial between
_CODE_TO_FIGURE = r")[^，,。；;\d没无不未]{0,12}[1-9]"
# "出口12万美元（9610项下）", "12万美元是9610项下的": a figure, then the code it is of
_FIGURE_TO_CODE = (r"\d\s*(?:万|亿)?\s*(?:美元|元|人民币)\s*(?:[（(]\s*|都是|是|全是|均为|为)\s*"
                   r"(?:海关)?(?:统计)?(?:的)?\s*{code}\s*(?:项下|方式|模式|口径)")


_LOCAL_PLATFORMS = ("综服平台", "综合服务平台")
_PLATFORM_AS_MEASURE = re.compile(r"(?:综服平台|综合服务平台)[^，,。；;\d]{0,8}?"
                                  r"(?:那个|那条|那项|这条|这项|政策|补助|补贴|奖励)")


def _home(text: str, city: str, cues: list[str], direct: bool = False) -> bool | None:
    """True where the city (or 本市/本地) is named as the owner of a cue's subject: "运城的高职
    院校", "在秦皇岛设立独立法人", "注册在秦皇岛"; False where it is so named and denied outright ("不是在六安注册的");
    None otherwise (naming nothing proves nothing).
    `direct`: only where the cue itself names the city ("注册在秦皇岛")."""
    words = "|".join(re.escape(c) for c in cues if len(c) > 1)
    if not words:
        return None
    place = rf"(?:{re.escape(city)}|本市|本地|我市|当地)"
    pattern = ("" if direct else rf"{place}(?:市)?[^，,。；;！!？?]{{0,8}}?(?:{words})|") + (
        # ("…一所大学 在运城有合作企业": a new chat fragment, another matter's place)
        rf"(?:{words})(?:[^，,。；;！!？?\d没不未\s]{{0,3}}?(?:在|于)|\s*\bin\b)\s*{place}"  # "注册在秦皇岛"
        # (not where it did a thing: "太原的一所高职院校在运城办了培训班" — OD032)
        r"(?!(?:市)?\s*(?:办|开了|开班|开设|举办|开展|搞|做了|组织|合作|有个|有一个|设了))")
    from assistant.places import other_city_names

    denied = False
    for match in compiled(pattern).finditer(text):
        # ("没在潍坊注册": the home city denied; "运城 太原的一所高校": another city between names the owner)
        said_not = re.search(r"(?:没有?|不|未|并非|不是)\s*在?\s*$", text[max(0, match.start() - 4):match.start()])
        if not negated(text, match.start(), match.end()) and not said_not and not any(
                other in match.group(0) for other in other_city_names() if other != city):
            return True
        denied = denied or bool(said_not and match.group(0).startswith(city))
    # ("我们平台不是在六安注册的 在合肥": the home city named as the owner and denied outright — QC209 had kept it open)
    return False if denied else None


_UNTIL_BEFORE = re.compile(r"(?:到|至|截至|截止到?)\s*$")


# "算2025年的", "按2025年度申报": the year the matter is counted in, said outright
_COUNTED_AS_YEAR = re.compile(r"(?:算|按|报|申报)\s*((?:19|20)\d{2})\s*年(?:度)?(?:的|申报|来算)?(?![\d月])")


# "今天是2024年1月1日", "Today is 2024-01-01": a claim of what day it is, never the date of the matter (LW237)
_TODAY_CLAIMED = re.compile(r"(?:今天|今日|现在|当前|目前|today|now)\s*(?:已经)?(?:是|为|日期是?)\s*"
                            r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?", re.I)


def _date_value(text: str):
    from datetime import date

    text = _TODAY_CLAIMED.sub(lambda m: " " * len(m.group(0)), text)
    counted = _COUNTED_AS_YEAR.search(text)
    if counted and not span(text):
        return f"{counted.group(1)}年"
    period = span(text)
    if period is not None:  # "2024年3月租到2025年2月": the matter runs over a period
        if not period.exact:  # a start year alone: from its first day
            from datetime import date as _date

            return Period(_date(period.start.year, 1, 1), period.end, period.words)
        return Period(period.start, period.end, period.words)
    # "…到2026年11月已经用了一年多" (到现在, resolved): the end of a period is no date of the matter
    dates = [m for m in _DATE.finditer(text) if not _UNTIL_BEFORE.search(text, 0, m.start())]
    # "2023年底注册的…2024年4月在德国租了个仓": the firm's founding is no date of the matter
    # while another date is given
    match = next((m for m in dates if not _FOUNDED_AFTER.match(text, m.end())), dates[0] if dates else None)
    if not match:
        years = list(_EVENT_YEAR.finditer(text))
        # ("到今年还在租", "至今年都在用": the year a use runs to, no date of the matter)
        years = [m for m in years if not _UNTIL_YEAR.search(text, max(0, m.start() - 3), m.start())]
        # ("…进出口额比2021年增加1500万美元": the year compared with is no date of the matter — ME068)
        years = [m for m in years if not _BASE_YEAR_BEFORE.search(text, max(0, m.start() - 3), m.start())]
        said = [m for m in years if m.group(1)]  # a year with what happened in it (认定, 建, 租, 参展…)
        founding = [m for m in said if _FOUNDING.search(text, m.start(), m.end() + 4)]
        events = [m for m in said if m not in founding]
        trade = [m for m in years if m.group(2)]  # "2024年…进出口3.8亿": the year the figures measure
        # "园区2022年开始运营 … 2024年进出口3.8亿": a start is no date of the matter where the
        # figures' year is given
        # "今年后台交易320万": the year the figures measure dates the matter when nothing else does
        # "打算明年做PSE认证", "计划明年飞30班": a year the matter is planned for is its date where none is done;
        # "后台交易额今年是320万": a year right after the figure's word is the figures' year
        planned = list(_PLANNED_YEAR.finditer(text))
        if len(set(re.findall(r"(?:19|20)\d{2}(?=\s*年)", text))) == 1:  # (two years' levels: an increase, not a date)
            trade += list(_TRADE_YEAR_AFTER.finditer(text))
        trade.sort(key=lambda m: m.start())
        year = events[0] if events else (planned[0] if planned else (trade[0] if trade else (
            founding[0] if founding else None)))
        compared = _COMPARED_YEAR.search(text)
        if not events and compared:  # "进出口额2025年比2024年增加了1000万美元": the year the increase is of
            return f"{compared.group(1)}年"
        if not year:
            return None
        said_year = next(g for g in year.groups() if g)
        half = re.search(rf"{said_year}\s*年\s*(上半年|下半年)", text)
        if half:  # "前年下半年新建的": the half of the year the matter is in, not the whole year
            first = half.group(1) == "上半年"
            return Period(date(int(said_year), 1 if first else 7, 1), date(int(said_year), 6 if first else 12,
                                                                         30 if first else 31), half.group(0))
        return f"{said_year}年"
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
    except ValueError:
        return None


DOMESTIC = "中国"


_MEANT_BEFORE = re.compile(r"(?<!不)(?:是|改成|改为|应该是|其实是|而是|换成)\s*(?:在|到|去|飞|飞往|往|飞到)?\s*$")
_DENIED_PLACE = re.compile(r"(?:不是|并非|不在|而不是)\s*(?:在|到|去|飞|飞往|往|飞到)?\s*$")
# "最后建在美国了", "最终定在泰国", "后来改到迪拜": the place it came to be
_FINAL_PLACE_BEFORE = re.compile(r"(?:最后|最终|后来|实际上?|结果)(?:还是)?(?:建|定|选|落|放|租|去|改|开|设)?"
                                 r"(?:在|到|了|成)\s*$")
# "越南是备选", "泰国那个没去成", "马来西亚取消了": a place set aside
_SET_ASIDE_AFTER = re.compile(r"\s*(?:那个|的)?\s*(?:只是|是|为)?\s*(?:备选|备用|候选|原计划|计划中的|考察过)"
                              r"|\s*(?:那个|的)?\s*(?:没去成|没建成|没租成|取消了|放弃了|没谈成|黄了)")
# "我们是台湾合作伙伴，帮运城的客户问…在泰国曼谷": a place said of who asks, not where the matter is
@lru_cache(maxsize=1)
def _who_asks_after() -> re.Pattern[str]:
    """A place then who asks from there (intents.yaml `who_asks`): "台湾合作伙伴", "香港那边的代理"."""
    people = "|".join(map(re.escape, sorted(lexicon()["who_asks"], key=len, reverse=True)))
    return re.compile(rf"\s*(?:的|那边的|这边的)?\s*(?:{people})")


_DOMESTIC_OTHER_THING = re.compile(r"(?:国内|境内)(?:的)?(?:厂房|工厂|办公室?|公司|总部|生产线?|车间|团队|员工|门店"
                                   r"|销售|市场|研发|设备|装修)")


_LISTS_DENIED = re.compile(r"不在|不是|不属于|并非|非(?=一带一路|RCEP|丝路)|没在")


def _country(text: str, rulebook: RuleBook) -> str | None:
    """The first foreign country named; 中国 only when nothing foreign is (a domestic booth)."""
    countries = getattr(rulebook, "countries", None)
    if countries is None:
        return None
    spans: list[tuple[int, int, str]] = []
    for country in countries.countries.values():
        for word in (country.name, *country.aliases):
            if len(word) < 2:
                continue
            index = text.find(word)
            if index >= 0:
                spans.append((index, index + len(word), country.name))
    # ("印度尼西亚雅加达": the name inside a longer one, 印度, is no country of its own)
    hits = [(a, name) for a, b, name in spans
            if not any(c <= a and b <= d and d - c > b - a for c, d, _ in spans)]
    # ("所在国家不在一带一路 RCEP 丝路电商国家": the lists denied name no country — KH039)
    hits = [(a, name) for a, name in hits
            if not ("未指明" in name and _LISTS_DENIED.search(_phrase_before(text, a)))]
    foreign = sorted(h for h in hits if h[1] != DOMESTIC)
    named = [h for h in foreign if "未指明" not in h[1]]
    foreign = named or foreign  # ("在RCEP国家越南": the country itself, over the list it is in)
    if len({name for _, name in foreign}) > 1:
        ends = {index: next(b for a, b, n in spans if a == index and n == name) for index, name in foreign}
        where = [(index, name) for index, name in foreign if not _who_asks_after().match(text, ends[index])]
        foreign = where or foreign
    if len({name for _, name in foreign}) > 1:
        # "越南那个还在筹建 去年认定的是洛杉矶那个", "不是越南 是美国": the place said to be the one
        meant = {name for index, name in foreign if _MEANT_BEFORE.search(text, max(0, index - 4), index)
                 or _FINAL_PLACE_BEFORE.search(text, max(0, index - 7), index)}
        if len(meant) == 1:
            return meant.pop()
        # ("说错了 不是曼谷 是到伦敦": the place denied is not the one; "越南是备选": one set aside)
        ends = {index: next(b for a, b, n in spans if a == index and n == name) for index, name in foreign}
        kept = {name for index, name in foreign if not _DENIED_PLACE.search(text, max(0, index - 4), index)
                and not _SET_ASIDE_AFTER.match(text, ends[index])}
        if len(kept) == 1:
            return kept.pop()
    if foreign:
        return foreign[0][1]
    # ("其余是国内厂房": a domestic word naming another thing of the firm's, not where the matter is)
    said = _DOMESTIC_OTHER_THING.sub(" ", text)
    # ("在秦皇岛综保区有个保税仓": a bonded zone's warehouse is at home)
    if any(w in said for w in ("国内", "境内", "内地", "广交会", "进博会", "服贸会", "消博会", "上海", "北京", "广州",
                               "深圳", "杭州", "义乌", "厦门", "综保区", "综合保税区", "保税区", "保税仓",
                               "保税物流中心")):
        return DOMESTIC
    from assistant.places import other_city_alternation

    cities = other_city_alternation()  # "我们的仓在天津港", "在苏州租的仓": a domestic city said as where the thing is
    if cities and compiled(rf"(?:在|位于|设在|建在|开在)\s*(?:{cities})"
                           # ("东盟博览会（南宁）": an event's venue in brackets after its name)
                           rf"|(?:会|展|节)\s*[（(]\s*(?:{cities})(?:市)?\s*[)）]").search(text):
        return DOMESTIC
    return None


def name_abroad_warehouses(text: str, rulebook: RuleBook) -> str:
    """"墨西哥仓", "洛杉矶的仓": a warehouse named by a place abroad is an overseas warehouse."""
    countries = getattr(rulebook, "countries", None)
    if countries is None or "仓" not in text:
        return text
    names = frozenset(w for c in countries.countries.values() if c.name != DOMESTIC
                      for w in (c.name, *c.aliases) if len(w) >= 2)
    pattern = _abroad_warehouse_pattern(names)
    if pattern is None:
        return text
    text = pattern.sub(lambda m: f"{m.group(1)}海外仓", text)
    # ("600 平方米 仓 在 波兰", "仓位于泰国": the place said after the warehouse)
    places = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.sub(rf"(?<!海外)仓(\s*(?:在|位于)\s*(?:{places}))", r"海外仓\1", text)


# "在迪拜租了个小仓", "在波兰建的仓": the place, then what was done with the warehouse
_DONE_WITH = r"(?:租|建|自建|买|购|开|弄|搞|有)(?:了|的)?(?:个|一个|一座|一处|间|一间)?(?:小|大|新)?"


@lru_cache(maxsize=4)
def _abroad_warehouse_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    ordered = sorted(names, key=len, reverse=True)
    places = "|".join(map(re.escape, ordered))
    return re.compile(f"((?:{places})(?:的|那边的?|那个)?(?:{_DONE_WITH})?)(?<!海外)仓") if ordered else None


def money_mentions(text: str) -> list[Decimal]:
    return [q.value for q in parse_quantities(text) if q.unit in ("CNY", "USD")]


@lru_cache(maxsize=64)
def _item_count(item: str) -> re.Pattern[str]:
    """"两个展", "租了两个海外仓", "两条线": a count of the items themselves (by the item's word, its first
    or last character), not of their units (展位, 标展, 号)."""
    # (not a figure's last digit, "企业35家 园区…", nor a count of firms said before it, "入驻企业5家 园区…", nor
    # firms counted before a space, "过1亿的只有2家 园区年进出口2个亿")
    # (the measure word blanked with the number: "3.5万 两个展" must leave no "3.5万  个" to read as a count)
    # (nor months, "签的都是6个月的短期合同" beside 期 — LQ047)
    return re.compile(rf"(?<![\d.])(?<!企业)(?<!公司)(?<!商家)([两二三四五六七八九十2-9])"
                      rf"(?:\s*[个条座处场](?!\s*月)|(?=\s*家))"
                      rf"(?=\s*(?:家)?[^\d，,。；;！!？?\s]{{0,9}}?"
                      rf"(?<!标)(?:{re.escape(item)}|{re.escape(item[0])}|{re.escape(item[-1])})(?!位|号|厅|馆))")


def without_item_counts(text: str, measure: Measure) -> str:
    """The text with the numbers that count a measure's items blanked ("去了两个展" for booths paid per
    exhibition): how many items there are is no input of theirs, unless the measure counts them."""
    each = measure.each_item
    if each is None or each.count_input:
        return text
    return _item_count(each.item).sub(lambda m: " " * len(m.group(0)), text)


# "是市里出还是县里出", "市里还是县里": who pays, asked — no fact of the case (not "县里跟服务企业合作")
_PAYER_ASKED = re.compile(r"(?:市里|县里|区里|市级|县级|区级|市本级)(?:要|得)?(?:出钱|出|承担|负担|掏|配套|分担)"
                          r"|(?:市里|县里|区里|市级|县级|区级)还是(?:市里|县里|区里|市级|县级|区级)")


def award_restated(text: str, measure: Measure) -> str:
    """The text with the measure's own award said back per item blanked ("每个店10万 是不是50万"): the rule's
    figure, recalled to check a total, is no fact of the case."""
    formula = measure.formula
    amounts = {f.base for f in (formula.amount, *formula.caps) if f is not None and f.dimension == "cny"} \
        if formula is not None else set()
    if not amounts:
        return text
    for match in _PER_ITEM_AWARD.finditer(text):
        said = [q for q in figures_in(match.group(0)) if q.unit in ("CNY", "bare")]
        if len(said) == 1 and Decimal(said[0].value) in amounts:
            text = text[:match.start()] + " " * len(match.group(0)) + text[match.end():]
    return text


# "每个店10万 是不是50万", "一个展位补2.5万对吧": a per-item award said back, then checked
_PER_ITEM_AWARD = re.compile(r"(?:每|一)(?:个|家|条|座)?[\u4e00-\u9fff]{1,4}?(?:奖励?|补助?|给)?\s*\d+(?:\.\d+)?"
                             r"\s*万(?:元)?(?=[^，,。；;\d]{0,4}?(?:是不是|对吧|对不对|没错吧|吧|吗|是吧))"
                             # "按1万一家能拿25万吗": the award per item the total is reckoned by
                             r"|按(?:照)?\s*\d+(?:\.\d+)?\s*万(?:元)?\s*(?:一|每)(?:个|家|条|座|人|名)"
                             r"(?=[^，,。；;\d]{0,6}?(?:能拿|能补|能奖|是不是|对吧|吗|算))")


# "一张保费8万 一张12万", "第一期200万 第二期150万": the parts of one sum told one by one after the counter of
# their series (policies, instalments), the first with the input's cue
_SERIES_FIRST = r"(?:第一|第1|头一|一)"
_SERIES_NEXT = r"(?:第[二三四五六2-6]|另一|另外一|还有一|再一|最后一)"
_SERIES_PART = re.compile(rf"(?P<mark>{_SERIES_FIRST}|{_SERIES_NEXT})\s*(?P<counter>期|笔|张|份)"
                          r"[^\d，,。；;]{0,8}?(?P<figure>\d[\d.]*\s*(?:万|亿)?\s*元?)")


def series_parts(text: str) -> list[tuple[bool, str, Quantity]]:
    """Each part a text tells after its series' counter: (first of the series, the counter, its figure)."""
    out = []
    for match in _SERIES_PART.finditer(text):
        found = _quantities_of(match.group("figure"))
        if found:
            out.append((re.fullmatch(_SERIES_FIRST, match.group("mark")) is not None, match.group("counter"),
                        found[0]))
    return out


def _series_summed(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A sum input read as the first part of a series told in the text ("一张保费8万 一张12万"), or not read where
    it is the measure's one money input ("分两期付款 第一期200万 第二期150万"): the parts added."""
    parts = series_parts(text)
    if len(parts) < 2 or not parts[0][0] or len({c for _f, c, _q in parts}) != 1:
        return facts
    money = [n for n in input_names(measure, rulebook) if rulebook.inputs[n].kind in _MONEY_KINDS]
    out = dict(facts)
    for name in money:
        spec, value = rulebook.inputs.get(name), facts.get(name)
        if (spec is None or not getattr(spec, "sums", False) or (value is None and len(money) != 1)
                or (value is not None and (not isinstance(value, Decimal) or isinstance(value, Summed)
                                           or quantity_value(spec.kind, parts[0][2]) != value))):
            continue
        values = [quantity_value(spec.kind, q) for _f, _c, q in parts]
        out[name] = Summed(sum(values, Decimal(0)), tuple(q.raw for _f, _c, q in parts))
    return out


def _part_over_whole(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A count read from a part said larger than the whole it is part of ("入驻企业一共15家 其中有经营业绩的22家"):
    the facts contradict each other, so both figures compete (asked, never one taken)."""
    out = dict(facts)
    quantities = _quantities_of(text)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "count" or type(value) is not int:
            continue
        for q in quantities:
            marker = part_of(text, q.span[0]) if q.unit == "count" and q.value == value else None
            # (the whole is the count of the same word nearest before the part: "一家平台…招引了12家 其中9家" is 12)
            wholes = [w for w in quantities if marker is not None and w.span[1] <= marker and w.unit == "count"
                      and w.word == q.word]
            if wholes and wholes[-1].value < q.value:
                out[name] = Competing((Decimal(value), wholes[-1].value), (q.raw, wholes[-1].raw))
                break
    return out


# "2021、2022、2023年都拿了", "2021到2023年每年都补了": the years a yearly award was received, listed
_YEAR_ITEM = r"(?:19|20)?\d{2}(?:\s*年)?"
# ("2021、2022、2023已经连续拿了三年软硬件补助": the years received in a row — TB121)
_YEARS_LISTED = re.compile(rf"((?:19|20)\d{{2}}(?:\s*年)?(?:\s*[、,，和及跟]\s*{_YEAR_ITEM})+)\s*(?:年)?(?:度)?\s*"
                           r"(?:(?:都|均|全|全都|每年都)|(?:已经|已)?\s*连续(?:都)?)\s*(?:拿|补|领|享受|获得)(?:了|过|到了?)")
# ("已经拿了2021、2022、2023三年": the verb, then the years — ME099)
_YEARS_LISTED_AFTER = re.compile(rf"(?:拿|补|领|享受|获得)(?:了|过|到了?)\s*"
                                 rf"((?:19|20)\d{{2}}(?:\s*年)?(?:\s*[、,，和及跟]\s*{_YEAR_ITEM})+)")
_YEARS_RANGE = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*(?:到|至|-|—|～|~)\s*((?:19|20)\d{2})\s*年(?:度)?\s*"
                          r"(?:都|均|每年都|连续)\s*(?:拿|补|领|享受|获得)(?:了|过|到了?)")


def _years_listed_as_received(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """The count of years a yearly award was received, said by listing the years ("2021、2022、2023年都拿了": 3, LX224)
    — for the inputs intents.yaml names (years_received_inputs), where the message gives no count of its own."""
    names = [n for n in (_data().get("years_received_inputs") or ()) if n in rulebook.inputs]
    listed = _YEARS_LISTED.search(text) or _YEARS_LISTED_AFTER.search(text)
    ranged = _YEARS_RANGE.search(text)
    if not names or (listed is None and ranged is None):
        return facts
    if listed is not None:
        count = len(set(re.findall(r"\d{2}(?=\s*年|\s*[、,，和及跟]|\s*$)", listed.group(1))))
    else:
        count = int(ranged.group(2)) - int(ranged.group(1)) + 1
    # (a calendar year of the list read as the count is none: "已经拿了2021、2022、2023三年" — ME099)
    return {**facts, **{n: count for n in names if count > 0 and (n not in facts or (
        isinstance(facts[n], Decimal | int) and not isinstance(facts[n], bool) and 1900 <= facts[n] <= 2100))}}


def whole_group_qualified(said: list[str], names: Iterable[str]) -> dict[str, Any]:
    """The count of the whole group (“培训了300人”) for an input counting those meeting a qualifier, where a message of
    the conversation says they all meet it ("都签了一年以上劳动合同") and the count was said in another: {input: count}
    (BO024: "2025年培训了300人", then "都跟本地跨境电商企业签了一年以上劳动合同")."""
    found: dict[str, Any] = {}
    for name, spec in (_data().get("counted_otherwise") or {}).items():
        if name not in names or "all" not in spec or not any(re.search(str(spec["all"]), words) for words in said):
            continue
        # (the latest count said: "培训了80人", then "那要是培训了260人呢" — HO088)
        counts = [Decimal(m.group(1)) for words in said for m in re.finditer(
            rf"(?:{'|'.join(spec['before'])})\s*(\d+)\s*(?:个|名|位)?\s*{spec.get('unit', '人')}", words)]
        if counts:
            found[name] = int(counts[-1])
    return found


def _days_from_dates(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A count of days said as its first and last day ("去年3月1日到3月20日搞了产教融合培训": 20 days, both counted —
    RB049: the days asked), for the measure's one count in days, where no count is said."""
    names = [n for n in input_names(measure, rulebook) if n in rulebook.inputs and rulebook.inputs[n].kind == "count"
             and str(getattr(rulebook.inputs[n], "unit", "") or "") == "天"]
    found = days_between(text) if len(names) == 1 and names[0] not in facts else None
    if found is None:
        return facts
    return {**facts, names[0]: DaysBetween(Decimal(found[0]), found[1])}


def _counted_otherwise(text: str, facts: dict[str, Any]) -> dict[str, Any]:
    """A count of an input that counts only those meeting a qualifier, said right after words that count the whole
    group ("培训了300人": those trained, not those who signed 1年以上劳动合同), with no word of the qualifier in the
    message, is none of the input (intents.yaml counted_otherwise; LX211: 300 read as contracted, 10万 shown)."""
    out = dict(facts)
    for name, spec in (_data().get("counted_otherwise") or {}).items():
        value = out.get(name)
        if value is None or isinstance(value, bool) or re.search(str(spec["qualifier"]), text):
            continue
        # (not more of those counted before, "要是再多培训100人": the group held, grown — DQ067)
        said = [Decimal(m.group(1)) for m in
                re.finditer(rf"(?:{'|'.join(spec['before'])})\s*(\d+)\s*(?:个|名|位)?\s*{spec.get('unit', '人')}", text)
                if not re.search(r"(?:再|又|多|还)\s*$", text[max(0, m.start() - 2):m.start()])]
        if isinstance(value, int | Decimal) and Decimal(value) in said:
            del out[name]
    return out


_FRAGMENT = re.compile(r"[^，,。；;！!？?\s]+")


def _other_kinds_blanked(text: str, measure: Measure, rulebook: RuleBook) -> str:
    """The text less the fragments that tell of an item of another kind the measure's clause pays for and name none
    of its own ("独立站能拿多少 另外亚马逊店一年卖了1000万": the store's sales are no site's — ME239)."""
    from assistant.items import item_words  # (items reads facts: imported here)

    if measure.per_item is None:
        return text
    own = item_words(measure.per_item.item)
    others = {w for m in rulebook.of_clause(measure)
              if m.per_item is not None and m.per_item.item != measure.per_item.item
              for w in item_words(m.per_item.item)} - set(own)
    if not others:
        return text
    return _FRAGMENT.sub(lambda f: " " * len(f.group(0)) if any(w in f.group(0) for w in others)
                         and not any(w in f.group(0) for w in own) else f.group(0), text)


def facts_for(text: str, measure: Measure, rulebook: RuleBook) -> dict[str, Any]:
    """The facts in text that this measure's calculator takes."""
    text = award_restated(text, measure)
    text = _PAYER_ASKED.sub(lambda m: " " * len(m.group(0)), text)
    for start, end in _other_mode_sufficing(text):  # ("租的仓500平就能补": the rule recalled, its way no fact either)
        text = text[:start] + " " * (end - start) + text[end:]
    text = without_item_counts(text, measure)
    text = _other_kinds_blanked(text, measure, rulebook)
    text = _halves_summed_beside_another_year(text)
    left_out, text = _parts_left_out(text, measure, rulebook)
    facts = extract_facts(text, input_names(measure, rulebook), rulebook, measure.keywords, measure.city)
    facts = {**left_out, **facts}
    facts = _listed_under_cue(text, measure, rulebook, facts)
    facts = _part_over_whole(text, rulebook, facts)
    facts = _local_part_of_total(text, measure, rulebook, facts)
    facts = _discounted(text, rulebook, facts)
    facts = _cost_in_its_parts(text, measure, rulebook, facts)
    facts = _cost_left_unread(text, measure, rulebook, facts)
    facts = _whole_with_other_costs(text, rulebook, facts)
    facts = _breakdown_less_ruled_out(text, measure, rulebook, facts)
    facts = _lease_over_years(text, rulebook, facts)
    facts = _none_broke_through(text, rulebook, facts)
    facts = _those_broke_through(text, rulebook, facts)
    facts = _of_first_full_year(text, measure, rulebook, facts)
    facts = _counted_otherwise(text, facts)
    facts = _days_from_dates(text, measure, rulebook, facts)
    facts = _years_listed_as_received(text, rulebook, facts)
    facts = _remainder(text, measure, rulebook, facts)
    facts = _halves_of_year(text, rulebook, facts)
    facts = _code_of_part_only(text, measure, rulebook, part_denied(text, measure, rulebook, facts))
    facts = _whole_or_paid(text, measure, rulebook, facts)
    facts = _codes_summed(text, measure, rulebook, facts)
    facts = _series_summed(text, measure, rulebook, facts)
    facts = _both_directions(text, measure, rulebook, facts)
    facts = _exports_as_trade(text, measure, rulebook, facts)
    facts = _all_listed(text, measure, rulebook, facts)
    facts = _parts_out_of_period(text, measure, rulebook, facts)
    facts = _option_dated_out(text, measure, rulebook, facts)
    facts = _all_of_excluded_code(text, measure, rulebook, facts)
    facts = _growth_fell(text, rulebook, facts)
    facts = _level_from_growth(text, measure, rulebook, facts)
    facts = _own_over_another_partys(text, facts)
    facts = _growth_is_no_first_export(text, measure, rulebook, facts)
    facts = _relayed_rival(text, rulebook, facts)
    facts = _of_another_mode(text, measure, rulebook, facts)
    facts = _fee_by_area(text, measure, rulebook, facts)
    facts = _cost_by_area(text, measure, rulebook, facts)
    facts = _rent_by_area(text, measure, rulebook, facts)
    facts = _bound_then_exact(text, rulebook, facts)
    facts = _share_of_named(text, measure, rulebook, facts)
    facts = {**facts, **share_of_held(text, facts, rulebook)}
    facts = _one_named_by_its_cue(text, rulebook, facts)
    facts = _others_set_apart(text, rulebook, facts)
    facts = _own_portion(text, rulebook, _per_unit_from_total(text, measure, rulebook, facts))
    facts = _several_years_listed(text, rulebook, facts)
    facts = _two_bases_listed(text, rulebook, facts)
    facts = _each_of_those_counted(text, rulebook, facts)
    facts = _lone_dollar_figure(text, measure, rulebook, facts)
    return relative_withheld(text, measure, rulebook, facts)


# "2019年30万 2020年80万 2021年20万": figures listed each right after a year of its own
_YEAR_FIGURE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:全年|度)?\s*(?:是|为|[:：])?\s*(?=\d)")


def _several_years_listed(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A sum read plainly as one of several figures of its unit listed each right after a year of its own ("软硬件投资
    2019年30万 2020年80万 2021年20万", PB167: the first year's taken, and said three times over for "三年一共"): the
    figures compete, and are asked — never one year's taken for the others'."""
    listed: dict[str, Quantity] = {}
    starting = {q.span[0]: q for q in _quantities_of(text)}  # (each figure by where it begins, read once)
    for found in _YEAR_FIGURE.finditer(text):
        figure = starting.get(found.end())
        if figure is not None and figure.unit not in _TIME_UNITS:
            listed.setdefault(found.group(1), figure)
    if len(listed) < 2:
        return facts
    asked = _asked_year(text)  # ("…2024年800万 按2024年的算": the year asked, its figure kept)
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS or type(value) is not Decimal:
            continue
        same = [(year, q) for year, q in sorted(listed.items()) if fits_kind(spec.kind, q)]
        if asked and any(year == str(asked) and quantity_value(spec.kind, q) == value for year, q in same):
            continue
        if len(same) >= 2 and any(quantity_value(spec.kind, q) == value for _, q in same):
            competing = Competing(tuple(quantity_value(spec.kind, q) for _, q in same),
                                  tuple(f"{year}年{q.raw}" for year, q in same))
            if _TOTAL_OVER_YEARS.search(text):
                out[name] = competing  # ("三年一共能拿多少": each year's own amount, not one year's — asked)
                continue
            # (the latest year's, which the engine takes only where it is the last full year or the one asked —
            # "去年25万 前年40万", then "去年那笔补多少", HL187 — and asks otherwise)
            out[name] = _latest_of(dict(same), spec, competing)
    return out


_FIGURED_KINDS = ("money_cny", "money_usd", "area_m2", "count", "months")


def _lone_dollar_figure(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """The one dollar figure of a message, said with no word naming it ("600平 年租金60万 600万美元 备案了"), for the
    measure's one dollar input not read otherwise (TA120: 潍坊 五's 年进出口额 asked again) — only where no word of
    another input names it, and no figure of the message is in a request or a rule restated."""
    dollars = [n for n in measure.inputs if n in rulebook.inputs and rulebook.inputs[n].kind == "money_usd"]
    if len(dollars) != 1 or dollars[0] in facts or _INCREASE_LABEL.search(str(rulebook.inputs[dollars[0]].label)):
        return facts  # (an increase is never a level said alone: "23年 6500万美元")
    told = [n for n, v in facts.items() if n in rulebook.inputs and rulebook.inputs[n].kind in _FIGURED_KINDS
            and not isinstance(v, bool)]
    if len(told) < 2:
        return facts  # (only a case this measure's figures already tell: a lone figure names no measure — GV256)
    spans = _claim_spans(text) + request_spans(text)
    said = [q for q in _quantities_of(text) if q.unit == "USD" and not any(a <= q.span[0] < b for a, b in spans)]
    if len(said) != 1 or re.search(r"[\u4e00-\u9fffA-Za-z\d]", _label(text, said[0])) or re.search(
            r"[A-Za-z]", text):
        return facts  # (one dollar figure, named by nothing: "租金5万美元" is the rent's; English names it its way)
    return {**facts, dollars[0]: Decimal(said[0].value)}


def _counts_before(text: str, quantities: list[Quantity], at: int) -> list[Quantity]:
    """The counts of more than one said before a position in its sentence: the units a figure said 各 is of."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    return [q for q in quantities if q.unit == "count" and q.value > 1 and start <= q.span[0] < at]


def _each_of_those_counted(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A total over items read as the one figure said of each of the units counted before it in its sentence
    ("做了两项国际认证 费用各20万", TB230: one 20万 read for the two): that many times it, said so."""
    out = dict(facts)
    quantities = _quantities_of(text)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or not getattr(spec, "sums", False) or type(value) is not Decimal:
            continue
        for q in quantities:
            if quantity_value(spec.kind, q) != value or not _EACH_COUNTED.search(text, max(0, q.span[0] - 4),
                                                                                 q.span[0]):
                continue
            counts = _counts_before(text, quantities, q.span[0])
            if len(counts) == 1:
                out[name] = Summed(value * counts[0].value, (f"{counts[0].raw} × {q.raw}",),
                                   labels=(_part_label(text, q),))
            break
    return out


# "报关口径是3200万 平台后台口径是3800万", "海关数据3200万 我们自己统计3800万": one figure by two ways of counting it
_BASIS_FIGURE = re.compile(r"(?:口径|统计|数据|数字|账上|账面|报表|后台|系统里|系统上)\s*(?:上|里)?\s*"
                           r"(?:是|为|有|显示)?\s*(?:[:：]\s*)?$")
# "按报关口径算", "以海关数据为准": which way of counting the user takes
_BASIS_CHOSEN = re.compile(r"(?:按|以|用)(?P<basis>[^，,。；;！!？?\d]{1,8}?)(?:口径|数据|统计|数字|的)?\s*"
                           r"(?:算|计算|为准|申报)")


def _two_bases_listed(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A figure read as one of two of its unit said each by a way of counting it ("进出口总额 报关口径是3200万 我们平台
    后台口径是3800万", SB248: the customs one taken silently): the two compete, and are asked, naming both — unless
    the message says which counts ("按报关口径算")."""
    listed = [(text[max(0, found.start() - 8):q.span[0]], q) for q in _quantities_of(text)
              for found in [_BASIS_FIGURE.search(text, max(0, q.span[0] - 14), q.span[0])]
              if found is not None and q.unit not in _TIME_UNITS]
    if len(listed) < 2:
        return facts
    chosen = _BASIS_CHOSEN.search(text, listed[-1][1].span[1])
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS or type(value) is not Decimal:
            continue
        same = [(words, q) for words, q in listed if fits_kind(spec.kind, q)]
        values = {quantity_value(spec.kind, q) for _, q in same}
        if len(values) < 2 or value not in values:
            continue
        if chosen is not None:
            named = [q for words, q in same if bigrams(chosen.group("basis")) & bigrams(words)]
            if len(named) == 1:
                out[name] = Decimal(quantity_value(spec.kind, named[0]))
            continue
        words = [re.split(r"[，,。；;\s]|按|以|我们|我司|公司|总额|额", label)[-1] + q.raw for label, q in same]
        out[name] = Competing(tuple(Decimal(quantity_value(spec.kind, q)) for _, q in same), tuple(words))
    return out


_TOTAL_OVER_YEARS = re.compile(r"一共|合计|加起来|总共|累计"
                               r"|[两三四五几]年(?:总共|一共|合计|加起来)?(?:能|可以)?(?:拿|补|奖)")


# a figure said relative to another ("比去年多了200万", "比预算少了三成", "是认证费的一半", "占60%", "一半是…"): the
# figure it makes is the user's to say, never either figure taken for it
_RELATIVE_BY = re.compile(r"比(?:[^，,。；;！!？?\d]|\d{2,4}\s*年){0,10}?"
                          # ("比前年多卖了200万": the verb between — SD026, the difference read as the year's)
                          r"(?:多出|少出|多|少|高|低|增加|增长|减少|下降|降低|上涨|涨|降)"
                          r"(?:卖|做|赚|花|投|销售|出口|进口|交易|跑)?了?\s*"
                          r"(?P<by>\d+(?:\.\d+)?\s*[%％]|\d[\d.]*\s*(?:万|亿|千)?\s*(?:元|美元|块)?"
                          r"|[一二三四五六七八九十两]+成|一半|一倍|[一二两三四五六七八九十]+倍)")
_SHARE_WORD = r"(?:一半|[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+)"
_SHARE_SAID = rf"(?P<{{}}>{_SHARE_WORD}|[一二三四五六七八九]成|\d+(?:\.\d+)?\s*[%％])"
# "其中签了合同的占一半", "软件系统是设施的一半", "一半是查验设施和软件": a part said as a share — the words naming the
# part before 占/是 (or after "一半是"), never a rule recalled ("是不是也按租金的30%补")
_RELATIVE_SHARE = re.compile(rf"(?P<held>占)(?:[^，,。；;！!？?\d\s]{{0,8}}?的)?{_SHARE_SAID.format('share')}"
                             rf"|(?P<is>是|为)(?!不是)[^，,。；;！!？?\d\s按]{{1,12}}?的{_SHARE_SAID.format('of')}"
                             rf"|(?<![\u4e00-\u9fff])(?P<first>{_SHARE_WORD})(?:是|为)")
# "今年线上交易额是去年的两倍", "是前年的1.5倍": a figure said as a multiple of another named by its word
_TIMES_OF = re.compile(r"是\s*(?P<base>(?:20)?\d{2}\s*年|[\u4e00-\u9fff]{1,4}?)\s*的\s*"
                       r"(?P<times>\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)\s*倍")
_TIME_UNITS = ("years", "months", "days")
_PART_EDGE = re.compile(r"[，,。；;！!？?\s]|其中")


def _relatives_said(text: str) -> list[re.Match[str]]:
    """Each place the text says a figure relative to another, a growth rate aside ("比前年涨了25%": read by the rules
    for growth, `_level_from_growth`)."""
    return [m for m in [*_RELATIVE_BY.finditer(text), *_TIMES_OF.finditer(text), *_RELATIVE_SHARE.finditer(text)]
            if not (m.re is _RELATIVE_BY and re.search(r"[%％]", m.group("by")))]


def says_relative(text: str) -> bool:
    """Whether the text says a figure relative to another ("比去年多了5个亿", "是设施的一半")."""
    return bool(_relatives_said(text))


def relative_withheld(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """Figures read plainly where the message says the figure is relative to another ("去年是100万 今年租金比去年多了
    200万", "实际建设费用比预算少了三成", "软件系统是设施的一半"): an input read as the figure it is relative to, or as
    the difference, is withheld and asked for (OB010, OB011, OB093) — never one of the figures taken for it. A part
    said as a share of the figure before it, in words naming the input ("培训180人…其中签了合同的占一半", "总投资400万
    一半是查验设施和软件"), is that share of it, worked out (OB036, DO115). Kept: a figure derived already (`Worded`),
    an input that is itself an increase ("比上年增加1500万美元"), a figure of something else ("营收3200万 出口占一半
    认证费用28万": the fee), and a whole of which a part named otherwise is a share ("交易总额15亿 其中B2B占七成")."""
    # ("奖励是进出口总额的3%吧": a rate of the rule claimed, no share of the case's figure — TA225)
    claims = _claim_spans(text)
    found = [m for m in _relatives_said(text) if not any(a <= m.start() < b for a, b in claims)]
    grown = [m for m in _RELATIVE_BY.finditer(text) if re.search(r"[%％]", m.group("by"))]
    if not found and not grown:
        return facts
    figures = [q for q in _quantities_of(text) if q.unit not in _TIME_UNITS and not _A_YEAR.fullmatch(q.raw.strip())]
    involved: dict[Decimal, set[str]] = {}  # figure -> the inputs whose words the share names ("" for any input)
    changes: list[_Change] = []  # the figures said relative to one said with its word, worked out
    shares: dict[Decimal, tuple[Decimal, str, set[str]]] = {}  # base -> (fraction, words, inputs it names)
    for match in found:
        inside = [q for q in figures if match.start() <= q.span[0] < match.end() and q.unit != "percent"]
        # (a difference's base is of its unit: "服务企业45家 进出口比上年增加2500万美元" — the count is no base)
        alike = [q for q in figures if not inside or _unit_of(q) == _unit_of(inside[0])]
        before = [q for q in alike if q.span[0] < match.start()]
        after = [q for q in alike if q.span[0] >= match.end()]
        if match.re is not _RELATIVE_SHARE:
            inside = inside if match.re is _RELATIVE_BY else []
            # (the base is the figure said with the base's own word — "比去年多了200万 去年是100万", "原来预算100万 实际
            # 比预算少了三成" — not another thing's: "仓的进出口900万美元…服务企业进出口比上一年多了1000万美元", LY160)
            bases = _said_with(text, match, alike, before)
            for q in [*inside, *bases]:
                involved.setdefault(Decimal(q.value), set()).add("")
            change = _change_said(text, match, inside, bases)
            if change is not None:
                changes.append(change)
            continue
        # (a share's base is the figure before it, else after: "营收3200万 出口占一半 认证费用28万" keeps the fee)
        base = (before[-1:] or after[:1])
        if not base:
            continue
        part = _share_part(text, match)
        named = {n for n in facts if n in rulebook.inputs and _names_input(part, rulebook.inputs[n])}
        if not named and match.group("first"):
            # ("52班 一半是飞列日的洲际航线 一半是飞曼谷的": the whole split in shares of kinds, none of them the whole)
            involved.setdefault(Decimal(base[0].value), set()).add("")
            continue
        if not named:
            # ("公司总营收1亿 其中线上交易额占35%": a whole no input reads, the part in an input's own words — that
            # share of it, QB131; not "其中B2B占七成": a part of the whole named otherwise, the whole kept)
            said = re.sub(r"\s", "", match.group("share") or "").replace("％", "%") if match.group("held") else ""
            fraction = _share_fraction(said) if said else None
            unread = [n for n in input_names(measure, rulebook) if n not in facts and n in rulebook.inputs
                      and _names_input(part, rulebook.inputs[n])
                      and _KIND_UNIT.get(rulebook.inputs[n].kind) == _unit_of(base[0])]
            if fraction is not None and match.group("held") and base[0].span[0] < match.start() and len(unread) == 1:
                spec = rulebook.inputs[unread[0]]
                worked = Decimal(base[0].value) * fraction
                facts = {**facts, unread[0]: ShareOf(worked.to_integral() if spec.kind == "count" else worked,
                                                     f"{base[0].raw} × {match.group('share')}")}
            continue
        involved.setdefault(Decimal(base[0].value), set()).update(named)
        fraction = _share_fraction(re.sub(r"\s", "", match.group("share") or match.group("first")
                                          or match.group("of") or "").replace("％", "%"))
        if fraction is not None and not match.group("is") and base[0].span[0] < match.start():
            said = match.group("share") or match.group("first")
            shares[Decimal(base[0].value)] = (fraction, f"{base[0].raw} × {said}", named)
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if (isinstance(value, Competing) and spec is not None and not _INCREASE_LABEL.search(str(spec.label))
                and (change := next((c for c in changes if set(value.values) <= c.figures), None)) is not None
                and change.level_as(spec.kind) is not None and not change.base_asked):
            # ("去年比前年多卖了200万，前年是350万": the base and the difference compete for the year's sales — the
            # level they make, SD026)
            out[name] = Relative(change.level, change.words)
            continue
        if (spec is None or spec.kind not in ("money_cny", "money_usd", "count", "area_m2")
                or type(value) not in (Decimal, int, Summed) or _INCREASE_LABEL.search(str(spec.label))):
            continue
        names = involved.get(Decimal(value))
        if names is None or not ("" in names or name in names):
            continue
        share = shares.get(Decimal(value))
        change = next((c for c in changes if Decimal(value) in c.figures), None)
        if share is not None and name in share[2]:
            worked = Decimal(value) * share[0]
            out[name] = ShareOf(worked.to_integral() if spec.kind == "count" else worked, share[1])
        elif change is not None and change.base_asked:
            out[name] = change.base  # ("…比去年多了200万 去年是100万 按去年的算": the base itself asked)
        elif change is not None and change.level_as(spec.kind) is not None:
            out[name] = Relative(change.level, change.words)
        else:
            del out[name]
    # (a growth rate said relative to a year's figure: "今年线上交易额比去年增长了50% 去年2000万", for a level no rule
    # for growth read — only where the message gives the input nothing of its own)
    if grown:
        sums = [q for q in figures if q.unit not in ("percent", "count")]
        for match in grown:
            change = _change_said(text, match, [], _said_with(text, match, sums, [q for q in sums
                                                                                   if q.span[0] < match.start()]))
            if change is not None:
                changes.append(replace(change, growth=True))
    return _changes_of_rates(text, measure, rulebook, changes, out)


@dataclass
class _Change:
    """A figure said relative to another said with its word: the base (`said`), the level the two make, and what it
    grew by (as a sum, or as a fraction of the base where said so)."""

    said: Quantity
    level: Decimal
    by: Decimal
    rate: Decimal | None
    figures: set[Decimal]  # the base and the sum it changed by, as said
    words: str
    base_asked: bool
    subject: str  # the words before 比: what the level is of
    growth: bool = False  # said as a growth rate: the rules for growth read its increase and rate

    @property
    def base(self) -> Decimal:
        return Decimal(self.said.value)

    def level_as(self, kind: str) -> Decimal | None:
        """The level, for an input of this kind: none where it is not above zero, or no whole count."""
        return self.level if self.level > 0 and (kind != "count" or self.level % 1 == 0) else None


_MORE = re.compile(r"多出|多|高|增加|增长|上涨|涨")


def _change_said(text: str, match: re.Match[str], inside: list[Quantity], bases: list[Quantity]) -> _Change | None:
    """"比去年多了200万" with "去年是100万" (300万), "比预算少了三成" with "预算100万" (70万), "比24年多了一半" with
    "2024年飞了10班" (15班), "是去年的两倍" with "去年3000万" (6000万): the level the figure said relative to makes
    with it; None where the base is not one figure said with its word, or the change is no sum of the base's unit or
    share of it ("多了两倍" says ×2 to some and ×3 to others: asked)."""
    if len(bases) != 1:
        return None
    base_q = bases[0]
    base = Decimal(base_q.value)
    if match.re is _TIMES_OF:
        said = match.group("times").replace("点", ".")
        times = Decimal(said) if re.fullmatch(r"\d+(?:\.\d+)?", said) else parse_number(said)
        if times is None or times <= 0:
            return None
        rate: Decimal | None = times - 1
        word = match.group("base")
    else:
        word_match = _BASE_WORD.match(text, match.start())
        word = word_match.group(1) if word_match else ""
        sign = 1 if _MORE.search(match.group(0)[len(word) + 1:]) else -1
        by_said = re.sub(r"\s", "", match.group("by"))
        if by_said.endswith(("%", "％")):  # ("是去年的1.5倍", read as "比去年增长了50%")
            rate = sign * Decimal(by_said.rstrip("%％")) / 100
        elif by_said.endswith("成") or by_said in ("一半", "一倍"):
            fraction = Decimal(1) if by_said == "一倍" else _share_fraction(by_said)
            if fraction is None or (by_said == "一倍" and sign < 0):
                return None
            rate = sign * fraction
        elif by_said.endswith("倍"):
            return None
        elif len(inside) == 1 and _unit_of(inside[0]) == _unit_of(base_q):
            rate = None
            by = sign * Decimal(inside[0].value)
        else:
            return None
    if rate is not None:
        by = base * rate
    subject = text[max((m.end() for m in _PART_EDGE.finditer(text, 0, match.start())), default=0):match.start()]
    asked = bool(word) and bool(re.search(rf"按\s*(?:照)?\s*{re.escape(word)}|{re.escape(word)}的?(?:能|可以|还能|可)",
                                          text[match.end():]))
    return _Change(base_q, base + by, by, rate, {base, *(Decimal(q.value) for q in inside)},
                   f"{match.group(0).strip()}（{word}：{base_q.raw.strip()}）", asked, subject)


def _changes_of_rates(text: str, measure: Measure, rulebook: RuleBook, changes: list[_Change],
                      facts: dict[str, Any]) -> dict[str, Any]:
    """What a change makes of the inputs the message gives nothing of its own: the level, for the input the words
    before 比 name ("今年线上交易额是去年的两倍 去年3000万", the year's figure read as no input of the year asked);
    and where said as a share of its base, an increase ("去年进出口120万美元 今年比去年多了一半": 60万美元) or a
    growth rate of exports ("今年出口比去年少了三成": −30%)."""
    out = dict(facts)
    for change in changes:
        if change.base_asked:
            continue
        for name in input_names(measure, rulebook):
            spec = rulebook.inputs[name]
            held = facts.get(name)
            if (held is None and not _INCREASE_LABEL.search(str(spec.label)) and fits_kind(spec.kind, change.said)
                    and change.level_as(spec.kind) is not None and _names_input(change.subject, spec)):
                out[name] = Relative(change.level, change.words)
            elif change.growth:
                continue
            elif (_INCREASE_LABEL.search(str(spec.label)) and spec.kind in ("money_cny", "money_usd")
                    and change.rate is not None and change.by > 0 and (held is None or held == change.base)):
                out[name] = Relative(change.by, change.words)
            elif (spec.kind == "percent" and "增长" in str(spec.label) and held is None
                  and change.rate is not None and re.search(r"(?<!进)出口", change.subject)):
                out[name] = Relative(change.rate * 100, change.words)
    return out


def _said_with(text: str, match: re.Match[str], figures: list[Quantity], before: list[Quantity]) -> list[Quantity]:
    """The figure said with the base word of "比<base>多了…" elsewhere in the text ("去年是100万", "预算100万",
    "2024年20班"): the first figure within a few characters after it; none where the base word is said nowhere else."""
    word = _BASE_WORD.match(text, match.start())
    if word is None and match.re is not _TIMES_OF:
        return []
    base = match.group("base") if match.re is _TIMES_OF else word.group(1)
    if _POINTING.fullmatch(base):
        return before[-1:]  # ("…建设费用100万", then "实际比这个少了三成": the figure said before)
    years = re.fullmatch(r"(?:20)?(\d{2})\s*年", base)
    pattern = rf"(?:20)?{years.group(1)}\s*年" if years else re.escape(base)
    for said in re.finditer(pattern, text):
        if match.start() <= said.start() < match.end():
            continue
        near = [q for q in figures if said.end() <= q.span[0] <= said.end() + 10
                and not (match.start() <= q.span[0] < match.end())]
        if near:
            return near[:1]
    return []


_POINTING = re.compile(r"这个|那个|这|那|它|上面|刚才|之前|原来|前面")
# "比去年", "比预算", "比24年", "比上一年": the base a figure is said relative to
_BASE_WORD = re.compile(r"比\s*((?:20)?\d{2}\s*年|[\u4e00-\u9fff]{1,4}?)"
                        r"(?=的?(?:多出|少出|多|少|高|低|增加|增长|减少|下降|降低|上涨|涨|降))")


_CUSTOMS_CODE = re.compile(r"(?<!\d)(?:9610|9710|9810|1210|1239)(?!\d)")  # a mode's code, no figure
# "落户以来累计", "这三年一共", "几年下来总共": a sum said over a span of years, before its figure
_OVER_YEARS_BEFORE = re.compile(r"(?:以来|至今|这些年|这几年|几年下来"
                                r"|(?:这|近|过去)?(?<!\d)[两三四五六七八九十2-9]\s*年(?:来|里|中|间|下来)?)"
                                r"[^，,。；;！!？?\d]{0,8}?(?:累计|一共|总共|合计|加起来|共计)[^，,。；;！!？?\d]{0,10}$")
# "占我们出口的", "占比", "占": a share said before its rate, no growth word between
_SHARE_BEFORE = re.compile(r"占(?:比)?(?:[^，,。；;！!？?\d\s增涨提]{0,10}的)?\s*(?:为|是|达到?|约|大概)?\s*$")
# the unit a figure of an input's kind is said in (`_unit_of`)
_KIND_UNIT = {"money_cny": "CNY", "money_usd": "USD", "count": "count", "area_m2": "m2"}


def _share_part(text: str, match: re.Match[str]) -> str:
    """The words naming the part a share is said of: before 占/是 back to the phrase's edge, or after "一半是"."""
    if match.group("first"):
        edge = _PART_EDGE.search(text, match.end())
        return text[match.end():edge.start() if edge else len(text)]
    start = max((m.end() for m in _PART_EDGE.finditer(text, 0, match.start())), default=0)
    return text[start:match.start()] + match.group(0)


def _names_input(words: str, spec) -> bool:
    """Whether the words name the input by one of its cues (two characters or more, no gaps)."""
    return any(len(str(c)) >= 2 and "…" not in str(c) and str(c) in words for c in spec.cues)


_A_YEAR = re.compile(r"(?:19|20)\d{2}")


# "保费按出口额的0.5%收", "保费是货值的0.3%": a sum said as a rate of another figure named by its word
_RATE_OF_NAMED = re.compile(r"(?:按|是|为|收)?\s*(?:年)?"
                            r"(?P<base>出口额|出口金额|货值|保额|投保金额|营业额|销售额|交易额)"
                            r"\s*的\s*(?P<rate>\d+(?:\.\d+)?)\s*[%％]")


def _share_of_named(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"信保保费按出口额的0.5%收 去年出口额3000万": the money input whose word opens the rate ("保费") is that rate of
    the figure said after the base's word (said as derived: 出口额3000万 × 0.5%) — never the base figure itself."""
    found = _RATE_OF_NAMED.search(text)
    if found is None:
        return facts
    before = text[max(0, found.start() - 12):found.start()]
    name = next((n for n in measure.inputs if n in rulebook.inputs and rulebook.inputs[n].kind == "money_cny"
                 and any(str(c) in before for c in rulebook.inputs[n].cues)), None)
    if name is None:
        return facts
    base = found.group("base")
    said = [q for q in _quantities_of(text) if q.unit in ("CNY", "bare")
            and not found.start() <= q.span[0] < found.end()
            and re.search(re.escape(base) + r"[^，,。；;！!？?\d]{0,6}$", text[max(0, q.span[0] - 12):q.span[0]])]
    out = dict(facts)
    if len(said) != 1:
        out.pop(name, None)  # (the base not said once: the sum is asked, never the base taken for it)
        return out
    rate = Decimal(found.group("rate"))
    value = quantity_value("money_cny", said[0]) * rate / 100
    out[name] = ShareOf(value, f"{base}{said[0].raw} × {found.group('rate')}%")
    return out


# "展位费每平米 2200元 一个标准展位9平方米": a fee per square metre, and the area of one booth
# ("展位是按平米收的 一平米2500": the rate per square metre, in yuan where no unit is said)
# ("展位费每平米500美元": in the currency said, converted by the engine at the rate said — never read as yuan)
_PER_SQM_UNIT = rf"(万元|万|元|块|万?(?:{CURRENCY_WORDS}))?"
_FEE_PER_SQM = re.compile(r"(?:展位费|场地费|费用)?\s*(?:按)?\s*(?:每|一)(?:平米|平方米|平方|平|㎡)\s*(?:是|要|收)?\s*"
                          rf"(\d+(?:\.\d+)?)\s*{_PER_SQM_UNIT}(?![\d.]|\s*(?:平|个|人|家|单))")
_BOOTH_AREA = re.compile(r"(?:一个|每个|单个)?\s*(?:标准)?展位\s*(?:是|为|有|面积)?\s*"
                         r"(\d+(?:\.\d+)?)\s*(?:平方米|平米|㎡)")


# "每平造价 3000元", "建设成本每平米2500": what building cost per square metre
_COST_PER_SQM = re.compile(r"(?:(?:每|一)\s*(?:平米|平方米|平方|平|㎡)\s*(?:的)?\s*"
                           r"(?:造价|建设成本|建设费用?|建造成本|成本|投资)"
                           r"|(?:造价|建设成本|建设费用?|建造成本)\s*(?:是|为)?\s*(?:每|一)\s*(?:平米|平方米|平方|平|㎡))"
                           rf"\s*(?:是|为|要|约|大概)?\s*(\d+(?:\.\d+)?)\s*{_PER_SQM_UNIT}(?![\d.]|\s*(?:平|个|人|家|单))")


def _cost_by_area(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"自建海外仓 1500平 每平造价3000元": a building's cost, where none is said otherwise, is its cost per square metre
    times the one area said (said as derived: 每平方米3000元 × 1500平方米)."""
    cost = next((n for n in measure.inputs if getattr(rulebook.inputs.get(n), "kind", "") == "money_cny"
                 and re.search(r"建设|投资", str(rulebook.inputs[n].label))), None)
    area = facts.get("area_m2")
    rates = _COST_PER_SQM.findall(text)
    if cost is None or cost in facts or len(rates) != 1 or type(area) is not Decimal:
        return facts
    figure, unit = rates[0][0], rates[0][1] or "元"
    return {**facts, cost: _by_area(figure, unit, area, f"每平方米{figure}{unit} × {fmt_number(area)}平方米")}


# "租金每平米一年300块", "每平米年租金300元", "每平方每年租金300", "300元/平/年": a year's rent per square metre
_YEARLY_RENT_PER_SQM = re.compile(
    r"(?:(?:租金|租费)?\s*(?:每|一)\s*(?:平米|平方米|平方|平(?![台均安常时])|㎡)\s*(?:每|一)?\s*年\s*(?:的)?\s*(?:租金|租费)?"
    r"|(?:年租金|年租费)\s*(?:每|一)\s*(?:平米|平方米|平方|平(?![台均安常时])|㎡))"
    rf"\s*(?:是|为|要|约|大概)?\s*(\d+(?:\.\d+)?)\s*{_PER_SQM_UNIT}(?![\d.]|\s*(?:平|个|人|家|单))"
    rf"|(\d+(?:\.\d+)?)\s*{_PER_SQM_UNIT}\s*/\s*(?:平米|平方米|平方|平|㎡)\s*/\s*年")


# "一年多", "满一年", "一年以上": a time said as a bound, the exact one said beside it within it
_BOUND_AFTER = re.compile(r"(?P<more>多|出头)|(?P<over>以上|往上)")
_BOUND_BEFORE = re.compile(r"(?:满|超过|已满|足)\s*$")


def _bound_then_exact(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"经营满一年多了 14个月": a time said as a bound ("一年多": over a year, under two; "满一年": a year or more)
    and a time said exactly within it, for one input — the exact one (QD104: asked which); unchanged otherwise."""
    out = facts
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "months" or not isinstance(value, Competing) or len(value.values) != 2:
            continue
        bounds = []
        spots = [text.find(str(word)) for word in value.words]
        if min(spots) < 0 or abs(spots[1] - spots[0]) > max(len(str(w)) for w in value.words) + 6:
            continue  # (said apart, of two things: "三年都满足条件（运营一年以上…）" — MU070)
        for word, months in zip(value.words, value.values, strict=True):
            at = text.find(str(word))
            after = _BOUND_AFTER.match(text, at + len(str(word))) if at >= 0 else None
            before = _BOUND_BEFORE.search(text, max(0, at - 3), at) if at >= 0 else None
            unit = 12 if str(word).endswith("年") else 1
            high = Decimal(months) + unit if after is not None and after.group("more") else None
            bounds.append((Decimal(months), high, bool(after or before)))
        for (low, high, bound), (exact, _, vague) in (bounds, bounds[::-1]):
            if bound and not vague and exact >= low and (high is None or exact < high):
                out = {**out, name: exact}
    return out


def _rent_by_area(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"租的 800平 租金每平米一年300块": a lease's yearly rent, where none is said otherwise, is its rent per square
    metre for a year times the one area said (QB002: the rent asked for)."""
    rent = next((n for n in measure.inputs if getattr(rulebook.inputs.get(n), "kind", "") == "money_cny"
                 and "租赁" in str(rulebook.inputs[n].label)), None)
    area = facts.get("area_m2")
    rates = list(_YEARLY_RENT_PER_SQM.finditer(text))
    if rent is None or rent in facts or len(rates) != 1 or type(area) is not Decimal:
        return facts
    found = rates[0]
    figure, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    unit = unit or "元"
    return {**facts, rent: _by_area(figure, unit, area, f"每平方米每年{figure}{unit} × {fmt_number(area)}平方米")}


def _fee_by_area(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"展位费每平米2200元 一个标准展位9平": the fee of each booth, where none is said otherwise, is the rate per square
    metre times a booth's area (said as derived: 每平方米2200元 × 9平方米)."""
    fee = next((n for n in measure.inputs if n == "booth_fee_cny"), None)
    rate, area = _FEE_PER_SQM.search(text), _BOOTH_AREA.search(text)
    if fee is None or fee in facts or rate is None or area is None or len(_FEE_PER_SQM.findall(text)) != 1:
        return facts
    unit = rate.group(2) or "元"
    words = f"每平方米{rate.group(1)}{unit} × {area.group(1)}平方米"
    return {**facts, fee: _by_area(rate.group(1), unit, Decimal(area.group(1)), words)}


def _by_area(figure: str, unit: str, area: Decimal, words: str) -> PerArea | InDollars | InForeign:
    """A rate per square metre times an area, in the currency the rate was said in: yuan as derived, a dollar or
    third-currency sum kept in its currency for the engine to convert at the rate said (or to ask for one)."""
    value = Decimal(figure) * (10_000 if unit.startswith("万") else 1) * area
    currency = unit.lstrip("万")
    if currency in ("", "元", "块"):
        return PerArea(value, words)
    if currency in ("美元", "美金", "USD"):
        return InDollars(value, words)
    return InForeign(value, words, currency_name(currency))


# "投资800万，不过审计报告上确认的是650万", "报表上是3000万 海关统计是2600万", "租金45万… 哦 我们老板说是60万": a sum
# relayed from another source beside the one said (not "不是…是": a sum put right)
_RELAYED_SOURCE = re.compile(r"(?:老板|财务|会计|领导|同事|报表|账上|账面|系统|海关|审计|发票|合同|银行|税务)"
                             r"[^，,。；;！!？?\d]{0,10}?(?:说|显示|确认|核定|核了|统计|写|算|开)[^，,。；;！!？?\d]{0,4}?"
                             r"(?:是|为|有|的是)\s*$")


def _relayed_rival(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A sum of money read for an input where another sum of the same kind is relayed from another source right
    after it ("投资800万，不过审计报告上确认的是650万"): which one counts is asked, naming both (never one picked)."""
    out = dict(facts)
    claims = _claim_spans(text) + request_spans(text)  # ("同事算的补助是36万": an award claimed, no sum of the case)
    for name, value in facts.items():
        kind = getattr(rulebook.inputs.get(name), "kind", "")
        if type(value) is not Decimal or kind not in ("money_cny", "money_usd"):
            continue
        quantities = [q for q in _quantities_of(text) if fits_kind(kind, q)
                      and not any(a <= q.span[0] < b for a, b in claims)]
        said = [q for q in quantities if Decimal(quantity_value(kind, q)) == value]
        relayed = [q for q in quantities if _RELAYED_SOURCE.search(text, max(0, q.span[0] - 24), q.span[0])
                   and all(Decimal(quantity_value(kind, q)) != v for v in facts.values() if type(v) is Decimal)]
        if len(said) == 1 and len(relayed) == 1 and relayed[0].span[0] > said[0].span[1]:
            out[name] = Competing((value, Decimal(quantity_value(kind, relayed[0]))), (said[0].raw, relayed[0].raw))
    return out


_BREAKDOWN_HEAD = re.compile(r"其中|包括|分别是|里面有")
_PART_BREAK = re.compile(r"[，,。；;、\s]")


def _breakdown_less_ruled_out(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]
                              ) -> dict[str, Any]:
    """"认证检测商标一共花了40万 其中国际认证20万 国内的3C认证8万 境外商标注册12万": a whole read for an input that
    sums, broken down after 其中 into parts that add up to it, one or more of them ruled out by their own words
    (国内, 3C: intents.yaml parts_ruled_out) — the whole less those parts, said so."""
    from assistant.intent import ruled_out_parts

    out = facts
    for name, words in ruled_out_parts().items():
        held, spec = facts.get(name), rulebook.inputs.get(name)
        head = _BREAKDOWN_HEAD.search(text)
        if (type(held) not in (Decimal, Chosen) or spec is None or head is None
                or name not in input_names(measure, rulebook)):
            continue
        after = text[head.end():]
        parts = [q for q in _quantities_of(after) if fits_kind(spec.kind, q)]
        values = [quantity_value(spec.kind, q) for q in parts]
        # (or one part, less than the whole, its own words ruling it out: "一共花了28万 其中5万是国内3C认证")
        if not (len(values) >= 2 and sum(values, Decimal(0)) == held) and not (
                len(values) == 1 and values[0] < held and held in (quantity_value(spec.kind, q)
                                                                   for q in _quantities_of(text[:head.start()]))):
            continue
        ruled = []
        for q in parts:  # the words of each part: from the break before it (or the part before) to its figure
            start = max((m.end() for m in _PART_BREAK.finditer(after, 0, q.span[0])
                         if after[m.end():q.span[0]].strip() != ""), default=0)
            label = after[start:q.span[0]]
            if not label.strip():  # ("其中5万是国内3C认证": the part's words after its figure)
                end = _PART_BREAK.search(after, q.span[1] + 1)
                label = after[q.span[1]:end.start() if end else len(after)]
            if any(str(w) in label for w in words):
                ruled.append((q, label.strip()))
        if ruled and (len(ruled) < len(parts) or len(parts) == 1):
            less = sum((quantity_value(spec.kind, q) for q, _label in ruled), Decimal(0))
            whole = Decimal(held)
            said = [f"{q.raw}（{label}）" for q, label in ruled]  # ("40万 − 8万（国内的3C认证）")
            out = {**out, name: Remainder(whole - less, " − ".join([f"{whole / 10000:g}万", *said]))}
            if len(parts) == 1:  # (the part's words rule out the part, not the rest: no "not international" of it)
                out = {k: v for k, v in out.items() if not (v is False and rulebook.inputs.get(k) is not None
                                                            and rulebook.inputs[k].kind == "bool")}
    return out


# "我们的合作伙伴去年出口增长了30% 我们自己只增长了6%": a party other than the firm, and the firm itself
_OTHER_PARTY = re.compile(r"合作伙伴|合作方|客户|供应商|同行|隔壁|别家|朋友|对方|人家|他们")
_OWN_PARTY = re.compile(r"我们自己|我们公司|我司|本企业|本公司|自己")
_PARTY_FRAGMENT = re.compile(r"[^，,。；;！!？?\s]+(?:\s+[^，,。；;！!？?\s]+)?")


def _own_over_another_partys(text: str, facts: dict[str, Any]) -> dict[str, Any]:
    """Of figures competing for one input, the one said in the firm's own fragment where each other one is said in
    a fragment about another party ("我们的合作伙伴…增长了30% 我们自己只增长了6%": 6%); unchanged otherwise."""
    out = facts
    fragments = [(m.start(), m.group(0)) for m in _PARTY_FRAGMENT.finditer(text)]
    for name, value in facts.items():
        if not isinstance(value, Competing) or len(value.words) != len(value.values):
            continue
        owners = []
        for word in value.words:
            at = text.find(str(word))
            said = next((f for start, f in fragments if start <= at < start + len(f)), "") if at >= 0 else ""
            owners.append("own" if _OWN_PARTY.search(said) and not _OTHER_PARTY.search(said)
                          else "other" if _OTHER_PARTY.search(said) else "")
        if owners.count("own") == 1 and owners.count("other") == len(owners) - 1:
            out = {**out, name: value.values[owners.index("own")]}
    return out


def _growth_is_no_first_export(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]
                               ) -> dict[str, Any]:
    """A growth rate of the firm's exports (up or down: "出口增长了6%", "出口下降了5%", two years' levels) says it
    exported the year before: no zero breakthrough (零的突破) — where the message says nothing of one itself (not
    "进出口增长了8%": imports and exports together say nothing of exports)."""
    if not re.search(r"(?<!进)出口", text):
        return facts
    names = input_names(measure, rulebook)
    rate = next((n for n in names if rulebook.inputs[n].kind == "percent" and "增长" in str(rulebook.inputs[n].label)
                 and type(facts.get(n)) is not bool and isinstance(facts.get(n), Decimal)), None)
    first = next((n for n in names if "零的突破" in str(rulebook.inputs[n].label)), None)
    if rate is None or first is None or first in facts:
        return facts
    return {**facts, first: False}


# "…比上年增长了50%", "今年比去年增长了20%", "同比增长25%": the rate a year grew by
_GREW_RATE = re.compile(r"(?:增长|增加|提高|上涨|涨|增幅)(?:了|为|达|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]")
# the year a figure is said of, before it in its fragment: "上年是2000万美元", "去年进出口总额5000万", "2022年是4000万"
_YEAR_OF_FIGURE = re.compile(r"上年度?|去年|上一年|前一年|((?:19|20)\d{2})\s*年")
_OWN_YEAR = re.compile(r"今年|本年|((?:19|20)\d{2})\s*年")
_FRAGMENT_EDGE = re.compile(r"[，,。；;！!？?\s]")
_LEVEL_OF_TRADE = re.compile(r"(?:出口|进出口|交易额|贸易额)[^，,。；;！!？?]{0,10}$")


def _level_from_growth(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A money input read as an earlier year's level where another fragment says a later year grew from it by a
    rate ("去年进出口总额5000万 今年比去年增长了20%", "2022年服务企业进出口额比上年增长了50% 上年是2000万美元"): the
    later year's level (5000万 × (1 + 20%)), or for an increase input the increase (2000万美元 × 50%) — never the
    earlier level as either. Unchanged where the measure reads the rate itself (六安: 年出口增长10%以上), where the
    rate is said in the figure's own fragment ("去年5000万，同比增长20%": the level of the year that grew) or of no
    later year of its own ("去年5000万，比上年增长了20%": 去年 grew over the year before it)."""
    # (not another thing's growth beside it: "平台自己的营收增长40%" by the served firms' 25% — SB066)
    rates = [r for r in _GREW_RATE.finditer(text) if not _OTHER_GROWTH.search(
        text, max((m.end() for m in _FRAGMENT_EDGE.finditer(text, 0, r.start())), default=0), r.start())]
    names = input_names(measure, rulebook)
    if len(rates) != 1:
        return facts
    reads_rate = any(rulebook.inputs[n].kind == "percent" for n in names)
    rate_match = rates[0]
    rate = Decimal(rate_match.group(1)) / 100
    start = max((m.end() for m in _FRAGMENT_EDGE.finditer(text, 0, rate_match.start())), default=0)
    said = text[start:rate_match.start()]  # the rate's own fragment, before the rate
    out = facts
    for name in names:
        spec, held = rulebook.inputs[name], facts.get(name)
        increase = bool(_INCREASE_LABEL.search(str(spec.label)))
        if spec.kind not in ("money_cny", "money_usd") or (reads_rate and not increase):
            continue
        if held is None and increase:
            # ("服务企业跨境电商进出口额2022年是8000万美元，2023年增长了25%": the increase asked for, from the one level
            # of its kind said of an earlier year — NB064, NB161; the rate is still the rate where one is read)
            levels = {quantity_value(spec.kind, q) for q in _quantities_of(text) if fits_kind(spec.kind, q)
                      and _LEVEL_OF_TRADE.search(text, max(0, q.span[0] - 12), q.span[0])
                      and not _named_other(text, q, spec)}
            held = levels.pop() if len(levels) == 1 else None
        if type(held) is not Decimal:
            continue
        figures = [q for q in _quantities_of(text) if fits_kind(spec.kind, q) and quantity_value(spec.kind, q) == held]
        if len(figures) != 1 or start <= figures[0].span[0] < rate_match.end():
            continue
        figure = figures[0]
        own_start = max((m.end() for m in _FRAGMENT_EDGE.finditer(text, 0, figure.span[0])), default=0)
        year = _YEAR_OF_FIGURE.search(text, own_start, figure.span[0])
        if year is None:
            continue
        later = [m for m in _OWN_YEAR.finditer(said) if m.group(1) is None or (year.group(1) is not None
                 and int(m.group(1)) > int(year.group(1)))]
        # ("出口比2025年增长了40%" beside "2025年…12万美元": a year's growth over the one before, no later year's level)
        if not (later or (year.group(1) is None and f"比{year.group(0)}" in said)):
            continue
        if increase:
            out = {**out, name: Grown(held * rate, f"{figure.raw} × {rate_match.group(1)}%")}
        else:
            out = {**out, name: Grown(held * (1 + rate), f"{figure.raw} × (1 + {rate_match.group(1)}%)")}
    return out


# a growth of something no input of trade is: the firm's revenue, profit, staff, or the platform's own
_OTHER_GROWTH = re.compile(r"营收|营业收入|营业额|收入|利润|净利|员工|人数|平台自己|自营|自身")
# "去年出口下降了3%": a growth rate said as a fall (a negative rate)
_RATE_FELL = re.compile(r"(?:出口|出口额|进出口)"
                        # ("今年出口比去年下降了20%", read as "2026年出口比2025年下降了20%": the year compared with)
                        r"(?:\s*(?:比|较|同比|相比)\s*(?:(?:19|20)\d{2}\s*年|去年|上年|上一年|前年|同期))?"
                        r"[^，,。；;\d]{0,4}?(?:下降|下滑|减少|降|跌|萎缩)了?"
                        r"\s*(\d+(?:\.\d+)?)\s*[%％]")


def _growth_fell(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A growth-rate input where the message says the rate fell ("去年出口下降了3%"): the fall, as a negative rate;
    beside a rise said of another year ("前年出口增长20%，去年出口下降了3%") the two compete (which year is asked)."""
    fell = _RATE_FELL.search(text)
    names = [n for n in facts if n in rulebook.inputs and rulebook.inputs[n].kind == "percent"
             and "增长" in str(rulebook.inputs[n].label)]
    if fell is None or len(names) != 1:
        return facts
    name, value = names[0], -Decimal(fell.group(1))
    held = facts[name]
    spans = request_spans(text)
    # (a rate in a request, "能补70%吗", is no rate of the case; "下降了20%（增长-20%）" says the fall twice)
    others = [q for q in parse_quantities(text) if q.unit == "percent" and q.value != value
              and not fell.start(1) <= q.span[0] < fell.end(0) and not any(a <= q.span[0] < b for a, b in spans)]
    said_alike = (isinstance(held, Decimal) and held == -value) or (
        isinstance(held, Competing) and all(abs(Decimal(v)) == -value for v in held.values))
    if said_alike and not others:
        return {**facts, name: value}  # ("出口比上年下降了20%": the one rate said is the fall, read as a rise)
    if isinstance(held, Decimal) and held != value:
        return {**facts, name: Competing((Decimal(held), value), (f"{held}%", f"-{fell.group(1)}%"))}
    return facts


_SERVED_BEFORE = re.compile(r"服务(?:了|过|的)?\s*$")
_PART_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _year_of(value: Any) -> int | None:
    """The year of a matter's date as read (a date, a Period, or "2025年")."""
    if isinstance(value, Period):
        return value.start.year
    if hasattr(value, "year"):
        return int(value.year)
    found = re.match(r"(\d{4})", str(value)) if value is not None else None
    return int(found.group(1)) if found else None


def _years_paid(measure: Measure, rulebook: RuleBook) -> tuple[int, int] | None:
    """The first and last calendar years the measure's policy pays awards for (0 or 9999 where one end is not
    stated); None where the policy states neither."""
    policy = rulebook.policies.get(measure.policy_id)
    if policy is None or not (policy.awards_counted_from or policy.valid_until):
        return None
    return (policy.awards_counted_from.year if policy.awards_counted_from else 0,
            policy.valid_until.year if policy.valid_until else 9999)


def year_out_of_period(text: str, measure: Measure, rulebook: RuleBook) -> int | None:
    """The last year a message dates its matter with, where it is outside the years the policy pays ("还有个ISO
    是2023年拿的 3万" where awards count from 2024); None where none is said or it is within them."""
    paid = _years_paid(measure, rulebook)
    years = [int(y) for y in _PART_YEAR.findall(text)]
    if paid is None or not years:
        return None
    first, last = paid
    return None if first <= years[-1] <= last else years[-1]


def _option_dated_out(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """Two options of a choice told each after a year of its own ("2025年被认定为省级…2026年又评上了国家级的" where
    the policy pays up to 2025): the one option dated within the years the policy pays is the case's, with its year
    (LN027: 国家级's 20万 shown for 省级's 15万); the facts as read otherwise."""
    paid = _years_paid(measure, rulebook)
    if paid is None:
        return facts
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "choice":
            continue
        pieces, _first = _option_pieces(text, spec)
        if len({option for option, _w in pieces}) != 2:
            continue
        dated: dict[str, int] = {}
        at = 0
        for option, words in pieces:
            start = text.find(words, at)
            before = text[at:start]  # the words since the option before: the year said right before this one
            years = _PART_YEAR.findall(before)
            if years and option not in dated:
                dated[option] = int(years[-1])
            at = start + len(words) - len(words.lstrip())
            at = max(at, start + 1)
        if len(dated) != 2:
            continue
        within = [o for o, y in dated.items() if paid[0] <= y <= paid[1]]
        if len(within) != 1:
            continue
        facts = {**facts, name: within[0]}
        if "event_date" in input_names(measure, rulebook):
            facts["event_date"] = f"{dated[within[0]]}年"
    return facts


# "打了八折", "打八五折", "按9折", "实际付的八折": a discount on the price said before it
_DISCOUNT = re.compile(r"(?:打了?|给了?|按|实际(?:付|支付|交)的?|优惠(?:成|到)?)\s*"
                       r"(?:([一二三四五六七八九])([一二三四五六七八九])?|([1-9])([0-9])?)\s*折")


def _discounted(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"合同租金原价一百二十万，房东给打了八折，实际付的八折" (LT224): a money figure held, said before a discount on
    it, is what was paid — the figure × the discount (120万 × 0.8 = 96万), said how; the facts as read otherwise."""
    found = _DISCOUNT.search(text)
    if found is None:
        return facts
    tens = found.group(1) or found.group(3)
    ones = found.group(2) or found.group(4)
    rate = Decimal(parse_number(tens)) / 10
    if ones:
        rate += Decimal(parse_number(ones)) / 100
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "money_cny" or type(value) is not Decimal:
            continue
        said = [q for q in _quantities_of(text[:found.start()]) if q.unit in ("CNY", "bare")
                and Decimal(quantity_value(spec.kind, q)) == value]
        if len(said) == 1 and found.start() - said[0].span[1] <= 16:
            out[name] = ShareOf(value * rate, f"{said[0].raw} × {fmt_number(rate * 10)}折")
    return out


def _local_part_of_total(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"服务企业在线交易额一共3亿 其中秦皇岛本地企业1.2亿 唐山的企业1.8亿" (LR169): a local input's figure is the
    part said of the city's own firms after 其中, never the total (1.2亿, not 3亿)."""
    home = re.escape(measure.city)
    found = re.search(rf"其中\s*(?:{home})?(?:市)?(?:本地|本市|{home})(?:的)?[^，,。；;\d]{{0,8}}?"
                      r"(\d+(?:\.\d+)?\s*(?:万|亿)(?:元)?)", text)
    if found is None:
        # ("平台总在线交易额8个亿…服务秦皇岛本地跨境电商进出口企业的在线交易额是2亿", PC157: the one figure said of the
        # city's own firms, in its own phrase)
        local = list(re.finditer(rf"(?:{home})?(?:市)?(?:本地|本市)[^，,。；;\d外]{{0,18}}?(?:是|为|有|达到?)?\s*"
                                 r"(\d+(?:\.\d+)?\s*(?:万|亿)(?:元)?)", text))
        local = [m for m in local if re.search(r"交易|进出口|出口|销售", m.group(0))  # (not "本市注册…注册资本1000万")
                 and not re.search(r"月|每|季", m.group(0))]  # (nor "一个月大概1500万": a rate, asked)
        found = local[0] if len(local) == 1 else None
        held = [facts[n] for n in measure.inputs if type(facts.get(n)) is Decimal
                and _LOCAL_LABEL.search(str(getattr(rulebook.inputs.get(n), "label", "")))]
        # (only a total read for it is put right — "平台总在线交易额8个亿": none read, none added; not a figure put
        # right in the same breath, "交易额4000万 哦 是4亿")
        if found is None or not any(re.search(r"总|一共|合计|全部|整个", text[max(0, q.span[0] - 10):q.span[0]])
                                    for q in _quantities_of(text) for v in held if q.value == v):
            return facts
    if found is None:
        return facts
    part = next((q for q in _quantities_of(found.group(1)) if q.unit in ("CNY", "bare")), None)
    out = dict(facts)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if part is not None and spec is not None and spec.kind == "money_cny" and _LOCAL_LABEL.search(str(spec.label)):
            out[name] = quantity_value(spec.kind, part)
    return out


def _parts_out_of_period(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A total told in parts where a part's own words date it outside the years the policy pays ("2025年新拿了CE认证
    8万…还有一个2023年拿的FDA注册 费用10万" where awards count from 2024): that part left out, said so; the rest
    summed. Only the words between the part before and this one date it."""
    paid = _years_paid(measure, rulebook)
    if paid is None:
        return facts
    first, last = paid
    changed = dict(facts)
    for name, value in facts.items():
        if not isinstance(value, Summed) or len(value.parts) < 2:
            continue
        at, kept, out, labels, kept_years, out_years = 0, [], [], [], [], set()
        for index, part in enumerate(value.parts):
            found = text.find(part, at)
            if found < 0:
                return facts
            years = [int(y) for y in _PART_YEAR.findall(text, at, found)]
            if years and not first <= years[-1] <= last:
                out.append(f"{years[-1]}年的{part}")
                out_years.add(years[-1])
            else:
                kept.append(part)
                kept_years += years[-1:]
                if value.labels:
                    labels.append(value.labels[index])
            at = found + len(part)
        if not out or not kept:
            continue
        amounts = [found for p in kept for found in parse_quantities(
            p if re.search(r"元|块", p) else f"{p}元")[:1]]  # ("8万": a sum in 万, said as the input's yuan)
        if (len(amounts) != len(kept) or any(q.unit not in ("CNY", "USD") for q in amounts)
                or len({q.unit for q in amounts}) > 1):
            continue
        changed[name] = Summed(sum((q.value for q in amounts), Decimal(0)), tuple(kept), value.left_out, tuple(labels))
        changed[name].dated_out = tuple(out)
        if _year_of(changed.get("event_date")) in out_years:
            # ("2023年12月拿的UL认证…2024年3月注册了欧盟商标": the date of the part left out is no date of the rest)
            if kept_years:
                changed["event_date"] = f"{kept_years[-1]}年"
            else:
                changed.pop("event_date")
    return changed


_CLAUSES = re.compile(r"[^，,。；;！!？?\s]+")


def held_parts_dated(held: dict[str, Any], text: str, measure: Measure, rulebook: RuleBook) -> dict[str, Any]:
    """A total told in parts, then dated part by part in a later message ("保费 5万 7万 8万", then "5万和7万是2025年的
    8万那张是2023年的"): each clause with one year dates the parts it names; a part dated outside the years the policy
    pays is left out, said so, and the rest summed (with the year they share as the matter's date). {} where the
    message dates no held part, or dates one twice."""
    paid = _years_paid(measure, rulebook)
    if paid is None:
        return {}
    first, last = paid
    changed: dict[str, Any] = {}
    for name, value in held.items():
        if not isinstance(value, Summed) or len(value.parts) < 2 or value.dated_out:
            continue
        years: dict[int, int] = {}
        for clause in _CLAUSES.findall(text):
            said = {int(y) for y in _PART_YEAR.findall(clause)}
            if len(said) != 1:
                continue
            named = [i for i, part in enumerate(value.parts)
                     if re.search(rf"(?<![\d.]){re.escape(part)}(?![\d.])", clause)]
            if any(i in years for i in named):
                return {}
            years.update({i: next(iter(said)) for i in named})
        if not years:
            continue
        out = [i for i, year in years.items() if not first <= year <= last]
        kept = [i for i in range(len(value.parts)) if i not in out]
        if not out or not kept:
            continue
        amounts = [q for i in kept for q in parse_quantities(
            value.parts[i] if re.search(r"元|块", value.parts[i]) else f"{value.parts[i]}元")[:1]]
        if len(amounts) != len(kept) or len({q.unit for q in amounts}) != 1 or amounts[0].unit not in ("CNY", "USD"):
            continue
        labels = tuple(value.labels[i] for i in kept) if value.labels else ()
        changed[name] = Summed(sum((q.value for q in amounts), Decimal(0)), tuple(value.parts[i] for i in kept),
                               value.left_out, labels)
        changed[name].dated_out = tuple(f"{years[i]}年的{value.parts[i]}" for i in out)
        kept_years = {years[i] for i in kept if i in years}
        if len(kept_years) == 1:
            changed["event_date"] = f"{kept_years.pop()}年"
    return changed


_EXCLUDED_CODE = re.compile(r"不含\s*(\d{4})")
# ("全部走的9610": the code with its verb)
_ALL_OF = r"(?:全是|全部是|都是|全为|全部为|全部|只有|只做|纯|清一色|全走|都走)\s*(?:走|做|报)?\s*(?:的)?\s*"


def _all_of_excluded_code(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A trade figure said to be all of the code the input leaves out ("进出口3个亿 全是9610直邮" for 运城
    第三条（二）'s 1210、9710、9810进出口额, 不含9610): none of it counts, 0 with the user's words — unless a
    code the input counts is named too."""
    changed = dict(facts)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS:
            continue
        excluded = _EXCLUDED_CODE.findall(str(spec.label))
        own = [str(c) for c in spec.cues if re.fullmatch(r"\d{4}", str(c))]
        said = next((m for code in excluded for m in re.finditer(_ALL_OF + code, text)), None)
        if said is not None and not any(code in text for code in own):
            changed[name] = LeftOut(Decimal(0), said.group(0))
    return changed


# "平台费那块不用算", "平台费用先不算", "平台费没有": a part of the measure's sum not claimed, or none paid
_NOT_COUNTED = re.compile(r"\s*(?:那块|那部分|这块|这部分|那个|这个|那项|这项|的)?(?:就|先|暂时|暂)?"
                          r"(?:(?:不用|不要|不必|别|不)(?:算|计|考虑|申请|报|管|申报)"
                          r"|(?:没有|没花|没交|没付|为0|是0|为零)(?![\d一二两三四五六七八九十]))")


def _parts_left_out(text: str, measure: Measure, rulebook: RuleBook) -> tuple[dict[str, Any], str]:
    """A money input of a measure that adds two parts (平台费用 and 增量, 六安 四（二）) said not to be counted
    ("增量这部分补多少？平台费那块不用算"): 0, so the other part is computed alone, said with the user's words;
    and the text with those words blanked (they say nothing else: not that a platform is used)."""
    money = [n for n in measure.inputs if (rulebook.inputs.get(n) is not None
                                           and rulebook.inputs[n].kind in _MONEY_KINDS)]
    found: dict[str, Any] = {}
    if len(money) < 2:
        return found, text
    for name in money:
        for cue in (c for c in rulebook.inputs[name].cues if len(str(c)) > 1):
            at = next((m for m in literal(str(cue)).finditer(text) if _NOT_COUNTED.match(text, m.end())), None)
            if at is not None:
                said = _NOT_COUNTED.match(text, at.end())
                found[name] = LeftOut(Decimal(0), text[at.start():said.end()])
                text = text[:at.start()] + " " * (said.end() - at.start()) + text[said.end():]
                break
    return found, text


# "三个代码都开了", "这三种模式我们都有": as many of a list as the clause names, all said to be held
_ALL_N_HELD = re.compile(r"(?:这)?([两二三四2-4])\s*(?:个|种|类|项)\s*(?:代码|模式|业务|方式|监管代码|都)?"
                         r"[^，,。；;\d]{0,4}?(?:都|全|全部|全都)(?:已经)?(?:开|开通|有|做|办|备案)")


def _all_listed(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A list choice the clause names N of ("开通9610、9710、9810业务"), said as "三个代码都开了": those N."""
    found = _ALL_N_HELD.search(text)
    if found is None:
        return facts
    count = int(parse_number(found.group(1)) or 0)
    for condition in _leaves(measure.conditions):
        spec = rulebook.inputs.get(condition.input or "")
        if (spec is not None and getattr(spec, "multiple", False) and condition.input not in facts
                and len(condition.values) == count):
            facts = {**facts, condition.input: list(condition.values)}
    return facts


# "跨境电商出口9200万 进口1300万": a figure of each direction, its own words ending in 出口 or 进口 (not 进出口)
_EXPORT_WORDS = re.compile(r"(?<!进)出口(?:额|了|是|为|做了|有)?\s*$")
_IMPORT_WORDS = re.compile(r"(?<!出)进口(?:额|了|是|为|做了|有)?\s*$")


def _both_directions(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """An import-and-export input not read, told as its exports and its imports, one figure each ("2025年跨境电商
    出口9200万 进口1300万"): their sum, said so."""
    quantities = _quantities_of(text)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS or "进出口" not in str(spec.label):
            continue
        fitting = [(i, q) for i, q in enumerate(quantities) if fits_kind(spec.kind, q)]
        out = [q for i, q in fitting if _EXPORT_WORDS.search(_words_before(text, quantities, i))]
        into = [q for i, q in fitting if _IMPORT_WORDS.search(_words_before(text, quantities, i))]
        if len(out) == 1 and len(into) == 1 and len(fitting) == 2:
            values = [quantity_value(spec.kind, q) for q in (out[0], into[0])]
            # ("跨境电商进出口 出口2600万 进口900万": the exports read by the cue before them are one of the two; so are
            # the exports chosen over the imports, "开了9610 2023年 出口800万 进口200万", PB146)
            held = facts.get(name)
            if name in facts and not ((type(held) in (Decimal, Chosen) and held in values)
                                      or (isinstance(held, Competing) and set(held.values) == set(values))):
                continue
            if all(type(v) is Decimal for v in values):
                facts = {**facts, name: Summed(values[0] + values[1], (out[0].raw, into[0].raw))}
    return facts


# "其中跨境电商出口2800万元", "9610出口了3000万": the firm's cross-border e-commerce exports in its own words (not
# 一般贸易's)
_CBEC_EXPORTS_WORDS = re.compile(r"(?:跨境电商|跨境电子商务|跨境|电商|9610|9710|9810)(?:项下|业务|渠道)?"
                                 r"[^，,。；;\d]{0,3}?(?<!进)出口(?:额|了|是|为|做了|有|总额)?\s*$")
_IMPORTS_SAID = re.compile(r"(?<!出)进口")


def _exports_as_trade(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """An import-and-export input not read, told only as the firm's cross-border e-commerce exports, one figure, no
    imports said ("其中跨境电商出口2800万元，一般贸易出口1.2亿"): that figure, the default said — any cross-border
    imports would add to it (KY148, KS149: asked, though the exports are all the firm's cross-border trade)."""
    if _IMPORTS_SAID.search(text):
        return facts
    quantities = _quantities_of(text)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        # (the firm's own cross-border trade: not a platform's, "平台年累计本地在线进出口交易额" — CS075)
        if (spec is None or name in facts or spec.kind not in _MONEY_KINDS or "跨境电商进出口" not in str(spec.label)
                or any(w in str(spec.label) for w in ("增", "平台", "服务", "园区"))):
            continue
        fitting = [(i, q) for i, q in enumerate(quantities) if fits_kind(spec.kind, q)]
        exports = [q for i, q in fitting if _CBEC_EXPORTS_WORDS.search(_words_before(text, quantities, i))]
        if len(exports) == 1:
            value = quantity_value(spec.kind, exports[0])
            if type(value) is Decimal:
                facts = {**facts, name: ExportsAsTrade(value, exports[0].raw)}
    return facts


# The rest of a whole said to be of one kind, for an input of that kind: "…其中外地企业1亿，剩下都是秦皇岛本地企业"
# (a local input: the whole less the part of firms elsewhere), "总交易额4600万 其中线下门店卖了1200万 剩下都是线上"
# (an online input: the whole less the part said offline). Each row: the words of the rest, the label an input
# must carry, and which figures between the whole and the rest are the part taken away.
_OFFLINE_BEFORE = re.compile(r"线下[^，,。；;！!？?\d]{0,8}$")


def _parts_offline(text: str, quantities: list[Quantity]) -> Iterable[int]:
    return (i for i, q in enumerate(quantities) if _OFFLINE_BEFORE.search(text, max(0, q.span[0] - 10), q.span[0]))


_REMAINDERS = (
    (re.compile(r"(?:剩下|剩余|其余|其他|另外)(?:的)?(?:部分)?(?:都|全|全部)?(?:是|为|属于|来自)?(?:我们)?"
                r"(?:本地|本市|秦皇岛|运城|潍坊|六安|济南)"
                # ("其中服务外地企业的有1.2亿 只算本地的": the part elsewhere said, then only the local part counted)
                r"|(?:只算|只要|只报|只按)(?:我们)?(?:本地|本市)"), _LOCAL_LABEL, _of_elsewhere),
    (re.compile(r"(?:剩下|剩余|其余|余下)(?:的)?(?:部分)?(?:都|全|全部)?(?:是|为|属于)?(?:在)?线上"),
     re.compile("线上"), _parts_offline),
)


# "其中1200万是一般贸易 不是跨境电商", "18万里有8万是投谷歌广告的 不是付给平台的", "里面有3000万是服务外地企业的":
# a part of a whole, said right after it to be no part of what the input counts
_PART_MARK_BEFORE = re.compile(r"(?:其中|里面|里头|当中|这里|(?<=[\d万亿元])里)(?:有|的|是)?[\s，,]*$")
_PART_WORDS_BEFORE = re.compile(r"(?:其中|里面|里头|当中)(?:有)?(?P<words>[^，,。；;！!？?\d]{1,14})$")
_OVER_UNITS = re.compile(r"÷\s*(\d+)\s*个")
_PART_DENIAL = re.compile(r"(?:不是|不算|不属于|并非|不能算|不计入|不计)(?P<what>[^，,。；;！!？?\s\d]{0,12})")
_PART_OTHER_TRADE = re.compile(r"一般贸易")


def _denied_part_words(text: str, quantity: Quantity) -> str:
    """The words said of a part after its figure: up to the end of its sentence, over one space ("8万是投谷歌广告的
    不是付给平台的"), not past the next figure."""
    marks = [m.start() for m in _PHRASE_MARK.finditer(text, quantity.span[1])] + [len(text)]
    end = marks[0]
    if re.match(r"[，,]\s*(?:不是|不算|并非|不属于)", text[end:end + 6]) and len(marks) > 1:
        end = marks[1]  # ("这里面有40万是仓内操作和人工费，不是租金": the denial after a comma)
    nxt = re.search(r"\d", CUSTOMS_CODE.sub(lambda m: "_" * len(m.group(0)), text[quantity.span[1]:end]))
    end = quantity.span[1] + nxt.start() if nxt else end  # (a customs code is no figure: "1.2亿是9610的")
    return text[quantity.span[1]:min(end, quantity.span[1] + 28)]


_CODE_IS = re.compile(r"\s*(?:都|全|全部)?(?:是|属于|走的|为|按|用)+\s*(9610|9710|9810|1210)")


def _denies_input(words: str, spec) -> bool:
    """Whether the words said of a part put it outside the input: denied by a word naming the input (不是跨境电商, 不是
    付给平台的, 不算), said of firms elsewhere for a local input, or of ordinary trade for a cross-border one."""
    label = str(spec.label)
    own = bigrams(label) | {b for c in spec.cues for b in bigrams(str(c))}
    for denial in _PART_DENIAL.finditer(words):
        what = denial.group("what").rstrip("的")
        # ("不是跨境": every figure these measures count is of cross-border e-commerce)
        if not what or bigrams(what) & own or what.startswith("跨境"):
            return True
    if _LOCAL_LABEL.search(label) and (_ELSEWHERE_WORDS.search(words)):
        return True
    code = _CODE_IS.match(words)
    own_codes = set(CUSTOMS_CODE.findall(_EXCLUDED_CODES.sub("", label)))
    if code is not None and own_codes and code.group(1) not in own_codes:
        return True  # ("其中1.2亿是9610的" for 1210、9710、9810进出口额: another code's trade)
    return "跨境" in label and bool(_PART_OTHER_TRADE.search(words)) and not re.search(r"跨境电商\S{0,4}$", words)


# "合同预算400万 目前已经付了150万", "合同租金100万 实际只付了80万 还欠20万": a whole planned, or a whole not paid in
# full, beside what was paid so far — which the clause's base is, the text does not say: both asked about
_PLANNED_WORDS = re.compile(r"预算|预计|计划")
_PAID_BEFORE = re.compile(r"(?:已经|已|目前|实际|只|才)*(?:付了|已付|支付了|付款|实付|交了)\s*$")
_OWED = re.compile(r"还欠|尚欠|没付|未付|欠着|还没付")


# a spend beside a cost that the clause's words may or may not hold (装修 of a leased warehouse), said as one more
_FITTING_OUT = re.compile(r"装修|改造|装饰|翻新|货架|设备|叉车|系统")
# the sources a cost is told from: where two of them give two figures, which one counts is the user's to say
_SOURCE_LABEL = re.compile(r"合同|发票|报表|财务|账上|账面|审计|实付|实际付|实际支付|银行流水|付款"
                           r"|(?:业务|销售|采购|技术|行政)部?(?:门)?(?:说|报|给|算)")
_NO_SPEND_LABEL = re.compile(r"补贴|补助|奖励|奖金|拿到|领到|拿了|获得|交易|销售|营收|出口|进口|营业|流水|贷款|融资"
                             r"|注册资本"
                             r"|预算|计划|打算|准备|预计|报价|估计|最多|最高|上限|封顶|不是|不算|不含|别人|对方|隔壁|其他")
_ADDED_SPEND = re.compile(r"(?:另外|还|再|又|加上|以及|外加|另)[^，,。；;\d]{0,8}$")


_COST_LABEL = re.compile(r"费用|租金|投资|成本")
_PAID_SAID = re.compile(r"实际|实付|实为|真正")
_SET_APART_AFTER = re.compile(r"不算|不属于|不包括|不含|不计|另算|单独")
_ELSEWHERE_SPEND = re.compile(r"国内|境内|周转|每个?月|月租|物业|工资|人员")


def _words_up_to(text: str, quantity: Quantity) -> str:
    """The words of a figure's phrase up to it (from the last comma or full stop, at most 16 characters)."""
    # (from after the figure before it: "一期合同80万已经执行完 二期120万" — 合同 is the first figure's word)
    start = max([_phrase_start(text, quantity.span[0]),
                 *(m.end() for m in _FIGURE_BEFORE.finditer(text, 0, quantity.span[0]))])
    return text[max(start, quantity.span[0] - 16):quantity.span[0]]


def _cost_left_unread(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"租金150万 另外装修花了60万", "租金合同写的120万 发票开了100万", "业务部说30万 财务报表是35万 发票合计32万":
    another spend the message tells beside the one figure read for the measure's one cost input, read as nothing — the
    readings compete (asked, never the first taken silently): the cost with a fit-out added where it is said as one
    more (另外, 还), or each source's figure."""
    money = [n for n in input_names(measure, rulebook) if n in rulebook.inputs
             and rulebook.inputs[n].kind == "money_cny" and _COST_LABEL.search(str(rulebook.inputs[n].label))]
    held = [n for n in money if type(facts.get(n)) is Decimal]
    if len(held) != 1 or len([n for n in input_names(measure, rulebook) if n in rulebook.inputs
                              and rulebook.inputs[n].kind == "money_cny"]) != 1:
        return facts
    name = held[0]
    value = facts[name]
    spans = request_spans(text) + _claim_spans(text)
    figures = [q for q in _quantities_of(text) if q.unit in ("CNY", "bare")
               and not any(a <= q.span[0] < b for a, b in spans)]
    read = [q for q in figures if q.value == value]
    read_values = {Decimal(v) for v in facts.values() if isinstance(v, Decimal | int) and not isinstance(v, bool)}
    if len(read) != 1 or part_of(text, read[0].span[0]) is not None:
        return facts  # (nor "总投资500万，其中租金120万": the part the input's word names, chosen over its whole)
    unread = [q for q in figures if q.value != value and Decimal(q.value) not in read_values
              and not _NO_SPEND_LABEL.search(text[max(0, q.span[0] - 12):q.span[0]])
              and not _ELSEWHERE_SPEND.search(_words_up_to(text, q))
              and not part_of(text, q.span[0]) and not _THRESHOLD_SAID.search(text[max(0, q.span[0] - 4):q.span[0]])]
    # (a cost of parts, an input that sums, adds its own parts: only the sources' figures compete there; a clause that
    # pays rent alone, 潍坊 五's 实际租赁费用, holds no fit-out: only one whose words name a building cost may)
    fitting = [] if getattr(rulebook.inputs[name], "sums", False) or "建设" not in measure.quote else [
        q for q in unread if _FITTING_OUT.search(_words_up_to(text, q))
        and _ADDED_SPEND.search(text, max(0, q.span[0] - 12), q.span[0]) is not None
        # (not "另外还有装修30万是自己掏的 这个不算租金吧": the user's own word sets it apart)
        and not _SET_APART_AFTER.search(text, q.span[1], q.span[1] + 16)]
    # (a figure said to be what was actually paid, "实际支付租金：120万" beside "租赁合同金额：160万", is the one)
    sources = [q for q in unread if _SOURCE_LABEL.search(_words_up_to(text, q))] if _SOURCE_LABEL.search(
        _words_up_to(text, read[0])) and not _PAID_SAID.search(_words_up_to(text, read[0])) else []
    first = f"{_label(text, read[0])}{read[0].raw}"
    if len(fitting) == 1 and not sources:
        other = fitting[0]
        return {**facts, name: Competing((Decimal(value), Decimal(value) + Decimal(other.value)),
                                         (first, f"{first} + {_label(text, other)}{other.raw}"))}
    if sources and not fitting and len({q.value for q in sources}) == len(sources):
        return {**facts, name: Competing((Decimal(value), *(Decimal(q.value) for q in sources)),
                                         (first, *(f"{_label(text, q)}{q.raw}" for q in sources)))}
    return facts


# costs that come with a booth, a warehouse or a certificate but are none of them
_OTHER_COST = r"搭建|装修|装饰|差旅|运费|物流费?|人工|工资|水电|押金|物业|税费|机票|酒店|住宿|样品|特装|布展"
_WITH_OTHER_AFTER = re.compile(rf"\s*(?:元|块)?\s*[（(]?\s*(?:含|包含|包括|连同|里面有|里头有)"
                               rf"[^，,。；;！!？?]{{0,12}}?({_OTHER_COST})")
_WITH_OTHER_BEFORE = re.compile(rf"(?:和|及|跟|加|连同|包括|含)\s*({_OTHER_COST})[^，,。；;！!？?\d]{{0,6}}$")


def _whole_with_other_costs(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"展位费一共12万 含4个展位和搭建", "展位费和搭建一共12万": a sum said to hold another cost the input does not
    count
    (搭建, 装修, 差旅…) is no figure of the input's — the input is asked for, never the whole taken."""
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in ("money_cny", "money_usd") or type(value) not in (
                Decimal, Shared, InYuan, InDollars):
            continue
        cues = [str(c) for c in spec.cues if len(str(c)) > 1]
        for q in _quantities_of(text):
            if not fits_kind(spec.kind, q) or (q.value != value and not any(c in _label(text, q) for c in cues)):
                continue  # (the figure read, or one said under the input's own word: "展位费一共12万" of 4 booths)
            found = (_WITH_OTHER_AFTER.match(text, q.span[1])
                     or _WITH_OTHER_BEFORE.search(text, max(0, q.span[0] - 14), q.span[0]))
            if found is not None and found.group(1) not in str(spec.label):
                out.pop(name, None)
                break
    return out


# "三年租金一共360万": the rent of a lease of several years, in all; "合同签了3年…租金一共360万": the term said apart
_YEARS_OF_RENT = re.compile(r"(?<!用了)(?<!使用)(?<!运营)(?<!经营)(?<!开了)(?<!满)"
                            r"([两二三四五六七八九十\d]+)\s*年(?:的|总|合计|合同)?(?:租金|租赁费|房租|租费)"
                            r"[^，,。；;！!？?\d\s]{0,4}?$")
_A_YEARS_RENT = re.compile(r"^(?:一年|每年|年租金|一年租金|每年租金)")
_LEASE_TERM = re.compile(r"(?:合同|租期|租约|签了?)[^，,。；;！!？?\d]{0,4}?([两二三四五六七八九十\d]+)\s*年")
_RENT_TOTAL_BEFORE = re.compile(r"(?:租金|租赁费|房租)[^，,。；;！!？?\d]{0,3}?(?:一共|总共|合计|共计|总额|总计|共)"
                                r"[^，,。；;！!？?\d]{0,2}$")


def _lease_over_years(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"合同签了3年 三年租金一共360万" for a lease paid once on its cost (实际建设费用（租赁）): the rent over the whole
    term or one year's rent — the text says neither, so both readings are asked about, never the whole taken."""
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "money_cny" or "租赁" not in str(spec.label) or type(value) not in (
                Decimal, Chosen):
            continue
        yearly = [w for w in getattr(value, "left_out", ()) if _A_YEARS_RENT.search(w)]
        for q in _quantities_of(text):
            if q.value != value:
                continue
            before = text[max(0, q.span[0] - 14):q.span[0]]
            years = _YEARS_OF_RENT.search(before)
            term = _LEASE_TERM.search(text) if years is None and _RENT_TOTAL_BEFORE.search(before) else None
            count = parse_number((years or term).group(1)) if (years or term) else None
            if count is None or count <= 1 or count > 10:
                continue
            said = [f for f in _quantities_of(yearly[0]) if f.unit in ("CNY", "bare")] if len(yearly) == 1 else []
            if len(said) == 1:  # "两年总租金240万 一年120万": the year's rent said too
                out[name] = Competing((Decimal(value), Decimal(said[0].value)),
                                      (message("lease_whole_term", years=int(count), figure=q.raw), yearly[0]))
                break
            share = (Decimal(value) / count).quantize(Decimal("0.01"))
            out[name] = Competing((Decimal(value), share), (message("lease_whole_term", years=int(count), figure=q.raw),
                                                            message("lease_one_year", years=int(count), figure=q.raw)))
            break
    return out


# "新招引2家企业 还没有任何进出口": those counted have done no trade yet, so none broke through from zero
_NO_TRADE_YET = re.compile(r"(?:都|全都|也|还|目前|暂时|至今)*(?:没有|没|未|尚未)(?:任何|实现|产生|做|有)?(?:过)?"
                           r"(?:本地)?(?:进出口|出口|出单|交易|零突破|业务)")


def _none_broke_through(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A count of firms that broke through from zero (新招引并实现…零突破的企业数) where the message says those
    counted have no trade yet ("还没有任何进出口"): none of them, 0 — never the firms recruited."""
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if (spec is None or spec.kind != "count" or "零突破" not in str(spec.label)
                or not isinstance(value, int | Decimal)):
            continue
        # (the count, or the count said again of the same firms: "新招引了5家…但是这5家到现在还没有任何进出口数据")
        for found in (q for q in _quantities_of(text) if q.unit == "count" and q.value == value):
            after = text[found.span[1]:found.span[1] + 24]
            said = _NO_TRADE_YET.search(after)
            # (the count's own words: not "有3家已经有进出口了 另外2家还没出单", which says it of others)
            # ("到现在", read as "到2026年11月": a date, no other count)
            between = re.sub(r"\d+\s*[年月日号]", "", after[:said.start()]) if said is not None else ""
            if said is not None and not re.search(r"\d|其中|只有|但|另外|其余|其他|剩下|已经有|已有|实现|零突破",
                                                  between):
                return {**facts, name: 0}
    return facts


# "2家实现了本地进出口零突破", "其中两家已经出单了": those of the firms counted that broke through
# (not "8家 实现零突破的只有5家": a subset named after 的)
_BROKE_THROUGH_AFTER = re.compile(r"\s*(?:企业|公司)?\s*(?:都|也|已经|已)?\s*(?:实现了?|做到了?|有了|产生了)\s*"
                                  r"(?:本地)?(?:进出口|出口)?(?:额)?(?:的)?(?:零突破|进出口|出口)(?!的)"
                                  r"|\s*(?:企业|公司)?\s*(?:都|也|已经|已)?\s*(?:出单了|开单了|零突破了?)"
                                  # "只有9家真正出口了": those that exported, the word of their breaking through
                                  r"|\s*(?:企业|公司)?\s*(?:都|也|已经|已)?\s*(?:真正|真的|确实)?\s*(?:出口了|进出口了|有出口了)")


# "实现零突破的只有5家", "出单的有3家": those that broke through, named before their count (LC188: the 8 recruited read)
_BROKE_THROUGH_BEFORE = re.compile(r"(?:零突破|出单|开单)(?:了)?的(?:企业|公司)?\s*(?:只有|有|是|共|就|才|仅)?\s*$")


def _broke_through(text: str, quantity: Quantity) -> bool:
    """Whether a count of firms is of those that broke through from zero, said after or before it."""
    return bool(_BROKE_THROUGH_AFTER.match(text, quantity.span[1])
                or _BROKE_THROUGH_BEFORE.search(text, max(0, quantity.span[0] - 14), quantity.span[0]))


def _those_broke_through(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A count of firms that broke through from zero read as the firms recruited ("新招了3家六安企业 2家实现了本地进出口
    零突破 1家还没有"), where a smaller count after it is said to have broken through: that count — those recruited
    are not all counted (as "其中2家实现了…" is read)."""
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "count" or "零突破" not in str(spec.label):
            continue
        counts = [q for q in _quantities_of(text) if q.unit == "count" and q.word in ("家", "个")]
        if isinstance(value, Competing):  # ("新招引5家 有3家已经出单了": of the counts competing, the one that did)
            broke = [q for q in counts if q.value in value.values and _broke_through(text, q)]
            if len(broke) == 1 and all(q.value <= broke[0].value or q.span[0] < broke[0].span[0]
                                       for q in counts if q.value in value.values):
                return {**facts, name: int(broke[0].value)}
            continue
        if not isinstance(value, int | Decimal) or isinstance(value, bool):
            continue
        total = [q for q in counts if q.value == value]
        broke = [q for q in counts if q.value < value and _broke_through(text, q)
                 and total and q.span[0] > total[0].span[1]]
        if len(total) == 1 and len(broke) == 1:
            return {**facts, name: int(broke[0].value)}
    return facts


# words between one listed part and the next that end the list: a total, a part set apart, another matter
_LIST_ENDS = re.compile(r"一共|总共|合计|共计|总计|加起来|其中|里面|不是|不算|另外|还有|以及"
                        r"|增长|出口|进出口|交易|销售|营收"
                        r"|预算|打算|计划|预计|每个?月|月租"
                        r"|[。；;！!？?]")


def _named_by_name(label: str) -> bool:
    """A part's name in such a list: a platform's or a brand's (亚马逊, eBay, Shopee, TikTok Shop)."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&-]{0,15}", label)) or label in lexicon()["platform_names"]


_YEAR_NAME = re.compile(r"(?:19|20)\d{2}\s*年度?")


# "建设费用的话 其中土建80万 货架设备40万 仓储系统20万", "投资包括：设备50万、软件30万": a cost named by its cue with
# no figure of its own, then broken down — each part by a short name
_BREAKDOWN_AFTER = re.compile(r"\s*(?:的话)?\s*[，,:：]?\s*(?:其中|包括|包含|主要是|分别是|含)\s*[：:]?"
                              r"|(?:的话)?\s+(?=\D)")
_PART_NAME = re.compile(r"[，,、；;\s]*(?:和|及|还有|另外)?\s*([\u4e00-\u9fffA-Za-z]{1,8})\s*(?:是|为|花了|费用)?\s*")


def _cost_in_its_parts(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A cost input the message names, then breaks down into parts with no total said (`_BREAKDOWN_AFTER`): the parts'
    sum, each by its name — not the first part read as the whole."""
    out = dict(facts)
    for name in input_names(measure, rulebook):
        spec = rulebook.inputs.get(name)
        held = facts.get(name)
        if (spec is None or spec.kind != "money_cny" or spec.sums or type(held) is not Decimal
                or not _COST_LABEL.search(str(spec.label))):
            continue
        money = [q for q in _quantities_of(text) if fits_kind(spec.kind, q)]
        for cue in sorted((str(c) for c in spec.cues if len(str(c)) > 1), key=len, reverse=True):
            at = text.find(cue)
            announced = _BREAKDOWN_AFTER.match(text, at + len(cue)) if at >= 0 else None
            if announced is None:
                continue
            start, parts, labels = announced.end(), [], []
            for q in (q for q in money if q.span[0] >= announced.end()):
                label = _PART_NAME.fullmatch(text, start, q.span[0])
                if label is None or _TOTAL_SAID.search(label.group(1)) or label.group(1).startswith(("其中", "里面")):
                    break
                parts.append(q)
                labels.append(label.group(1))
                start = q.span[1]
            values = [quantity_value(spec.kind, q) for q in parts]
            if len(parts) >= 2 and values[0] == held and len(set(labels)) == len(labels):
                out[name] = Summed(sum(values, Decimal(0)), tuple(q.raw for q in parts), labels=tuple(labels))
            break
    return out


def _listed_under_cue(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"平台费 亚马逊 6万 eBay 5万 Shopee 4万": a cost of parts (an input that sums) named once by its cue, then
    told as a list of names each with its sum — the parts added, each labelled by its name (never the first
    figure alone, nor one chosen over the others)."""
    out = facts
    for name in input_names(measure, rulebook):
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in ("money_cny", "money_usd"):
            continue
        sums = bool(getattr(spec, "sums", False)) and spec.kind == "money_cny"
        others = [str(c) for n in input_names(measure, rulebook) if n != name and n in rulebook.inputs
                  and rulebook.inputs[n].kind not in ("bool", "choice", "country", "date")  # (亚马逊: a platform used)
                  for c in rulebook.inputs[n].cues if len(str(c)) > 1]
        money = [q for q in _quantities_of(text) if fits_kind(spec.kind, q)]
        own = "|".join(re.escape(str(c)) for c in sorted(spec.cues, key=lambda c: -len(str(c))) if len(str(c)) > 1)
        for cue in (str(c) for c in spec.cues if len(str(c)) > 1):
            at = text.find(cue)
            if at < 0:
                continue
            start, parts, labels = at + len(cue), [], []
            for q in (q for q in money if q.span[0] >= start):
                between = text[start:q.span[0]]
                label = re.sub(r"^[\s，,、:：和及与跟]+|[\s，,、:：是为有]+$", "", between)
                # ("平台年费和推广费 亚马逊 6万": the name after the cue words, not the cue words)
                label = re.split(own, label)[-1].strip() or label
                label = label.split()[-1] if label.split() else label  # ("年费+推广 亚马逊 6万": the name nearest)
                # ("平台年费 阿里 2.98万 推广 3.02万": another part of the cost, by its own cue word, after a name)
                by_cue = sums and bool(parts) and len(label) >= 2 and any(str(c).startswith(label) for c in spec.cues)
                if (not (_named_by_name(label) or by_cue or (not sums and _YEAR_NAME.fullmatch(label)))
                        or _LIST_ENDS.search(between) or any(c in label for c in others)):
                    break
                parts.append(q)
                labels.append(label)
                start = q.span[1]
            if len(parts) >= 2 and len(set(labels)) == len(labels):
                values = [quantity_value(spec.kind, q) for q in parts]
                held = out.get(name)
                # (only where one figure of the list alone was read, the others dropped or set aside as named
                # otherwise — "亚马逊6万，eBay5万" read as eBay's 5万 — never over the reader's other readings)
                plain = type(held) in (Decimal, InDollars, InYuan) and Decimal(held) == values[0]
                chosen = sums and type(held) is Chosen and Decimal(held) in values and held.left_out and all(
                    any(q.raw in w for q in parts) for w in held.left_out)
                if not (plain or chosen):
                    break
                if sums:
                    total = sum(values, Decimal(0))
                    out = {**out, name: Summed(total, tuple(q.raw for q in parts), labels=tuple(labels))}
                elif len(set(values)) > 1:
                    # "线上交易额 2023年3000万 2024年5000万": one figure each year (the latest one's, said so, or which
                    # is asked), never the first alone
                    competing = Competing(tuple(values), tuple(q.raw for q in parts))
                    out = {**out, name: _latest_year(text, competing, spec, parts) or competing}
                break
    return out


def _whole_or_paid(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A money input read as a planned whole or a whole still owed, or as what was paid beside it: the two figures
    competing (asked about)."""
    quantities = _quantities_of(text)
    out = dict(facts)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        value = facts.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS or type(value) not in (Decimal, Chosen):
            continue
        fitting = [q for q in quantities if fits_kind(spec.kind, q)]
        paid = [q for q in fitting if _PAID_BEFORE.search(text, max(0, q.span[0] - 10), q.span[0])]
        if len(paid) != 1:
            continue
        # ("预算20万，实际已经付了8万": what was actually paid, said so, is the figure)
        actual = bool(_ACTUAL.search(text, max(0, paid[0].span[0] - 10), paid[0].span[0]))
        wholes = [q for q in fitting if q.span[1] <= paid[0].span[0]
                  and quantity_value(spec.kind, q) > quantity_value(spec.kind, paid[0])
                  and ((_PLANNED_WORDS.search(_fragment_before(text, q.span[0])) and not actual)
                       or _OWED.search(text, paid[0].span[1]))]
        if len(wholes) != 1:
            continue
        said = (quantity_value(spec.kind, wholes[0]), quantity_value(spec.kind, paid[0]))
        if value in said:
            out[name] = Competing(said, (wholes[0].raw, paid[0].raw))
    return out


_PART_OF_WHOLE_BEFORE = re.compile(r"(?:其中|里面|里头|当中)[^，,。；;！!？?]{0,12}$")
_FIRM_BESIDE = re.compile(r"另一家|还有一家|另外一家|关联公司|子公司|兄弟公司|母公司|别的公司|隔壁|朋友")


def _codes_summed(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"9610 进出口 3000万元 9710 5000万元" for a trade input that names no code, of a measure whose conditions name
    those codes (秦皇岛 三（四）: 9610、9710、9810): each code's figure a part, the trade their sum."""
    codes_of_measure = {str(v) for c in _leaves(measure.conditions) for v in (getattr(c, "values", None) or ())
                        if CUSTOMS_CODE.fullmatch(str(v))}
    # ("1210模式1000万美元，9610模式2500万美元，另外一般贸易0110还有2亿美元" for a platform's cross-border trade: the
    # cross-border codes' figures are its parts, the general trade's none — MK060)
    general: list[Quantity] = []
    if len(codes_of_measure) < 2 and len(set(CUSTOMS_CODE.findall(text)) & _CROSS_BORDER_CODES) >= 2:
        codes_of_measure = set(_CROSS_BORDER_CODES)
    if len(codes_of_measure) < 2:
        return facts
    quantities = _quantities_of(text)
    out = dict(facts)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        value = facts.get(name)
        if (spec is None or spec.kind not in _MONEY_KINDS or CUSTOMS_CODE.search(str(spec.label))
                or "进出口" not in str(spec.label) or (value is not None and type(value) not in (Decimal, Chosen))):
            continue
        fitting = [q for q in quantities if fits_kind(spec.kind, q)]
        general = [q for q in fitting if _code_before(text, q, quantities) == "0110"]
        fitting = [q for q in fitting if q not in general]
        if general and value is not None and value in {quantity_value(spec.kind, q) for q in general}:
            value = None  # (the general trade's figure read as the input is none of it)
        under = [(q, _code_before(text, q, quantities)) for q in fitting]
        if value is None and (_FIRM_BESIDE.search(text) or not all(
                re.search(rf"{code}[^\d，,。；;]{{0,6}}$", text[:q.span[0]]) for q, code in under if code)):
            continue  # (none read yet: only figures said right after their codes, "9610 3000万", of this firm)
        if (len(under) < (1 if value is None else 2) or any(code not in codes_of_measure for _q, code in under)
                or len({code for _q, code in under}) != len(under)
                or (value is not None and value not in {quantity_value(spec.kind, q) for q, _c in under})):
            continue  # (none read yet: "9610 3000万 9710 4000万", each figure right after its code, is the trade)
        if any(_PART_OF_WHOLE_BEFORE.search(text, max(0, q.span[0] - 14), q.span[0]) for q, _c in under):
            continue  # "进出口总额8500万元，其中9610占6000万": a part of the whole said, no figure to add to it
        values = [quantity_value(spec.kind, q) for q, _c in under]
        out[name] = Summed(sum(values, Decimal(0)), tuple(f"{code} {q.raw}" for q, code in under),
                           tuple(f"0110 {q.raw}" for q in general))
    return out


_CROSS_BORDER_CODES = frozenset({"9610", "9710", "9810", "1210"})


def part_denied(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any],
                held: dict[str, Any] | None = None) -> dict[str, Any]:
    """A money input told as a whole, with a part of it said to be no part of what the input counts: the whole
    less the part, said as the subtraction (4200万 − 1200万). The whole is the figure the input holds, said in this
    text before the part or (`held`) told before."""
    quantities = _quantities_of(text)
    out = dict(facts)
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS:
            continue
        for q in quantities:
            # ("其中服务外地企业的1亿": the part's words said before its figure)
            before = _PART_WORDS_BEFORE.search(text, max(0, q.span[0] - 18), q.span[0])
            if not fits_kind(spec.kind, q) or not (
                    (_PART_MARK_BEFORE.search(text, max(0, q.span[0] - 6), q.span[0])
                     and _denies_input(_denied_part_words(text, q), spec))
                    or (before is not None and _LOCAL_LABEL.search(str(spec.label))
                        and _ELSEWHERE_WORDS.search(before.group("words")))):
                continue
            part = quantity_value(spec.kind, q)
            wholes = [w for w in quantities if w.span[1] <= q.span[0] and fits_kind(spec.kind, w)
                      and quantity_value(spec.kind, w) > part]
            value = facts.get(name)
            if wholes and isinstance(value, Decimal) and value in (quantity_value(spec.kind, wholes[-1]), part):
                whole, raw = quantity_value(spec.kind, wholes[-1]), wholes[-1].raw
            elif held and type(held.get(name)) is Decimal and held[name] > part and (
                    not wholes or quantity_value(spec.kind, wholes[-1]) == held[name]):
                whole, raw = held[name], _amount_words(spec.kind, held[name])
            elif held and isinstance(held.get(name), Shared) and (over := _OVER_UNITS.search(held[name].words)):
                # ("3个展位…一共花了15万" held as 5万 each, then "这里面有6万是搭建和差旅 不是展位费": the total less
                # the part, over the same units)
                units = int(over.group(1))
                whole = Decimal(held[name]) * units
                if whole <= part:
                    continue
                out[name] = Shared((whole - part) / units,
                                   f"（{_amount_words(spec.kind, whole)} − {q.raw}） ÷ {units}个")
                break
            else:
                continue
            out[name] = Remainder(whole - part, f"{raw} − {q.raw}")
            break
    return out


def _code_of_part_only(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"是6万美元 不过其中有1万是按9710报的": another code said only of a part taken out of the input's figure says
    nothing of how the rest was declared — a yes/no of the input's own code read False from it is dropped (MK125)."""
    if not any(isinstance(v, Remainder) for v in facts.values()):
        return facts
    parts = [m for m in _PART_CODE.finditer(text)]
    if not parts:
        return facts
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if value is False and spec is not None and spec.kind == "bool" and CUSTOMS_CODE.search(str(spec.label)) and all(
                m.group(1) not in CUSTOMS_CODE.findall(str(spec.label)) for m in parts):
            del out[name]
    return out


# "其中有1万是按9710报的": a part of a figure said to be under a customs code
_PART_CODE = re.compile(r"(?:其中|里面|当中)[^，,。；;！!？?]{0,10}?\d[^，,。；;！!？?]{0,8}?(?:是|属于|走的|按|用)+\s*"
                        r"(9610|9710|9810|1210)")


def _others_set_apart(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A yes/no said not met only of others set apart after the matter's own count ("全年货机16班
    客机腹舱带货另外还有30班": the 16 are freighters, the 30 another kind's — ME201): met, for the count said
    with the cue."""
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if value is not False or spec is None or spec.kind != "bool":
            continue
        for cue in (str(c) for c in spec.cues if len(str(c)) > 1):
            for m in re.finditer(re.escape(cue), text):
                # (a count right after the cue, never a year: "不是新企业 2025年出口增长30%…另外…" — B023, r201)
                if (re.match(r"\s*(?:航班|航线)?\s*\d+\s*(?:班|架次|个|家|人|期|次|项|场)", text[m.end():])
                        and _BESIDES_AFTER.search(text, m.end())):
                    return {**facts, name: True}
    return facts


_BESIDES_AFTER = re.compile(r"另外|此外|还有|其余|其他的?")
_SAME_SUM_WORDS = re.compile(r"发票|合同|凭证|收据|付款|实付|实际|到账|金额|报销|预算|打算|计划"
                             r"|审计|报告|确认|核定|认定|评估|说|算|票|一共|总共|合计|共计|总计|全部")


def _one_named_by_its_cue(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """Of sums competing for a money input, the one its own words name by a cue of the input where the others' own
    words name other things (ME177: "其中新品研发200万 海外推广80万 在美国租海外仓的租金120万": the rent)."""
    found = figures_in(text)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS or not isinstance(value, Competing):
            continue
        cues = [str(c) for c in spec.cues if len(str(c)) > 1]
        named, unnamed = [], 0
        for word in value.words:
            at = next((i for i, q in enumerate(found) if q.raw == word), None)
            if at is None:
                return facts
            own = _words_before(text, found, at)
            if any(c in own for c in cues):
                named.append(at)
            elif re.search(r"[\u4e00-\u9fff]{2}", own) and not _SAME_SUM_WORDS.search(own):
                unnamed += 1  # (not the same sum by another paper: "合同租金100万 发票金额只有80万" — asked)
        # (a breakdown of three or more parts: two sums are more often one sum said twice, asked)
        if len(value.words) >= 3 and len(named) == 1 and unnamed == len(value.words) - 1:
            q = found[named[0]]
            return {**facts, name: quantity_value(spec.kind, q)}
    return facts


# "上半年卖了180万 下半年卖了140万": a year's two halves, each with its figure
# ("2019年1-6月9610出口3万美元 7-12月又出口3万美元", PB194: the halves by their months)
_HALF_FIGURE = re.compile(r"(?:(上|下)半年|(?<!\d)(1\s*[-到至~—－]\s*6|7\s*[-到至~—－]\s*12)\s*月(?:份)?)"
                          r"(?:[^，,。；;\d]|9610|9710|9810|1210|0110){0,12}?"
                          r"(?!9610|9710|9810|1210|0110)(\d[\d,.]*\s*(?:万|亿|千)?)")


# "2019年上半年30万美元 下半年40万美元": a year told by its halves, each a figure of the same unit
_YEAR_IN_HALVES = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:的)?\s*上半年[^，,。；;\d]{0,6}?"
                             r"(\d+(?:\.\d+)?)\s*(万美元|万元|万)[\s，,、]*(?:\1\s*年\s*)?下半年[^，,。；;\d]{0,6}?(\d+(?:\.\d+)?)\s*(万美元|万元|万)")


def _halves_summed_beside_another_year(text: str) -> str:
    """A year told by its halves beside another year's own figure ("2019年上半年30万美元 下半年40万美元 2020年全年
    120万美元"): the year's figure written as their sum, so the two years' figures are read as two years' (RB133: the
    halves' 70万 read as the increase, 2.8万 shown); the text as it was otherwise."""
    found = _YEAR_IN_HALVES.search(text)
    if found is None or found.group(3) != found.group(5):
        return text
    rest = text[found.end():] + " " + text[:found.start()]
    others = [y for y in re.findall(r"((?:19|20)\d{2})\s*年[^，,。；;\d]{0,8}?\d", rest) if y != found.group(1)]
    if not others:
        return text
    total = (Decimal(found.group(2)) + Decimal(found.group(4))).normalize()
    said = f"{found.group(1)}年{total:f}{found.group(3)}"
    return text[:found.start()] + said.ljust(len(found.group(0))) + text[found.end():]


def _halves_of_year(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A year's figure told as its two halves (MG076: "25年上半年卖了180万 下半年卖了140万", the year's sales asked
    which one): their sum, said so — where the two compete for a money input and nothing else does."""
    halves = {m.group(1) or ("上" if m.group(2).startswith("1") else "下"): m.group(3)
              for m in _HALF_FIGURE.finditer(text)}
    if set(halves) != {"上", "下"}:
        return facts
    said = [parse_number(halves[h]) for h in ("上", "下")]
    words = (f"上半年{halves['上']}", f"下半年{halves['下']}")
    scales = (1, 10_000, 100_000_000)  # (a half said in 万 or 亿 where the input reads yuan)
    if None in said:
        return facts
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind not in _MONEY_KINDS:
            continue
        if type(value) is Decimal:
            # (one half's figure read alone — "上半年…3万美元 下半年…4万美元", or both the same: nothing competed)
            scale = next((k for k in scales if value in (said[0] * k, said[1] * k)), None)
            if scale is not None:
                return {**facts, name: Summed((said[0] + said[1]) * scale, words)}
            continue
        if not isinstance(value, Competing) or len(value.values) != 2:
            continue
        values = [Decimal(v) for v in value.values]
        if not all(any(v == n * k for v in values for k in scales) for n in said):
            continue
        return {**facts, name: Summed(sum(values, Decimal(0)), words)}
    return facts


def _remainder(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """An input given as a whole less a part, the rest said to be of the input's kind (a row of _REMAINDERS; the
    first whose words are said decides), said as the subtraction: 3亿 − 1亿, 4600万 − 1200万."""
    found = next(((row, rest) for row in _REMAINDERS if (rest := row[0].search(text)) is not None), None)
    if found is None:
        return facts
    (_, label, parts_taken), rest = found
    quantities = _quantities_of(text)
    taken = set(parts_taken(text, quantities))
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        value = facts.get(name)
        if (spec is None or spec.kind not in _MONEY_KINDS or not label.search(str(spec.label))
                or type(value) is not Decimal):
            continue
        whole = [q for q in quantities if fits_kind(spec.kind, q) and quantity_value(spec.kind, q) == value
                 and q.span[1] <= rest.start()]
        parts = [q for i, q in enumerate(quantities) if i in taken and fits_kind(spec.kind, q)
                 and whole and whole[0].span[1] <= q.span[0] < rest.start()]
        if len(whole) == 1 and len(parts) == 1 and quantity_value(spec.kind, parts[0]) < value:
            facts = {**facts, name: Remainder(value - quantity_value(spec.kind, parts[0]),
                                              f"{whole[0].raw} − {parts[0].raw}")}
    return facts


# "2023年7月在秦皇岛设立独立法人": the month a firm landed, which decides its first full year
_LANDED = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?[^，,。；;\d]{0,14}?"
                     r"(?:设立|落户|注册|成立|入驻|落地|引进|迁入|搬到|搬来)")
_YEARS_PHRASE_END = re.compile(r"[，,。；;！!？?]")
_A_YEARS_PHRASE = re.compile(r"((?:19|20)\d{2})\s*年")
_FIGURE_BEFORE = re.compile(r"\d\s*(?:万|千|亿)?\s*(?:元|块|美元)?")


def _of_another_mode(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"自建海外仓900平…租的500平都能补，自建900平总可以吧": a competing figure said right after another way of holding
    the thing than the one the measure is for and the message says (租的, for a self-built warehouse's measure) is that
    other thing's — it competes for none of this measure's inputs (KR108 asked which of 900, 500)."""
    out = dict(facts)
    for condition in _leaves(measure.conditions):
        spec = rulebook.inputs.get(condition.input or "")
        values = tuple(getattr(condition, "values", None) or ())
        if spec is None or spec.kind != "choice" or condition.op != "in" or facts.get(spec.name) not in values:
            continue
        other_words = sorted({w for choice in spec.choices if choice.value not in values
                              for w in (choice.value, *choice.synonyms) if len(w) >= 2}, key=len, reverse=True)
        for name, value in facts.items():
            if not isinstance(value, Competing) or not other_words:
                continue
            kept = [(v, w) for v, w in zip(value.values, value.words, strict=True)
                    if not _said_after(text, str(w), other_words)]
            if kept and len(kept) < len(value.values):
                distinct = list(dict.fromkeys(v for v, _ in kept))
                out[name] = distinct[0] if len(distinct) == 1 else Competing(
                    tuple(distinct), tuple(dict.fromkeys(w for _, w in kept)))
    return out


def _said_after(text: str, word: str, before: list[str]) -> bool:
    """Whether every place the text says the word, one of the words before comes right before it (within 4)."""
    said = list(re.finditer(re.escape(word), text))
    return bool(said) and all(any(text[max(0, m.start() - 4):m.start()].rstrip().endswith(o) for o in before)
                              for m in said)


def _leaves(conditions) -> Iterable:
    for condition in conditions:
        yield condition
        yield from _leaves((*condition.all_of, *condition.any_of))


def first_full_year_across(said: list[str], measure: Measure, rulebook: RuleBook,
                           held: dict[str, Any]) -> dict[str, Any]:
    """The facts held, with the first full year's figure where the landing and the years' figures are told in
    different messages ("2023年7月在秦皇岛注册了独立法人", then "2023年下半年2000万美元 2024年全年4200万美元"); a
    figure of the landing year alone, landed past January, is no first full year's and is dropped, to be asked
    ("2024年3月落户的", then "2024年跨境电商进出口1200万美元": 2025 is the first full year — LS220)."""
    # (or the first full year told by its place before: "2024年是第一个完整年度 进出口2500万美元", then "2025年做到了
    # 6000万美元 是不是可以拿300万了" — ME108)
    if len(said) < 2 or _LANDED.search(said[-1]) or not any(
            _LANDED.search(s) or _FIRST_YEAR_SAID.search(s) for s in said[:-1]):
        return dict(held)
    found = _of_first_full_year("，".join(said), measure, rulebook, dict(held))
    return {k: v for k, v in found.items() if k not in held or isinstance(v, FirstFullYear) or v == held[k]}


def _of_first_full_year(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A figure a clause counts in the firm's first full year after landing ("落户首个整年度…进出口额"), where the
    message says the month it landed and a figure for each year: the one of the year after a landing past
    January ("2023年7月设立…2023年7到12月3500万美元 2024年全年2800万": 2800万), the others said as left out."""
    names = {c.input for c in _leaves(measure.conditions) if c.input and "首个整年度" in c.text}
    landed = _LANDED.search(text)
    if names and landed is None:
        return _of_first_said_year(text, names, rulebook, facts)
    if not names or landed is None:
        return facts
    first = int(landed.group(1)) + (0 if int(landed.group(2)) == 1 else 1)
    for name in names:
        spec = rulebook.inputs[name]
        said: dict[int, Quantity] = {}
        start = 0
        for quantity in sorted(parse_quantities(text), key=lambda q: q.span[0]):
            if quantity.unit not in _KIND_UNITS.get(spec.kind, ()):
                continue
            phrase = max([start, *(m.end() for m in _YEARS_PHRASE_END.finditer(text, start, quantity.span[0]))])
            years = _A_YEARS_PHRASE.findall(text, phrase, quantity.span[0])
            start = quantity.span[1]
            if years and int(years[-1]) not in said:
                said[int(years[-1])] = quantity
        if first in said and len(said) > 1:
            chosen = said[first]
            found = FirstFullYear(quantity_value(spec.kind, chosen), f"{first}年{chosen.raw}",
                                  tuple(f"{y}年{q.raw}" for y, q in sorted(said.items()) if y != first))
            found.landed = f"{landed.group(1)}年{int(landed.group(2))}月"
            facts = {**facts, name: found}
        elif said and max(said) < first and name in facts and (
                facts[name].floor if isinstance(facts[name], AtLeast) else Decimal(facts[name])) in {
                Decimal(quantity_value(spec.kind, q)) for q in said.values()}:
            # "2025年7月落户…2025年下半年3500万美元": no first full year's figure yet: it is asked
            facts = {k: v for k, v in facts.items() if k != name}
    return facts


def first_full_year_not_told(said: list[str], measure: Measure,
                             rulebook: RuleBook) -> tuple[str, int, list[str]] | None:
    """Where a clause counts the first full year after landing and the firm landed past January, with figures told
    only of years before that one ("2024年3月落户", "2024年跨境电商进出口1200万美元"): the landing ("2024年3月"), the
    first full year (2025) and the figures said of the years before; None otherwise."""
    names = {c.input for c in _leaves(measure.conditions) if c.input and "首个整年度" in c.text}
    text = "，".join(said)
    landed = _LANDED.search(text)
    if not names or landed is None or int(landed.group(2)) == 1:
        return None
    first = int(landed.group(1)) + 1
    units = {u for name in names for u in _KIND_UNITS.get(rulebook.inputs[name].kind, ())}
    words, years = [], set()
    start = 0
    for quantity in sorted(parse_quantities(text), key=lambda q: q.span[0]):
        if quantity.unit not in units:
            continue
        phrase = max([start, *(m.end() for m in _YEARS_PHRASE_END.finditer(text, start, quantity.span[0]))])
        said_years = _A_YEARS_PHRASE.findall(text, phrase, quantity.span[0])
        start = quantity.span[1]
        if said_years:
            years.add(int(said_years[-1]))
            words.append(f"{said_years[-1]}年{quantity.raw}")
    if not words or max(years) >= first:
        return None
    return f"{landed.group(1)}年{int(landed.group(2))}月", first, words


# "落户第一个整年度只做了800万美元 第二年做到5200万美元": years told by their place after landing
_FIRST_YEAR_SAID = re.compile(r"(?:首个|第[一1]个|头一个)(?:完整|整|一)?年度?|第[一1](?:个)?整?年|头一年|首年")
_LATER_YEAR_SAID = re.compile(r"第[二三四五2-5](?:个)?(?:完整|整)?年度?|次年|后来|之后|后一年")


def _of_first_said_year(text: str, names: set[str], rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """The figure said of the first full year where the years are told by their place (第一个整年度…第二年…):
    that one, the later years' said as left out."""
    for name in names:
        spec = rulebook.inputs[name]
        first, later = None, []
        first_year: int | None = None
        start = 0
        for quantity in sorted(parse_quantities(text), key=lambda q: q.span[0]):
            if quantity.unit not in _KIND_UNITS.get(spec.kind, ()):
                continue
            phrase = max([start, *(m.end() for m in _YEARS_PHRASE_END.finditer(text, start, quantity.span[0]))])
            before = text[phrase:quantity.span[0]]
            start = quantity.span[1]
            marks = [(m.start(), "later") for m in _LATER_YEAR_SAID.finditer(before)] + [
                (m.start(), "first") for m in _FIRST_YEAR_SAID.finditer(before)]
            years = [int(y) for y in _A_YEARS_PHRASE.findall(before)]
            if not marks and first is not None and first_year is not None and years and years[-1] > first_year:
                # ("首个整年度2022年只做了800万美元，2023年涨到6000万美元": a later calendar year's figure — MA119)
                later.append(quantity)
                continue
            if not marks:
                continue
            if max(marks)[1] == "first" and first is None:
                first = quantity
                first_year = years[-1] if years else None
            elif max(marks)[1] == "later":
                later.append(quantity)
        if first is not None and later:
            found = FirstFullYear(quantity_value(spec.kind, first), first.raw, tuple(q.raw for q in later))
            facts = {**facts, name: found}
        elif first is None and later and name in facts and not isinstance(facts[name], Competing) and Decimal(
                facts[name].floor if isinstance(facts[name], AtLeast) else facts[name]) in {
                Decimal(quantity_value(spec.kind, q)) for q in later}:
            # ("第二年涨到了5600万美元" after the first full year's 2800万 was told): a later year's figure is none
            # of the first year's
            facts = {k: v for k, v in facts.items() if k != name}
    return facts


_FRACTION = r"(?P<frac>一半|[一二两三四五六七八九十\d]+分之[一二两三四五六七八九十\d]+|\d+/\d+|\d+(?:\.\d+)?%)"
_WHAT = r"(?P<what>面积|场地|仓库|仓|租金|费用|成本|钱|建设费|投资|投入)"
# "我们用三分之一的面积", "付三分之一的租金", "租金我们承担40%", "我们占一半": the enterprise's own part of a figure
# said for several who share it
_OWN_SHARE = re.compile(r"(?:(?P<what0>面积|租金|费用|成本)(?:我们|我方|我司|本企业|自己)?(?:只)?)?"
                        r"(?P<verb>用|使用|租|占|分摊|承担|付|出|支付|摊|分到)(?:了)?(?:其中)?(?:的)?\s*"
                        + _FRACTION + r"\s*(?:的)?" + _WHAT + "?")
_SHARED_THING = re.compile(r"合租|合建|共建|共用|合用|共同(?:租|建|使用)|分摊|平摊|均摊|一起(?:租|建|用)|AA"
                           r"|[两三四五六七八九\d]家(?:企业|公司)?(?:一起|共同|合)")
_WE = re.compile(r"我们|我方|我司|本企业|本公司|自己")
# "三家平摊", "两家企业均摊": each pays an equal part
_EQUAL_SPLIT = re.compile(r"(?P<n>[两三四五六七八九十\d]+)\s*家(?:企业|公司)?(?:一起)?(?:平摊|均摊|分摊|平分|均分|AA)")
_SHARE_AREA, _SHARE_MONEY = ("面积", "场地", "仓库", "仓"), ("租金", "费用", "成本", "钱", "建设费", "投资", "投入")
_SHARE_AREA_VERBS, _SHARE_MONEY_VERBS = ("用", "使用", "租"), ("付", "出", "支付", "承担", "分摊", "摊")


def _fraction(words: str) -> Decimal | None:
    if words == "一半":
        return Decimal(1) / 2
    if words.endswith("%"):
        return Decimal(words[:-1]) / 100
    numerator, denominator = (parse_number(w) for w in (words.split("/") if "/" in words
                                                         else reversed(words.split("分之"))))
    if not denominator or not numerator or numerator >= denominator:
        return None
    return numerator / denominator


# "其中本地企业占一半", "其中秦皇岛本地的占60%": the share of a total that the input counts
# ("这3亿里本地企业占一半": the total named again, then its part)
_SHARE_OF = re.compile(r"(?:其中|(?:这|那)[^，,。；;]{0,8}?(?:里面|里头|当中|里|中))"
                       r"\s*(?P<who>[^，,。；;\d]{1,12}?)\s*(?:的)?\s*(?:大概|大约|约)?(?:占|是)\s*(?:了)?\s*"
                       r"(?P<frac>一半|半数|\d+(?:\.\d+)?\s*%|[一二三四五六七八九]成|[一二三四五六七八九十]分之[一二三四五六七八九])")
_WHO_WORDS = re.compile(r"本地|本市|市内|境外|线上|跨境电商|跨境|9610|9710|9810|1210")
# "其中一半是外地企业的": the part of the others said first, the share its label counts the rest
_SHARE_OF_OTHERS = re.compile(r"(?:其中|(?:这|那)[^，,。；;]{0,8}?(?:里面|里头|当中|里|中))\s*(?:大概|大约|约)?\s*"
                              r"(?P<frac>一半|半数|\d+(?:\.\d+)?\s*%|[一二三四五六七八九]成|[一二三四五六七八九十]分之[一二三四五六七八九])"
                              r"\s*(?:是|为|属于|都是)\s*(?P<who>[^，,。；;\d]{1,12}?)(?:的|$|[，,。；;])")
# the others' word, and the words of the share a label counts that it leaves
_OTHERS_OF = {"外地": ("本地", "本市"), "外市": ("本地", "本市"), "市外": ("本地", "本市"), "外省": ("本地", "本市"),
              "一般贸易": ("跨境电商", "跨境"), "线下": ("线上",)}


def _share_fraction(words: str) -> Decimal | None:
    """"一半", "六成", "60%", "三分之一": the share said, as a fraction."""
    return (Decimal(1) / 2 if words in ("一半", "半数") else
            Decimal(int(parse_number(words[0]) or 0)) / 10 if words.endswith("成") else _fraction(words))


def _amount_words(kind: str, value: Decimal) -> str:
    return fmt_money(value) if kind == "money_cny" else f"{(value / 10000).normalize():f}万美元"


def share_of_held(text: str, held: dict[str, Any], rulebook: RuleBook) -> dict[str, Any]:
    """A money input held as a total, said to be partly of what the input counts ("服务的在线交易额一共4个亿", "其中
    秦皇岛本地企业占一半" for the 本地 trade): the input's part, the multiplication said (T × 1/2)."""
    found: dict[str, Any] = {}
    for match in _SHARE_OF.finditer(text):
        words = set(_WHO_WORDS.findall(match.group("who")))
        frac_words = match.group("frac").replace(" ", "")
        frac = _share_fraction(frac_words)
        if not words or frac is None or not 0 < frac < 1:
            continue
        for name, value in held.items():
            spec = rulebook.inputs.get(name)
            if (spec is None or spec.kind not in _MONEY_KINDS or type(value) is not Decimal
                    or not any(w in str(spec.label) for w in words)):
                continue
            shown = "1/2" if frac == Decimal(1) / 2 else frac_words
            found[name] = Portion((value * frac).quantize(Decimal("0.01")),
                                  f"{_amount_words(spec.kind, value)} × {shown}")
    for match in _SHARE_OF_OTHERS.finditer(text):
        frac_words = match.group("frac").replace(" ", "")
        frac = _share_fraction(frac_words)
        left = {w for other, words in _OTHERS_OF.items() if other in match.group("who") for w in words}
        if frac is None or not 0 < frac < 1 or not left:
            continue
        for name, value in held.items():
            spec = rulebook.inputs.get(name)
            if (name in found or spec is None or spec.kind not in _MONEY_KINDS or type(value) is not Decimal
                    or not any(w in str(spec.label) for w in left)):
                continue
            rest = 1 - frac
            shown = "1/2" if rest == Decimal(1) / 2 else f"(1 − {frac_words})"
            found[name] = Portion((value * rest).quantize(Decimal("0.01")),
                                  f"{_amount_words(spec.kind, value)} × {shown}")
    return found


def _own_portion(text: str, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """A figure said for a warehouse several firms share, with the enterprise's own part said ("三家平摊 我们用
    三分之一的面积 付三分之一的租金"): its own part, the multiplication said in the reply (DO058)."""
    shares: dict[str, tuple[Decimal, str]] = {}  # "area" / "money": the part and the words for it
    if not _SHARED_THING.search(text):
        return facts  # ("出口占一半", "开发区按5:5出一半": no thing several firms share)
    for match in _OWN_SHARE.finditer(text):
        if not _WE.search(text, max(0, match.start() - 16), match.end()):
            continue  # the part is the enterprise's own only where it says so ("我们…付三分之一")
        part = _fraction(match.group("frac"))
        what = match.group("what") or match.group("what0") or ""
        if part is None:
            continue
        kinds = ({"area"} if what in _SHARE_AREA else {"money"} if what in _SHARE_MONEY
                 else {"area"} if match.group("verb") in _SHARE_AREA_VERBS
                 else {"money"} if match.group("verb") in _SHARE_MONEY_VERBS else {"area", "money"})
        shown = "1/2" if match.group("frac") == "一半" else match.group("frac").replace("分之", "/")
        if "/" in shown and "分之" in match.group("frac"):
            denominator, numerator = match.group("frac").split("分之")
            shown = f"{parse_number(numerator)}/{parse_number(denominator)}"
        for kind in kinds:
            shares.setdefault(kind, (part, shown))
    split = _EQUAL_SPLIT.search(text)
    if split is not None and "money" not in shares:
        n = parse_number(split.group("n"))
        if n and n > 1:
            shares["money"] = (1 / n, f"1/{n}")
    if not shares:
        return facts
    out = dict(facts)
    for name, value in facts.items():
        spec = rulebook.inputs.get(name)
        kind = "area" if spec is not None and spec.kind == "area_m2" else (
            "money" if spec is not None and spec.kind in ("money_cny", "money_usd") and not _TRADE_INPUT.search(
                str(spec.label)) else None)
        if (kind not in shares or not isinstance(value, Decimal) or isinstance(value, bool | Summed)
                or type(value) not in (Decimal, InDollars, InYuan, InForeign)):
            continue
        part, shown = shares[kind]
        own = (Decimal(value) * part).quantize(Decimal("0.01"))
        own = own.to_integral_value() if own == own.to_integral_value() else own
        found = [q for q in figures_in(text) if q.value == Decimal(value) or quantity_value(spec.kind, q) == value]
        words = f"{_label(text, found[0]) if found else ''}{found[0].raw if found else value} × {shown}"
        out[name] = _derived(value, own, words, Portion)
    return out


def _derived(value: Decimal, figure: Decimal, words: str, kind: type[Worded]) -> Worded:
    """A figure derived from a value the user said ("…÷ 2个", "…× 1/3"), kept in the currency the value was said in
    (InForeign, InDollars, InYuan), else of the given kind (Shared, Portion), with the words that say how."""
    if isinstance(value, InForeign):
        return InForeign(figure, words, value.currency)
    if isinstance(value, InDollars | InYuan):
        return type(value)(figure, words)
    return kind(figure, words)


_TRADE_INPUT = re.compile(r"交易|进出口|出口|销售|营收|增量")


_PER_UNIT_SAID = re.compile(r"每|单个|一个|各|单价|均|都是|都")
_PER_UNIT_AFTER = re.compile(r"\s*(?:元|块)?\s*(?:/|一|每|×|\*|x)个?")
_TOTAL_SAID = re.compile(r"(?:一共|总共|合计|共计|总计|加起来|共|总)\s*(?:是|为|花了|交了|付了)?\s*$")


def shared_over_units(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """The facts with a total said over the units the rule pays per unit shared among them (the count given in
    `facts`, said in this message or before)."""
    return _per_unit_from_total(text, measure, rulebook, facts)


# "展位费7万（共2个标准展位）": the units the figure is the total of, said after it
_UNITS_TOTAL_AFTER = re.compile(r"\s*[（(]\s*(?:共|一共|总共|合计)\s*(?:\d+|[两二三四五六七八九十])\s*个"
                                # "4万是三个展位加起来的", "1.5万是总价", "是两个展位一共的": the figure said to be
                                # the units' together, after it
                                r"|\s*(?:是|为|指的是|说的是)\s*(?:(?:这|那)?(?:\d+|[两二三四五六七八九十])\s*个\s*"
                                r"(?:标准)?(?:展位|店铺|店|站|仓)?\s*)?(?:(?:加起来|加在一起|一共|合计|总共|总计|全部)"
                                r"(?:的)?|(?:的)?(?:总价|总的|总额|总费用|合计数|全部的))")


def _per_unit_from_total(text: str, measure: Measure, rulebook: RuleBook, facts: dict[str, Any]) -> dict[str, Any]:
    """"两个展位 展位费一共5w": a figure said as the total over the units the rule pays per unit
    (每个标准展位的展位费) is that total shared among them, said in the reply; where it does not
    share out to the cent, or where neither "each" nor "in all" is said, it is no fact (asked)."""
    formula = getattr(measure, "formula", None)
    units = getattr(formula, "units", None) if formula is not None else None
    count = facts.get(units) if units else None
    per_unit = [n for n in input_names(measure, rulebook) if n in facts and rulebook.inputs[n].kind in _MONEY_KINDS
                and str(rulebook.inputs[n].label).startswith(("每个", "单个"))]
    if not per_unit or not isinstance(count, Decimal | int) or isinstance(count, bool) or count <= 1:
        return facts
    name = per_unit[0]
    value = facts[name]
    figures = figures_in(text)
    if isinstance(value, Competing):
        # "一共花了18万左右：展位费3个标准展位共6万，搭建装修3万…": of the figures, the total said under the
        # input's own word ("展位费…共6万") is the units' together; the all-in total is no booth's fee
        cues = [str(c) for c in rulebook.inputs[name].cues if len(str(c)) > 1]
        named = {q.value for q in figures if q.unit in _MONEY_UNITS and q.value in value.values
                 and _TOTAL_SAID.search(text, max(0, q.span[0] - 6), q.span[0])
                 and any(c in _label(text, q) for c in cues)}
        if len(named) == 1:
            value = facts[name] = Decimal(next(iter(named)))
    if isinstance(value, Remainder) and " − " in value.words:
        # ("3个展位 一共花了15万 这里面有6万是搭建和差旅 不是展位费": the total less the part, over the units)
        whole_raw = value.words.split(" − ")[0]
        if any(q.raw == whole_raw and _TOTAL_SAID.search(text, max(0, q.span[0] - 6), q.span[0]) for q in figures):
            share = Decimal(value) / Decimal(count)
            facts = dict(facts)
            if share != share.quantize(Decimal("0.01")):
                facts.pop(name)
                return facts
            facts[name] = Shared(share, f"（{value.words}） ÷ {count}个")
            return facts
    if not isinstance(value, Decimal) or isinstance(value, Summed):
        return facts  # a sum of parts, or figures asked about: no single figure to share
    said = [q for q in figures
            if q.unit in _MONEY_UNITS and q.value == Decimal(value)
            and (_TOTAL_SAID.search(text, max(0, q.span[0] - 6), q.span[0])
                 or _UNITS_TOTAL_AFTER.match(text, q.span[1]))]
    if not said:
        # "两个展位 展位费5万": each booth's fee or the two together cannot be told: asked
        found = [q for q in figures if q.unit in _MONEY_UNITS and q.value == Decimal(value)]
        if found and not any(_PER_UNIT_SAID.search(text, max(0, q.span[0] - 10), q.span[0])
                             or _PER_UNIT_AFTER.match(text, q.span[1]) for q in found):
            facts = dict(facts)
            facts.pop(name)
            return facts
    if len(said) != 1:
        return facts
    share = Decimal(value) / Decimal(count)
    facts = dict(facts)
    if share != share.quantize(Decimal("0.01")):
        facts.pop(name)
        return facts
    label = _label(text, said[0])
    if _COUNTED_LABEL.fullmatch(label):  # "两个一共6000美刀": the label counts the units, it names nothing
        label = ""
    words = f"{label}{said[0].raw} ÷ {count}个"
    facts[name] = _derived(value, share, words, Shared)  # ("两个一共1.6万新加坡元": each one's share, in 新加坡元)
    return facts


_MONEY_UNITS = ("CNY", "bare", "USD", "FX")


def _loose_numbers(text: str, spans: list[tuple[int, int]], rates: set) -> list[re.Match]:
    """The numbers no figure, claim or exchange rate reads (years, dates, percents and customs codes aside)."""
    return [m for m in re.finditer(r"\d[\d,.]*", text) if not any(a <= m.start() < b for a, b in spans)
            and _plain_decimal(m.group(0)) not in rates
            and not text.startswith(("年", "月", "日", "号", "%"), m.end())
            and not CUSTOMS_CODE.match(text, m.start())]


def _plain_decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(",", "").rstrip("."))
    except ArithmeticError:
        return None
_LISTED = re.compile(r"分别|各是|依次")
_LIST_JOINED = re.compile(r"[、，,和及]")
_COUNTED_LABEL = re.compile(r"[一二两三四五六七八九十\d]+\s*[个家项间]?")


_SPENT_WORDS = re.compile(r"费|花了|花费|支付|付了|成本|开销|投入|投了")


def answer_by_kind(text: str, pending: list[str], facts: dict[str, Any], measure: Measure,
                   rulebook: RuleBook) -> dict[str, Any]:
    """"2个标准展位 两个一共6000美刀 汇率按7.1", in reply to our asking for the booths and each booth's
    fee: the facts the message names by cue, and its one sum of money no input's cue names for the one
    money input asked for and still open — in the currency it was said in, shared among the units where
    it is said as their total. Where more than one money input is open, or the message has more than
    one such sum, the facts are as named (the rest is asked again)."""
    open_money = [n for n in pending if n not in facts and n in rulebook.inputs
                  and rulebook.inputs[n].kind in _MONEY_KINDS]
    dollars = [n for n in open_money if rulebook.inputs[n].kind == "money_usd"]
    said = [q for q in figures_in(text) if q.unit in _MONEY_UNITS]
    if (len(open_money) > 1 and len(dollars) == 1 and said and all(q.unit == "USD" for q in said)
            and not re.search(r"(?:19|20)\d{2}\s*年|[去今前]年", text)):  # (not "2025年350万美元": a year's level)
        open_money = dollars  # ("50万美元" with a yuan fee and a dollar increase open: the dollar one)
    if len(open_money) != 1:
        return facts
    spec = rulebook.inputs[open_money[0]]
    claims = request_spans(text) + _claim_spans(text)
    used = {Decimal(v) for v in facts.values() if isinstance(v, Decimal) and not isinstance(v, bool)}
    words = " ".join(str(getattr(v, "words", "")) for v in facts.values())  # "420万美元 − 300万美元": taken
    figures = figures_in(text)
    levels = {q.span for unit in ("USD", "CNY", "FX")
              for q in (_two_levels(text, [q for q in figures if q.unit == unit]) or ())}
    sums = [q for q in figures if q.unit in _MONEY_UNITS and not any(a <= q.span[0] < b for a, b in claims)
            and q.value not in used and q.raw not in words and q.span not in levels
            and not _named_for_other(text, q, spec, rulebook)
            and not _other_concept(text, q, spec)  # ("2025年营收4600万" for the platform fees asked)
            and not per_month(text, q) and not _period_of(text, q)
            # ("站内广告推广花了4万6" is money spent, no trade increase; a figure with no currency is no dollar
            # figure of an input its cue must name)
            and not (_SPENT_WORDS.search(_label(text, q)) and not _SPENT_WORDS.search(str(spec.label)))
            and not (getattr(spec, "cue_required", False) and spec.kind == "money_usd" and q.unit == "bare")]
    rate = extract_facts(text, ["exchange_rate"], rulebook).get("exchange_rate") if "exchange_rate" in rulebook.inputs \
        else None  # "汇率按7.1": the rate the engine converts by, no sum
    loose = _loose_numbers(text, [q.span for q in figures] + claims, set() if rate is None else {rate})
    if getattr(spec, "sums", False) and len(sums) >= 2 and loose and _LISTED.search(text):
        # ("费用分别是1.2万、8千、2.5w": a member said in yuan with no unit, "8千" read as 8000, inside the list
        # of sums — a sum of the list too, in yuan)
        inside = [m for m in loose if sums[0].span[0] < m.start() < sums[-1].span[0]
                  and _LIST_JOINED.fullmatch(text[m.end():m.end() + 1]) and _plain_decimal(m.group(0))]
        if len(inside) == len(loose):
            sums = sorted([*sums, *(Quantity(_plain_decimal(m.group(0)), "CNY", m.group(0), m.span())
                                    for m in inside)], key=lambda q: q.span[0])
            loose = []
    if (getattr(spec, "sums", False) and len(sums) >= 2 and not loose and _LISTED.search(text)
            and all(q.unit in _OWN_CURRENCY[spec.kind] for q in sums)):
        # "费用分别是8万、6万、3万" for the summed cost asked: the items' sum, each said
        values = [Decimal(quantity_value(spec.kind, q)) for q in sums]
        if _TOTAL_SAID.search(text[:sums[-1].span[0]]):
            # "分别是三万 两万五 四万五 一共十万": the last, said as their total, is no item; where it is not
            # their sum, which one holds is asked
            if sum(values[:-1], Decimal(0)) != values[-1]:
                return facts
            values, sums = values[:-1], sums[:-1]
        return {**facts, spec.name: Summed(sum(values, Decimal(0)), tuple(q.raw for q in sums))}
    if len(sums) != 1 or loose:  # ("一共6000美元 外加1500": a number no figure reads, the sums unsure)
        return facts
    found = sums[0]
    value = quantity_value(spec.kind, found) if found.unit in _OWN_CURRENCY[spec.kind] else _in_its_currency(found)
    return _per_unit_from_total(text, measure, rulebook, {**facts, spec.name: value})


_BARE_FIGURE = re.compile(r"^\D{0,10}?(?<!第)(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+"
                          r"(?=\s*(?:万|亿|元|美元|平|个|家|人|天|年|班|单|次|期|名|$|[\s，,。.!！?？~～的吧啊呀了])))"
                          r"\s*(万|亿)?"
                          r"(?:元|美元|平方米|个|家|人|天|个月|年)?\D{0,6}"
                          # "刚问了财务 是52000 2025年的": the year the figure is of, after it
                          r"(?:(?<![\d.])(?:19|20)\d{2}\s*年(?:度)?(?:的)?\D{0,4})?$")


_YEAR_ASKED = re.compile(r"((?:19|20)\d{2})\s*年")


def figure_of_year(text: str, earlier: list[str], name: str, measure: Measure, rulebook: RuleBook) -> dict[str, Any]:
    """"现在申报的是2023年度的", after "2022年进出口8000万，2023年下滑到3000万" was asked about: the one
    competing figure said after that year, or {} where the message is not a year alone or no one figure fits."""
    years = _YEAR_ASKED.findall(text)
    if len(set(years)) != 1 or re.search(r"\d", _YEAR_ASKED.sub("", text)):
        return {}
    for said in reversed(earlier):
        value = facts_for(said, measure, rulebook).get(name)
        value = value.competing if isinstance(value, LatestYear) else value  # (the figures as said, each year's)
        if not isinstance(value, Competing):
            continue
        fitting = []
        for figure, words in zip(value.values, value.words, strict=True):
            at = said.find(words)
            before = [m.group(1) for m in _YEAR_ASKED.finditer(said, 0, max(at, 0))]
            if at >= 0 and before and before[-1] == years[0]:
                fitting.append(figure)
        return {name: fitting[0]} if len(fitting) == 1 else {}
    return {}


def bare_answer(text: str, pending: list[str], rulebook: RuleBook) -> dict[str, Any]:
    """A reply to our own question with no cue words: "800", "460万那个", "是的", "没有",
    "2024年的". A figure with a unit fills the first pending input of that kind, a bare figure
    the first pending input that takes a figure, yes/no the first pending yes/no input, a year
    or month the matter's date; anything else is not read as an answer."""
    from calculators.quantity import parse_number

    specs = [rulebook.inputs[n] for n in pending if n in rulebook.inputs]
    stripped = text.strip(" 。.!！?？~～")
    found: dict[str, Any] = {}
    bools = [s for s in specs if s.kind == "bool"]
    asked = [s for s in specs if s.kind != "date"]
    # a bare 是的/对 answers a yes/no asked first, not one asked after a figure ("海外仓面积、经营时长、是否已领取过
    # 这项一次性奖励？" then "是的 自建": the yes is of having the warehouse, never of the award received)
    plain_yes_no = bool(asked) and asked[0].kind == "bool"
    if bools:
        if not plain_yes_no and (stripped.lower() in lexicon()["answer_no"] or _NEGATION_WORDS.match(stripped)
                                 or stripped.lower() in lexicon()["answer_yes"]
                                 or stripped.startswith(("是的", "对", "嗯", "有的", "已经"))):
            pass
        elif stripped.lower() in lexicon()["answer_no"] or _NEGATION_WORDS.match(stripped):
            found[bools[0].name] = False
        elif stripped.lower() in lexicon()["answer_yes"] or stripped.startswith(("是的", "对", "嗯", "有的", "已经")):
            found[bools[0].name] = True
        else:  # "正常运营的" to "是否正常运营？": the question's own words, said back
            for spec in bools:
                value = _bool(stripped, list(spec.cues), set())
                if value is not None:
                    found[spec.name] = value
                    break
    dates = [s for s in specs if s.kind == "date"]
    if dates and not found:
        when = _date_value(stripped) or (f"{m.group(1)}年" if (m := _YEAR_ALONE.match(stripped)) else None)
        if when:
            found[dates[0].name] = when
    match = _BARE_FIGURE.match(stripped)
    if match and CUSTOMS_CODE.match(match.group(1) or ""):
        match = None  # "9610": a trade mode, not a figure
    if match and any(a <= match.start(1) < b for a, b in request_spans(stripped)):
        match = None  # "这5万县里出多少", "能拿5万吗": a figure referred to or hoped for answers nothing
    if match and _YEAR_ASKED.match(stripped, match.start(1)):
        match = None  # "现在申报的是2023年度的": a year, never a figure
    if match and (stated_rates(stripped) or ("exchange_rate" in rulebook.inputs and "exchange_rate" not in pending
                  and "exchange_rate" in extract_facts(stripped, ["exchange_rate"], rulebook))):
        match = None  # "按7.0折算", "英镑按9.2": the rate a figure in another currency converts at, no sum
    numeric = [s for s in specs if s.kind in _KIND_UNITS]
    if match and numeric and not found and not _YEAR_ALONE.match(stripped):
        written = [q for q in parse_quantities(stripped) if q.unit != "years" or q.value < 1900]
        # "一年150万", "一个月10万": the period of a rate is no duration (a year's sum is read below, a month's
        # rate is no sum asked for)
        period = [q for q in written if q.unit in ("years", "months") and per_month(stripped, q)]
        written = [q for q in written if not any(q is r for r in period)]
        if period and not written:
            bare = bare_quantities(stripped, parse_quantities(stripped))
            yuan = [s for s in numeric if s.kind == "money_cny"]
            if yuan and len(bare) == 1 and all(q.unit == "years" for q in period):
                found[yuan[0].name] = quantity_value(yuan[0].kind, bare[0])
        if written:  # a unit written: the first pending input of that kind, for the first figure that
            # fits one ("一年做了12万美金": the year is the figure's period, the dollars the answer)
            for quantity in written:
                fits = [s for s in numeric if quantity.unit in _KIND_UNITS[s.kind]]
                if fits:
                    found[fits[0].name] = quantity_value(fits[0].kind, quantity)
                    break
                money = [s for s in numeric if s.kind in _MONEY_KINDS]
                if money and quantity.unit in ("FX", "USD", "CNY"):  # "6500英镑" for a yuan figure asked:
                    # the figure in its currency, converted by the engine (a rate said, or the bands)
                    found[money[0].name] = _in_its_currency(quantity)
                    break
            yuan = [s for s in numeric if s.kind == "money_cny"]
            bare = bare_quantities(stripped, parse_quantities(stripped))
            if not found and yuan and len(bare) == 1 and all(q.unit in ("years", "months") and q.value == 1
                                                             for q in written):
                found[yuan[0].name] = quantity_value(yuan[0].kind, bare[0])  # "全年就是1.8亿": the year's yuan
        elif not period:
            number = parse_number(match.group(1))
            if number is not None:
                if match.group(2):
                    number *= Decimal(10_000 if match.group(2) == "万" else 100_000_000)
                unit = "CNY" if match.group(2) else None
                fits = [s for s in numeric if unit is None or unit in _KIND_UNITS[s.kind]]
                if fits:
                    found[fits[0].name] = number
    floor = _BARE_FLOOR.search(stripped)
    if floor is not None:  # "五万多吧", "一百来平": a floor, as in any message (a formula never computes with it)
        found = {n: AtLeast(Decimal(v), _BOUND_UNIT[rulebook.inputs[n].kind])
                 if rulebook.inputs[n].kind in _BOUND_UNIT and rulebook.inputs[n].kind != "months"
                 and isinstance(v, Decimal) and not isinstance(v, bool) else v for n, v in found.items()}
    return _counted_otherwise(text, found)  # ("培训了300人" for those who signed contracts: none of them)


_BARE_FLOOR = re.compile(r"\d\s*[万千百亿]?\s*(?:多|来|余|出头)")


_YEAR_ALONE = re.compile(r"^((?:19|20)\d{2})\s*年(?:的|份)?$")

