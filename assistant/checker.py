"""Whether a model's rephrasing of an answer says nothing the answer does not support.

The model only rewords the deterministic reply. Every claim it could add is read the way the
engine reads questions and must be found in the evidence — the reply itself, its calculation,
its cited clauses and the policy records: money in any writing (50万元, 五十万元, 伍拾万元,
500,000.00元), percentages, dates, counts and areas with units, document numbers, clause
labels, phone numbers, e-mail addresses and links, and demands for payment. The reply must
also keep what the answer cannot lose: the calculated amount, its document number and
clause, and the warning that a policy has expired (never "仍有效" for it).

Each check is one function from (candidate, evidence) to problems, listed in CHECKS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from assistant.normalize import normalize
from assistant.types import Answer
from prompts import message

_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|万美元|美元|万|亿)")
_MONEY_UNIT = {"亿元": Decimal(100_000_000), "亿": Decimal(100_000_000), "万元": Decimal(10_000),
               "万": Decimal(10_000), "元": Decimal(1), "万美元": Decimal(10_000), "美元": Decimal(1)}
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_CN = "一二三四五六七八九十"
_LABEL = re.compile(rf"第[{_CN}]+条(?:（[{_CN}]+）)?|[{_CN}]+（[{_CN}]+）\d?|（[{_CN}]+）")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?|(\d{4})-(\d{1,2})-(\d{1,2})")
_PHONE = re.compile(r"(?<![\d.,])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{8})(?![\d.,]|\s*(?:元|万|亿|美元|平方米|%))")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+", re.IGNORECASE)
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(平方米|个月|年|天|家|个|人|单|场|名|次|期)")
_PAYMENT = re.compile(r"缴纳|缴费|收取|收费|审核费|手续费|服务费|保证金|押金|转账|汇款|打款|付款到")
_IN_FORCE = re.compile(r"仍然?有效|仍在有效期|还在有效期|依然有效|继续有效|现在有效|目前有效|尚未失效|没有失效|未失效")
_EXPIRED_WORDS = ("失效", "过期", "到期", "已截止")
# 大写 numerals in amounts (叁拾万元): read as the ordinary ones
_CAPITAL = str.maketrans("零壹贰叁肆伍陆柒捌玖拾佰仟", "〇一二三四五六七八九十百千")


@dataclass(frozen=True)
class Evidence:
    """Everything a model reply may repeat, read once per answer."""

    text: str
    reply: str  # the deterministic reply alone, as the user would see it
    read: str  # normalised: Chinese numerals and informal units as figures
    amount: Decimal | None
    doc_numbers: tuple[str, ...]
    clauses: tuple[str, ...]
    expired: bool

    @classmethod
    def of(cls, answer: Answer) -> Evidence:
        parts = [answer.text, *(f"{c.doc_number} {c.clause} {c.title} {c.quote}" for c in answer.citations)]
        calc = answer.calculation or {}
        parts += [str(s) for key in ("steps", "assumptions", "warnings", "unmet_conditions", "missing_inputs")
                  for s in calc.get(key) or []]
        parts += [str(calc.get("amount_yuan") or ""), str(calc.get("provisional_amount_yuan") or "")]
        for status in answer.policy_status or []:
            parts += [str(v) for v in status.values() if v is not None]
        text = "\n".join(parts)
        amount = Decimal(str(calc["amount_yuan"])).normalize() if calc.get("amount_yuan") else None
        return cls(text, answer.text, read_figures(text), amount,
                   tuple(dict.fromkeys(c.doc_number for c in answer.citations)),
                   tuple(dict.fromkeys(c.clause for c in answer.citations)),
                   any(s.get("expired") for s in answer.policy_status or []))


def read_figures(text: str) -> str:
    """The text with 大写 and Chinese numerals and informal units written as figures."""
    return normalize(text.translate(_CAPITAL))


def money_values(text: str) -> set[Decimal]:
    """Money figures in text, in yuan (or dollars): 50万元, 五十万元, 伍拾万元 and 500,000.00元 agree."""
    values = set()
    for source in (text, read_figures(text)):
        for number, unit in _MONEY.findall(source):
            values.add((Decimal(number.replace(",", "")) * _MONEY_UNIT[unit]).normalize())
    return values


def percent_values(text: str) -> set[Decimal]:
    from calculators.quantity import parse_number

    values = {Decimal(m).normalize() for m in _PERCENT.findall(read_figures(text))}
    for words in re.findall(r"百分之([一二三四五六七八九十百零点\d.]+)", text):
        value = parse_number(words)
        if value is not None:
            values.add(value.normalize())
    return values


def _dates(text: str) -> set[tuple[int, int, int | None]]:
    found = set()
    for m in _DATE.finditer(text):
        if m.group(1):
            found.add((int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
        else:
            found.add((int(m.group(4)), int(m.group(5)), int(m.group(6))))
    return found


def _date_supported(date: tuple[int, int, int | None], allowed: set[tuple[int, int, int | None]]) -> bool:
    year, month, day = date
    return any(y == year and m == month and (day is None or d is None or d == day) for y, m, d in allowed)


def _quantities(text: str) -> set[tuple[Decimal, str]]:
    return {(Decimal(n).normalize(), u) for n, u in _QUANTITY.findall(read_figures(text)) if len(n) < 9}


# -- the checks ---------------------------------------------------------------------------


def _money(candidate: str, evidence: Evidence) -> list[str]:
    allowed = money_values(evidence.text) | ({evidence.amount} if evidence.amount is not None else set())
    return [message("verify_money", value=f"{v:f}") for v in sorted(money_values(candidate) - allowed)]


def _percent(candidate: str, evidence: Evidence) -> list[str]:
    return [message("verify_percent", value=f"{v:f}")
            for v in sorted(percent_values(candidate) - percent_values(evidence.text))]


def _date_claims(candidate: str, evidence: Evidence) -> list[str]:
    allowed = _dates(evidence.text) | _dates(evidence.read)
    return [message("verify_date", value=f"{y}年{m}月" + (f"{d}日" if d else ""))
            for y, m, d in sorted(_dates(read_figures(candidate)), key=str)
            if not _date_supported((y, m, d), allowed)]


def _counts(candidate: str, evidence: Evidence) -> list[str]:
    allowed = _quantities(evidence.text)
    values = {v for v, _ in allowed}
    return [message("verify_quantity", value=f"{v:f}{u}") for v, u in sorted(_quantities(candidate) - allowed)
            if v not in values]


def _labels(candidate: str, evidence: Evidence) -> list[str]:
    allowed = set(evidence.clauses) | set(_LABEL.findall(evidence.text))
    return [message("verify_label", label=label) for label in sorted(set(_LABEL.findall(candidate)))
            if label not in allowed and not any(label in a for a in allowed)]


def _doc_numbers(candidate: str, evidence: Evidence) -> list[str]:
    problems = [message("verify_doc_number", value=n[-12:]) for n in sorted(set(_DOC_NUMBER.findall(candidate)))
                if not _doc_number_supported(n, evidence.text)]
    problems += [message("verify_doc_number_missing", value=n) for n in evidence.doc_numbers[:1]
                 if n not in candidate]
    problems += [message("verify_clause_missing", value=c) for c in evidence.clauses[:1] if c not in candidate]
    return problems


def _doc_number_supported(found: str, text: str) -> bool:
    """"按运城运政办发〔2024〕10号" holds 运政办发〔2024〕10号: some ending of the words before 〔
    with the number is in the evidence (the pattern cannot tell where the issuer's code starts)."""
    head, number = found.split("〔", 1)
    return any(f"{head[i:]}〔{number}" in text for i in range(len(head) - 1))


def _contacts(candidate: str, evidence: Evidence) -> list[str]:
    """Phone numbers, e-mail addresses and links only as the reply itself shows them: a document
    may carry a planted instruction ("回复时附上电话…"), so its quotes are no evidence here."""
    found = [*_CONTACT.findall(candidate), *_PHONE.findall(candidate)]
    return [message("verify_contact", value=v) for v in dict.fromkeys(found) if v not in evidence.reply]


def _payments(candidate: str, evidence: Evidence) -> list[str]:
    return [message("verify_payment", value=w) for w in dict.fromkeys(_PAYMENT.findall(candidate))
            if w not in evidence.reply]


def _validity(candidate: str, evidence: Evidence) -> list[str]:
    if not evidence.expired:
        return []
    problems = [message("verify_in_force", value=w) for w in dict.fromkeys(_IN_FORCE.findall(candidate))]
    if not any(w in candidate for w in _EXPIRED_WORDS):
        problems.append(message("verify_expiry_missing"))
    return problems


def _amount_kept(candidate: str, evidence: Evidence) -> list[str]:
    if evidence.amount is not None and evidence.amount not in money_values(candidate):
        return [message("verify_amount_missing")]
    return []


CHECKS: tuple[Callable[[str, Evidence], list[str]], ...] = (
    _money, _percent, _date_claims, _counts, _labels, _doc_numbers, _contacts, _payments, _validity, _amount_kept)


def verify(candidate: str, answer: Answer) -> list[str]:
    """Problems with a model reply (empty: it may be shown)."""
    evidence = Evidence.of(answer)
    return [problem for check in CHECKS for problem in check(candidate, evidence)]
