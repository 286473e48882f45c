"""`reservations check-in` and `move` refuse a room held over the same dates with 409, until --override."""

from __future__ import annotations

import pytest

from tests.helpers import Cli

T1 = ("--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00")
T2 = ("--starts-at", "2026-11-19T11:00", "--ends-at", "2026-11-21T11:00")  # back to back with T1


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(db_url, capsys)
    c.ok("demo", "--empty")
    return c


def check_in(name: str, door: str, times: tuple[str, ...], *extra: str) -> list[str]:
    return ["reservations", "check-in", "--guest", name, "--entrance", door, *times, *extra]


def test_check_in_over_a_live_stay_is_409_until_override(cli: Cli) -> None:
    marta = cli.ok(*check_in("Marta Ruiz", "room-101", T1))
    error = cli.fails(*check_in("Bob", "room-101", T1))
    assert (error["status"], error["title"]) == (409, "Room is occupied.")
    assert "--override" in error["hint"]
    assert error["detail"]["occupied"][0]["guest_names"] == ["Marta Ruiz"]
    assert cli.ok("reservations", "show", marta["reservation_key"])["status"] == "active"
    bob = cli.ok(*check_in("Bob", "room-101", T1, "--override"))
    assert bob["reservations_overridden"][0]["reservation_key"] == marta["reservation_key"]


def test_back_to_back_passes_without_override_where_an_overlap_is_refused(cli: Cli) -> None:
    ann = cli.ok(*check_in("Ann", "room-101", T1))
    bob = cli.ok(*check_in("Bob", "room-101", T2))
    assert bob["reservations_overridden"][0]["reservation_key"] == ann["reservation_key"]
    assert cli.fails(*check_in("Cy", "room-101", T2))["status"] == 409  # Bob's dates: asked first


def test_move_onto_a_held_room_is_409_until_override(cli: Cli) -> None:
    eve = cli.ok(*check_in("Eve", "room-102", T1))
    key = cli.ok(*check_in("Ann", "room-101", T1))["reservation_key"]
    error = cli.fails("reservations", "move", key, "--entrance", "room-102")
    assert (error["status"], error["title"]) == (409, "Room is occupied.")
    assert "--override" in error["hint"]
    moved = cli.ok("reservations", "move", key, "--entrance", "room-102", "--override")
    assert moved["reservations_overridden"][0]["reservation_key"] == eve["reservation_key"]
