"""Display of numbers, money and dates in Chinese (24万元（240,000.00元）)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, Decimal

_TEN_THOUSAND = Decimal(10_000)
_CENT = Decimal("0.01")
_MICRO = Decimal("0.000001")  # (a figure with more places than this is a ratio that does not end)


def fmt_number(value: Decimal | int) -> str:
    """A plain number without trailing zeros or exponent: 2.50 -> 2.5, 1E+2 -> 100."""
    d = Decimal(value)
    if not d.is_finite():
        return str(d)
    if d == d.to_integral_value():
        return str(int(d))
    if d.quantize(_MICRO, rounding=ROUND_DOWN) != d:  # a ratio that does not end (25/300 = 8.333…%): to 0.01, said so
        return "约" + format(d.quantize(_CENT).normalize(), "f")
    return format(d.normalize(), "f")


def money_cents(value: Decimal) -> Decimal:
    """Money rounded down to the cent: a subsidy is never overstated by rounding."""
    return Decimal(value).quantize(_CENT, rounding=ROUND_DOWN)


def fmt_money(value: Decimal, currency: str = "元") -> str:
    """Short form for steps: 600000 -> 60万元, 14800 -> 1.48万元, 123456.78 -> 123,456.78元."""
    d = Decimal(value)
    try:
        if abs(d) >= _TEN_THOUSAND:
            wan = d / _TEN_THOUSAND
            if wan == wan.quantize(Decimal("0.0001")):
                return f"{fmt_number(wan)}万{currency}"
        if d == d.to_integral_value():
            return f"{int(d):,}{currency}"
        return f"{money_cents(d):,}{currency}"
    except (ArithmeticError, ValueError):  # absurd sizes: show as written, never crash
        return f"{d}{currency}"


def fmt_money_full(value: Decimal) -> str:
    """The house display of an amount: 24万元（240,000.00元）."""
    return f"{fmt_money(value)}（{money_cents(value):,.2f}元）"


def fmt_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_month(d: date) -> str:
    return f"{d.year}年{d.month}月"
