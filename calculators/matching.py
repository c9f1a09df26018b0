"""Policy matching: one enterprise profile against every measure (of its city)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from calculators.engine import CalcResult, calculate
from calculators.fmt import fmt_money, money_cents
from calculators.loader import load_rulebook
from calculators.model import RuleBook
from calculators.texts import text


@dataclass
class MatchReport:
    """Measures sorted by outcome: eligible with an amount, blocked, needing facts, no figure."""

    city: str | None
    as_of: date
    eligible: list[CalcResult] = field(default_factory=list)
    blocked: list[CalcResult] = field(default_factory=list)
    needs_info: list[CalcResult] = field(default_factory=list)
    no_figure: list[CalcResult] = field(default_factory=list)
    superseded: list[CalcResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def total_yuan(self) -> Decimal | None:
        """Sum of the eligible amounts of the one city matched, over policies in force on the as-of
        date (superseded ones excluded); None without a city: one company cannot claim in every
        city, and an expired policy's amount is for information only."""
        if not self.city:
            return None
        return sum((r.amount_yuan or Decimal(0) for r in self.eligible if not r.expired), Decimal(0))

    def to_dict(self) -> dict[str, object]:
        return {
            "city": self.city, "as_of": self.as_of.isoformat(),
            "eligible": [r.to_dict() for r in self.eligible],
            "blocked": [r.to_dict() for r in self.blocked],
            "needs_info": [r.to_dict() for r in self.needs_info],
            "no_figure": [r.to_dict() for r in self.no_figure],
            "superseded": [r.to_dict() for r in self.superseded],
            "notes": list(self.notes),
            "total_yuan": f"{money_cents(self.total_yuan):.2f}" if self.total_yuan is not None else None,
        }


def match_profile(profile: dict[str, object], as_of: date | None = None,
                  city: str | None = None, rulebook: RuleBook | None = None) -> MatchReport:
    """Evaluate every measure of the profile's city (or all cities) against the profile."""
    rb = rulebook or load_rulebook()
    city = city or (str(profile["city"]) if profile.get("city") else None)
    day = as_of or date.today()
    # (a sum of levels is asked for, never offered: the form totals what the city pays)
    measures = [m for m in (rb.by_city(city) if city else list(rb.measures)) if not m.levels_combined]
    report = MatchReport(city=city, as_of=day)
    for m in measures:
        r = calculate(m.id, profile, as_of=day, rulebook=rb, note_unused=False)
        if r.no_figure:
            report.no_figure.append(r)
        elif r.eligible is False:
            report.blocked.append(r)
        elif r.eligible is True and r.amount_yuan is not None and not r.missing_input_names:
            report.eligible.append(r)
        else:
            report.needs_info.append(r)
    _apply_exclusive_groups(report, rb)
    if report.total_yuan:
        report.notes.append(text("matching.total", total=fmt_money(report.total_yuan)))
    return report


def _apply_exclusive_groups(report: MatchReport, rb: RuleBook) -> None:
    """Keep the higher of measures that cover the same item (潍坊 结语 从高不重复 and the like)."""
    groups: dict[tuple[str, str], list[CalcResult]] = {}
    for r in report.eligible:
        m = rb.measure(r.measure)
        if m.exclusive_group:
            groups.setdefault((m.policy_id, m.exclusive_group), []).append(r)
    for (policy_id, _), members in groups.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda r: r.amount_yuan or Decimal(0), reverse=True)
        keep, drop = members[0], members[1:]
        rule = rb.policies[policy_id].exclusive_rule or text("matching.exclusive_rule")
        for r in drop:
            report.eligible.remove(r)
            r.warnings.append(text("matching.superseded", kept=keep.measure_name, rule=rule))
            report.superseded.append(r)
        report.notes.append(text("matching.kept_higher", kept=keep.measure_name,
                                 dropped=[r.measure_name for r in drop], rule=rule,
                                 amount=fmt_money(keep.amount_yuan or Decimal(0))))
