"""Dangerous changes need a second look: a staff card for every door or for over a year, a key
rotation shorter than the longest live stay, a new time zone with guests in house. Refused with a
hint; done only with --force by an administrator, and audited as forced."""

from __future__ import annotations

from typing import Any

import pytest

from frontdesk.domain.operators import Role
from tests.cli.test_operator_commands import _staff
from tests.helpers import Cli

STAFF_WINDOW = ["--starts-at", "2026-11-18T08:00", "--ends-at", "2026-11-18T17:00"]
LONG_WINDOW = ["--starts-at", "2026-11-18T08:00", "--ends-at", "2027-11-19T07:00"]  # 365 days 23 hours


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(db_url, capsys)
    runner.ok("demo")  # the demo's day: guests in house at 10:00, stays until next week
    return runner


def _every_door(cli: Cli) -> list[str]:
    return [arg for door in cli.ok("entrances", "list") for arg in ("--entrance", door["entrance_id"])]


def _dangerous(cli: Cli) -> dict[str, list[str]]:
    return {
        "every door": ["staff", "grant", "--name", "Bob", *_every_door(cli), *STAFF_WINDOW],
        "over a year": ["staff", "grant", "--name", "Bob", "--group", "housekeeping", *LONG_WINDOW],
        "short key window": ["cards", "rotate-key", "--window-days", "0"],
        "zone with guests in house": ["property", "set", "--time-zone", "Europe/Lisbon"],
    }


ORDINARY = {
    "every door": ["staff", "grant", "--name", "Bob", "--group", "housekeeping", *STAFF_WINDOW],
    "over a year": ["staff", "grant", "--name", "Bob", "--group", "housekeeping",
                    "--starts-at", "2026-11-18T08:00", "--ends-at", "2027-11-18T08:00"],
    "short key window": ["cards", "rotate-key", "--window-days", "60"],
    "zone with guests in house": ["property", "set", "--name", "Hotel Test"],
}  # fmt: skip
REASONS = {
    "every door": "a staff card for every door",
    "over a year": "a staff card valid longer than a year",
    "short key window": "the key window ends before the longest live stay",
    "zone with guests in house": "10 stays are in house",
}
CASES = ["every door", "over a year", "short key window", "zone with guests in house"]


@pytest.mark.parametrize("case", CASES)
def test_refused_with_a_hint_without_force(cli: Cli, secret_service: Any, case: str) -> None:
    error = cli.fails(*_dangerous(cli)[case])
    assert error["status"] == 409
    assert error["title"] == f"This change needs a second look: {REASONS[case]}."
    assert "--force" in error["hint"]
    cli.ok(*ORDINARY[case])  # the same change within bounds needs no second look
    assert not [a for a in cli.ok("audit", "list") if a["action"] == "change.forced"]


@pytest.mark.parametrize("case", CASES)
def test_forced_by_an_administrator_and_audited(
    cli: Cli, secret_service: Any, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    tokens = _staff(cli)
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.MANAGER])
    command = _dangerous(cli)[case]  # after signing in: listing the doors needs it
    assert cli.fails(*command, "--force")["status"] == 403  # a manager may not force
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.ADMIN])
    cli.ok(*command, "--force")
    (forced,) = [a for a in cli.ok("audit", "list") if a["action"] == "change.forced"]
    assert forced["details"]["operator_name"] == "Ann"
    assert forced["details"]["reason"] == REASONS[case]
