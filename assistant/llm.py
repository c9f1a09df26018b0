"""The optional language-model path: a chat model phrases the deterministic reply.

Only with POLICY_LLM_BASE_URL and POLICY_LLM_MODEL set. The model gets the draft, the
calculation and the cited clauses, and the calculators as tools; it never computes. Before a
reply is shown, `verify` checks every money figure, percentage and clause label in it against
the calculation, the cited quotes and the retrieved labels; a reply that fails, a timeout or
a server error gives the deterministic reply instead, and the reason is logged.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from assistant.config import AssistantConfig
from assistant.types import Answer
from prompts import message, render

log = logging.getLogger(__name__)

_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|万美元|美元|万)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%|百分之([一二三四五六七八九十百零\d.]+)")
_CN = "一二三四五六七八九十"
_LABEL = re.compile(rf"第[{_CN}]+条(?:（[{_CN}]+）)?|[{_CN}]（[{_CN}]+）\d?")
_UNIT = {"亿元": Decimal(100_000_000), "万元": Decimal(10_000), "万": Decimal(10_000), "元": Decimal(1),
         "万美元": Decimal(10_000), "美元": Decimal(1)}


def build_chat_model(config: AssistantConfig):
    """A ChatOpenAI client for any OpenAI-compatible server (DeepSeek, Qwen, vLLM, Ollama…)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=config.llm_model, base_url=config.llm_base_url,
                      api_key=config.llm_api_key or "not-needed", timeout=config.llm_timeout,
                      max_retries=0, temperature=0)


def money_values(text: str) -> set[Decimal]:
    """Money figures in text, in yuan (or dollars), normalised: 50万元, 五十万元 and 500,000.00元
    agree (Chinese numerals and informal units are read by the same normaliser as questions)."""
    from assistant.normalize import normalize

    values = set()
    for number, unit in _MONEY.findall(f"{text}\n{normalize(text)}"):
        values.add((Decimal(number.replace(",", "")) * _UNIT[unit]).normalize())
    return values


def percent_values(text: str) -> set[Decimal]:
    from calculators.quantity import parse_number

    values = set()
    for digits, words in _PERCENT.findall(text):
        value = Decimal(digits) if digits else parse_number(words)
        if value is not None:
            values.add(value.normalize())
    return values


def _evidence(answer: Answer) -> str:
    parts = [answer.text]
    parts += [c.quote for c in answer.citations]
    if answer.calculation:
        parts += [str(s) for s in answer.calculation.get("steps") or []]
        parts.append(str(answer.calculation.get("amount_yuan") or ""))
        parts += [str(s) for s in answer.calculation.get("assumptions") or []]
    return "\n".join(parts)


def verify(candidate: str, answer: Answer) -> list[str]:
    """Problems with a model reply: figures, percentages or clause labels nothing supports."""
    evidence = _evidence(answer)
    allowed_money = money_values(evidence)
    if answer.calculation and answer.calculation.get("amount_yuan"):
        allowed_money.add(Decimal(str(answer.calculation["amount_yuan"])).normalize())
    problems = [message("verify_money", value=f"{v:f}") for v in money_values(candidate) - allowed_money]
    problems += [message("verify_percent", value=f"{v:f}")
                 for v in percent_values(candidate) - percent_values(evidence)]
    labels = {c.clause for c in answer.citations} | set(_LABEL.findall(evidence))
    problems += [message("verify_label", label=label) for label in set(_LABEL.findall(candidate)) - labels]
    if answer.calculation and answer.calculation.get("amount_yuan"):
        amount = Decimal(str(answer.calculation["amount_yuan"])).normalize()
        if amount not in money_values(candidate):
            problems.append(message("verify_amount_missing"))
    return problems


def _tools(answer: Answer, deps) -> list:
    if not answer.city:
        return []
    try:
        from calculators.tools import build_tools

        return build_tools(answer.city, deps.rulebook)
    except Exception:  # tools are a help for the model, never a reason to fail
        log.warning("calculator tools unavailable for %s", answer.city, exc_info=True)
        return []


def rephrase(answer: Answer, deps, question: str = "") -> Answer:
    """The model's phrasing of answer if it passes `verify`, else answer unchanged."""
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage, HumanMessage

    prompt = render("llm_user", question=question or "（见草稿）", draft=answer.text,
                    calculation=json.dumps(answer.calculation, ensure_ascii=False) if answer.calculation else "",
                    quotes=[f"{c.city} {c.doc_number} {c.clause}：{c.quote}" for c in answer.citations])
    try:
        agent = create_agent(deps.llm, tools=_tools(answer, deps), system_prompt=render("llm_system"))
        result = agent.invoke({"messages": [HumanMessage(prompt)]},
                              config={"recursion_limit": 8})
        final = next((m for m in reversed(result["messages"]) if isinstance(m, AIMessage) and m.content), None)
        candidate = _content_text(final.content) if final else ""
    except Exception as exc:  # timeouts, HTTP errors, malformed tool calls: deterministic reply
        log.warning("language model failed (%s): %s; deterministic reply used", type(exc).__name__, exc)
        return replace(answer, notes=[*answer.notes, f"llm_error:{type(exc).__name__}"])
    if not candidate.strip():
        return replace(answer, notes=[*answer.notes, "llm_empty"])
    problems = verify(candidate, answer)
    if problems:
        log.warning("language-model reply rejected: %s", "；".join(problems))
        return replace(answer, notes=[*answer.notes, "llm_rejected", *problems])
    return replace(answer, text=candidate.strip(), llm_used=True)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)
