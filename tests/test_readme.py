"""The README's commands are run here, so they cannot drift from what the code does."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SLOW_OR_INTERACTIVE = ("assistant chat", "eval.bench", "eval.load", "eval.mutate", "app.py")  # tested elsewhere


def readme_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith(".venv/bin/python -m")
            and not any(skip in line for skip in SLOW_OR_INTERACTIVE)]


def test_quick_start_is_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick


def test_every_policy_variable_in_code_is_documented():
    used = set()
    for path in [*ROOT.glob("*.py"), *ROOT.glob("assistant/*.py"), *ROOT.glob("ingest/*.py"),
                 *ROOT.glob("calculators/*.py"), *ROOT.glob("eval/*.py")]:
        used |= set(re.findall(r"POLICY_[A-Z_]+[A-Z]", path.read_text(encoding="utf-8")))
    missing = sorted(v for v in used if v not in README)
    assert not missing, missing


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(command, lexical_index, tmp_path: Path):
    questions = tmp_path / "Q.jsonl"
    questions.write_text(json.dumps({"id": "q1", "turns": ["运城海外仓补助"]}, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    args = shlex.split(command.replace(".venv/bin/python", "python", 1))[1:]
    args = [str(questions) if a == "Q.jsonl" else str(tmp_path / a) if a in ("A.jsonl", "R.jsonl") else a
            for a in args]
    args = [a for a in args if not (a.startswith("[") or a.endswith("]"))]  # optional flags as written
    if args[:2] == ["-m", "eval.run"]:
        args += ["--out", str(tmp_path / "report.json")]
    env = {**os.environ, "POLICY_INDEX_DIR": str(lexical_index.index_dir), "POLICY_LEXICAL_ONLY": "1",
           "POLICY_AS_OF": "2025-06-30"}
    if args[:2] == ["-m", "ingest"]:
        env["POLICY_INDEX_DIR"] = str(tmp_path / "index")
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "Traceback" not in result.stderr
