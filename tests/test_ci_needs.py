"""A missing component skips a test on a developer's machine but fails it in CI (issue 12,
finding 9): `make test` there installs chromium and PostgreSQL, so a skip would hide a gap."""

from __future__ import annotations

import pytest

from tests.conftest import needs


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("1", pytest.fail.Exception),
                                             ("", pytest.skip.Exception), ("false", pytest.skip.Exception)])
def test_needs_fails_in_ci_and_skips_elsewhere(monkeypatch, ci, outcome):
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="chromium"):
        needs("chromium 未安装")
