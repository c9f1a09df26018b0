"""What a message asks and states, read once: an `Understanding` per turn, built by the engine
from the normalised text, the cities it names, and, per measure, the facts it states.

The two concerns live apart: `assistant.intent` (intent, measure words, help-desk topics) and
`assistant.facts` (figures and facts for calculators). Their public names are re-exported here,
so `from assistant.understanding import facts_for` keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from assistant.facts import (  # noqa: F401  (re-exported)
    answer_by_kind,
    award_restated,
    bare_answer,
    bare_quantities,
    extract_facts,
    facts_for,
    figures_in,
    in_focus,
    input_names,
    money_mentions,
    name_abroad_warehouses,
    names_part,
    negated,
    part_value,
    quantity_value,
    replaced_part,
    said_label,
    short_of,
    what_if,
    what_if_choices,
)
from assistant.intent import (  # noqa: F401  (re-exported)
    INTENTS_FILE,
    TOTAL_ASKED,
    applicant_nouns,
    asks_condition,
    asks_document,
    asks_overview,
    asks_standard,
    asks_task,
    detect_intent,
    expand_measure_words,
    explain_topic,
    has_any,
    keyword_score,
    lexicon,
    off_topic,
    private_info_patterns,
    rank_measures,
    ruled_out_parts,
    specific_keywords,
    without_places,
)
from calculators import Measure, RuleBook


@dataclass
class Understanding:
    """One message read once: its normalised text, the cities it asks about, the cities it
    names that no policy covers, whether it carries an injection; with a rule book bound, the
    measures it names and, per measure, the facts it states (each read once, then kept).

    Built once per turn by the engine; every routing decision reads it and none re-reads the
    message."""

    text: str
    cities: list[str]
    other_cities: list[str]
    injection: bool
    rulebook: RuleBook | None = None
    _facts: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    compared: frozenset[str] = frozenset()  # corpus cities named only as a comparison ("运城是市里补30%")

    def with_rules(self, rulebook: RuleBook) -> Understanding:
        """The same reading against a rule book (the one in force on the message's date)."""
        return Understanding(self.text, self.cities, self.other_cities, self.injection, rulebook,
                             compared=self.compared)

    def facts(self, measure: Measure) -> dict[str, Any]:
        """The facts the message states for the measure's calculator (a fresh dict each call)."""
        if measure.id not in self._facts:
            assert self.rulebook is not None, "facts need a rule book: Understanding.with_rules"
            self._facts[measure.id] = facts_for(self.text, measure, self.rulebook)
        return dict(self._facts[measure.id])

    @cached_property
    def names_a_measure(self) -> bool:
        """Whether the message names any measure by one of its own words (海外仓, 展位费)."""
        return self.rulebook is not None and any(specific_keywords(self.text, m) for m in self.rulebook.measures)

    def named(self, measures: Iterable[Measure]) -> list[Measure]:
        """The measures among these the message names by a word of their own."""
        return [m for m in measures if specific_keywords(self.text, m)]
