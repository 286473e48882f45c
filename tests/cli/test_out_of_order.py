"""`frontdesk rooms out-of-order` and `back-in-order`; check-in and move on such a room: 409, exit 1."""

from __future__ import annotations

import pytest

from tests.helpers import Cli

T1 = ("--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00")


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(db_url, capsys)
    c.ok("demo", "--empty")
    return c


def test_out_of_order_refuses_check_in_and_move_until_back_in_order(cli: Cli) -> None:
    out = cli.ok("rooms", "out-of-order", "Room 101", "--reason", "leaking tap", "--until", "2026-11-20")
    assert (out["room"], out["reason"], out["until"]) == (
        "Room 101",
        "leaking tap",
        "2026-11-20T11:00:00-08:00",
    )
    check_in = ["reservations", "check-in", "--guest", "Bob", "--entrance", "room-101", *T1]
    error = cli.fails(*check_in, "--override")
    assert (error["status"], error["title"]) == (409, "Room is out of order.")
    assert error["detail"]["out_of_order"][0]["until"] == "2026-11-20T11:00:00-08:00"
    ann = cli.ok("reservations", "check-in", "--guest", "Ann", "--entrance", "room-102", *T1)
    error = cli.fails("reservations", "move", ann["reservation_key"], "--entrance", "room-101")
    assert error["title"] == "Room is out of order."
    listed = cli.ok("rooms", "list")
    assert next(r for r in listed if r["name"] == "Room 101")["state"] == "out_of_order"
    assert [r["room"] for r in cli.ok("rooms", "list", "--out-of-order")] == ["Room 101"]
    cli.ok("rooms", "back-in-order", "101")
    cli.ok("reservations", "move", ann["reservation_key"], "--entrance", "room-101")


def test_bad_out_of_order_input_says_what_to_do(cli: Cli) -> None:
    error = cli.fails("rooms", "out-of-order", "999", "--reason", "x", "--until", "2026-11-20")
    assert (error["status"], error["title"]) == (404, "There is no such room.")
    error = cli.fails("rooms", "out-of-order", "101", "--reason", "x", "--until", "tomorrow")
    assert error["status"] == 400 and "ISO 8601" in error["title"]
    assert cli.fails("rooms", "back-in-order", "101")["title"] == "The room is not out of order."
