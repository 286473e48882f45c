"""`frontdesk property` and `frontdesk entrances add|update`: JSON out, errors as JSON with exit status 1."""

from __future__ import annotations

import pytest

from tests.helpers import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(db_url, capsys)
    assert c.ok("demo", "--empty")["created"] is True
    return c


def test_property_show_and_set(cli: Cli) -> None:
    shown = cli.ok("property", "show")
    assert shown["time_zone"] == "America/Los_Angeles"
    assert {s["lock_system_id"] for s in shown["lock_systems"]} == {
        "card-locks",
        "keypads",
        "offline-keypads",
    }
    assert {d["entrance_id"] for d in shown["entrances"]} >= {"room-101", "cottage-1"}
    changed = cli.ok("property", "set", "--name", "Harbor View Inn", "--time-zone", "Europe/Lisbon")
    assert changed["changed"] == ["name", "time_zone"]
    assert cli.ok("property", "show")["name"] == "Harbor View Inn"
    assert cli.ok("audit", "list", "--action", "property.updated")[0]["subject"] == "harbor-view"


def test_property_set_refuses_an_unknown_zone(cli: Cli) -> None:
    error = cli.fails("property", "set", "--time-zone", "Atlantis/Capital")
    assert error["status"] == 400 and error["title"] == "Unknown time zone."
    assert cli.ok("property", "show")["time_zone"] == "America/Los_Angeles"


def test_entrances_add_then_update(cli: Cli) -> None:
    door = cli.ok(
        "entrances", "add", "room-501", "--name", "Room 501", "--space-id", "room-501",
        "--space-name", "Room 501", "--space-kind", "guest_room", "--lock-system", "card-locks",
        "--reservations", "--credential-kind", "card",
    )  # fmt: skip
    assert door["can_belong_to_reservation"] is True and door["space_created"] is True
    listed = {d["entrance_id"]: d for d in cli.ok("entrances", "list")}
    assert listed["room-501"]["space"] == "Room 501"
    updated = cli.ok(
        "entrances", "update", "room-501", "--name", "Room 501 door", "--credential-kind", "card",
        "--credential-kind", "online_pin", "--device-id", "room-501-keypad", "--time-zone", "Europe/Paris",
    )  # fmt: skip
    assert updated["lock_number"] == door["lock_number"]
    assert updated["credential_kinds"] == ["card", "online_pin"] and updated["time_zone"] == "Europe/Paris"
    assert cli.ok("entrances", "update", "room-501", "--time-zone", "")["time_zone"] is None


def test_entrances_add_and_update_errors(cli: Cli) -> None:
    base = ["--name", "X", "--space-id", "lobby", "--lock-system", "card-locks", "--credential-kind", "card"]
    assert cli.fails("entrances", "add", "room-101", *base)["status"] == 409
    assert cli.fails("entrances", "add", "Bad_Id", *base)["title"] == "Invalid entrance id."
    pin = ["--name", "K", "--space-id", "entry-front", "--lock-system", "keypads"]
    error = cli.fails("entrances", "add", "side-keypad", *pin, "--credential-kind", "online_pin")
    assert error["title"] == "A PIN door needs its device id."
    assert cli.fails("entrances", "add", "x-door", "--name", "X")["title"] == "Invalid command line."
    assert cli.fails("entrances", "update", "room-999", "--name", "Y")["status"] == 404
    cli.ok(
        "reservations", "check-in", "--guest", "Ann", "--entrance", "room-102",
        "--starts-at", "2026-11-17T15:00", "--ends-at", "2027-11-16T11:00",
    )  # fmt: skip
    error = cli.fails("entrances", "update", "room-102", "--no-reservations")
    assert error["status"] == 409 and error["title"] == "Door is in use by a stay."
