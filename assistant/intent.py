"""What a message asks: its intent, the measures its words name, the help-desk topic.

The word lists are data (assistant/intents.yaml) and the calculators' own vocabulary (measure
keywords); `assistant.facts` reads the figures and yes/no facts a calculator needs, and
`assistant.understanding` puts both together, once per message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.patterns import compiled
from calculators import Measure
from calculators.checks import walk_formula
from calculators.loader import safe_load
from calculators.model import Formula

INTENTS_FILE = Path(__file__).resolve().parent / "intents.yaml"
_SEGMENT = re.compile(r"[，,。；;！!？?]|\s+")  # not 、: "没有开通9610、9710、9810" negates the whole list


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return safe_load(INTENTS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[str]]:
    return {k: [str(w).lower() for w in v] for k, v in _data().items() if isinstance(v, list)}


def private_info_patterns() -> list[str]:
    """The patterns of a person's private details asked for (不提供个人信息)."""
    return [str(p) for p in (_data().get("private_info_asked") or ())]


def applicant_nouns() -> dict[str, list[str]]:
    """The applicant a per-applicant cap names -> the words enquiries count such applicants by (院校: 学校, 高校…)."""
    return {str(k): [str(w) for w in v] for k, v in (_data().get("applicant_nouns") or {}).items()}


def ruled_out_parts() -> dict[str, list[str]]:
    """input -> the words that rule a part out of that summed input ("国内" for a certification cost)."""
    return {str(k): [str(w) for w in v] for k, v in (_data().get("parts_ruled_out") or {}).items()}


def expand_measure_words(text: str) -> str:
    """The text plus the rule-file words for the colloquial ones in it (综服 -> 综合服务平台)."""
    extra = [target for word, target in (_data().get("measure_synonyms") or {}).items() if word in text]
    extra += [target for pattern, target in (_data().get("measure_synonym_patterns") or {}).items()
              if re.search(pattern, text)]
    return text + (" " + " ".join(extra) if extra else "")


# "一共多少", "加起来能拿多少": a total asked, of the matters (or firms) told before it
# ("这一条加起来最多拿多少": the total's most — AG063)
TOTAL_ASKED = re.compile(r"(?:一共|总共|合计|加起来|加一起|加在一起|总计)\s*(?:最多|最高)?\s*(?:能|可以)?\s*"
                         r"(?:拿|补|奖|领|获得)?"
                          r"\s*(?:多少|几)"
                          # "分别多少 合计", "各扶持多少 合计": each, then the total, asked
                          r"|(?:分别|各自|各)(?:是|能拿|能补|扶持|补|奖|补贴|支持|奖励)?多少[^，,。；;\d]{0,3}?"
                          r"(?:合计|一共|总共|加起来)"
                          # "请核定各事项最多金额及合计": each matter's amount and the total, asked (LY248)
                          r"|(?:金额|多少)\s*(?:及|和|与|并|以及)\s*(?:合计|总计|总额)"
                          # "能拿哪些、多少": which of the matters told pay, and how much (RD164: one matter of two)
                          r"|(?:能|可以)(?:拿|享受|申请|领)哪些[^，,。；;\d]{0,3}?[、，,\s]\s*(?:各|分别|一共|都)?(?:能拿|能补|是)?"
                          r"\s*多少")

# "只做1210 不做9610 9710 9810": customs codes said not to be done name no measure of theirs
_CODES_DENIED = re.compile(r"(?:不做|没做|没有做|不搞|没搞|没开通|未开通|没有开通|不涉及|不走|没走)\s*"
                           r"(?:(?:9610|9710|9810|1210)\s*(?:[、,，/和及与]|业务)?\s*)+")


@lru_cache(maxsize=512)
def _measure_words(text: str) -> str:
    """expand_measure_words, lowered, once per message: every measure is scored against it (customs codes said
    not to be done left out where another code is said to be done: "只做1210 不做9610 9710 9810"; where none is,
    "没开通9610/9710/9810 …能按1%拿吗" still asks of that measure)."""
    text = _LIKENED_TO.sub(" ", text)  # ("…比照海外仓30%行吗": a measure named as a likeness is no topic — MN097)
    if _ASKS_INSTEAD.search(text):  # ("增长多少不知道 就问9610那个": what is not known names no topic — MT211)
        text = _NOT_KNOWN.sub(" ", text)
    kept = _CODES_DENIED.sub(" ", text)
    return expand_measure_words(kept if re.search(r"9610|9710|9810|1210", kept) else text).lower()


# "增长多少不知道", "面积不清楚": a thing said to be unknown; "就问9610那个", "我问的是…": the thing asked instead
_NOT_KNOWN = re.compile(r"[^，,。；;！!？?\s\d]{1,8}?(?:是)?(?:多少|几个|几)?(?:不知道|不清楚|不太清楚|说不好|没统计)")
_ASKS_INSTEAD = re.compile(r"(?:就|只|单|我)问|问的是|想问的是")


# "比照海外仓30%行吗", "参照示范园区给50万": another measure named as the standard the user hopes for
_LIKENED_TO = re.compile(r"(?:比照|参照|类比|对照|套用)(?:着)?[^，,。；;？?]{1,12}?"
                         r"(?=[，,。；;？?]|行吗|可以吗|行不行|可不可以|$)")


def explain_topic(text: str) -> str:
    """Retrieval words for a question about a non-monetary topic (资金分担, 支持期), or ''. A
    topic word inside a fact denied ("之前没拿过国家和省里的钱") asks nothing."""
    for topic in (_data().get("explain_topics") or {}).values():
        if any(word in text and not _only_denied(text, word) for word in topic["words"]) or any(
                compiled(p).search(text) for p in [*topic.get("patterns", ()), *topic.get("also", ())]):
            return str(topic["query"])
    return ""


_DENIED_PAST = re.compile(r"(?:没|未|没有|从没|从未|从来没)(?:有)?(?:拿过|拿到过|享受过|获得过|领过|申请过|要过|给过)")


def _only_denied(text: str, word: str) -> bool:
    """Whether every use of the word sits in a phrase that denies a past fact (没拿过…)."""
    phrases = [p for p in _SEGMENT.split(text) if word in p]
    return bool(phrases) and all(_DENIED_PAST.search(p[:p.find(word)]) for p in phrases)


def asks_overview(text: str, places: Iterable[str] = ()) -> bool:
    """"运城有哪些跨境电商扶持政策？", "济南的企业能拿多少钱": what a city offers, in general;
    a question with any specific word ("人才有什么补贴", "通关有哪些措施") is not one."""
    if not (has_any(text, "overview_ask") and has_any(text, "overview_topic")):
        return False
    from ingest.tokenize import tokenize

    text = without_places(text, places)
    words = lexicon()
    general = {*words["generic"], *words["overview_ask"], *words["overview_topic"], *words["overview_filler"]}
    return not any(len(t) > 1 and t not in general for t in tokenize(text))


def without_places(text: str, places: Iterable[str]) -> str:
    """The text with place names blanked: a city's name says nothing about the topic. Longest first, so the
    result is one whatever the order given ("商标注册" before "商标": a set's order changes with each process)."""
    for place in sorted(places, key=lambda p: (-len(p), p)):
        text = text.replace(place, " ")
    return text


def off_topic(text: str) -> bool:
    """A question on another topic (天气, 房贷, 今天的汇率), not a fact given for a calculation; an
    employer's support named with the off-topic word ("社保补贴", "个税返还") asks about the policies."""
    support = [w for w in lexicon()["employer_support"] if w in text]
    if any(w in text and not any(w in s for s in support) for w in lexicon()["off_topic"]):
        return True
    if said_in_patterns(text, "off_topic"):
        return True
    # ("按7.1的汇率算": the figure said before the word is the rate given, as one after it is; "汇率我不清楚 大概能拿
    # 多少": an amount asked beside the word — the case's, QC069 had been out of scope)
    if has_any(text, "calculate"):
        return False
    return any(not re.search(r"\d[^，,。；;！!？?\d]{0,3}$", text[:m.start()])
               for word in lexicon()["off_topic_unless_figure"]
               for m in compiled(re.escape(word) + r"(?![^，,。；;！!？?]{0,6}\d)").finditer(text))


def has_any(text: str, key: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in lexicon()[key])


# "订酒店花了3万", "机票费用2万": a task's words in what was done and paid for — a fact of the case, no task asked
_SPENT_AFTER = re.compile(r"[^，,。；;！!？?\d]{0,6}?(?:花了|花费|用了|费用|的钱|费|共|一共|合计)\s*(?:是|为|了)?\s*\d")


def said_in_patterns(text: str, key: str) -> bool:
    """Whether one of the lexicon's patterns for `key` (intents.yaml `<key>_patterns`: the words of a question where
    other words come between) matches the text."""
    return any(compiled(str(p)).search(text) for p in _data().get(f"{key}_patterns") or ())


def asks_document(text: str) -> bool:
    """Whether the text asks about the document itself — its number, issuer, dates, what it rests on — by the
    lexicon's words, or its patterns where the words vary ("各是哪个机关发的", "上位依据有哪些")."""
    return has_any(text, "document") or said_in_patterns(text, "document")


def asks_standard(text: str) -> bool:
    """Whether the text asks for a measure's standard itself — its threshold, conditions, tiers, rate or cap — by the
    lexicon's words, or its patterns where the words vary ("要求服务多少家企业", "补助条件", "最多给几成")."""
    return has_any(text, "standard") or asks_condition(text)


def asks_condition(text: str) -> bool:
    """Whether the text asks for a threshold, a condition, tiers or a rate in the words the patterns hold (not "怎么
    算", which with a fact told asks the case's facts)."""
    return said_in_patterns(text, "standard")


def asks_task(text: str) -> bool:
    """Whether the text asks for a task that is no policy question ("帮我写个直播脚本", "订下周一去运城的机票"): by
    the lexicon's words, or its patterns where words come between — not where the words tell what was paid for
    ("订酒店花了3万")."""
    lowered = text.lower()
    found = [(m.start(), m.end()) for word in lexicon()["task"] for m in re.finditer(re.escape(word), lowered)]
    found += [m.span() for p in lexicon().get("task_patterns", ()) for m in compiled(p).finditer(lowered)]
    return any(not _SPENT_AFTER.match(lowered, end) for _, end in found)


# "企业申报材料：2025年1月参加…8个标准展位…": a label heading the case that follows, no question
_LEAD_HEADER = re.compile(r"^\s*[^，,。；;：:？?\d]{1,10}[：:](?=.*\d)", re.S)


# "租了一年到期不租了", "合同明年3月到期": the firm's lease or contract ending, no question of the policy's period
_MATTER_ENDED = re.compile(r"(?:租|租约|租期|合同|协议|保单|认证|证书|商标|注册|执照|资质|域名)"
                           r"[^，,。；;！!？?]{0,8}?(?:到期|截止)"
                           # ("一个美国商标到期续展": a thing's own term renewed — ME019)
                           # ("2024年只是到期续了一下": renewed — MV039)
                           r"|(?:到期|过期)(?:后|了)?(?:就|又|再)?(?:续|换证|重新)"
                           # ("去年3月底到期就没续了": a date's own end, the matter's)
                           r"|(?:\d{1,2}\s*月(?:底|初|中|份)?|\d{4}\s*年(?:底|初)?)\s*(?:就|已经|已)?\s*(?:到期|截止)"
                           r"(?=[^，,。；;！!？?]{0,3}(?:就|了|后|没|不))")


def detect_intent(text: str, has_facts: bool) -> str:
    """validity | compare | apply | calculate | eligibility | greeting | explain. Facts with an
    amount question are a calculation even when validity is asked too ("不是5月底就到期了吗，还能
    拿多少"): the calculation's reply states the validity where it decides. A label heading the case
    ("企业申报材料：…") asks nothing."""
    text = _LEAD_HEADER.sub("", text)
    if has_any(text, "who_decides") and not has_facts:
        return "apply"  # "每家企业具体给多少是谁来定的": who decides, not how much
    if ((has_any(text, "asks_definition") or said_in_patterns(text, "asks_definition"))
            and not re.search(r"\d", _CODES.sub(" ", text))):
        return "explain"  # "平台奖励里的跨境电商进出口 统计哪些海关监管代码": what the clause's words take in
    if has_facts and has_any(text, "calculate") and not has_any(text, "apply"):
        return "calculate"
    if has_facts and has_any(text, "eligibility") and not has_any(text, "apply"):
        return "eligibility"  # "2023年11月参展…现在还能申请吗": the facts decide, validity is in the reply
    if has_facts and _STILL_ACCEPTED.search(text) and re.search(r"(?:19|20)\d{2}\s*年", text):
        return "eligibility"  # "说是2024年8月才租的仓，这个还能受理吗": a dated matter's verdict (GA203)
    if (has_any(text, "apply") and has_any(text, "followup_amount") and not has_any(text, "validity")
            and not has_any(text, "who_decides")):  # "给多少钱是谁审核": who decides, not how much
        return "calculate"  # "怎么申请 能拿多少": the amount first; the reply says who runs the application
    for intent in ("validity", "compare", "apply"):
        if intent == "compare" and has_facts and not any(
                w in text.lower() for w in lexicon()["compare"] if w not in lexicon()["compare_of_one"]):
            continue  # ("9610出口做到30万美元了 奖励是不是按比例更多": the case's more asked, no places compared)
        if has_any(_MATTER_ENDED.sub(" ", text) if intent == "validity" else text, intent):
            return intent
    if has_any(text, "calculate"):
        return "calculate"
    if has_any(text, "eligibility"):
        return "eligibility"
    if has_facts:
        return "calculate"
    if has_any(text, "greeting") and len(text) <= 20:
        return "greeting"
    return "explain"


_STILL_ACCEPTED = re.compile(r"还(?:能|可以|能不能)(?:受理|申请|申报|报|办)")
_CODES = re.compile(r"(?<!\d)(?:9610|9710|9810|1210|1239|0110)(?!\d)")  # customs codes: no figures of a case
_AWARD_WORD = re.compile(r"奖励|补助|补贴|奖补|支持资金|扶持资金|扶持(?!政策)")
# a figure's own label right before it ("线上交易额6亿"): it says what the figure is more than which measure is asked
_FIGURE_AFTER = re.compile(r"\s*(?:是|为|有|达到?|约|大概|共|一共|大约|才|只有)?\s*\d(?![\d.]*\s*[%％])")  # (no rate)


_LABEL_END = re.compile(r"(?:额|费|费用|金)$")  # words that name a sum: 线上交易额, 展位费


def _label_weight(word: str, lowered: str) -> float:
    """Half where every mention of a keyword of three characters or more labels a figure right after it — not a
    code (1210) nor a short word, which name the measure whatever follows."""
    if len(word) < 3 or word.isdigit() or not _LABEL_END.search(word):
        return 1  # (a thing's name before its figure, "海外仓 500平", names the measure)
    ends = [m.end() for m in re.finditer(re.escape(word), lowered)]
    return 0.5 if ends and all(_FIGURE_AFTER.match(lowered, end) for end in ends) else 1


# "四（一）条", "第五条（二）款": a clause label said as a clause
_CLAUSE_ASKED = re.compile(r"^\s*(?:条|款|项)")


def clause_said(measure: Measure, text: str) -> str:
    """How the text names the measure's clause by its label: "四（二）" as labelled (three characters at least), or a
    label of a numeral alone ("三", 潍坊's items) as "第三条" (MV089: "按第三条能奖多少钱"); "" where it does not."""
    if len(measure.clause) >= 3 and measure.clause in text:
        return measure.clause
    if re.fullmatch(r"[一二三四五六七八九十]{1,2}", measure.clause) and f"第{measure.clause}条" in text:
        return f"第{measure.clause}条"
    return ""


def rank_measures(text: str, measures: list[Measure], clause_ranks: dict[tuple[str, str], int]
                  ) -> list[tuple[Measure, float]]:
    """Measures scored by their keywords in the text plus retrieval of their clause."""
    lowered = _measure_words(text)
    # the award named ("综服平台新招引企业奖励"): its own words, right before 奖励/补助, count again over the words
    # that describe who asks (综服平台)
    heads = " ".join(text[max(0, m.start() - 8):m.start()].lower() for m in _AWARD_WORD.finditer(text))
    generic = set(lexicon()["generic"]) if heads else set()
    awards = awards_pointed_at(text)
    scored = []
    for measure in measures:
        # (a figure's label weighs half only where an award is named by other words: "园区扶持…线上交易额6亿")
        score = sum(len(k) * (_label_weight(k.lower(), lowered) if heads and k.lower() not in heads else 1)
                    for k in measure.keywords if k and k.lower() in lowered)
        score += sum(len(k) for k in measure.keywords if k and k.lower() in heads and k.lower() not in generic)
        if measure.name and measure.name in text:
            score += len(measure.name)
        said = clause_said(measure, text)
        if said:
            score += 2 * len(said)  # "六安 四（二） 同一企业一年最多": the clause names it
            if _CLAUSE_ASKED.search(text.split(said, 1)[1][:3]) or re.search(
                    rf"(?:按|依|根据|依据|适用)\s*(?:第)?{re.escape(said)}", text):
                # ("请问按四（一）条可得奖励多少": the clause the question is asked under, whatever else is told)
                score += 50
            # (keyword_score counts it too, so the measure is named explicitly)
        if awards & fixed_awards(measure):
            score += _AWARD_NAMED_WEIGHT  # "六安那个5万块奖励怎么拿": the measure whose award is the sum pointed at
        rank = clause_ranks.get((measure.policy_id, measure.clause))
        if rank is not None:
            score += {1: 1.0, 2: 0.5, 3: 0.25}.get(rank, 0.0)
        if score > 0:
            scored.append((measure, float(score)))
    scored.sort(key=lambda item: -item[1])
    return scored


# "那个5万块奖励", "这个一次性5万元的奖励": an award pointed at by its own sum (TC105)
_AWARD_POINTED = re.compile(r"(?:那个|这个|那笔|这笔|那项|这项|一次性)\s*(?:的)?\s*(\d+(?:\.\d+)?)\s*"
                            r"(万元|万块|万|元|块)(?:钱)?\s*(?:的)?\s*(?:奖励|补贴|补助|奖补|扶持)")
_AWARD_NAMED_WEIGHT = 4  # as much as a four-character keyword of the measure's own


def awards_pointed_at(text: str) -> set[Decimal]:
    """The sums, in yuan, the text points at as an award ("那个5万块奖励" → 50000)."""
    return {Decimal(m.group(1)) * (10_000 if m.group(2).startswith("万") else 1) for m in _AWARD_POINTED.finditer(text)}


def fixed_awards(measure: Measure) -> set[Decimal]:
    """The fixed sums, in yuan, a measure's formula pays (六安 四（一）: 5万元)."""
    return {item.amount.base for item in walk_formula(measure.formula)
            if isinstance(item, Formula) and item.kind == "fixed" and item.amount is not None
            and item.amount.dimension == "cny"}


def specific_keywords(text: str, measure: Measure) -> list[str]:
    """The measure's own words found in text, leaving out words every policy uses (奖励, 平台)."""
    lowered = _measure_words(text)
    generic = set(lexicon()["generic"])
    return [k for k in measure.keywords if k and k.lower() in lowered and k.lower() not in generic]


def keyword_score(text: str, measure: Measure) -> int:
    """How strongly the text names this measure: the length of its keywords found."""
    lowered = _measure_words(text)
    named = 2 * len(clause_said(measure, text))
    return named + sum(len(k) for k in measure.keywords if k and k.lower() in lowered)


# A Chinese numeral counts only before a unit, a particle or the end: "一共能拿多少" is no figure 1.
