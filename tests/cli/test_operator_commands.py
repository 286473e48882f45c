"""Operators at the command line: the first administrator, login and logout, script tokens, and
every row of the permission matrix as a command (allowed, refused with 403, 401 without a session)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from frontdesk.domain.operators import LEAST_ROLE, Permission, Role
from tests.helpers import Cli
from tests.operator_fixtures import NAMES, PASSWORDS


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    return runner


def _staff(cli: Cli) -> dict[Role, str]:
    """The three operators, made by the administrator; a script token for each."""
    cli.ok(
        "operators",
        "create",
        "Ann",
        "--role",
        "admin",
        "--password-stdin",
        stdin=PASSWORDS[Role.ADMIN] + "\n",
    )
    cli.ok("login", "Ann", "--password-stdin", stdin=PASSWORDS[Role.ADMIN] + "\n")
    for role in (Role.MANAGER, Role.RECEPTIONIST):
        cli.ok(
            "operators",
            "create",
            NAMES[role],
            "--role",
            role.value,
            "--password-stdin",
            stdin=PASSWORDS[role],
        )
    tokens = {role: cli.ok("operators", "token", NAMES[role])["token"] for role in Role}
    cli.ok("logout")
    return tokens


def test_until_the_first_administrator_every_start_says_so(cli: Cli, secret_service: Any) -> None:
    cli.ok("entrances", "list")
    (warning,) = cli.warnings
    assert warning["title"].startswith("No administrator exists yet")
    assert "frontdesk operators create" in warning["hint"]
    cli.ok("operators", "create", "Ann", "--role", "admin", "--password-stdin", stdin="ann-admin-pass-1\n")
    error = cli.fails("entrances", "list")
    assert cli.warnings == []
    assert error["status"] == 401 and "frontdesk login" in error["hint"]


def test_login_keeps_a_session_until_logout(cli: Cli, secret_service: Any) -> None:
    cli.ok("operators", "create", "Ann", "--role", "admin", "--password-stdin", stdin="ann-admin-pass-1\n")
    assert cli.fails("login", "Ann", "--password-stdin", stdin="wrong-password\n")["status"] == 401
    signed_in = cli.ok("login", "Ann", "--password-stdin", stdin="ann-admin-pass-1\n")
    assert (signed_in["name"], signed_in["role"]) == ("Ann", "admin")
    assert signed_in["expires_at"] == "2026-11-17T22:00:00-08:00"  # 12 hours after 10:00
    listed = cli.ok("operators", "list")
    assert [(o["name"], o["role"], o["signs_in_with"]) for o in listed] == [("Ann", "admin", "password")]
    assert "secret_hash" not in listed[0]
    assert cli.ok("logout") == {"signed_out": True}
    assert cli.fails("operators", "list")["status"] == 401


def test_a_script_token_acts_until_its_operator_is_disabled(
    cli: Cli, secret_service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = _staff(cli)
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.RECEPTIONIST])
    assert cli.ok("entrances", "list")
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.ADMIN])
    assert cli.ok("operators", "disable", "Rita")["disabled"] is True
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.RECEPTIONIST])
    assert cli.fails("entrances", "list")["status"] == 401
    monkeypatch.setenv("FRONTDESK_TOKEN", "fdt_made-up")
    assert cli.fails("entrances", "list")["status"] == 401


# One command per permission; ENCODERS has no command (the window's settings choose the encoder)
# and FORCE is tested with the dangerous changes.
COMMANDS: dict[Permission, list[str]] = {
    Permission.STAYS: ["reservations", "check-out", "no-such-stay"],
    Permission.GUEST_CARDS: ["cards", "cancel", "999999"],
    Permission.GUEST_PINS: ["codes", "delete", "no-such-code"],
    Permission.LOCKOUT: ["lockout", "show", "no-such-stay"],
    Permission.READ_CARD: ["cards", "read", "--timeout", "0.05"],
    Permission.STAFF_CARDS: ["staff", "grant", "--name", "Bob", "--group", "no-such-group",
                             "--starts-at", "2026-11-18T08:00", "--ends-at", "2026-11-18T17:00"],
    Permission.OVERRIDE: ["reservations", "move", "no-such-stay", "--entrance", "room-101", "--override"],
    Permission.OPEN_ENDED_PINS: ["codes", "create", "--device", "no-such-lock", "--code", "4321"],
    Permission.DOOR_EDITS: ["entrances", "update", "no-such-door", "--name", "Door"],
    Permission.REPLACE_LOCK: ["devices", "replace", "no-such-lock", "other-lock", "--preview"],
    Permission.REPORTS: ["audit", "list", "--limit", "5"],
    Permission.OPERATORS: ["operators", "list"],
    Permission.KEY_ROTATION: ["cards", "rotate-key", "--window-days", "30"],
    Permission.PROVIDER: ["provider", "set", "--driver", ""],
    Permission.PROPERTY_SETTINGS: ["property", "set", "--name", "Hotel Test"],
    Permission.EMERGENCY_CARDS: ["cards", "emergency", "--reason", "drill", "--hours", "99"],  # then 400
    Permission.ROOM_BLOCKING: ["cards", "block-room", "--entrance", "no-such-door", "--reason", "leak"],
}  # fmt: skip


def test_every_permission_with_a_command_is_here() -> None:
    assert set(COMMANDS) == set(Permission) - {Permission.FORCE, Permission.ENCODERS}


def _status(cli: Cli, args: list[str]) -> tuple[int, dict[str, Any] | None]:
    """The exit status and the error; `cards read` prompts on stderr before it, so the last line."""
    from frontdesk.cli.main import main

    cli.capsys.readouterr()
    status = main(["--database", cli.url, *args])
    lines = cli.capsys.readouterr().err.strip().splitlines()
    return status, json.loads(lines[-1])["error"] if status else None


@pytest.mark.parametrize("permission", list(COMMANDS), ids=lambda p: p.value)
def test_each_command_by_role(
    cli: Cli, secret_service: Any, monkeypatch: pytest.MonkeyPatch, permission: Permission
) -> None:
    tokens = _staff(cli)
    least = LEAST_ROLE[permission]
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[least])
    _, error = _status(cli, COMMANDS[permission])
    assert error is None or error["status"] not in (401, 403), error
    if least is not Role.RECEPTIONIST:
        monkeypatch.setenv("FRONTDESK_TOKEN", tokens[list(Role)[least.rank - 1]])
        status, error = _status(cli, COMMANDS[permission])
        assert status == 1 and error is not None
        assert (error["status"], error["title"]) == (403, f"Not permitted: {permission.value}.")
        assert f"Ask a {least.label}" in error["hint"]
    monkeypatch.delenv("FRONTDESK_TOKEN")
    status, error = _status(cli, COMMANDS[permission])
    assert status == 1 and error is not None and error["status"] == 401


def test_only_an_administrator_empties_the_database_with_demo_reset(
    cli: Cli, secret_service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = _staff(cli)
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.MANAGER])
    error = cli.fails("demo", "--reset", "--empty")
    assert (error["status"], error["title"]) == (403, "Not permitted: property-settings.")
    monkeypatch.setenv("FRONTDESK_TOKEN", tokens[Role.ADMIN])
    assert cli.ok("demo", "--reset")["created"] is True  # its day's stays are made after the reset
    monkeypatch.delenv("FRONTDESK_TOKEN")
    cli.ok("entrances", "list")  # no operators are left: the desk says so again
    assert cli.warnings and cli.warnings[0]["title"].startswith("No administrator exists yet")
