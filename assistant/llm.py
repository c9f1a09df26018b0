"""The optional language-model path: a chat model phrases the deterministic reply.

Only with POLICY_LLM_BASE_URL and POLICY_LLM_MODEL set. The model gets the draft, the
calculation and the cited clauses, and the calculators as tools; it never computes. Before a
reply is shown, `verify` (assistant.checker) reads every figure, date, document number, clause
label, contact and payment demand in it and requires each to be supported by the answer; a
reply that fails, a timeout or a server error gives the deterministic reply instead, and the
reason is logged (with API keys redacted).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from typing import Any

from assistant import checker
from assistant.config import AssistantConfig
from assistant.types import Answer
from prompts import render

log = logging.getLogger(__name__)


def build_chat_model(config: AssistantConfig):
    """A ChatOpenAI client for any OpenAI-compatible server (DeepSeek, Qwen, vLLM, Ollama…)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=config.llm_model, base_url=config.llm_base_url,
                      api_key=config.llm_api_key or "not-needed", timeout=config.llm_timeout,
                      max_retries=0, temperature=0)


def verify(candidate: str, answer: Answer) -> list[str]:
    """Problems with a model reply: any claim the answer does not support (assistant.checker)."""
    return checker.verify(candidate, answer)


_SECRET = re.compile(r"(?i)(?:sk|key|token)[-_][A-Za-z0-9_-]{8,}|Bearer\s+\S+|api[_-]?key[\"'=:\s]+\S+")


def redact(text: str, secret: str = "") -> str:
    """Text for a log line with API keys left out (servers echo them in error messages)."""
    if secret:
        text = text.replace(secret, "***")
    return _SECRET.sub("***", text)


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
        log.warning("language model failed (%s): %s; deterministic reply used", type(exc).__name__,
                    redact(str(exc), getattr(deps.config, "llm_api_key", "") or ""))
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
