"""The command line: JSON out, errors as {"error": {status, title, hint}} with exit status 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers import Cli

T1 = ("--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00")
T2 = ("--starts-at", "2026-11-19T15:00", "--ends-at", "2026-11-21T11:00")
T_LATER = ("--starts-at", "2026-11-25T15:00", "--ends-at", "2026-11-26T11:00")


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(db_url, capsys)
    assert c.ok("demo", "--empty")["created"] is True
    return c


def grant(cli: Cli, name: str, *doors: str, key: str | None = None, times=T1, staff: bool = False):  # type: ignore[no-untyped-def]
    args = ["grants", "create", "--user-name", name, *times]
    for d in doors:
        args += ["--entrance", d]
    if key:
        args += ["--reservation-key", key]
    if staff:
        args.append("--staff")
    return args


def test_demo_is_created_once(cli: Cli) -> None:
    assert cli.ok("demo") == {"created": False, "property_id": "harbor-view", "name": "Harbor View Hotel"}


def test_entrances_list_shows_capabilities(cli: Cli) -> None:
    doors = {d["entrance_id"]: d for d in cli.ok("entrances", "list")}
    assert len(doors) == 36 + 4 + 4 + 3
    assert doors["room-101"]["can_belong_to_reservation"] is True
    assert doors["room-101"]["credential_kinds"] == ["card"]
    assert doors["suite-401-bedroom"]["space"] == "Suite 401"
    assert doors["lobby"]["can_belong_to_reservation"] is False
    assert doors["front-door-keypad"]["credential_kinds"] == ["online_pin"]
    assert doors["cottage-1"]["credential_kinds"] == ["offline_pin"]


def test_grant_json_and_override(cli: Cli) -> None:
    a = cli.ok(*grant(cli, "Ann", "room-101", "lobby", key="stay-1"))
    for field in (
        "access_grant_id",
        "user_name",
        "kind",
        "entrance_ids",
        "starts_at",
        "ends_at",
        "reservation_key",
        "status",
        "overrides_reservation_keys",
    ):
        assert field in a
    assert (a["kind"], a["entrance_ids"], a["status"]) == ("guest", ["lobby", "room-101"], "active")
    assert a["starts_at"] == "2026-11-17T15:00:00-08:00"  # property time, with its offset
    b = cli.ok(*grant(cli, "Bob", "room-101", key="stay-2", times=T2))
    assert b["overrides_reservation_keys"] == ["stay-1"]
    listed = {g["user_name"]: g for g in cli.ok("grants", "list")}
    assert listed["Ann"]["status"] == "overridden" and listed["Ann"]["overridden_by"] == "stay-2"
    assert [g["user_name"] for g in cli.ok("grants", "list", "--reservation-key", "stay-2")] == ["Bob"]


def test_joiner_and_staff(cli: Cli) -> None:
    cli.ok(*grant(cli, "Ann", "room-101", key="stay-1"))
    joiner = cli.ok(*grant(cli, "Tom", "room-101", key="stay-1"))
    assert joiner["overrides_reservation_keys"] == []
    staff = cli.ok(*grant(cli, "Maria", "room-101", staff=True))
    assert (staff["kind"], staff["reservation_key"]) == ("staff", None)
    assert {g["status"] for g in cli.ok("grants", "list")} == {"active"}


@pytest.mark.parametrize(
    ("setup", "attempt", "status", "title"),
    [
        ([], ("Ann", ("lobby", "gym"), "stay-1", T1), 400, "reservation_key not supported."),
        ([], ("Ann", ("room-101",), None, T1), 400, "reservation_key required for guest cards."),
        (
            [("Ann", ("room-101",), "stay-1", T1)],
            ("Ann", ("room-102",), "stay-1", T1),
            409,
            "Reservation entrance change requires cleanup.",
        ),
        (
            [("Ann", ("suite-401-entry",), "stay-1", T1)],
            ("Tom", ("suite-401-entry", "suite-401-bedroom"), "stay-1", T1),
            409,
            "Reservation joiner entrance set conflict.",
        ),
        (
            [("Ann", ("room-101",), "stay-1", T1)],
            ("Ann", ("room-101",), "stay-1", T_LATER),
            409,
            "Reservation time frames must overlap.",
        ),
    ],
)
def test_rule_errors(cli: Cli, setup, attempt, status: int, title: str) -> None:  # type: ignore[no-untyped-def]
    for name, doors, key, times in setup:
        cli.ok(*grant(cli, name, *doors, key=key, times=times))
    name, doors, key, times = attempt
    error = cli.fails(*grant(cli, name, *doors, key=key, times=times))
    assert (error["status"], error["title"]) == (status, title)
    assert error["hint"]


def test_subset_joiner_is_allowed(cli: Cli) -> None:
    cli.ok(*grant(cli, "Cy", "suite-401-entry", "suite-401-bedroom", key="s"))
    assert cli.ok(*grant(cli, "Nanny", "suite-401-entry", key="s"))["entrance_ids"] == ["suite-401-entry"]


def test_update_and_delete(cli: Cli) -> None:
    a = cli.ok(*grant(cli, "Ann", "room-101", key="stay-1"))
    updated = cli.ok("grants", "update", a["access_grant_id"], "--ends-at", "2026-11-20T11:00")
    assert updated["ends_at"] == "2026-11-20T11:00:00-08:00"
    deleted = cli.ok("grants", "delete", a["access_grant_id"])
    assert (deleted["status"], deleted["ended_reason"]) == ("ended", "deleted")
    assert cli.ok("grants", "list") == []
    assert cli.fails("grants", "delete", a["access_grant_id"])["status"] == 409
    assert cli.fails("grants", "delete", "grant_nope")["status"] == 404


def test_rule_4_on_update(cli: Cli) -> None:
    cli.ok(*grant(cli, "Ann", "room-101", key="stay-1"))
    tom = cli.ok(*grant(cli, "Tom", "room-101", key="stay-1"))
    error = cli.fails(
        "grants",
        "update",
        tom["access_grant_id"],
        "--starts-at",
        "2026-11-25T15:00",
        "--ends-at",
        "2026-11-26T11:00",
    )
    assert error["title"] == "Reservation time frames must overlap."


def test_scenarios_move_and_dates(cli: Cli) -> None:
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann", "--guest", "Tom", "--entrance", "room-101", *T1
    )
    key = stay["reservation_key"]
    other = cli.ok("reservations", "check-in", "--guest", "Eve", "--entrance", "room-102", *T1)
    moved = cli.ok("reservations", "move", key, "--entrance", "room-102", "--override")
    assert [r["reservation_key"] for r in moved["reservations_overridden"]] == [other["reservation_key"]]
    assert {tuple(g["entrance_ids"]) for g in moved["grants_created"]} == {("room-102",)}
    assert "cards_to_reencode" in moved
    changed = cli.ok(
        "reservations",
        "change-dates",
        key,
        "--starts-at",
        "2026-11-17T15:00",
        "--ends-at",
        "2026-11-22T11:00",
    )
    assert {g["ends_at"] for g in changed["grants_updated"]} == {"2026-11-22T11:00:00-08:00"}
    joined = cli.ok("reservations", "add-guest", key, "--guest", "Kid")
    assert joined["grants_created"][0]["entrance_ids"] == ["room-102"]
    out = cli.ok("reservations", "check-out", key)
    assert len(out["grants_ended"]) == 3
    assert cli.ok("reservations", "show", key)["status"] == "ended"


def test_back_to_back_through_the_cli(cli: Cli) -> None:
    a = cli.ok("reservations", "check-in", "--guest", "Ann", "--entrance", "room-101", *T1)
    b = cli.ok("reservations", "check-in", "--guest", "Bob", "--entrance", "room-101", *T2)
    assert b["reservations_overridden"][0]["reservation_key"] == a["reservation_key"]


def test_bad_input_is_a_clear_error(cli: Cli) -> None:
    assert cli.fails("grants", "create", "--user-name", "Ann")["title"] == "Invalid command line."
    bad_time = cli.fails(
        *grant(
            cli,
            "Ann",
            "room-101",
            key="k",
            times=("--starts-at", "tomorrow", "--ends-at", "2026-11-19T11:00"),
        )
    )
    assert bad_time["title"] == "The start time is not a valid ISO 8601 time."
    assert cli.fails(*grant(cli, "Ann", "room-999", key="k"))["status"] == 404
    assert cli.fails("reservations", "show", "nope")["status"] == 404


def test_the_installed_command_exits_1_with_json_on_stderr(db_url: str) -> None:
    env = dict(os.environ, FRONTDESK_DATABASE_URL=db_url)
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", "grants", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    warning, failure = done.stderr.splitlines()  # "no administrator yet", then the error
    assert json.loads(warning)["warning"]["title"].startswith("No administrator exists yet")
    error = json.loads(failure)["error"]
    assert (error["status"], error["title"]) == (404, "No property set up yet.")
    assert "Traceback" not in done.stderr
