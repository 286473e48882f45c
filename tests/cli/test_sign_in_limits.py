"""`frontdesk login` after too many wrong passwords: refused with the time left in words (429), the
right password included, until the wait is over; the audit holds each failure, never the password."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.test_operator_commands import _staff
from tests.helpers import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    return runner


def test_login_waits_after_five_wrong_passwords(cli: Cli, secret_service: Any) -> None:
    _staff(cli)
    for _ in range(4):
        assert cli.fails("login", "Max", "--password-stdin", stdin="not-his-password\n")["status"] == 401
    error = cli.fails("login", "Max", "--password-stdin", stdin="not-his-password\n")
    assert error["status"] == 429
    assert error["title"] == "Too many failed sign-ins for Max: try again in 30 seconds."
    assert error["detail"]["seconds_left"] == 30 and "--" not in error["hint"]
    error = cli.fails("login", "Max", "--password-stdin", stdin="max-manager-pass-1\n")
    assert error["status"] == 429  # the clock has not moved: still waiting

    cli.ok("login", "Ann", "--password-stdin", stdin="ann-admin-pass-1\n")  # Ann is not Max
    rows = cli.ok("audit", "list", "--action", "operator.sign_in_failed")
    assert len(rows) == 5 and all(r["outcome"] == "refused" for r in rows)
    assert "not-his-password" not in str(cli.ok("audit", "list"))
    [lock] = cli.ok("audit", "list", "--action", "operator.sign_in_locked")
    assert lock["details"] == {"operator": "Max", "failures": 5, "seconds": 30}
