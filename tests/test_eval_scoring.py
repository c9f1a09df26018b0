"""The scorer: clause labels as the contract reads them, and the wrong-amount count."""

from __future__ import annotations

import pytest

from eval.scoring import label_matches, presented_amounts, score_row, wrong_amount_shown


@pytest.mark.parametrize(("expected", "cited", "ok"), [
    ("第五条", "第五条（三）", True),
    ("第五条（三）", "第五条（三）", True),
    ("（十二）", "七（十二）", True),
    ("三（二）2", "三（二）2", True),
    ("三（二）", "三（二）2", True),
    ("（一）", "三（二）1", False),
    ("五", "四", False),
    ("第五条（三）", "第五条（二）", False),
    ("五、", "五", True),  # the document's own separator is no marker
    ("三（二）2.", "三（二）2", True),
    ("五、", "四", False),
    ("(二)", "四（二）", True),
    # a bare numeral names the last bracketed item too (items numbered on across sections)
    ("十二", "六（十二）", True),
    ("四", "三（四）", True),
    ("四", "四（七）", True),
    ("十二", "六（十一）", False),
    ("二", "三（二）1", True),  # the last bracketed marker, a sub-item's number after it
    ("四", "三（四）2", True),
    ("三", "三（四）2", True),  # the section itself
    ("二", "三（四）2", False),
    ("一", "四（二）", False),
    ("第五条", "三（五）", False),
])
def test_label_markers_must_all_appear_together(expected, cited, ok):
    assert label_matches(expected, cited) is ok


def _answer(amount=None, provisional=None, eligible=None, text="", status="answered"):
    calc = None
    if amount is not None or provisional is not None or eligible is not None:
        calc = {"amount_yuan": amount, "provisional_amount_yuan": provisional, "eligible": eligible}
    return {"status": status, "text": text, "citations": [], "calculation": calc}


@pytest.mark.parametrize(("expect", "answer", "wrong"), [
    # the right amount is no wrong amount
    ({"amount_yuan": 500000}, _answer("500000.00", eligible=True), []),
    # a different settled amount
    ({"amount_yuan": 300000}, _answer("500000.00", eligible=True), ["500000.00"]),
    # a provisional amount counts too ("可获 27万元（待确认）")
    ({"eligible": False}, _answer(provisional="270000", eligible=None), ["270000"]),
    # an amount in the headline text that the calculation leaves open
    ({"no_amount": True}, _answer(text="**按您提供的情况，可获 27万元（270,000.00元）。**"), ["270000"]),
    # ineligible calculations present no amount
    ({"eligible": False}, _answer(provisional="270000", eligible=False), []),
    # out of scope / invalid input: any amount is wrong
    ({"out_of_scope": True}, _answer("100000", eligible=True), ["100000"]),
    ({"status": "invalid_input"}, _answer("100000", eligible=True), ["100000"]),
    # a row that says nothing about amounts counts nothing
    ({"city": "运城", "clause": "第五条"}, _answer("100000", eligible=True), []),
    # needs_info rows: an amount is not wrong by itself (the row does not forbid one)
    ({"status": ["needs_info", "answered"]}, _answer("100000", eligible=True), []),
])
def test_wrong_amount_shown(expect, answer, wrong):
    from decimal import Decimal

    assert wrong_amount_shown(expect, answer) == [Decimal(w) for w in wrong]


def test_presented_amounts_read_headline_after_keywords_only():
    text = "**按您提供的情况，运城「海外仓」最高可获 50万元（500,000.00元）。**\n1. 租金200万元 × 30% = 60万元"
    assert [str(a) for a in presented_amounts(_answer(text=text))] == ["500000"]


def test_status_may_list_acceptable_statuses():
    assert score_row({"status": ["needs_info", "answered"]}, _answer(status="answered"))["status"][0]
    assert not score_row({"status": ["not_in_policy"]}, _answer(status="answered"))["status"][0]
