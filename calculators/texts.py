"""The calculators' user-facing sentences: `text(key, **values)` renders one entry of
prompts/calculators.yaml with Jinja's StrictUndefined, so a missing value fails loudly.

Mirrors `prompts.text("calculators", key)` (same Jinja options, dotted keys such as
`engine.expired`, not stripped) without importing the assistant's prompt package, so the
catalog renders the same through either.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:  # jinja2 is imported on the first sentence, not with the package
    from jinja2 import Environment, Template

CATALOG = Path(__file__).resolve().parent.parent / "prompts" / "calculators.yaml"


@lru_cache(maxsize=1)
def _env() -> Environment:
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=False, autoescape=False)


def _flatten(data: dict[str, object], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    # (libyaml where available, as calculators.loader.safe_load: this module cannot import the loader)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return _flatten(yaml.load(CATALOG.read_text(encoding="utf-8"), Loader=loader))


@cache
def _template(key: str) -> Template:
    return _env().from_string(_texts()[key])


def has(key: str) -> bool:
    """Whether prompts/calculators.yaml has a sentence under this key."""
    return key in _texts()


def text(key: str, /, **values: object) -> str:
    """One sentence of prompts/calculators.yaml, rendered with values (StrictUndefined)."""
    return _template(key).render(**values)
