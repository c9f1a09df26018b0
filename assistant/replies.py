"""Reply builders: explain, validity, comparison, who to apply to, asking for the city.

Each returns an Answer rendered from prompts/ with verbatim quotes from the index; amounts
only ever come from calculators (comparison rows call them, nothing is computed here).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal
from typing import Any

from assistant import compose, direct, lifecycle
from assistant.deps import Deps
from assistant.figures import Competing, InDollars, InForeign, InYuan, uncontested
from assistant.retrieval import Hit
from assistant.types import Answer, Citation, Session
from assistant.understanding import (
    TOTAL_ASKED,
    extract_facts,
    facts_for,
    has_any,
    keyword_score,
    lexicon,
    rank_measures,
    specific_keywords,
)
from calculators import CalcResult, Measure, calculate
from calculators.fmt import fmt_money
from calculators.formulas import max_amount
from calculators.inputs import period_display
from calculators.items import combine, difference
from calculators.quantity import AtLeast, Below, Period
from prompts import format_yuan, message, render


def clause_citation(deps: Deps, policy_id: str, label: str, hint: str = "") -> tuple[Citation, Any] | None:
    clause = deps.retriever.clause(policy_id, label)
    if clause is None:
        return None
    policy = deps.retriever.snapshot.policies[policy_id]
    return compose.citation(policy, clause, hint), clause


_KIND_UNITS = {"area_m2": "平方米", "months": "个月", "percent": "%"}


def show_value(value: object, kind: str = "", unit: str = "") -> str:
    if isinstance(value, Below):
        return message("value_below", value=show_value(value.limit, kind, unit))
    if isinstance(value, AtLeast) and value.said is not None:
        return message("value_said_about", value=show_value(value.said, kind, unit))
    if isinstance(value, AtLeast) and value.ceiling is not None and value.approximate:
        return message("value_about", value=show_value(value.floor, kind, unit))
    if isinstance(value, AtLeast) and value.ceiling is not None:
        return message("value_between", low=show_value(value.floor, kind, unit),
                       high=show_value(value.ceiling, kind, unit))
    if isinstance(value, AtLeast):
        return message("value_above" if value.strict else "value_at_least", value=show_value(value.floor, kind, unit))
    if isinstance(value, Period):  # "2024年3月至2025年2月" said in months, dates otherwise: as the calculator shows it
        return period_display(value)
    if isinstance(value, Decimal | int) and not isinstance(value, bool) and kind in _KIND_UNITS | {"count": ""}:
        return f"{value}{unit or _KIND_UNITS.get(kind, '')}"
    if isinstance(value, Competing):
        return "或".join(value.words)
    if isinstance(value, bool):
        return message("yes") if value else message("no")
    if isinstance(value, InForeign):  # "6500英镑" for a yuan input: shown in the currency it was said in
        return fmt_money(Decimal(value), value.currency)
    if isinstance(value, InDollars) and kind == "money_cny":
        return fmt_money(Decimal(value), "美元")
    if isinstance(value, InYuan) and kind == "money_usd":
        return format_yuan(Decimal(value))
    if kind == "money_cny":
        return format_yuan(value)
    if kind == "money_usd":
        return fmt_money(Decimal(str(value)), "美元")
    if isinstance(value, list):  # (none: "还没开通9610、9710、9810业务")
        return "、".join(str(v) for v in value) or message("none_chosen")
    return str(value)


def missing_example(result: CalcResult, deps: Deps) -> str:
    """A reply template with placeholders, never sample figures that could be mistaken for facts."""
    units = {"money_cny": "××万元", "money_usd": "××万美元", "area_m2": "××平方米", "months": "××个月",
             "count": "××", "percent": "××%", "bool": "是/否", "country": "××国"}
    parts = []
    for name in result.missing_input_names[:3]:
        spec = deps.rulebook.inputs.get(name)
        if spec is not None:
            hint = "/".join(c.value for c in spec.choices) if spec.choices else units.get(spec.kind, "……")
            parts.append(f"{spec.label.split('（')[0]}：{hint}")
    return "，".join(parts)


def no_figure_phrase(result: CalcResult, found) -> str:
    for marker in ("一事一议", "给予支持", "给予重点支持", "给予适当扶持", "给予政策支持", "给予一次性奖励",
                   "给予运营支持", "给予物流支持"):
        if found and marker in found[1].text:
            return marker
    return result.quote_hint or "给予支持"


def ask_city(measure: Measure, session: Session, deps: Deps, facts: dict[str, Any]) -> Answer:
    session.measure, session.city = measure.id, None  # the topic; the city's twin is found next turn
    session.facts.update(facts)
    text = message("ask_city", covered=compose.covered_cities(deps), topic=measure.name)
    return Answer("needs_info", text, intent="ask_city", measure=measure.id,
                  calculation={"measure": None, "city": None, "clause": None, "eligible": None,
                               "amount_yuan": None, "steps": [], "unmet_conditions": [],
                               "missing_inputs": ["所在城市"], "assumptions": [], "warnings": []})


OFFERED_INPUTS = 4  # an explained measure offers to calculate from its first inputs


def offered_inputs(measure: Measure, deps: Deps) -> list[str]:
    """The inputs an explained measure asks for when offering to calculate."""
    return [n for n in measure.inputs if n in deps.rulebook.inputs][:OFFERED_INPUTS]


_WHOLE_ASKED = re.compile(r"这条|整条|这项政策|这个政策|此条|合计|一共|总共|加起来|两项|全部|总的")


def _part_asked(measure: Measure, topic: str, deps: Deps):
    """The one part of a sum formula the conversation's words name by its base's cues ("平台服务年费和推广运营费
    补贴比例多少", then "那单个企业最多呢": the fees' part, capped on its own), or None."""
    if measure.formula.kind != "sum" or not topic or _WHOLE_ASKED.search(topic):
        return None  # ("这条政策一年最多给多少": the clause's own most, whatever part was talked of)
    named = [p for p in measure.formula.parts if p.formula.base and p.formula.base in deps.rulebook.inputs
             and any(c in topic for c in deps.rulebook.inputs[p.formula.base].cues)]
    return named[0] if len(named) == 1 else None


def explain_measure(measure: Measure, hits: list[Hit], deps: Deps, with_ceiling: bool = False,
                    years: int = 1, topic: str = "", units: Decimal | None = None) -> Answer:
    """A measure's rule quoted; `with_ceiling` ("最多能拿多少？" with no facts) also gives the most
    the text allows as an upper bound, in the calculation and in the first line; `years`: the most over that many
    years of a measure paid each year of a period the text states ("补助期3年…三年加起来最多")."""
    found = clause_citation(deps, measure.policy_id, measure.clause)
    policy = deps.retriever.snapshot.policies[measure.policy_id]
    rows = _measure_rows(deps.rulebook.of_clause(measure))
    labels = [deps.rulebook.inputs[n].label for n in offered_inputs(measure, deps)]
    follow = message("offer_calculation", labels="、".join(labels)) if measure.has_amount and labels else ""
    # (a cap the text states, even with no rate; for the units the case is known to have, where it counts units)
    ceiling = max_amount(measure.formula, units) if with_ceiling else None
    part = _part_asked(measure, topic, deps) if with_ceiling else None
    if part is not None and max_amount(part.formula) is not None:
        ceiling = min(c for c in (max_amount(part.formula), ceiling) if c is not None)
    calculation = None
    lead = message("measure_rule_lead", city=measure.city, measure=measure.name)
    yearly = ceiling
    if ceiling is not None and years > 1:
        ceiling = ceiling * years
    if ceiling is not None:
        lead = message("ceiling_lead", city=measure.city,
                       measure=f"{measure.name}」中「{part.name}" if part is not None else measure.name,
                       amount=format_yuan(ceiling), clause=measure.clause) + "\n\n" + lead
        calculation = {"measure": measure.id, "city": measure.city, "clause": measure.clause, "eligible": None,
                       "amount_yuan": f"{ceiling:.2f}", "amount_is_upper_bound": True,
                       "steps": [message("ceiling_step", amount=format_yuan(yearly), clause=measure.clause),
                                 *([message("ceiling_years_step", yearly=format_yuan(yearly), years=str(years),
                                            amount=format_yuan(ceiling), clause=measure.clause)] if years > 1 else [])],
                       "unmet_conditions": [], "missing_inputs": [], "warnings": [],
                       "assumptions": [message("ceiling_assumption")]}
    text = render("reply_explain", banners=compose.banners([policy], deps.as_of),
                  lead=lead, measures=rows,
                  citations=[compose.citation_view(*found)] if found else [],
                  validity=compose.validity_line(policy, deps.as_of), follow_up=follow,
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [found[0]] if found else [], calculation,
                  compose.policy_status([policy], deps.as_of), intent="explain",
                  city=measure.city, measure=measure.id)


def explain_maxima(measures: list[Measure], deps: Deps) -> Answer | None:
    """"那全部加起来一家企业最多呢" after the most of each of several measures: the sum of the most the text
    allows for each, an upper bound in the calculation and the first line; None where one states no ceiling."""
    ceilings = [max_amount(m.formula) for m in measures]
    if any(c is None for c in ceilings):
        return None
    total = sum((c for c in ceilings if c is not None), Decimal(0))
    city = measures[0].city
    names = "、".join(f"「{m.name}」" for m in measures)
    steps = [message("maxima_step", name=m.name, amount=format_yuan(c), clause=m.clause)
             for m, c in zip(measures, ceilings, strict=True)]
    steps.append(message("maxima_sum", parts=" + ".join(format_yuan(c) for c in ceilings if c is not None),
                         amount=format_yuan(total)))
    citations, views = _cited_once(measures, deps)
    policies = list({m.policy_id: deps.retriever.snapshot.policies[m.policy_id] for m in measures}.values())
    calculation = {"measure": "+".join(m.id for m in measures), "city": city, "clause": measures[0].clause,
                   "eligible": None, "amount_yuan": f"{total:.2f}", "amount_is_upper_bound": True,
                   "steps": steps, "unmet_conditions": [], "missing_inputs": [], "warnings": [],
                   "assumptions": [message("ceiling_assumption")]}
    lead = message("maxima_lead", city=city, names=names, amount=format_yuan(total))
    text = render("reply_explain", banners=compose.banners(policies, deps.as_of), lead=lead,
                  measures=_measure_rows(measures), citations=views,
                  validity=compose.validity_line(policies[0], deps.as_of), follow_up="",
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, citations, calculation, compose.policy_status(policies, deps.as_of),
                  intent="explain", city=city, measure=measures[-1].id)


def explain_each(measures: list[Measure], deps: Deps) -> Answer:
    """"微专业和方向专业 分别奖多少", "展会和海外仓分别能补多少" with no case told: each measure's standard with its
    clause, every clause quoted once, and the offer to calculate (KZ113: one measure's facts were asked)."""
    citations, views = _cited_once(measures, deps)
    policies = list({m.policy_id: deps.retriever.snapshot.policies[m.policy_id] for m in measures}.values())
    lead = message("each_lead", city=measures[0].city, names="、".join(f"「{m.name}」" for m in measures))
    text = render("reply_explain", banners=compose.banners(policies, deps.as_of), lead=lead,
                  measures=_measure_rows(measures), citations=views,
                  validity=compose.validity_line(policies[0], deps.as_of), follow_up=message("each_follow_up"),
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, citations, None, compose.policy_status(policies, deps.as_of),
                  intent="explain", city=measures[0].city, measure=measures[0].id)


def _cited_once(measures: list[Measure], deps: Deps) -> tuple[list[Citation], list[Any]]:
    """Each measure's clause cited and shown once, in the measures' order."""
    seen: set[tuple[str, str]] = set()
    citations, views = [], []
    for citation, clause in (found for m in measures for found in [clause_citation(deps, m.policy_id, m.clause)]
                             if found):
        if (citation.doc_number, citation.clause) not in seen:
            seen.add((citation.doc_number, citation.clause))
            citations.append(citation)
            views.append(compose.citation_view(citation, clause))
    return citations, views


def _measure_rows(measures: list[Measure]) -> list[dict[str, str]]:
    """Measures as the reply_explain template lists them: name, clause, standard in words."""
    return [{"name": m.name, "clause": m.clause, "formula": m.formula_text} for m in measures]


def informative(text: str, hit: Hit) -> bool:
    """Whether the hit shares more than generic words with the question."""
    from ingest.tokenize import tokenize

    generic = set(lexicon()["generic"])
    words = {t for t in tokenize(text) if t not in generic and len(t) > 1}
    body = hit.clause.text + hit.clause.heading
    return any(w in body for w in words)


def explain_answer(text: str, hits: list[Hit], scope: list[str], deps: Deps, trusted: bool = False,
                   direct: tuple[str, list] | None = None) -> Answer:
    """The clauses that answer a question with no calculation. `direct`: a first sentence that
    answers it and the rules it quotes (assistant.direct), shown before the retrieved clauses."""
    relevant = hits[:2] if trusted else [h for h in hits[:3] if informative(text, h)]
    where = "、".join(scope) if scope else compose.covered_cities(deps)
    pairs = [(h.policy, h.clause) for h in relevant[:2]]
    hint = ""
    if direct is not None:
        lead, rules = direct
        if rules:  # the quoted rules' clauses first (each once), then a retrieved one that is none of them
            quoted = list({(r.policy.id, r.clause.label): (r.policy, r.clause) for r in rules}.values())
            seen = {(p.id, c.label) for p, c in quoted}
            pairs = [*quoted, *[p for p in pairs if (p[0].id, p[1].label) not in seen]][:max(2, len(quoted))]
            hint = rules[0].sentence
        status = "answered"
    elif not relevant:
        lead = message("not_in_policy", scope=where, topic=text[:30], office=message("local_office"))
        pairs = [(h.policy, h.clause) for h in hits[:1]]
        status = "not_in_policy"
    else:
        lead = _no_amount_lead(text, relevant[0], deps) or message("related_clauses", scope=where)
        status = "answered"
    citations = [compose.citation(p, c, hint if i == 0 else "", query=text) for i, (p, c) in enumerate(pairs)]
    views = [compose.citation_view(cit, c) for cit, (_, c) in zip(citations, pairs, strict=True)]
    policies = [p for p, _ in pairs]
    text_out = render("reply_explain", banners=compose.banners(policies, deps.as_of), lead=lead,
                      measures=[], citations=views,
                      validity=compose.validity_line(policies[0], deps.as_of) if policies else "",
                      follow_up="", disclaimer=message("disclaimer"))
    return Answer(status, text_out, citations if status == "answered" else [], None,
                  compose.policy_status(policies, deps.as_of), intent="explain",
                  city=scope[0] if len(scope) == 1 else None)


# "具体金额多少", "补多少钱", "有多少补贴": an amount asked
# ("哪几个城市…": which, no amount — FR279)
_AMOUNT_ASKED = re.compile(r"多少(?!个|家|城市)|几(?:万|千|百)|金额|标准是|补贴标准|奖励标准")


def _no_amount_lead(text: str, hit: Hit, deps: Deps) -> str:
    """"六安 培训人才补贴具体金额多少": an amount asked of the clause that answers, which pays no figure and no measure
    of the rules computes — said first, with the clause (KM207); '' otherwise."""
    if not _AMOUNT_ASKED.search(text) or lifecycle.pays_money(hit.clause.text):
        return ""
    if any(m.policy_id == hit.policy.id and m.clause == hit.clause.label for m in deps.rulebook.measures):
        return ""
    return message("clause_no_amount", city=hit.policy.city, clause=hit.clause.label, heading=hit.clause.heading)


def validity_answer(scope: list[str], hits: list[Hit], deps: Deps) -> Answer:
    policies = [p for p in deps.retriever.policies() if not scope or p.city in scope]
    rows = []
    for policy in policies:
        expired = bool(policy.valid_until and deps.as_of > policy.valid_until)
        state = message("state_expired") if expired else (
            message("state_in_force") if policy.valid_until else message("state_unknown"))
        rows.append({"city": policy.city, "title": compose.display_title(policy), "doc_number": policy.doc_number,
                     "effective_from": compose.fmt_date(policy.effective_from),
                     "valid_until": compose.fmt_date(policy.valid_until), "state": state,
                     "note": policy.notes})
    cited = []
    for policy in policies:
        clause = _validity_clause(deps, policy.id)
        if clause is not None:
            cited.append((compose.citation(policy, clause, "有效期"), clause))
    leads = [message("validity_lead", city=p.city, title=compose.display_title(p), doc_number=p.doc_number,
                     validity=compose.validity_line(p, deps.as_of).rstrip("。")) for p in policies]
    text = render("reply_validity", as_of=compose.fmt_date(deps.as_of), rows=rows,
                  lead="；".join(leads) + "。" if 0 < len(leads) <= 2 else "",
                  citations=[compose.citation_view(c, cl) for c, cl in cited],
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [c for c, _ in cited], None,
                  compose.policy_status(policies, deps.as_of), intent="validity",
                  city=scope[0] if len(scope) == 1 else None)


_DOC_NUMBERS = re.compile(r"[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号")


def _basis_numbers(text: str, own: str) -> list[str]:
    """The numbers of other documents a clause names ("国函〔2022〕126号"), first to last."""
    found = _DOC_NUMBERS.findall(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return [n for n in dict.fromkeys(found) if n != own]


def document_answer(scope: list[str], deps: Deps, also: list[Hit] | None = None, extra: str = "",
                    validity: bool = False) -> Answer:
    """"文号是多少、哪个单位发的、哪天印发": the policy record answers, first; the opening clause
    (what the document rests on, who agreed it) is quoted after; with `validity` ("有效期到什么
    时候"), the clause that states the period too."""
    policies = [p for p in deps.retriever.policies() if not scope or p.city in scope]
    rows, cited = [], []
    for policy in policies:
        rows.append({"city": policy.city, "title": compose.display_title(policy), "doc_number": policy.doc_number,
                     "issuer": policy.issuer or message("not_stated"),
                     "issued": compose.fmt_date(policy.issue_date) if policy.issue_date else message("not_stated"),
                     "effective": compose.fmt_date(policy.effective_from) if policy.effective_from
                     else message("not_stated"),
                     "validity": compose.validity_line(policy, deps.as_of).rstrip("。"),
                     "counted_from": compose.fmt_date(policy.awards_counted_from) if policy.awards_counted_from
                     else ""})
        own = [c for c in deps.retriever.snapshot.clauses if c.policy_id == policy.id]
        opening = own[0] if own else None
        # what the document rests on: the first of its opening clauses that names other documents (运城's
        # 前言 is the notice sending it out; its 第一条 says "根据…（国函〔2022〕126号）…等精神")
        based = next((c for c in own[:3] if _basis_numbers(c.text, policy.doc_number)), opening)
        rows[-1]["basis"] = "、".join(_basis_numbers(based.text, policy.doc_number)) if based else ""
        for clause in [opening, *([based] if based is not opening else [])]:
            if clause is not None:
                cited.append((compose.citation(policy, clause), clause))
    for policy in policies:  # "奖补从啥时候开始算": the clause that says so, when the lead gives it
        counted = next((c for c in deps.retriever.snapshot.clauses if c.policy_id == policy.id
                        and "奖补时间" in c.text), None) if policy.awards_counted_from else None
        if counted is not None and all(counted is not clause for _, clause in cited):
            cited.append((compose.citation(policy, counted, "奖补时间"), counted))
    for policy in policies if validity else []:
        period = _validity_clause(deps, policy.id)
        if period is not None and all(period is not clause for _, clause in cited):
            cited.append((compose.citation(policy, period), period))
    for hit in also or []:  # "文号是啥，谁负责解释": the clause that answers the other half
        if all(hit.clause is not clause for _, clause in cited):
            cited.append((compose.citation(hit.policy, hit.clause), hit.clause))
    text = render("reply_document", rows=rows, citations=[compose.citation_view(c, cl) for c, cl in cited],
                  extra=extra, disclaimer=message("disclaimer"))
    return Answer("answered", text, [c for c, _ in cited], None, compose.policy_status(policies, deps.as_of),
                  intent="document", city=scope[0] if len(scope) == 1 else None)


def overview_answer(scope: list[str], session: Session, deps: Deps) -> Answer:
    """A city's measures as a list ("运城有哪些跨境电商扶持政策？"); without a city, ask for it."""
    if len(scope) != 1:
        text = message("ask_city_overview", covered=compose.covered_cities(deps))
        return Answer("needs_info", text, intent="ask_city")
    city = scope[0]
    session.city, session.measure, session.facts = city, None, {}
    policies = [p for p in deps.retriever.policies() if p.city == city]
    parts, citations = [], []
    for policy in policies:
        measures = [m for m in deps.rulebook.measures if m.policy_id == policy.id]
        if not measures:
            continue
        lead = message("overview_lead", city=city, title=compose.display_title(policy),
                       doc_number=policy.doc_number, count=len(measures),
                       with_amount=sum(1 for m in measures if m.has_amount))
        clause = _validity_clause(deps, policy.id)
        cited = [(compose.citation(policy, clause, "有效期"), clause)] if clause is not None else []
        citations += [c for c, _ in cited]
        # Each listed standard is traceable: its clause goes with the answer as a source too.
        for label in dict.fromkeys(m.clause for m in measures):
            found = clause_citation(deps, policy.id, label)
            if found is not None:
                citations.append(found[0])
        parts.append(render("reply_explain", banners=compose.banners([policy], deps.as_of), lead=lead,
                            measures=_measure_rows(measures),
                            citations=[compose.citation_view(c, cl) for c, cl in cited],
                            validity=compose.validity_line(policy, deps.as_of),
                            follow_up="", disclaimer=""))
    if not parts:
        return explain_answer(city, deps.retriever.search(city, k=5, cities=[city]), [city], deps)
    text = "\n\n".join(p.strip() for p in parts) + "\n\n" + message("overview_follow_up") \
        + "\n\n" + message("disclaimer")
    return Answer("answered", text, citations, None, compose.policy_status(policies, deps.as_of),
                  intent="overview", city=city)


def not_covered_answer(city: str, elsewhere: list[tuple[Measure, list[str]]], deps: Deps,
                       topic: str | None = None) -> Answer | None:
    """A topic other cities' rules name and this city's do not ("潍坊参展补贴"): say so, and where
    it is covered, rather than fitting the question to an unrelated measure of this city. With
    `topic` and no other city ("贷款贴息"), the topic as the question named it."""
    policies = [p for p in deps.retriever.policies() if p.city == city]
    if not policies:
        return None
    words = sorted({w for _, words in elsewhere for w in words})
    corpus = compose.city_text(deps, city)
    absent = [w for w in words if w not in corpus]
    if topic is None:
        topic = min(absent or words, key=len)  # the most general word the city's documents never use
    # every city that has the topic, once each (its clauses and measures named together), those that state a
    # figure first: "六安 企业租海外仓" names 运城's, 潍坊's, 秦皇岛's and 济南's warehouse clauses, not the first
    # three measures
    by_city: dict[str, dict[tuple[str, str], list[str]]] = {}
    for m, _ in sorted(elsewhere, key=lambda pair: not pair[0].has_amount):
        names = by_city.setdefault(m.city, {}).setdefault((m.doc_number, m.clause), [])
        if m.name not in names:
            names.append(m.name)
    others = "；".join(f"{c} " + "、".join(f"{doc} {clause}" + "".join(f"「{n}」" for n in names)
                                          for (doc, clause), names in clauses.items())
                       for c, clauses in by_city.items())
    if not others and topic:  # "运城有没有直播基地的补贴": the other cities' clauses that name it, measure or not
        snapshot = deps.retriever.snapshot
        named = [(snapshot.policies[c.policy_id], c) for c in snapshot.clauses
                 if snapshot.policies[c.policy_id].city != city and topic in c.heading + c.text]
        others = "；".join(f"{p.city} {p.doc_number} {c.label}" + (f"「{c.heading}」" if c.heading else "")
                          for p, c in named[:3])
    text = message("not_covered", city=city, docs="、".join(p.doc_number for p in policies), topic=topic,
                   others=others) + "\n\n" + message("disclaimer")
    # The document searched, by its opening clause: the answer rests on what it does not say.
    opening = [c for p in policies for c in deps.retriever.snapshot.clauses if c.policy_id == p.id][:1]
    citations = [compose.citation(policies[0], opening[0])] if opening else []
    return Answer("not_in_policy", text, citations, None, compose.policy_status(policies, deps.as_of),
                  intent="not_covered", city=city)


def _validity_clause(deps: Deps, policy_id: str):
    """The clause stating the period; where none does, the preamble (what the document is)."""
    own = [c for c in deps.retriever.snapshot.clauses if c.policy_id == policy_id]
    for clause in own:
        if any(w in clause.text for w in ("有效期", "施行", "支持期")):
            return clause
    return own[0] if own else None


# "放在运城和潍坊 哪个拿得多 多多少": the difference between two cities' amounts for one case
_DIFFERENCE_ASKED = re.compile(r"(?:多|差|少|高|相差|多出|多拿)(?:了)?(?:多少|几)|差额|差距")


_SENTENCE = re.compile(r"[^；;。！!？?\n]+[；;。！!？?\n]*")
_CLAUSE = re.compile(r"[^，,、：:；;。！!？?\s]+[，,、：:；;。！!？?\s]*")
_OWN_FIGURE = re.compile(r"\d\s*(?:万|千|亿|元|美元|平|㎡|家|个|人|单|班|%)")


def firms_by_city(text: str, cities: list[str], deps: Deps) -> dict[str, str] | None:
    """Each city's words where the message tells a matter of each of two or more cities in words of its own
    ("济南公司开了个300平的体验店；六安子公司9610出口12万美元。两边分别能拿多少"): the words naming one city
    and those after them up to the next city named, with the words naming none and no figure (the question,
    "都正式营业了") read with every city's; None where fewer than two cities have figures of their own."""
    pieces: list[str] = []
    for sentence in _SENTENCE.findall(text):
        pieces.extend(_CLAUSE.findall(sentence) if len(deps.gazetteer.mentions(sentence)) > 1 else [sentence])
    shared: list[str] = []
    parts: dict[str, list[str]] = {}
    current = None
    for piece in pieces:
        named = [c for c in deps.gazetteer.mentions(piece) if c in cities]
        if len(named) > 1:
            current = None
        elif named:
            current = named[0]
        if current is None or (not named and not _OWN_FIGURE.search(piece)):
            shared.append(piece)
        else:
            parts.setdefault(current, []).append(piece)
    own = {c: "".join(p) for c, p in parts.items() if _OWN_FIGURE.search("".join(p))}
    if len(own) < 2:
        return None
    common = "".join(shared)
    return {c: f"{''.join(p)}，{common}" for c, p in parts.items()}


def compare_answer(text: str, ranked: list, deps: Deps, cities: list[str], session: Session,
                   firms_in_each: bool = False) -> Answer:
    """Each city's rule on the topic side by side, with the case's amount under each where figures are told; the
    enterprise's own city alone computed for it where the message says where it is — unless `firms_in_each` (the
    conversation said it has firms in every city compared: "我们在运城和秦皇岛都有公司…哪个城市补得多")."""
    if not ranked:
        ranked = rank_measures(text, deps.rulebook.measures, {})
    if not ranked:
        return explain_answer(text, deps.retriever.search(text, k=5), [], deps)
    topic_measure = ranked[0][0]
    session.measure, session.city = topic_measure.id, topic_measure.city  # "秦皇岛呢？" follows the topic
    cities_in_corpus = cities if len(cities) > 1 else list(dict.fromkeys(p.city for p in deps.retriever.policies()))
    rows, cited, policies, named, mentioned = [], [], [], [], []
    # ("五个城市各是怎么给的": the cities counted, no figure of a case)
    facts_all = extract_facts(re.sub(r"[一二两三四五六七八九十\d]+\s*个\s*(?:城市|市|地方)", " ", text),
                              list(deps.rulebook.inputs), deps.rulebook)
    if not any(isinstance(v, Decimal | int) and not isinstance(v, bool) for v in facts_all.values()):
        facts_all = {}  # "哪些城市支持海外仓": no figure given, so no "按您的情况测算" column
    elif not session.facts:
        # ("…1200平 投资400万…秦皇岛和运城都有独立法人", then "先说秦皇岛能拿多少": the case told is the session's,
        # the topic's facts kept for the follow-up — MW147, the area had been asked again)
        session.facts = uncontested(facts_for(text, topic_measure, deps.rulebook))
    # "我们在潍坊，秦皇岛那个1210的政策我们能用吗": each city's measures are its own enterprises';
    # another city's rule is shown for comparison, never computed for this enterprise
    home = deps.gazetteer.home(text) if len(cities) > 1 and not firms_in_each else None
    # ("秦皇岛 我们在日本租了个海外仓 800平…能拿50万吗 不行的话 哪个市800平就够": the one city the message opens with
    # and names alone — its verdict where the case fails there is the answer's calculation, the others' rules beside
    # it, MV148)
    mentioned_cities = deps.gazetteer.mentions(text)
    framed = (mentioned_cities[0] if home is None and len(mentioned_cities) == 1
              and text.lstrip().startswith(mentioned_cities[0]) else None)
    home_result: CalcResult | None = None
    computed: list[tuple[str, Measure, CalcResult]] = []  # the case's amount under each city's rule
    own = firms_by_city(text, cities, deps) if len(cities) > 1 and facts_all else None
    settled: list[CalcResult] = []  # each city's verdict on its own firm's words
    if own:
        home = None  # each city's firm told in its own words is that city's
    for city in cities_in_corpus:
        words = own.get(city, text) if own else text
        twins = [(m, s) for m, s in rank_measures(words, deps.rulebook.by_city(city), {})
                 if keyword_score(words, m) > 0]
        if twins:
            named.append(f"{city}（{twins[0][0].clause}）")
        else:  # no measure of this city, but a clause that says the same thing without a figure
            said = _clause_saying(city, specific_keywords(text, topic_measure), deps)
            if said is not None:
                mentioned.append(message("compare_mentioned", city=city, clause=said.label))
        if not twins:
            twins = rank_measures(" ".join(topic_measure.keywords), deps.rulebook.by_city(city), {})
        if not twins:
            rows.append({"city": city, "clause": "—", "name": message("compare_none"),
                         "formula": message("compare_none_text"), "amount": "—", "state": ""})
            continue
        measure = twins[0][0]
        policy = deps.retriever.snapshot.policies.get(measure.policy_id)
        amount = "—"
        if facts_all and home is not None and city != home:
            amount = message("compare_not_home", home=home)
        elif facts_all:  # each measure's facts read for it ("营业面积150平" is the O2O store's, not a warehouse's)
            facts = uncontested(facts_for(words, measure, deps.rulebook))
            result = calculate(measure.id, facts, as_of=deps.as_of, rulebook=deps.rulebook)
            if own and city in own and (result.amount_yuan is not None or result.eligible is False):
                settled.append(result)
            if city == home and result.amount_yuan is not None:
                home_result = result  # the enterprise's own city: its amount is the answer's calculation
            elif city == framed and result.eligible is False:
                home_result = result
            if result.amount_yuan is not None:
                computed.append((city, measure, result))
            value = result.amount_yuan  # a provisional figure is never put in a table without its conditions
            amount = (format_yuan(value) if value is not None else
                      ("不符合条件" if result.eligible is False else
                       message("compare_no_figure") if result.no_figure else "需补充信息"))
        state = ""
        if policy:
            policies.append(policy)
            state = compose.validity_state(policy, deps.as_of)
            found = clause_citation(deps, measure.policy_id, measure.clause)
            if found:
                cited.append(found)
        rows.append({"city": city, "clause": measure.clause, "name": measure.name,
                     "formula": measure.formula_text, "amount": amount, "state": state})
    text_out = render("reply_compare", topic=topic_measure.name, as_of=compose.fmt_date(deps.as_of),
                      lead=message("compare_lead", cities="、".join([*named, *mentioned]), topic=topic_measure.name)
                      if named else "",
                      home=message("compare_home", home=home,
                                   others="、".join(c for c in cities_in_corpus if c != home)) if home else "",
                      rows=rows, with_amounts=bool(facts_all),
                      citations=[compose.citation_view(c, cl) for c, cl in cited],
                      disclaimer=message("disclaimer"))
    if has_any(text, "validity") and policies:
        # "潍坊和运城的海外仓补贴现在都还能申请吗": each document's period first, then the table (KJ249)
        periods = "；".join(message("compare_period", city=p.city, doc_number=p.doc_number,
                                   line=compose.validity_line(p, deps.as_of).rstrip("。"))
                           for p in {p.id: p for p in policies}.values())
        text_out = f"{periods}。\n\n{text_out}"
    measure_id = home_result.measure if home_result is not None and framed is not None and home is None else None
    if (home_result is None and not own and len(computed) == 1
            and all(r["clause"] == "—" for r in rows if r["city"] != computed[0][0])):
        # "我在运城和六安都有公司 9610出口各10万美元 哪个城市有…奖励 多少": the one city with the measure computes
        # the case; the others have none — its amount is the answer's calculation, beside the table
        home_result = computed[0][2]
        measure_id = home_result.measure
    if home_result is None and len(settled) == 1:
        # "济南公司开了个体验店…；六安子公司9610出口12万美元": the one firm whose city's rule settles its case
        # gives the answer's calculation, beside the table
        home_result, measure_id = settled[0], settled[0].measure
    if (home_result is None and own and len(settled) == len(own) >= 2 and TOTAL_ASKED.search(text)
            and any(r.amount_yuan is not None for r in settled)):
        # "运城那家…；秦皇岛那家…分别能拿多少，一共多少": each firm under its own city's rule, their amounts added
        # (KS212: each city's row, no total)
        home_result = combine([replace(r, measure_name=f"{deps.rulebook.measure(r.measure).city}「{r.measure_name}」")
                               for r in settled], message("compare_total_name"))
        measure_id = home_result.measure
        parts = " + ".join(f"{deps.rulebook.measure(r.measure).city}{fmt_money(r.amount_yuan)}" for r in settled
                           if r.amount_yuan is not None)
        text_out = message("compare_total", total=format_yuan(home_result.amount_yuan), parts=parts) + "\n\n" + text_out
    amounts = {r.amount_yuan for _, _, r in computed}
    if (home_result is None and home is None and not own and len(computed) >= 2 and len(computed) == len(cities)
            and len(amounts) == 1 and all(not r.amount_is_upper_bound for _, _, r in computed)):
        # "同样是1200平自建海外仓…秦皇岛和运城分别补多少？哪个多": one case, the same amount under each city's rule —
        # that amount is the answer, said so first (KJ239)
        home_result, measure_id = computed[0][2], computed[0][2].measure
        text_out = message("compare_same", cities="、".join(c for c, _, _ in computed),
                           amount=format_yuan(computed[0][2].amount_yuan)) + "\n\n" + text_out
    open_rows = [r for r in rows if r["amount"] == "需补充信息"]
    if (home_result is None and home is None and not own and len(computed) >= 2 and not open_rows
            and _MOST_ASKED.search(text) and not _DIFFERENCE_ASKED.search(text)):
        # "运城、潍坊、秦皇岛各补多少 最多的是多少", "哪边补得多": one case under each city's rule, every one settled —
        # the most of them is the answer's calculation, the cities that pay it said first (LY082, LY194)
        best = max(r.amount_yuan for _, _, r in computed)
        top = [(c, r) for c, _, r in computed if r.amount_yuan == best]
        home_result, measure_id = top[0][1], top[0][1].measure
        text_out = message("compare_most", cities="、".join(c for c, _ in top),
                           amount=format_yuan(best)) + "\n\n" + text_out
    if home is None and len(cities) == len(computed) == 2 and _DIFFERENCE_ASKED.search(text):
        # one case under two cities' rules, how much more one pays: the difference is the amount asked
        home_result = difference([r for _, _, r in computed], [f"{c}「{m.name}」" for c, m, _ in computed])
        text_out = message("compare_difference", step=home_result.steps[-1],
                           amount=format_yuan(home_result.amount_yuan)) + "\n\n" + text_out
        measure_id = home_result.measure
    return Answer("answered", text_out, [c for c, _ in cited], home_result.to_dict() if home_result else None,
                  compose.policy_status(policies, deps.as_of), intent="compare", measure=measure_id,
                  comparison=rows)


def _clause_saying(city: str, words: list[str], deps: Deps):
    """A clause of the city holding every one of the question's topic words (at least two)."""
    core = [w for w in dict.fromkeys(w.replace("跨境电商", "") for w in words) if len(w) >= 2]
    if len(core) < 2:
        return None
    snapshot = deps.retriever.snapshot
    return next((c for c in snapshot.clauses if snapshot.policies[c.policy_id].city == city
                 and all(w in c.heading + c.text for w in core)), None)


# "哪个城市补得最多", "哪边多", "最多的是多少": which city's rule gives the case most, asked
_MOST_ASKED = re.compile(r"哪(?:个|边|里|家)?(?:城市|市|地方)?[^，,。？?\d]{0,8}?(?:多|高)|最多的?(?:是|为)"
                         r"|(?:补|给|奖|拿)得最多")
_QUESTION_END = re.compile(r"[？?]")
_EACH_ASKED = re.compile(r"分别|各自|各是")
_JOINED = re.compile(r"和|与|以及|、|还有")


def apply_answer(measure: Measure | None, hits: list[Hit], deps: Deps, text: str = "",
                 scope: list[str] | None = None) -> Answer:
    """Who runs a measure and how to apply: the first sentence names the units (or quotes what
    the document says about application); the clause and the office notes follow."""
    named = direct.named_clause(text, scope or [], deps) if text else None
    own = max((len(w) for w in specific_keywords(text, measure)), default=0) if measure is not None else 0
    if (named and measure is not None and (named[1].policy_id, named[1].label) != (measure.policy_id, measure.clause)
            and own >= direct.heading_run(text, named[1])):
        named = None  # "1210零售进口那条支持政策": the measure's own words outrank a heading's (落实支持政策)
    found = (compose.citation(*named), named[1]) if named else None
    if found is None and measure is not None:
        found = clause_citation(deps, measure.policy_id, measure.clause)
    if found is None and hits:
        found = (compose.citation(hits[0].policy, hits[0].clause), hits[0].clause)
    if found is None:
        return Answer("not_in_policy", message("not_in_policy", scope="政策库", topic="申请",
                                                office=message("local_office")), intent="apply")
    policy = deps.retriever.snapshot.policies[found[1].policy_id]
    office_notes = [c.text.replace("\n", "") for c in deps.retriever.snapshot.clauses
                    if c.policy_id == policy.id and (("申报" in c.text and "组织" in c.text)
                                                     or "联系电话" in c.text)]
    key = direct.topic_of(text)
    quoted: list = []  # the clauses the first sentence quotes: cited first
    if key in ("contact", "leadership") or (key == "materials" and not direct.asks_department(text)):
        rules = direct.rules_for(key, [policy.city], deps, measure, [found[1]])
        lead = direct.topic_lead(key, rules, policy.city)
        quoted = [(compose.citation(r.policy, r.clause), r.clause) for r in rules[:1]]
        if key == "leadership" and named is not None and direct.asks_department(text):
            # "第四部分那几条…牵头单位是哪个部门？领导小组办公室主任由谁兼任？": both halves answered
            lead = f"{direct.department_lead(found[1], policy, deps)}\n\n{lead}"
    elif named is None and (measure is None or direct.asks_allocation(text)) and (
            organiser := direct.organiser(policy.city, deps)) is not None:
        lead = direct.organiser_lead(organiser)  # "秦皇岛的补贴找谁": who runs the support in general
        # (the clause the lead quotes, cited first: 运城第八条 — MM047)
        quoted = [(compose.citation(organiser.policy, organiser.clause), organiser.clause)]
        if found[1].label != organiser.clause.label:
            quoted.append(found)
    else:
        lead = direct.department_lead(found[1], policy, deps)
    # ("奖励资金具体数额谁来定": the clause quoted, 七（十三）, first — then the measure's, where one is named)
    cited = [*quoted, *([found] if measure is not None or named is not None or not quoted else [])]
    cited = [c for i, c in enumerate(cited) if all(c[1].label != d[1].label for d in cited[:i])]
    if named is not None and key not in ("contact", "leadership"):
        # "退税那条牵头单位是谁？通关便利化那条呢": each clause asked about, in the order asked
        # ("开拓跨境电商通道和加速引进智慧物流分别是哪个单位牵头的": two headings joined, each asked)
        parts = [piece for part in _QUESTION_END.split(text)
                 for piece in (_JOINED.split(part) if _EACH_ASKED.search(part) else [part])]
        asked = {n[1].label: n for part in parts if part.strip()
                 for n in [direct.named_clause(part, [policy.city], deps)] if n is not None and n[0].id == policy.id}
        if len(asked) > 1:
            lead = "；".join(direct.department_lead(c, p, deps).rstrip("。") for p, c in asked.values()) + "。"
            cited = [(compose.citation(p, c), c) for p, c in asked.values()]
    text = render("reply_apply", banners=compose.banners([policy], deps.as_of), lead=lead,
                  citations=[compose.citation_view(*c) for c in cited], office_notes=office_notes,
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [c[0] for c in cited], None, compose.policy_status([policy], deps.as_of),
                  intent="apply", city=policy.city, measure=measure.id if measure else None)


def units_answer(policy_id: str, label: str, text: str, deps: Deps) -> Answer | None:
    """"配合单位呢", "财政局也在里面吗", "那市商务局是什么角色" right after a clause's units were named: that clause's
    units again, the role of each unit the question names first; None where the clause is gone."""
    clause = deps.retriever.clause(policy_id, label)
    policy = deps.retriever.snapshot.policies.get(policy_id)
    if clause is None or policy is None:
        return None
    roles = [message("unit_role", unit=unit, city=policy.city, clause=clause.label, roles="、".join(held),
                     not_role=missed) if held else
             message("unit_not_listed", unit=unit, city=policy.city, clause=clause.label)
             for unit, held, missed in direct.unit_roles(text, clause)]
    lead = "".join(roles) + direct.department_lead(clause, policy, deps)
    cited = (compose.citation(policy, clause), clause)
    body = render("reply_apply", banners=compose.banners([policy], deps.as_of), lead=lead,
                  citations=[compose.citation_view(*cited)], office_notes=[], disclaimer=message("disclaimer"))
    return Answer("answered", body, [cited[0]], None, compose.policy_status([policy], deps.as_of),
                  intent="apply", city=policy.city)
