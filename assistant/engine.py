"""`answer(message, session, deps) -> Answer`: understand, ask back, calculate, cite.

Deterministic by default: replies come from the templates in prompts/, amounts only from
calculators. With POLICY_LLM_* set, a language model may rephrase an answered reply; the
verifier in assistant/llm.py replaces any reply whose figures no calculation or clause
supports with the deterministic one.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from assistant import compose
from assistant.deps import Deps, build_deps
from assistant.items import parse_items
from assistant.retrieval import Hit
from assistant.types import Answer, Citation, Session
from assistant.understanding import (
    detect_intent,
    expand_measure_words,
    explain_topic,
    extract_facts,
    has_any,
    input_names,
    lexicon,
    rank_measures,
)
from calculators import CalcResult, Measure, calculate, calculate_items, combine
from ingest.clean import to_ascii_alnum
from ingest.errors import IngestError
from prompts import format_yuan, message, render

log = logging.getLogger(__name__)
_READABLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_SPACES = re.compile(r"\s+")

__all__ = ["answer", "build_deps", "new_session"]


def new_session() -> Session:
    return Session()


def answer(message_text: str, session: Session, deps: Deps | None = None) -> Answer:
    """The reply to one message of a conversation; never raises for any input."""
    session.turns += 1
    try:
        deps = deps or build_deps()
        result = _respond(message_text if isinstance(message_text, str) else "", session, deps)
        if deps.llm is not None and result.status in ("answered", "needs_info"):
            from assistant.llm import rephrase

            result = rephrase(result, deps, message_text)
    except IngestError as exc:
        result = Answer("not_in_policy", exc.message)
    except Exception:
        log.exception("answer failed for session %s: %r", session.id, str(message_text)[:200])
        result = Answer("invalid_input", message("internal_error"), intent="error")
    session.last_intent = result.intent
    return result


def _invalid(key: str, **values: object) -> Answer:
    return Answer("invalid_input", message(key, **values), intent="invalid")


def _respond(raw: str, session: Session, deps: Deps) -> Answer:
    text = _SPACES.sub(" ", to_ascii_alnum(raw)).strip()
    if not text:
        return _invalid("empty")
    limit = deps.config.max_message_chars
    if len(text) > limit:
        return _invalid("too_long", length=len(text), limit=limit)
    if not _READABLE.search(text):
        return _invalid("unreadable")
    gazetteer = deps.gazetteer
    cities = gazetteer.mentions(text)
    others = gazetteer.other_cities(text)
    injection = has_any(text, "injection")
    reply = _route(text, session, deps, cities, others)
    if injection and reply.status != "invalid_input":
        note = message("injection_note")
        reply.text = f"{note}\n\n{reply.text}"
        reply.notes.append("injection")
    return reply


def _route(text: str, session: Session, deps: Deps, cities: list[str], others: list[str]) -> Answer:
    covered = compose.covered_cities(deps)
    if has_any(text, "refuse"):
        return Answer("out_of_scope", message("refuse"), intent="refuse")
    if others:
        return Answer("out_of_scope", message("out_of_scope_city", covered=covered,
                                                cities="、".join(others)), intent="out_of_scope")
    if has_any(text, "off_topic") or (has_any(text, "higher_level") and not cities):
        key = "out_of_scope_higher" if has_any(text, "higher_level") else "out_of_scope_topic"
        return Answer("out_of_scope", message(key, covered=covered), intent="out_of_scope")
    continuing = _continuation(text, session, deps, cities)
    if continuing is not None:
        return continuing
    current = deps.rulebook.measure(session.measure) if session.measure else None
    carried = bool(current and facts_for(text, current, deps))
    if not (has_any(text, "domain") or cities or carried):
        if has_any(text, "greeting"):
            return Answer("answered", message("greeting", covered=covered), intent="greeting")
        return Answer("out_of_scope", message("out_of_scope_topic", covered=covered),
                      intent="out_of_scope")
    switched = bool(cities) and session.city not in cities
    if len(cities) == 1 and switched:
        _switch_city(session, cities[0], deps)
    scope = cities or ([session.city] if session.city else [])
    topic = explain_topic(text)
    query = f"{text} {topic}" if topic else text
    hits = deps.retriever.search(query, k=5, cities=scope or None)
    if topic:
        return _explain(text, hits, scope, deps, trusted=True)
    ranks = {(h.policy.id, h.clause.label): i for i, h in enumerate(hits[:3], 1)}
    pool = [m for m in deps.rulebook.measures if not scope or m.city in scope]
    ranked = rank_measures(text, pool, ranks)
    explicit = [(m, s) for m, s in ranked if _keyword_score(text, m) > 0]
    intent = detect_intent(text, False)
    if len(cities) > 1 or intent == "compare":
        return _compare(text, explicit or ranked, deps, cities, session)
    measure = _pick_measure(text, session, explicit, ranked, scope, deps, switched)
    facts = facts_for(text, measure, deps) if measure else {}
    intent = detect_intent(text, bool(facts))
    if switched and measure is not None and measure.id == session.measure and not explicit:
        intent = session.last_intent if session.last_intent in ("calculate", "eligibility", "explain") \
            else "explain"  # "那秦皇岛呢？": the same question about another city
    if intent == "greeting":
        return Answer("answered", message("greeting", covered=covered), intent="greeting")
    if intent == "validity":
        return _validity(scope, hits, deps)
    if intent == "apply":
        return _apply(measure, hits, deps)
    if measure is None and intent in ("calculate", "eligibility") and ranked and ranked[0][1] >= 1.0:
        measure = ranked[0][0]  # no measure word, but its clause is the best retrieved one
        facts = facts_for(text, measure, deps)
    top3 = {(h.policy.id, h.clause.label) for h in hits[:3]}
    measure_clauses = {(m.policy_id, m.clause) for m in deps.rulebook.measures}
    if (measure is not None and intent in ("calculate", "eligibility") and not facts
            and measure.id != session.measure and (measure.policy_id, measure.clause) not in top3
            and hits and (hits[0].policy.id, hits[0].clause.label) not in measure_clauses):
        return _explain(text, hits, scope, deps)  # the question is about a clause with no calculator
    if measure is not None and intent in ("calculate", "eligibility"):
        if not scope and len({m.city for m, _ in explicit}) > 1:
            return _ask_city(measure, session, deps, facts)
        _remember(session, measure, facts)
        return _calculate(measure, session, deps, intent, text)
    top1 = {(h.policy.id, h.clause.label) for h in hits[:1]}
    if measure is not None and ((measure.policy_id, measure.clause) in top1 or measure.id == session.measure):
        _remember(session, measure, facts)
        return _explain_measure(measure, hits, deps)
    return _explain(text, hits, scope, deps)


# -- dialogue ---------------------------------------------------------------------------
def facts_for(text: str, measure: Measure, deps: Deps) -> dict[str, Any]:
    """The facts in text that this measure's calculator takes."""
    return extract_facts(text, input_names(measure, deps.rulebook), deps.rulebook, measure.keywords)


def _keyword_score(text: str, measure: Measure) -> int:
    lowered = expand_measure_words(text).lower()
    return sum(len(k) for k in measure.keywords if k and k.lower() in lowered)


def _switch_city(session: Session, city: str, deps: Deps) -> None:
    """A new city: keep the topic (mapped to that city's measure) and the facts it can use."""
    previous = deps.rulebook.measure(session.measure) if session.measure else None
    session.city = city
    session.pending = []
    if previous is None or previous.city == city:
        return
    twins = rank_measures(" ".join(previous.keywords), deps.rulebook.by_city(city), {})
    if twins:
        twin = twins[0][0]
        session.measure = twin.id
        session.facts = {k: v for k, v in session.facts.items() if k in twin.inputs}
    else:
        session.measure, session.facts = None, {}


def _remember(session: Session, measure: Measure, facts: dict[str, Any]) -> None:
    if session.measure != measure.id:
        keep = set(measure.inputs) | {"country"}
        session.facts = {k: v for k, v in session.facts.items() if k in keep}
    session.measure = measure.id
    session.city = measure.city
    session.facts.update(facts)


def _pick_measure(text: str, session: Session, explicit: list, ranked: list, scope: list[str],
                  deps: Deps, switched: bool) -> Measure | None:
    current = deps.rulebook.measure(session.measure) if session.measure else None
    if explicit:
        top_score = explicit[0][1]
        close = [m for m, score in explicit if score >= top_score - 1.0]
        if current is not None and any(m.id == current.id for m in close):
            return current  # same topic as before: keep the measure already chosen
        if current is not None and (not scope or current.city in scope) and facts_for(text, current, deps):
            close.append(current)  # "租金要是180万呢？": a fact of the current measure, not a new topic
        return _best_fit(text, close, deps)
    same_city = current is not None and (not scope or current.city in scope)
    if same_city and (switched or facts_for(text, current, deps)):
        return current  # "那我租了700平方米呢？" / "那秦皇岛呢？": same measure
    return None


def _best_fit(text: str, candidates: list[Measure], deps: Deps) -> Measure:
    """Among measures the words fit equally well, the one the stated facts fit: not ruled out
    by a condition, fewest facts missing (自行参加的一般性展会 -> the general-exhibition measure)."""
    if len(candidates) == 1:
        return candidates[0]

    order = {m.id: i for i, m in enumerate(deps.rulebook.measures)}

    def fit(measure: Measure) -> tuple[int, int, int]:
        facts = facts_for(text, measure, deps)
        result = calculate(measure.id, facts, as_of=deps.as_of, rulebook=deps.rulebook)
        return (-len(facts), 1 if result.eligible is False else 0, order.get(measure.id, 0))

    return min(candidates, key=fit)


def _continuation(text: str, session: Session, deps: Deps, cities: list[str]) -> Answer | None:
    """An answer to our own question (needs_info): fill the slots and calculate again."""
    if not session.pending or not session.measure:
        return None
    measure = deps.rulebook.measure(session.measure)
    if cities and measure.city not in cities:
        return None
    facts = facts_for(text, measure, deps)
    if not facts:
        return None
    answered = set(facts) & set(session.pending)
    mine = _keyword_score(text, measure)
    switched = [m for m in deps.rulebook.by_city(measure.city)
                if m.id != measure.id and _keyword_score(text, m) >= mine + 3]
    if switched and not answered:
        return None  # a new topic, not an answer to our question
    session.facts.update(facts)
    return _calculate(measure, session, deps, "calculate", text)


# -- replies ----------------------------------------------------------------------------
def _clause_citation(deps: Deps, policy_id: str, label: str, hint: str = "") -> tuple[Citation, Any] | None:
    clause = deps.retriever.clause(policy_id, label)
    if clause is None:
        return None
    policy = deps.retriever.snapshot.policies[policy_id]
    return compose.citation(policy, clause, hint), clause


def _per_item(text: str, measure: Measure, session: Session, deps: Deps) -> CalcResult | None:
    """Several stores / sites described in one question: each checked, then counted or summed."""
    if measure.per_item is None or not text:
        return None
    siblings = [m for m in deps.rulebook.measures
                if m.policy_id == measure.policy_id and m.clause == measure.clause and m.per_item]
    found = []
    for sibling in siblings:
        others = tuple(o.per_item.item for o in siblings if o.id != sibling.id)
        items = parse_items(text, sibling, deps.rulebook, others)
        if items:
            found.append((sibling, items))
    if not found or (len(found) == 1 and len(found[0][1]) == 1):
        return None
    results = []
    for sibling, items in found:
        shared = {k: v for k, v in {**session.facts, **facts_for(text, sibling, deps)}.items()
                  if k in sibling.inputs and k != sibling.per_item.count_input}
        results.append(calculate_items(sibling.id, shared, items, as_of=deps.as_of, rulebook=deps.rulebook))
    if len(results) == 1:
        return results[0]
    return combine(results, "、".join(r.measure_name for r in results) + "合计")


def _calculate(measure: Measure, session: Session, deps: Deps, intent: str, text: str = "") -> Answer:
    names = input_names(measure, deps.rulebook)
    facts = {k: v for k, v in session.facts.items() if k in names}
    result = _per_item(text, measure, session, deps) or calculate(
        measure.id, facts, as_of=deps.as_of, rulebook=deps.rulebook)
    found = _clause_citation(deps, measure.policy_id, measure.clause, result.quote_hint)
    citations, views, policies = [], [], []
    if found:
        citations.append(found[0])
        views.append(compose.citation_view(*found))
        policies.append(deps.retriever.snapshot.policies[measure.policy_id])
    banners = compose.banners(policies, deps.as_of)
    status_rows = compose.policy_status(policies, deps.as_of)
    has_amount = result.amount_yuan is not None or result.provisional_amount_yuan is not None
    if (result.eligible is None and not has_amount and not result.no_figure
            and result.missing_input_names):
        session.pending = list(result.missing_input_names)
        known = "、".join(f"{deps.rulebook.inputs[k].label}：{_show(v, deps.rulebook.inputs[k].kind)}"
                         for k, v in facts.items() if k in deps.rulebook.inputs)
        text = render("reply_needs_info", banners=banners, city=measure.city,
                      measure_name=measure.name, doc_number=measure.doc_number,
                      clause=measure.clause, missing=result.missing_inputs, known=known,
                      formula=measure.formula_text, example=_example(result, deps))
        return Answer("needs_info", text, citations, result.to_dict(), status_rows,
                      intent=intent, city=measure.city, measure=measure.id)
    session.pending = []
    calculation = _calculation_dict(result, deps.rulebook)
    notes = [message("no_figure", phrase=_no_figure_phrase(result, found))] if result.no_figure else []
    notes += result.notes
    text = render("reply_calc", banners=banners, headline=compose.amount_headline(result),
                  steps=result.steps, checklist=compose.checklist(result),
                  assumptions=[*result.assumptions, *result.warnings], citations=views,
                  validity=compose.validity_line(policies[0], deps.as_of) if policies else "",
                  notes=notes, disclaimer=message("disclaimer"))
    return Answer("answered", text, citations, calculation, status_rows, intent=intent,
                  city=measure.city, measure=measure.id)


def _calculation_dict(result: CalcResult, rulebook) -> dict[str, Any]:
    """The contract's calculation; an amount that holds once unstated yes/no conditions are
    confirmed is given, with those conditions listed as assumptions."""
    data = result.to_dict()
    yes_no = all(getattr(rulebook.inputs.get(n), "kind", "") == "bool" for n in result.missing_input_names)
    if (data["amount_yuan"] is None and result.eligible is None and data["provisional_amount_yuan"]
            and yes_no):
        data["amount_yuan"] = data["provisional_amount_yuan"]
        data["assumptions"] = [f"假设以下条件满足（您未说明）：{'；'.join(result.missing_inputs)}",
                               *data["assumptions"]]
        data["conditional"] = True
    return data


def _show(value: object, kind: str = "") -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if kind == "money_cny":
        return format_yuan(value)
    if kind == "money_usd":
        return f"{value}美元"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _example(result: CalcResult, deps: Deps) -> str:
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


def _no_figure_phrase(result: CalcResult, found) -> str:
    for marker in ("一事一议", "给予支持", "给予重点支持", "给予适当扶持", "给予政策支持", "给予一次性奖励",
                   "给予运营支持", "给予物流支持"):
        if found and marker in found[1].text:
            return marker
    return result.quote_hint or "给予支持"


def _ask_city(measure: Measure, session: Session, deps: Deps, facts: dict[str, Any]) -> Answer:
    session.measure, session.city = measure.id, None  # the topic; the city's twin is found next turn
    session.facts.update(facts)
    text = message("ask_city", covered=compose.covered_cities(deps), topic=measure.name)
    return Answer("needs_info", text, intent="ask_city", measure=measure.id,
                  calculation={"measure": None, "city": None, "clause": None, "eligible": None,
                               "amount_yuan": None, "steps": [], "unmet_conditions": [],
                               "missing_inputs": ["所在城市"], "assumptions": [], "warnings": []})


def _explain_measure(measure: Measure, hits: list[Hit], deps: Deps) -> Answer:
    found = _clause_citation(deps, measure.policy_id, measure.clause)
    policy = deps.retriever.snapshot.policies[measure.policy_id]
    siblings = [m for m in deps.rulebook.measures if m.policy_id == measure.policy_id
                and m.clause == measure.clause]
    rows = [{"name": m.name, "clause": m.clause, "formula": m.formula_text} for m in siblings]
    labels = [deps.rulebook.inputs[n].label for n in measure.inputs if n in deps.rulebook.inputs][:4]
    follow = f"如需测算金额，请告诉我：{'、'.join(labels)}。" if measure.has_amount and labels else ""
    text = render("reply_explain", banners=compose.banners([policy], deps.as_of),
                  lead=f"{measure.city}关于「{measure.name}」的规定如下：", measures=rows,
                  citations=[compose.citation_view(*found)] if found else [],
                  validity=compose.validity_line(policy, deps.as_of), follow_up=follow,
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [found[0]] if found else [], None,
                  compose.policy_status([policy], deps.as_of), intent="explain",
                  city=measure.city, measure=measure.id)


def _informative(text: str, hit: Hit) -> bool:
    """Whether the hit shares more than generic words with the question."""
    from ingest.tokenize import tokenize

    generic = set(lexicon()["generic"])
    words = {t for t in tokenize(text) if t not in generic and len(t) > 1}
    body = hit.clause.text + hit.clause.heading
    return any(w in body for w in words)


def _explain(text: str, hits: list[Hit], scope: list[str], deps: Deps, trusted: bool = False) -> Answer:
    relevant = hits[:2] if trusted else [h for h in hits[:3] if _informative(text, h)]
    where = "、".join(scope) if scope else compose.covered_cities(deps)
    if not relevant:
        lead = message("not_in_policy", scope=where, topic=text[:30], office="当地商务主管部门")
        shown = hits[:1]
        status = "not_in_policy"
    else:
        lead = f"在{where}的政策中，与您的问题最相关的条款如下："
        shown = relevant[:2]
        status = "answered"
    citations = [compose.citation(h.policy, h.clause) for h in shown]
    views = [compose.citation_view(c, h.clause) for c, h in zip(citations, shown, strict=True)]
    policies = [h.policy for h in shown]
    text_out = render("reply_explain", banners=compose.banners(policies, deps.as_of), lead=lead,
                      measures=[], citations=views,
                      validity=compose.validity_line(policies[0], deps.as_of) if policies else "",
                      follow_up="", disclaimer=message("disclaimer"))
    return Answer(status, text_out, citations if status == "answered" else [], None,
                  compose.policy_status(policies, deps.as_of), intent="explain",
                  city=scope[0] if len(scope) == 1 else None)


def _validity(scope: list[str], hits: list[Hit], deps: Deps) -> Answer:
    policies = [p for p in deps.retriever.policies() if not scope or p.city in scope]
    rows = []
    for policy in policies:
        expired = bool(policy.valid_until and deps.as_of > policy.valid_until)
        state = "已失效" if expired else ("仍有效" if policy.valid_until else "未载明有效期")
        rows.append({"city": policy.city, "title": compose.display_title(policy), "doc_number": policy.doc_number,
                     "effective_from": compose.fmt_date(policy.effective_from),
                     "valid_until": compose.fmt_date(policy.valid_until), "state": state,
                     "note": policy.notes})
    cited = []
    for policy in policies:
        clause = _validity_clause(deps, policy.id)
        if clause is not None:
            cited.append((compose.citation(policy, clause, "有效期"), clause))
    text = render("reply_validity", as_of=compose.fmt_date(deps.as_of), rows=rows,
                  citations=[compose.citation_view(c, cl) for c, cl in cited],
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [c for c, _ in cited], None,
                  compose.policy_status(policies, deps.as_of), intent="validity",
                  city=scope[0] if len(scope) == 1 else None)


def _validity_clause(deps: Deps, policy_id: str):
    """The clause stating the period; where none does, the preamble (what the document is)."""
    own = [c for c in deps.retriever.snapshot.clauses if c.policy_id == policy_id]
    for clause in own:
        if any(w in clause.text for w in ("有效期", "施行", "支持期")):
            return clause
    return own[0] if own else None


def _compare(text: str, ranked: list, deps: Deps, cities: list[str], session: Session) -> Answer:
    if not ranked:
        ranked = rank_measures(text, deps.rulebook.measures, {})
    if not ranked:
        return _explain(text, deps.retriever.search(text, k=5), [], deps)
    topic_measure = ranked[0][0]
    session.measure, session.city = topic_measure.id, topic_measure.city  # "秦皇岛呢？" follows the topic
    cities_in_corpus = cities if len(cities) > 1 else list(dict.fromkeys(p.city for p in deps.retriever.policies()))
    rows, cited, policies = [], [], []
    facts_all = extract_facts(text, list(deps.rulebook.inputs), deps.rulebook)
    for city in cities_in_corpus:
        twins = [(m, s) for m, s in rank_measures(text, deps.rulebook.by_city(city), {})
                 if _keyword_score(text, m) > 0]
        if not twins:
            twins = rank_measures(" ".join(topic_measure.keywords), deps.rulebook.by_city(city), {})
        if not twins:
            rows.append({"city": city, "clause": "—", "name": "未规定", "formula": "该市文件未涉及此项",
                         "amount": "—", "state": ""})
            continue
        measure = twins[0][0]
        policy = deps.retriever.snapshot.policies.get(measure.policy_id)
        amount = "—"
        if facts_all:
            names = input_names(measure, deps.rulebook)
            facts = {k: v for k, v in facts_all.items() if k in names}
            result = calculate(measure.id, facts, as_of=deps.as_of, rulebook=deps.rulebook)
            value = result.amount_yuan if result.amount_yuan is not None else result.provisional_amount_yuan
            amount = (format_yuan(value) if value is not None else
                      ("不符合条件" if result.eligible is False else "需补充信息"))
        state = ""
        if policy:
            policies.append(policy)
            state = compose.validity_state(policy, deps.as_of)
            found = _clause_citation(deps, measure.policy_id, measure.clause)
            if found:
                cited.append(found)
        rows.append({"city": city, "clause": measure.clause, "name": measure.name,
                     "formula": measure.formula_text, "amount": amount, "state": state})
    text_out = render("reply_compare", topic=topic_measure.name, as_of=compose.fmt_date(deps.as_of),
                      rows=rows, with_amounts=bool(facts_all),
                      citations=[compose.citation_view(c, cl) for c, cl in cited],
                      disclaimer=message("disclaimer"))
    return Answer("answered", text_out, [c for c, _ in cited], None,
                  compose.policy_status(policies, deps.as_of), intent="compare",
                  comparison=rows)


def _apply(measure: Measure | None, hits: list[Hit], deps: Deps) -> Answer:
    found = None
    if measure is not None:
        found = _clause_citation(deps, measure.policy_id, measure.clause)
    if found is None and hits:
        found = (compose.citation(hits[0].policy, hits[0].clause), hits[0].clause)
    if found is None:
        return Answer("not_in_policy", message("not_in_policy", scope="政策库", topic="申请",
                                                office="当地商务主管部门"), intent="apply")
    policy = deps.retriever.snapshot.policies[found[1].policy_id]
    office_notes = [c.text.replace("\n", "") for c in deps.retriever.snapshot.clauses
                    if c.policy_id == policy.id and (("申报" in c.text and "组织" in c.text)
                                                     or "联系电话" in c.text)]
    lead = f"{policy.city}该事项的负责单位见下（依据文件原文）："
    text = render("reply_apply", banners=compose.banners([policy], deps.as_of), lead=lead,
                  citations=[compose.citation_view(*found)], office_notes=office_notes,
                  disclaimer=message("disclaimer"))
    return Answer("answered", text, [found[0]], None, compose.policy_status([policy], deps.as_of),
                  intent="apply", city=policy.city, measure=measure.id if measure else None)
