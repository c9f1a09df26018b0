"""Drafting a rule file from a policy text (`python -m calculators draft FILE`): the clauses that
pay money become measures in the schema of calculators/rules/*.yaml, marked `status: draft`;
every figure carries its clause and is read from that clause's text; what is not read is a todo."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from calculators.draft_read import Reading, Threshold, merge_levels, read_sentence, sentences
from calculators.loader import RULES_DIR, _load_inputs
from calculators.model import UNITS, InputSpec
from calculators.texts import text

# share of a phrase's character pairs an input's label and cues must hold for the input to be reused
MIN_INPUT_MATCH = Decimal("0.5")
DIMENSION_KIND = {"cny": "money_cny", "usd": "money_usd", "area": "area_m2", "months": "months",
                  "count": "count", "percent": "percent"}
_NUMERALS = {ch: i for i, ch in enumerate("一二三四五六七八九十", start=1)}


@dataclass
class Draft:
    """One drafted rule file: its YAML data and the inputs it adds to the vocabulary."""

    policy_id: str
    data: dict[str, Any]
    new_inputs: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def measures(self) -> list[dict[str, Any]]:
        return self.data["measures"]

    @property
    def todos(self) -> list[dict[str, str]]:
        return self.data["todo"]


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _figure(value: Decimal, unit: str, clause: str) -> dict[str, Any]:
    return {"value": _number(value), "unit": unit, "clause": clause}


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"\s", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _label_slug(label: str) -> str:
    """第五条（三） -> 5_3; 三（二）2 -> 3_2_2."""
    parts, run = [], ""
    for ch in label:
        if ch in _NUMERALS:
            run += ch
            continue
        if run:
            parts.append(str(_numeral(run)))
            run = ""
        if ch.isdigit():
            parts.append(ch)
    if run:
        parts.append(str(_numeral(run)))
    return "_".join(parts) or "x"


def _numeral(run: str) -> int:
    if "十" not in run:
        return _NUMERALS.get(run[-1], 0)
    tens, _, ones = run.partition("十")
    return (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)


class _Inputs:
    """The shared vocabulary, and the inputs a draft adds where no shared one fits its wording."""

    def __init__(self, shared: dict[str, InputSpec], prefix: str) -> None:
        self.shared = shared
        self.prefix = prefix
        self.new: dict[str, dict[str, Any]] = {}

    def match(self, phrase: str, kind: str) -> str | None:
        grams = _bigrams(phrase)
        if not grams:
            return None
        best, score = None, Decimal(0)
        for spec in self.shared.values():
            if spec.kind != kind and not (kind == "count" and spec.kind == "number"):
                continue
            have = _bigrams(spec.label + "".join(spec.cues))
            s = Decimal(len(grams & have)) / Decimal(len(grams))
            if s > score:
                best, score = spec.name, s
        return best if score >= MIN_INPUT_MATCH else None

    def get(self, phrase: str, kind: str, name: str, unit: str = "", choices: list[str] | None = None) -> str:
        if not choices and (found := self.match(phrase, kind)):
            return found
        spec: dict[str, Any] = {"kind": kind, "label": phrase or name}
        if kind == "choice":
            spec["question"] = text("draft.question_choice", label=phrase, choices=choices)
            spec["choices"] = [{"value": c, "label": c} for c in choices or []]
        else:
            spec["question"] = text("draft.question", label=phrase, kind=kind, unit=unit)
            if kind != "percent":
                spec["valid_min"] = 0
            if unit:
                spec["unit"] = unit
        self.new[name] = spec
        return name


def _condition(t: Threshold, clause: str, inputs: _Inputs, name: str) -> dict[str, Any]:
    kind = DIMENSION_KIND[UNITS[t.unit][0]]
    unit = t.unit if kind == "count" else ""
    return {"input": inputs.get(t.subject, kind, name, unit), "op": t.op,
            "threshold": _figure(t.value, t.unit, clause), "text": t.fragment, "clause": clause}


def _conditions(thresholds: list[Threshold], clause: str, inputs: _Inputs, mid: str) -> list[dict[str, Any]]:
    """The gates, thresholds joined by 或 as any_of (an alternative of several as all_of)."""
    leaves = [(t, _condition(t, clause, inputs, f"{mid}_t{i + 1}")) for i, t in enumerate(thresholds)]
    out: list[dict[str, Any]] = []
    groups: dict[int, dict[str, Any]] = {}
    for t, leaf in leaves:
        if t.group is None:
            out.append(leaf)
            continue
        if t.group not in groups:
            groups[t.group] = {"text": "", "clause": clause, "any_of": []}
            out.append(groups[t.group])
        alts = groups[t.group]["any_of"]
        if t.alt < len(alts):
            alt = alts[t.alt]
            if "all_of" not in alt:
                alts[t.alt] = alt = {"text": alt["text"], "clause": clause, "all_of": [alt]}
            alt["all_of"].append(leaf)
            alt["text"] += leaf["text"] if leaf["text"].startswith("且") else "且" + leaf["text"]
        else:
            alts.append(leaf)
    for group in groups.values():
        group["text"] = "或".join(a["text"] for a in group["any_of"])
    return out


def _caps(caps: list[tuple[Decimal, str, str]], clause: str) -> list[dict[str, Any]]:
    return [{**_figure(v, u, clause), "note": frag} for v, u, frag in caps]


def _formula(r: Reading, clause: str, inputs: _Inputs, mid: str, sentence: str) -> dict[str, Any]:
    f: dict[str, Any] = {"kind": r.kind}
    if r.one_off:
        f["label"] = r.one_off
    if r.kind == "rate" or (r.kind == "per_unit" and r.rate is not None):
        assert r.rate is not None
        f.update(kind="rate", base=inputs.get(r.base, "money_cny", f"{mid}_base"), base_label=r.base,
                 rate=_figure(r.rate, "%", clause))
        if r.unit_caps:
            f["caps"] = _caps(r.unit_caps, clause)
        if r.kind == "per_unit":  # 每个展位费给予60%: the rate is each unit's amount
            f = {"kind": "per_unit", "units": _units(r, inputs, mid), "unit_formula": f}
            if r.count_limits:
                f["count_limits"] = [_figure(v, "个", clause) for v in r.count_limits]
    elif r.kind in ("fixed", "per_unit") and r.amount:
        f["amount"] = _figure(r.amount[0], r.amount[1], clause)
        if r.kind == "per_unit":
            f["units"] = _units(r, inputs, mid)
            if r.count_limits:
                f["count_limits"] = [_figure(v, "个", clause) for v in r.count_limits]
    elif r.kind == "step" and r.step and r.amount:
        kind = DIMENSION_KIND[UNITS[r.step[1]][0]]
        subject = re.split(r"[，,；;。]", sentence[:sentence.find("每")])[-1]
        f.update(base=inputs.get(subject, kind, f"{mid}_base"), base_label=subject,
                 step=_figure(r.step[0], r.step[1], clause), amount=_figure(r.amount[0], r.amount[1], clause))
    elif r.kind in ("tiers", "rank"):
        f = {"kind": "select", "cases": _cases(r, clause, inputs, mid, sentence)}
    if r.upper_bound and r.kind not in ("tiers", "rank", "no_figure"):
        f["upper_bound"] = r.upper_bound
    if r.caps:
        f["caps"] = _caps(r.caps, clause)
    return f


def _units(r: Reading, inputs: _Inputs, mid: str) -> str:
    """The count a per-unit amount is multiplied by (展位数, 人数)."""
    name = inputs.get("", "count", f"{mid}_count", r.unit_word if r.unit_word in UNITS else "")
    inputs.new[name]["label"] = text("draft.count_label", unit=r.unit_word, who=r.unit_qualifier)
    return name


def _cases(r: Reading, clause: str, inputs: _Inputs, mid: str, sentence: str) -> list[dict[str, Any]]:
    cases = []
    for i, (value, unit) in enumerate(r.tiers):
        amount: dict[str, Any] = {"kind": "fixed", "amount": _figure(value, unit, clause)}
        if r.upper_bound:
            amount["upper_bound"] = r.upper_bound
        if r.kind == "rank":
            when = {"input": "rank", "op": "==", "threshold": _figure(Decimal(i + 1), "位", clause),
                    "text": text("draft.rank", n=i + 1), "clause": clause}
        elif r.tier_when:
            t_value, t_unit = r.tier_when[i]
            kind = DIMENSION_KIND[UNITS[t_unit][0]]
            subject = re.split(r"[，,；;。、]", sentence[:sentence.find("超过")])[-1]
            when = {"input": inputs.get(subject, kind, f"{mid}_tier"), "op": ">",
                    "threshold": _figure(t_value, t_unit, clause),
                    "text": text("draft.above", value=f"{_number(t_value)}{t_unit}"), "clause": clause}
        else:
            word = r.tier_labels[i]
            when = {"input": inputs.get(word, "choice", f"{mid}_level", choices=r.tier_labels), "op": "in",
                    "values": [word], "text": word, "clause": clause}
        cases.append({"when": when, "label": when["text"], "formula": amount})
    return cases


def _date(d: date | None, clauses: list[Any]) -> dict[str, Any] | None:
    if d is None:
        return None
    said = f"{d.year}年{d.month}月{d.day}日"
    for c in clauses:
        if said in re.sub(r"\s", "", c.text):
            return {"date": d, "clause": c.label}
    return None


def draft_policy(path: Path, inputs: dict[str, InputSpec] | None = None) -> Draft:
    """A draft rule file for one policy file (any format ingest reads)."""
    from ingest.parse import parse_policy_file

    policy, clauses = parse_policy_file(path)
    prefix = re.sub(r"[^a-z]", "", policy.id.split("_")[0].lower()) or "draft"
    vocab = _Inputs(inputs if inputs is not None else _load_inputs(RULES_DIR / "_inputs.yaml"), prefix)
    measures: list[dict[str, Any]] = []
    todos: list[dict[str, str]] = []
    for clause in clauses:
        before: tuple[Reading, str] | None = None  # the clause's last drafted sentence
        for sentence in sentences(clause.text):
            reading = read_sentence(sentence)
            if reading is None:
                continue
            todos += [{"clause": clause.label, "reason": text(f"draft.todo.{k}"), "sentence": s}
                      for k, s in reading.todos]
            if reading.kind == "todo":
                continue
            if before and (merged := merge_levels(before[0], before[1], reading)):
                measures.pop()  # the earlier level's award becomes one branch of this one
                todos.remove({"clause": clause.label, "reason": text("draft.todo.gates"), "sentence": before[1]})
                reading, sentence = merged, before[1] + sentence
            before = (reading, sentence)
            mid = f"{prefix}_d{len(measures) + 1:02d}"
            measures.append(_measure(reading, clause, sentence, vocab, prefix, mid))
            todos.append({"clause": clause.label, "reason": text("draft.todo.gates"), "sentence": sentence})
    data: dict[str, Any] = {
        "status": "draft",
        "policy": {"id": policy.id, "city": policy.city, "province": policy.province,
                   "doc_number": policy.doc_number, "title": policy.title,
                   "notes": text("draft.policy_notes", source=path.name)},
        "todo": todos,
        "measures": measures,
    }
    if policy.issue_date:
        data["policy"]["issued"] = policy.issue_date
    for key, value in (("effective_from", policy.effective_from), ("valid_until", policy.valid_until),
                       ("awards_counted_from", policy.awards_counted_from)):
        dated = _date(value, clauses)
        if dated:
            data["policy"][key] = dated
    return Draft(policy.id, data, vocab.new)


def _measure(r: Reading, clause: Any, sentence: str, vocab: _Inputs, prefix: str, mid: str) -> dict[str, Any]:
    label = clause.label
    name = (clause.heading or label).strip()
    conditions = _conditions(r.thresholds, label, vocab, mid)
    m: dict[str, Any] = {
        "id": f"{prefix}.d{mid[-2:]}_{_label_slug(label)}", "clause": label, "name": name,
        "keywords": [name], "quote": sentence, "formula_text": sentence,
    }
    if conditions:
        m["conditions"] = conditions
    m["formula"] = _formula(r, label, vocab, mid, sentence)
    if r.one_each and r.kind == "per_unit":
        m["defaults"] = {m["formula"]["units"]: {
            "value": 1, "assumption": text("draft.default_one", unit=r.unit_word, clause=label)}}
    if r.kind == "no_figure":
        m["no_figure_text"] = text("draft.no_figure", clause=label)
    notes = []
    if r.one_off:
        notes.append(text("draft.one_off", clause=label, words=r.one_off))
    elif r.yearly:
        notes.append(text("draft.yearly", clause=label))
    if notes:
        m["notes"] = notes
    return m


def write_draft(path: Path, out_dir: Path) -> tuple[Path, Draft]:
    """Draft one policy into out_dir/<policy_id>.yaml; out_dir/_inputs.yaml gets the shared
    vocabulary (copied once) plus the inputs the draft adds, so the directory loads on its own."""
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab_path = out_dir / "_inputs.yaml"
    if not vocab_path.exists():
        vocab_path.write_text((RULES_DIR / "_inputs.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    draft = draft_policy(path, _load_inputs(vocab_path))
    if draft.new_inputs:
        vocab = yaml.safe_load(vocab_path.read_text(encoding="utf-8"))
        vocab["inputs"].update(draft.new_inputs)
        vocab_path.write_text(_dump(vocab), encoding="utf-8")
    target = out_dir / f"{draft.policy_id}.yaml"
    target.write_text(_dump(draft.data), encoding="utf-8")
    return target, draft


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
