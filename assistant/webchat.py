"""The chat tab's side of the engine: per-browser state, streamed reply, sources, feedback.

`ChatService.respond` calls the engine once per question and yields the chat history as it
grows: the question (as inert text) with a placeholder, the answer card and the reply in
pieces, then the sources and the calculation as collapsible messages. The whole message goes
to the engine, however long: the engine says when it is too long. Each turn is logged (question, reply, session) in the
feedback store, and 👍/👎 on any of its messages is stored against it.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.card import card_html, facts_view, inert, sheet_html
from assistant.feedback import FeedbackError
from assistant.services import Services, amount_text, render, ui
from assistant.types import Answer, Session
from calculators import CalculatorError

log = logging.getLogger(__name__)
_PIECE = re.compile(r"[^。！？；\n]*[。！？；\n]+|[^。！？；\n]+$")
_END_MARKS = re.compile(r"[\s?？!！。.]+")
MAX_FOLLOW_UPS = 3
MAX_CITY_CHARS = 16  # longer than any city name: refused before the list is even consulted


@dataclass
class ChatState:
    """One browser tab's conversation: engine session, chat history, message -> turn."""

    session: Session
    history: list[dict[str, Any]] = field(default_factory=list)
    turn_of_message: dict[int, int] = field(default_factory=dict)
    turn_text: dict[int, tuple[str, str]] = field(default_factory=dict)
    turn_logged: dict[int, bool] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    # The last calculated reply, for the 测算单: (question, answer, facts used).
    last_calculated: tuple[str, Answer, list[tuple[str, str]]] | None = None
    asked: list[str] = field(default_factory=list)  # the questions of this conversation, to suggest none again
    last_dislike: int | None = None  # the 👎 the reason box writes to
    _local_turns: int = 0


def _pieces(text: str, size: int = 120) -> list[str]:
    """Cumulative prefixes of text, cut at sentence ends, each adding at least `size` chars."""
    out, current = [], ""
    for piece in _PIECE.findall(text):
        current += piece
        if not out or len(current) - len(out[-1]) >= size:
            out.append(current)
    if not out or out[-1] != text:
        out.append(text)
    return out


class ChatService:
    """Wraps the engine for the web chat; one per app process, state lives in ChatState."""

    def __init__(self, services: Services):
        self.services = services
        self.stream_delay = float(os.environ.get("POLICY_STREAM_DELAY") or 0.02)

    def new_state(self) -> ChatState:
        engine = self.services.engine()
        return ChatState(session=engine.new_session() if engine is not None else Session())

    def set_city(self, state: ChatState | None, city: str | None) -> ChatState:
        """The user picked a city (or 自动识别, which forgets it): the next question uses it, and a
        conversation under way says so in one line. Anything but a city of the corpus is no city
        (an API caller may send anything)."""
        state = state or self.new_state()
        chosen = self.known_city(city)
        if chosen == state.session.city:
            return state
        _move_to_city(state.session, chosen)
        if state.history:
            line = render("chat.city_switched", city=chosen) if chosen else ui("chat.city_auto_switched")
            state.history.append({"role": "assistant", "content": line})
        return state

    def known_city(self, city: object) -> str | None:
        """`city` if it names a city with policies here, else None (never echoed, never logged)."""
        if not isinstance(city, str) or not city or len(city) > MAX_CITY_CHARS:
            return None
        return city if city in self.services.cities() else None

    def city_value(self, state: ChatState | None) -> str:
        return (state.session.city or "") if state else ""

    # -- one question -------------------------------------------------------------------
    def respond(self, state: ChatState | None, message: str, city: str | None = None
                ) -> Iterator[ChatState]:
        """Yield the state after each visible change; the last one carries the whole turn."""
        state = state or self.new_state()
        question = message.strip() if isinstance(message, str) else ""
        if not question:
            state.details = {"status": "invalid_input", "text": ui("chat.empty")}
            yield state
            return
        city = self.known_city(city)
        if city and city != state.session.city:
            # A city passed with the question wins (API callers); "" or an unknown one leaves the
            # conversation's own.
            _move_to_city(state.session, city)
        for message in state.history:  # the suggestions belong to the last reply only
            message.pop("options", None)
        state.asked.append(question)
        state.history.append({"role": "user", "content": inert(question)})
        state.history.append({"role": "assistant", "content": ui("chat.thinking"),
                              "metadata": {"title": ui("chat.thinking"), "status": "pending"}})
        yield state
        started = time.perf_counter()
        answer = self._answer(question, state.session)
        latency_ms = int((time.perf_counter() - started) * 1000)
        reply_index = len(state.history) - 1
        text = answer.text if answer else ui("chat.engine_missing")
        card = card_html(answer) if answer else ""
        for partial in _pieces(text):
            state.history[reply_index] = {"role": "assistant", "content": f"{card}\n\n{partial}" if card else partial}
            yield state
            if self.stream_delay:
                time.sleep(self.stream_delay)
        extra = self._extra_messages(answer) if answer else []
        state.history.extend(extra)
        suggestions = self.follow_ups(answer, state) if answer else []
        if suggestions:  # Gradio shows a message's options as buttons under the last reply
            state.history[-1]["options"] = [{"value": q} for q in suggestions]
        key = self._log(state, question, text, answer, latency_ms)
        if card and answer:
            state.last_calculated = (question, answer, facts_view(state.session.facts, self.services.rulebook))
        for index in range(reply_index, len(state.history)):
            state.turn_of_message[index] = key
        state.details = {"session_id": state.session.id, "turn_id": key if state.turn_logged[key] else None,
                         "latency_ms": latency_ms, "city": state.session.city,
                         "answer": answer.to_dict() if answer else None}
        yield state

    def follow_ups(self, answer: Answer, state: ChatState) -> list[str]:
        """Questions worth asking next, from the Answer (status, calculation's measure, city): the
        other way of a choice the calculation turned on (租赁的海外仓呢？), then what to submit and
        whom to ask. None while the engine waits for facts or off topic; none already asked."""
        if answer.status != "answered" or not (answer.measure or answer.calculation or answer.city):
            return []
        words = ui("followups")
        found = []
        measure_id = (answer.calculation or {}).get("measure")
        if measure_id:
            found += self._other_choice(measure_id, state.session.facts, words)
        found += [words["materials"], words["department"]]
        said = {_plain(q) for q in state.asked}
        return [q for q in dict.fromkeys(found) if _plain(q) not in said][:MAX_FOLLOW_UPS]

    def _other_choice(self, measure_id: str, facts: dict[str, Any], words: dict[str, str]) -> list[str]:
        """The first other value of the first one-of choice the measure reads and the user gave."""
        rulebook = self.services.rulebook
        try:
            measure = rulebook.measure(measure_id)
        except CalculatorError:  # a measure of a rule book this process has not loaded: no suggestion
            return []
        for name in measure.inputs:
            spec = rulebook.inputs.get(name)
            if spec is None or spec.kind != "choice" or spec.multiple or name not in facts:
                continue
            others = [c.label for c in spec.choices if str(c.value) != str(facts[name])]
            if not others:
                continue
            noun = next((k for k in measure.keywords if k in spec.label), "")
            if noun:
                return [render("followups.other_choice", choice=others[0], noun=noun)]
            return [render("followups.other_choice_plain", choice=others[0])]
        return []

    def sheet(self, state: ChatState | None) -> str:
        """The 测算单 (a printable HTML page) of the conversation's last calculated reply, or ''."""
        if state is None or state.last_calculated is None:
            return ""
        question, answer, facts = state.last_calculated
        return sheet_html(question, answer, facts, self.services.as_of())

    def _answer(self, question: str, session: Session) -> Answer | None:
        engine = self.services.engine()
        if engine is None:
            return None
        return engine.answer(question, session, self.services.deps())

    def _extra_messages(self, answer: Answer) -> list[dict[str, Any]]:
        """Sources, then the calculation, as collapsed messages under the reply."""
        expired = {s.get("doc_number") for s in answer.policy_status if s.get("expired")}
        messages = []
        for n, c in enumerate(answer.citations, 1):
            messages.append({"role": "assistant", "content": render("citation_body", c=c),
                             "metadata": {"title": render("citation_title", n=n, c=c,
                                                          expired=c.doc_number in expired),
                                          "status": "done"}})
        calc = answer.calculation
        if calc and (calc.get("steps") or calc.get("unmet_conditions") or calc.get("missing_inputs")):
            view = {**calc, "amount_text": amount_text(calc.get("amount_yuan"))}
            messages.append({"role": "assistant", "content": render("calculation_body", calc=_listy(view)),
                             "metadata": {"title": render("calculation_title", calc=_listy(view)),
                                          "status": "done"}})
        return messages

    def _log(self, state: ChatState, question: str, reply: str, answer: Answer | None,
             latency_ms: int) -> int:
        """Log the turn; a failing store must not cost the user the answer."""
        try:
            key = self.services.store.log_turn(
                state.session.id, state.session.turns, question, reply,
                status=answer.status if answer else "", city=answer.city if answer else None,
                answer=answer.to_dict() if answer else None, latency_ms=latency_ms)
            logged = True
        except FeedbackError as exc:
            log.warning("conversation log failed: %s", exc.message)
            state._local_turns += 1
            key, logged = -state._local_turns, False
        state.turn_text[key] = (question, reply)
        state.turn_logged[key] = logged
        return key

    # -- feedback -------------------------------------------------------------------------
    def feedback(self, state: ChatState | None, index: Any, liked: Any) -> str:
        """Store 👍/👎 for the turn that message `index` belongs to; the text to acknowledge it."""
        message_index = index[0] if isinstance(index, list | tuple) else index
        key = state.turn_of_message.get(int(message_index)) if state and message_index is not None else None
        if key is None or state is None:
            return ui("chat.feedback_unknown")
        rating = 1 if liked is True else -1 if liked is False else 0
        question, reply = state.turn_text[key]
        turn_id = key if state.turn_logged.get(key) else None
        feedback_id = self.services.store.add_feedback(state.session.id, rating, question, reply, turn_id=turn_id)
        state.last_dislike = feedback_id if rating == -1 else None
        if rating == -1:
            return ui("chat.feedback_reason_ask")
        return ui("chat.feedback_thanks") if rating else ui("chat.feedback_withdrawn")

    def feedback_reason(self, state: ChatState | None, reason: str) -> str:
        """The reason typed into the box a 👎 opened, stored with that 👎; the text to acknowledge it."""
        text = (reason or "").strip() if isinstance(reason, str) else ""
        if state is None or state.last_dislike is None or not text:
            return ui("chat.feedback_reason_empty") if state and state.last_dislike else ui("chat.feedback_unknown")
        self.services.store.set_comment(state.last_dislike, text)
        state.last_dislike = None
        return ui("chat.feedback_reason_thanks")

    def feedback_by_id(self, session_id: str, turn_id: int, rating: int, comment: str = "") -> int:
        """Feedback for a logged turn, given its session id (as the API and the load test use it)."""
        turn = self.services.store.turn(int(turn_id))
        if turn is None or turn.session_id != session_id:
            raise FeedbackError(ui("chat.feedback_unknown"))
        return self.services.store.add_feedback(session_id, int(rating), turn.question, turn.reply,
                                                turn_id=turn.id, comment=comment or "")


def _plain(text: str) -> str:
    """A question without spaces and end punctuation, to tell whether it was asked already."""
    return _END_MARKS.sub("", text)


def _move_to_city(session: Session, city: str | None) -> None:
    """The conversation goes on in another city: the measure under discussion (a measure of the old
    city) and the questions asked about it are dropped; the facts stay for the new city's measure."""
    if city != session.city:
        session.measure, session.pending, session.topic = None, [], None
    session.city = city


def _listy(calc: dict[str, Any]) -> dict[str, Any]:
    """The calculation dict with every list key present, so templates need no guards."""
    keys = ("steps", "unmet_conditions", "missing_inputs", "assumptions", "warnings")
    return {**calc, **{k: list(calc.get(k) or []) for k in keys}}
