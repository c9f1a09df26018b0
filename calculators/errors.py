"""Exceptions of the calculators package; their messages are Chinese and shown to users as is."""

from __future__ import annotations

from calculators.texts import text


class CalculatorError(Exception):
    """A calculator request that cannot be served (unknown measure, bad call)."""


class RuleFileError(CalculatorError):
    """A rule file that breaks the rule-file schema; the message names the file and line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(text("rule_file.error", where=where, message=message))
