"""The text a message is understood from: one normal form for what people type.

Traditional characters become simplified (OpenCC), full-width digits and letters ASCII,
and the informal ways of writing figures ("150w", "3个w", "3k平", "1.5个亿", "美刀",
"一年半") the forms the quantity parser reads; a small confusion list mends common typos
and voice-input homophones, and the domain's English terms become Chinese. Only
understanding reads the result: replies quote the user's and the policy's own words.
The tables live in normalize.yaml; the code holds only the patterns for numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from calculators.loader import safe_load
from ingest.clean import to_ascii_alnum

TABLES = Path(__file__).resolve().parent / "normalize.yaml"
_SPACES = re.compile(r"\s+")
_NUMBER = r"(\d+(?:\.\d+)?)"
_CN_NUMERAL = "〇零一二两三四五六七八九十百千"
# "150w", "3个w", "3 W": 万 (not inside a Latin word such as "www" or "two")
# ("六个w美刀", "400多w")
_WAN = re.compile(rf"(?<![A-Za-z])(\d+(?:\.\d+)?|[{_CN_NUMERAL}]+)\s*(多)?\s*个?\s*[wW](?![A-Za-z])")
# "3k平", "5K美元": thousands
# "订单1万多", "订单量2千": a count right after the word for orders, its unit 单 unsaid
_ORDERS_SAID = re.compile(r"(订单(?:数|量|数量)?\s*(?:是|有|大概|约|差不多|将近)?\s*\d+(?:\.\d+)?(?:\s*(?:万|千))?多?)"
                          r"(?![\d.万千多单笔个件来余左出几]|\s*[,，]\s*\d)")  # (nor "2,400单", its thousands marked)
_THOUSAND = re.compile(rf"(?<![A-Za-z]){_NUMBER}\s*[kK](?![A-Za-z])")
# "年租金1.2M", "增量0.5M美元": millions where a money word leads or a currency follows ("1.2m" alone may be metres)
_MILLION = re.compile(rf"(?<![A-Za-z]){_NUMBER}\s*(?:MM|M|mn|Mn|MN)(?![A-Za-z])")
_CURRENCY_NEXT = re.compile(r"\s*(?:元|块|美元|美金|美刀|刀|欧元|欧|英镑|日元|港币|港元|人民币)")
# "每个5千", "3千平": digits and 千 (not 5千万, a count of 万); "1.5kw": 1500万
_THOUSAND_WAN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:千\s*(?:[wW](?![a-zA-Z])|万)|[kK][wW](?![a-zA-Z]))")
_DIGIT_HUNDRED = re.compile(r"(?<![\d.])(\d{1,2})\s*百(?=\s*(?:个)?\s*(?:万|w|W|平|人|家|单|个))")
_DIGIT_THOUSAND = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*千(?![万亿米克瓦])")
# (never a customs code after 万: "3万9610项下")
# "出口一共13万美元 其中9610项下3万 9710项下10万": the parts after 其中 are in the whole's currency
# (not a part named as another thing than the whole: "外贸出口额2800万美元，其中Shopee店铺年交易额298万" — a
# store's trade, its currency its own)
_PARTS_OF_FOREIGN = re.compile(r"(?P<whole>[^\d，,。；;！!？?]{0,8})(\d[\d.]*\s*万\s*(美元|美金|欧元))"
                               r"([^。；;！!？?]{0,12}?其中)([^。；;！!？?]+)")
_OWN_MONEY_NOUN = re.compile(r"交易额|销售额|营收|营业额|收入|GMV|租金|费用|投资|成本")
_BARE_WAN_PART = re.compile(r"(?<![\d.])(\d[\d.]*\s*万)"
                            r"(?!\d|\s*(?:元|美元|美金|欧元|日元|港币|人民币|块|平|个|家|人|单))")


def _parts_in_its_currency(match: re.Match[str]) -> str:
    whole, figure, currency, lead, parts = match.group("whole", 2, 3, 4, 5)
    label = parts[:_BARE_WAN_PART.search(parts).start()] if _BARE_WAN_PART.search(parts) else parts
    if any(noun not in whole for noun in _OWN_MONEY_NOUN.findall(label)):
        return match.group(0)
    return whole + figure + lead + _BARE_WAN_PART.sub(lambda m: m.group(1) + currency, parts)


_TRAINING_MONTHS = re.compile(r"(培训(?:期|时间|周期|时长)?(?:了|都是|均为|为|是|都)?\s*"
                              r"(?:[，,]?\s*(?:为期|历时|共|一共|总共|持续)(?:了)?\s*)?"
                              r"|(?:为期|历时)\s*(?=(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*个月的?(?:培训|实训|课程)))"
                              r"(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,2})\s*个(半)?月")
_YI_AND_WAN = re.compile(r"(?<![\d.])(\d{1,4}(?:\.\d+)?)亿零?(\d{1,4}(?:\.\d+)?)万")
_WAN_AND_REST = re.compile(r"(?<![\d.])(\d+)万(?!9610|9710|9810|1210|1039|0110)([1-9]\d{3})(?![\d.])")


def _wan_and_rest(match: re.Match[str]) -> str:
    """"12万5000" is 12.5万; "一个420万5000单" is a sum of a hundred 万 or more, then the orders it came from."""
    if len(match.group(1)) >= 3 and match.string.startswith("单", match.end()):
        return f"{match.group(1)}万 {match.group(2)}"
    return f"{_number((Decimal(match.group(1)) * 10000 + Decimal(match.group(2))) / 10000)}万"
# "2024年四月", "前年十一月": a month in Chinese numerals after a year
_CN_MONTH = re.compile(r"(?<=年)\s*(十[一二]|[一二三四五六七八九十])\s*月")
_CN_MONTH_VALUE = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                   "十一": 11, "十二": 12}
# "2024.3", "2024/03/15", "2024-3": dates written with dots, slashes or a dash (not 2024.5万)
_DOTTED_DATE = re.compile(r"(?<![\d.])(20[0-4]\d)\s*[./-]\s*(1[0-2]|0?[1-9])(?:\s*[./-]\s*(3[01]|[12]\d|0?[1-9]))?"
                          r"(?![\d.]|\s*(?:万|亿|元|平|%|％|千|k|w|个))")
_DATE_RANGE_DASH = re.compile(r"(\d{4}年\d{1,2}月(?:\d{1,2}日)?)\s*(?:-|–|—|~|～)\s*(\d{4}年\d{1,2}月)")
# "比上年增1000万美元", "同比增500万": 增 said for 增加 before a figure
# "进出口从0做到了40万美元", "从零增长到40万美元": a level reached from nothing is that much more than before
_FROM_NOTHING = re.compile(r"从\s*(?:0|零)\s*(?:开始)?\s*(?:增长|增加|做|涨|提高|提升|发展|干|冲)(?:了)?"
                           r"(?:到|至)(?:了)?\s*(?=\d)")
_FULLWIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")
_GREW_BY = re.compile(r"((?:比|较)(?:上年度?|去年|前年|上一年|上年同期)|同比)\s*增(?=\s*\d)")
# "今年出口额是去年的1.08倍": a growth said as a multiple of the year before (1.08倍: 增长了8%)
_TIMES_OF = re.compile(r"((?:出口|进出口|交易)额?)\s*(?:是|为|达到|相当于)\s*"
                       r"(去年|上年|上一年|前年|(?:19|20)\d{2}\s*年)的\s*(\d+(?:\.\d+)?)\s*倍")
# "出口同比翻了一番", "出口翻番了": doubled, a growth of 100%
# (not "如果交易额翻倍呢": a figure supposed twice as large, read as such)
_DOUBLED = re.compile(r"(?<!如果)(?<!要是)(?<!假如)((?:出口|进出口)额?[^，,。；;\d]{0,6}?)(?:翻了一番|翻了一倍)")
# "出口增长了8个点": percentage points of a growth rate
# ("出口比去年涨了8个点", "跌了3个点": said in everyday words — NC183)
_POINTS = re.compile(r"((?:增长|下降|下滑|增加|减少|提高|上涨|涨|多|跌|降|少)(?:了)?)\s*(\d+(?:\.\d+)?)\s*"
                     r"个(?:百分)?点")


def _times_as_growth(match: re.Match[str]) -> str:
    rate = (Decimal(match.group(3)) - 1) * 100
    verb = "增长了" if rate >= 0 else "下降了"
    return f"{match.group(1)}比{match.group(2)}{verb}{abs(rate).normalize():f}%"


# "租满4个季度", "用了三个季度": a time of use said in quarters, in months (not "四个季度分别是…": the year's parts)
_QUARTERS_USED = re.compile(r"(租满|用满|租了|用了|运营了|经营了|使用了|满)\s*([1-8一二两三四五六七八])\s*个\s*季度")


def _quarters_in_months(match: re.Match[str]) -> str:
    quarters = _ONE_DIGIT.get(match.group(2)) or int(match.group(2))
    return f"{match.group(1)}{quarters * 3}个月"


# "1.5个亿", "两个亿", "3个万": the measure word dropped
_GE_UNIT = re.compile(rf"(\d|[{_CN_NUMERAL}])\s*个\s*(亿|万)(?![个])")
# "三个多亿", "2个多w": so many 亿/万 and more (a floor, as "3亿多")
_GE_MORE = re.compile(rf"(\d|[{_CN_NUMERAL}])\s*个多\s*(亿|万|[wW](?![A-Za-z]))")
# "一个半亿", "两个半亿", "3个半w": so many and a half of 亿/万
_GE_HALF = re.compile(r"(?<![\d.一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九]|十)\s*个半"
                      r"\s*(亿|万|[wW](?![A-Za-z]))")
_ONE_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# "900平", "700多平", "一千出头平", "八百平": 平方米 (not 平台, 平方, 平米, 平安, nor a county: "100万 平陆县", 平阴县)
_PING = re.compile(rf"([\d{_CN_NUMERAL}万]\s*多?)\s*(?:个\s*)?平(?![方米台安均陆阴])")
_PING_PAST = re.compile(r"(\d[\d.]*)\s*(出头|来)\s*(?:个\s*)?平(?![方米台安均陆阴])")  # "1000出头平": 1000平方米出头
# "海外仓 租了700瓶": 平 said as its homophone 瓶, where a warehouse or its rent is named beside it
_PING_HOMOPHONE = re.compile(r"(?:(?<=租了)|(?<=建了)|(?<=面积)|(?<=仓)|(?<=租的)|(?<=建的))\s*(\d+)\s*瓶")
# "500刀", "20万刀", "美刀", "650万美金": 美元
_P_AREA = re.compile(r"(?<![A-Za-z])(\d+(?:\.\d+)?)\s*p(?![A-Za-z\d])")
_DAO = re.compile(r"美刀|(?<=[\d万千亿])\s*(?:刀|美金)")
# "6万欧", "3000镑", "20万日币", "5万港纸", "1万新币": a currency's short name after a figure, in full
_CURRENCY_SHORT = [
    (re.compile(r"(?<=[\d万千亿])\s*欧(?![元洲盟美式标版区])"), "欧元"),
    (re.compile(r"(?<=[\d万千亿])\s*(?:英磅|磅|镑)"), "英镑"),
    (re.compile(r"日币|日圆|円"), "日元"),
    (re.compile(r"港纸|港幣"), "港币"),
    (re.compile(r"(?<=[\d万千亿])\s*新币"), "新加坡元"),
]
# "€60000", "£3万", "HK$20万", "US$5000", "$8000": a currency sign before the figure, after it as Chinese writes it
# ("¥126,000" on a Chinese invoice is yuan; "JP¥" is the yen)
_CURRENCY_SIGN = re.compile(r"(€|£|HK\$|US\$|\$|JP¥|JP￥|¥|￥)\s*(\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?)")
_SIGN_NAME = {"€": "欧元", "£": "英镑", "HK$": "港币", "US$": "美元", "$": "美元", "JP¥": "日元", "JP￥": "日元",
              "¥": "元", "￥": "元"}
# "10000平方英尺", "5000 sq ft", "1.2公顷": areas in other units, in square metres by the units' exact definitions
# (1 英尺 = 0.3048 米), so that no 平方 of 平方英尺 is read as square metres
# ("五百万平方公里": square kilometres, never square metres — KV227)
_OTHER_AREA = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(平方英尺|平方呎|英尺²|sq\.?\s*ft|sqft|square\s+feet|公顷"
                         r"|平方公里|平方千米|km²|km2|square\s+kilometers?|square\s+kilometres?)",
                         re.IGNORECASE)
_SQUARE_METRES = {"公顷": Decimal(10000), **dict.fromkeys(
    ("平方公里", "平方千米", "km²", "km2", "square kilometer", "square kilometers", "square kilometre",
     "square kilometres"), Decimal(1_000_000))}


def _in_square_metres(match: re.Match[str]) -> str:
    value = Decimal(match.group(1).replace(",", "")) * (10000 if match.group(2) else 1)
    per = _SQUARE_METRES.get(re.sub(r"\s+", " ", match.group(3).lower()), Decimal("0.09290304"))
    return f"{_number(value * per)}平方米"
# A currency written before its figure ("USD 120000", "RMB 80万"): after it, as Chinese writes it
_CURRENCY_FIRST = re.compile(r"(?<![\d万亿千百美欧日港加澳韩坡])(美元|元|人民币)\s*"
                             r"(?!(?:9610|9710|9810|1210)(?!\d))"
                             # ("人民币四百多万": 多 and its 万 are the figure's — LU054)
                             r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*(?:万|亿)?|\d+(?:\.\d+)?\s*(?:多(?=\s*[万亿]))?\s*(?:万|亿)?)"
                             r"(?!\d|[.,]\d|\s*(?:多|万|亿|元|美元|年|月|日|号|平|个|家|人|天))")
_CURRENCY_AFTER = {"美元": "美元", "元": "元", "人民币": "元"}
_RATE_WORD_BEFORE = re.compile(r"(?:汇率|兑换率|折算率|按|兑)\s*[：:]?\s*$")


def _currency_after(match: re.Match[str]) -> str:
    """"USD 120000" → "120000美元"; a rate listed after its currency ("汇率美元7.1 英镑9.0") stays as said — never
    a sum of dollars."""
    figure = match.group(2).replace(",", "")
    rate = ("." in figure and not re.search(r"[万亿]", figure) and Decimal(figure.strip()) < 100) or bool(
        _RATE_WORD_BEFORE.search(match.string, max(0, match.start() - 4), match.start()))
    if match.group(1) == "美元" and rate:
        return match.group(0)
    return f"{figure}{_CURRENCY_AFTER[match.group(1)]}"
# ("EUR 1 million" → "欧元 100万"): a third currency before an amount — one with 万/亿 or of four digits or more, not a
# rate listed after its currency ("港币0.92")
_FOREIGN_FIRST = re.compile(r"(?<![\d万亿千百美欧日港加澳韩坡])(欧元|英镑|日元|港币)\s*"
                            # ("EUR 100,000": thousands grouped by commas)
                            r"(\d+(?:\.\d+)?\s*(?:万|亿)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?)"
                            r"(?!\d|[.,]\d|\s*(?:万|亿|元|欧元|英镑|日元|港币))")
# "22年3月", "23年建的", "24年用满一年了": a two-digit calendar year, not a duration of 22 years
# (not after a verb of running a business: "运营25年 投入30万" is 25 years of it)
_SHORT_YEAR = re.compile(r"(?<![\d.了满近共])(?<!运营)(?<!经营)(?<!营业)(?<!成立)(?<!干了)(?<!做了)"
                         r"([12]\d)\s*年(?=\s*\d{1,2}\s*月|\s*(?:底|初|中|年底|的时候"
                         r"|开始|起|建|自建|租|开|认定|首次|第一次|评|参|成立|投|拿|注册|签|办|做|新|被|获|买|上线|用满|用了|已经?|就|到|至|也|刚|才"
                         r"|用到|用至|使用|启用|一直|运营|经营"  # ("24年用到现在一年多了": the year it began)
                         r"|满(?=一年|1年|12个月|一整年)"  # ("24年满一年": the year it was full in)
                         r"|度|全年|一年(?![多半])|整年|一整年|整一年|上半年|下半年|实现|的事|的数据|的账|的?(?:跨境|进出口|出口|进口|交易|销售|营收|线上)"
                         # ("22年服务企业进出口额 5000万美元": a year's trade figure, its subject named first)
                         r"|[^\d，,。；;！!？?\s]{1,6}?(?:进出口|出口额|交易额|销售额)"
                         r"|(?:1210|9610|9710|9810)"  # "25年1210+9710进出口1.8个亿"
                         # ("25年软硬件投入30万": the year, what was spent in it, then its sum)
                         r"|(?<=年)[^\d，,。；;！!？?\s]{1,6}?\d[\d.]*\s*(?:万|亿|[wW](?![A-Za-z]))"
                         # "24年在波兰自建了个仓", "24年25年一共租了两年", "24年和25年": calendar years
                         r"|在|和|、|跟|与|[12]\d\s*年|那一?年|那会|又|还|再"
                         # "跨境电商进出口 24年350万美元 25年600万美元": a year's figure in money
                         r"|\d[\d.]*\s*(?:万|亿)\s*(?:元|美元|美金|人民币)?(?=\s|[，,。；;]|$)))")
# "2024年25年", "2024年和25年": a two-digit year right after a calendar year is one too
_NEXT_SHORT_YEAR = re.compile(r"(?<=\d{4}年)(\s*(?:和|、|跟|与|及|到|至|-|—)?\s*)([12]\d)\s*年(?!\s*(?:了|多|半))")
# "5万和7万是25年的", "那张保单是23年的": a two-digit year a thing is said to be of (not "是25年的老企业", an age)
_OF_SHORT_YEAR = re.compile(r"(?<=是)(\s*)([12]\d)\s*年(?=的(?!老|历史|经验|工龄|企业))")
# "现在26年", "现在都26年了", "如今已经是25年": the year it is now said in two digits, whatever follows it
_NOW_SHORT_YEAR = re.compile(r"(?<=现在|如今|目前)(\s*(?:是|都|已经是?|已是|都已经是?)?\s*)([12]\d)\s*年(?![多半\d])")
# "三万五", "两千八", "一万二", "三亿五": the second figure is the next decimal place (3.5万, 2800, 1.2万, 3.5亿)
_CN_TAIL = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d])([一二两三四五六七八九十]+)(亿|万|千)"
                      r"([一二三四五六七八九])(?![十百千万亿\d])")
# "3万9", "1万1", "3千5", "1亿2": the digit after 亿/万/千 is the next place (3.9万, 1.1万, 3500, 1.2亿), not a
# figure of its own
# "2w3", "3k5": w and k typed for 万 and 千, a digit after them the next place (2.3万, 3500)
_LETTER_TAIL = re.compile(r"(?<![\d.A-Za-z])(\d{1,4})([wWkK])(\d)(?![\d.A-Za-z万千百十亿%％年月日号])")
_DIGIT_TAIL = re.compile(r"(?<![\d.])(\d{1,4})(亿|万|千)(\d)(?![\d.．万千百十亿%％年月日号])")


# "8w 5千", "8万 5千", "8万五千": a sum in 万 and its thousands said apart, one sum (8.5万) — not a count after it
# ("8万 5千平" is a rent and an area)
_WAN_THEN_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,4})\s*[万wW]\s*([1-9一二两三四五六七八九])\s*千"
                                 r"(?![万亿米克瓦]|\s*(?:平|㎡|个|家|人|单|天|名|次|班|场|期|课时|块地))")


def _wan_then_thousands(match: re.Match) -> str:
    clause = re.split(r"[，,。；;！!？?]", match.string[:match.start()])[-1]
    if re.search(r"\s", match.group(0)) and re.search(r"分别|各|、|和|跟|与|及", clause):
        return match.group(0)  # ("分别8万 5千": two sums listed)
    tail = match.group(2)
    digit = Decimal(tail) if tail.isdigit() else Decimal(_CN_SMALL[tail])
    return f"{_number(Decimal(match.group(1)) + digit / 10)}万"


def _digit_tail(match: re.Match) -> str:
    head, tail = Decimal(match.group(1)), Decimal(match.group(3))
    if match.group(2) in "亿万":
        return f"{_number(head + tail / 10)}{match.group(2)}"
    return _number(head * 1000 + tail * 100)


_CN_SMALL = dict(zip("一二两三四五六七八九", "1223456789", strict=True))
# "March 2024", "from March 2024 to February 2025"
_EN_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"], 1)}
_EN_MONTHS.update({m[:3]: i for m, i in list(_EN_MONTHS.items())} | {"sept": 9})
_MONTH_WORD = r"(" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"
_EN_MONTH = re.compile(r"\b" + _MONTH_WORD + r"\s+(\d{4})\b", re.IGNORECASE)
# "Jan–Dec 2025", "Mar to Nov 2024": two months of one year
_EN_MONTH_PAIR = re.compile(r"\b" + _MONTH_WORD + r"\s*(?:-|–|—|~|to|until|till)\s*" + _MONTH_WORD
                            + r"\s+(\d{4})\b", re.IGNORECASE)
# "ran 4 offline cross-border e-commerce classes": a count, words describing the things, then the things counted
_EN_COUNTED = re.compile(r"\b(\d+)\s+((?:(?!(?:and|with|of|in|for|each|per|at|on|to)\b)[A-Za-z][A-Za-z-]*\s+){1,4})"
                         r"(classes|sessions|courses|batches)\b",
                         re.IGNORECASE)
# "14 months", "a 45-day training", "1-year contracts"
_EN_DURATION = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(months?|years?|days?)\b", re.IGNORECASE)
# "operating since March 2023" (the month already 2023年3月): the start of the use, in Chinese order
_EN_SINCE = re.compile(r"\b(operating|operated|running|in operation|open|opened|in use|used)\s+since\s+"
                       r"(\d{4}年\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}(?![\d年]))", re.IGNORECASE)
# "booth fee 3万 each": a price per unit, said before its figure as Chinese does ("每个3万")
_IMPORT_EXPORT = re.compile(r"进口\s*(?:[+＋&和与及加]|以及)\s*出口|出口\s*(?:[+＋&和与及加]|以及)\s*进口")
_EN_IN_YEAR = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_EN_COPULA = re.compile(r"\s+(?:were|was|is|are|came to|totalled|totaled|reached)\s+", re.IGNORECASE)
_RATE_PER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:元|人民币)\s*(?:per|/|每|一)\s*(?:1\s*)?(美元|欧元|英镑|日元|港币|港元)",
                       re.IGNORECASE)
_EN_EACH = re.compile(r"(?:\bat\s+)?(\d[\d,]*(?:\.\d+)?\s*(?:万|千|亿)?\s*(?:元|美元|块)?)\s*"
                      r"(?:each|apiece|per booth|per store)\b",
                      re.IGNORECASE)
_EN_SPAN = re.compile(r"(?:from\s+)?(\d{4}年\d{1,2}月(?:\d{1,2}日)?)\s*(?:to|until|till|through|-|–|—)\s*"
                      r"(\d{4}年\d{1,2}月(?:\d{1,2}日)?)", re.IGNORECASE)
# "Jan 1 2024", "January 1, 2024", "1 Jan 2024": a day of a month of a year
_EN_FROM = re.compile(r"\b(?:from|since|starting|started(?: in| on)?|began(?: in)?|opened(?: in)?)\s+(\d{4}年\d{1,2}月)"
                      r"(?!\d|\s*(?:to|until|till|through|-|–|—|到))",
                      re.IGNORECASE)
_EN_ORDERS_FIRST = re.compile(r"\b(?:orders?|order count|number of orders)\s*(?:[:：=]|is|are|were|of)?\s*(?=\d)",
                              re.IGNORECASE)
_EN_DAY = re.compile(r"\b" + _MONTH_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE)
_EN_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r",?\s+(\d{4})\b", re.IGNORECASE)
# "for the whole of 2024", "throughout 2024", "all of 2024": the year's twelve months
_EN_WHOLE_YEAR = re.compile(r"\b(?:for\s+)?(?:the\s+(?:whole|entire|full)\s+(?:of\s+|year\s+(?:of\s+)?)?"
                            r"|all\s+of\s+|throughout\s+|(?:the\s+)?full\s+year\s+(?:of\s+)?)(\d{4})\b", re.IGNORECASE)
# English figures: "1.2 million", "600 thousand"
_EN_SCALE = re.compile(rf"{_NUMBER}\s*(million|thousand|billion)\b", re.IGNORECASE)
# "1.8M RMB", "RMB 1.8m", "$2M": M for million only beside a currency (1100 m is a length)
_EN_M = re.compile(rf"(?:(?<=RMB)|(?<=rmb)|(?<=CNY)|(?<=cny)|(?<=USD)|(?<=usd)|(?<=\$)|(?<=¥)|(?<=￥))"
                   rf"\s*{_NUMBER}\s*(?:M|m|mn|MN)\b"
                   rf"|{_NUMBER}\s*(?:M|m|mn|MN)\b(?=\s*(?:RMB|rmb|CNY|cny|yuan|USD|usd|dollars|元|人民币|美元))")
# Chinese numerals of two characters or more ("两亿三千万", "二十二", "八百", "九六一零"); a
# lone 一/两 stays a word ("一个园区", "一次性", "两个店").
# "1千2百万", "2百9十万", "3千零5十": digits written with the place words between them — one number in Chinese
# numerals (一千二百万), read with the rest ("3千5" alone is 3500: a digit after one place word, read below)
_DIGITS_PLACED = re.compile(r"(?<![\d.])\d[千百](?:零?\d[百十])+\d?(?![\d.])")
# "1百35万", "两百35万", "3千250": a place word, then the digits of the places below it — one number (135万, 235万,
# 3250), never the place's figure and the digits side by side (LN211)
_PLACE_THEN_DIGITS = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千])([1-9一二两三四五六七八九])"
                                r"(百(?=\d{2}(?![\d.]))|千(?=\d{3}(?![\d.])))(\d+)")
# "线上交易额2500 单位是万", "租金150（单位：万元）": the unit said after the figure that lacks it
_UNIT_SAID_AFTER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)"
                              r"(?![\d.]|\s*(?:万|亿|元|块|平|%|％|年|月|日|号|个|家|人|单(?!位)|天|美元|千|百))"
                              r"([^\d，,。；;！!？?]{0,6}?)[\s，,]*[（(]?\s*单位\s*(?:是|为|都是|均为|：|:)?\s*"
                              r"(万元|万|亿元|亿)\s*[)）]?")
# "员工社保有补贴吗", "个税能不能返还": an employer's support said apart from its thing — one word (社保补贴有吗)
_SUPPORT_SPLIT = re.compile(r"(社保|个税|公积金|贷款)([^，,。；;！!？?\d]{1,4}?)(补贴|补助|返还|贴息)")
_DIGIT_CN = dict(zip("0123456789", "零一二三四五六七八九", strict=True))
_CN_RUN = re.compile(r"(?<![第])[零〇一二两三四五六七八九十百千万亿点]{2,}")
_CN_DECIMAL = re.compile(r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)([万亿]?)")
_CN_DIGIT = dict(zip("零〇一二三四五六七八九", "00123456789", strict=True))
_EN_SCALES = {"thousand": Decimal(1000), "million": Decimal(1_000_000), "billion": Decimal(1_000_000_000)}


@lru_cache(maxsize=1)
def _platform_alias() -> re.Pattern[str] | None:
    """A platform's name with its other name in brackets after it: "虾皮(Shopee)", "Shopee（虾皮）"."""
    pairs = [(str(k), str(v)) for k, v in (_tables().get("platform_aliases") or {}).items()]
    if not pairs:
        return None
    alternatives = "|".join(rf"{re.escape(one)}\s*[（(]\s*{re.escape(other)}\s*[)）]"
                            for a, b in pairs for one, other in ((a, b), (b, a)))
    return re.compile(alternatives, re.IGNORECASE)


def _without_platform_alias(text: str) -> str:
    """"虾皮(Shopee) B2C店": one platform, named once (its first name), so one store is read, not two."""
    pattern = _platform_alias()
    return pattern.sub(lambda m: re.split(r"\s*[（(]", m.group(0))[0], text) if pattern else text


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    return safe_load(TABLES.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8)  # (one per table: with one slot, the tables took turns and each call compiled its pattern again)
def _replacer(table: str, ignore_case: bool = False) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {str(k).lower() if ignore_case else str(k): str(v) for k, v in (_tables().get(table) or {}).items()}
    alternatives = sorted(words, key=len, reverse=True)
    if ignore_case:  # English: whole words only ("rent" not inside "current")
        body = "|".join(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" for w in alternatives)
        return re.compile(body, re.IGNORECASE), words
    return re.compile("|".join(re.escape(w) for w in alternatives)), words


def _replace(text: str, table: str, ignore_case: bool = False) -> str:
    pattern, words = _replacer(table, ignore_case)
    if not words:
        return text
    return pattern.sub(lambda m: words[m.group(0).lower() if ignore_case else m.group(0)], text)


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text[:-2] if text.endswith(".0") else text


def _dotted_date(match: re.Match[str]) -> str:
    day = f"{int(match.group(3))}日" if match.group(3) else ""
    return f"{match.group(1)}年{int(match.group(2))}月{day}"


# "use 7.1 as the exchange rate", "at an exchange rate of 7.2" (its words already 汇率): a rate said, no sum
_RATE_USED = re.compile(r"(?:(?:\buse|\busing|\btake|\bat)\s+(\d+(?:\.\d+)?)\s+(?:as\s+)?(?:the\s+|an\s+)?汇率"
                        r"|(?:\bat\s+)?(?:the\s+|an\s+)?汇率\s+(?:of|is|=)\s+(\d+(?:\.\d+)?))"
                        # (the sentence's full stop after it: "…rate 7.1.")
                        r"(?:\s*\.(?!\d))?", re.IGNORECASE)


def _rate_used(match: re.Match[str]) -> str:
    rate = match.group(1) or match.group(2)
    return f"汇率按{rate}" + "\u3002"  # (its sentence ended after it: the figure stands alone)


def _nth_year(match: re.Match[str]) -> str:
    said = match.group(2)
    n = int(said) if said.isdigit() else _YEAR_DIGIT[said]
    return f"{match.group(1)}{n - 1}年多" if n >= 2 else match.group(0)


def _english_million(match: re.Match[str]) -> str:
    value = Decimal(match.group(1) or match.group(2)) * 100  # in 万
    return f"{_number(value / 10_000)}亿" if value >= 10_000 else f"{_number(value)}万"


def _english_scale(match: re.Match[str]) -> str:
    value = Decimal(match.group(1)) * _EN_SCALES[match.group(2).lower()]
    if value >= 100_000_000 and value % 10_000_000 == 0:
        return f"{_number(value / 100_000_000)}亿"
    if value >= 10_000:
        return f"{_number(value / 10_000)}万"
    return _number(value)


_YEAR_DIGITS_AFTER = re.compile(r"(?<=[十百千万亿])[一二][零〇一二三四五六七八九]{3}$")
_UNDER_A_THOUSAND = re.compile(r"[一二两三四五六七八九]百(?:[一二三四五六七八九]?十)?[一二三四五六七八九]?"
                               r"|[一二三四五六七八九]?十[一二三四五六七八九]?")


# "…各开了一个店去年每个店都过了五百万" (said in one breath by voice): a list of things, one each, ends there
_EACH_ONE_SAID = re.compile(r"(各(?:开|有|建|租|开设)?了?(?:一|1)个(?:店铺|店|海外仓|仓|独立站|站))(?=[\u4e00-\u9fff])")


# ("3个展位各2.5万", "两个展位各1.5万": 各 after the booths counted is each booth's, not each of the items the message
# tells — TC019)
_EACH_BOOTH = re.compile(r"((?:\d+|[两二三四五六七八九十]{1,3})\s*个\s*(?:(?<!标准)|标准(?=展位[\s，,]*各))(展位))"
                         r"[\s，,]*(?:每个|各自?)"
                         r"(?=\s*(?:都是|是|为)?\s*\d[\d.]*\s*(?:万|元|美元|美金|美刀|刀|欧元))")
# the parts of a year, each named ("一季度1.2万美元 二季度1.3 三季度1.1 四季度1.3", TB102): a bare figure after a
# part's name is in the unit of the part said with one before it
_PART_NAME = r"(?:第?[一二三四1-4]\s*季度|上半年|下半年)"
_PART_WITH_UNIT = re.compile(rf"{_PART_NAME}[^\d，,。；;]{{0,6}}?\d+(?:\.\d+)?\s*(万美元|万元|万块|万|美元|元)")
_PART_BARE = re.compile(rf"({_PART_NAME}\s*(?:是|为|有)?\s*)(\d+(?:\.\d+)?)"
                        r"(?![\d.]|\s*(?:万|亿|千|元|块|美元|美金|%|％|个|家|人|单|班|平|月|年|号|日))")


def _parts_in_first_unit(text: str) -> str:
    first = _PART_WITH_UNIT.search(text)
    if first is None:
        return text
    return text[:first.end()] + _PART_BARE.sub(lambda m: f"{m.group(1)}{m.group(2)}{first.group(1)}",
                                               text[first.end():])


# "一个做了400万一个做了250万" (one breath): the next item starts right after the figure of the one before
_NEXT_ONE_SAID = re.compile(r"(?<=[\d万元平单班])(?=(?:另一个|另外一个|一个|另一条|一条|另一场|一场)"
                            r"(?:做了|卖了|是|在|租|建|花|投|飞|去|订))")


# "一个自建一个租", "一个在马来西亚一个在美国": two items told in one breath, the second at its 一个
_PAIR_IN_ONE_BREATH = re.compile(r"(一个(?:是|在)?[^\s，,。；;！!？?\d一个]{1,8}?)(?=一个(?:是|在|租|自建|建))")


_SPOKEN_CODE = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿幺])[幺零〇一二三四五六七八九]{4}"
                          r"(?![零〇一二两三四五六七八九十百千万亿幺])")
def _spoken_code(match: re.Match[str]) -> str:
    from calculators.quantity import CUSTOMS_CODE

    code = "".join({**_CN_DIGIT, "幺": "1"}[c] for c in match.group(0))  # (幺: 1 as it is said aloud)
    return code if CUSTOMS_CODE.fullmatch(code) else match.group(0)


def _cn_numeral(match: re.Match[str]) -> str:
    from calculators.quantity import parse_number

    run = match.group(0)
    # ("一共十万": ten of 万 or 亿 said alone is a figure, not "千万别", "百万级", "十万火急")
    alone = (run in ("十万", "十亿") and not match.string.startswith(("火", "个为"), match.end())
             and not re.search(r"[\d百千.]\s*$", match.string[:match.start()]))  # (not "2百9十万")
    digits = any(c in run for c in "零〇一二两三四五六七八九")
    if run.startswith("点") or run.endswith("点") or (not digits and not alone):
        return run
    decimal = _CN_DECIMAL.fullmatch(run)
    if decimal:  # "一点二亿", "二点八万": digits after 点 are read one by one
        whole = parse_number(decimal.group(1)) if decimal.group(1) not in ("零", "〇") else Decimal(0)
        if whole is None:
            return run
        fraction = "".join(_CN_DIGIT[c] for c in decimal.group(2))
        return f"{_number(whole + Decimal('0.' + fraction))}{decimal.group(3)}"
    # (not "二十一家", "三十一个": twenty-one, the 一 after 十 a digit of the number — MS195)
    if len(run) > 2 and run[-1] == "一" and run[-2] in "百千万亿" and match.string.startswith(
            ("个", "条", "场", "家", "座", "年", "次", "期", "批"), match.end()):
        # "一个做了四百万一个做了…" (one breath): the 一 of the next 一个 is no digit of the sum before it
        return f"{_cn_numeral(re.match(r'.+', run[:-1]))}一"
    year = _YEAR_DIGITS_AFTER.search(run)
    if year and year.start() > 0 and match.string.startswith("年", match.end()):
        # "投了一千二百万二零二四年建好" (one breath): a sum, then a year said digit by digit
        return f"{_cn_numeral(re.match(r'.+', run[:year.start()]))} {_cn_numeral(re.match(r'.+', year.group(0)))}"
    head, wan, tail = run.rpartition("万")
    if (wan and re.search("[十百]", head) and re.fullmatch(r"[一二两三四五六七八九]千", tail)
            and re.match(r"多?\s*(?:单|人|家|班|次)", match.string[match.end():])):
        # "卖了三百五十万两千多单" (one breath): the sum, then the orders — a count said in thousands is its own
        return f"{_cn_numeral(re.match(r'.+', head + '万'))} {_cn_numeral(re.match(r'.+', tail))}"
    if wan and head and _UNDER_A_THOUSAND.fullmatch(tail):
        # "三百二十万一百五十单" (said in one breath by voice): 320万 and 150 — a number after 万 is its thousands
        # ("一万二", "三万五千") or follows 零 ("三百万零五十"); hundreds or tens right after 万 begin another number
        return f"{_cn_numeral(re.match(r'.+', head + '万'))} {_cn_numeral(re.match(r'.+', tail))}"
    value = parse_number(run)
    if value is None:
        return run
    if value >= 100_000_000 and run.endswith("亿") is False and "亿" in run:
        return f"{_number(value / 100_000_000)}亿"
    if run.endswith("亿"):
        return f"{_number(value / 100_000_000)}亿"
    if run.endswith("万") or ("万" in run and value >= 10_000):
        return f"{_number(value / 10_000)}万"
    return _number(value)


# (nothing but punctuation, or signs and emoji: "谢谢 👍" is thanks said)
_PUNCT_ONLY = re.compile(r"^[^\w]*$")


# "最后一个 出口退税能退多少": one last question announced, no last item asked about (a question follows)
_LAST_QUESTION = re.compile(r"^\W*(?:还有)?最后(?:一个|一件|一点)(?:问题|事儿?)?(?:了|哈|啊)?[\s，,：:]+"
                            r"(?=[^\s，,。]{4,})")


def _without_fillers(text: str) -> str:
    """The message without politeness ("您好，麻烦问一下…谢谢！"), unless that is all it says."""
    stripped = _LAST_QUESTION.sub("", _fillers().sub("", text))
    stripped = re.sub(r"^[\s，,。！!、]+", "", stripped)
    return text if _PUNCT_ONLY.match(stripped) else stripped


@lru_cache(maxsize=1)
def _fillers() -> re.Pattern[str]:
    words = sorted((str(w) for w in _tables().get("fillers") or []), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})[，,！!。\s]*") if words else re.compile(r"(?!)")


def _training_days(months: str, half: bool = False) -> int:
    from calculators.quantity import parse_number

    return int((Decimal(parse_number(months) or 0) + (Decimal("0.5") if half else 0)) * 28)


def _cn_tail(match: re.Match[str]) -> str:
    from calculators.quantity import parse_number

    head = parse_number(match.group(1))
    if head is None:
        return match.group(0)
    if match.group(2) in "亿万":
        return f"{_number(head + Decimal(_CN_SMALL[match.group(3)]) / 10)}{match.group(2)}"
    return _number(head * 1000 + Decimal(_CN_SMALL[match.group(3)]) * 100)


# Figures said as a range, written as one ("5万至6万") for the facts to read as a floor and a ceiling:
# neighbouring numerals ("五六万", "两三个", "二三十万"), 几 in a place ("三十几个", "三百几十平", "十几万",
# "几十万") and digits before one unit ("400-500万"). Read digit by digit they were other figures
# ("五六万" was 56万, "两三个展位" 23 booths).
_RANGE_SCALE = r"(?P<scale>十万|百万|千万|十|百|千|万|亿)?"
_RANGE_UNIT = r"(?P<unit>个月|个人|美元|美金|平方米|[个家人名位场次期班单平元块天所店笔件项间张台座批])?"
_RANGE_NEXT = r"(?(scale)|(?(unit)|(?!)))"  # a scale or a unit must follow the range
_CN_PAIR = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d第周星礼初])"
                      r"(?P<a>[一二两三四五六七八])(?P<b>[两二三四五六七八九])"
                      + _RANGE_SCALE + _RANGE_UNIT + _RANGE_NEXT)
# "十二三班", "二十五六家": neighbouring numerals after the tens (12至13班, 25至26家)
_CN_TEEN_PAIR = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d第周星礼初])(?P<t>[一二两三四五六七八九]?)十"
                           r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])"
                           + _RANGE_SCALE + _RANGE_UNIT + _RANGE_NEXT)
# "百分之五六", "百分之十五六": a percentage said as neighbouring numerals (5%至6%, 15%至16%)
_PCT_PAIR = re.compile(r"百分之(?P<t>(?:[一二两三四五六七八九]?十)?)(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])"
                       r"(?![十百千万亿\d])")
# "四百八九十万": a lead figure, then neighbouring numerals in the next place down (480万至490万)
_CN_LEAD_PAIR = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d第])(?P<l>[一二两三四五六七八九])(?P<lp>[百千])"
                           r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<sp>[十百])"
                           r"(?P<scale>万|亿)?" + _RANGE_UNIT + _RANGE_NEXT)
_CN_SOME = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d第好])"
                      r"(?P<d>[一二两三四五六七八九]?)(?P<place>[十百千万])几(?P<tail>[十百千])?"
                      + _RANGE_SCALE + _RANGE_UNIT + _RANGE_NEXT)
_CN_SOME_LEAD = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d好数])几(?P<place>[十百千])"
                           + _RANGE_SCALE + _RANGE_UNIT + _RANGE_NEXT)
_DIGIT_RANGE = re.compile(r"(?<![\d.从由])(?P<a>\d+(?:\.\d+)?)\s*(?:-|–|—|~|～|到|至)\s*(?P<b>\d+(?:\.\d+)?)"
                          + _RANGE_SCALE + _RANGE_UNIT + _RANGE_NEXT)
_CHANGE_TO = re.compile(r"((?:扩大?|扩建|增加|涨|提高|增长|多)了?\s*)(\d+(?:\.\d+)?\s*(?:平方米|平米|平|万|个|家|班))"
                        r"\s*到")


# "把隔壁20平也租下来打通 变成105平", "租金再加20万 变成120万": the level it becomes, the change no figure of the case
# (not "从上年6000万美元涨到9500万美元": a change from one level to another, both said as levels)
# (both readings below: a figure in one of these units, then words, then the level in the same unit)
_LEVEL_UNIT = r"(?P<unit>平方米|平米|平|万|个|家|班)"
_SAME_UNIT_AHEAD = r"(?=\d+(?:\.\d+)?\s*(?P=unit))"
_BECOMES = re.compile(r"(?<![从由\d.])(?<![从由]上年)(?<![从由]去年)\d+(?:\.\d+)?\s*" + _LEVEL_UNIT
                      + r"(?P<gap>[^\d，,。；;！!？?]{0,12}?(?:变成|变为|扩到|扩成|合成|打通成)了?\s*)"
                      + _SAME_UNIT_AHEAD)


# "展位费4万一个": the price of each, no count of one
_PRICE_EACH = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?\s*(?:万|千)?\s*(?:元|块|美元)?)\s*一个"
                         r"(?=$|[，,。；;！!？?]|\s(?!\s*\d)|能|可以|补)")  # (not "380万 一个 260万": the next one's)


# "后来扩了300平 现在单仓1100平": the size it grew by, then the size it is now (the one the case has)
_GREW_NOW = re.compile(r"((?:扩|扩大|扩建|扩了|加|增加|多租|又租|又加)了?\s*)\d+(?:\.\d+)?\s*" + _LEVEL_UNIT
                       + r"(?P<gap>[^\d，,。；;！!？?]{0,8}?[，,\s]*(?:现在|目前|如今|总共|一共|合计)"
                       + r"[^\d，,。；;！!？?]{0,6}?)"
                       + _SAME_UNIT_AHEAD)


# "一个展位2万", "一人400元": the price of each, no count of one
# "1个展位4万": one booth said in digits, then its price — the count and each one's price
_ONE_COUNTED_PRICED = re.compile(r"(?<![\d.])1\s*个\s*((?:标准)?展位)(?=\s*\d[\d.]*\s*(?:万|千|元|块))")
_ONE_PRICED = re.compile(r"(?<![\d一二两三四五六七八九十第每了订定租要有只就])"
                         r"一((?:个|间|名|位)?(?:标准展位|展位|摊位|人|学员))"
                         r"(?=\s*(?:是|要|收|花|交)?\s*\d[\d.]*\s*(?:万|千|元|块))"
                         # (not one of the units counted, priced one by one: "两个展位 一个展位4万 另一个2万" — ND218)
                         r"(?!\s*(?:是|要|收|花|交)?\s*\d[\d.]*\s*(?:万|千|元|块)[^。；;！!？?\d]{0,6}?"
                         r"(?:另一个|另外一个|一个)\s*\d)")


def _scale(word: str) -> Decimal:
    """The value of a place or scale word: 十 10, 百万 1000000."""
    from calculators.quantity import parse_number

    value = parse_number(f"1{word}")
    assert value is not None, word
    return value


def _range_text(low: Decimal, high: Decimal, match: re.Match[str]) -> str:
    scale, unit = match.group("scale"), {"个人": "人"}.get(match.group("unit") or "", match.group("unit") or "")
    if scale:
        low, high = low * _scale(scale), high * _scale(scale)
    # both ends in the upper end's unit: "400万至500万", "2亿至3亿"
    divisor, word = ((Decimal(100_000_000), "亿") if high >= 100_000_000 and scale and "亿" in scale
                     else (Decimal(10_000), "万") if scale and high >= 10_000 else (Decimal(1), ""))
    return f"{_number(low / divisor)}{word}{unit}至{_number(high / divisor)}{word}{unit}"


def _cn_pair(match: re.Match[str]) -> str:
    a, b = int(_CN_SMALL[match.group("a")]), int(_CN_SMALL[match.group("b")])
    unit = match.group("unit") or ""
    after = match.string[match.end():match.end() + 1]
    if b != a + 1 or (not match.group("scale") and unit in ("", "年") and after in ("年", "月")):
        return match.group(0)  # "二三年" is 2023, "三四月" March and April
    return _range_text(Decimal(a), Decimal(b), match)


def _cn_teen_pair(match: re.Match[str]) -> str:
    a, b = int(_CN_SMALL[match.group("a")]), int(_CN_SMALL[match.group("b")])
    unit = match.group("unit") or ""
    after = match.string[match.end():match.end() + 1]
    if b != a + 1 or (not match.group("scale") and unit in ("", "年") and after in ("年", "月", "日", "号")):
        return match.group(0)
    tens = 10 * int(_CN_SMALL.get(match.group("t"), "1"))
    return _range_text(Decimal(tens + a), Decimal(tens + b), match)


def _pct_pair(match: re.Match[str]) -> str:
    a, b = int(_CN_SMALL[match.group("a")]), int(_CN_SMALL[match.group("b")])
    if b != a + 1:
        return match.group(0)
    tens = 10 * int(_CN_SMALL.get(match.group("t")[:1], "1")) if match.group("t") else 0
    return f"{tens + a}%至{tens + b}%"


def _cn_lead_pair(match: re.Match[str]) -> str:
    a, b = int(_CN_SMALL[match.group("a")]), int(_CN_SMALL[match.group("b")])
    lead, step = _scale(match.group("lp")), _scale(match.group("sp"))
    if b != a + 1 or step * 10 != lead:
        return match.group(0)
    base = int(_CN_SMALL[match.group("l")]) * lead
    return _range_text(Decimal(base + a * step), Decimal(base + b * step), match)


def _cn_some(match: re.Match[str]) -> str:
    place = _scale(match.group("place"))
    step = _scale(match.group("tail")) if match.group("tail") else place / 10  # "三十几": the next place
    if step >= place:
        return match.group(0)
    base = int(_CN_SMALL.get(match.group("d"), "1")) * place
    return _range_text(Decimal(base + step), Decimal(base + 10 * step - 1), match)


def _cn_some_lead(match: re.Match[str]) -> str:
    place = _scale(match.group("place"))  # "几十万": twenty to ninety-nine (十几 is the teens)
    return _range_text(Decimal(2 * place), Decimal(10 * place - 1), match)


def _digit_range(match: re.Match[str]) -> str:
    low, high = Decimal(match.group("a")), Decimal(match.group("b"))
    if low >= high or (match.group("unit") == "年" and high >= 1900):
        return match.group(0)
    return _range_text(low, high, match)


# "一年零两个月", "1年3个月": one duration in months (years of at most two digits: "2024年3个月" is no duration)
# ("一年两个月", "两年十一个月": the months in numerals too; "三年半": and a half year)
_YEARS_MONTHS = re.compile(r"(?<![\d.])(\d{1,2}|[一两二三四五六七八九]|十)\s*年\s*(?:零|又)?\s*"
                           r"(\d{1,2}|十[一二]?|[一两二三四五六七八九])\s*个月")
_YEARS_HALF = re.compile(r"(?<![\d.零〇一二两三四五六七八九十])(\d|[一两二三四五六七八九]|十)\s*年半(?!载)")
# "运营第二年", "已经是经营的第三年了": in its Nth year, so N − 1 full years and more behind it
_NTH_YEAR = re.compile(r"(运营|经营|营业|运行|使用|开业|成立)(?:的)?第\s*(\d{1,2}|[二两三四五六七八九十])\s*年(?!\d)")
_YEAR_DIGIT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "十一": 11, "十二": 12}
# "年租200万", "月租5万", "月租4200美元": the rent of a year or a month ("去年租800平" is a lease, not a rent)
_RENT_OF = re.compile(r"(?<![去今前明])(年|月)租"
                      r"(?=\s*\d+(?:\.\d+)?\s*(?:万|千|元|块|美元|美金|欧元|日元|英镑|港币|港元))")
# "比上年增长了两成", "涨了三成半": a growth in tenths, as a percentage
_TENTHS = re.compile(r"(?:(?<=增长|提高|上涨|增加|下降|下滑|减少)|(?<=[涨增降]))(了?)\s*"
                     r"([一二两三四五六七八九])成(半)?(?![本员功为立交绩果])")
_TENTH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "今年(2026)1月份", "2026年（2026年）": the year said twice is one year; "1月份" is 1月
_YEAR_SAID_TWICE = re.compile(r"(?:今年|去年|前年|明年|((?:19|20)\d{2})\s*年)\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]")
_MONTH_PART = re.compile(r"(?<=\d)月份")
# "2024全年交易额", "2025上半年": a year written without its 年 before a part of the year
_TABLE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[|｜]\s*")
_BARE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=\s*(?:全年|整年|上半年|下半年))"
                        # "2019到2021年每年…": a range of years, 年 said after its last only (PB167: read as months)
                        r"|(?<![\d.])((?:19|20)\d{2})(?=\s*(?:到|至)\s*(?:19|20)\d{2}\s*年)")


def _small_number(said: str) -> int:
    """A count of years or months said in digits or numerals ("2", "两", "十一")."""
    return int(said) if said.isdigit() else _YEAR_DIGIT[said]


def _years_months(match: re.Match) -> str:
    years, months = (_small_number(g) for g in match.group(1, 2))
    if months == years * 12 and not re.search(r"零|又", match.group(0)):
        return f"{months}个月"  # "全年12个月", "一年12个月": the same year said twice, not 24 months
    return f"{years * 12 + months}个月"


def _years_and_a_half(match: re.Match) -> str:
    years = _small_number(match.group(1))
    return f"{years * 12 + 6}个月"


# "费用一共46k": thousands of yuan where a money word leads and no unit follows ("3k平", "订单5k" keep theirs)
# ("租金发票合计下来是 620k": the money word, then how the sum was come by)
_MONEY_LEAD = re.compile(r"(?:费用?|租金|花了|花费|投入|投了|成本|价格?|钱|金额|交易额|销售额|营业额)"
                         r"[^，,。；;\d]{0,9}$"
                         # "一个展位18k", "每个展位18k": a price per thing (not per order or person, "每单5k")
                         r"|(?:每|一)(?:个|家|场|次)?(?![^，,。；;\d]*(?:单|人|学员|员工|课时|期))[^，,。；;\d\s]{1,4}\s*$")
_MONEY_BEFORE = re.compile(r"\d\s*(?:万元|万|元|块)\s*[、，,]?\s*(?:一个|另一个|另外一个|还有一个|第二个)?"
                           r"[^，,。；;\d]{0,4}$")
# (a currency after the figure, in any of its forms: "4k美刀", "5k欧", "3k英镑", "2k USD")
# (a unit, not a word that opens with one: "推广运营费 80k 平台年费 20k" names the platform's fee next — MU156)
_UNIT_NEXT = re.compile(r"\s*(?:元|块|美元|美金|美刀|刀|平(?!台|均)|单(?!位|价)|人|个(?!人)|家(?!具|居)|班|天(?!猫)"
                        r"|小时|%|％|万|亿"
                        r"|欧|英镑|镑|日元|日币|港币|港元|港纸|新币|韩元|澳元|加元|人民币|USD|EUR|GBP|JPY|HKD|RMB|usd|eur|rmb)")


def _millions(match: re.Match[str]) -> str:
    text = match.string
    # ("认证费 2025年 CE 45k": a year between the money word and the figure names nothing else)
    before = re.sub(r"(?:19|20)\d{2}\s*年(?:度)?", "", text[max(0, match.start() - 18):match.start()])
    currency = _CURRENCY_BEFORE.search(text, max(0, match.start() - 6), match.start())
    if currency is not None and not _UNIT_NEXT.match(text, match.end()):  # "annual rent USD 1.2M": its currency's
        return f"{_number(Decimal(match.group(1)) * 100)}万"
    lead = (_MONEY_LEAD.search(before[-14:])
            or _MONEY_BEFORE.search(text, max(0, match.start() - 10), match.start())
            # ("费用8k加32k": the next of a sum's parts joined to the one before, itself money)
            or ((joined := _JOINED_K.search(text, max(0, match.start() - 10), match.start())) is not None
                and _MONEY_LEAD.search(text[max(0, joined.start() - 12):joined.start()])))
    if not lead and not _CURRENCY_NEXT.match(text, match.end()):
        return match.group(0)
    return f"{_number(Decimal(match.group(1)) * 100)}万"


def _thousands(match: re.Match[str]) -> str:
    value = _number(Decimal(match.group(1)) * 1000)
    text = match.string
    currency = _CURRENCY_BEFORE.search(text, max(0, match.start() - 6), match.start())
    if currency is not None and not _UNIT_NEXT.match(text, match.end()):  # "annual rent USD 300k": its currency's,
        return value  # moved after it below, never yuan
    return f"{value}元" if _k_is_money(text, match.start(), match.end()) else value


def _k_is_money(text: str, start: int, end: int, depth: int = 0) -> bool:
    """Whether a figure in k at text[start:end] is a sum of money by the words before it."""
    # ("一个花了12万 一个90k": after a sum of money in a list, the next figure is money too)
    # ("认证费 2025年 CE 45k": a year between the money word and the figure names nothing else)
    before = re.sub(r"(?:19|20)\d{2}\s*年(?:度)?", "", text[max(0, start - 18):start])
    lead = (_MONEY_LEAD.search(before[-14:])
            or _MONEY_BEFORE.search(text, max(0, start - 10), start)
            # ("费用8k加32k": the next of a sum's parts joined to the one before, itself money)
            or ((joined := _JOINED_K.search(text, max(0, start - 10), start)) is not None
                and _MONEY_LEAD.search(text[max(0, joined.start() - 12):joined.start()]))
            # ("年费 29.8k 推广 70k": the next of a list after a sum of money in k, itself money)
            # ("认证费 35k 商标注册 15k": an item's name between, no word of another kind's: 面积, 订单…)
            or (depth < 3 and (listed := _K_BEFORE.search(text, max(0, start - 16), start)) is not None
                and not _OTHER_KIND_BETWEEN.search(listed.group(0))
                and _k_is_money(text, listed.start(), listed.start() + len(listed.group(1)) + 1, depth + 1)))
    # ("ISO国际认证15k，欧盟商标注册38k，检测费27k": a list of figures in k, one of them money by its word, the
    # others named by things, no word of another kind's — each a sum of money, LT201)
    lead = lead or (depth == 0 and not _OTHER_KIND_BETWEEN.search(text[max(0, start - 8):start]) and any(
        other.start() != start and _MONEY_LEAD.search(text[max(0, other.start() - 12):other.start()])
        for other in _A_K_FIGURE.finditer(text)))
    # (not "350万 订单1.2k": the orders' count, after a sum)
    return bool(lead) and not _UNIT_NEXT.match(text, end) and not _COUNT_RIGHT_BEFORE.search(
        text, max(0, start - 6), start)


_A_K_FIGURE = re.compile(r"(?<![\d.A-Za-z])\d+(?:\.\d+)?\s*[kK](?![A-Za-z])")


_K_BEFORE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[kK]\s*[^，,。；;\d]{1,8}$")
_OTHER_KIND_BETWEEN = re.compile(r"面积|平米|平方|订单|单量|单数|人数|学员|班次|航班|展位|件数|天数")


# "刚才说错了 是3600万的十分之一": a figure put right as a fraction of another (after 是: a share of a whole the
# firm holds part of, "租金200万的一半是我们的", is read with its words, facts._own_portion)
_FRACTION_OF = re.compile(r"(?<=是)\s*(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿)?\s*(元|美元|平方米|平)?\s*的\s*"
                          r"(?:(一半)|([一二三四五六七八九十\d]{1,2})\s*分之\s*([一二三四五六七八九\d]))")


def _fraction_of(match: re.Match[str]) -> str:
    from calculators.quantity import parse_number

    if match.group(4):
        part = Decimal(1) / 2
    else:
        whole, some = parse_number(match.group(5)), parse_number(match.group(6))
        if not whole or not some or some >= whole:
            return match.group(0)
        part = Decimal(some) / Decimal(whole)
    value = Decimal(match.group(1)) * part
    if value != value.quantize(Decimal("0.0001")):
        return match.group(0)  # (a third of 100万: no exact figure, left as said)
    return f"{_number(value)}{match.group(2) or ''}{match.group(3) or ''}"


# "建设费 一期 80万 二期装修和货架 40万": a cost told by its phases, their sum (only after the cost's own word)
_PHASES = re.compile(r"(?P<lead>(?:建设费用?|建设投资|投资|投入|建设)[^，,。；;\d]{0,3}?)"
                     r"一期\s*(?P<one>\d+(?:\.\d+)?\s*万)[^，,。；;\d]{0,12}?二期[^，,。；;\d]{0,10}?(?P<two>\d+(?:\.\d+)?\s*万)")
_SUMS_ADDED = re.compile(r"(\d+(?:\.\d+)?\s*(?:万元|万|元))\s*(?:加上|加)\s*(?=\d+(?:\.\d+)?\s*(?:万元|万|元))")
_JOINED_K = re.compile(r"\d+(?:\.\d+)?\s*[kK]\s*(?:加上?|和|\+)\s*$")
_COUNT_RIGHT_BEFORE = re.compile(r"(?:订单|单量|单数|订单量|人数|学员|班次|航班|件数)\s*(?:是|有|为|:|：)?\s*$")
# "租金 美元 300k" (English "USD 300k", translated word by word): the currency said before the figure
_CURRENCY_BEFORE = re.compile(r"(美元|欧元|英镑|日元|港币)\s*$")


# the capital numerals of invoices and contracts ("伍佰万", "壹佰贰拾万元"), read only inside a run of
# numerals: 陆 alone is a word (陆运)
_CAPITAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_CAPITAL_RUN = re.compile(r"(?=[零一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*[壹贰叁肆伍陆柒捌玖拾佰仟])"
                          r"[零一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]{2,}")


_PARTS_COUNTED = re.compile(r"(?<![\d.万千百十])([两二三四五几])块"
                            r"(?=\s*(?:一共|加起来|加一起|加在一起|合计|总共|分别|各自|都))")


# "展位费 40k ×1", "2.5万*2": a sum of money times a small count said with no unit of its own
_TIMES_UNITS = re.compile(r"(?<=\d)([kKwW]|万|千|元|块|美元|刀)\s*[×xX*]\s*(\d{1,2})"
                          r"(?!\s*[\d.%万千亿kKwW个平人天月年])")


# "B2C独立站以外的速卖通店", "海外仓之外的国内仓": an item set apart by 以外的 is no item of the message
# (not "运城以外的企业", a place set apart, which says where the firm is not)
_ITEM_EXCEPTED = re.compile(r"(?:除了?)?[A-Za-z\d\u4e00-\u9fff]{0,6}?(?:独立站|自建站|店铺|网店|海外仓|仓库|展会|展位)"
                            r"(?:以外|之外)的(?=[\u4e00-\u9fffA-Za-z])")


_SENTENCE_DOT = re.compile(r"(?<=\d)\.(?=\s|$)")


# a dash after the things counted, opening their list ("参加了两个重点展会——东京展…；汉诺威展…"), read as a colon
# (not a route's: "运城——首尔")
_DASH_AS_COLON = re.compile(r"(?<=[展会仓店站铺目项期])\s*(?:——|—)\s*(?=\D)")


def normalize(text: str) -> str:
    """The message in the normal form understanding reads (see the module docstring)."""
    if not text:
        return ""
    text = to_ascii_alnum(text)
    text = _FULLWIDTH_POINT.sub(".", text)  # "２．５万": a full-width decimal point between digits
    text = _SENTENCE_DOT.sub("。", text)  # "exchange rate 7.8. How much": a full stop after a figure, no decimal point
    # "100 万", "3 w", "5000 美元": a figure typed apart from its scale or currency
    text = _SPACED_SCALE.sub(lambda m: "".join(g for g in m.groups() if g), text)
    text = _NEGATIVE_SAID.sub("-", text)  # "交易额是负的2000万": a figure below zero, said in words
    text = _converter().convert(text)
    text = _replace(text, "confusions")
    text = _DASH_AS_COLON.sub("：", text)  # "两个重点展会——东京展…；汉诺威展…": the list the dash opens
    text = _PARTS_COUNTED.sub(r"\1项", text)  # "两块一共多少": two parts of the matters, never 2 yuan
    text = _ITEM_EXCEPTED.sub("", text)  # "B2C独立站以外的速卖通店": the store, no independent site
    text = _TIMES_UNITS.sub(r"\1×\2个", text)  # "展位费 40k ×1": a price times its units, counted
    text = _BARE_YEAR.sub(lambda m: f"{m.group(1) or m.group(2)}年", text)
    text = _TABLE_YEAR.sub(r"\1年 ", text)  # "2022 | 2.2亿美元": a table row's year
    text = _CAPITAL_RUN.sub(lambda m: m.group(0).translate(_CAPITAL_DIGITS), text)  # 伍佰万 -> 五百万
    text = _EN_MONTH_PAIR.sub(lambda m: f"{m.group(3)}年{_EN_MONTHS[m.group(1).lower()]}月到"
                              f"{m.group(3)}年{_EN_MONTHS[m.group(2).lower()]}月", text)
    text = _EN_WHOLE_YEAR.sub(r" \1年全年 ", text)
    text = _EN_DAY.sub(lambda m: f"{m.group(3)}年{_EN_MONTHS[m.group(1).lower()]}月{m.group(2)}日", text)
    text = _EN_DAY_FIRST.sub(lambda m: f"{m.group(3)}年{_EN_MONTHS[m.group(2).lower()]}月{m.group(1)}日", text)
    text = _EN_MONTH.sub(lambda m: f"{m.group(2)}年{_EN_MONTHS[m.group(1).lower()]}月", text)
    text = _EN_M.sub(lambda m: " " + _english_million(m), text)
    text = _EN_SPAN.sub(r"\1到\2", text)
    text = _EN_SINCE.sub(lambda m: f"{m.group(2)}{'' if '月' in m.group(2) else '年'}开始"
                                   f"{'使用' if 'use' in m.group(1).lower() else '运营'}", text)
    text = _EN_FROM.sub(r"\1起", text)  # "from 2024年3月" (no end said): since then
    text = _EN_SCALE.sub(_english_scale, text)
    text = _EN_DURATION.sub(lambda m: m.group(1) + {"m": "个月", "y": "年", "d": "天"}[m.group(2).lower()[0]], text)
    text = _without_platform_alias(text)
    text = _EN_COUNTED.sub(r"\2\1 \3", text)  # "4 offline cross-border classes": the count beside its noun
    text = _EN_ORDERS_FIRST.sub("订单", text)  # "orders 1.2k": the count named before it ("1200 orders" is 1200单)
    text = _replace(text, "english", ignore_case=True)
    text = _EN_EACH.sub(r"每个\1", text)
    text = _RATE_PER.sub(lambda m: f" {m.group(2)}按{m.group(1)} ", text)  # "7.1 CNY per USD": a rate, no sum
    text = _RATE_USED.sub(_rate_used, text)  # "use 7.1 as the exchange rate"
    text = _IMPORT_EXPORT.sub("进出口", text)  # "imports+exports", "进口和出口": one figure of both
    text = _EN_IN_YEAR.sub(r"\1年", text)  # "sales in 2023 were USD 2 million": the year, then the figure
    text = _EN_COPULA.sub("是", text)
    text = _replace(text, "durations")
    text = _CN_MONTH.sub(lambda m: f"{_CN_MONTH_VALUE[m.group(1)]}月", text)
    text = _YEAR_IN_BRACKETS.sub(r"20\2年", text)  # "今年(26年)3月": the year said again in brackets
    text = _SHORT_YEAR.sub(r"20\1年", text)
    text = _DOTTED_DATE.sub(_dotted_date, text)
    text = _QUARTERS_USED.sub(_quarters_in_months, text)
    text = _TIMES_OF.sub(_times_as_growth, text)
    text = _DOUBLED.sub(r"\1增长了100%", text)
    text = _POINTS.sub(r"\1\2%", text)
    text = _GREW_BY.sub(r"\1增加", text)
    text = _FROM_NOTHING.sub("增长了", text)
    text = _EN_SPAN.sub(r"\1到\2", text)  # ("from 2024-09-01 to 2025-08-31": the dates read only now)
    text = _EN_FROM.sub(r"\1起", text)  # ("since 2024-05": the date read only now)
    text = _DATE_RANGE_DASH.sub(r"\1到\2", text)
    text = _TENTHS.sub(lambda m: f"{m.group(1)}{_TENTH_DIGIT[m.group(2)] * 10 + (5 if m.group(3) else 0)}%", text)
    text = _PCT_PAIR.sub(_pct_pair, text)
    text = _CN_LEAD_PAIR.sub(_cn_lead_pair, text)
    text = _CN_TEEN_PAIR.sub(_cn_teen_pair, text)
    text = _CN_SOME.sub(_cn_some, text)
    text = _CN_SOME_LEAD.sub(_cn_some_lead, text)
    text = _CN_PAIR.sub(_cn_pair, text)
    text = _WAN_THEN_THOUSANDS.sub(_wan_then_thousands, text)
    text = _CN_TAIL.sub(_cn_tail, text)
    text = _GE_HALF.sub(lambda m: f"{int(m.group(1)) if m.group(1).isdigit() else _ONE_DIGIT[m.group(1)]}.5"
                             f"{'万' if m.group(2) in 'wW' else m.group(2)}", text)
    text = _GE_MORE.sub(lambda m: f"{m.group(1)}{'万' if m.group(2) in 'wW' else m.group(2)}多", text)
    text = _GE_UNIT.sub(r"\1\2", text)
    text = _SPOKEN_CODE.sub(_spoken_code, text)  # "幺二幺零", "九六幺零": a customs code said digit by digit
    text = _PLACE_THEN_DIGITS.sub(
        lambda m: str((int(m.group(1)) if m.group(1).isdigit() else _ONE_DIGIT[m.group(1)])
                      * (100 if m.group(2) == "百" else 1000) + int(m.group(3))), text)
    text = _DIGITS_PLACED.sub(lambda m: "".join(_DIGIT_CN[c] if c.isdigit() else c for c in m.group()), text)
    text = _CN_RUN.sub(_cn_numeral, text)
    text = _LETTER_TAIL.sub(lambda m: f"{m.group(1)}{'万' if m.group(2) in 'wW' else '千'}{m.group(3)}", text)
    text = _DIGIT_TAIL.sub(_digit_tail, text)
    text = _SHORT_YEAR.sub(r"20\1年", text)  # "二四年八月": the year's numerals are read only now
    text = _NEXT_SHORT_YEAR.sub(r"\g<1>20\2年", text)
    text = _NOW_SHORT_YEAR.sub(r"\g<1>20\2年", text)
    text = _OF_SHORT_YEAR.sub(r"\g<1>20\2年", text)
    text = _YEARS_MONTHS.sub(_years_months, text)
    text = _YEARS_HALF.sub(_years_and_a_half, text)
    text = _YEAR_SAID_TWICE.sub(lambda m: f"{m.group(2)}年", text)
    text = _MONTH_PART.sub("月", text)
    text = _UNIT_SAID_AFTER.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(2)}", text)
    text = _SUPPORT_SPLIT.sub(r"\1\3\2", text)
    text = _DIGIT_HUNDRED.sub(lambda m: _number(Decimal(m.group(1)) * 100), text)  # "2百个w": 200万
    text = _THOUSAND_WAN.sub(lambda m: f"{_number(Decimal(m.group(1)) * 1000)}万", text)  # "8千w", "8千万": 8000万
    text = _WAN.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}万", text)
    text = _MILLION.sub(_millions, text)
    text = _THOUSAND.sub(_thousands, text)
    text = _DIGIT_THOUSAND.sub(lambda m: _number(Decimal(m.group(1)) * 1000), text)
    text = _PARTS_OF_FOREIGN.sub(_parts_in_its_currency, text)
    # "5万8千美元" (now "5万8000美元"), "12万5000": one sum in 万 and the thousands after it
    text = _WAN_AND_REST.sub(_wan_and_rest, text)
    # "1亿2000万", "3亿500万元" (from "1亿2千万", "三亿零五百万"): one sum in 亿 and the 万 after it
    text = _YI_AND_WAN.sub(lambda m: f"{_number(Decimal(m.group(1)) + Decimal(m.group(2)) / 10000)}亿", text)
    text = _FRACTION_OF.sub(_fraction_of, text)  # "3600万的十分之一": 360万
    text = _ORDERS_SAID.sub(r"\g<1>单", text)  # "订单一万多": a count of orders, no sum of money (MG020)
    text = _PHASES.sub(r"\g<lead>\g<one>加\g<two>", text)  # "建设费 一期80万 二期…40万": one cost in phases
    text = _CHANGE_TO.sub(r"\1到", text)
    text = _BECOMES.sub(lambda m: m.group("gap"), text)
    text = _GREW_NOW.sub(lambda m: m.group(1) + m.group("gap"), text)
    text = _PRICE_EACH.sub(r"每个\1", text)
    text = _ONE_COUNTED_PRICED.sub(r"1个\1 每个\1", text)
    text = _ONE_PRICED.sub(r"每\1", text)  # "再扩100平到1000平": the level it reaches (no range, no second figure)
    text = _DIGIT_RANGE.sub(_digit_range, text)
    text = _OTHER_AREA.sub(_in_square_metres, text)
    text = _DAO.sub("美元", text)
    for pattern, name in _CURRENCY_SHORT:
        text = pattern.sub(name, text)
    text = _CURRENCY_SIGN.sub(lambda m: f"{m.group(2).replace(',', '')}{_SIGN_NAME[m.group(1)]}", text)
    text = _RENT_OF.sub(r"\1租金", text)
    text = _NTH_YEAR.sub(_nth_year, text)
    text = _P_AREA.sub(r"\1平方米", text)  # "1000p": 平 typed as its pinyin initial
    text = _PING_HOMOPHONE.sub(r"\1平", text)
    text = _PING_PAST.sub(r"\1平方米\2", text)
    text = _PING.sub(r"\1平方米", text)
    # "培训都是两个月": a training counted in days, said in months — at least 28 days a month (a floor)
    # ("为期一个半月": the half month too, at least 14 days)
    text = _TRAINING_MONTHS.sub(lambda m: f"{m.group(1)}{_training_days(m.group(2), bool(m.group(3)))}多天", text)
    text = _without_fillers(text)
    text = _EACH_ONE_SAID.sub(r"\1 ", text)
    text = _NEXT_ONE_SAID.sub(" ", text)
    text = _PAIR_IN_ONE_BREATH.sub(r"\1 ", text)
    text = _EACH_BOOTH.sub(r"\1 每个\2费", text)  # "3个展位 每个2.5万": each booth's fee
    text = _parts_in_first_unit(text)  # "一季度1.2万美元 二季度1.3 三季度1.1": each part in the first one's unit
    text = _CURRENCY_FIRST.sub(_currency_after, text)
    text = _FOREIGN_FIRST.sub(lambda m: f"{m.group(2).replace(',', '')}{m.group(1)}", text)
    text = _EN_EACH.sub(r"每个\1", text)  # ("at 40k RMB each": each, once its thousands and currency are read)
    text = _SUMS_ADDED.sub(r"\1、", text)  # "费用8000元加32000元": two parts of one sum, listed
    # "上半年3万美元 下半年2.5万": the later part of the year in the currency the earlier one was said in (MP249)
    text = _PART_IN_CURRENCY.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(2)}", text)
    text = _EACH_SPACED.sub("各", text)  # "租金 各 100 万": 各 typed apart from the figure it gives each
    return _SPACES.sub(" ", text).strip()


_YEAR_PART = r"(?:上半年|前半年|下半年|后半年|(?:第)?[一二三四1-4]季度|Q[1-4])"
_PART_IN_CURRENCY = re.compile(rf"({_YEAR_PART}\s*\d+(?:\.\d+)?\s*万?\s*(美元|欧元|日元|英镑|港币))"
                               rf"(\s*[，,、]?\s*{_YEAR_PART}\s*\d+(?:\.\d+)?(?![\d.])(?:\s*万)?(?!\s*万))"
                               r"(?!\s*(?:美元|欧元|日元|英镑|港币|元|人民币|块|[\d.]))")
_EACH_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s*各\s*(?=\d)|各\s+(?=\d)")
_YEAR_IN_BRACKETS = re.compile(r"(今年|去年|明年|前年)\s*[（(]\s*(?:20)?([12]\d)\s*年?\s*[)）]")
_NEGATIVE_SAID = re.compile(r"负(?:的|数)?\s*(?=\d)")
# ("3k w": 3千万 typed apart; "5000 美元": a sum typed apart from its currency)
# (a whole number only: "汇率美元7.1 英镑9.0" is a list of rates)
_SPACED_SCALE = re.compile(r"(\d|(?<=\d)[kK千])\s+(万|亿|[wWkK](?![A-Za-z]))"
                           r"|((?<![\d.])\d+)\s+(美元|美金|美刀|欧元|英镑|日元|港币|港元)")
