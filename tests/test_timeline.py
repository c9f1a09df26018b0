"""Time words: relative years and periods as durations (table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.timeline import (
    applied_on,
    award_year,
    relative_year_defined,
    resolve_relative,
    reversed_period,
    span,
    span_across,
    started,
    started_in_year,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(("said", "read"), [
    ("去年3月租到今年2月底", "2025年3月租到2026年2月底"),
    ("前年建的", "2024年建的"),
    # 大前年 is three years back, not 大 + 前年 (DM013); a half of the year with no year said is this year's (DM023)
    ("大前年10月参加的展", "2023年10月参加的展"), ("上半年拿的FDA认证", "2026年上半年拿的FDA认证"),
    ("去年下半年建的", "2025年下半年建的"), ("2025年我们上半年参展", "2025年我们上半年参展"),
    ("海外仓从年初租到现在", "海外仓从2026年1月租到2026年11月29日"), ("去年年底建的", "2025年12月建的"),  # DM127
    # a year put right in the same breath: the right one where the wrong one stood
    ("今年在上海办 不对 是去年办的", "2025年在上海办" + " " * 7 + "办的"),
    ("2024年租的 哦不对 是2023年", "2023年租的" + " " * 11),
    ("明年1月就满一年了", "2027年1月就满一年了"),
    ("2024年6月投用的 一直用到现在", "2024年6月投用的 一直用到2026年11月29日"),
    ("2023年3月开始运营至今", "2023年3月开始运营到2026年11月29日"),
    ("现在还能申请吗", "现在还能申请吗"),
    ("2022年投用 一直在运营", "2022年投用 一直用到2026年11月"),
    ("2024年4月起租一直在用", "2024年4月起租一直用到2026年11月29日"),
    ("2024年5月开始租的 现在还在用", "2024年5月开始租的 到2026年11月29日"),
    ("2025年3月1号起租 2025年12月31号到期就不续了", "2025年3月1号到2025年12月31号到期就不续了"),
    ("2025年3月开始租 今年1月份就退租了", "2025年3月到2026年1月份退租了"),
    # a part of a year as its month; a start in the perfect with no end runs to today
    # (the verb kept: what was begun is said as well as since when)
    ("2024年初就开始运营了", "2024年1月起运营 一直用到2026年11月29日"),
    ("去年年底已经投入使用了", "2025年12月起投入使用 一直用到2026年11月29日"),
    ("2024年3月就开始运营了 2025年2月关了", "2024年3月就开始运营了 2025年2月关了"),
    ("今年3月才开始运营的", "2026年3月才开始运营的"),
    # a relative year with the calendar year said after it, ending the phrase: that year (AV008)
    # a time counted back is a date, not a length (a use's length alone, "开了13个月", dates nothing: undated
    # matters are judged inside the period, DESIGN's Y13)
    ("两年前租的海外仓", "2024年11月租的海外仓"), ("3个月前开的", "2026年8月开的"), ("半年前认证的", "2026年5月认证的"),
    ("开了13个月", "开了13个月"), ("租了一年到期不租了", "租了一年到期不租了"), ("用满一年", "用满一年"),
    ("都是今年新拿到的 2025年", "都是2025年新拿到的"),
    ("去年拿的证 2024年", "2024年拿的证"),
    ("今年新拿的 2025年还有一个", "2026年新拿的 2025年还有一个"),  # the year starts another phrase
    # a part of the year said loosely, and a month counted back from today (CE005, CE017)
    ("今年开春在越南租的海外仓", "2026年3月在越南租的海外仓"),
    ("我们上个月刚被认定为市级示范企业", "我们2026年10月刚被认定为市级示范企业"),
    ("下个月要去迪拜参加重点展会", "2026年12月要去迪拜参加重点展会"),  # (a month ahead, LX011)
    # one month said with no year: the latest such month up to today, the next one for a matter to come (LW091)
    ("5月份我们参加了重点展会", "2026年5月我们参加了重点展会"), ("3月份要去德国参展", "2027年3月要去德国参展"),
    ("12月份参加的展会", "2025年12月参加的展会"), ("租期12个月", "租期12个月"),
    ("2024年3月租的 5月份开始用", "2024年3月租的 5月份开始用"),
    ("去年底（12月）租了个仓 今年还在用", "2025年12月租了个仓 到2026年11月29日"),  # (LW036)
    ("去年年中开始运营", "2025年6月开始运营"),
    # the year the whole message's matters are said to have happened in (AT007)
    ("今年新拿了CE认证花了6万（都是2025年的事）", "2025年新拿了CE认证花了6万（都是2025年的事）"),
    ("今年新拿了CE认证 以上都是2025年发生的", "2025年新拿了CE认证 以上都是2025年发生的"),
    # a matter happening now or planned, no year said: the as-of month (BC098)
    ("潍坊 现在新租海外仓 800平", "潍坊 2026年11月新租海外仓 800平"),
    ("最近刚租了个仓", "2026年11月刚租了个仓"),
    ("准备在德国建仓", "2026年11月准备在德国建仓"),
    ("这个月刚参加了展会", "2026年11月刚参加了展会"),
    ("目前租了800平", "目前租了800平"),  # a state, not when it began
    ("我们准备明年在德国租", "我们准备2027年在德国租"),
    ("现在租的仓 2023年租的", "现在租的仓 2023年租的"),
    ("2023年3月开业 同年10月就关了", "2023年3月到2023年10月关了"),  # 同年: the year said before
    # a month said alone before the end of the matter: the start's year, where later in it (a reason between)
    ("2025年3月在越南租的仓 8月份业务调整就退租了", "2025年3月在越南租的仓 2025年8月份业务调整就退租了"),
    ("2025年9月租的仓 3月份退租了", "2025年9月租的仓 3月份退租了"),  # (earlier in the year: left as said)
    # the year the message closes on, in brackets, is its 今年 (MC070: 2026 read, an award refused)
    ("今年通过考核的有62人，奖励多少？（2023年）", "2023年通过考核的有62人，奖励多少？（2023年）"),
    # in operation since a year, no end said: to now (LZ038: the months of operation asked)
    ("2023年起正常运营", "2023年起运营 一直用到2026年11月"),
])
def test_resolve_relative(said, read):
    assert resolve_relative(said, TODAY) == read


@pytest.mark.parametrize(("text", "months"), [
    ("2024年3月租到2025年2月底", 12),
    ("2024年3月到2025年2月", 12),
    # a start, the thing's figures, then its use to a month (BD002)
    ("一个是2024年3月在美国新泽西自建的 2000平方米 建设费用300万 一直用到2026年11月", 33),
    ("2025年2月到11月", 10),
    ("2024年5月投用的 到2025年底一直在用", 20),
    ("2024年7月15日起租到2025年7月14日", 12),
    ("2024年7月15日起租到2025年7月13日", 11),
    ("2023年3月开始运营到2026年11月", 45),
    # up to today (a day said): the months begun before the end's, its own only if over (DM128)
    ("2026年1月租到2026年12月1日", 11), ("2025年12月租到2026年11月29日", 11), ("2025年12月起租到2026年12月1日", 12),
    ("2026年1月租到2026年12月31日", 12),
    ("2024年6月至2024年11月", 6),
    ("2024年租了800平", None),
    ("2023年开始运营到2026年11月", 36),
    ("2025年2月起租，用到12月底", 11),
    ("2025年5月到2024年3月", None),
    # a year said whole, of a thing rented or in use (normalised 全年 reads 一年)
    ("2024年全年租金180万", 12),
    ("2024年一年租金180万", 12),
    ("2023年一整年都在运营", 12),
    ("2024年全年交易额3亿", None),
    ("一年租金180万", None),
    ("租金 2025年 一年 150万 元", 12),  # "rent 2025 全年 1.5M RMB" (JM176)
    # closed in the month said, not through it (a lease "租到" that month runs to its end)
    ("2025年3月开的 到2026年2月就关了", 11),
    ("2023年5月开始经营 到2024年4月就关了", 11),
    # a lease given back early in its last month, not run through it (JT026); at the month's end it was
    ("2025年1月租的海外仓 到2025年12月初就退租了", 11),
    ("2025年1月租的 到2025年12月底退租", 12),
    ("2025年3月租到2026年2月", 12),
    ("2024年3月到2025年2月底关了", 12),
    # the lease signed said alone ("2025年1月签的"), the end month without its year (LM006: the time asked)
    ("运城 海外仓租了800平 2025年1月签的 结果11月底就退租了 租金一共70万 能补多少", 11),
    # closed in the month said, a reason between (MA133)
    ("我们在波兰的仓1500平，2023年3月开始运营，2024年2月因为业务调整关掉了", 11),
])
def test_span_months(text, months):
    found = span(resolve_relative(text, TODAY))
    assert (found.months if found else None) == months


@pytest.mark.parametrize(("messages", "months"), [
    (["运城 海外仓 2025年3月开始租 租金一个月6万", "今年1月份就退租了"], 11),
    (["2024年5月投入使用", "还在用"], None),
    (["2025年1月到期了"], None),
    # a start and an end in one message, other figures between; a place between the date and its verb (AW006)
    (["运城 做假发的 2025年3月在尼日利亚租了个800平的仓 租金一年70万 结果生意不行 2025年11月就退租了"], 9),
    # an end month without its year: the start's year, or the next before the start's month (AX005)
    (["运城企业 2025年2月在日本租了个仓 700平 12月初就退租了"], 11),
    (["2025年10月开始租的 租金60万 3月底就退租了"], 6),
])
def test_span_across_messages(messages, months):
    found = span_across([resolve_relative(m, TODAY) for m in messages])
    assert (found.months if found else None) == months


@pytest.mark.parametrize(("messages", "begun"), [
    (["在越南自建的仓 2026年1月开始运营的 现在能申请吗"], date(2026, 1, 1)),
    (["两个自建海外仓，2024年6月都建成投用了"], date(2024, 6, 1)),  # built, then put in use
    (["2025年3月起租 到2025年12月到期"], None),  # an end is given: no open start
    (["去年租的仓"], None),
    # a month it was built in starts it, where no start of use is said (CW071)
    (["秦皇岛企业 今年5月在波兰建的海外仓 3000平 现在能申请那50万吗"], date(2026, 5, 1)),
    (["2025年11月建的仓 2026年2月才投用"], date(2026, 2, 1)),
    # built, said with no 的/了 before the next words (IO084): its use runs from then
    (["秦皇岛 海外仓 1500平 2026年3月才建成 现在能拿50万吗"], date(2026, 3, 1)),
    (["2025年3月建成，面积1200平"], date(2025, 3, 1)),
    (["2025年3月建成投用的仓"], date(2025, 3, 1)),
    (["计划2027年建成10000平的园区"], None),  # a plan, no month said
    # 才 before the place: "25年8月才在越南租下的" (DH004 had been read with no start, as a year's use in 2025)
    (["运城 我们2025年8月才在越南租下的海外仓 600平 年租金60万 用满一年要到今年8月"], date(2025, 8, 1)),
    # completed and put in use ("竣工投用": LZ102, the months of use asked)
    (["德国汉堡自建1500㎡，2024年12月竣工投用，建设费用140万元"], date(2024, 12, 1)),
])
def test_started(messages, begun):
    assert started([resolve_relative(m, TODAY) for m in messages]) == begun


@pytest.mark.parametrize(("messages", "year"), [
    (["园区2022年开始运营"], 2022),
    (["综合服务平台（在六安注册，2022年起运营，提供通关、物流服务）"], 2022),  # CK051
    (["自2023年起投入使用 面积3000平"], 2023),
    (["平台2024年正式运营"], 2024),
    (["有进出口实绩的企业18家 园区2021年开的 实际使用面积3000平"], 2021),  # DC041
    (["2024年使用面积800平"], None),  # a year beside an area: no start
    (["2023年3月起运营"], None),  # a month said: `started` reads it
    (["2022年起运营 2024年12月停用"], None),  # an end said
])
def test_started_in_year(messages, year):
    assert started_in_year(messages) == year


@pytest.mark.parametrize(("messages", "year"), [
    (["能拿2024年度的示范园区奖励吗"], 2024),
    (["申报2025年的示范园区奖励"], 2025),
    (["拿2024年的补贴"], 2024),
    (["2024年度的仓储补贴"], 2024),
    (["2023年度的奖励", "那申请2024年度的认定呢"], 2024),  # the last named
    # the year of a figure or of a matter, not of the award asked for
    (["2024年度交易额500万 能拿多少补贴"], None),
    (["2024年建的仓 能拿多少补贴"], None),
    (["2024年开园 2025年交易 申请奖励"], None),
])
def test_award_year(messages, year):
    assert award_year(messages) == year


@pytest.mark.parametrize(("messages", "month"), [
    (["2023年10月就想申请 能拿50万吗"], date(2023, 10, 1)),
    (["打算2024年3月申报"], date(2024, 3, 1)),
    (["2024年5月申请的时候"], date(2024, 5, 1)),
    (["2023年1月开始运营", "2023年10月去申报"], date(2023, 10, 1)),
    # a month of a matter, not of applying
    (["2023年10月开始运营 能申请吗"], None),
    (["申请2024年度的奖励"], None),
])
def test_applied_on(messages, month):
    assert applied_on(messages) == month


@pytest.mark.parametrize(("text", "said", "read"), [
    # a relative year said before, then defined: the year put right (KR219 had kept 今年 as 2026)
    ("今年是指2023年，最多能拿多少", ["我们机构2026年组织了2期"], "不对 是2023年，最多能拿多少"),
    ("我说的去年是2024年", ["去年租了800平", "2025年租了800平"], "不对 是2024年"),
    # nothing said before in that year: a definition of no earlier word, left as said
    ("今年是指2023年，组织了2期", [], "今年是指2023年，组织了2期"),
    ("今年是2026年", ["2026年组织了2期"], "今年是2026年"),
])
def test_a_relative_year_defined_later_puts_the_year_right(text, said, read):
    assert relative_year_defined(text, date(2026, 11, 29), said) == read


@pytest.mark.parametrize(("text", "words"), [
    ("租期2024年3月1日到2023年2月28日 租金100万", "2024年3月1日到2023年2月28日"),  # the end before the start (LW235)
    ("租期2023年3月1日到2024年2月28日", None),
    # a date moved to another, no period (DG127)
    ("能不能把2026年1月初的一笔订单挪到2025年12月算", None),
])
def test_a_period_ending_before_it_starts_is_found(text, words):
    assert reversed_period(text) == words
