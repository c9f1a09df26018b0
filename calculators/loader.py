"""Strict loading of the rule files: duplicate keys, figures without a clause, bad dates and
unknown units are refused with an error naming the file and line."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from calculators import model
from calculators.checks import check_rule_file
from calculators.countries import Countries, Country, CountryList
from calculators.errors import RuleFileError
from calculators.texts import has, text

if TYPE_CHECKING:  # pydantic and the schema are imported only when rule files are parsed
    from pydantic import BaseModel

    from calculators import schema

RULES_DIR = Path(__file__).parent / "rules"


class _LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list):
    """A sequence that remembers the line of itself and of each item."""

    line: int = 0
    item_lines: list[int]


# libyaml's loader where PyYAML was built with it (ten times faster: cold start reads every rule file)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, by libyaml where available: the same documents, the same values."""
    return yaml.load(text, Loader=_SAFE_LOADER)


class _Loader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    path = ""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise RuleFileError(loader.path, key_node.start_mark.line + 1, text("rule_file.duplicate_key", key=key))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode, deep: bool = False) -> _LineList:
    result = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise RuleFileError(loader.path, node.start_mark.line + 1,
                            text("rule_file.bad_date", value=node.value, error=exc)) from None


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file with line tracking; duplicate keys and bad dates raise RuleFileError."""
    source = path.read_text(encoding="utf-8")
    loader = _Loader(source)
    loader.path = str(path)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(str(path), mark.line + 1 if mark else None,
                            text("rule_file.yaml_syntax", error=exc)) from None
    finally:
        loader.dispose()


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest element of `loc` found in data read by read_yaml."""
    line = getattr(data, "line", None)
    obj = data
    for part in loc:
        if isinstance(obj, _LineDict) and part in obj:
            line = obj.key_lines.get(part, line)
            obj = obj[part]
        elif isinstance(obj, _LineList) and isinstance(part, int) and 0 <= part < len(obj):
            line = obj.item_lines[part]
            obj = obj[part]
        else:
            continue
        line = getattr(obj, "line", line) if isinstance(obj, _LineDict) else line
    return line


def _validate(cls: type[BaseModel], data: Any, path: Path) -> Any:
    from pydantic import ValidationError

    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        where = ".".join(str(p) for p in loc)
        kind = f"rule_file.pydantic.{err['type']}"  # pydantic's own words where the catalog has none
        what = text(kind) if has(kind) else err["msg"]
        if where.endswith("clause") and err["type"] == "missing":
            what = text("rule_file.figure_without_clause")
        got = err.get("input")
        raise RuleFileError(str(path), line_of(data, loc), text(
            "rule_file.field", where=where, what=what, detail=err["msg"] if err["type"] == "literal_error" else "",
            got=got if isinstance(got, str | int | float) else None)) from None


def _load_inputs(path: Path) -> dict[str, model.InputSpec]:
    from calculators import schema

    data = read_yaml(path)
    parsed = _validate(schema.InputsFileIn, data, path)
    return {name: spec.build(name) for name, spec in parsed.inputs.items()}


def _load_countries(path: Path) -> Countries:
    from calculators import schema

    data = read_yaml(path)
    parsed = _validate(schema.CountriesFileIn, data, path)
    places = parsed.places
    unknown_places = [name for name in places if name not in {c.name for c in parsed.countries}]
    if unknown_places:
        raise RuleFileError(str(path), line_of(data, ("places",)),
                            text("rule_file.unknown_places", names=unknown_places))
    countries = {c.name: Country(c.name, c.region, (*c.aliases, *places.get(c.name, ())))
                 for c in parsed.countries}
    lists: dict[str, CountryList] = {}
    for key, lst in parsed.lists.items():
        unknown = [m for m in lst.members if m not in countries]
        if unknown:
            raise RuleFileError(str(path), line_of(data, ("lists", key)),
                                text("rule_file.unknown_members", key=key, names=unknown))
        lists[key] = CountryList(key, lst.name, lst.source, str(lst.as_of),
                                 frozenset(lst.members), lst.note, lst.absent_note)
    return Countries(countries, lists, frozenset(parsed.transcontinental), parsed.note)


def _build_measure(m: schema.MeasureIn, policy: schema.PolicyIn,
                   common: tuple[model.Condition, ...]) -> model.Measure:
    formula = m.formula.build()
    conditions = tuple(c.build() for c in m.conditions)
    if formula.kind != "no_figure":
        conditions = conditions + common
    return model.Measure(
        id=m.id, policy_id=policy.id, city=policy.city, doc_number=policy.doc_number,
        clause=m.clause, name=m.name, keywords=list(m.keywords), inputs=list(m.inputs),
        has_amount=formula.kind != "no_figure", formula_text=m.formula_text, quote=m.quote,
        conditions=conditions, formula=formula,
        defaults={k: model.Default(d.value, d.assumption) for k, d in m.defaults.items()},
        questions=dict(m.questions), notes=(*m.notes, *policy.common_notes), assumptions=tuple(m.assumptions),
        exclusive_group=m.exclusive_group,
        funding_split=m.funding_split, no_figure_text=m.no_figure_text,
        per_item=m.per_item.build() if m.per_item else None,
        each_item=m.each_item.build() if m.each_item else None,
        paid_years=m.paid_years.build() if m.paid_years else None, levels_combined=m.levels_combined)


def _build_policy(p: schema.PolicyIn) -> model.PolicyPeriod:
    split = None
    if p.funding_split:
        fs = p.funding_split
        split = model.FundingSplit(fs.clause, fs.input, tuple(g.build() for g in fs.groups),
                                   fs.default.build() if fs.default else None)
    return model.PolicyPeriod(
        policy_id=p.id, city=p.city, doc_number=p.doc_number, title=p.title,
        effective_from=p.effective_from.date if p.effective_from else None,
        valid_until=p.valid_until.date if p.valid_until else None,
        awards_counted_from=p.awards_counted_from.date if p.awards_counted_from else None,
        notes=p.notes, province=p.province, issued=p.issued,
        effective_clause=p.effective_from.clause if p.effective_from else "",
        valid_clause=p.valid_until.clause if p.valid_until else "",
        awards_clause=p.awards_counted_from.clause if p.awards_counted_from else "",
        status_warning=p.status_warning,
        common_conditions=tuple(c.build() for c in p.common_conditions),
        funding_split=split, exclusive_rule=p.exclusive_rule, order=p.order)


def load_rule_file(path: Path, inputs: dict[str, model.InputSpec],
                   countries: Countries | None = None,
                   ) -> tuple[model.PolicyPeriod, list[model.Measure]]:
    """One policy's rule file, validated and cross-checked against the input vocabulary."""
    from calculators import schema

    data = read_yaml(path)
    _strip_draft_marks(data, path)
    parsed = _validate(schema.RuleFileIn, data, path)
    if parsed.policy.id != path.stem:
        raise RuleFileError(str(path), line_of(data, ("policy", "id")),
                            text("rule_file.policy_id", id=parsed.policy.id, stem=path.stem))
    policy = _build_policy(parsed.policy)
    measures = [_build_measure(m, parsed.policy, policy.common_conditions)
                for m in parsed.measures]
    for i, measure in enumerate(measures):
        problem = check_rule_file(measure, inputs, countries)
        if problem:
            loc, message = problem
            raise RuleFileError(str(path), line_of(data, ("measures", i, *loc)), message)
    return policy, [_with_inputs(m) for m in measures]


def _strip_draft_marks(data: Any, path: Path) -> None:
    """A drafted directory (python -m calculators draft) loads like the published one: `status`
    and the drafter's `todo` list are set aside; a draft inside calculators/rules/ is refused."""
    if not isinstance(data, dict):
        return
    status = data.pop("status", "published")
    data.pop("todo", None)
    if status not in ("draft", "published"):
        raise RuleFileError(str(path), line_of(data, ()), text("rule_file.bad_status", status=status))
    if status == "draft" and path.resolve().parent == RULES_DIR.resolve():
        raise RuleFileError(str(path), line_of(data, ()), text("rule_file.draft_in_rules"))


def _with_inputs(m: model.Measure) -> model.Measure:
    from calculators.checks import inputs_of

    order = list(m.inputs)
    for name in inputs_of(m):
        if name not in order:
            order.append(name)
    return model.Measure(**{**m.__dict__, "inputs": order})


def load_rulebook(path: str | Path | None = None) -> model.RuleBook:
    """All rule files of a directory (default calculators/rules/), cached per directory."""
    return _load_rulebook(str(Path(path) if path else RULES_DIR))


CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"


@functools.cache
def _load_rulebook(directory: str) -> model.RuleBook:
    """Validated once per content: a pickle keyed by the hash of the rule files and of this
    package's code skips YAML parsing at start-up (it costs most of a cold CLI start)."""
    key = _content_key(Path(directory))
    cached = CACHE_DIR / f"rulebook-{key}.pickle"
    try:
        with cached.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    rulebook = _parse_rulebook(directory)
    try:
        CACHE_DIR.mkdir(exist_ok=True)
        temp = cached.with_suffix(f".{os.getpid()}.tmp")
        with temp.open("wb") as handle:
            pickle.dump(rulebook, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, cached)
    except OSError:
        pass  # a read-only checkout simply parses every time
    return rulebook


def _content_key(root: Path) -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted([*root.glob("*.yaml"), *RULES_DIR.glob("_*.yaml"), RULES_DIR / "countries.yaml",
                        *package.glob("*.py")]):
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def parse_rulebook(directory: str | Path) -> model.RuleBook:
    """All rule files of a directory, validated now and not cached (for checks that load many
    variants of the rules, such as eval/mutate.py)."""
    return _parse_rulebook(str(directory))


def _parse_rulebook(directory: str) -> model.RuleBook:
    root = Path(directory)
    inputs_path = root / "_inputs.yaml"
    inputs = _load_inputs(inputs_path if inputs_path.exists() else RULES_DIR / "_inputs.yaml")
    countries_path = root / "countries.yaml"
    countries = _load_countries(
        countries_path if countries_path.exists() else RULES_DIR / "countries.yaml")
    policies: dict[str, model.PolicyPeriod] = {}
    measures: list[model.Measure] = []
    seen: dict[str, str] = {}
    orders: dict[str, model.PolicyPeriod] = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name.startswith("_") or path.name == "countries.yaml":
            continue
        policy, file_measures = load_rule_file(path, inputs, countries)
        policies[policy.policy_id] = policy
        orders[policy.policy_id] = policy
        for m in file_measures:
            if m.id in seen:
                raise RuleFileError(str(path), None, text("rule_file.duplicate_id", id=m.id, other=seen[m.id]))
            seen[m.id] = str(path)
            measures.append(m)
    order = {pid: (p.order, pid) for pid, p in orders.items()}
    measures.sort(key=lambda m: order[m.policy_id])
    return model.RuleBook(measures=measures, inputs=inputs, policies=policies,
                          countries=countries, source=directory)

