"""What the chat shows around a reply: the answer card, the user's own text made inert, the 测算单.

The card and the 测算单 are read from the Answer (its calculation, policy_status and
citations), never from the reply text; the words are in prompts/ui.yaml (card.*, sheet.*),
rendered with every value HTML-escaped in the template.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

from assistant.services import amount_text, render, ui
from assistant.types import Answer

# Everything CommonMark treats as markup; a backslash before it makes it a literal character.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~=:])")


def inert(text: str) -> str:
    """The user's message as the chat should show it: literal text, no HTML, no links or images."""
    escaped = _MARKDOWN.sub(r"\\\1", text)
    return html.escape(escaped, quote=False)


def verdict_key(calc: dict[str, Any]) -> str:
    """eligible / ineligible / pending: the calculation's three-valued gate."""
    eligible = calc.get("eligible")
    if eligible is True and not calc.get("missing_inputs"):
        return "eligible"
    return "ineligible" if eligible is False else "pending"


def validity_key(calc: dict[str, Any], policy_status: list[dict[str, Any]]) -> str:
    """valid / expired / unknown for the document the calculation rests on."""
    rows = [s for s in policy_status if s.get("doc_number") == calc.get("doc_number")]
    expired = rows[0].get("expired") if rows else calc.get("expired")
    return "expired" if expired is True else "valid" if expired is False else "unknown"


def card_view(answer: Answer) -> dict[str, Any] | None:
    """The facts the card shows, or None when the reply has no calculation."""
    calc = answer.calculation
    if not calc or not calc.get("measure"):
        return None
    amount = calc.get("amount_yuan") or calc.get("provisional_amount_yuan")
    if not amount and calc.get("eligible") is not False:
        return None  # still asking for facts: the reply's question is what matters, not a card
    quote = next((c.quote for c in answer.citations
                  if c.doc_number == calc.get("doc_number") and c.clause == calc.get("clause")), "")
    return {"amount": amount_text(amount), "upper_bound": bool(calc.get("amount_is_upper_bound")),
            "verdict": verdict_key(calc), "validity": validity_key(calc, answer.policy_status),
            "city": calc.get("city") or "", "doc_number": calc.get("doc_number") or "",
            "clause": calc.get("clause") or "", "measure_name": calc.get("measure_name") or "",
            "quote": quote, "calc": calc}


def card_html(answer: Answer) -> str:
    """The card put at the top of a calculated reply ('' for any other reply)."""
    view = card_view(answer)
    return render("card.html", v=view, words=ui("card")) if view else ""


def sheet_html(question: str, answer: Answer, facts: list[tuple[str, str]], as_of: date) -> str:
    """The 测算单: one printable page for a calculated reply (question, facts, amount, 算式, clause)."""
    view = card_view(answer)
    if view is None:
        return ""
    calc = view["calc"]
    lists = {k: list(calc.get(k) or []) for k in ("steps", "met_conditions", "unmet_conditions",
                                                 "missing_inputs", "assumptions", "warnings")}
    return render("sheet.html", v=view, lists=lists, question=question, facts=facts,
                  as_of=as_of.isoformat(), words=ui("card"))


def facts_view(facts: dict[str, Any], rulebook: Any) -> list[tuple[str, str]]:
    """(label, value) for each fact of the session the calculation used, in the rule book's order."""
    from assistant.replies import show_value  # every kind of fact (ranges, competing figures, sums)

    return [(spec.label, show_value(facts[name], spec.kind, str(getattr(spec, "unit", "") or "")))
            for name, spec in rulebook.inputs.items() if name in facts]
