"""Scoring one Answer JSON against one row's `expect` (DESIGN.md, Eval dataset rows).

Each check returns True/False; a row is scored only on the metrics its `expect` names.
"""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal, InvalidOperation
from typing import Any

METRICS = ("amount", "eligibility", "citation", "refusal", "mentions", "empty", "status", "city")
_MARKERS = re.compile(r"第[一二三四五六七八九十百零]+条|（[^）]+）|\([^)]+\)|[一二三四五六七八九十]+|\d+|[^\s（）()]+")
_SEPARATORS = re.compile(r"[、.．]")
_NUMERAL = re.compile(r"[一二三四五六七八九十]+")
_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|万美元|美元)")


def clause_markers(label: str) -> list[str]:
    """`第五条（三）` -> ['第五条', '（三）']; `三（二）2` -> ['三', '（二）', '2']. A marker's own
    separator as the document prints it (`五、`, `2.`) is no marker: labels join markers without
    separators (DESIGN.md)."""
    return [m.replace("(", "（").replace(")", "）") for m in _MARKERS.findall(_SEPARATORS.sub("", label))]


def label_matches(expected: str, cited: str) -> bool:
    """All markers of the expected label appear in the cited one, in order and together
    (DESIGN.md: "its markers must all appear in a cited clause label"): `第五条` matches
    `第五条（三）`, and `（十二）` matches `七（十二）`, but `（一）` does not match `三（二）1`;
    a bare numeral also names the last bracketed item (`十二` matches `六（十二）`)."""
    want, got = clause_markers(expected), clause_markers(cited)
    if any(got[i:i + len(want)] == want for i in range(len(got) - len(want) + 1)):
        return True
    # A writer who numbers a document's items as its sections ("十二" for 秦皇岛 六（十二）: the
    # items run on across sections): one bare numeral names the cited label's last, bracketed item,
    # whether or not a sub-item's number follows it ("四" for 济南 三（四）2, the writer's "济南三（四）2")
    bracketed = [m for m in got[1:] if m.startswith("（")]
    return (len(want) == 1 and _NUMERAL.fullmatch(want[0]) is not None and bool(bracketed)
            and bracketed[-1] == f"（{want[0]}）")


def _amount(answer: dict) -> Decimal | None:
    calc = answer.get("calculation") or {}
    value = calc.get("amount_yuan")
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def money_figures(text: str) -> list[Decimal]:
    """Money figures in a reply, in yuan (万元 -> ×10000); USD kept in dollars."""
    figures = []
    for number, unit in _MONEY.findall(text):
        value = Decimal(number.replace(",", ""))
        figures.append(value * {"万元": 10000, "亿元": 100000000, "万美元": 10000}.get(unit, 1))
    return figures


def _bare_figures(text: str) -> set[Decimal]:
    """Figures the user wrote without 元 (3亿, 200万) or in Chinese numerals (两亿五千万元),
    read after the engine's own normalisation (150w, 1.5个亿, 两亿三千万)."""
    from assistant.normalize import normalize
    from calculators.quantity import parse_quantities

    text = normalize(text)

    found = {q.value for q in parse_quantities(text) if q.unit in ("CNY", "USD")}
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)\s*[多来余]?\s*(万|亿)", text):  # ("二十来万" is 20万, the user's)
        found.add(Decimal(number) * (10000 if unit == "万" else 100000000))
    return found


def invented_figures(answer: dict, turns: list[str] | None = None) -> list[Decimal]:
    """Money figures in the reply that no cited quote, the calculation or the user's own
    words contain."""
    quoted = {f for c in answer.get("citations") or [] for f in money_figures(str(c.get("quote", "")))}
    for turn in turns or []:
        quoted.update(money_figures(str(turn)))
        quoted.update(_bare_figures(str(turn)))
    calc = answer.get("calculation") or {}
    for step in calc.get("steps") or []:
        quoted.update(money_figures(str(step)))
    amount = _amount(answer)
    if amount is not None:
        quoted.add(amount)
    return [f for f in money_figures(str(answer.get("text", ""))) if f not in quoted]


_PRESENTED = re.compile(r"(?:可获得?|可拿到?|能拿到?|可领取?|合计)\s*[:：]?\s*([^。；\n]{0,40})")
_HEADLINE = re.compile(r"^\s*\*\*(.+?)\*\*", re.MULTILINE)


def presented_amounts(answer: dict) -> list[Decimal]:
    """Amounts a reply presents as what the enterprise gets: the calculation's amount (settled
    or provisional) unless it is marked ineligible, and the figure a bold headline line gives
    after 可获/合计 (a headline can state an amount the calculation leaves open)."""
    calc = answer.get("calculation") or {}
    found: list[Decimal] = []
    if calc.get("eligible") is not False:
        for key in ("amount_yuan", "provisional_amount_yuan"):
            value = calc.get(key)
            if value not in (None, ""):
                with contextlib.suppress(InvalidOperation):
                    found.append(Decimal(str(value)))
    for headline in _HEADLINE.findall(str(answer.get("text", ""))):
        for match in _PRESENTED.finditer(headline):
            found += money_figures(match.group(1))[:1]
    return [f for f in found if f > 0]


def wrong_amount_shown(expect: dict[str, Any], answer: dict[str, Any]) -> list[Decimal]:
    """The presented amounts that are wrong for this row: any amount other than the expected
    one, or any amount at all where none is due (eligible false, no figure, out of scope,
    not in the policy, invalid input). Empty when the row says nothing about amounts."""
    shown = presented_amounts(answer)
    if not shown:
        return []
    if "amount_yuan" in expect:
        want = Decimal(str(expect["amount_yuan"]))
        return [f for f in shown if f != want]
    status = expect.get("status")
    statuses = set(status) if isinstance(status, list) else ({status} if status else set())
    none_due = (expect.get("eligible") is False or expect.get("no_amount") or expect.get("out_of_scope")
                or expect.get("empty") or (statuses and statuses <= {"out_of_scope", "not_in_policy",
                                                                    "invalid_input"}))
    return shown if none_due else []


_BANNER = re.compile(r"^\s*(?:>|\*\*注意|【注意】)")
_SENTENCE = re.compile(r"[。！？!?\n]")


def lead_sentence(text: str) -> str:
    """The reply's first sentence: its first line of prose after any banner ("> 【注意】…"
    validity notes), up to the first 。！？ — what a clerk reads aloud first."""
    for line in str(text).splitlines():
        if not line.strip() or _BANNER.match(line):
            continue
        plain = line.replace("**", "").strip()
        end = _SENTENCE.search(plain)
        return plain[:end.end()] if end else plain
    return ""


def mentions_lead(expect: dict[str, Any], answer: dict[str, Any]) -> bool | None:
    """Whether every `mentions` string is in the reply's first sentence (None: the row has none)."""
    if not expect.get("mentions"):
        return None
    lead = lead_sentence(str(answer.get("text", "")))
    return all(m in lead for m in expect["mentions"])


def score_row(expect: dict[str, Any], answer: dict[str, Any],
              turns: list[str] | None = None) -> dict[str, tuple[bool, str]]:
    """metric -> (passed, what came back) for every metric this row's expect names."""
    results: dict[str, tuple[bool, str]] = {}
    calc = answer.get("calculation") or {}
    status = answer.get("status")
    citations = answer.get("citations") or []
    if "amount_yuan" in expect:
        got = _amount(answer)
        want = Decimal(str(expect["amount_yuan"]))
        results["amount"] = (got is not None and got == want, f"amount_yuan={got}")
    if "eligible" in expect:
        results["eligibility"] = (calc.get("eligible") is expect["eligible"]
                                  and (expect["eligible"] or _amount(answer) is None),
                                  f"eligible={calc.get('eligible')}, amount={_amount(answer)}")
    if "clause" in expect and not expect.get("out_of_scope"):
        want_city = expect.get("city")
        ok = any(label_matches(expect["clause"], str(c.get("clause", "")))
                 and (not want_city or c.get("city") == want_city) for c in citations)
        results["citation"] = (ok, "cited " + ", ".join(f"{c.get('city')}{c.get('clause')}" for c in citations))
    if "city" in expect and not expect.get("out_of_scope") and "clause" not in expect:
        results["city"] = (any(c.get("city") == expect["city"] for c in citations)
                           or calc.get("city") == expect["city"], f"cities {[c.get('city') for c in citations]}")
    if expect.get("no_amount"):
        invented = invented_figures(answer, turns)
        results["refusal"] = (_amount(answer) is None and not invented,
                              f"amount={_amount(answer)}, invented={invented}")
    if expect.get("out_of_scope"):
        invented = invented_figures(answer, turns)
        results["refusal"] = (status in ("out_of_scope", "not_in_policy") and _amount(answer) is None
                              and not invented, f"status={status}, invented={invented}")
    if expect.get("mentions"):
        text = str(answer.get("text", ""))
        missing = [m for m in expect["mentions"] if m not in text]
        results["mentions"] = (not missing, f"missing {missing}" if missing else "all present")
    if expect.get("empty"):
        results["empty"] = (status == "invalid_input" and bool(str(answer.get("text", "")).strip()),
                            f"status={status}")
    if "status" in expect:
        wanted = expect["status"] if isinstance(expect["status"], list) else [expect["status"]]
        results["status"] = (status in wanted, f"status={status}")
    return results


def retrieval_rank(expect: dict[str, Any], hits: list[dict[str, Any]]) -> int | None:
    """1-based rank of the first hit matching the expected clause (and city), or None."""
    if "clause" not in expect or expect.get("out_of_scope"):
        return None
    for rank, hit in enumerate(hits, 1):
        if label_matches(expect["clause"], str(hit.get("clause", ""))) and (
                "city" not in expect or hit.get("city") == expect["city"]):
            return rank
    return 0  # expected but not retrieved
