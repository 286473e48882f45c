"""`frontdesk lockout show` says, for each PIN, whether it works now and why not."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from tests.conftest import NOW
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


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    """One clock for every command of the test, so it can move on while the simulated locks work."""
    from frontdesk.cli import context
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.clock import FixedClock

    shared = FixedClock(NOW)
    monkeypatch.setattr(context, "bootstrap", partial(bootstrap, clock=shared))
    return shared


def test_let_in_now_starts_the_stay_now_gives_a_working_backup_and_says_the_cards_are_left(
    clock: Any, cli: Cli, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A guest due at 15:00 is at the door before then: the stay starts now and a backup PIN works."""
    # The simulated locks keep their codes between commands (as in the demo), or each command
    # would meet a provider that never heard of the desk's codes.
    monkeypatch.setenv("FRONTDESK_SIMULATED_PROVIDER_STATE", str(tmp_path / "provider.json"))
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
        "--entrance", "front-door-keypad", "--method", "card", "--method", "pin",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
    )  # fmt: skip
    for _ in range(3):  # the simulated locks take a few minutes to set the desk's backup codes
        cli.ok("sync", "run")
        clock.advance(minutes=10)
    done = cli.ok("lockout", "let-in-now", stay["reservation_key"])
    assert done["started_now"] is True
    backup = done["backup"]
    assert backup is not None and backup["code"] in done["view"]["message"]
    assert any("Backup PIN" in line and "works now" in line for line in done["done"])
    assert done["left"] == ["Re-encode the key cards: the cards on hand do not carry the new start."]
    grants = cli.ok("grants", "list", "--reservation-key", stay["reservation_key"])
    assert {g["starts_at"] for g in grants} == {"2026-11-17T10:30:00-08:00"}


def test_let_in_now_of_an_unknown_stay_is_a_clear_error(cli: Cli) -> None:
    error = cli.fails("lockout", "let-in-now", "R-NOPE")
    assert error["title"] == "No stay or code matches."
