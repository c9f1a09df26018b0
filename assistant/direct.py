"""The first sentence of a help-desk reply: the answer itself, quoted from the text.

A clerk reads the first sentence aloud. For "谁牵头", "市里区里怎么分", "能不能一起拿",
"要准备什么材料" that sentence names the unit, quotes the ratio, the rule on combining, or what
the document says about application — found in the city's clauses by the words the texts
use for it (kept in intents.yaml `direct_topics`), never composed from general knowledge.
The quotes and clause cards follow as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.deps import Deps
from calculators import Measure
from calculators.loader import safe_load
from ingest.records import Clause, Policy
from prompts import message

INTENTS = Path(__file__).resolve().parent / "intents.yaml"
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
_ARTICLE_LABEL = re.compile(r"^第[一二三四五六七八九十百]+条\s*")  # "第八条 在年度…": the label is no part of the quote


@dataclass(frozen=True)
class Rule:
    """One sentence of a clause that answers the question."""

    policy: Policy
    clause: Clause
    sentence: str


@lru_cache(maxsize=1)
def _topics() -> dict[str, dict]:
    data = safe_load(INTENTS.read_text(encoding="utf-8")) or {}
    return {str(k): v for k, v in (data.get("direct_topics") or {}).items()}


def _lexicon_words(key: str) -> list[str]:
    from assistant.intent import lexicon

    return lexicon().get(key, [])


def topic_of(text: str) -> str | None:
    """Which help-desk topic the question asks about (split, combine, materials…), or None."""
    found = topics_of(text)
    return found[0] if found else None


def topics_of(text: str) -> list[str]:
    """Every help-desk topic the question asks about, in the catalog's order ("由哪个部门负责解释
    具体申报指南出了没有": who interprets, and the materials)."""
    asked = {}
    for key, topic in _topics().items():
        found = [text.find(w) for w in topic["asks"] if w in text and not _heads_a_case(text, text.find(w) + len(w))]
        found += [m.start() for p in [*topic.get("asks_patterns", ()), *topic.get("also", ())]
                  for m in [re.search(p, text)] if m]
        # (a lexicon's words asked in too: "具体数额是谁定的" is who decides the amounts, 七（十三）'s materials rule)
        found += [text.find(w) for key in topic.get("asks_from", ()) for w in _lexicon_words(key) if w in text]
        if topic["says"] and found:
            asked[key] = min(found)
    return sorted(asked, key=asked.get)


_HEADER = re.compile(r"\s*(?:[:：]|显示|上写|里写)")


def _heads_a_case(text: str, end: int) -> bool:
    """Whether a topic's words head the case that follows ("企业申报材料：…8个标准展位，每个展位费4万元"):
    a label before a colon and figures, not a question about the topic."""
    header = _HEADER.match(text, end)
    return bool(header) and bool(re.search(r"\d", text[header.end():]))


def topic_patterns(key: str) -> list[str]:
    """The patterns a help-desk topic is asked in, besides its words."""
    return [str(p) for p in _topics().get(key, {}).get("asks_patterns", ())]


def asks_department(text: str) -> bool:
    return any(word in text for word in _topics().get("department", {}).get("asks", ()))


def rules_for(key: str, scope: list[str], deps: Deps, measure: Measure | None = None,
              near: list[Clause] | None = None, asked: str = "") -> list[Rule]:
    """The sentences of the scope's clauses that state the topic, best first: the measure's own
    clause, then the retrieved clauses, then any clause; within each, the stronger words first."""
    topic = _topics()[key]
    words = [str(w) for w in topic["says"]]
    if topic.get("own_words") and asked:  # "要在哪备案": the sentence with the question's own word
        words = [w for w in words if w in asked] or words
    for preferred in topic.get("when_asked", ()):  # the question's own words put some sentences first
        if asked and any(re.search(str(p), asked) for p in preferred["asked_patterns"]):
            first = [str(w) for w in preferred["says"]]
            words = first + [w for w in words if w not in first]
    residual = [str(w) for w in topic.get("residual", ())]
    residual_flag = str(topic.get("residual_unless", ""))
    snapshot = deps.retriever.snapshot
    found: list[tuple[tuple[int, int, int, int], Rule]] = []
    near_ids = {(c.policy_id, c.label): i for i, c in enumerate(near or [])}
    for clause in snapshot.clauses:
        policy = snapshot.policies[clause.policy_id]
        if scope and policy.city not in scope:
            continue
        own = measure is not None and (measure.policy_id, measure.clause) == (clause.policy_id, clause.label)
        for sentence in _SENTENCE.findall(clause.text.replace("\n", "")):
            strength = next((i for i, w in enumerate(words) if w in sentence), None)
            if strength is None:
                continue
            # a measure with no rule of its own on the topic ("高校专业奖励谁出钱"): the rule for the
            # rest ("其余政策资金由市级财政承担") answers before another measure's own rule
            rest = bool(residual) and not own and measure is not None and not getattr(measure, residual_flag, True) \
                and any(w in sentence for w in residual)
            near_place = near_ids.get((clause.policy_id, clause.label), len(near_ids))
            found.append(((0 if own or rest else 1, strength, near_place, len(found)),
                          Rule(policy, clause, _ARTICLE_LABEL.sub("", sentence.strip()))))
    found.sort(key=lambda item: item[0])
    rules: list[Rule] = []
    for _, rule in found:
        if all(rule.sentence != r.sentence for r in rules):
            rules.append(rule)
    return rules


def every_rule(key: str, scope: list[str], deps: Deps) -> list[Rule]:
    """Every clause of the scope that states the topic, in the document's order, a sentence said by
    several clauses once per clause ("哪些条款是市县两级分担的": 潍坊 三、四、五、六 and 结语)."""
    words = [str(w) for w in _topics()[key]["says"]]
    return _sentences_where(scope, deps, lambda sentence: any(w in sentence for w in words))


def rules_naming(term: str, scope: list[str], deps: Deps) -> list[Rule]:
    """The sentences of the scope's clauses that name a word ("永济": "其余各县（市）（永济市除外）2:8")."""
    return _sentences_where(scope, deps, lambda sentence: term in sentence)


def _sentences_where(scope: list[str], deps: Deps, keep: Callable[[str], bool]) -> list[Rule]:
    """The sentences of the scope's clauses that `keep` accepts, in the documents' order."""
    snapshot = deps.retriever.snapshot
    return [Rule(snapshot.policies[c.policy_id], c, _ARTICLE_LABEL.sub("", sentence.strip()))
            for c in snapshot.clauses if not scope or snapshot.policies[c.policy_id].city in scope
            for sentence in _SENTENCE.findall(c.text.replace("\n", "")) if keep(sentence)]


def term_lead(term: str, rules: list[Rule]) -> str:
    """"关于“永济”，运城文件第十条（二）规定：“…”": each sentence naming the word, with its clauses."""
    return _each_sentence_once(f"“{term}”", rules, "")


@lru_cache(maxsize=32)
def _asked(key: str) -> re.Pattern[str]:
    """intents.yaml's list of patterns under `key`, as one pattern (one that matches nothing where none)."""
    return re.compile("|".join(f"(?:{p})" for p in (safe_load(INTENTS.read_text(encoding="utf-8")) or {})
                               .get(key, ())) or r"(?!x)x")


def asks_list(text: str) -> bool:
    """"哪些条款的资金是市县两级分担的", "哪几项能同时享受": the question asks for every clause."""
    return bool(_asked("list_asked").search(text))


def asks_allocation(text: str) -> bool:
    """"资金怎么分配", "是先到先得吗", "谁组织申报", "具体数额谁定": how the money is allotted and approved, or who
    organises the applications, is asked."""
    return bool(_asked("allocation_asked").search(text))


def listed_lead(key: str, rules: list[Rule], city: str) -> str:
    """"关于资金分担，潍坊文件三、四、五、六规定：“…”；结语规定：“…”": each sentence once, with every
    clause that says it."""
    if not rules:
        return message("direct_silent", city=city, topic=_topics()[key]["name"])
    return _each_sentence_once(_topics()[key]["name"], rules, _topics()[key].get("lead", ""))


def _each_sentence_once(topic: str, rules: list[Rule], lead: str) -> str:
    """"关于…，潍坊文件三、四规定：“…”；结语规定：“…”": each sentence quoted once, after every clause that says it."""
    said: dict[str, list[str]] = {}
    for rule in rules:
        labels = said.setdefault(rule.sentence.rstrip("。；;"), [])
        if rule.clause.label not in labels:
            labels.append(rule.clause.label)
    parts = "；".join(message("direct_rule_part", clauses="、".join(labels), quote=sentence)
                     for sentence, labels in said.items())
    return message("direct_rules", topic=topic, city=rules[0].policy.city, parts=parts, lead=lead)


def topic_lead(key: str, rules: list[Rule], city: str) -> str:
    """"关于资金分担，运城文件第十条（二）规定：“……”": the first rule, quoted verbatim."""
    if not rules:
        return message("direct_silent", city=city, topic=_topics()[key]["name"])
    first = rules[0]
    same = [r for r in rules if r.clause is first.clause][:int(_topics()[key].get("quotes", 1))]
    quote = "……".join(r.sentence.rstrip("。；;") for r in same)  # "组长…", "下设办公室…": both, in text order
    return message("direct_rule", topic=_topics()[key]["name"], city=first.policy.city,
                   clause=first.clause.label, quote=quote, lead=_topics()[key].get("lead", ""))


def department_lead(clause: Clause, policy: Policy, deps: Deps) -> str:
    """"济南三（六）3「提高出口退税效率」的牵头单位是市税务局，责任单位是…": the units the
    clause names; where it names none, the clause that organises applications."""
    if clause.responsible_units:
        units = "，".join(message("direct_unit", role=role, names="、".join(names))
                          for role, names in clause.responsible_units.items())
        return message("direct_department", city=policy.city, clause=clause.label, heading=clause.heading,
                       units=units)
    children = [c for c in deps.retriever.snapshot.clauses if c.policy_id == clause.policy_id
                and c.parent_label == clause.label and c.responsible_units]
    if children:  # "六安那几条资金支持政策 牵头单位是哪个部门": a section's items each name their units
        items = "；".join(message("direct_child_units", clause=c.label, heading=c.heading,
                                  units="，".join(message("direct_unit", role=role, names="、".join(names))
                                                 for role, names in c.responsible_units.items()))
                         for c in children)
        return message("direct_department_children", city=policy.city, clause=clause.label,
                       heading=clause.heading, items=items)
    organiser_rule = organiser(policy.city, deps)
    return message("direct_department_none", city=policy.city, clause=clause.label, heading=clause.heading,
                   office_clause=organiser_rule.clause.label if organiser_rule else "",
                   office=organiser_rule.sentence.rstrip("。；;") if organiser_rule else "")


# a unit said in a question ("财政局", "市商务局", "北戴河海关", "人民银行六安市中心支行")
_UNIT_SAID = re.compile(r"[\u4e00-\u9fa5]{0,10}?(?:局|管委会|委员会|海关|银行|支行|办公室|政府|办)")
_ROLE_WORDS = {"牵头": "牵头单位", "责任": "责任单位", "配合": "配合单位"}


def unit_roles(text: str, clause: Clause) -> list[tuple[str, list[str], str]]:
    """The units a question names about a clause whose units were just given ("财政局也在里面吗", "市商务局是牵头吗"):
    each as said, the clause's roles it holds ([] where the clause lists it under none), and the role the question
    asks that it does not hold ("牵头单位"), or ''."""
    out = []
    asked_roles = [role for word, role in _ROLE_WORDS.items() if word in text]
    for match in _UNIT_SAID.finditer(text):
        said = match.group(0).lstrip("那就是也还都")
        if len(said) < 2 or said in ("办公室",):
            continue
        short = said[1:] if said.startswith("市") else said
        held = [(role, name) for role, names in clause.responsible_units.items() for name in names
                if name == said or name.endswith(short)]
        roles = list(dict.fromkeys(role for role, _ in held))
        missed = next((r for r in asked_roles if r not in roles), "") if roles else ""
        out.append((held[0][1] if held else said, roles, missed))  # (the unit by the clause's own name)
    return out


def organiser(city: str, deps: Deps) -> Rule | None:
    """The sentence naming who organises applications or reviews them (运城第八条, 秦皇岛七（十三））."""
    return next((r for r in rules_for("materials", [city], deps) if "组织" in r.sentence or "会同" in r.sentence),
                None)


def organiser_lead(rule: Rule) -> str:
    return message("direct_organiser", city=rule.policy.city, clause=rule.clause.label,
                   quote=rule.sentence.rstrip("。；;"))


_CORE_DROP = re.compile(r"跨境电子商务|跨境电商")


def named_clause(text: str, scope: list[str], deps: Deps) -> tuple[Policy, Clause] | None:
    """The clause whose heading the question writes out, whole or by its own words ("出口退税效率
    那条" for 提高出口退税效率): the longest shared run of at least four characters, not
    counting 跨境电商 (which every heading has)."""
    snapshot = deps.retriever.snapshot
    question = _CORE_DROP.sub("※", text)
    best: tuple[tuple[int, bool, int], Clause] | None = None
    for clause in snapshot.clauses:
        if scope and snapshot.policies[clause.policy_id].city not in scope:
            continue
        heading = _CORE_DROP.sub("※", clause.heading)
        if len(heading) < 4:
            continue
        run = _longest_run(question, heading)
        # ("支持企业建海外仓那条": 五「支持跨境电商企业建设海外仓」 in three pieces, over 三's 支持企业 in one;
        # the pieces are counted only where a run of three is shared at all)
        covered = _covered(question, heading) if run >= 3 or _longest_run(question, heading, shortest=3) else 0
        rank = (max(run, covered), bool(clause.responsible_units), len(clause.label))  # ties: the item, not its section
        if (run >= 4 or covered >= 6) and (best is None or rank > best[0]):
            best = (rank, clause)
    # "谁负责统筹协调全市跨境电商创新发展": a duty asked in a clause's own words (四（一）'s "…工作专班负责统筹协调全市
    # 跨境电商创新发展工作"), a longer run than any heading's, names that clause
    # (not the document's own title, "那个支持跨境电商综试区发展的若干措施", which its opening repeats)
    said = max(((_question_run(question, _CORE_DROP.sub("※", c.text),
                               _CORE_DROP.sub("※", snapshot.policies[c.policy_id].title)), c)
                for c in snapshot.clauses if (not scope or snapshot.policies[c.policy_id].city in scope)
                and c.label != "前言"),  # (the opening names the document and what it rests on, no duty)
               key=lambda pair: pair[0], default=(0, None))
    if said[1] is not None and said[0] >= _TEXT_RUN and (best is None or said[0] > best[0][0] + 2):
        return snapshot.policies[said[1].policy_id], said[1]
    if best is None:
        return None
    # ("六安跨境电商支持政策 四（二）那条牵头单位是谁": the item its label names, within the section its heading does)
    items = sorted((c for c in snapshot.clauses if c.policy_id == best[1].policy_id and c.label != best[1].label
                    and c.label.startswith(best[1].label) and len(c.label) >= 2 and c.label in text),
                   key=lambda c: -len(c.label))
    chosen = items[0] if items else best[1]
    return snapshot.policies[chosen.policy_id], chosen


_TEXT_RUN = 8  # a run of a clause's text this long (跨境电商 counted as nothing) is the clause quoted


def _question_run(question: str, text: str, title: str = "") -> int:
    """Length of the longest run of the question found in a clause's text (※ counted as nothing) and not in the
    document's `title`, from `_TEXT_RUN` characters up; 0 where none is so long."""
    for size in range(len(question), _TEXT_RUN - 1, -1):
        for start in range(len(question) - size + 1):
            piece = question[start:start + size]
            if size - piece.count("※") >= _TEXT_RUN and piece in text and piece not in title:
                return size - piece.count("※")
    return 0


def heading_run(text: str, clause: Clause) -> int:
    """How much of the clause's heading the question writes out (named_clause's measure) — or of its text, where the
    question quotes that ("培育省级跨境电商产业园区这项任务": 三（二）'s own words, LC180)."""
    question = _CORE_DROP.sub("※", text)
    return max(_longest_run(question, _CORE_DROP.sub("※", clause.heading)),
               _question_run(question, _CORE_DROP.sub("※", clause.text)))


def _covered(question: str, heading: str) -> int:
    """How many of the heading's characters the question writes, in runs of two or more, each part of the
    heading counted once (※ as nothing)."""
    parts, total = [heading], 0
    while piece := _longest_piece(question, parts, shortest=2):
        total += len(piece) - piece.count("※")
        parts = [p for part in parts for p in part.split(piece, 1)]
    return total


def _longest_piece(question: str, parts: list[str], shortest: int) -> str:
    """The longest run (at least `shortest` characters besides ※) of any part found in the question, or ""."""
    best = ""
    for part in parts:
        for size in range(len(part), max(shortest, len(best) + 1) - 1, -1):
            found = next((part[i:i + size] for i in range(len(part) - size + 1)
                          if part[i:i + size] in question and size - part[i:i + size].count("※") >= shortest), None)
            if found:
                best = found
                break
    return best


def _longest_run(question: str, heading: str, shortest: int = 4) -> int:
    """Length of the longest run of the heading found in the question, ※ (跨境电商) counted as nothing."""
    for size in range(len(heading), shortest - 1, -1):
        for start in range(len(heading) - size + 1):
            piece = heading[start:start + size]
            if piece in question:
                return size - piece.count("※")
    return 0
