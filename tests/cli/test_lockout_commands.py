"""`frontdesk lockout show` says, for each PIN, whether it works now and why not."""

from __future__ import annotations

import pytest

from tests.helpers import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")
    c = Cli(db_url, capsys)
    c.ok("demo", "--empty")
    return c


def test_lockout_show_says_a_pin_not_programmed_yet_does_not_work_and_keeps_it_out_of_the_message(
    cli: Cli,
) -> None:
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
        "--entrance", "front-door-keypad", "--method", "card", "--method", "pin",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
    )  # fmt: skip
    (pin,) = stay["pin_codes"]
    cli.ok("sync", "run")

    view = cli.ok("lockout", "show", stay["reservation_key"])
    (check,) = view["checks"]
    assert check["device_id"] == "front-door-keypad" and check["works_now"] is False
    assert check["reason"] == "not programmed yet: it will be programmed at 14:30"
    assert pin["code"] not in view["message"]


def test_lockout_show_of_nothing_gives_the_command_line_its_hint(cli: Cli) -> None:
    error = cli.fails("lockout", "show", "no-such-thing")
    assert error["title"] == "No stay or code matches."
    assert "frontdesk codes list" in error["hint"]
