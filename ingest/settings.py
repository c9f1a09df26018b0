"""Index settings shared by ingest and the assistant, each with its POLICY_* environment twin."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import prompts

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EMBED_MODEL = "BAAI/bge-small-zh-v1.5"
BGE_ZH_QUERY_INSTRUCTION = prompts.text("ingest", "model.bge_zh_query_instruction")  # a model prompt, kept verbatim


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _default_instruction(model: str) -> str:
    name = model.lower()
    return BGE_ZH_QUERY_INSTRUCTION if "bge" in name and "zh" in name else ""


@dataclass(frozen=True)
class IndexSettings:
    """Where the corpus and the index live, and how vectors are made."""

    data_dir: Path = PROJECT_ROOT / "data" / "policies"
    index_dir: Path = PROJECT_ROOT / ".index"
    embed_model: str = DEFAULT_EMBED_MODEL
    query_instruction: str = field(default=BGE_ZH_QUERY_INSTRUCTION)
    lexical_only: bool = False
    allow_download: bool = False
    chroma_host: str | None = None
    chroma_port: int = 8000
    chunk_max_chars: int = 400
    model_source: str = "hf"          # where a missing model is fetched from: hf (HF_ENDPOINT honoured) or modelscope
    model_cache: Path | None = None   # None: the source's own cache (~/.cache/huggingface/hub, ~/.cache/modelscope)

    @classmethod
    def from_env(cls, **overrides: object) -> IndexSettings:
        """Settings from POLICY_* variables; keyword overrides (CLI flags) win."""
        env = os.environ
        model = env.get("POLICY_EMBED_MODEL") or DEFAULT_EMBED_MODEL
        settings = cls(
            data_dir=Path(env.get("POLICY_DATA_DIR") or cls.data_dir),
            index_dir=Path(env.get("POLICY_INDEX_DIR") or cls.index_dir),
            embed_model=model,
            query_instruction=env.get("POLICY_EMBED_QUERY_INSTRUCTION",
                                      _default_instruction(model)),
            lexical_only=_flag(env.get("POLICY_LEXICAL_ONLY")),
            allow_download=_flag(env.get("POLICY_ALLOW_DOWNLOAD")),
            chroma_host=env.get("POLICY_CHROMA_HOST") or None,
            chroma_port=int(env.get("POLICY_CHROMA_PORT") or 8000),
            chunk_max_chars=int(env.get("POLICY_CHUNK_MAX_CHARS") or 400),
            model_source=(env.get("POLICY_MODEL_SOURCE") or "hf").strip().lower(),
            model_cache=Path(env["POLICY_MODEL_CACHE"]).expanduser() if env.get("POLICY_MODEL_CACHE") else None,
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        if "embed_model" in given and "query_instruction" not in given:
            given["query_instruction"] = _default_instruction(str(given["embed_model"]))
        for key in ("data_dir", "index_dir", "model_cache"):
            if key in given:
                given[key] = Path(given[key])  # type: ignore[arg-type]
        return replace(settings, **given)  # type: ignore[arg-type]
