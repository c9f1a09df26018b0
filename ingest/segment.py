"""Split clean paragraphs into clauses along the document's own numbering (DESIGN.md labels).

Markers nest in the order the document first uses them (一、 > （一） > 1． for most, 第X条 >
（一） for 运城). A clause label joins the markers from the top down without separators:
`三（二）2`, `第五条（三）`. Text before the first marker is the preamble (`前言`); closing
paragraphs after the numbered body (以上…, 本文件自…施行) are clauses of their own (`结语`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.clean import DATE_LINE, DOC_NUMBER, MARKER, is_standalone
from ingest.records import Clause

PREAMBLE_LABEL = "前言"
CLOSING_LABEL = "结语"
_PUBLIC_NOTE = re.compile(r"[（(]此件[^）)]{0,10}[）)]")
_CLOSING_START = re.compile(r"^(?:对以上|以上|本(?:文件|措施|意见|办法|通知|政策|实施意见|规定))")
_HEADING_END = re.compile(r"[。.．]")
_UNIT_KEYS = ("牵头单位", "责任单位", "配合单位")
_UNIT_SPLIT = re.compile(r"[、，,]")


@dataclass
class _Open:
    label: str
    parent: str | None
    heading: str
    lines: list[str] = field(default_factory=list)


def marker_kind(marker: str) -> tuple[str, str]:
    """(kind, label part) of a numbering marker: ('paren_cn', '（三）'), ('arabic', '2') …"""
    core = marker.strip("、.．")
    if marker.startswith("第"):
        return "article", marker
    if marker[0] in "（(":
        inner = marker[1:-1]
        return ("paren_arabic" if inner.isdigit() else "paren_cn"), f"（{inner}）"
    if core.isdigit():
        return "arabic", core
    return "cn", core


def segment(policy_id: str, paras: list[str], issuer: str = "") -> list[Clause]:
    """Clauses of one document, in order; header and signature lines are not clauses."""
    clauses: list[Clause] = []
    stack: list[tuple[str, str]] = []  # (kind, label part) from the top down
    current: _Open | None = None
    preamble: list[str] = []
    closings = 0
    after_signature = False

    def close() -> None:
        nonlocal current
        if current is not None:
            clauses.append(_make_clause(policy_id, current, len(clauses)))
            current = None

    for para in paras:
        text = _PUBLIC_NOTE.sub("", para).strip()
        if not text or _is_header(text, issuer):
            after_signature = after_signature or bool(stack and _is_signature(text, issuer))
            continue
        marker = MARKER.match(text)
        if marker:
            close()
            kind, part = marker_kind(marker.group(0))
            kinds = [k for k, _ in stack]
            if kind in kinds:
                del stack[kinds.index(kind):]
            parent = "".join(p for _, p in stack) or None
            stack.append((kind, part))
            body = text[marker.end():].strip()
            if kind == "article" and body:
                text = f"{marker.group(0)} {body}"
            current = _Open("".join(p for _, p in stack), parent, _heading(body))
            current.lines.append(text)
        elif not stack:
            preamble.append(text)
        elif after_signature or _CLOSING_START.match(text):
            close()
            closings += 1
            label = CLOSING_LABEL if closings == 1 else f"{CLOSING_LABEL}{closings}"
            current = _Open(label, None, _heading(text))
            current.lines.append(text)
        elif current is not None:
            current.lines.append(text)
    close()
    if preamble:
        clauses.insert(0, _make_clause(policy_id, _Open(PREAMBLE_LABEL, None, "前言", preamble), 0))
        for order, clause in enumerate(clauses):
            clause.order = order
    return clauses


def _is_header(text: str, issuer: str) -> bool:
    if DOC_NUMBER.fullmatch(text) or DATE_LINE.match(text) or _is_signature(text, issuer):
        return True
    return is_standalone(text) and not MARKER.match(text)


def _is_signature(text: str, issuer: str) -> bool:
    return bool(DATE_LINE.match(text) or (issuer and text in (issuer, issuer + "文件"))
                or re.fullmatch(r".{2,12}人民政府(?:办公室|办公厅)?(?:文件)?", text))


def _heading(body: str) -> str:
    end = _HEADING_END.search(body)
    first = body[: end.start()] if end else body
    return first if len(first) <= 40 else first[:24] + "…"


def _make_clause(policy_id: str, open_clause: _Open, order: int) -> Clause:
    text = "\n".join(open_clause.lines)
    return Clause(policy_id=policy_id, label=open_clause.label, heading=open_clause.heading,
                  text=text, parent_label=open_clause.parent,
                  responsible_units=responsible_units(text), order=order)


def responsible_units(text: str) -> dict[str, list[str]]:
    """The 牵头/责任/配合单位 of a clause, from its trailing parenthetical."""
    keyed = r"[（(](?=牵头单位|责任单位|配合单位)"
    bare = r"[（(](?=[^（()）]*单位[）)]\s*$)"  # e.g. a closing （领导小组成员单位）
    candidates = [m.start() for m in re.finditer(f"{keyed}|{bare}", text)]
    if not candidates:
        return {}
    start = candidates[-1]
    inner = _balanced(text, start)
    units: dict[str, list[str]] = {}
    parts = re.split(r"[;；]|[,，](?=(?:牵头单位|责任单位|配合单位))", inner)
    for part in parts:
        key, _, value = part.partition("：") if "：" in part else part.partition(":")
        key = key.strip()
        if key not in _UNIT_KEYS:
            key, value = "责任单位", part
        names = [n.strip() for n in _UNIT_SPLIT.split(value) if n.strip()]
        if names:
            units.setdefault(key, []).extend(names)
    return units


def _balanced(text: str, start: int) -> str:
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "（(":
            depth += 1
        elif text[index] in "）)":
            depth -= 1
            if depth == 0:
                return text[start + 1: index]
    return text[start + 1:]
