"""`--request-id` on the creating commands: the repeated command prints the first run's JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import Cli

T1 = ("--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00")


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")
    c = Cli(db_url, capsys)
    c.ok("demo", "--empty")
    return c


def _rows(cli: Cli) -> tuple[int, int, int]:
    """Grants, audit lines and PIN codes (each code's outbox item is written with it)."""
    return (
        len(cli.ok("grants", "list", "--all")),
        len(cli.ok("audit", "list", "--limit", "10000")),
        len(cli.ok("codes", "list")),
    )


def test_a_repeated_check_in_prints_the_first_result_and_makes_nothing(cli: Cli) -> None:
    check_in = ("reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
                "--entrance", "front-door-keypad", "--method", "card", "--method", "pin",
                *T1, "--request-id", "pms-42")  # fmt: skip
    first = cli.ok(*check_in)
    counts = _rows(cli)
    assert cli.ok(*check_in) == first  # same key, grants and PIN
    assert _rows(cli) == counts
    assert first["pin_codes"]  # the PIN was there to repeat


def test_add_guest_and_grants_create_take_a_request_id(cli: Cli) -> None:
    key = cli.ok("reservations", "check-in", "--guest", "Ann", "--entrance", "room-101", *T1)[
        "reservation_key"
    ]
    joiner = ("reservations", "add-guest", key, "--guest", "Tom", "--request-id", "j-1")
    assert cli.ok(*joiner) == cli.ok(*joiner)
    staff = ("grants", "create", "--user-name", "Eve", "--staff", "--entrance", "lobby", *T1)
    first = cli.ok(*staff, "--request-id", "g-1")
    counts = _rows(cli)
    assert cli.ok(*staff, "--request-id", "g-1") == first
    assert _rows(cli) == counts
    assert len(cli.ok("reservations", "show", key)["grants"]) == 2


def test_the_same_id_with_other_arguments_is_refused_with_a_hint(cli: Cli) -> None:
    cli.ok("reservations", "check-in", "--guest", "Ann", "--entrance", "room-101", *T1, "--request-id", "x")
    error = cli.fails("reservations", "check-in", "--guest", "Ann", "--entrance", "room-102", *T1,
                      "--request-id", "x")  # fmt: skip
    assert error["status"] == 409 and "--request-id" in error["hint"]
    error = cli.fails("grants", "create", "--user-name", "Eve", "--staff", "--entrance", "lobby", *T1,
                      "--request-id", "x")  # fmt: skip
    assert error["status"] == 409
    assert len(cli.ok("grants", "list")) == 1


def test_two_processes_the_second_gets_the_first_result(tmp_path: Path) -> None:
    """Like a PMS script that died after the commit and ran again: two real `frontdesk` processes."""
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "FRONTDESK_ENCODER": "simulated"}
    base = [sys.executable, "-m", "frontdesk", "--database", f"sqlite:///{tmp_path / 'pms.db'}"]
    subprocess.run([*base, "demo", "--empty"], env=env, check=True, capture_output=True, timeout=60)
    day = datetime.now().date() + timedelta(days=2)  # the real clock: a stay still to come
    line = [*base, "reservations", "check-in", "--guest", "Ann Lee", "--entrance", "room-101",
            "--starts-at", f"{day}T15:00", "--ends-at", f"{day + timedelta(days=1)}T11:00",
            "--request-id", "pms-7"]  # fmt: skip
    runs = [subprocess.run(line, env=env, capture_output=True, text=True, timeout=60) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert runs[1].stdout == runs[0].stdout
    listed = subprocess.run([*base, "grants", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert len(json.loads(listed.stdout)) == 1


def test_a_repeated_codes_create_prints_the_first_code(cli: Cli) -> None:
    code = ("codes", "create", "--device", "front-door-keypad", "--name", "Plumber", *T1)
    first = cli.ok(*code, "--request-id", "c-1")
    counts = _rows(cli)
    assert cli.ok(*code, "--request-id", "c-1") == first
    assert _rows(cli) == counts
    painter = ("codes", "create", "--device", "front-door-keypad", "--name", "Painter", *T1)
    assert cli.fails(*painter, "--request-id", "c-1")["status"] == 409
