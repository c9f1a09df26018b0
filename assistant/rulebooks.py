"""Published rules: the seed rule files plus those staff publish from drafts in 管理.

A draft (`python -m calculators draft`, status: draft) is reviewed against the clause texts of
the current index and, when every figure and date it holds appears in its clause, copied to
`<data_dir>/.lifecycle/rules/` as status: published. The rule book the chat, the calculator and
matching use is calculators/rules/ with those files laid over it (a published file replaces a
seed file of the same policy id). Drafts themselves never compute.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from assistant.versions import lifecycle_root
from calculators import RuleBook, RuleFileError, calculate
from calculators.fmt import fmt_money_full
from calculators.loader import RULES_DIR, load_rule_file, parse_rulebook, read_yaml, safe_load
from calculators.loader import _load_countries as load_countries
from calculators.loader import _load_inputs as load_inputs
from ingest.settings import PROJECT_ROOT
from prompts import text

log = logging.getLogger(__name__)
_STATUS_LINE = re.compile(r"^status:\s*draft\s*$", re.MULTILINE)
_merged: dict[tuple, RuleBook] = {}
_merge_lock = threading.Lock()


def published_dir(data_dir: Path) -> Path:
    return lifecycle_root(data_dir) / "rules"


def draft_dir() -> Path:
    """Where `python -m calculators draft` writes (POLICY_DRAFT_DIR, default drafts/)."""
    return Path(os.environ.get("POLICY_DRAFT_DIR") or PROJECT_ROOT / "drafts")


def _files_key(folder: Path) -> tuple:
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*.yaml")))
    except OSError:
        return ()


def with_published(base: RuleBook, data_dir: Path) -> RuleBook:
    """`base` with the rule files published under data_dir laid over it; `base` itself when none
    are. Re-read only when the published files change (one stat per file per call)."""
    folder = published_dir(data_dir)
    files = _files_key(folder) if folder.is_dir() else ()
    if not any(not name.startswith("_") for name, _, _ in files):
        return base
    key = (id(base), str(folder), files)
    with _merge_lock:
        if key in _merged:
            return _merged[key]
        try:
            extra = parse_rulebook(folder)
        except RuleFileError:
            log.exception("published rules in %s do not load; using the seed rules only", folder)
            return base
        replaced = set(extra.policies)
        measures = [m for m in base.measures if m.policy_id not in replaced] + extra.measures
        merged = RuleBook(measures=measures, inputs={**extra.inputs, **base.inputs},
                          policies={**base.policies, **extra.policies}, countries=base.countries,
                          source=base.source)
        _merged.clear()  # one generation is enough: older keys name files that changed
        _merged[key] = merged
        return merged


# -- drafts -----------------------------------------------------------------------------------
def list_drafts(folder: Path | None = None) -> list[Path]:
    folder = folder or draft_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("_") and p.name != "countries.yaml")


@dataclass
class DraftCheck:
    """What publication found: the loaded policy and measures, or the problems (Chinese)."""

    policy_id: str = ""
    doc_number: str = ""
    measures: list[Any] = field(default_factory=list)
    policy: Any = None
    rulebook: RuleBook | None = None
    todo: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.measures)


def _inputs_text(draft_path: Path | None, data_dir: Path) -> dict[str, Any]:
    """The input vocabulary a draft is checked with: the seed one, what earlier publications
    added, and what the draft's own folder adds."""
    vocab = safe_load((RULES_DIR / "_inputs.yaml").read_text(encoding="utf-8"))
    for extra in (published_dir(data_dir) / "_inputs.yaml",
                  draft_path.parent / "_inputs.yaml" if draft_path else None):
        if extra is not None and extra.exists():
            more = (safe_load(extra.read_text(encoding="utf-8")) or {}).get("inputs") or {}
            vocab["inputs"].update({k: v for k, v in more.items() if k not in vocab["inputs"]})
    return vocab


def check_draft(source: str, snapshot: Any, data_dir: Path, draft_path: Path | None = None) -> DraftCheck:
    """Validate a rule file's text with the loader, then find each figure and date in its clause."""
    check = DraftCheck()
    with tempfile.TemporaryDirectory(prefix="rule-check-") as tmp:
        folder = Path(tmp)
        try:
            raw = safe_load(source) or {}
            policy_id = str(((raw.get("policy") or {}) if isinstance(raw, dict) else {}).get("id") or "draft")
        except yaml.YAMLError:
            policy_id = "draft"
        path = folder / f"{policy_id}.yaml"
        path.write_text(source, encoding="utf-8")
        (folder / "_inputs.yaml").write_text(_dump(_inputs_text(draft_path, data_dir)), encoding="utf-8")
        try:
            inputs = load_inputs(folder / "_inputs.yaml")
            countries = load_countries(RULES_DIR / "countries.yaml")
            check.policy, check.measures = load_rule_file(path, inputs, countries)
            data = read_yaml(path)
        except RuleFileError as exc:
            check.problems.append(text("lifecycle", "publish.invalid", message=str(exc).replace(str(folder), "")))
            return check
        check.rulebook = parse_rulebook(folder)
    check.policy_id, check.doc_number = policy_id, check.policy.doc_number
    check.todo = list(data.get("todo") or []) if isinstance(data, dict) else []
    indexed = snapshot.policies.get(policy_id)
    if indexed is None:
        check.problems.append(text("lifecycle", "publish.no_policy", policy_id=policy_id))
        return check
    for clause, shown, candidates in figures_of(data):
        body = clause_text(snapshot, policy_id, clause)
        if body is None:
            check.problems.append(text("lifecycle", "publish.no_clause", clause=clause,
                                       doc_number=indexed.doc_number))
        elif not any(_found(c, body) for c in candidates):
            check.problems.append(text("lifecycle", "publish.figure_not_in_clause", figure=shown, clause=clause,
                                       doc_number=indexed.doc_number))
    check.problems = list(dict.fromkeys(check.problems))
    return check


def publish(source: str, snapshot: Any, data_dir: Path, draft_path: Path | None = None) -> DraftCheck:
    """Publish a checked rule file (status: published) beside the corpus; nothing is written when
    the check finds a problem."""
    check = check_draft(source, snapshot, data_dir, draft_path)
    if not check.ok:
        return check
    folder = published_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    vocab = _inputs_text(draft_path, data_dir)
    _write(folder / "_inputs.yaml", _dump(vocab))
    body = _STATUS_LINE.sub("status: published", source) if _STATUS_LINE.search(source) else source
    _write(folder / f"{check.policy_id}.yaml", body)
    return check


def _write(target: Path, content: str) -> None:
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:6]}")
    temp.write_text(content, encoding="utf-8")
    os.replace(temp, target)


def unpublish(policy_id: str, data_dir: Path) -> bool:
    """Withdraw a published rule file (kept nowhere else: its draft is the source)."""
    path = published_dir(data_dir) / f"{policy_id}.yaml"
    if path.exists():
        path.unlink()
        return True
    return False


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


# -- figures against clause texts -------------------------------------------------------------
def figures_of(data: Any) -> list[tuple[str, str, list[str]]]:
    """Every figure `{value, unit, clause}` and date `{date, clause}` of a rule file: (clause,
    the figure as shown, the ways the text may write it)."""
    found: list[tuple[str, str, list[str]]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            clause = node.get("clause")
            if isinstance(clause, str) and "value" in node and isinstance(node["value"], int | float | str):
                value, unit = node["value"], str(node.get("unit") or "")
                found.append((clause, f"{_plain(value)}{unit}", _ways(value, unit)))
            elif isinstance(clause, str) and isinstance(node.get("date"), date):
                d = node["date"]
                found.append((clause, f"{d.year}年{d.month}月{d.day}日", [f"{d.year}年{d.month}月{d.day}日"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return found


def _plain(value: Any) -> str:
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    text_value = f"{number.normalize():f}"
    return text_value.rstrip("0").rstrip(".") if "." in text_value else text_value


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> list[str]:
    if not 0 < n < 100:
        return []
    tens, ones = divmod(n, 10)
    if not tens:
        return [_CN_DIGITS[n]] + (["两"] if n == 2 else [])
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return [f"{head}十{_CN_DIGITS[ones] if ones else ''}", f"{_CN_DIGITS[tens]}十{_CN_DIGITS[ones] if ones else ''}"]


def _ways(value: Any, unit: str) -> list[str]:
    """The forms a figure can take in the text: 50, 500000 (万元 written in 元), 1 (年 for 12 个月), 五十."""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return [str(value)]
    ways = [number]
    if unit == "万元":
        ways.append(number * 10000)
    if unit == "元":
        ways.append(number / 10000)
    if unit in ("个月", "月") and number % 12 == 0:
        ways.append(number / 12)
    if unit == "年":
        ways.append(number * 12)
    out = [_plain(w) for w in ways]
    for w in ways:
        if w == w.to_integral_value():
            out += _chinese(int(w))
    return out


def _found(figure: str, body: str) -> bool:
    if not figure:
        return False
    if figure[0].isdigit():
        return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d]|\.\d)", body) is not None
    return figure in body


def clause_text(snapshot: Any, policy_id: str, label: str) -> str | None:
    """The text of a clause with its sub-items (or of the clause that holds it), spaces removed."""
    own = [c for c in snapshot.clauses if c.policy_id == policy_id and c.label
           and (c.label == label or c.label.startswith(label))]
    if not own:
        own = [c for c in snapshot.clauses if c.policy_id == policy_id and c.label and label.startswith(c.label)]
        own = [max(own, key=lambda c: len(c.label))] if own else []
    if not own:
        return None
    return re.sub(r"\s+", "", "".join(f"{c.heading}{c.text}" for c in own))


# -- review --------------------------------------------------------------------------------------
_SAMPLES = {"money_cny": "100万元", "money_usd": "100万美元", "area_m2": "1000平方米", "months": "12个月",
            "count": "1", "percent": "10%"}


def worked_example(measure: Any, rulebook: RuleBook, as_of: date) -> tuple[dict[str, Any], Any]:
    """Inputs that meet each threshold exactly (or a sample of the input's kind) and the result."""
    inputs: dict[str, Any] = {}

    def leaves(conditions: Any) -> list[Any]:
        out = []
        for c in conditions:
            out += leaves(c.all_of) + leaves(c.any_of[:1]) if (c.all_of or c.any_of) else [c]
        return out

    for c in leaves(measure.conditions):
        if not c.input or c.input in inputs:
            continue
        if c.threshold is not None and c.op in (">=", ">", "<=", "<", "=="):
            step = {">": 1, "<": -1}.get(c.op, 0)
            inputs[c.input] = f"{_plain(c.threshold.value + step)}{c.threshold.unit}"
        elif c.op in ("in", "contains_any") and c.values:
            inputs[c.input] = c.values[0]
        elif c.op in ("is_true", "is_false"):
            inputs[c.input] = c.op == "is_true"
    result = None
    for _ in range(3):
        result = calculate(measure.id, inputs, as_of=as_of, rulebook=rulebook)
        missing = [n for n in result.missing_input_names if n not in inputs]
        if not missing:
            break
        for name in missing:
            spec = rulebook.inputs.get(name)
            kind = getattr(spec, "kind", "")
            if kind == "bool":
                inputs[name] = True
            elif kind == "choice" and spec.choices:
                inputs[name] = spec.choices[0].value
            elif kind in _SAMPLES:
                inputs[name] = _SAMPLES[kind]
            else:
                inputs[name] = as_of.isoformat() if kind == "date" else "1"
    return inputs, result


def review_markdown(check: DraftCheck, snapshot: Any, as_of: date) -> str:
    """A draft clause by clause: the clause text beside the rule's quote, formula and figures, and
    a worked example computed from the draft itself."""
    policy = check.policy
    if policy is None:
        return text("lifecycle", "publish.rejected", problems=check.problems).strip()
    blocks = [text("lifecycle", "publish.review_header", p=policy, measures=check.measures,
                   todo=len(check.todo)).strip()]
    day = as_of
    if policy.valid_until and day > policy.valid_until:
        day = policy.valid_until
    if policy.effective_from and day < policy.effective_from:
        day = policy.effective_from
    for m in check.measures:
        body = clause_text(snapshot, check.policy_id, m.clause) or ""
        figures = "、".join(shown for clause, shown, _ in _measure_figures(m)) or "-"
        try:
            inputs, result = worked_example(m, check.rulebook, day)
            if result.amount_yuan is not None:
                outcome = text("lifecycle", "publish.example_amount", amount=fmt_money_full(result.amount_yuan),
                               upper=result.amount_is_upper_bound)
            else:
                reason = "；".join([*result.unmet_conditions, *result.missing_inputs][:2]) or "-"
                outcome = text("lifecycle", "publish.example_no_amount", reason=reason)
            labels = {k: getattr(check.rulebook.inputs.get(k), "label", k) for k in inputs}
            shown_inputs = "，".join(f"{labels[k]}={_shown(v)}" for k, v in inputs.items())
        except Exception as exc:  # a review shows what failed instead of failing itself
            shown_inputs, outcome = "", text("lifecycle", "publish.example_failed", message=exc)
        blocks.append(text("lifecycle", "publish.measure_block", m=m, clause_text=body.replace("|", "｜"),
                           figures=figures, as_of=day.isoformat(), example_inputs=shown_inputs,
                           example_result=outcome).strip())
    if check.todo:
        blocks.append(text("lifecycle", "publish.todo_block", todo=check.todo).strip())
    return "\n\n".join(blocks)


def _shown(value: Any) -> str:
    return text("lifecycle", "publish.yes_no", value=value).strip() if isinstance(value, bool) else str(value)


def _measure_figures(measure: Any) -> list[tuple[str, str, list[str]]]:
    """The figures of one loaded measure (its formula and conditions), as figures_of gives them."""
    found: list[tuple[str, str, list[str]]] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 8 or node is None:
            return
        if hasattr(node, "value") and hasattr(node, "unit") and hasattr(node, "clause"):
            found.append((node.clause, f"{_plain(node.value)}{node.unit}", []))
            return
        if isinstance(node, list | tuple):
            for item in node:
                walk(item, depth + 1)
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                walk(getattr(node, name), depth + 1)

    walk(measure.formula)
    walk(measure.conditions)
    return list({shown: (c, shown, w) for c, shown, w in found}.values())

