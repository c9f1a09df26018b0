"""Reading one paying sentence of a policy clause into rule-file parts (conditions, formula),
by regular expressions only: what is not read is returned as a todo, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from calculators.model import UNITS

_NUM = r"(\d+(?:\.\d+)?)"


def _num(name: str) -> str:
    return rf"(?P<{name}>\d+(?:\.\d+)?)"


_INCL = r"[（(]\s*含\s*[）)]"
# a threshold: 面积在500平方米以上（含）, 超过500万元（含）, 不少于15班, 满1年, 达300万元（含）以上
_THRESHOLD = re.compile(
    r"(?P<pre>不少于|不低于|超过|达到|达|满|在)?\s*" + _num("value") +
    r"\s*(?P<unit>亿元|万美元|万元|美元|元|平方米|个月|年|天|课时|家|人|班|单|个|%)"
    r"\s*(?P<post>" + _INCL + r"\s*以上|以上\s*" + _INCL + r"|及以上|以上|" + _INCL + r")?")
_CAP = re.compile(r"(?P<word>最高不超过|最多不超过|不超过|不高于|最高|封顶)\s*(?:补助|奖励|补贴|支持)?\s*"
                  + _num("value") + r"\s*(?P<unit>亿元|万元|元)")
_RATE = re.compile(r"(?:按照?|给予)\s*(?P<bound>不高于|不超过)?\s*其?(?P<base>[^，,；;。%]{0,40}?)的?\s*(?:给予)?\s*"
                   + _num("rate") + r"\s*%")
# a rate written before its base: 扶持不超过30%的保费补助
_RATE_OF = re.compile(r"(?P<bound>不超过|不高于)?\s*" + _num("rate")
                      + r"\s*%\s*的\s*(?P<base>[^，,；;。\d%、“”]{1,12}?)\s*(?:补助|补贴|奖励|支持|扶持)")
# 在省级财政不超过70%保费补助的基础上: another level's share, the ground this one stands on, not its figure
# a rate of a fee paid per item: 每个展位费给予60%
_PER_ITEM_FEE = re.compile(r"每个\s*(?P<unit>[\u4e00-\u9fff]{1,4}?)\s*费用?\s*$")
_CONTEXT = re.compile(r"在[^，,；;。]{0,40}?的基础上[，,]?")
_STEP = re.compile(r"每(?:增加)?\s*(?P<step>\d+(?:\.\d+)?)\s*(?P<unit>万美元|美元|万元|元)[^；;。]{0,12}?"
                   r"(?P<bound>不超过|不高于|最高)?\s*(?:人民币)?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<amount_unit>万元|元)")
_PER_UNIT = re.compile(r"(?:每|单个)(?:新招引)?\s*(?:\d+\s*)?(?P<unit>人|班|次|展位|店铺|独立站|个|家)"
                       r"[^，,；;。\d]{0,12}?(?:[^；;。\d]{0,30}?一次性[^，,；;。\d]{0,4})?"
                       r"(?P<bound>不超过|不高于|最高)?\s*" + _num("value") + r"\s*(?P<money_unit>亿元|万元|元)")
_COUNT_LIMIT = re.compile(r"(?:单家企业|单个企业|同一企业|每家企业)[^，,；;。]{0,12}?"
                          r"(?:最多|最高|限)[^，,；;。\d]{0,6}?"
                          + _num("limit") + r"\s*个|限\s*" + _num("limit2") + r"\s*个")
_MONEY = re.compile(r"(?P<bound>最高不超过|不超过|不高于|最高)?\s*" + _num("value") + r"\s*(?P<unit>亿元|万元|元)")
_TIERS = re.compile(r"分别给予[^，,；;。\d]{0,12}?(?P<bound>最高|不超过)?\s*(?P<amounts>\d+(?:\.\d+)?\s*万元"
                    r"(?:\s*[、,，]\s*\d+(?:\.\d+)?\s*万元)+)")
_TIER_AMOUNT = re.compile(_NUM + r"\s*万元")
_TIER_FIGURE = r"\d+(?:\.\d+)?\s*(?:万美元|万元|亿元)"
_TIER_THRESHOLDS = re.compile(r"超过\s*(?P<list>" + _TIER_FIGURE + r"(?:\s*、\s*" + _TIER_FIGURE + r")+)")
_TIER_MONEY = re.compile(_NUM + r"\s*(万美元|万元|亿元)")
_RANK = re.compile(r"前(?P<n>[一二三四五]|\d)(?:位|名)")
_LEVEL = r"(?:国家级?|省级|市级|县级|区级)"
_LEVELS = re.compile(r"(?P<list>" + _LEVEL + r"(?:、" + _LEVEL + r")+)")
_PAYS = re.compile(r"给予|奖励|补助|补贴|扶持|支持|奖补")
# no figure to compute: 一事一议, 给予补助 with no amount, 具体数额由…审核 (another body sets the sum)
_NO_FIGURE = re.compile(r"一事一议|给予[^，,；;。\d]{0,8}(?:支持|补助|奖励|补贴|扶持)"
                        r"|具体(?:数额|金额|标准)(?:由|另行)")
# the applicant a cap is counted for: 每家企业, 单个院校, 同一平台（项目）, 单个培训机构
_SCOPE = re.compile(r"(?:每|单|同一)(?:家|个)?[^，,；;。\d]{0,4}?(?:企业|院校|机构|平台|项目|单位)")
_ONE_OFF = re.compile(r"一次性[^，,；;。\d]{0,6}?(?:奖励|补助|补贴|支持|扶持)")
_YEARLY = re.compile(r"每年|年最高|年度")
_EXTRA = re.compile(r"再增加|(?<!每)增加\s*\d|额外|另行")
_QUALIFIES = re.compile(r"\s*(?:人民币)?的[\u4e00-\u9fff]{1,6}?\s*\d")
_OR_GAP = re.compile(r"^(?:[^，,；;。]*或|[，,]\s*或)")
_SUBJECT_STOP = re.compile(r"[，,、；;。：:（(）)对且和或的]")
_SMALL_NUMERALS = {ch: i for i, ch in enumerate("一二三四五六七八九", start=1)}
_UNIT_ALIASES = {"个月": "月"}

Todo = tuple[str, str]  # (reason key in prompts/calculators.yaml draft.todo, sentence)


@dataclass
class Threshold:
    """A figure an applicant must reach: `op` as the law reads 以上 (includes) and 超过 (excludes)."""

    op: str
    value: Decimal
    unit: str
    subject: str
    fragment: str
    start: int = 0
    end: int = 0
    group: int | None = None  # thresholds of one group are alternatives (any_of) by `alt`
    alt: int = 0


@dataclass
class Reading:
    """What one sentence says about money, in rule-file terms (inputs still unnamed)."""

    kind: str  # rate | fixed | per_unit | step | tiers | rank | no_figure
    thresholds: list[Threshold] = field(default_factory=list)
    rate: Decimal | None = None
    base: str = ""
    amount: tuple[Decimal, str] | None = None
    step: tuple[Decimal, str] | None = None
    unit_word: str = ""
    caps: list[tuple[Decimal, str, str]] = field(default_factory=list)  # value, unit, fragment
    unit_caps: list[tuple[Decimal, str, str]] = field(default_factory=list)  # caps on each unit's amount
    count_limits: list[Decimal] = field(default_factory=list)
    upper_bound: str = ""
    tiers: list[tuple[Decimal, str]] = field(default_factory=list)
    tier_when: list[tuple[Decimal, str]] = field(default_factory=list)  # money thresholds 超过A、B、C
    tier_labels: list[str] = field(default_factory=list)
    one_off: str = ""
    yearly: bool = False
    # 单个独立站15万元, 每次给予10万元: paid for one item or occasion, so one is counted when none is said
    one_each: bool = False
    # 签订1年以上劳动合同的 (培训人员), paid 每人: which persons count, said of them and not of the applicant
    unit_qualifier: str = ""
    todos: list[Todo] = field(default_factory=list)


def sentences(clause_text: str) -> list[str]:
    """A clause's sentences: split at 。 and ； (and a full stop not inside a number)."""
    body = re.sub(r"[（(](?:牵头单位|责任单位|配合单位)[^）)]*[）)]", "", clause_text)
    parts = re.split(r"(?<=[。；;！])|(?<=[．.])(?!\d)", body)
    return [p.strip() for p in parts if p.strip()]


def _decimal(raw: str) -> Decimal:
    return Decimal(raw)


def _subject(sentence: str, start: int) -> str:
    head = re.sub(r"[（(][^（()）]*[）)]", "", sentence[:start])
    head = re.search(r".{0,16}$", re.sub(r"^[^（()）]*[）)]", "", head)).group(0)
    pieces = _SUBJECT_STOP.split(head)
    return (pieces[-1] if pieces else "").strip() or head.strip()


def thresholds(sentence: str, skip: list[tuple[int, int]]) -> list[Threshold]:
    """The thresholds of a sentence, outside the spans already read as something else; those joined
    by 或 form one group of alternatives (且 without a comma keeps a threshold in its alternative)."""
    found: list[Threshold] = []
    qualifier_from: int | None = None
    for m in _THRESHOLD.finditer(sentence):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if any(a <= m.start("value") < b for a, b in skip):
            continue
        if not post and pre in ("", "在"):
            continue
        unit = _UNIT_ALIASES.get(m.group("unit"), m.group("unit"))
        if unit not in UNITS:
            continue
        if _QUALIFIES.match(sentence, m.end()):  # 达1亿元人民币的企业3家: picks which are counted next
            qualifier_from = m.start()
            continue
        includes = (bool(post) and (pre != "超过" or "含" in post)) or pre in ("不少于", "不低于", "达到", "达", "满")
        op = ">=" if includes else ">"
        if qualifier_from is not None:
            subject, start = sentence[qualifier_from:m.start()].strip(), qualifier_from
            qualifier_from = None
        else:
            subject = _subject(sentence, m.start())
            start = max(0, m.start() - len(subject) - 1)
        fragment = sentence[start:m.end()].lstrip("，,、；; 或")
        t = Threshold(op, _decimal(m.group("value")), unit, subject, fragment, m.start(), m.end())
        if found:
            _chain(found[-1], t, sentence[found[-1].end:t.start])
        found.append(t)
    return found


def _chain(before: Threshold, t: Threshold, gap: str) -> None:
    """超过15家或达…3家及以上; 超过500万元（含），或…超过300万元（含）且…超过100单（含）."""
    if _OR_GAP.match(gap):
        if before.group is None:
            before.group = before.start
        t.group, t.alt = before.group, before.alt + 1
    elif before.group is not None and not re.search(r"[，,；;。]", gap):
        t.group, t.alt = before.group, before.alt


def read_sentence(sentence: str) -> Reading | None:
    """The money a sentence pays, or None when it pays nothing."""
    if not _PAYS.search(sentence):
        return None
    sentence = _CONTEXT.sub("", sentence)
    spans: list[tuple[int, int]] = []
    # a base named after the rate (给予20%的合作费用补助) wins over an empty one named before it
    rates = ([m for m in _RATE.finditer(sentence) if m.group("base").strip(" 的")]
             or list(_RATE_OF.finditer(sentence)) or list(_RATE.finditer(sentence)))
    pct_rates = [m for m in re.finditer(_NUM + r"\s*%(?!\s*以上)", sentence)]
    caps = list(_CAP.finditer(sentence))
    limits = list(_COUNT_LIMIT.finditer(sentence))
    reading: Reading | None = None
    if (tiers := _TIERS.search(sentence)):
        reading = _tiers(sentence, tiers, spans)
    elif (step := _STEP.search(sentence)):
        reading = Reading("step", step=(_decimal(step.group("step")), step.group("unit")),
                          amount=(_decimal(step.group("amount")), step.group("amount_unit")),
                          upper_bound=step.group("bound") or "")
        spans.append(step.span())
    elif rates:
        if len(pct_rates) > 1:
            return Reading("todo", todos=[("rates", sentence)])
        m = rates[0]
        reading = Reading("rate", rate=_decimal(m.group("rate")), base=m.group("base").strip(" 的"),
                          upper_bound=m.group("bound") or "")
        spans.append(m.span())
        if (item := _PER_ITEM_FEE.search(re.split(r"[，,；;]", sentence[:m.start()])[-1])):
            reading.kind, reading.unit_word = "per_unit", item.group("unit")
            reading.base = reading.base or item.group(0).removeprefix("每个").strip()
    elif len({m.group("value") for m in _PER_UNIT.finditer(sentence) if not _is_cap_scope(m)}) > 1:
        return Reading("todo", todos=[("tiers", sentence)])
    elif (per := _PER_UNIT.search(sentence)) and not _is_cap_scope(per):
        reading = Reading("per_unit", unit_word=per.group("unit"),
                          amount=(_decimal(per.group("value")), per.group("money_unit")),
                          upper_bound=per.group("bound") or "",
                          one_each=per.group(0).startswith("单个") or per.group("unit") == "次")
        spans.append(per.span())
    else:
        money = [m for m in _MONEY.finditer(sentence) if not _after_threshold_word(sentence, m.start("value"))]
        fixed = [m for m in money
                 if (not any(c.start() <= m.start("value") < c.end() for c in caps) or m.group("bound"))
                 and not _applicant_cap(sentence, m)]
        if len(fixed) == 1 and not pct_rates:
            m = fixed[0]
            reading = Reading("fixed", amount=(_decimal(m.group("value")), m.group("unit")),
                              upper_bound=m.group("bound") or "")
            spans.append(m.span())
            caps = [c for c in caps if c.span() != m.span() and not (c.start() <= m.start("value") < c.end())]
        elif not money and _NO_FIGURE.search(sentence):
            reading = Reading("no_figure")
        elif not money and not pct_rates:
            return None
        elif caps and len(caps) == len(money) and not pct_rates:
            if not _NO_FIGURE.search(sentence):  # 同一企业此条政策年最高补助20万元: the whole clause's cap
                return Reading("todo", todos=[("clause_cap", sentence)])
            reading = Reading("no_figure")
        else:
            return Reading("todo", todos=[("unread", sentence)])
    assert reading is not None
    for c in caps:
        if any(a <= c.start("value") < b for a, b in spans):
            continue
        said = re.split(r"[，,；;、]", sentence[:c.start("value")])[-1].strip()  # 单个企业单一海外仓补助金额不超过
        cap = (_decimal(c.group("value")), c.group("unit"), said or c.group("word"))
        # a rate per item: a cap not counted for the applicant (单家企业…) is the item's own
        per_item = reading.kind == "per_unit" and reading.rate is not None and not _SCOPE.search(
            re.split(r"[，,；;]", sentence[:c.start("value")])[-1])
        (reading.unit_caps if per_item else reading.caps).append(cap)
        spans.append(c.span())
    for lim in limits:
        value = lim.group("limit") or lim.group("limit2")
        reading.count_limits.append(_decimal(value))
        spans.append(lim.span())
    reading.thresholds = thresholds(sentence, spans)
    if reading.kind == "per_unit" and reading.unit_word == "人":
        _persons_counted(reading, sentence)
    if (once := _ONE_OFF.search(sentence)):
        reading.one_off = once.group(0)
    reading.yearly = bool(_YEARLY.search(sentence))
    if _EXTRA.search(sentence):
        reading.todos.append(("extra", sentence))
    if re.search(r"单个平台最多|同一平台", sentence) and reading.kind == "per_unit":
        reading.todos.append(("per_group", sentence))
    return reading


def _is_cap_scope(m: re.Match[str]) -> bool:
    """单个院校补助最高10万元, 每家企业每年补助不超过30万元: a cap on the applicant, not a unit amount."""
    if m.group("unit") == "家" and m.group("bound"):
        return True
    return bool(re.search(r"单个(?:企业|院校|平台|机构)|最高|不超过", m.group(0))) and not m.group(0).startswith("每")


def _applicant_cap(sentence: str, m: re.Match[str]) -> bool:
    """每家企业每年补助不超过30万元: a bound on what one applicant gets, not an award of its own."""
    segment = re.split(r"[，,；;]", sentence[:m.start("value")])[-1]
    return bool(m.group("bound")) and bool(_SCOPE.search(segment)) and "给予" not in segment


def _after_threshold_word(sentence: str, pos: int) -> bool:
    before = sentence[:pos]
    after = sentence[pos:]
    return (bool(re.search(r"(?<!不)超过$|达到?$|不少于$|不低于$|满$", before))
            or bool(re.match(r"[\d.\s]*(?:亿元|万美元|万元|美元|元)\s*(?:[（(]含[）)])?\s*(?:及?以上)", after)))


def _persons_counted(reading: Reading, sentence: str) -> None:
    """培训人员与企业签订1年以上劳动合同的院校，按每人400元: a threshold on the persons paid for
    qualifies the count (who is counted), it is no gate on the applicant."""
    for t in list(reading.thresholds):
        if t.group is None and "人" in t.subject:
            end = sentence.find("的", t.end)
            if end < 0 or re.search(r"[，,；;。]", sentence[t.end:end]):
                continue
            reading.unit_qualifier = sentence[t.start - len(t.subject):end]
            reading.thresholds.remove(t)
            return


def merge_levels(before: Reading, said_before: str, reading: Reading) -> Reading | None:
    """认定为市级…的，给予10万元。对国家、省级…分别给予20万元、15万元: one award by level, the
    earlier sentence's single level joining the later one's tiers; None when they are not that."""
    if (reading.kind != "tiers" or not reading.tier_labels or before.kind != "fixed" or not before.amount
            or before.thresholds or before.upper_bound != reading.upper_bound):
        return None
    levels = {m.group(0) for m in re.finditer(_LEVEL, said_before)}
    if len(levels) != 1 or (level := levels.pop()) in reading.tier_labels:
        return None
    return replace(reading, tier_labels=[*reading.tier_labels, level], tiers=[*reading.tiers, before.amount],
                   one_off=reading.one_off or before.one_off, todos=[])


def _rank_size(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_NUMERALS.get(word, 0)


def _tiers(sentence: str, m: re.Match[str], spans: list[tuple[int, int]]) -> Reading:
    amounts = [(_decimal(a.group(1)), "万元") for a in _TIER_AMOUNT.finditer(m.group("amounts"))]
    reading = Reading("tiers", tiers=amounts, upper_bound=m.group("bound") or "")
    spans.append(m.span())
    head = sentence[:m.start()]
    when = _TIER_THRESHOLDS.search(head)
    rank = _RANK.search(head)
    levels = [lv for lv in _LEVELS.finditer(head) if len(lv.group("list").split("、")) == len(amounts)]
    if when and len(_TIER_MONEY.findall(when.group("list"))) == len(amounts):
        reading.tier_when = [(_decimal(v), u) for v, u in _TIER_MONEY.findall(when.group("list"))]
        spans.append(when.span())
    elif rank and _rank_size(rank.group("n")) == len(amounts):
        reading.kind = "rank"
        spans.append(rank.span())
    elif levels:
        reading.tier_labels = [w.removeprefix("对") for w in levels[-1].group("list").split("、")]
    else:
        reading.kind = "todo"
        reading.todos.append(("tiers", sentence))
    return reading
