"""Time words in a message: relative years made absolute, and periods read as durations.

"去年3月租到今年2月底" on 2026-11-29 reads as "2025年3月租到2026年2月底", a period of 12
months; "2024年6月投用的，一直用到现在" runs to the as-of month. Months are counted
inclusively, as people count a lease ("3月到次年2月底" is a year); a start given by its year
alone counts from that year's December, so a period is never read longer than it may be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from calculators.quantity import parse_number

_RELATIVE_YEAR = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "大后年": 3, "后年": 2}
_RELATIVE = re.compile("|".join(sorted(_RELATIVE_YEAR, key=len, reverse=True)))
_HALF_YEAR = re.compile(r"(?<![年\d])(上半年|下半年|年初|年中|年底|年末)")
_UNTIL_NOW = re.compile(r"(到|至|用到|干到|做到)\s*(?:现在|目前|今天|如今|当前)|至今"
                        r"|(?:现在|目前|如今)(?:也)?(?:还|仍|依然|仍然)(?:在)?(?:用|使用|运营|经营)(?:着)?"
                        # ("去年底（12月）在墨西哥租了个仓…今年还在用": still in use, up to now — LW036)
                        r"|(?:今年|\d{4}\s*年)(?:也)?(?:还|仍|依然|仍然)在(?:用|使用|运营|经营)(?:着)?"
                        r"|(?<=[\s，,租起用营好成的])一直(?:在)?(?:运营|经营|使用|在用|用着|运营着)(?:着)?(?:到现在)?")
_SPAN = re.compile(
    # "2025年1到12月", "2025年1-12月": the start month's 月 may be left to the end's
    r"(?P<y1>\d{4})\s*年\s*(?:(?P<m1>\d{1,2})\s*(?:月(?:份)?|(?=\s*(?:到|至|~|～|—|－|-)\s*\d{1,2}\s*月))"
    r"(?:\s*(?P<d1>\d{1,2})\s*[日号])?(?:初|中|底)?)?"
    r"[^。；;]{0,24}?(?:到|至|~|～|—|－|-)\s*[^，。；;,.\d]{0,3}?"
    r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月(?:份)?(?:\s*(?P<d2>\d{1,2})\s*[日号])?|(?P<yend>底|末))"
)


# "2025年3月1号起租 2025年12月31号到期": a start and an end each named by its own verb
_DATE_WORDS = r"\d{4}\s*年\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?(?:初|中|底)?"
_STARTS = (r"(?:签(?:的|了|订了?)?(?:租约|租赁合同|租房合同|租仓合同)"  # a lease signed: its use starts
           r"|起租|开始租|开始用|开始使用|投用|投入使用|启用|投入运营|开始运营|开业|开张|开仓|开园|上线|开的|开了|用起来"
           # ("2023年3月注册运营": a platform registered and running from then — TB118)
           r"|(?:注册|成立)(?:并|就|后)?(?:开始)?运营"
           r"|租的|租下|租了|起|开始|(?<=[才刚])(?:租|开|用)(?=[\s，,。；;]|$)"
           # ("海外仓租了800平 2025年1月签的 结果11月底就退租了": the lease signed, said alone — LM006)
           r"|签(?:的|约)(?=[\s，,。；;]|$)"
           r"|一直(?:在)?用(?:到现在|着)?)")  # ("2024年初建好一直用": built, then used since)
# ("12月底合同到期就退了": the lease's own word before the verb)
# ("8月业务调整就退租了": a reason, then 就 and the end)
_ENDS = (r"\s*(?:合同|租约|租期|租赁合同)?\s*(?:[^，,。；;\d\s]{1,6}?(?=就|便)"
         # ("2024年2月因为业务调整关掉了": the reason between the month and the closing — MA133)
         r"|(?:因为|由于|因)[^，,。；;\d\s]{1,8}?(?=关|停|退|撤|不租|不用|结束))?(?:就|才|已经|已|便)?\s*"
         # ("2022年9月开了跨境电商微专业 2023年6月就停了": a class or a business stopped — RB182)
         r"(?=到期|为止|结束|截止|止|退租|退了|退掉|退仓|不租|不用了|停用|停了|停办|停掉|停止|停课|停招|关|转给|转让|转租|卖给"
         r"|卖掉|卖了|撤)")
_START_END = re.compile(rf"({_DATE_WORDS})\s*{_STARTS}([^。；;\d]{{0,8}}?)({_DATE_WORDS}){_ENDS}")


def _start_to_end(match: re.Match[str]) -> str:
    """"2025年3月1号起租 2025年12月31号到期": one period; the words between kept before it, where they name the
    thing ("2024年5月租的海外仓 2025年3月底退租了": the warehouse is still what the message is about, KL005)."""
    between = match.string[match.end(1):match.start(3)]
    thing = re.sub(r"^\s+|[\s到至]+$", "", between)
    if re.sub(r"[的了\s]", "", between[len(between) - len(between.lstrip()):]).strip() and re.search(
            r"[\u4e00-\u9fff]{2}", re.sub(rf"^{_STARTS}", "", thing)):
        return f"{thing} {match.group(1)}到{match.group(3)}"
    return f"{match.group(1)}到{match.group(3)}"
# "今年3月才开始经营的", "2025年3月在尼日利亚租了个仓" (the place between)
# ("2024年6月都建成投用了": built, then put in use — the use starts then)
# (a date right after 到/至 is an end: "年租金200万 到现在一直在用" after the start was told before)
_START = re.compile(rf"(?<![到至])({_DATE_WORDS})\s*(?:(?:才|刚|就|刚刚)?\s*在[^，,。；;！!？?\d]{{1,10}}?)?\s*"
                    r"(?:都|均)?\s*"
                    r"(?:才|刚|就|刚刚|已经)?\s*"
                    rf"(?:建成|建好|完工|竣工|落成|装修好)?\s*(?:并|后|就)?\s*(?:{_STARTS}"
                    # ("去年8月建好的 12月仓就转让出去了": a warehouse built, in use from then)
                    r"|(?<=建成|建好|完工|竣工|落成)(?:的|了))")
_END = re.compile(rf"({_DATE_WORDS}){_ENDS}")
# "25年2月…租的，12月初就退租了": an end month without its year, the start's year (or the next)
# ("12月20日就退租了": the day too)
_MONTH_END = re.compile(rf"(?<![\d年])(\d{{1,2}})\s*月(?:初|中|底|\s*(\d{{1,2}})\s*[日号])?{_ENDS}")


# "2024年初", "2025年底": a part of a year as its month
_YEAR_PART = re.compile(r"(\d{4})\s*年\s*年?(初|底|末|开春|春天|春季|年中|年中旬|夏天|秋天|入冬)(?!\s*\d)")
_MONTH_IN_BRACKETS = re.compile(r"(\d{4})\s*年\s*(?:初|底|末|年初|年底|年末)?\s*[（(]\s*(\d{1,2})\s*月(?:份)?\s*[)）]")
_PART_MONTH = {"初": 1, "底": 12, "末": 12, "开春": 3, "春天": 3, "春季": 3, "年中": 6, "年中旬": 6, "夏天": 7,
               "秋天": 9, "入冬": 11}
# "上个月刚被认定", "这个月刚租的": a month counted from the as-of month
# ("下个月要去迪拜参展": a month ahead, as much a date as one behind — LX011)
# (not an opening to come, "下个月开业": said so, a store not open yet — LR166)
_MONTH_RELATIVE = re.compile(r"(上上个月|上个月|上月|这个月|本月|下下个月|下个月|下月)(?![份]?\d)"
                             r"(?!\s*(?:才|就|再)?\s*(?:能)?\s*(?:正式)?\s*(?:开业|开张|营业|运营|上线|投用))")
# "2024年初就开始运营了", "2024年3月已经投入使用了": a start in the perfect, no end — still going
_ONGOING_START = re.compile(rf"({_DATE_WORDS}|\d{{4}}\s*年(?!\s*\d))\s*(?:就|已经|早就|便)\s*(?:开始)?"
                            r"(运营|经营|使用|投用|投入使用|投入运营|营业|开业|开园|上线|用上|用起来|启用|租|租下|租用)了")


_SINCE_START = re.compile(rf"({_DATE_WORDS}|\d{{4}}\s*年(?!\s*\d))\s*起\s*(?:一直|就|便)?\s*(?:正常)?"
                          r"(运营|经营|营业|开业|上线|启用)(?![^，,。；;]{0,6}?(?:到|至|止))")


# "都是今年新拿到的 2025年": a relative year with the calendar year said after it, ending the phrase,
# is that year (the user's own reckoning of 今年 is what they mean)
_RELATIVE_SAID_AS = re.compile(r"(今年|去年|前年)([^，,。；;！!？?\d]{0,12}?)\s*((?:19|20)\d{2})\s*年"
                               r"(?=\s*(?:[，,。！!？?]|$))")


# "（都是2025年的事）", "以上都是2025年发生的": the year the whole message's matters happened in
_ALL_IN_YEAR = re.compile(r"(?:都|全|全部|这些|以上|上面的?)\s*(?:是|为|发生在|在)\s*((?:19|20)\d{2})\s*年"
                          r"(?:度)?(?:的事|发生的|的事情|办的|做的)")


# "…今年通过考核的有62人，奖励多少？（2023年）": the year the message closes on, in brackets — its 今年
_CLOSING_YEAR = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?(?:度)?\s*[)）]\W*$")


# A matter happening now or planned ("现在新租海外仓", "最近刚租了", "准备在德国建仓"), where no
# year is said: dated the as-of month, so a policy that has ended does not cover it
_NEW_VERB = r"新租|新建|新开|新设|新签|要租|要建|要开|要参加|准备|打算|计划"
_NOW_MATTER = re.compile(rf"(?:现在|目前|眼下)(?=\s*(?:才|又|再|也|刚)?\s*(?:{_NEW_VERB}))"
                         rf"|(?:这个月|本月|今天|最近|近期|刚刚|马上)(?=\s*(?:才|又|再|也|刚)?\s*"
                         rf"(?:{_NEW_VERB}|租了|建了|租下|签了|参加了|参展了))"
                         r"|(?<![现目眼最近刚马])(?=(?:准备|打算|计划)\s*(?:在\S{1,8}?)?(?:租|建|新租|新建|参加|参展|去参加|设立|开)"
                         r"(?!.*(?:19|20)\d{2}\s*年))"
                         # ("海外仓还在谈，还没签租约", then "签下来以后能补多少": a matter still to be made — SD013)
                         # (not "二期120万还在谈没签" beside a phase done: EK078)
                         r"|(?=(?:还没签(?:租约|租赁合同)|(?:签|租|谈|定)下来(?:以后|之后|后))"
                         r"(?!.*(?:19|20)\d{2}\s*年))")
_YEAR_SAID = re.compile(r"(?:19|20)\d{2}\s*年|[前去今明后]年")


_SAME_YEAR = re.compile(r"(?:同年|当年|同一年)(?=\s*\d{1,2}\s*月)")


def _year_before(match: re.Match[str]) -> str:
    """The year said last before "同年" ("2023年3月开业 同年10月…" -> 2023年), or ""."""
    years = re.findall(r"((?:19|20)\d{2})\s*年", match.string[:match.start()])
    return f"{years[-1]}年" if years else ""


_MONTHS_BACK = {"上上个月": 2, "上个月": 1, "上月": 1, "下个月": -1, "下月": -1, "下下个月": -2}


# "两年前租的", "3个月前开的", "半年前": a point in time counted back from the as-of month, not a length of time
_AGO = re.compile(r"(?<![\d.满])(\d{1,2}|[一两二三四五六七八九十]{1,2}|半)\s*(个)?\s*(年|月)(?:之|以)?前(?![\d年])")
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _ago_months(match: re.Match[str]) -> int:
    number, unit = match.group(1), match.group(3)
    if number == "半":
        value = 0.5
    elif number.isdigit():
        value = int(number)
    elif number.startswith("十"):  # 十, 十二
        value = 10 + _CN_DIGITS.get(number[1:], 0)
    elif number.endswith("十"):  # 二十
        value = _CN_DIGITS[number[0]] * 10
    else:
        value = _CN_DIGITS.get(number, 0)
    return round(value * 12) if unit == "年" else round(value)


def _month_back(today: date, back: int) -> tuple[int, int]:
    """The year and month `back` months before today's."""
    month = today.year * 12 + today.month - 1 - back
    return month // 12, month % 12 + 1


def _months_back(today: date, back: int) -> str:
    year, month = _month_back(today, back)
    return f"{year}年{month}月"


# "经营18个月了", "租了两年了", "用了3年多了": a time in use up to today
_SO_FAR = re.compile(r"(?:经营|运营|使用|用|租|开|运行)(?:了)?\s*(?P<n>[\d.]+|[一二两三四五六七八九十]{1,3})\s*"
                     r"(?:个)?(?P<unit>年|月)(?P<half>半)?(?:多)?了")


def in_use_since(text: str, today: date) -> tuple[date, str] | None:
    """The first day of the month a matter said to be in use up to today began ("经营18个月了"), with the words that
    say so; None where no such time is said, or it is none or over fifty years."""
    found = _SO_FAR.search(text)
    if found is None:
        return None
    back = parse_number(found.group("n")) or 0
    months = int(back * 12) + (6 if found.group("half") else 0) if found.group("unit") == "年" else int(back)
    if not 0 < months <= 600:
        return None
    year, month = _month_back(today, months)
    return date(year, month, 1), found.group(0)


# "今年在上海办 不对 是去年办的": a year put right in the same breath — the right one where the wrong one stood
# a year said by its number or relative to this one, for every module that reads which year a figure is of
A_YEAR_WORD = r"(?:19|20)\d{2}\s*年|去年|前年|今年|上年|本年"
A_YEAR = re.compile(A_YEAR_WORD)
_YEAR_WORD = rf"{A_YEAR_WORD}|明年"
_YEAR_CORRECTED = re.compile(rf"({_YEAR_WORD})([^，,。；;！!？?\d]{{0,10}}?)[\s，,。]*"
                             rf"(?:哦|噢|啊)?(?:不对|说错了|记错了|搞错了)[\s，,。]*(?:是|应该是|其实是)?\s*({_YEAR_WORD})")


# "8月份业务调整就退租了": a month said alone, with the end of the matter after it
_BARE_MONTH_ENDED = re.compile(r"(?<![\d年])(\d{1,2})\s*月(?:份)?(?=[^，,。；;\d]{0,10}?"
                               r"(?:退租|退了|停了|停用|关了|不用了|没续|到期|结束|撤了|关掉))")
_DATED_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _month_of_start_year(match: re.Match[str]) -> str:
    """The month ended, of the year of the month said before it ("2025年3月租的…8月份就退租了"), where it is later in
    that year; the words as they are otherwise."""
    before = list(_DATED_MONTH.finditer(match.string, 0, match.start()))
    month = int(match.group(1))
    if not before or not 1 <= month <= 12 or month <= int(before[-1].group(2)):
        return match.group(0)
    return f"{before[-1].group(1)}年{match.group(0)}"


# "今年是指2023年", "我说的去年是2024年": what a relative year the user said before stands for
_RELATIVE_DEFINED = re.compile(r"(?:我)?(?:说的|讲的)?(大前年|前年|去年|今年|明年)\s*(?:是指|指的是|说的是|指|是)\s*"
                               r"((?:19|20)\d{2})\s*年(?:度)?")


def relative_year_defined(text: str, today: date, said: list[str]) -> str:
    """"今年组织了2期…", then "今年是指2023年": the year the earlier messages were read in (今年 as 2026) put right —
    the definition read as "不对 是2023年", where an earlier message holds the year the word was read as; the text
    unchanged otherwise (KR219)."""
    found = _RELATIVE_DEFINED.search(text)
    if found is None:
        return text
    read_as = f"{today.year + _RELATIVE_YEAR[found.group(1)]}年"
    if found.group(2) + "年" == read_as or not any(read_as in earlier for earlier in said):
        return text
    return f"{text[:found.start()]}不对 是{found.group(2)}年{text[found.end():]}"


# "5月份我们参加了…展会": one month said with no year (not "12个月", "5月底到期" after a start, nor a date's day)
_BARE_MONTH = re.compile(r"(?<![\d年.\-/月])(1[0-2]|[1-9])\s*月(份)?(?![\d个]|\s*[到至~～—－-])")
_EVENT_AFTER = re.compile(r"[^，,。；;！!？?\d]{0,12}?"
                          r"(?:参加|参展|去|办|举办|租|建|开|上线|认定|获得|拿到|签|投用|启用)")
_AHEAD = re.compile(r"要|打算|计划|准备|将|预计|下(?:个)?月|明年|马上|即将|想")


def _bare_month(text: str, today: date, year: int | None) -> str:
    """The one month a message says with no year anywhere in it, dated: in the year the conversation told of, else
    the latest such month up to today ("5月份我们参加了…" on 2026-11-29: 2026年5月), or the next one for a matter
    to come ("3月份要去参展": 2027年3月) — LW091."""
    if _YEAR_SAID.search(text) or re.search(r"\d{2}\s*年|[前去今明后]年", text):
        return text
    months = list(_BARE_MONTH.finditer(text))
    if len(months) != 1 or _SPAN.search(text) or _START_END.search(text):
        return text
    found = months[0]
    if not _EVENT_AFTER.match(text, found.end()) or re.search(r"漏|少算|还有|另外", text[:found.start()]):
        return text  # (only the month a matter was done in: not "还漏了12月的 600万", a part of a year's figure)
    month = int(found.group(1))
    if year is None:
        ahead = bool(_AHEAD.search(text))
        year = today.year + (1 if ahead and month < today.month else 0) - (1 if not ahead and month > today.month
                                                                              else 0)
    return f"{text[:found.start()]}{year}年{month}月{text[found.end():]}"


def resolve_relative(text: str, today: date, year: int | None = None, years_told: bool = False) -> str:
    """今年/去年/前年/明年 as calendar years, 到现在/至今 as the as-of month, and a start and an
    end named by their verbs ("3月起租…12月到期") as one period. `year`: the one year the conversation's
    messages before told of, which a part of a year said alone ("年中转让了") is of (else today's);
    `years_told`: the messages before told of several years (a month said alone is then left undated)."""
    text = _YEAR_CORRECTED.sub(lambda m: f"{m.group(3)}{m.group(2)}" + " " * (len(m.group(0)) - len(m.group(3))
                                                                            - len(m.group(2))), text)
    if not _YEAR_SAID.search(text):
        text = _NOW_MATTER.sub(f"{today.year}年{today.month}月", text, count=1)
    text = _RELATIVE_SAID_AS.sub(lambda m: f"{m.group(3)}年{m.group(2)}", text)
    said_as = _ALL_IN_YEAR.search(text) or (_CLOSING_YEAR.search(text) if len(_RELATIVE.findall(text)) == 1
                                            and "今年" in text else None)
    if said_as:  # "今年新拿了…（都是2025年的事）": the user's 今年 is the year they say it all happened in
        text = re.sub(r"今年", f"{said_as.group(1)}年", text)
    text = _SAME_YEAR.sub(lambda m: _year_before(m) or m.group(0), text)  # "2023年3月开业 同年10月就关了"
    text = _RELATIVE.sub(lambda m: f"{today.year + _RELATIVE_YEAR[m.group(0)]}年", text)
    text = _BARE_MONTH_ENDED.sub(_month_of_start_year, text)  # "2025年3月…租的…8月份就退租了": 2025年8月
    if not re.search(r"(?:19|20)\d{2}\s*年", text):  # "上半年拿的认证", no year said: this year's half
        text = _HALF_YEAR.sub(f"{year or today.year}年\\1", text)
    text = _MONTH_IN_BRACKETS.sub(r"\1年\2月", text)  # ("去年底（12月）": the month said in brackets — LW036)
    text = _YEAR_PART.sub(lambda m: f"{m.group(1)}年{_PART_MONTH[m.group(2)]}月", text)
    text = _MONTH_RELATIVE.sub(lambda m: _months_back(today, _MONTHS_BACK.get(m.group(1), 0)), text)
    if year is not None or not years_told:
        text = _bare_month(text, today, year)
    text = _AGO.sub(lambda m: _months_back(today, _ago_months(m)), text)  # "两年前租的": a time, not a length

    if not _END.search(text) and not _SPAN.search(text):
        # (the verb kept: "去年就开业了" says the store is open, as well as since when)
        text = _ONGOING_START.sub(lambda m: f"{m.group(1)}起{m.group(2)} 一直运营到现在", text)
        # ("2023年起正常运营": in operation since then — LZ038)
        text = _SINCE_START.sub(lambda m: f"{m.group(1)}起{m.group(2)} 一直运营到现在", text)
    text = _START_END.sub(_start_to_end, text)
    def until(match: re.Match[str]) -> str:
        lead = match.group(1) or ("一直用到" if match.group(0).startswith("一直") else "到")
        # after a start month, the day too: the month is not over ("2026年1月租到现在" is 11 months on 12月1日)
        started_month = re.search(r"\d{4}\s*年\s*\d{1,2}\s*月", match.string[:match.start()])
        return f"{lead}{today.year}年{today.month}月" + (f"{today.day}日" if started_month else "")

    return _UNTIL_NOW.sub(until, text)


@dataclass(frozen=True)
class Span:
    """A period named by its start and end, and its length in months."""

    start: date
    end: date
    months: int
    words: str
    exact: bool = True  # False where the start is a year alone: `months` is then the fewest it can be


# a start month, then the thing's figures, then its use up to a month ("一直用到现在" resolved)
_IN_USE_UNTIL = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月)[^。；;\d年]*(?:\d[^。；;年]*?)?"
                           # ("…建设花了280万，投用到现在一直在用": put in use, until now — KN002)
                           r"(?:一直(?:在)?(?:用到|使用到|运营到|经营到|租到|租用到)|(?:投用|投入使用|启用|投入运营)(?:了)?到)"
                           r"\s*(\d{4}\s*年\s*\d{1,2}\s*月)")


_MONTH_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月")


def reversed_period(text: str) -> str | None:
    """The words of a period said with its end before its start ("2024年3月1日到2023年2月28日"), or None: no length
    can be read from it, so it is asked again (LW235: a year's rent computed on such a lease)."""
    for match in _SPAN.finditer(text):
        if not (match["m1"] and match["y2"] and match["m2"]):
            continue
        if re.search(r"(?:挪|改|调|移|放|算|转|推)(?:到|至)", match.group(0)):
            continue  # ("把2026年1月初的一笔订单挪到2025年12月算": a date moved, no period — DG127)
        start = (int(match["y1"]), int(match["m1"]), int(match["d1"] or 1))
        end = (int(match["y2"]), int(match["m2"]), int(match["d2"] or 31))
        if end < start:
            return match.group(0)
    return None


# "2025年9月1号开班 9月25号结业": a class's first and last day, each by its own verb (TB027)
_CLASS_DAYS = re.compile(r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]\s*"
                         r"(?:开班|开课|开训|开始培训)[^。；;]{0,12}?(?:(?P<y2>\d{4})\s*年\s*)?(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]\s*"
                         r"(?:结业|结课|结束|毕业)")


def days_between(text: str) -> tuple[int, str] | None:
    """The days of the first period said from a day to a day ("2025年3月1日到3月20日": 20, both days counted;
    "9月1号开班 9月25号结业": 25) with the words it was said in, or None."""
    for match in [*_SPAN.finditer(text), *_CLASS_DAYS.finditer(text)]:
        if not (match["m1"] and match["d1"] and match["m2"] and match["d2"]):
            continue
        try:
            start = date(int(match["y1"]), int(match["m1"]), int(match["d1"]))
            end = date(int(match["y2"] or match["y1"]), int(match["m2"]), int(match["d2"]))
        except ValueError:
            continue
        if end >= start:
            return (end - start).days + 1, match.group(0)
    return None


def span(text: str) -> Span | None:
    """The first period with a start and an end in text, or None."""
    for match in _SPAN.finditer(text):
        inner = None if match["m1"] else _MONTH_DATE.search(text, match.start() + 4, match.end())
        if inner is not None and inner.start() < match.start(next(g for g in ("y2", "m2", "yend") if match[g])):
            # "2023年在美国自建海外仓 1500平 2023年5月到2023年12月": the start is the month said nearer the end
            return span(text[inner.start():])
        # a start year alone ("2023年开始…到现在") counts from its December: the shortest reading
        y1, m1 = int(match["y1"]), int(match["m1"]) if match["m1"] else 12
        y2 = int(match["y2"]) if match["y2"] else y1
        m2 = 12 if match["yend"] else int(match["m2"])
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        if match["d1"] and match["d2"]:
            try:
                start = date(y1, m1, int(match["d1"]))
                end = date(y2, m2, int(match["d2"]))
            except ValueError:
                continue
            after = end + timedelta(days=1)  # 7月15日到次年7月14日 is twelve full months
            months = (after.year - start.year) * 12 + after.month - start.month - (after.day < start.day)
        elif match["d2"] and match["m1"]:
            # "2026年1月租到现在" (今天 12月1日): the months begun before the end's, and its own only if it is over
            try:
                start, end = date(y1, m1, 1), date(y2, m2, int(match["d2"]))
            except ValueError:
                continue
            months = (y2 - y1) * 12 + m2 - m1 + ((end + timedelta(days=1)).day == 1)
        else:
            start, end = date(y1, m1, 1), date(y2, m2, 1)
            months = (y2 - y1) * 12 + m2 - m1 + 1
            if match["m1"] and m1 == m2 and y2 == y1 + 1:
                months = 12  # "2024年4月到2025年4月": a year's term, as a lease is said (not thirteen months)
            elif match["m1"] and not match["yend"] and _CLOSED_THEN.match(text, match.end()):
                # "2025年3月开的 到2026年2月就关了": closed in its last month, which it did not run through (a lease
                # "租到2026年2月" runs to that month's end)
                months -= 1
            if months <= 0 and not match["m1"] and y1 == y2 and re.search(r"到|至", match.group(0)):
                # "2026年到现在" before December: the matter is in this year; its length the fewest it can be
                start, months = date(y1, m2, 1), 1
        if months <= 0:
            continue
        return Span(start, end, months, match.group(0), exact=bool(match["m1"]))
    used = _IN_USE_UNTIL.search(text)
    if used:  # "2024年3月在美国新泽西自建的 2000平 建设费用300万 一直用到现在": other words between
        return span(f"{used.group(1)}到{used.group(2)}")
    whole = _WHOLE_YEAR_IN_USE.search(text) or _RENT_OF_WHOLE_YEAR.search(text)
    if whole:  # "2024年全年租金180万", "2024年一整年都在用": the year from January to December
        year = int(whole.group(1))
        return Span(date(year, 1, 1), date(year, 12, 1), 12, whole.group(0), exact=True)
    return None


# a year said whole, of a thing in use or rented ("2024年全年租金", "2023年一整年都在运营"); a year's
# trade ("2024年全年交易额") is no period of use
_WHOLE_YEAR_IN_USE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:全年|一整年|整年|整整一年|一年)\s*(?:的)?\s*(?:实际)?\s*"
                                r"(?:租金|租期|租了|都在用|在用|使用|用了|都在运营|运营|经营)")

# the rent of a year said whole, the rent said first ("rent 2025 全年 1.5M": "租金 2025年 一年 150万")
_RENT_OF_WHOLE_YEAR = re.compile(r"(?:租金|租期|房租|仓租)\s*(?:是|为)?\s*((?:19|20)\d{2})\s*年\s*"
                                 r"(?:全年|一整年|整年|整整一年|一年)(?=\s*(?:的)?\s*\d)")

# closed in the month just said ("到2026年2月就关了", "2月份关门了"), not through it
_CLOSED_THEN = re.compile(r"(?:份)?\s*(?:初|中旬|上旬|中)?\s*(?:就|便|也|又)?\s*"
                          r"(?:关了|关掉了?|关闭了?|关门了?|停业了?|停了|不做了|撤了|倒闭了?|退租了?|退了|停租了?|不租了)")


# closed in the month said, whatever words come between ("因为业务调整关掉了")
# (not a lease given back: "12月就退了" runs to that month's end)
_CLOSED_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:关了|关掉|关闭|关门|停业|停了|不做了|撤了|倒闭)")


# a thing no longer in use ("…就退租了", "去年关了")
STOPPED = re.compile(r"停用|不用了|关了|关闭|退租|停了|到期|结束|撤了|搬走|转给|转让|转租|卖给|卖掉|卖了|没再用")


def span_across(messages: list[str]) -> Span | None:
    """A start ("2025年3月开始租") and an end said after it ("2026年1月就退租了"), in a later
    message or later in the same one, other words between ("…租了个800平的仓 租金一年70万 结果生意
    不行 2025年11月就退租了"); an end month without its year ("12月初就退租了") is of the start's year,
    or the next where it comes before the start's month."""
    for i, earlier in enumerate(messages):
        start = _START.search(earlier)
        if start is None:
            continue
        begun = re.match(r"(\d{4})\s*年\s*(\d{1,2})", start.group(1))
        for later in [earlier[start.end():], *messages[i + 1:]]:
            end = _END.search(later)
            if end is not None:
                # ("…2024年2月因为业务调整关掉了": closed in that month, not run through it — MA133)
                closed = _CLOSED_AFTER.match(later, end.end(1))
                return span(f"{start.group(1)}到{end.group(1)}{'就关了' if closed else ''}")
            month = _MONTH_END.search(later)
            if month is not None and begun is not None and 1 <= int(month.group(1)) <= 12:
                year = int(begun.group(1)) + (int(month.group(1)) < int(begun.group(2)))
                day = f"{month.group(2)}日" if month.group(2) else ""
                return span(f"{start.group(1)}到{year}年{month.group(1)}月{day}")
    return None


_SENTENCES = re.compile(r"[^。；;！!？?\n]+[。；;！!？?\n]*")


def sentences(text: str) -> list[str]:
    """The text cut after each sentence end (。；！？ or a new line), ends kept."""
    return _SENTENCES.findall(text)


def months_since(start: date, today: date) -> int:
    """Whole months at most from a start month (its day unknown) to today: "2025年12月开的" on
    2026-11-29 is 11 months and some days, not 12 — counting both months would make a year
    that is not yet full look full."""
    return (today.year - start.year) * 12 + today.month - start.month


_YEAR_START = re.compile(r"(?<!\d)(\d{4})\s*年\s*(?![\d\s]*月)(?:在[^，,。；;！!？?\d]{1,10}?)?\s*(?:才|刚|就|已经)?\s*"
                         # ("2024年建成投用": built, then put in use the same year)
                         r"(?:(?:建成|建好|完工)(?:并|后|就)?\s*)?(?:开始运营|投入运营|开始经营|开始营业|投用|投入使用|开业|开园|上线|开始使用|开始用|正式运营"
                         r"|(?:注册|成立)(?:并|就|后)?(?:开始)?运营"
                         r"|开始租|起租"  # ("都是2024年开始租的": a lease begun, its use with it)
                         # "2022年起运营", "自2023年起投入使用"
                         r"|起(?:开始)?(?:运营|经营|营业|运行|投用|投入使用|投入运营|使用|开业|上线)"
                         r"|开的|开园的|建成的)")  # "园区2021年开的"


# "能拿2024年度的示范园区奖励吗", "申报2024年的补贴": the year an award is asked for (not "2024年度交易额…", the
# year of a figure, nor "2024年建的仓…补贴", the year of a matter)
_AWARD_YEAR = re.compile(r"(?:(?:拿|申报|申请|领取?|评)(?:的是)?\s*(20\d{2})\s*年度?|(20\d{2})\s*年度)的?"
                         r"(?!交易|进出口|出口|进口|销售|营业|营收|收入|租金|投入|投资|实际)"
                         r"[^\d，,。；;！!？?\s建租开投买签用]{0,8}?(?:奖励|补贴|奖补|补助|扶持资金|认定)"
                         # "去年能补吗" (2025年能补吗): the year itself asked of — TB119
                         r"|(20\d{2})\s*年(?:度)?(?:的话)?\s*(?:能|可以|还能|能不能)\s*(?:补|拿|申请|申报|享受)")


def award_year(messages: list[str]) -> int | None:
    """The year an award is asked for, by the last message naming one: a time of use or operation the
    clause asks for is counted to that year's end, not to today."""
    for message in reversed(messages):
        found = _AWARD_YEAR.search(message)
        if found:
            return int(found.group(1) or found.group(2) or found.group(3))
    return None


# "23年10月就想申请", "打算2024年3月申报": the month the award is applied for — a time of use or operation the clause
# asks for is counted to then, not to today
_APPLIED_ON = re.compile(rf"({_DATE_WORDS})\s*(?:就|的时候|时|那会儿?)?\s*(?:想|要|准备|打算|去|来|就要)?\s*"
                         r"(?:申请|申报)"
                         rf"|(?:想|要|准备|打算|计划)\s*(?:在|于)?\s*({_DATE_WORDS})\s*(?:去|来)?\s*(?:申请|申报)")


def applied_on(messages: list[str]) -> date | None:
    """The month an award is said to be applied for, by the last message naming one (its first day)."""
    for message in reversed(messages):
        found = _APPLIED_ON.search(message)
        if found:
            numbers = re.findall(r"\d+", found.group(1) or found.group(2))
            return date(int(numbers[0]), int(numbers[1]), 1) if 1 <= int(numbers[1]) <= 12 else None
    return None


def started_in_year(messages: list[str]) -> int | None:
    """The year a thing started where only its year is said ("园区2022年开始运营") and no message
    gives its end; its months to today are at least those from that year's December."""
    if any(span(m) is not None or _END.search(m) for m in messages):
        return None
    for message in reversed(messages):
        if _START.search(message):
            return None  # a start month said: `started` reads it
        found = _YEAR_START.search(message)
        if found:
            return int(found.group(1))
    return None


# "今年5月在波兰建的海外仓": built then, no use said to start otherwise (its use runs at most from then)
_BUILT = re.compile(rf"({_DATE_WORDS})\s*(?:在[^，,。；;！!？?\d]{{1,10}}?)?\s*(?:才|刚|刚刚|就)?\s*"
                    r"(?:建的|建成的|建好的|建成了|建好了|自建的|(?:建成|建好|完工|竣工|落成)(?=[\s，,。；;！!？?]|$))")


def started(messages: list[str]) -> date | None:
    """The month a thing started ("2026年1月开始运营的") where no message gives its end: the
    period runs at most from then to today. A month it was built in starts it where no message
    says its use began otherwise."""
    if any(span(m) is not None or _END.search(m) for m in messages):
        return None
    built = not any(_START.search(m) for m in messages)
    for message in reversed(messages):
        found = _START.search(message) or (_BUILT.search(message) if built else None)
        if found:
            digits = re.match(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(底|末|下旬)?", found.group(1))
            if digits and 1 <= int(digits.group(2)) <= 12:
                year, month = int(digits.group(1)), int(digits.group(2))
                if digits.group(3):  # "12月底才开始运营": the month is all but over — its use counts from the next
                    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                return date(year, month, 1)
    return None
