"""Several items of one per-item measure in one question (店铺 on platforms, 独立站).

"亚马逊开了个B2C店，年交易额350万、订单500单，阿里巴巴国际站还有个B2B店，年交易额800万" is two
stores, each with its own facts. The text is cut at commas; a part naming a platform (or a
store / site) starts a new group of items, later parts add facts to it, and parts saying
都/均/每个 give their facts to every group. Facts are read by the same extractor as always,
restricted to the measure's per-item inputs; calculators decide what each item is worth.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from assistant.facts import as_passed, part_denied, shared_over_units, without_item_counts, without_set_aside
from assistant.figures import Competing, Difference, Since, uncontested
from assistant.intent import lexicon, specific_keywords
from assistant.patterns import literal
from assistant.places import county_names
from assistant.timeline import A_YEAR, STOPPED, months_since, started, started_in_year
from assistant.understanding import extract_facts, figures_in, quantity_value
from calculators import Measure, RuleBook
from calculators.items import OWN_GROUP_KEY
from calculators.quantity import AtLeast, Below, Period, parse_number, parse_quantities
from prompts import message

_PARTS = re.compile(r"[，,；;。！？!?：:]|\s+")  # chat fragments are separated by spaces
_SHARED = re.compile(r"都|均|每个|每家|各个|全部|各(?=\s*[\d一二两三四五六七八九十])")  # "各1个展位": each item's
_FIGURED = re.compile(r"\d|[上过破]千|[上过破]万|几千|几万|[一二两三四五六七八九十百千]+[万千百]")
_QUESTION = re.compile(r"吗|多少|能否|能不能|可以拿|能拿|能奖|奖励几|补几|[?？]")
_TOPIC_ONLY = re.compile(r"奖励|补贴|补助|奖补|政策|扶持|怎么|如何|店开全球")  # the measure named, no store
# "在5个不同平台", "都在不同平台", "分属不同平台": stores on platforms of their own, though not named
_PLATFORM_WORD = r"(?:第三方)?(?:跨境)?(?:电商)?(?:B2[BC])?平台"  # "平台", "跨境电商平台", "第三方B2C平台"
_DISTINCT = re.compile(rf"不同(?:的)?{_PLATFORM_WORD}|平台(?:都|各)?不(?:一样|相同|同)|不在同一(?:个)?平台"
                       r"|各在一个平台"
                       # "5个平台各开了一个店": one store on each platform, so each on its own
                       rf"|\d\s*个\s*{_PLATFORM_WORD}\s*(?:上)?各(?:开|有|开设)?了?\s*(?:一|1)\s*个\s*(?:店铺|店)")
# "在同一个平台上开了3个店", "3个店都在同一平台", "都开在一个平台上": the stores share one platform, though not named
_SAME_PLATFORM = re.compile(rf"同一(?:个|家)?\s*{_PLATFORM_WORD}|(?:都|全)(?:在|是|开在)(?:一个|同一个?)平台")
_ALL_ON = re.compile(r"(?:都|全|全部|全都)(?:是|在|开在|开的)")
# "B2B的3个", "B2C店2个": a count of stores of one kind, after the stores were announced
_KIND_COUNT = re.compile(r"^(B2B|B2C)(?:的|店铺?|平台(?:的|上)?)?\s*(?:有|开了?)?\s*([两二三四五六七八九十\d]+)\s*个",
                         re.IGNORECASE)
_EACH = re.compile(r"各(?:开|有|建)?了?(?:一|1)个")
# (not an ordinal: "第二个独立站" is one more, KH076)
_COUNT = re.compile(r"(?<![第\d])([两二三四五六七八九十\d]+)\s*个(?:[^，,。；;]{0,8}?)(店铺|店|独立站|网站)")
# "新建独立站两个": the count after its noun
_COUNT_AFTER = re.compile(r"(店铺|独立站|网站)\s*(?:共|有|一共)?\s*([两二三四五六七八九十\d]+)\s*个")
_GENERIC_CHOICE_WORDS = {"b2b", "b2c"}
_WORDS = {"店铺": ("店", "店铺", "开店"), "独立站": ("独立站", "自建站", "官网")}
def platforms_apart(text: str) -> bool:
    """Whether the text says the stores are on platforms of their own ("不同平台", "平台都不一样")."""
    return bool(_DISTINCT.search(text))


def item_words(item: str) -> tuple[str, ...]:
    """The words an item of a per-item measure is called by ("店铺": 店, 店铺, 开店), the item's own name otherwise."""
    return _WORDS.get(item, (item,))


# (not a letter of another kind's item: "店铺A 420万、…店铺B 350万" beside a site — MC003, read as two sites)
_BARE_LETTER = re.compile(r"(?<![A-Za-z\d铺店仓展台司厂校])([A-D])\s+(?=\d)")
_LETTER_OPENS = re.compile(r"\s*[A-D](?:独立站|自建站|站)")
_LETTER_AFTER = re.compile(r"(?<![A-Za-z\u4e00-\u9fff])(独立站|自建站|站|店铺|店)\s*([A-D])(?![A-Za-z\d])")
_LETTERED_ITEM = re.compile(r"(?:^|(?<=\s))[A-D](?:独立站|自建站|站)(?=\s*\d)")


@dataclass
class _Group:
    name: str | None
    count: int
    text: list[str] = field(default_factory=list)


def _platforms(spec) -> list[str]:
    names = [str(s) for c in spec.choices for s in c.synonyms if str(s).lower() not in _GENERIC_CHOICE_WORDS]
    return sorted(set(names), key=lambda n: (-len(n), n))  # longest first; ties in a fixed order


def platforms_named(text: str, measure: Measure, rulebook: RuleBook) -> list[str]:
    """The platforms the text names for a measure paid per store and grouped by platform (亚马逊, 速卖通…), each
    once."""
    spec = measure.per_item
    group_spec = next((rulebook.inputs[n] for n in measure.inputs if spec is not None and spec.group_by == "platform"
                       and n in rulebook.inputs and rulebook.inputs[n].kind == "choice"), None)
    return list(dict.fromkeys(_found_platforms(text, _platforms(group_spec)))) if group_spec else []


_EACH_LIST = re.compile(r"([^，,。；;：:]*?)各(?:开|有|建|开设)?了?(?:一|1)个")
_LIST_LEAD = re.compile(r"^.*?(?:在|于|入驻了?|开在)")


def _listed(part: str, found: list[str]) -> list[str]:
    """"在阿里国际站、环球资源、敦煌网各开了一个店": the names listed before 各…一个, known
    platforms by their rule-file name, others as written; [] unless they outnumber those found."""
    match = _EACH_LIST.search(part)
    if match is None:
        return []
    listed = [w.strip() for w in re.split(r"[、和及与跟/]", _LIST_LEAD.sub("", match.group(1))) if w.strip()]
    if len(listed) <= max(1, len(found)):
        return []
    return [next((f for f in found if f.lower() in w.lower()), w) for w in listed]


_SPACED_FIGURES = re.compile(r"(分别(?:是|为|有|达到?)?\s*)(\d[\d.]*(?:万|亿)?(?:元|美元)?"
                             r"(?:\s+\d[\d.]*(?:万|亿)?(?:元|美元)?)+)(?![\d.])")


def _spaced_lists(text: str, names: list[str]) -> str:
    """Chat lists cut by spaces read as lists: "亚马逊 速卖通 Temu 阿里国际站 各一个店" ->
    "亚马逊、速卖通、Temu、阿里国际站各一个店", "交易额分别420万 350万" -> "交易额分别420万、350万"."""
    if names:
        platform = "|".join(re.escape(n) for n in names)
        run = re.compile(rf"(?:{platform})(?:\s+(?:{platform}))+(?=\s*各)", re.IGNORECASE)
        text = run.sub(lambda m: re.sub(r"\s+", "、", m.group(0)), text)
        text = re.sub(r"(?<=[^\s])\s+(?=各(?:开|有|建|开设)?了?(?:一|1)个)", "", text)
        # "亚马逊 ebay 沃尔玛 Temu 四个B2C店": as many stores as platforms listed, one on each (KH032)
        counted = re.compile(rf"((?:{platform})(?:\s*[、,，和及/]?\s*(?:{platform}))+)\s*"
                             r"([两二三四五六七八九十\d]+)\s*个\s*((?:B2[BC]|[^，,。；;\d\s各个台]){0,6}?)(店铺|店)",
                             re.IGNORECASE)

        def one_each(m: re.Match[str]) -> str:
            listed = re.findall(platform, m.group(1), flags=re.IGNORECASE)
            if parse_number(m.group(2)) != len(listed):
                return m.group(0)
            return f"{'、'.join(listed)}各一个{m.group(3)}{m.group(4)}"
        text = counted.sub(one_each, text)
    return _SPACED_FIGURES.sub(lambda m: m.group(1) + re.sub(r"\s+", "、", m.group(2).strip()), text)


def _found_platforms(part: str, names: list[str]) -> list[str]:
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name in names:  # longest first: 阿里巴巴国际站 before 国际站
        for match in literal(name, re.IGNORECASE).finditer(part):  # "shopee", "ebay" as typed
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            hits.append((match.start(), match.group(0)))  # the name as the user wrote it (Temu, not TEMU)
    return [name for _, name in sorted(hits)]


_LIST_INTRO = re.compile(r"[两二三四五六七八九十\d]+\s*个\s*(?:店铺|店|独立站|网站)\s*[：:]")


# "在5个不同平台各开了1个店": as many stores as platforms
_EACH_PLATFORM_ONE = re.compile(rf"((?:[两二三四五六七八九十\d]+)\s*个\s*(?:不同的?)?\s*{_PLATFORM_WORD})\s*[，,]?\s*"
                                r"每(?:个|一个|家)?平台(?:上)?(?:都|各)?(?:开|有|开设)?了?\s*(?:一|1)\s*个\s*(?:店铺|店)")
_PLATFORMS_EACH = re.compile(rf"([两二三四五六七八九十\d]+)\s*个\s*(?:不同的?)?\s*{_PLATFORM_WORD}\s*(?:上)?\s*"
                             r"各(?:开|有|开设)?了?\s*(?:一|1)\s*个\s*(店铺|店)")


# "还有第二个独立站", "另一个独立站": one more item, after one told
_SECOND_OF = re.compile(r"第[二2]个?|另(?:外)?一个")


def _count(part: str, item: str) -> int | None:
    found = [(m.group(1), m.group(2)) for m in _PLATFORMS_EACH.finditer(part)]
    found += [(m.group(1), m.group(2)) for m in _COUNT.finditer(part)]
    found += [(m.group(2), m.group(1)) for m in _COUNT_AFTER.finditer(part)]
    for number, noun in found:
        if noun in _WORDS.get(item, ()) or item.startswith(noun):
            value = parse_number(number)
            if value is not None and 0 < value < 1000:
                return int(value)
    return None


# "店2", "2号店", "二店", "B店", "第二个店": a store told by its number or letter
_ORDINAL_STORE = re.compile(r"^(?:店(?:铺)?\s*(?:[2-9]|[二两三四五]|[B-Eb-e])(?![\d.万千])"
                            r"|(?:[2-9]|[二三四五])号店|[二三四五B-E]店|第[二三四五2-5]个?(?:店铺|店))")
# "亚马逊一个店卖了420万，另一个店360万" where 亚马逊 was said to have two: the platform's other store
_OTHER_STORE = re.compile(r"^另(?:外)?一(?:个|家)(?:店铺|店)")
_BRACKETED = re.compile(r"[（(]([^（）()]{2,60})[）)]")
_BRACKETED_FIGURES = re.compile(r"[（(][^（）()]{0,30}\d[^（）()]{0,30}[）)]")
def _of_another_kind(part: str, text: str, mine: tuple[str, ...], others: list[str]) -> bool:
    """Whether the words an item's article starts (to the next comma: the message it was told in) name another kind
    of item ("还有一个阿里国际站B2B店 做了600万", "一个是运城企业 2025年 阿里国际站店铺交易额700万" beside a site)."""
    at = text.find(part)
    end = re.search(r"[，,。；;]", text[at + len(part):]) if at >= 0 else None
    said = text[at:at + len(part) + end.start()] if end else text[at:] if at >= 0 else part
    return any(w in said for ws in _WORDS.values() if ws != mine for w in (*ws, *others)) or bool(
        re.search(r"平台|B2[BC]|国际站|亚马逊|速卖通|eBay|Shopee", said, re.IGNORECASE))


# "一个是…", "我们还有一个新建的…", "另一个…": one of the items of the kind the message named, told by its article
# ("2025年又新建一个 当年400万", "今年再建了一个": one more made, dated — RB238)
_ONE_OF_KIND = re.compile(r"^\W*(?:(?:19|20)\d{2}\s*年)?(?:我们|另外)?"
                          r"(?:还有|另有|又有|又建了|还建了|又新建了?|再新建了?|再建了?|又开了?|再开了?)?(?:一个|另一个|另外一个)(?:是|也是)?(?![店站])")
# a store at home (国内店, 拼多多, 淘宝): no store on a cross-border platform
_DOMESTIC_STORE = re.compile(r"国内(?:的)?(?:店|网店|平台|电商)|拼多多|淘宝|天猫(?!国际)|京东(?!国际)|抖店|快手小店")
_ASIDE = re.compile(r"[（(][^（）()\d]{0,8}?[都全均][^（）()\d]{0,8}[）)]"
                    # "（B2B两个 B2C三个 都超过门槛 单量也够）": the kinds of the items counted, said all to meet it
                    r"|[（(](?:[^（）()\d]|B2[BC]){0,30}?[都全均](?:[^（）()\d]|B2[BC]){0,30}[）)]", re.IGNORECASE)


_TOTAL_SAID = re.compile(r"一共|总共|合计|共计|加起来|总计|总额|全年总|共(?:卖|做|实现|完成)")
# "亚马逊 eBay 速卖通 Wish 四个平台各一个店": platforms counted, each with its stores — not the last one's stores
_PLATFORMS_COUNTED = re.compile(rf"[两二三四五六七八九十\d]+\s*个\s*(?:不同的?)?{_PLATFORM_WORD}")


# "各2个展位", "每个展2个展位": units said of each item
_UNITS_OF_EACH = re.compile(r"(?:各|每个?[^\d，,。；;]{0,3}?)\s*[\d一二两三四五六七八九十]+\s*个")
# "一共两个独立站 另一个": two in all, the one told before and the other
_TWO_THEN_OTHER = re.compile(r"(?:一共|总共|共)?\s*(?:两|2)\s*个\s*(独立站|店铺|店)\s*[，,\s]*另(?:外)?一个")
# a store or a platform's marketplace said: "站" is then no independent site
_MARKETPLACE_SAID = re.compile(r"店|平台|亚马逊|速卖通|国际站|美国站|欧洲站|日本站|英国站|德国站|[A-Za-z]{3,}")
# "两个站", "2个站": sites counted by the bare noun (not 站点, 国际站, 美国站: a platform's marketplaces)
_SITES_COUNTED = re.compile(r"(?<![\d.])([两二三四五2-5])\s*个站(?!点)")


def _several_on(text: str, platform: str) -> bool:
    """Whether the text says the platform has several of the enterprise's stores ("亚马逊开了两个店")."""
    return re.search(re.escape(platform) + r"[^，,。；;]{0,6}?[两二三四五2-5]\s*个\s*(?:店铺|店)", text,
                     flags=re.IGNORECASE) is not None


# "B2B平台刚好500万", "B2C的店 300万": a part opened by a platform's kind
# ("2025年B2B店刚好500万": the year before the kind — RB052)
_KIND_OPENS = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:入驻的?|在|做)?(B2[BC])(?:平台|店铺?|的店?)?",
                         re.IGNORECASE)


def _kinds_apart(text: str, names: list[str]) -> bool:
    """Whether, with no platform named, one part opens with each kind of platform (B2B, B2C) and the text holds
    money figures for both: two stores, necessarily on two platforms."""
    if not names or _found_platforms(text, names):
        return False
    opened = [m.group(1).upper() for p in _PARTS.split(text) if (m := _KIND_OPENS.match(p.strip()))]
    return sorted(opened) == ["B2B", "B2C"] and len(_money([text])) >= 2


def parse_items(text: str, measure: Measure, rulebook: RuleBook, other_items: tuple[str, ...] = ()
                ) -> list[dict[str, Any]]:
    """One dict per item (its facts, and `group` = its platform when one is named); [] when
    the text describes no separate items."""
    spec = measure.per_item
    if spec is None:
        return []
    item_inputs = [n for n in measure.inputs if n != spec.count_input]
    group_spec = next((rulebook.inputs[n] for n in item_inputs if rulebook.inputs[n].kind == "choice"
                       and spec.group_by == "platform"), None)
    names = _platforms(group_spec) if group_spec else []
    mine = _WORDS.get(spec.item, (spec.item,))
    others = [w for item in other_items for w in _WORDS.get(item, (item,))]
    groups: list[_Group] = []
    current: list[_Group] = []
    shared: list[str] = []
    by_kind: dict[int, tuple[_Group, list[_Group]]] = {}
    of_other = False  # the words last started another kind of item ("另外新建了2个独立站")
    loose: list[str] = []  # parts with figures told before any item was named
    bare_after_other = ""  # this kind's bare noun said after another kind's items ("…350万 1200单 独立站 后台…")
    if names:  # "亚马逊开了两个店：A店…，B店…": a platform's own stores, then each
        platform = "|".join(re.escape(n) for n in names)
        text = re.sub(rf"((?:{platform})[^，,。；;：:]{{0,6}}?[两二三四五六七八九十\d]+\s*个\s*(?:店铺|店))\s*[：:]",
                      r"\1 ", text, flags=re.IGNORECASE)
    # "五个平台各一个店都达标了（亚马逊 eBay 速卖通…）": platforms listed in brackets are the list itself
    text = _BRACKETED.sub(lambda m: f" {m.group(1)} " if len(_found_platforms(m.group(1), names)) >= 2
                          else m.group(0), text)
    text = _ASIDE.sub(" ", without_set_aside(text))  # "只有95单(都是大货)": an aside about one item
    text = _LETTER_AFTER.sub(r"\2\1", text)  # "站A 380万 站B 260万": the letter after its noun, as "A站" (MF031)
    if not names and spec.item == "独立站" and not _MARKETPLACE_SAID.search(text):
        # "新建了两个站": sites counted by the bare noun, no platform or store said (MI221; not "亚马逊美国站…欧洲站…
        # 两个站能各奖10万吗", a platform's marketplaces — HW326)
        text = _SITES_COUNTED.sub(r"\1个独立站", text)
    found = _TWO_THEN_OTHER.search(text)
    if found is not None and _money([text[:found.start()]]):
        # "2024年后台交易380万", then "一共两个站 另一个 250万": the one told before and the other — one more
        text = f"{text[:found.start()]}第二个{found.group(1)} {text[found.end():]}"
    if len(_BARE_LETTER.findall(text)) >= 2 and any(w in text for w in mine):
        # "三个独立站…A 500万 B 320万 C 200万": each item by its letter, said as "A独立站"
        text = _BARE_LETTER.sub(lambda m: f"{m.group(1)}{mine[0]}", text)
    text = _EACH_PLATFORM_ONE.sub(r"\1各开了一个店", text)  # "5个B2B平台 每个平台开了一个店": 5 stores
    text = _LIST_INTRO.sub("以下店铺 ", text)  # "两个店：Shopee一个…；Temu一个…": the total, then each
    text = _spaced_lists(text, names)
    if names:  # "亚马逊A店420万 3000单、亚马逊B店380万": a store's figures end where the next platform starts
        platform = "|".join(re.escape(n) for n in names)
        text = re.sub(rf"(?<=[\d万单元）)])\s*、\s*(?=(?:{platform}))", "，", text, flags=re.IGNORECASE)
    # ("A站500万 B站320万 C站200万": every item by its letter, each figure right after it — not "A站后台…500万")
    kinds_apart = _kinds_apart(text, names)
    letter_parts = [p for p in _PARTS.split(text) if _LETTER_OPENS.match(p)]
    all_lettered = len(letter_parts) >= 2 and all(_LETTERED_ITEM.match(p) for p in letter_parts)
    for part in (p.strip() for p in _PARTS.split(text)):
        if not part:
            continue
        platforms = _found_platforms(part, names)
        platforms = (_listed(part, platforms) or platforms) if names else platforms
        opened = _KIND_OPENS.match(part) if kinds_apart else None
        if opened:  # "B2B平台500万 B2C平台300万 100单": a store on a platform of each kind, the kind its name
            platforms = [f"{opened.group(1).upper()}平台"]
        if not platforms and _DOMESTIC_STORE.search(part):
            current = []  # "另外在拼多多国内店卖了1000万": a store at home, no store abroad's, nor its figures
            of_other = True
            continue
        # ("运城 独立站奖励…一个是2025年后台交易额350万，我们还有一个新建的…": the kind named, then each told by 一个)
        by_article = (not names and any(w in text for w in mine) and bool(_ONE_OF_KIND.match(part))
                      and not re.search(r"[两二三四五六2-6]\s*个", text)  # (not those of a count: "两个站 一个…")
                      and not _of_another_kind(part, text, mine, others))
        # ("三个独立站…A独立站500万 …不是新建 B独立站320万": each told by its letter, its words its own)
        lettered = (spec.group_by != "platform" and _LETTERED_ITEM.match(part) is not None and all_lettered)
        starts_mine = bool(platforms) or any(w in part for w in mine) or by_article or lettered
        if lettered:
            current = [_Group(part[0], 1, [part])]
            groups += current
            continue
        starts_other = any(w in part for w in others) and not platforms
        if starts_other and not any(w in part for w in mine):
            current = []  # facts that follow belong to another kind of item
            of_other = True
            continue
        if of_other and not starts_mine and _SHARED.search(part) and _FIGURED.search(part):
            continue  # "2个独立站 每个后台交易额都过300w": the other kind's figure, no store's
        if (platforms and len(current) == 1 and current[0].name is None and len(platforms) == 1
                and current[0].count == 1):
            current[0].name = platforms[0]  # "B2B店年交易额500万，在阿里国际站": the same store
            current[0].count = _count(part, spec.item) or current[0].count
            current[0].text.append(part)
            continue
        if (not platforms and starts_mine and len(groups) >= 2 and _SHARED.search(part) and _FIGURED.search(part)
                and _count(part, spec.item) == sum(g.count for g in groups)):
            # "亚马逊上开了两个店 速卖通一个店 2025年三个店交易额都超过300万、单量都过千": all those counted, told of
            # together — every item's words, no more stores of the last platform (MV052)
            shared.append(part)
            current = list(groups)
            continue
        if (not platforms and starts_mine and len(current) == 1 and current[0].name is not None
                and _count(part, spec.item) and not _PLATFORMS_COUNTED.search(part)
                and not any(_FIGURED.search(re.sub(r"B2[BC]", "", t, flags=re.IGNORECASE)) for t in current[0].text)):
            # "阿里国际站B2B 1个店 600万": the platform named, then its stores counted (spaces between)
            current[0].count = _count(part, spec.item) or current[0].count
            current[0].text.append(part)
            continue
        if (not platforms and len(current) == 1 and current[0].name is not None
                and (_ORDINAL_STORE.search(part) or (_OTHER_STORE.search(part) and _several_on(text, current[0].name)))
                and _has_money(current[0].text) and _FIGURED.search(part)):
            # "亚马逊店1卖了420万 1.2万单 店2卖了380万": the next store of the platform named last
            current = [_Group(current[0].name, 1, [part])]
            groups += current
            continue
        kind = _KIND_COUNT.match(part)
        if kind and len(current) == 1 and current[0].name is None:
            # "5个不同平台各开了1个店 B2B的3个…B2C的2个…": the stores announced, by kind
            announced = next((a for a, kinds in by_kind.values() if any(current[0] is k for k in kinds)), current[0])
            count = int(parse_number(kind.group(2)) or 0)
            if any(announced is g for g in groups) and 0 < count < announced.count:
                current = [_Group(None, count, [*announced.text, part])]
                groups.append(current[0])
                by_kind.setdefault(id(announced), (announced, []))[1].append(current[0])
                continue
        if (len(platforms) == 1 and len(current) == 1 and current[0].name is None and current[0].count > 1
                and _ALL_ON.search(part)):
            current[0].name = platforms[0]  # "开了3个店…都在亚马逊上": the stores announced, on one platform
            current[0].text.append(part)
            continue
        # "运城 独立站奖励", "运城 独立站 2025年新建了两个": the measure named, no item
        naming_topic = (bool(_TOPIC_ONLY.search(part)) or part in mine) and not re.search(r"\d", part)
        if (bare_after_other and not starts_mine and not platforms and not current and _has_money([part])
                and not any(w in part for w in others)):
            # "…亚马逊B2C 350万 1200单 独立站 后台交易310万": the bare noun after other figures, then its sum
            # — one item of this kind (NA204: the site read as no item, the stores' total left as one store's)
            current = [_Group(None, 1, [bare_after_other, part])]
            groups += current
            bare_after_other = ""
            continue
        bare_after_other = (part if part in mine and (of_other or loose) else bare_after_other
                            if not _FIGURED.search(part) else "")
        if starts_mine:
            of_other = False
        if (starts_mine and not groups and loose and not platforms and _SECOND_OF.search(part)
                and any(w in part for w in mine)):
            # "2025年后台交易额310万", then "我们还有第二个独立站 295万": the figures before are the first's (KH076)
            groups.append(_Group(None, 1, list(loose)))
        if (starts_mine and not _QUESTION.search(part) and not naming_topic
                and (platforms or not current or _count(part, spec.item) or by_article)):
            count = _count(part, spec.item) or 1
            if len(platforms) > 1 and _EACH.search(part):
                announced = current[0] if len(current) == 1 and current[0].name is None else None
                if announced is not None and announced.count == len(platforms) and announced in groups:
                    groups.remove(announced)  # "4个B2C店铺，亚马逊、eBay、速卖通、Shopee各一个": the same four
                    current = [_Group(p, 1, [*announced.text, part]) for p in platforms]
                else:
                    current = [_Group(p, 1, [part]) for p in platforms]
            elif len(platforms) > 1:  # "入驻了亚马逊（B2C）和阿里国际站（B2B）": each its own words
                current = [_Group(p, 1, [words]) for p, words in _slices(part, platforms)]
            elif platforms:
                current = [_Group(platforms[0], count, [part])]
            else:
                current = [_Group(None, count, [part])]
            groups += current
            continue
        if _SHARED.search(part) and not (current and _FIGURED.search(part)
                                         and (len(current) > 1 or current[0].count > 1)):
            shared.append(part)  # "都在运城公共服务平台注册": every item's; but "亚马逊两个店各400万 订单都上千":
            # the figure after 都 is those stores' own
        if not current and not of_other and _FIGURED.search(part):
            loose.append(part)  # (figures told before any item is named — not another kind's)
        if len(groups) > 1 and not platforms:
            # "阿里的2025年做了650万": that store's, no other's (LP235), whichever stores the words before were of
            current = _one_by_short_name(part, groups, current)
            kind = _KIND_LEADS.match(part)
            if kind is not None and group_spec is not None and len(current) > 1:
                # ("B2C那四个每个都四五百万 单量上千": the stores of that kind, not the B2B one told after — EH014)
                of_kind = [g for g in current if g.name and extract_facts(g.name, [group_spec.name], rulebook).get(
                    group_spec.name) == kind.group(1).upper()]
                current = of_kind if 0 < len(of_kind) < len(current) else current
        for group in current:
            group.text.append(part)
    distinct = bool(_DISTINCT.search(text))
    for announced, kinds in by_kind.values():
        if sum(g.count for g in kinds) != announced.count:
            return []  # the kinds do not add up to the stores announced: the engine asks
        groups.remove(announced)
    if not groups:
        return []
    anonymous = [g for g in groups if g.name is None]
    named = [g for g in groups if g.name is not None]
    if len(anonymous) == 1 and named and anonymous[0].count > 1:
        # "三个平台各有一个店…", then "亚马逊…", "shopee…", "ebay…": the stores announced are the ones
        # named; those not named yet stay announced, never counted twice
        left = anonymous[0].count - sum(g.count for g in named)
        # (a total said of them all, "一共卖了1200万", is no store's own figure)
        said_of_each = [t for t in anonymous[0].text if not (_TOTAL_SAID.search(t) and _FIGURED.search(t))]
        groups = [_Group(g.name, g.count, [*said_of_each, *g.text]) for g in named]
        if left > 0:
            groups.append(_Group(None, left, list(anonymous[0].text)))
    groups = _merged(groups)
    spread = _spread(groups, item_inputs, rulebook)
    items: list[dict[str, Any]] = []
    for position, group in enumerate(groups):
        facts = extract_facts("，".join(group.text + shared), item_inputs, rulebook)
        facts.update(_lone_money(group.text, facts, item_inputs, rulebook))
        # ("亚马逊店 520万…，这里面有250万是国内站卖的 不是跨境": the item's whole less the part said not to count)
        facts = part_denied("，".join(group.text), measure, rulebook, facts)
        if "event_date" in rulebook.inputs:  # "还有今年新建的独立站…": the year of this item, said in its own words
            own = "，".join(group.text)
            dated = (extract_facts(own, ["event_date"], rulebook).get("event_date")
                     if A_YEAR.search(own) and not _PLANNED.search(own) else None)
            if dated is not None and not isinstance(dated, Competing):  # (a year said, not a plan: "还打算建第三个")
                facts["event_date"] = dated
        # "亚马逊 速卖通 阿里国际站 eBay 2025年都超过500w了": a figure said of every item with 都 is each one's
        facts.update(_lone_money(list(dict.fromkeys([*group.text, *(p for p in shared if _EACH_FIGURE.search(p))])),
                                 facts, item_inputs, rulebook))
        values = spread[position] if spread else _per_item_money(group.text, facts, item_inputs, rulebook)
        if group.count > 1 and len(values) != group.count:  # "两个店 一个做了420万 一个380万", "美国站…英国站…"
            _, pieces = split_each("，".join(group.text), _places_abroad(rulebook))
            if len(pieces) == group.count:
                values = []
                for piece in pieces:
                    own = uncontested(extract_facts(piece, item_inputs, rulebook))
                    values.append({**own, **_lone_money([piece], own, item_inputs, rulebook)})
        given = {k for v in values for k in v} if len(values) == group.count else set()
        if any(isinstance(v, Competing) and k not in given for k, v in facts.items()):
            return []  # an item's figure is unclear: the engine asks, naming the figures
        for index in range(group.count):
            item = dict(facts)
            if values and len(values) == group.count:
                item.update(values[index])
            if not group.name and distinct:
                item[OWN_GROUP_KEY] = True  # "5个不同平台各开了1个店": each on a platform of its own
            elif not group.name and _SAME_PLATFORM.search("，".join(group.text + shared)):
                item["group"] = message("same_platform")  # "在同一个平台上开了3个店": one platform, one store counted
            if group.name:
                item["group"] = group.name
                if group_spec is not None:  # the platform's own kind, not a listed neighbour's (阿里国际站: B2B)
                    item.update(extract_facts(group.name, [group_spec.name], rulebook))
            items.append(item)
    return items


_PLANNED = re.compile(r"打算|计划|准备|预计|想要")


_PUT_RIGHT = re.compile(r"看错|说错|记错|搞错|写错|不对|更正|纠正")
# "B2C那四个…", "B2B的那个…": the stores of one kind, at the start of the words about them
_KIND_LEADS = re.compile(r"\s*(?:其中)?\s*(B2[BCbc])\s*(?:的|那|这)")
# a platform's short name at the start of the words about it: "阿里的…", "阿里那个店…"
_SHORT_NAME_AFTER = r"(?:的|那个|这个|那家|这家|店|那边|上)"


def _one_by_short_name(part: str, groups: list[_Group], current: list[_Group]) -> list[_Group]:
    """Of the stores told so far ("阿里国际站和中国制造网各有一个店"), the one the words name by the first two
    characters of its platform ("阿里的2025年做了650万"): those words are its own; the stores the words before were
    of (`current`) where none or several are named so."""
    if _PUT_RIGHT.search(part):
        return current  # ("阿里那个我看错了 是580万": a figure put right, read the way corrections are — GV240)
    named = [g for g in groups if g.name and len(g.name) > 2
             and re.match(rf"\s*(?:其中)?\s*{re.escape(g.name[:2])}{_SHORT_NAME_AFTER}", part, re.IGNORECASE)]
    return named if len(named) == 1 and sum(1 for g in groups if g.name and g.name[:2] == named[0].name[:2]) == 1 \
        else current


def _spread(groups: list[_Group], inputs: list[str], rulebook: RuleBook) -> list[list[dict[str, Any]]]:
    """One list said after the stores, one figure per store in the order they were named, as
    each group's own values: "阿里国际站、环球资源、敦煌网各开了一个店…交易额分别800万、650万、520万"
    (the list in every store's words), "亚马逊开了两个店 速卖通开了一个店…交易额分别是400万 350万 320万"
    (the list after the last store, as many figures as the stores counted: the first two are
    亚马逊's); [] otherwise."""
    if len(groups) < 2:
        return []
    lists = [_per_item_money(g.text, {}, inputs, rulebook) for g in groups]
    total = sum(g.count for g in groups)
    if all(g.count == 1 for g in groups) and all(v == lists[0] for v in lists):
        said = lists[0]
    elif not any(lists[:-1]):  # the list after the last group named only
        said = lists[-1]
    else:
        return []
    if len(said) != total:
        return []
    spread, at = [], 0
    for group in groups:
        spread.append(said[at:at + group.count])
        at += group.count
    return spread


def _slices(part: str, platforms: list[str]) -> list[tuple[str, str]]:
    """Each named platform with the words from its name up to the next one's."""
    starts = sorted((part.find(p), p) for p in platforms)
    return [(name, part[start:(starts[i + 1][0] if i + 1 < len(starts) else len(part))])
            for i, (start, name) in enumerate(starts)]


def _merged(groups: list[_Group]) -> list[_Group]:
    """A platform named again ("入驻了亚马逊…", later "亚马逊店铺交易额350万") is the same store —
    or the same stores, where both mentions count as many ("亚马逊开了2个店…亚马逊两个店…") — unless
    each mention has money figures of its own ("亚马逊美国站600万…；亚马逊欧洲站350万…": two stores
    on one platform)."""
    merged: list[_Group] = []
    for group in groups:
        # ("亚马逊开了2个店…亚马逊两个店交易额分别是420万和310万": the same two, named again with figures)
        twin = next((g for g in merged if group.name and g.name == group.name and g.count == group.count
                     and not (_has_money(g.text) and _has_money(group.text))), None)
        if twin is None:
            merged.append(group)
        else:
            twin.text += group.text
    # "亚马逊开了两个店 …亚马逊店1卖了420万…店2卖了380万": the stores announced, then each told with its figures
    return [g for g in merged if not (
        g.name and g.count > 1 and not _has_money(g.text)
        and sum(o.count for o in merged if o is not g and o.name == g.name and _has_money(o.text)) == g.count)]


def _money(parts: list[str]) -> list:
    """The money figures in an item's own words ("阿里国际站600万")."""
    return [q for q in figures_in("，".join(parts)) if q.unit in ("CNY", "bare")]


def _has_money(parts: list[str]) -> bool:
    return bool(_money(parts))


# "都超过500万", "各做了400万", "每个店都过了300万": a figure said of every item
_EACH_FIGURE = re.compile(r"(?:都|均|各自?|每个店?|每家)"
                          r"(?:是|有|在|已经|超过了?|超了?|破了?|过了?|达到了?|做了|卖了|做到了?)?\s*\d")


def _lone_money(parts: list[str], facts: dict[str, Any], inputs: list[str], rulebook: RuleBook) -> dict[str, Any]:
    """"阿里国际站600万": the one money figure in an item's own words is its money input."""
    money = next((n for n in inputs if rulebook.inputs[n].kind == "money_cny"), None)
    if money is None or money in facts:
        return {}
    text = "，".join(parts)
    others = lexicon()["other_concepts"]  # "另外公司总营收4000万": the firm's figure, not the item's
    figures = [q for q in _money(parts)
               if not any(w in text[max(0, q.span[0] - 6):q.span[0]] for w in others)]
    if len(figures) != 1:
        return {}
    # ("每个都超400万": a bound passed, as a condition reads it)
    said = text[max(0, figures[0].span[0] - 6):figures[0].span[1]]
    return {money: as_passed(said, figures[0].value, rulebook.inputs[money].kind)}


# "后台交易额380万和520万": a list of figures, one per item, in order (as 分别 would say)
_PLAIN_LIST = re.compile(r"((?:\d[\d.]*\s*万?元?\s*[和、及]\s*)+\d[\d.]*\s*万?元?)")
# "新建了2个独立站", "开了3个店": items counted, before a list of their figures
_ITEMS_COUNTED = re.compile(r"(?<![\d.])([两二三四五2-5])\s*个[^，,。；;\d]{0,4}?"
                            r"(?:独立站|自建站|店铺|店|海外仓|仓库|仓|站)")
# "2个独立站 后台交易额 350万 310万": sums in 万 joined by spaces only (chat), as many as the items (the caller checks)
_SPACED_LIST = re.compile(r"((?:(?<![\d.])\d[\d.]*\s*万元?(?:\s+|\s*[，,]\s*))+\d[\d.]*\s*万元?)"
                          r"(?![\d.]|\s*[年月日号平单人个家%％美欧英日港])")


def _per_item_money(parts: list[str], facts: dict[str, Any], inputs: list[str], rulebook: RuleBook
                    ) -> list[dict[str, Any]]:
    """"交易额分别是350万、320万、500万": one figure per item, in order."""
    text = "，".join(parts)
    match = re.search(r"分别(?:是|为|达到?)?(.+)", text) or _PLAIN_LIST.search(text) or _SPACED_LIST.search(text)
    money = next((n for n in inputs if rulebook.inputs[n].kind == "money_cny"), None)
    if not match or money is None:
        return []
    values = []
    for raw in (r for r in re.split(r"[、和及，,]|\s+", match.group(1).strip()) if r):
        # "分别400万/1200单、330万/800单": each item's figures, its money and what else it says
        found = extract_facts(f"{rulebook.inputs[money].cues[0]}{raw.replace('/', ' ')}", inputs, rulebook)
        if money in found and not isinstance(found[money], Competing):
            values.append(uncontested(found))
    return values


# -- items computed each on its own (海外仓) ----------------------------------------------------

# "一个在美国…另一个在英国…", "一个1500平一个800平", "第一个…第二个…": where each item's words start.
_LABELLED = r"仓|园区|店铺?|展会?|平台|公司|企业|项目|航线|学校|院校"
_LABEL_NUMBER = rf"(?:{_LABELLED})\s*[1-5一二三四五](?=\s*[：:，,是的]|\s)"  # "园区1：", "仓2 800平"
_LABEL_START = re.compile(rf"\s*(?:[A-D甲乙丙](?:{_LABELLED})?(?![A-Za-z\d])|{_LABEL_NUMBER}|[1-5一二三四五]号)")
_NONE_BEFORE = re.compile(r"(?:没有|没|无|并无|并没有)\s*$")
_ITEM_START = re.compile(r"(?:其中)?(?:第[一二三四五1-5]个"
                         # "方案A：…；方案B：…", "A是…B是…": options, each an item of its own
                         r"|方案\s*[A-Da-d一二三四1-4]|选项\s*[A-Da-d一二三1-3]|(?<![A-Za-z\d])[A-D](?=\s*[：:是])"
                         # "A仓…；B仓…", "园区1：…；园区2：…", "1号仓": items told by a label of their own
                         rf"|(?<![A-Za-z\d])[A-D甲乙丙](?={_LABELLED})|(?:^|(?<=[：:，,；;。\s]))[A-D](?=\s*[\u4e00-\u9fff]|\s+\d)(?!\s*[股级类轮照])|{_LABEL_NUMBER}"
                         rf"|(?<![\d.])[1-5一二三四五]号(?={_LABELLED})"
                         # "2025年那届 4个展位…；2026年这届 又订了3个展位": editions told by their years
                         r"|(?<!\d)(?:19|20)\d{2}\s*年\s*(?:的)?(?:那|这)(?:届|期|场)"
                         r"|(?:第[一二三四五六七八九十\d]{1,2}|另一)(?:期|班|次)(?=[，,]?[^，,。；;]{0,4}\d)|(?<![每\d])一(?:期|班)(?=[，,]?[^，,。；;]{0,4}\d)|另一个|另外一个|另一处|另一座|还有一个|另有一个"
                         r"|(?<![同第])一个(?!个)|一处|一座|另一所|另外一所|(?<![同第])一所(?=.*另(?:外)?一所)|另一家|另外一家|(?<!同)一家(?![^，,。；;\d]{0,4}?(?:公司|企业|单位|机构|工厂|厂))(?=[^，,。；;\d]{0,8}\d(?!\d{3}\s*年))"
                         # "一条到香港 24年飞了18班": a route, by its destination or its flights
                         r"|(?:另一条|另外一条|还有一条|一条|第[一二三四五1-5]条)(?=[^，,。；;]{0,6}?(?:航线|飞)|\s*(?:到|去|往|飞|直飞)[^，,。；;]{0,12}\d+\s*班))")
_ITEM_VALUE = r"[^\s，,。；;！!？?、和及与跟]+"
# a list after 分别: values joined by 、和及与跟, or by spaces where each value is a figure ("分别420万 350万"),
# so "面积分别1800平、1200平 投资分别800万、600万" is two lists, not one running on
# (not a year said after the list: "年租金分别是90万和210万 2024年签的")
# (nor the items counted again: "…分别100万和90万 两个仓跨境电商年进出口各自…")
_FIGURE_VALUE = (r"(?!一共|一起|一下|一样|一并|(?:19|20)\d{2}\s*年"
                 r"|[两二三四五六七八九十]\s*[个家条座处][\u4e00-\u9fff])"
                 r"[\d零〇一二两三四五六七八九十]"
                 r"[^\s，,。；;！!？?、和及与跟]*")
_RESPECTIVELY = re.compile(rf"分别(?:是|为|有|达到?)?\s*"
                           rf"({_ITEM_VALUE}(?:\s*[、和及与跟]\s*{_ITEM_VALUE}|\s+{_FIGURE_VALUE})+)")
_LIST_SPLIT = re.compile(r"[、和及与跟]|\s+")
_LIST_UNIT = re.compile(r"(平方米|万元|元|万美元|美元|万|个月|年)$")


# "汉堡那个是自建的…；华沙那个是租的…": items named by a word of their own, at a phrase's start
_NAMED_ITEM = re.compile(r"(?:^|(?<=[，,。；;！!\s]))[\u4e00-\u9fffA-Za-z]{1,6}?的?那(?:个|座|处|家|边|批|期|届)"
                         r"(?![^，,。；;]*[吗？?])")


# "租了两个海外仓：美国的800平，租金120万；英国的600平，租金90万": a count, a colon, then its items
# (sessions "两批：…；…。" only where a full stop ends the list: a conversation's messages are joined by commas)
_ANNOUNCED_LIST = re.compile(r"([两二三四五2-5])\s*(?:(?:个|条|座|处)[^，,。；;：:]{0,14}?[：:]([^。！!？?]+)"
                             r"|(?:批|期|届|场)[^，,。；;：:]{0,14}?[：:]([^。！!？?]+)(?=[。！!？?]))")


def _announced_list(text: str) -> tuple[str, list[str]] | None:
    match = _ANNOUNCED_LIST.search(text)
    if match is None:
        return None
    count = int(parse_number(match.group(1)) or 0)
    group = 2 if match.group(2) is not None else 3
    pieces = [p for p in re.split(r"[；;]", match.group(group)) if p.strip()]
    if len(pieces) == 1:  # "两条航线：运城—首尔全年18班，运城—香港全年16班": one phrase each
        pieces = [p for p in re.split(r"[，,]", match.group(group)) if p.strip()]
    if len(pieces) != count and len(pieces) == 1:
        # "4个线下班：60人36课时、52人30课时、50人28课时、70人40课时 最多能补多少": items listed by 、, the question
        # after the last one is every item's words
        listed = [p for p in re.split(r"、", match.group(group)) if p.strip()]
        if len(listed) == count and all(_ITEM_FIGURE.search(p) for p in listed):
            last = re.match(r"\s*\S*?\d[\d.]*\s*\S*?(?=\s|$)", listed[-1])
            tail = listed[-1][last.end():] if last is not None else ""
            pieces = [*listed[:-1], listed[-1][:len(listed[-1]) - len(tail)]]
            return (text[:match.start(group)] + tail + text[match.end(group):] + "，"
                    + "，".join(_shared_tail(pieces[-1])), pieces)
    if len(pieces) != count:
        return None
    return text[:match.start(group)] + text[match.end(group):] + "，" + "，".join(_shared_tail(pieces[-1])), pieces


_ITEM_FIGURE = re.compile(r"\d\s*(?:万|千|亿|元|美元|平方米|班|个|人|单)")


# ("还有个自行参加的一般性国际展会 美国芝加哥…": 一 left out, as people type)
_ANNOUNCED_ITEM = re.compile(r"(?:还有|另外|另有)?"
                             r"(?:另一个|另外一个|还有一?个|另有一?个|另一场|还有一?场|另一条|还有一?条|第二个)")


_PHRASE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _place_items(text: str, places: Mapping[str, str], loose: bool = False) -> tuple[str, list[str]] | None:
    """Phrases that each name another place abroad and give figures of their own start items;
    phrases after one, naming no place, are its words. None unless two or more such items.
    `loose` (where nothing else names items): a place's phrase with no figure of its own starts
    one where the words up to the next place give a figure with its unit (money, an area, flights, a
    count: "其中波兰自建了个仓 建设费用220万 1500平；泰国那边还租了一个480平的")."""
    if not places:
        return None
    # chat fragments are cut by spaces too: "飞首尔的全年20班 飞香港的全年10班"
    # ("…各租了一个海外仓：德国800平…；墨西哥600平…": a colon ends the phrase that announces the list)
    # ("到香港的25班、到曼谷的16班、到洛杉矶的14班": items listed with the enumeration comma — MQ016)
    phrases = [m.group(0) for m in re.finditer(r"[^，,。；;！!？?：:、\s]+[，,。；;！!？?：:、\s]*", text)]
    starts: list[int] = []
    seen: set[str] = set()
    labels: set[str] = set()  # places said as an item's name ("东京仓", "大阪仓"): two in one country are two items
    dates: set[str] = set()
    for index, phrase in enumerate(phrases):
        named = {places[p] for p in places if p in phrase}  # by country: "泰国曼谷" is one place
        if len(named) > 1 and not _ITEM_FIGURE.search(phrase):
            continue  # "在德国和墨西哥各租了一个海外仓：": the places listed, no item of its own
        labelled = set(_labelled_places(tuple(places)).findall(phrase))
        another = bool(labelled) and bool(labels) and not labelled & labels
        # ("2024年5月参加东京的展会 2025年10月参加大阪的展会": two in one country, each dated apart — RB237)
        dated = set(_PHRASE_DATE.findall(phrase))
        another = another or (bool(dated) and bool(dates) and not dated & dates)
        if named and (not (named & seen) or another) and (loose or re.search(r"\d", phrase)):
            starts.append(index)
            seen |= named
            labels |= labelled
            dates |= dated
    if loose:
        starts = [a for a, b in pairwise([*starts, len(phrases)]) if _ITEM_FIGURE.search("".join(phrases[a:b]))]
    if len(starts) < 2:
        return None
    # ("…每个2.5万，还有一个一般性的 自己报名的 在巴黎 1个展位": the item starts where it is announced, its
    # words before its place its own)
    starts = [starts[0], *(next((i for i in range(before + 1, start) if _ANNOUNCED_ITEM.match(phrases[i])), start)
                           for before, start in pairwise(starts))]
    bounds = [*starts, len(phrases)]
    pieces = ["".join(phrases[a:b]) for a, b in pairwise(bounds)]
    if not all(re.search(r"\d", p) for p in pieces):
        return None
    # ("…参加大阪的B展 都是市政府支持的重点展会 每次2个展位 每个展位费3万 今年3月还去了曼谷的C展": words said of
    # every item, between two items, are every item's — RB237: the first item's booths asked)
    between: list[str] = []
    for i, piece in enumerate(pieces[:-1]):
        said_of_all = _OF_EVERY_ITEM.search(piece)
        if said_of_all is not None and re.search(r"\d", piece[:said_of_all.start()]):
            between.append(piece[said_of_all.start():])
            pieces[i] = piece[:said_of_all.start()]
    return ("".join(phrases[:starts[0]]) + "，" + "，".join([*between, *_shared_tail(pieces[-1])]), pieces)


# "都是市政府支持的重点展会", "每次2个展位": words after an item's own, said of every item
_OF_EVERY_ITEM = re.compile(r"(?:^|(?<=[\s，,；;]))(?:都是|都在|都有|都|每次|每场|每届|每回)(?=[^，,。；;\s]{0,20})")


def _shared_tail(last: str, between: str = "；") -> list[str]:
    """"…，两个到2025年10月都用满一年了": from the first part saying 都 on, every item's words.
    `between`: the words that separate the items; where they are no stronger than a comma, the clauses after
    the last item's own money or area that give neither ("一个在越南600平 年租金50万，一个在沙特1000平 年租金
    200万，2024年起租已用满一年") are every item's too, as a reader takes them; after a stronger break between
    the items ("…；另一个…，用了8个月") they are the last item's."""
    parts = [p for p in _PARTS.split(last) if p]
    # (not the item's own first words by their 每个: "马来西亚吉隆坡一个展1个展位每个2万" is that item's, 每个 its
    # price; "2025年交易额都过了300万" after the items is every item's)
    # ("3个展位每个2万": 每个 after the units counted is their price, the item's own)
    # ("6个展位 每个 3万": the units counted in the fragment before)
    # ("6个展位 每个 3万": the units counted in the fragment before; not "4个展位 每个展位费都是2万", said of all)
    first = next((i for i, p in enumerate(parts)
                  if (m := _SHARED.search(p)) and (i or not m.group(0).startswith("每"))
                  and not (m.group(0).startswith("每") and not re.search(r"都|均|全", p)
                           and _UNITS_BEFORE.search((parts[i - 1] if i and not m.start() else "") + p[:m.start()]))),
                 len(parts))
    if first < len(parts) or _STRONG_BREAK.search(between):
        return parts[first:]
    clauses = re.split(r"[，,]", last)
    own = max((i for i, c in enumerate(clauses) if _OWN_FIGURE.search(c)), default=len(clauses))
    # (chat fragments cut by spaces where no comma is typed: "一个600平 一个700平 2024年3月租到2025年3月 租金分别60万和
    # 80万" — after the last item's own figure, fragments followed by one said of all the items ("分别…") are all
    # the items' too; with none such after them they stay the last item's: "另一个…1500平 …上个月刚投入使用")
    fragments = [c for c in re.split(r"[，,]|\s+", last) if c]
    mine = max((i for i, c in enumerate(fragments) if _OWN_FIGURE.search(c) and not _OF_ALL.search(c)),
               default=len(fragments))
    if any(_OF_ALL.search(c) for c in fragments[mine + 1:]):
        return fragments[mine + 1:]
    return [p for c in clauses[own + 1:] for p in _PARTS.split(c) if p]


_UNITS_BEFORE = re.compile(r"(?:展位|摊位|标展|班次?|人|\d\s*个)\s*$")
_OF_ALL = re.compile(r"分别|各自|都|均|也")
_STRONG_BREAK = re.compile(r"[；;。！!？?\n]")
_OWN_FIGURE = re.compile(r"\d\s*(?:万|千|亿|元|美元|美金|平|㎡|块)|[多几十百千万]\s*(?:万|平)")


# "①日本东京国际食品展…；②美国芝加哥…", "(1)…(2)…": items numbered by the user
_NUMBERED = re.compile(r"[①②③④⑤⑥⑦⑧⑨]|[（(][1-9一二三四五六七八九][)）]"
                       # "A店420万、3000单，B店280万": items named by a letter or a number
                       # ("漏了D仓 租金200w": one left out, told after the others)
                       r"|(?:^|(?<=[，,。；;、：:\s])|(?<=漏了|还有|加上|另外|漏掉))(?:[A-H甲乙丙丁]|[1-9]号)"
                       r"(?:店铺|店|仓库|仓|独立站|站|展会|展)"
                       # ("第一批120人 培训35天 第二批90人 培训25天": classes named by their order)
                       r"|(?<![\d一二三四五六七八九十])第[一二三四五六七八九十\d]{1,2}(?:期|批|班)(?=[^。；;！!？?\d]{0,4}\d)")


# "4期每期60人、32课时，还有1期48人、40课时": a count of classes, then their own figures
_GROUP_START = re.compile(r"(?<![\d第每])([一二两三四五六七八九十\d]{1,2})\s*(期|场)"
                          r"(?=\s*(?:每期|每场|都是|均为|各)?[^，,。；;：:！!？?\d期场]{0,3}\d)")


_ONE_OF_THEM = re.compile(r"(?:其中|其中有|有|但|但有|不过|不过有|就)\s*$")


def _counted_groups(text: str) -> tuple[str, list[str]] | None:
    """Classes counted in groups, each group with its own figures: each class of a group is an item
    with the group's words. None unless two groups or more."""
    starts = list(_GROUP_START.finditer(text))
    if len(starts) == 1 and re.match(r"\s*各", text[starts[0].end():]):
        # "两期 各 60 人 40 天": the classes counted, each with the figures said of every one
        count = int(parse_number(starts[0].group(1)) or 0)
        if 2 <= count <= 20:
            begin = _dated_start(text, starts[0].start())
            return text[:begin], [text[begin:]] * count
    if len(starts) < 2:
        return None
    pieces: list[str] = []
    counts = [int(parse_number(start.group(1)) or 0) for start in starts]
    # ("一期60人40课时 二期正好50人30课时 三期45人36课时": the classes named in order, one each)
    # ("两期各60人" counts two: 两, 各 and 每期 say a count, not a name)
    ordinal = counts == list(range(1, len(counts) + 1)) and not any(
        "两" in start.group(1) or re.match(r"\s*(?:各|每期|每场|都)", text[start.end():]) for start in starts)
    for index in range(1, len(starts)):  # "3期 每期55人…有一期只有45人": one of the three, said apart
        if (counts[index] == 1 and counts[index - 1] >= 2 and not ordinal
                and _ONE_OF_THEM.search(text, max(0, starts[index].start() - 4), starts[index].start())):
            counts[index - 1] -= 1
    at = [_dated_start(text, _mode_start(text, start.start())) for start in starts]
    for (begin, end), count in zip(pairwise([*at, len(text)]), counts, strict=True):
        if not 1 <= count <= 20:
            return None
        pieces += [text[begin:end]] * (1 if ordinal else count)
    return text[:at[0]] + "，" + "，".join(_shared_tail(pieces[-1])), pieces


# "一个600平一个600平 加起来1200平": the items' sum, said after them, is no item's own figure — said as a sum
# (加起来), or as a total (一共, 合计) whose figure is the items' figures added ("租金一共80万" is one item's)
_ITEMS_SUM = re.compile(r"(?P<added>加起来|加一起|合起来|两个加|俩加)?(?(added)|(?:一共|总共|合计|共计|总计))"
                        r"(?:是|有|为|达到?)?\s*\d[\d.,]*\s*(?:万|亿|千)?\s*(?:平方米|平米|平|元|美元|块|个月|年|人|家|单)?")
# "在德国和荷兰各建了一个海外仓": one each, the items' kind, not the start of one
_EACH_ONE = re.compile(r"各[\u4e00-\u9fff]{0,2}了?\s*$")


def split_each(text: str, places: Mapping[str, str] | None = None) -> tuple[str, list[str]]:
    """`_split_each`, with the items' sum said after them ("加起来1200平") left out of every item."""
    shared, pieces = _split_each(text, places)
    if len(pieces) >= 2:
        pieces = [_without_sum(p, pieces) for p in pieces]
    return shared, pieces


def _without_sum(piece: str, pieces: list[str]) -> str:
    def drop(match: re.Match[str]) -> str:
        said = parse_quantities(match.group(0))
        if match.group("added"):
            return " "
        if len(said) != 1:
            return match.group(0)
        others = [q.value for p in pieces for q in parse_quantities(p.replace(match.group(0), " "))
                  if q.unit == said[0].unit]
        return " " if len(others) >= 2 and sum(others) == said[0].value else match.group(0)
    return _ITEMS_SUM.sub(drop, piece)


def _split_each(text: str, places: Mapping[str, str] | None = None) -> tuple[str, list[str]]:
    """The words every item shares and the words of each item, for "两个海外仓，一个…另一个…"
    and "面积分别800和1000平方米，租金分别100万和300万"; ([], ) when the text names no items.
    `places`: names of places abroad (to their country), which start an item where each has figures of its own
    ("运城—首尔全年18班，运城—香港全年16班")."""
    announced = _announced_list(text)
    if announced is not None:
        return announced
    numbered = list(_NUMBERED.finditer(text))
    if len(numbered) >= 2:
        pieces = [text[a.start():b.start()] for a, b in pairwise(numbered)] + [text[numbered[-1].start():]]
        return text[:numbered[0].start()] + "，" + "，".join(_shared_tail(pieces[-1])), pieces
    places = places or {}
    by_place = _place_items(text, places)
    if by_place is not None:
        return by_place
    counted = _counted_groups(text)
    if counted is not None:
        return counted
    starts = list(_NAMED_ITEM.finditer(text))
    if len(starts) < 2:
        # "一个2.8万" right after a count ("订了5个标准展位，一个2.8万元") is a price per unit, no item;
        # "一个后台交易额350万 一个220万", "租金一个300万元 另一个200万元" are items
        starts = [m for m in _ITEM_START.finditer(text) if not _part_of_an_item(text, m)
                  and not _EACH_ONE.search(text, 0, m.start())
                  # ("其中没有一家达到1亿元": none of those counted, no item)
                  and not _NONE_BEFORE.search(text, max(0, m.start() - 4), m.start())
                  and not (_FIGURE_AFTER.match(text, m.end()) and _AFTER_COUNT.search(text, 0, m.start()))]
        options = [m for m in starts if _OPTION.match(m.group(0))]
        if len(options) >= 2:  # "方案A：…参加一个一般性展会…；方案B：…": the options are the items, not "一个" in them
            starts = options
    if len(starts) >= 2:
        # "2022年自建一个1200平…；又租了一个600平…": the verb right before an item's article is that item's kind;
        # "…每个4w 马来西亚吉隆坡一个展1个展位": the place right before it, that item's place
        at = [_item_begins(text, m.start(), places) for m in starts]
        shared = text[:at[0]]
        pieces = [text[a:b] for a, b in pairwise(at)]
        last = text[at[-1]:]
        tail = _shared_tail(last, "".join(text[b - 2:b] for b in at[1:]))  # "都在潍坊海关备案": every item's
        pieces.append(last)
        return shared + "，" + "，".join(tail), pieces
    by_place = _place_items(text, places, loose=True)
    if by_place is not None:
        return by_place
    lists = list(_RESPECTIVELY.finditer(text))
    spaced = _SPACED_LIST.search(text) if not lists else None
    counted = _ITEMS_COUNTED.search(text, 0, spaced.start()) if spaced is not None else None
    if (spaced is not None and counted is not None and parse_number(counted.group(1))
            == len(re.split(r"\s*[，,]\s*|\s+", spaced.group(1).strip()))):
        # "新建了2个独立站 后台交易额 350万 310万": as many sums in 万, spaced, as the items counted: one each, in order
        text = f"{text[:spaced.start()]}分别{text[spaced.start():]}"
        lists = list(_RESPECTIVELY.finditer(text))
    if not lists:
        return text, []
    columns: list[list[str]] = []
    for match in lists:
        # ("建设费用 分别 220万 和 180万": the cue typed apart from 分别 is still its cue)
        end = len(text[:match.start()].rstrip())
        phrase_start = max((m.end() for m in _PARTS.finditer(text, 0, end)), default=0)
        cue = text[max(phrase_start, end - 8):end]
        if re.search(r"\d", cue):  # ("总面积1800平 分别是900平和900平": a whole said before the list, no cue of it)
            cue = ""
        values = [v for v in _LIST_SPLIT.split(match.group(1)) if v]
        unit = _LIST_UNIT.search(values[-1]) if values else None
        if unit:
            values = [v if _LIST_UNIT.search(v) else v + unit.group(1) for v in values]
        columns.append([f"{cue}{v}" for v in values])
    counts = {len(c) for c in columns}
    if len(counts) != 1 or counts == {1}:
        return text, []  # lists of different lengths cannot be paired
    shared = _RESPECTIVELY.sub(" ", text)
    count = counts.pop()
    run = _places_in_a_row(shared, places, count)
    told_after: list[list[str]] = [[] for _ in range(count)]
    if run is not None:  # "三个仓 美国 德国 日本 都是租的 面积分别1000 800 600平": the places a column too, in order
        (start, end), names = run
        rest = []
        for fragment in re.split(r"(?<=[，,。；;])", shared[end:]):
            # ("…，日本那个其实2024年3月才租 12月就退了": a message after the list naming one of its places: that
            # item's)
            named = [i for i, name in enumerate(names) if name in fragment]
            if len(named) == 1 and re.search(r"\d", fragment):
                told_after[named[0]].append(fragment.strip("，,。；; "))
            else:
                rest.append(fragment)
        shared = shared[:start] + " " + "".join(rest)
        columns.append(names)
    return shared, ["，".join([*(column[i] for column in columns), *told_after[i]]) for i in range(count)]


_BETWEEN_PLACES = re.compile(r"[\s、，,和及与跟]*")


def _places_named(text: str, places: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """The places abroad a text names, (start, end, name) in order, the longest name where names overlap."""
    found = sorted({(m.start(), m.end(), w) for w in places for m in literal(w).finditer(text)})
    return [f for f in found if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in found)]


def _places_in_a_row(text: str, places: Mapping[str, str], count: int) -> tuple[tuple[int, int], list[str]] | None:
    """The one run of `count` places abroad named one after another with nothing but a separator between them
    ("美国 德国 日本", "美国、德国和日本"): their span and names; None where there is no such one run."""
    found = _places_named(text, places)
    runs: list[list[tuple[int, int, str]]] = []
    for place in found:
        if runs and _BETWEEN_PLACES.fullmatch(text[runs[-1][-1][1]:place[0]]):
            runs[-1].append(place)
        else:
            runs.append([place])
    fitting = [r for r in runs if len(r) == count and len({places[w] for _s, _e, w in r}) == count]
    if len(fitting) != 1 or any(len(r) >= 2 and r is not fitting[0] for r in runs):
        return None
    run = fitting[0]
    return (run[0][0], run[-1][1]), [w for _s, _e, w in run]


def places_of_items(text: str, rulebook: RuleBook, count: int) -> list[str] | None:
    """"运城—大阪 和 运城—台北 两条航线 去年各飞了20班": items counted and told alike, each at a place of its own
    named in turn — each one's country (or region), in the order said; None unless exactly `count` countries are
    named ("泰国曼谷" is one)."""
    places = _places_abroad(rulebook)
    countries = list(dict.fromkeys(places[w] for _s, _e, w in _places_named(text, places)))
    return countries if len(countries) == count else None


def _item_begins(text: str, start: int, places: Mapping[str, str]) -> int:
    """Where an item announced by its article at `start` begins: back over the words since the last break before
    it where they name its kind (自建, 又租了) or a place abroad (马来西亚吉隆坡) and hold no figure."""
    verb = _KIND_VERB.search(text, 0, start)
    if verb is not None:  # (with a date right before the verb: "2025年又新建一个" — RB238)
        return _dated_start(text, verb.start())
    brk = max((m.end() for m in _ITEM_BREAK.finditer(text, 0, start)), default=0)
    words = text[brk:start]
    if words and not re.search(r"\d", words) and any(p in words for p in places):
        return brk
    return _dated_start(text, start)


def _mode_start(text: str, start: int) -> int:
    """`start` moved back over the way the group was held, said right before its count: "线上直播3期 各100人…；线下2期
    各60人…" — 线上 is those three's, 线下 those two's (MK213)."""
    mode = _MODE_BEFORE.search(text, max(0, start - 8), start)
    return mode.start() if mode is not None else start


_MODE_BEFORE = re.compile(r"(?:线上直播|线下面授|线上|线下|网上|现场|直播|面授|远程)(?:培训|授课|课程|班)?(?:的)?$")


def _dated_start(text: str, start: int) -> int:
    """`start` moved back over a date said right before it: "2024年3月一期 60人…2024年9月一期 80人" — the date is
    that item's."""
    dated = _DATE_BEFORE.search(text, max(0, start - 16), start)
    return dated.start() if dated is not None else start


# (right before it, no space between; not the end of a period said before it: "…租到2026年11月 另一个…")
# ("那2025年如果再办第三期": the year, then words of supposing or doing with no figure or break, is that item's)
_DATE_BEFORE = re.compile(r"(?<![到至\d])(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?"
                          r"(?:的)?(?:如果|假如|要是|再|又|还|准备|打算|计划|要|办|开|举办|参加|租|建|了){0,4}$")


_ITEM_BREAK = re.compile(r"[\s，,。；;、：:]")
_OPTION = re.compile(r"方案|选项|[A-D]$")
# "自建一个", "又租了一个": how the item after it is held (自建/租赁), said right before its article
_KIND_VERB = re.compile(r"(?:又|还|另外|再)?(?:自建|自己建|新建|建了|建设了|租了|租赁了|租用了|租|自建了"
                        r"|买了|购置了|购买了)了?\s*$")
# "一个展位费4万", "一个月": one of an item's parts or a period, not an item
_PART_OF_ITEM = re.compile(r"\s*(?:标准)?(?:展位|摊位|平方米|平米|人|班次?|单|月(?!交易|销售)|季度)")


def _part_of_an_item(text: str, article: re.Match[str]) -> bool:
    """Whether the article names one of an item's parts ("参加了两个展会 一个展位费4万": a booth of a fair) — not where
    those parts are the units counted before it ("两个展位 一个展位费4万 一个2万": each booth priced one by one,
    ND218)."""
    part = _PART_OF_ITEM.match(text, article.end())
    if part is None:
        return False
    word = re.sub(r"^\s*(?:标准)?", "", part.group(0))
    # (and another priced after it: "2个标准展位 一个展位费4万" alone is the price of each — JG002)
    return (word not in ("展位", "摊位")
            or re.compile(rf"[\d两二三四五六七八九十]+\s*个\s*(?:标准)?{word}").search(text, 0, article.start()) is None
            or _ANOTHER_PRICED.match(text, article.end()) is None)


_ANOTHER_PRICED = re.compile(r"[^。；;！!？?]*?(?:另一个|另外一个|(?<![另第\d])一个)\s*\d")


_FIGURE_AFTER = re.compile(r"\s*[\d.]+\s*(?:(?:万|亿|千)\s*(?:元|美元|块)?|元|美元|块)")
# a count of an item's units (展位, 摊位, 班), not of items (两个店, 两个仓)
_AFTER_COUNT = re.compile(r"[\d两二三四五六七八九十]+\s*个\s*(?:标准)?(?:展位|摊位|班次?)[^\d，,。；;]{0,6}[，,\s]*$")


_EACH_ITEM = re.compile(r"各(?=\s*[\d一二两三四五六七八九十])")


@lru_cache(maxsize=8)
def _labelled_places(places: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the places said as an item's name ("东京仓", "大阪的仓"), the place captured."""
    names = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"({names})\s*(?:海外仓|仓|那个仓|的仓)")


def place_labels(text: str, rulebook: RuleBook) -> set[str]:
    """The places abroad a text names items by ("东京仓 …；大阪仓 …": 东京, 大阪)."""
    return set(_labelled_places(tuple(_places_abroad(rulebook))).findall(text))


def _places_abroad(rulebook: RuleBook) -> dict[str, str]:
    """Names of places abroad (countries and their aliases) to their country: each starts an item
    with figures of its own."""
    countries = getattr(rulebook, "countries", None)
    return {w: c.name for c in countries.countries.values() if c.name != "中国" and "未指明" not in c.name
            for w in (c.name, *c.aliases) if len(w) >= 2} if countries is not None else {}  # (a list is no place)


_KINDS_TOGETHER = re.compile(r"加起来|一共|总共|合计|分别|各自|两条|三条|两个|三个|两项|都")
_CORRECTED = re.compile(r"说错|不对|搞错|记错|写错|其实是|更正")


def _kind_pieces(text: str, measure: Measure, rulebook: RuleBook) -> tuple[str, list[str]] | None:
    """"洲际航线全年15班 港澳台航线全年15班": items told each by a kind of its own (a choice the measure reads),
    each kind once and each with its figures: the words from each kind to the next."""
    if measure.each_item is None or not measure.each_item.count_all or not _KINDS_TOGETHER.search(text):
        return None  # (only where the items are asked about together: "说错了 是自建的" is no second warehouse)
    if _CORRECTED.search(text):
        return None
    for name in measure.inputs:
        spec = rulebook.inputs.get(name)
        if spec is None or spec.kind != "choice":
            continue
        words = {w: c.value for c in spec.choices for w in (c.value, c.label, *c.synonyms) if w and len(w) >= 2}
        # (not a kind's word naming a cost: "自建的1500平 建设费用300万" — 建设费用 is the self-built one's, NA066)
        found = sorted((m.start(), words[w]) for w in words for m in literal(w).finditer(text)
                       if not re.match(r"\s*(?:费|投资|投入|成本|资金|金额)", text[m.end():]))
        starts: list[tuple[int, str]] = []
        for start, value in found:
            if not starts or start >= starts[-1][0] + 2:
                starts.append((start, value))
        values = [v for _s, v in starts]
        if len(values) < 2 or len(set(values)) != len(values):
            continue
        cuts = [s for s, _v in starts] + [len(text)]
        pieces = [text[a:b] for a, b in pairwise(cuts)]
        if all(re.search(r"\d", piece) for piece in pieces):
            # ("自建海外仓 1500平…租赁仓 700平 年租金100万 都在潍坊海关备案": what the last says of all is every one's)
            tail = _shared_tail(pieces[-1], "".join(text[max(0, c - 2):c] for c in cuts[1:-1]))
            return "，".join([text[:cuts[0]], *tail]) if tail else text[:cuts[0]], pieces
    return None


_ENTITY = r"(?:子公司|分公司|关联公司|兄弟公司|母公司|总公司|集团公司|工厂|公司)"


@lru_cache(maxsize=1)
def _elsewhere_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An entity of a city no policy here covers, said before it ("郑州的子公司") or after it ("B公司在西安")."""
    from assistant.places import other_city_alternation

    cities = other_city_alternation()
    return (re.compile(rf"(?:{cities})(?:市)?(?:的|那家|那个)?{_ENTITY}"),
            re.compile(rf"([A-Za-z甲乙丙丁])公司(?:在|位于|注册在)\s*(?:{cities})"))


def _owned_elsewhere(piece: str, text: str) -> bool:
    """Whether an item's words say it is held by an entity of a city none of the policies covers: "郑州的子公司在美国
    租了个仓", or "B公司在迪拜租了个仓" where the message says "B公司在西安"."""
    before, after = _elsewhere_patterns()
    return bool(before.search(piece)) or any(f"{m.group(1)}公司" in piece for m in after.finditer(text))


def _of_another_matter(piece: str, measure: Measure, rulebook: RuleBook) -> bool:
    """Whether a piece of the text names another clause's matter by a word of its own and none of this measure's."""
    told = re.sub(r"[^。；;！!？?]*[？?]", "", piece)  # (its statements: "…海外仓这块能补多少？" asks, tells no item)
    first = re.split(r"[。；;！!]", told)[0]  # (its own sentence: "另外在德国汉堡还租了一个小仓，四百平方米…。", JK001)
    words = [w for w in (*measure.keywords, measure.each_item.item if measure.each_item else "") if len(w) >= 2]
    if any(w in told for w in words) or any(w[-1] in first for w in words):
        return False
    return any(specific_keywords(told, m) for m in rulebook.by_city(measure.city) if m.clause != measure.clause)


def _items_named(text: str, pieces: list[str], item: str) -> bool:
    """Whether the text names several of the items as such: counted ("两个跨境电商园区", "2个平台") or named in
    each piece ("A园区…；B园区…")."""
    counted = re.search(rf"[两二三四五2-9]\s*(?:个|家|座)[^，,。；;！!？?\d]{{0,6}}?{re.escape(item)}", text)
    return bool(counted) or all(item in piece for piece in pieces)


# "一期120人 二期100人 三期90人": sessions numbered from the first, each by its figure (not 三期 = three sessions);
# "每期 32天": every session's figure, said over a space
_SERIES_NEXT = re.compile(r"(?<![每\d第两二三四五六七八九十])([一二三四五六])期(?=(?:(?![每都各])[^，,。；;]){0,4}\d)")
_EACH_OVER_SPACE = re.compile(r"(每(?:期|班|次|个|家))\s+(?=\d)")


def _ordinal_series(text: str) -> str:
    text = _EACH_OVER_SPACE.sub(r"\1", text)
    if not {"一", "二"} <= set(_SERIES_NEXT.findall(text)):
        return text
    return _SERIES_NEXT.sub(r"第\1期", text)


# "A 900平 B 700平 租金A 100w B 70w": items told by their letters, a column of figures per cue
_LETTER_FIGURE = re.compile(r"(?<![A-Za-z\d])([A-D])(?:仓|店|站)?\s*(?=\d)")
_COLUMN_VALUE = re.compile(r"\d[\d.]*\s*(?:万元|万|千|亿)?\s*(?:美元|元|平方米|平米|平|单|个月|个|人|班)?")


def lettered_columns(text: str) -> str:
    """The text with a column of lettered figures per cue ("A 900平 B 700平 租金A 100万 B 70万") told item by item
    ("A 900平 租金100万；B 700平 租金70万"); the text as it was unless each letter gives one figure per column, in
    the same order every time."""
    found = [(m, _COLUMN_VALUE.match(text, m.end())) for m in _LETTER_FIGURE.finditer(text)]
    letters = [m.group(1) for m, _ in found]
    order = list(dict.fromkeys(letters))
    if len(order) < 2 or len(letters) < 2 * len(order) or letters != order * (len(letters) // len(order)):
        return text
    runs = [found[i:i + len(order)] for i in range(0, len(found), len(order))]
    said: dict[str, list[str]] = {letter: [] for letter in order}
    end = runs[0][0][0].start()
    for run in runs:
        cue = text[end:run[0][0].start()].strip()
        unit = text[run[0][1].end():run[1][0].start()].strip()  # ("A 2个展位 B 3个展位": the figures' own word)
        if not re.fullmatch(r"[\u4e00-\u9fff]{0,2}", unit):  # ("A 900平 租金100万 B…": each item told whole)
            return text
        for (letter, value), nxt in zip(run, [*run[1:], None], strict=True):
            end = value.end()
            between = text[end:nxt[0].start()].strip() if nxt is not None else unit
            if between != unit or not text[end:].lstrip().startswith(unit):
                return text
            said[letter.group(1)].append(f"{cue}{value.group(0).strip()}{unit}")
            end = text.index(unit, end) + len(unit) if unit else end
    items = "；".join(f"{letter} {' '.join(figures)}" for letter, figures in said.items())
    return f"{text[:runs[0][0][0].start()]}{items}；{text[end:].strip()}"


# "另外两个都在美国", "前两个都是租的…各60万": several items told alike in one piece of a list
_ALIKE = re.compile(r"(?:另外|其余|剩下的?|前|后|这|那)\s*([两二三四2-4])\s*(?:个|座|家|处)"
                    r"[^，,。；;\d]{0,6}?(?:都|各|也都|均)")


def _alike_in(piece: str) -> int:
    """How many items a piece tells alike ("另外两个都在美国 …各60万": 2), 1 where it tells one."""
    found = _ALIKE.search(piece)
    count = int(parse_number(found.group(1)) or 1) if found else 1
    return count if 2 <= count <= 4 else 1


# "漏了一个 在越南还有一个 自建的…": the item missed, announced and then told — one item, not two
_MISSED_ONE = re.compile(r"(?:漏了|漏掉了?|忘了说|忘说了|少说了)\s*(?:一个|一座|一处)\s*(?=[^，,。；;\d]{0,8}?一个)")


_PART_OVER_EACH = re.compile(r"每(?:期|班|批|次)\s*(\d+)\s*人[^。；;！!？?]*?其中[^，,。；;！!？?\d]{0,14}?(\d+)\s*人")


# "年租金一个100万一个90万", "一个年租金120万，另一个90万": a figure for each of two items, in turn — as 分别 says it
_FIG = r"\d[\d.]*\s*(?:万元|万|亿|元|美元)"  # (money: an area said so is a column read below)
_ONE_THEN_OTHER = re.compile(rf"(?P<cue>[\u4e00-\u9fff]{{2,4}}?)\s*一个(?:是|为)?\s*(?P<a>{_FIG})\s*[，,、]?\s*"
                             rf"(?:另外?)?一个(?:是|为)?\s*(?P<b>{_FIG})"
                             rf"|一个(?P<cue2>[\u4e00-\u9fff]{{2,4}}?)(?:是|为)?\s*(?P<a2>{_FIG})\s*[，,、]\s*"
                             rf"另(?:外)?一个(?:是|为)?\s*(?P<b2>{_FIG})")


def _one_then_other(match: re.Match[str]) -> str:
    if match.group("cue"):
        return f"{match.group('cue')}分别是{match.group('a')}和{match.group('b')}"
    return f"{match.group('cue2')}分别是{match.group('a2')}和{match.group('b2')}"


# "一个租的一个自建": items announced by their kinds, with no figure of their own
_KIND_WORD = re.compile(r"租的|租赁的|自建的|自己建的")
_KINDS_ANNOUNCED = re.compile(r"一个(?:是)?(?:租的|租赁的?|自建的?)[，,\s]*(?:另)?一个(?:是)?(?:租的|租赁的?|自建的?)"
                              r"(?![^，,。；;\s]{0,6}\d)")  # (a figure after a space: the next line's)


# "3月一期", "7月又办了一期": a month said alone, its year the message's
_MONTH_ALONE = re.compile(r"(?<![\d年.\-/])(1[0-2]|0?[1-9])\s*月(?:份)?(?![\d底初中末])")


def _months_of_the_year(text: str, items: list[dict[str, Any]], names: list[str]) -> None:
    """Items each dated by a month said alone, where the message names one year ("2024年上半年我们办了培训 3月一期
    5月一期 7月又办了一期", TB080: the one after 潍坊's end counted): each item's date, that month of that year — so
    each is judged against the policy's period on its own."""
    years = set(re.findall(r"((?:19|20)\d{2})\s*年", text))
    if "event_date" not in names or len(years) != 1:
        return
    year = int(years.pop())
    months = _MONTH_ALONE.findall(text)  # (in the order said: an item's month may sit right before its piece)
    if len(months) != len(items) or any("event_date" in item for item in items):
        return
    for month, item in zip(months, items, strict=True):
        item["event_date"] = date(year, int(month), 1)


def each_item_facts(text: str, measure: Measure, rulebook: RuleBook, as_of: date | None = None,
                    totals_left_out: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Facts every item shares and each item's own, or ({}, []) when fewer than two items — and so where a figure is
    said only as the items' total, unless `totals_left_out`: then the items with that input unknown (each one judged
    on what it did tell)."""
    text = _MISSED_ONE.sub("漏了 ", lettered_columns(_ordinal_series(text)))
    announced = _KINDS_ANNOUNCED.search(text)
    if announced is not None and len(_KIND_WORD.findall(text, announced.end())) >= 2:
        # ("两个海外仓，一个租的一个自建", then "租的在美国…；自建的在波兰…": the kinds announced, each told after by
        # its kind — the announcement no item of its own, MM032)
        text = text[:announced.start()] + " " * (announced.end() - announced.start()) + text[announced.end():]
    # ("一个在印尼自建（700平，建设费120万）、一个在美国租（1500平，…）": an item's figures in its brackets, their
    # commas no break between items — MC250, the first's cost read as the second's)
    text = _BRACKETED_FIGURES.sub(lambda m: re.sub(r"，|,(?!\d)", "/", m.group(0)), text)
    # "三期 每期100人" where no input counts the classes (and no list gives each its own): each class an item
    # (not where each class is told by its ordinal: "两期 每期35天 第一期60人 第二期90人" — "每期" their shared figure)
    # ("3期 每期100人 其中签一年以上合同的150人": a part larger than a class is of them all — no class an item of it)
    over = _PART_OVER_EACH.search(text)
    if over is not None and Decimal(over.group(2)) > Decimal(over.group(1)):
        return {}, []
    if "分别" not in text and not _CLASS_ORDINAL.search(text) and not any(
            getattr(rulebook.inputs.get(n), "kind", "") == "count"
            and "期" in getattr(rulebook.inputs.get(n), "cues", ()) for n in measure.inputs):
        text = _EACH_CLASS.sub(r"\1\2 各", text)
    text = _ONE_THEN_OTHER.sub(_one_then_other, text)  # ("年租金一个100万一个90万": two items' figures, in turn)
    if len(re.findall(r"(?<![另第])一个", text)) == 2:  # "一个600平 一个800平 租金 60万 100万": a column of the two
        text = _BARE_COLUMN.sub(lambda m: f"{m.group('cue')}分别是{m.group('a')}和{m.group('b')}"
                                if _unit_word(m.group("a")) == _unit_word(m.group("b")) else m.group(0), text, count=1)
    by_county = measure.each_item is not None and measure.each_item.by_county
    # ("夏县 合作费用 100万 平陆县 合作费用 300万": the city's counties, each paid on its own)
    shared_text, pieces = split_each(without_set_aside(text),
                                     county_names(measure.city) if by_county else _places_abroad(rulebook))
    if len(pieces) < 2 and not by_county:
        shared_text, pieces = _kind_pieces(without_set_aside(text), measure, rulebook) or (shared_text, pieces)
    if len(pieces) < 2:
        return {}, []
    if by_county and len({next((c for c in sorted(county_names(measure.city), key=len, reverse=True) if c in piece),
                               None) for piece in pieces} - {None}) != len(pieces):
        return {}, []  # ("临猗县…A机构80万 B机构70万": one county's partners, not counties; its one fee)
    # ("…一个在迪拜…；另外两个都在美国 都600平 年租金各60万": a piece that tells several items alike is each of them)
    pieces = [copy for piece in pieces for copy in [piece] * _alike_in(piece)]
    if measure.each_item is not None and measure.each_item.named and not _items_named(text, pieces,
                                                                                     measure.each_item.item):
        return {}, []  # ("有实绩的企业5家 其中三家分别做了1.3亿、1.1亿、1亿整": the firms' figures, one park)
    if any(_owned_elsewhere(piece, text) for piece in pieces):
        # "我们在郑州的子公司在美国租了个海外仓…；运城总部自己在马来西亚租的仓…": an item of a firm of another
        # city is no item of this city's firm; which items count is the user's to say (asked, never summed)
        return {}, []
    names = [n for n in measure.inputs if n in rulebook.inputs] + [
        n for n in ("event_date", "country") if n in rulebook.inputs]
    shared_text = without_item_counts(shared_text, measure)  # "去了两个展": how many items, no input's count
    shared_text = _EACH_ITEM.sub("每个", shared_text)  # "…各1个展位" said of the items: each item's figure
    shared = extract_facts(shared_text, names, rulebook, measure.keywords, measure.city)
    items = [extract_facts(piece, names, rulebook, measure.keywords, measure.city) for piece in pieces]
    # ("…在美国新泽西租了个海外仓…。另外去年还去东京参加了个展", PD001: a place said of another matter — a fair, a
    # platform's site — with nothing of the measure's own told, is no item of this one)
    kept = [(piece, item) for piece, item in zip(pieces, items, strict=True)
            if not (set(item) <= {"country", "event_date"} and _of_another_matter(piece, measure, rulebook))]
    if len(kept) < 2:
        return {}, []
    pieces, items = [p for p, _ in kept], [i for _, i in kept]
    # "东京那个 8个展位 展位费一共24万": an item's total over its units, shared among them as for one item
    items = [_over_own_units(piece, item, shared, measure, rulebook) for piece, item in zip(pieces, items, strict=True)]
    _lone_sum_of_kind(pieces, items, shared, names, rulebook)  # ("自建大概120万，或者租 一年租金100万")
    _unit_prices(pieces, items, shared, measure, names, rulebook)  # ("3个标准展位，展位费分别是2万、3万、5万")
    _total_by_item(shared_text, shared, pieces, items, rulebook)  # ("租金一共400万，一个150万 一个250万")
    _part_of_total_by_item(text, shared, pieces, items, rulebook)  # ("租金合计200万 其中650平那个是120万")
    totals = _totals_over_items(shared_text, shared, items, measure, rulebook)
    if totals and not totals_left_out:
        return {}, []  # ("两个展…一共4个展位 展位费合计10万": totals of the items, no item's own figures — asked)
    if totals_left_out:  # ("一个400平一个200平 加起来600平…租金一共120万": no item's own 600平 nor 120万)
        for facts in (shared, *items):
            for name in totals | totals_in(facts, text, rulebook):
                facts.pop(name, None)
    _told_like_the_first(pieces, items, rulebook)  # ("A园区…25家 年线上交易总额8亿；B园区19家 5亿")
    figured = [{n for n in item if rulebook.inputs[n].kind in _ITEM_FIGURES} for item in items]
    labelled = all(_LABEL_START.match(piece) for piece in pieces)  # "A仓…；B仓…": two items, each by its label
    if len(items) == 2 and not labelled and not (set(items[0]) & set(items[1])) and not (figured[0] and figured[1]):
        # "一个普通的国际展 在美国…展位费一个3万 订了5个": one item told in two parts (its place, then its
        # figures), not two items: nothing said of the one is said of the other ("又在西班牙新租了一个仓" has
        # its own place and year: another item)
        return {}, []
    _months_of_the_year(text, items, names)  # ("2024年…3月一期 5月一期 7月又办了一期": each one's month)
    timed = [n for n in names if rulebook.inputs[n].kind in ("months", "date")]
    months = [n for n in names if rulebook.inputs[n].kind == "months"]
    if months and as_of is not None and months[0] not in shared:
        # "两个仓，2024年6月都建成投用了，一个…一个…": a start said of all before the items is each one's
        begun = started([shared_text])
        year = started_in_year([shared_text]) if begun is None else None
        if begun is not None and begun <= as_of:  # (an item's own time stands: "B那个中间退租了 只用了8个月")
            most = months_since(begun, as_of)
            shared[months[0]] = (Below(Decimal(most + 1), "months") if STOPPED.search(shared_text)
                                 else Since(Decimal(most), begun))
        elif year is not None and date(year, 12, 1) <= as_of and not STOPPED.search(shared_text):
            # "…；都是2024年开始租的": a start year said of all, at least the months from its December, each one's
            # (but an item's own time: "B那个中间退租了 只用了8个月")
            shared[months[0]] = AtLeast(Decimal(months_since(date(year, 12, 1), as_of)), "months")
    if months and as_of is not None:  # "另一个…今年4月才开始运营": at most from then until today
        for piece, item in zip(pieces, items, strict=True):
            begun = started([piece])
            year = started_in_year([piece]) if begun is None else None
            if (year is not None and months[0] not in item and months[0] not in shared
                    and date(year, 12, 1) <= as_of and not STOPPED.search(piece)):
                # "一个1500平 2022年开始经营的": at least the months from that year's December, as for one item
                item[months[0]] = AtLeast(Decimal(months_since(date(year, 12, 1), as_of)), "months")
                continue
            if months[0] not in item and months[0] not in shared and begun is not None and begun <= as_of:
                # ("…2024年5月投用 … 都满一年了": the time said of all is stated, the bound is not)
                most = months_since(begun, as_of)
                # "另一个…24年8月投用的": in use since then, presumed to today (as for one item, said in
                # the reply); one said to have stopped ("…就退租了") ran at most until today
                item[months[0]] = (Below(Decimal(most + 1), "months") if STOPPED.search(piece)
                                   else Since(Decimal(most), begun))
                event = item.get("event_date")
                if (isinstance(item[months[0]], Since) and isinstance(event, date)
                        and (event.year, event.month) == (begun.year, begun.month)):
                    # ("一个25年6月开始租": in use from then to today, so a year of use full only after a policy's
                    # end is seen as such, as for one item)
                    item["event_date"] = Period(begun, as_of)
    for name in measure.each_item.of_enterprise if measure.each_item else ():
        said = {str(item[name]) for item in items if name in item}
        if name not in shared and len(said) == 1:  # "…英国那个600平 年租金90w 全年进出口620万美元": the firm's
            shared[name] = next(item[name] for item in items if name in item)
            for item in items:
                item.pop(name, None)
    for index in range(1, len(items)):
        previous, piece, item = items[index - 1], pieces[index], items[index]
        if _SAME_TIME.search(piece):  # "另一个…同期": the period of the item before
            item.update({n: previous[n] for n in timed if n in previous and n not in item})
    # "…两个仓跨境电商年进出口额分别是600万美元和700万美元": a list said of all the items, one figure each, in order
    for name, value in list(shared.items()):
        if (isinstance(value, Competing) and len(value.values) == len(items) and "分别" in text
                and all(name not in item or item[name] == value for item in items)):
            shared.pop(name)
            for item, figure in zip(items, value.values, strict=True):
                item[name] = figure
    # ("一个600平 一个800平 租金分别是60万和100万": the list said in the last item's words)
    for name, value in list(items[-1].items()):
        if (isinstance(value, Competing) and len(value.values) == len(items) and "分别" in pieces[-1]
                and all(name not in item for item in items[:-1])):
            for item, figure in zip(items, value.values, strict=True):
                item[name] = figure
    units_priced_one_by_one(measure, shared, items, rulebook, text)
    return shared, [ItemFacts(item, piece) for item, piece in zip(items, pieces, strict=True)]


def units_priced_one_by_one(measure: Measure, shared: dict[str, Any], items: list[dict[str, Any]],
                            rulebook: RuleBook, said: str = "") -> str | None:
    """"订了两个展位 一个3.8万 一个1.5万": the units of one item (booths of one exhibition) counted, then each one's
    price — each piece one unit, capped on its own; never each piece an item of that many units. Only where the
    units counted are as many as the pieces and within the rule's count limit (the limit binds on the item).
    Returns the units' word (展位) where the pieces were so read, else None. (Not units said of each item, "各2个展位":
    the items are items then.)"""
    if _UNITS_OF_EACH.search(said):
        return None
    formula = measure.formula
    units = getattr(formula, "units", None)
    counted = shared.get(units) if units else None
    if type(counted) is not int or counted != len(items) or any(counted > limit.base for limit in formula.count_limits):
        return None
    money = ("money_cny", "money_usd")
    if not all(item and item.get(units, 1) == 1 and any(rulebook.inputs[n].kind in money for n in item)
               and all(rulebook.inputs[n].kind in money or n in ("event_date", "country", units) for n in item)
               for item in items):
        return None
    shared.pop(units)
    for item in items:
        item[units] = 1
    return str(rulebook.inputs[units].cues[0])


def _lone_sum_of_kind(pieces: list[str], items: list[dict[str, Any]], shared: dict[str, Any], names: list[str],
                      rulebook: RuleBook) -> None:
    """"两个方案：自建大概120万，或者租 一年租金100万": an item told by its kind (自建, 租) with one sum of money and no
    word for it is that item's one money input (in place), where the measure has one money input and no item or
    shared fact holds it otherwise."""
    money = [n for n in names if getattr(rulebook.inputs.get(n), "kind", "") == "money_cny"]
    kinds = [n for n in names if getattr(rulebook.inputs.get(n), "kind", "") == "choice"]
    if len(money) != 1 or money[0] in shared or not kinds:
        return
    for piece, item in zip(pieces, items, strict=True):
        if money[0] in item or not any(k in item for k in kinds):
            continue
        sums = [q for q in figures_in(piece) if q.unit in ("CNY", "bare") and q.value >= 10_000]
        if len(sums) == 1 and len(figures_in(piece)) == 1:
            item[money[0]] = Decimal(sums[0].value)


def _unit_prices(pieces: list[str], items: list[dict[str, Any]], shared: dict[str, Any], measure: Measure,
                 names: list[str], rulebook: RuleBook) -> None:
    """"3个标准展位，展位费分别是2万、3万、5万", "订了两个展位 一个3.8万 一个1.5万": the units a measure pays per unit
    counted, then as many pieces each with one sum and nothing else — each sum is that unit's price, the measure's one
    money input (in place; `units_priced_one_by_one` then makes each piece one unit, capped on its own — MU160)."""
    units = getattr(measure.formula, "units", None)
    money = [n for n in names if getattr(rulebook.inputs.get(n), "kind", "") == "money_cny"]
    if (not units or shared.get(units) != len(pieces) or len(money) != 1 or money[0] in shared
            or any(money[0] in item for item in items)):
        return
    sums = [[q for q in figures_in(piece) if q.unit in ("CNY", "bare") and q.value >= 1000] for piece in pieces]
    if all(len(found) == 1 for found in sums) and all(
            len([q for q in figures_in(piece) if q.unit != "count"]) == 1 for piece in pieces):
        for item, found in zip(items, sums, strict=True):
            item[money[0]] = Decimal(found[0].value)
            if item.get(units) == shared[units]:
                del item[units]  # ("订了两个展位 一个3.8万": the count of all the units, said in the first piece)


# what may come before the article that opens an item ("另一个", "还有一个")
_ARTICLE_LEAD = re.compile(r"[\s另还有，,]*")


def _told_like_the_first(pieces: list[str], items: list[dict[str, Any]], rulebook: RuleBook) -> None:
    """"A园区有经营业绩企业25家 年线上交易总额8亿；B园区19家 5亿；C园区40家 30亿", "一个租金100万 一个120万": the items
    after the first told with the same figures in the same order (their units) and without the words that named them —
    each figure is the input the first item's figure in its place was read as (in place); an item whose figures differ
    is left as read."""
    def figures(piece: str) -> list[Any]:
        return [q for q in figures_in(piece) if q.unit in ("CNY", "USD", "bare", "count", "m2", "months", "people")]

    def sums_after_article(piece: str) -> list[Any]:  # "一个租金100万": the article that opens the item left out
        said = [q for q in figures(piece) if not (q.unit == "count" and q.value == 1 and q.raw.startswith("一")
                                                  and _ARTICLE_LEAD.fullmatch(piece[:q.span[0]]))]
        return said if len(said) == 1 and said[0].unit in ("CNY", "USD", "bare") else []

    # (the words said of every item after the last one are no figures of its own: "一个租金100万 一个120万 都600平以上")
    tail = _shared_tail(pieces[-1])
    cut = pieces[-1].find(tail[0]) if tail else -1
    pieces = [*pieces[:-1], pieces[-1][:cut]] if cut > 0 else pieces
    # (one sum each, the items saying nothing else in figures: "一个租金100万 一个120万", read by their sums alone)
    lone_sums = all(sums_after_article(p) for p in pieces)
    first = sums_after_article(pieces[0]) if lone_sums else figures(pieces[0])
    kinds = {n: rulebook.inputs[n].kind for n in items[0] if n in rulebook.inputs}
    places: list[str | None] = []
    for q in first:  # the input each of the first item's figures was read as, by its value
        named = [n for n, kind in kinds.items() if isinstance(items[0][n], Decimal | int)
                 and not isinstance(items[0][n], bool) and Decimal(items[0][n]) == quantity_value(kind, q)]
        places.append(named[0] if len(named) == 1 else None)
    if (len(first) < 2 and not lone_sums) or None in places:
        return
    for piece, item in zip(pieces[1:], items[1:], strict=True):
        own = sums_after_article(piece) if lone_sums else figures(piece)
        # (a figure with no unit takes the unit of the one in its place — never a count's: "100万" and "两个" are no
        # figures of one place, HL007)
        if len(own) != len(first) or any(a.unit != b.unit and ("bare" not in (a.unit, b.unit)
                                                               or "count" in (a.unit, b.unit))
                                         for a, b in zip(first, own, strict=True)):
            continue
        for name, q in zip(places, own, strict=True):
            if name not in item:
                item[name] = quantity_value(kinds[name], q)


def totals_in(facts: dict[str, Any], text: str, rulebook: RuleBook) -> set[str]:
    """The inputs among the facts whose figure the text says as a total ("租金一共120万", "加起来600平")."""
    said = {Decimal(q.value) for q in figures_in(text)
            if _TOTAL_BEFORE_FIGURE.search(text[max(0, q.span[0] - 10):q.span[0]].replace("，", ""))}
    return {n for n, v in facts.items() if isinstance(v, Decimal) and v in said
            and getattr(rulebook.inputs.get(n), "kind", "") in ("money_cny", "money_usd", "count", "area_m2")}


_TOTAL_BEFORE_FIGURE = re.compile(r"(?:合计|一共|总共|共计|总计|加起来|加在一起|总的)[^，,。；;？?\d]{0,4}?$")


def _total_by_item(shared_text: str, shared: dict[str, Any], pieces: list[str], items: list[dict[str, Any]],
                   rulebook: RuleBook) -> None:
    """"三个仓…租金一共300万，分开说 A仓50万 B仓100万 C仓150万": a sum of money said as the items' total, then one
    bare figure in each item's words adding up to it exactly — each item's own figure of that input (in place);
    figures that do not add up to the total are left unread (asked)."""
    for name, value in list(shared.items()):
        spec = rulebook.inputs.get(name)
        if (spec is None or spec.kind not in ("money_cny", "money_usd") or type(value) is not Decimal
                or all(name in item for item in items)
                or not any(q.value == value and _TOTAL_BEFORE_FIGURE.search(shared_text, max(0, q.span[0] - 8),
                                                                            q.span[0])
                           for q in figures_in(shared_text))):
            continue
        units = ("CNY", "bare") if spec.kind == "money_cny" else ("USD",)
        # (an item with its own figure of the input is no part of the total: "漏了D仓 租金200w" told after it)
        unread = [(item, piece) for item, piece in zip(items, pieces, strict=True) if name not in item]
        each = [[q for q in figures_in(piece) if q.unit in units and re.search(r"[万千亿元]", q.raw)]
                for _item, piece in unread]
        if all(len(f) == 1 for f in each) and sum((f[0].value for f in each), Decimal(0)) == value:
            shared.pop(name)
            for (item, _piece), figures in zip(unread, each, strict=True):
                item[name] = Decimal(figures[0].value)


# "租金合计200万 其中650平那个是120万": the items' total, then one item's part, that item named by its words
_TOTAL_THEN_PART = re.compile(r"(?:合计|一共|总共|共计|总计|加起来)\s*(?:是|为|有)?\s*"
                              r"(?P<total>\d[\d.]*\s*(?:万|亿|千)?\s*(?:元|美元)?)"
                              r"[^。；;！!？?\d]{0,8}?其中\s*(?P<label>[^，,。；;！!？?\s]{1,12}?)(?:那个|那座|那家|那条|的)"
                              r"\s*(?:是|为|占|花了|租金|费用)?\s*(?P<part>\d[\d.]*\s*(?:万|亿|千)?\s*(?:元|美元)?)")


def _totals_over_items(shared_text: str, shared: dict[str, Any], items: list[dict[str, Any]], measure: Measure,
                       rulebook: RuleBook) -> set[str]:
    """The inputs a figure said of all the items gives the total of ("一共4个展位", "展位费合计10万", "加起来600平")
    where each item has its own (not the firm's own: 潍坊's 年进出口): those items' figures are unknown where they did
    not tell them."""
    of_firm = set(measure.each_item.of_enterprise) if measure.each_item else set()
    totals = set()
    for name, value in shared.items():
        if all(name in item and item[name] != value for item in items):
            continue  # ("租金合计200w…一个…租金120w，另一个…租金80w": each item's own told)
        spec = rulebook.inputs.get(name)
        if (spec is None or name in of_firm or spec.kind not in ("money_cny", "money_usd", "count", "area_m2")
                or isinstance(value, bool) or not isinstance(value, Decimal | int)):
            continue
        # (the shared words are joined by "，": "一共，4，个展位")
        # (not the items counted: "一共办了2期", "一共两个展")
        if any(q.value == Decimal(value) and _TOTAL_BEFORE_FIGURE.search(
                shared_text[max(0, q.span[0] - 10):q.span[0]].replace("，", ""))
               and not re.match(r"[\s，]*(?:期|场|班|批|个(?:海外仓|仓|店|站|展|园区|平台))", shared_text[q.span[1]:])
               and not re.search(r"(?:期|场|班|批)$", q.raw) for q in figures_in(shared_text)):
            totals.add(name)
    return totals


def _part_of_total_by_item(text: str, shared: dict[str, Any], pieces: list[str], items: list[dict[str, Any]],
                           rulebook: RuleBook) -> None:
    """"两个仓 一个450平 另一个650平…租金合计200万 其中650平那个是120万": a sum said as two items' total, then the
    part of one named by words only its piece holds — that item's figure is the part, the other's the total less
    it, said as derived ("200万 − 120万"); the total is neither's (in place). Not for more than two items."""
    found = _TOTAL_THEN_PART.search(text)
    if found is None or len(items) != 2:
        return
    total, part = (figures_in(found.group(g)) for g in ("total", "part"))
    if len(total) != 1 or len(part) != 1 or total[0].unit != part[0].unit or part[0].value >= total[0].value:
        return
    label = found.group("label")
    named = [i for i, piece in enumerate(pieces) if label in piece.replace(found.group(0), " ")]
    kind = "money_cny" if total[0].unit in ("CNY", "bare") else "money_usd"
    money = [n for n in {*shared, *(k for item in items for k in item)} if getattr(rulebook.inputs.get(n), "kind", "")
             == kind and any(d.get(n) == total[0].value for d in (shared, *items))]
    if len(named) != 1 or len(money) != 1:
        return
    name, own = money[0], named[0]
    shared.pop(name, None)
    items[own][name] = Decimal(part[0].value)
    items[1 - own][name] = Difference(total[0].value - part[0].value,
                                      f"{found.group('total').strip()} − {found.group('part').strip()}")


_CLASS_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,2}期")
_EACH_CLASS = re.compile(r"(?<![\d第每])([两二三四五六七八九十\d]{1,2})\s*(期)\s*每期")
# "租金 60万 100万": a cue, then two figures of one unit with nothing between — one for each of two items
_BARE_COLUMN = re.compile(r"(?P<cue>[\u4e00-\u9fff]{2,4})\s*(?P<a>\d[\d.]*\s*(?:万|千|亿)?(?:元|平方米|平)?)\s+"
                          r"(?P<b>\d[\d.]*\s*(?:万|千|亿)?(?:元|平方米|平)?)(?=\s|$|[，,。；;])")


def _unit_word(figure: str) -> str:
    return re.sub(r"[\d.\s]", "", figure)


class ItemFacts(dict):
    """One item's facts, with the words it was told in (`words`): "开发区那个" finds it by a word only it said."""

    def __init__(self, facts: dict[str, Any], words: str = "") -> None:
        super().__init__(facts)
        self.words = words


_ITEM_FIGURES = ("money_cny", "money_usd", "count", "area_m2", "months", "percent")


def _over_own_units(piece: str, item: dict[str, Any], shared: dict[str, Any], measure: Measure,
                    rulebook: RuleBook) -> dict[str, Any]:
    """An item's facts with a total it says over its own units (8个展位 展位费一共24万) shared among them; the
    units may be said of every item (各3个展位). Nothing else of the shared facts becomes the item's."""
    formula = getattr(measure, "formula", None)
    units = getattr(formula, "units", None) if formula is not None else None
    if not units or units not in {**shared, **item}:
        return item
    whole = shared_over_units(piece, measure, rulebook, {**shared, **item})
    return {k: v for k, v in whole.items() if k in item}
_SAME_TIME = re.compile(r"同期|同一时间|时间一样|时间相同|也是这个时间|同样时间")


SAME_UNIT = {"平方米": "平", "万元": "万"}  # ("550平方米", then "480平": one unit)
UNIT_OF = re.compile(r"(\d[\d.]*\s*(?:万|亿)?\s*)(单|平方米|平|班|个月|个|家|人|万元|万|美元|元|天|课时)")


def same_unit(figure: re.Match[str]) -> str:
    """The unit of a figure matched by UNIT_OF, written one way ("550平方米" and "480平" alike)."""
    return SAME_UNIT.get(figure.group(2), figure.group(2))


# "第三期和第四期", "第2个": items named by their order; "每期60人": the figure each of those counted has
_ORDINAL = re.compile(r"第\s*([一二三四五六七八九十\d]{1,2})\s*(期|个|班|次|场|条|家)")
_EACH_HAS = re.compile(r"每\s*(期|个|班|次|场|条|家)\s*(?:都|都是|是|有)?\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2})")
_COUNTED_ALIKE = r"([\d一二两三四五六七八九十]{{1,3}})\s*{unit}"


def ordinals_put_right(kept: list[str], turn: str) -> list[str] | None:
    """"办了4期…每期60人 每期32课时", then "第三期和第四期人没来齐 分别只有45人和38人": the items counted alike, each
    told now with its own figures — those named by their order put right, the others as every one was said (MQ013);
    None where the message names no item by its order, or the items were not counted alike."""
    named = list(_ORDINAL.finditer(turn))
    if not named or len({m.group(2) for m in named}) != 1:
        return None
    unit = named[0].group(2)
    told = "，".join(kept)
    each = [m for m in _EACH_HAS.finditer(told) if m.group(1) == unit]
    counted = re.search(_COUNTED_ALIKE.format(unit=re.escape(unit)), told)
    total = parse_number(counted.group(1)) if counted else None
    orders = [parse_number(m.group(1)) for m in named]
    if not each or total is None or not 2 <= total <= 12 or any(o is None or not 1 <= o <= total for o in orders):
        return None
    after = turn[named[-1].end():]
    figures = [q for q in UNIT_OF.finditer(after)]
    if not figures or (len(figures) != len(orders) and not (len(figures) == 1 and len(orders) >= 1)):
        return None
    if len(figures) > 1 and "分别" not in after and len(orders) != len(figures):
        return None
    own = {int(o): (figures[i] if len(figures) > 1 else figures[0]) for i, o in enumerate(orders)}
    units = {same_unit(u) for t in each for u in [UNIT_OF.search(t.group(2))] if u}
    if any(same_unit(f) not in units for f in own.values()):
        return None  # ("每期35天", then "第一期60人 第二期90人": each told a figure of its own, no figure put right)

    def figure_of(template: re.Match[str], order: int) -> str:
        said = own.get(order)
        unit_of = UNIT_OF.search(template.group(2))
        if said is not None and unit_of is not None and same_unit(said) == same_unit(unit_of):
            return said.group(0)
        return template.group(2)
    items = [f"第{i}{unit}" + " ".join(figure_of(t, i) for t in each) for i in range(1, int(total) + 1)]
    if not any(own.get(i) is not None for i in range(1, int(total) + 1)):
        return None
    stripped = told
    for t in reversed(each):
        stripped = stripped[:t.start()] + stripped[t.end():]
    return [f"{stripped.strip()}：{'；'.join(items)}"]
