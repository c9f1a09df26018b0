"""Which city a question is about: corpus cities, their districts and counties, other cities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from calculators.loader import safe_load

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.yaml"
# "绍兴市…": a city name the gazetteer does not list; words like 城市/全市/本市 are not places.
_SOME_CITY = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)市(?=跨境|的|有|对|出台|关于|在|[，,？?。 ])")
# "青岛海关", "宁波港": another city's institution is a place in the story, not the question's city.
_INSTITUTION = re.compile(r"(?:市|的)?(?:海关|港口|港|机场|口岸|综保区|保税区|自贸区|片区|展馆|会展中心)")
# Before a corpus city, another city is the question's subject only when policy words or a
# conjunction follow it ("青岛的政策", "青岛和运城"); "太原的一所高校…在运城培训" is a story.
_SUBJECT = re.compile(r"市?(?:的?(?:跨境电商|跨境电子商务|电商|外贸)?(?:政策|补贴|补助|扶持|奖励|规定|措施|文件)"
                      r"|有没有|有什么|有啥|能补|能拿|能不能|和|与|跟|、|呢|[，,？?]"
                      # "青岛对跨境电商平台有什么奖励": what the city does for a thing, asked
                      r"|对(?!比|照|接|标)(?=[^，,。；;？?]{0,14}?(?:有什么|有没有|有啥|补|奖|支持|政策)))")
# "石家庄有个企业来问…能按秦皇岛的标准给他算吗": the firm is the other city's — unless it settles in a
# corpus city ("北京的企业在秦皇岛注册了子公司": the corpus city's firm then)
# ("石家庄的跨境电商企业 能按河北秦皇岛那个政策拿…吗": the firm said with its trade — SB227, 40万 shown)
_FIRM_AFTER = re.compile(r"市?(?:的|本地的?)?(?:跨境电商|跨境电子商务|电商|外贸|进出口)?(?:企业|公司|商家|卖家|厂家?)"
                         r"|市?有(?:个|家|一家|一个)(?:企业|公司|商家|卖家|厂)")
_SETTLES = re.compile(r"落户|注册|设立|成立|迁入|迁到|迁来|入驻|新设|分公司|子公司|投资建")
# "在广州，订了…", "在上海办的展": a place of the matter, said after 在, ending its phrase
_AT_BEFORE = re.compile(r"(?:在|去|到|赴)\s*$")
# ("公司注册和业务都在临汾，": where the firm is, not where a matter took place)
_FIRM_AT = re.compile(r"(?:注册|业务|公司|企业|总部|我们|他们|工厂|厂)[^，,。；;]{0,6}在\s*$")
# ("O2O体验店开在唐山 营业面积200平": the thing's place, a phrase ending there)
_PLACE_AFTER = re.compile(r"市?(?:\s+|\s*(?:[，,；;。]|$|举办|办的|开的|参展|参加|的展))")
# "注册在北京，想落户秦皇岛": where the firm comes from, beside a corpus city, is the story
_ORIGIN_BEFORE = re.compile(r"(?:注册(?:地)?(?:在|于|是)|位于|来自|总部(?:设)?在|从)\s*$")
# "按秦皇岛的政策算", "换成济南", "改按六安的标准": the city a question is put to
_TARGET_BEFORE = re.compile(r"(?:按照?|换成|改成|换到|改按|改用|套用|适用)\s*$")
_TARGET_AFTER = re.compile(r"市?的?(?:政策|文件|标准|规定|办法)?(?:来|去)?(?:算|计算|测算)")
# "济南没具体数的话 那运城呢": the city a follow-up turns to, beside the one it leaves
_TURN_BEFORE = re.compile(r"(?:那(?:么)?\s*(?:在|换成|要是)?|(?:要是|如果|假如)(?:我们|企业|公司)?(?:是|在)?)\s*$")
_TURN_AFTER = re.compile(r"市?(?:的|那边|这边)?(?:企业|公司)?\s*呢")
# "像运城那样每班20万", "运城是市里补30%", "秦皇岛那边好像给50万", "听说六安这种能拿5万": another city's rule recalled
# beside the question, a comparison, not the city asked about
_COMPARED_BEFORE = re.compile(r"(?:像|听说|据说|人家|他说|她说|好像)\s*$")
_COMPARED_AFTER = re.compile(r"市?(?:那边|那里|那儿|那样|这种|那种)?\s*(?:好像|听说|据说)?\s*(?:都|也)?"
                             # (not an amount asked, nor a year after it: "运城能拿多少 2024年租的" — LG191)
                             r"(?:是|写了|写的是|给|补|按|能拿|可以拿)(?:(?!多少|几)[^，,。；;！!？?]){0,10}?"
                             # (a customs code is no figure: "在秦皇岛 是独立法人 开通了9610")
                             r"(?:(?<!\d)(?!(?:9610|9710|9810|1210)(?!\d))(?!(?:19|20)\d{2}\s*年)\d"
                             r"|[一二两三四五六七八九十]+万)"
                             # "秦皇岛朋友说…", "是不是跟秦皇岛一样50万": a friend there, the same as there
                             # (not "那秦皇岛一样的仓能拿50万吗": the same warehouse, there)
                             r"|市?(?:的|那边的?)?朋友|市?(?:那边)?(?:一样|那样|似的)(?!的?\s*(?:仓|店|站|情况|条件|项目|展|企业|公司))"
                             # "海外仓是运城一家公司帮忙租的": another firm there, doing a thing for this one
                             r"|市?(?:的)?(?:一家|一个|某)?(?:公司|企业|机构)(?:帮|替|代)")
# "按秦皇岛的1%能拿多少", "按运城的办法算应该是50万": another city's rule applied with its figure, a comparison
# (not "那按秦皇岛的政策算呢", which asks that city's rule)
_SUPPOSED_BEFORE = re.compile(r"(?:要是|如果|假如|假设|换成|换到|放在|搬到)\s*(?:是|在|到)?\s*$")
_BY_RULE_BEFORE = re.compile(r"(?:按照?|套用|参照|比照)\s*$")
_RULE_NOUN = re.compile(r"市?(?:的)?(?:标准|办法|比例|规定|政策|算法)")
_FIGURE_SOON = re.compile(r"[^，,。；;！!？?]{0,10}?\d")
# "我们在潍坊", "我们潍坊企业", "我司位于盐湖区": where the speaker's enterprise is
_SPEAKER = re.compile(r"(?:我们|咱们|我司|我公司|本公司|本企业|我方)(?:公司|企业|单位|厂)?\s*"
                      r"(?:是|在|位于|注册在|注册地在|落户在?|属于|地处)?\s*$")
_ZONE = re.compile(r"开发|新区|保税|高新|综合|经济")  # zones are named in full
# "能申请运城的补贴吗", "按运城的标准补", "能不能享受运城的政策": the city whose support is applied for
_APPLY_BEFORE = re.compile(r"(?:申请|申报|享受|拿|领取?|按照?|适用|参照|套用)\s*(?:到)?\s*$")
_SUPPORT_AFTER = re.compile(r"市?\s*(?:那边|这边)?(?:的)?[^，,。；;？?\d]{0,8}?"
                            r"(?:补贴|补助|奖励|奖补|奖|政策|扶持|支持|标准|资金|措施)"  # ("第二条的奖": ND174)
                            # ("能申请秦皇岛那个50w吗": the award named by its sum)
                            r"|市?\s*(?:的)?\s*(?:那个|这个|那笔|这笔|那项|这项)\s*(?=\d)"
                            # ("能享受运城的30%补助吗": the support named by its rate — EC137)
                            r"|市?\s*的\s*\d+(?:\.\d+)?\s*[%％]\s*(?:的)?(?:补贴|补助|奖励|奖补|支持)"
                            # ("能拿潍坊的100w吗": the award named by its sum right after 的 — LN094)
                            r"|市?\s*的\s*(?=\d+(?:\.\d+)?\s*(?:万|亿|w|W))")
_APPLY_AFTER = re.compile(r"\s*(?:我们|我|我司|我公司|咱们|他们|企业)?\s*(?:能|可以|可不可以|能不能|能否|也能|还能)\s*"
                          r"(?:申请|申报|享受|拿|领)")
# "我是济南的企业", "六安的跨境电商企业", "汕头一家外贸公司", "在济南注册的": the place said to be the firm's own
_OWNER_BEFORE = re.compile(r"(?:(?:我们|咱们|我司|我公司|本公司|本企业|我方|我)(?:公司|企业|单位|厂)?\s*(?:是|在|位于)"
                           r"|(?:企业|公司|他们|对方)\s*(?:是|属于))\s*$|(?:注册在|注册地在|注册于|来自)\s*$")
_OWNER_AFTER = re.compile(r"市?\s*(?:的|本地的?|那边的?|当地的?)?\s*(?:一家|一个|某|有家|有个)?"
                          r"(?:跨境电商|跨境|外贸|电商|进出口|贸易)?(?:企业|公司|商家|卖家|厂家?)"
                          r"|市?\s*(?:注册|注册的|的企业|的公司)")
_NOT_A_PLACE = re.compile(r"[个哪各本全我该省县城超门股夜集上下进出同其那这此地区级市两三四五六七八九十一]")


@dataclass(frozen=True)
class Gazetteer:
    """Names -> city, for the cities that have policies, plus cities that have none."""

    aliases: dict[str, str] = field(default_factory=dict)
    others: frozenset[str] = frozenset()
    _pattern: re.Pattern[str] | None = None
    provinces: frozenset[str] = frozenset()  # province names standing for the corpus's one city there

    @classmethod
    def build(cls, corpus_cities: Iterable[str], path: Path = GAZETTEER,
              doc_numbers: dict[str, str] | None = None,
              provinces: dict[str, str] | None = None) -> Gazetteer:
        """Corpus cities, their places from the gazetteer, document numbers -> city, and a
        province -> its city where the corpus has one city in that province ("山西的企业")."""
        data = _load(path)
        cities = set(corpus_cities)
        aliases: dict[str, str] = {}
        by_province: dict[str, set[str]] = {}
        for city, province in (provinces or {}).items():
            if province:
                by_province.setdefault(province.removesuffix("省"), set()).add(city)
        provinces: set[str] = set()
        for province, owners in by_province.items():
            if len(owners) == 1:
                aliases[province] = aliases[f"{province}省"] = next(iter(owners))
                provinces |= {province, f"{province}省"}
        for number, city in (doc_numbers or {}).items():
            if number:
                aliases[number] = city
        for city in cities:
            aliases[city] = city
            aliases[f"{city}市"] = city
        plain = {str(w) for w in data.get("not_short_forms") or ()}
        for city, places in (data.get("cities") or {}).items():
            if city in cities:
                for place in places:
                    aliases[str(place)] = city
                    # "临猗一家果汁企业", "寿光的企业": a county or district named without its 县/市/区
                    stem = str(place)[:-1]
                    if (str(place)[-1] in "县市区" and len(stem) >= 2 and stem not in plain
                            and not _ZONE.search(stem)):
                        aliases.setdefault(stem, city)
        others = frozenset(c for c in other_city_names(path) if c not in cities)
        names = sorted([*aliases, *others], key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(n) for n in names)) if names else None
        return cls(aliases, others, pattern, frozenset(provinces))

    def names_in(self, text: str) -> list[str]:
        """The place names as written in text (盐湖区, 运城市), longest first where they overlap."""
        return self._names(text)

    def mentions(self, text: str) -> list[str]:
        """Corpus cities named in text (directly or by a district), in order, no repeats."""
        found: list[str] = []
        for name in self._names(text):
            city = self.aliases.get(name)
            if city and city not in found:
                found.append(city)
        return found

    def focus(self, text: str, cities: list[str]) -> list[str]:
        """Of several cities named, the one the question is put to, when exactly one is marked so
        ("潍坊那个文件过期了…按秦皇岛的政策算呢"); otherwise all of them (a comparison)."""
        if len(cities) < 2 or self._pattern is None:
            return cities
        targets = {self.aliases[m.group(0)] for m in self._pattern.finditer(text) if m.group(0) in self.aliases
                   and (_TARGET_BEFORE.search(text, 0, m.start()) or _TARGET_AFTER.match(text, m.end())
                        or (_TURN_BEFORE.search(text, 0, m.start()) and _TURN_AFTER.match(text, m.end())))}
        return [c for c in cities if c in targets] if len(targets) == 1 else cities

    def compared(self, text: str) -> set[str]:
        """The corpus cities every mention of which recalls their rule as a comparison ("济南企业买出口信用保险
        保费能补多少 运城是市里补30%": 运城)."""
        if self._pattern is None:
            return set()
        cities = {self.aliases[m.group(0)] for m in self._pattern.finditer(text) if m.group(0) in self.aliases}
        def recalled(m: re.Match[str]) -> bool:
            if _SUPPOSED_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                return False  # "同样的仓 要是在潍坊 是租的 租金一年100w": the case supposed there, asked (KL208)
            return bool(_COMPARED_BEFORE.search(text, max(0, m.start() - 3), m.start())
                        or _COMPARED_AFTER.match(text, m.end())
                        or (_BY_RULE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                            and (_FIGURE_SOON.match(text, m.end())
                                 # "按运城的标准帮我算一下济南的…": another city's case
                                 or (len(cities) > 1 and _RULE_NOUN.match(text, m.end())))))

        mentions = [(self.aliases[m.group(0)], recalled(m))
                    for m in self._pattern.finditer(text) if m.group(0) in self.aliases]
        return {city for city, _ in mentions if all(flag for other, flag in mentions if other == city)}

    def home(self, text: str) -> str | None:
        """The corpus city the speaker's enterprise is in, where the message says so ("我们在潍坊",
        "我们潍坊企业"), and only one such city is said."""
        if self._pattern is None:
            return None
        homes = {self.aliases[m.group(0)] for m in self._pattern.finditer(text)
                 if m.group(0) in self.aliases and _SPEAKER.search(text, max(0, m.start() - 8), m.start())}
        return next(iter(homes)) if len(homes) == 1 else None

    def applied_to(self, text: str) -> str | None:
        """The one corpus city whose support the message applies for ("六安的企业能不能申请运城的海外仓补贴"),
        where a verb of applying comes right before it and a word of support after."""
        if self._pattern is None:
            return None
        asked = {self.aliases[m.group(0)] for m in self._pattern.finditer(text) if m.group(0) in self.aliases
                 and (support := _SUPPORT_AFTER.match(text, m.end()))
                 and (_APPLY_BEFORE.search(text, max(0, m.start() - 4), m.start())
                      # ("运城的店开全球奖励我能拿吗": the verb of applying after the support)
                      or _APPLY_AFTER.match(text, support.end()))}
        return next(iter(asked)) if len(asked) == 1 else None

    def owner_elsewhere(self, text: str, city: str) -> str | None:
        """The place other than `city` said to be the enterprise's own ("我们是汕头的企业", "六安的跨境电商
        企业", "在济南注册的"): a corpus city or one without a policy here; None if none or several."""
        if self._pattern is None:
            return None
        owners = {self.aliases.get(m.group(0), m.group(0)) for m in self._pattern.finditer(text)
                  if (m.group(0) in self.aliases or m.group(0) in self.others)
                  and (_OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start())
                       or _OWNER_AFTER.match(text, m.end()))}
        owners.discard(city)
        return next(iter(owners)) if len(owners) == 1 else None

    def other_cities(self, text: str, compared: Iterable[str] = ()) -> list[str]:
        """Cities a question is about that have no policy in the corpus (listed, or "××市").

        When a corpus city is named first, later other cities are places in the story (展会在
        上海办), not the subject, and are not returned. A corpus city named only to compare with
        ("临汾的展会补贴跟运城一样吗": `compared`) leaves the other city the subject."""
        named = [(m.start(), m.group(0)) for m in self._pattern.finditer(text) if m.group(0) in self.others] \
            if self._pattern else []
        for match in _SOME_CITY.finditer(text):
            name = match.group(1)
            if name not in self.aliases and f"{name}市" not in self.aliases and not _NOT_A_PLACE.search(name):
                named.append((match.start(), name))
        found = [m for m in self._pattern.finditer(text) if m.group(0) in self.aliases
                 and not (m.group(0) in self.provinces and self._other_right_after(text, m.end()))] \
            if self._pattern else []
        # (a province standing for a corpus city names no firm's city: "石家庄的跨境电商企业…河北的政策应该都一样吧")
        found = [m for m in found if m.group(0) not in self.provinces]
        first_corpus = min((m.start() for m in found), default=len(text) + 1)
        # (a corpus city named only to compare with leaves the other city, named before it, the subject)
        corpus = [m.start() for m in found if self.aliases[m.group(0)] not in set(compared)]
        return list(dict.fromkeys(
            name for start, name in sorted(named) if start < first_corpus
            and not _INSTITUTION.match(text, start + len(name))
            and not (corpus and _ORIGIN_BEFORE.search(text, max(0, start - 6), start))
            # ("重点展会——秋季广交会，在广州，订了3个展位…运城这边补多少": where the matter took place)
            and not (corpus and _AT_BEFORE.search(text, max(0, start - 2), start)
                     and _PLACE_AFTER.match(text, start + len(name))
                     and not _FIRM_AT.search(text, max(0, start - 10), start))
            and (not corpus or _SUBJECT.match(text, start + len(name))
                 or (_FIRM_AFTER.match(text, start + len(name)) and not _SETTLES.search(text)))))

    def _names(self, text: str) -> list[str]:
        if not self._pattern:
            return []
        # ("山西太原", "山东青岛的企业": a province before a city of its own with no policy here is that city's
        # province, not the corpus city standing for it)
        return [m.group(0) for m in self._pattern.finditer(text)
                if not (m.group(0) in self.provinces and self._other_right_after(text, m.end()))]

    def _other_right_after(self, text: str, end: int) -> bool:
        if self._pattern is None:
            return False
        following = self._pattern.match(text, end + (1 if text[end:end + 1] in "省的 " else 0))
        return following is not None and following.group(0) in self.others


def place_of_matter(text: str, name: str) -> bool:
    """Whether a city is said only as where the matter took place ("在广州办的", "在上海参展"), not whose firm it
    is nor whose policy is asked."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(
        _AT_BEFORE.search(text, max(0, start - 2), start) and _PLACE_AFTER.match(text, start + len(name))
        and not _FIRM_AT.search(text, max(0, start - 10), start) for start in starts)


# "东盟博览会（南宁）", "广交会(广州)", "在南宁举办的东盟博览会": a city said as an event's venue
_VENUE_BEFORE = re.compile(r"(?:会|展|节|论坛|峰会)\s*[（(]\s*$")
_VENUE_AFTER = re.compile(r"市?\s*[)）]")
# ("在广州办的国际展", "在深圳开的展会": where an exhibition was held — LV023)
_HELD_AFTER = re.compile(r"市?\s*(?:举办|举行|召开|(?:办|开)的[^，,。；;\d]{0,6}?(?:展|会|节|论坛))")


def event_venue(text: str, name: str) -> bool:
    """Whether a city is said only as the venue of an event (in brackets after its name, or where it was held): no
    firm's city, with or without a city of the conversation."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(
        (_VENUE_BEFORE.search(text, max(0, start - 4), start) and _VENUE_AFTER.match(text, start + len(name)))
        or (_AT_BEFORE.search(text, max(0, start - 2), start) and _HELD_AFTER.match(text, start + len(name)))
        for start in starts)


@lru_cache(maxsize=1)
@lru_cache(maxsize=16)
def county_names(city: str, path: Path = GAZETTEER) -> dict[str, str]:
    """The counties, county-level cities, districts and zones the gazetteer lists for a city, each to itself, and each
    county's stem where it is no ordinary word ("平陆" for 平陆县): the places a city's support may go to one by one."""
    data = _load(path)
    plain = {str(w) for w in data.get("not_short_forms") or ()}
    places = {str(p): str(p) for p in (data.get("cities") or {}).get(city) or ()}
    stems = {p[:-1]: p for p in places if p[-1] in "县市区" and len(p) >= 3 and p[:-1] not in plain
             and not _ZONE.search(p[:-1])}
    return {**stems, **places}


def policy_city_names(path: Path = GAZETTEER) -> tuple[str, ...]:
    """The cities whose policies the gazetteer places (运城, 济南, …): each a place at home, for fact reading."""
    return tuple(str(c) for c in _load(path).get("cities") or {})


def other_city_names(path: Path = GAZETTEER) -> frozenset[str]:
    """The gazetteer's list of cities without a policy here (合肥, 青岛, …), for fact reading."""
    return frozenset(str(c) for c in _load(path).get("other_cities") or [])


@lru_cache(maxsize=4)
def other_city_alternation(*also: str) -> str:
    """The cities without a policy here (and `also`), longest first, as one regex alternation (built once)."""
    return "|".join(re.escape(c) for c in sorted({*other_city_names(), *also}, key=len, reverse=True) if len(c) > 1)


@lru_cache(maxsize=4)
def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    return safe_load(path.read_text(encoding="utf-8")) or {}
