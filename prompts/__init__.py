"""Every text the app shows or sends to a model, as files, rendered through `render`.

`render(name, **values)` renders `prompts/<name>.md` with Jinja's StrictUndefined, so a
missing value fails loudly instead of printing an empty string. `message(key, **values)`
renders one short line from `prompts/messages.yaml`. `text(catalog, key, **values)` renders
one text from another catalog, `prompts/<catalog>.yaml` (ingest, eval, cli, feedback), by a
dotted key into its sections, as `ui("chat.send")` reads ui.yaml; `entry(catalog, key)` is
the raw value there (a list of column headers, a mapping of labels).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

PROMPTS_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(PROMPTS_DIR)), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
                      autoescape=False)
    env.filters["yuan"] = format_yuan
    return env


def render(name: str, **values: object) -> str:
    """The template prompts/<name>.md rendered with values (StrictUndefined)."""
    return _env().get_template(f"{name}.md").render(**values).strip()


@lru_cache(maxsize=1)
def _messages() -> dict[str, str]:
    data = yaml.safe_load((PROMPTS_DIR / "messages.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


@cache
def _message_template(key: str) -> Template:
    """The compiled template of one message (compiled once: compiling every call cost a third of an answer)."""
    return _env().from_string(_messages()[key])


def message(key: str, **values: object) -> str:
    """One short message from prompts/messages.yaml, rendered with values."""
    return _message_template(key).render(**values).strip()


@cache
def _catalog(name: str) -> dict[str, Any]:
    return yaml.safe_load((PROMPTS_DIR / f"{name}.yaml").read_text(encoding="utf-8")) or {}


def entry(catalog: str, key: str) -> Any:
    """The raw value at a dotted key of prompts/<catalog>.yaml: a string, or a list/dict of them."""
    value: Any = _catalog(catalog)
    for part in key.split("."):
        value = value[part]
    return value


@cache
def _template(catalog: str, key: str) -> Template:
    return _env().from_string(entry(catalog, key))


def text(catalog: str, key: str, /, **values: object) -> str:
    """One text from prompts/<catalog>.yaml by dotted key, rendered with values (StrictUndefined).

    Not stripped: the catalog says exactly what is shown, leading newline or indent included.
    """
    return _template(catalog, key).render(**values)


def format_yuan(value: object) -> str:
    """Money for display: `24万元（240,000.00元）`; below 1万: `4,000.00元`."""
    from decimal import Decimal

    amount = Decimal(str(value))
    exact = f"{amount:,.2f}元"
    if abs(amount) < 10000:
        return exact
    wan = (amount / 10000).normalize()
    wan_text = f"{wan:f}".rstrip("0").rstrip(".") if "." in f"{wan:f}" else f"{wan:f}"
    return f"{wan_text}万元（{exact}）"
