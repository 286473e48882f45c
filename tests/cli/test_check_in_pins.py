"""A check-in that asks for PINs prints them, so the receptionist can give them to the guest at once."""

from __future__ import annotations

import pytest

from tests.helpers import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")
    c = Cli(db_url, capsys)
    c.ok("demo", "--empty")
    return c


def test_check_in_with_pin_shows_one_pin_for_both_keypads(cli: Cli) -> None:
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
        "--entrance", "front-door-keypad", "--entrance", "back-door-keypad",
        "--method", "card", "--method", "pin",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
    )  # fmt: skip
    pins = {p["device_id"]: p for p in stay["pin_codes"]}
    assert set(pins) == {"front-door-keypad", "back-door-keypad"}
    front, back = pins["front-door-keypad"], pins["back-door-keypad"]
    assert front["code"] == back["code"] and front["code"].isdigit() and len(front["code"]) >= 4
    assert front["starts_at"] == "2026-11-17T15:00:00-08:00"
    assert front["ends_at"] == "2026-11-19T11:00:00-08:00"
    assert front["sync_state"] == "pending_create"  # given out now, sent to the locks by the sync worker


def test_check_in_with_card_only_gives_no_pin(cli: Cli) -> None:
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
        "--entrance", "front-door-keypad",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
    )  # fmt: skip
    assert stay["pin_codes"] == []
