"""Subsidy calculators: the five policies' measures as dated rules with clause references.

Rules are data (calculators/rules/*.yaml); this package is a small pure engine over them.
"""

from calculators.engine import CalcResult, calculate
from calculators.errors import CalculatorError, RuleFileError
from calculators.items import calculate_items, combine
from calculators.loader import load_rulebook
from calculators.matching import MatchReport, match_profile
from calculators.model import Choice, InputSpec, Measure, PolicyPeriod, RuleBook
from calculators.quantity import Quantity, parse_quantities, parse_quantity

__all__ = [
    "CalcResult", "CalculatorError", "Choice", "InputSpec", "MatchReport", "Measure",
    "PolicyPeriod", "Quantity", "RuleBook", "RuleFileError", "calculate", "calculate_items", "combine",
    "load_rulebook",
    "match_profile", "parse_quantities", "parse_quantity",
]
