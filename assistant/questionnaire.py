"""政策匹配 as a questionnaire: which questions one city's measures need, in short grouped steps,
and a match report split into what can be claimed, what is for information only, what needs facts.

Pure functions over the rule book and a MatchReport: no UI, no index. The groups come from the
rules themselves (measures, their inputs and exclusive groups), so a new policy's rule file gets
its questionnaire without code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from calculators import CalcResult, MatchReport
from calculators.model import RuleBook

STEP_QUESTIONS = 12   # questions one step aims at ("a few at a time")
MAX_STEP_QUESTIONS = 15  # never more on one step (issue 13)
COMMON_SHARE = 0.5    # an input read by at least half a city's groups of measures is asked first, once


@dataclass(frozen=True)
class QuestionGroup:
    """Questions asked together: the inputs one measure (or measures of one exclusive group) adds.

    `measures` empty means the city's common conditions (asked first)."""

    key: str
    measures: tuple[str, ...]
    names: tuple[str, ...]
    clauses: tuple[str, ...]
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Questionnaire:
    """One city's questions, grouped, in steps; step 0 is shown first."""

    city: str
    steps: tuple[tuple[QuestionGroup, ...], ...]

    def step_inputs(self, step: int) -> list[str]:
        return [name for g in self.steps[step] for name in g.inputs]

    @property
    def inputs(self) -> list[str]:
        return [name for step in range(len(self.steps)) for name in self.step_inputs(step)]


def question_groups(rulebook: RuleBook, city: str) -> list[QuestionGroup]:
    """The city's questions as groups, in rule-book order: common conditions, then one group per
    measure (measures sharing an exclusive group together), each input asked once, where first needed."""
    from calculators.checks import walk_conditions

    # ("同一事项是否已领取过这项一次性奖励": checked only where said, never a question of the form)
    # (an input checked only where said by one measure and asked by another — 海外仓在境外 beside a fair's country —
    # is still asked)
    uses = [c for m in rulebook.by_city(city) for c in walk_conditions(m.conditions) if c.input]
    unasked = ({c.input for c in uses if c.if_missing == "only_if_said"}
               - {c.input for c in uses if c.if_missing != "only_if_said"})
    order: dict[str, list] = {}
    for m in rulebook.by_city(city):
        if m.inputs and not m.levels_combined:
            order.setdefault(f"{m.policy_id}:{m.exclusive_group}" if m.exclusive_group else m.id, []).append(m)
    readers: dict[str, int] = {}  # groups reading each input
    for members in order.values():
        for name in {name for m in members for name in m.inputs if name not in unasked}:
            readers[name] = readers.get(name, 0) + 1
    common = [name for name in rulebook.inputs
              if readers.get(name, 0) >= 2 and readers[name] >= COMMON_SHARE * len(order)]
    groups = [QuestionGroup("common", (), (), (), tuple(common))] if common else []
    asked = set(common)
    for key, members in order.items():
        inputs = [name for m in members for name in m.inputs if name not in unasked]
        new = tuple(dict.fromkeys(name for name in inputs if name not in asked))
        if not new:
            continue
        asked.update(new)
        groups.append(QuestionGroup(key, tuple(m.id for m in members), tuple(dict.fromkeys(m.name for m in members)),
                                    tuple(dict.fromkeys(m.clause for m in members)), new))
    return groups


def _split(group: QuestionGroup, size: int) -> list[QuestionGroup]:
    """A group longer than a step, cut into step-sized parts (same title)."""
    if len(group.inputs) <= size:
        return [group]
    return [QuestionGroup(group.key, group.measures, group.names, group.clauses, group.inputs[i:i + size])
            for i in range(0, len(group.inputs), size)]


def build_questionnaire(rulebook: RuleBook, city: str, per_step: int = STEP_QUESTIONS) -> Questionnaire:
    """The city's groups packed into steps of about `per_step` questions (never more than
    MAX_STEP_QUESTIONS); a group is kept on one step unless it alone is longer than a step."""
    size = min(per_step, MAX_STEP_QUESTIONS)
    steps: list[list[QuestionGroup]] = []
    count = 0
    for part in (p for g in question_groups(rulebook, city) for p in _split(g, size)):
        if not steps or count + len(part.inputs) > size:
            steps.append([])
            count = 0
        steps[-1].append(part)
        count += len(part.inputs)
    return Questionnaire(city, tuple(tuple(s) for s in steps))


@dataclass
class MatchSections:
    """A match report as the questionnaire shows it: 可申报 (policies in force, eligible), 已失效
    (whatever its outcome: for information only), 需补充信息, and the rest (不符合 / no figure).
    The total adds only `claimable` (one city, in force, 从高不重复 already applied)."""

    city: str | None
    as_of: date
    claimable: list[CalcResult] = field(default_factory=list)
    superseded: list[CalcResult] = field(default_factory=list)
    needs_info: list[CalcResult] = field(default_factory=list)
    expired: list[CalcResult] = field(default_factory=list)
    blocked: list[CalcResult] = field(default_factory=list)
    no_figure: list[CalcResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def total_yuan(self) -> Decimal | None:
        """The sum of the claimable amounts of the one city; None across cities or with nothing to add."""
        if not self.city or not self.claimable:
            return None
        return sum((r.amount_yuan or Decimal(0) for r in self.claimable), Decimal(0))


def split_report(report: MatchReport) -> MatchSections:
    """Sort a MatchReport's results into the questionnaire's sections; an expired policy's result
    goes to `expired` whatever it says, so no expired amount is ever offered as claimable."""
    out = MatchSections(report.city, report.as_of, notes=list(report.notes))
    for outcome, target in (("eligible", out.claimable), ("superseded", out.superseded),
                            ("needs_info", out.needs_info), ("blocked", out.blocked),
                            ("no_figure", out.no_figure)):
        for r in getattr(report, outcome):
            (out.expired if r.expired else target).append(r)
    return out
