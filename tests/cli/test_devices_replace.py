"""`frontdesk devices replace OLD NEW` against Seam's fake server: a factory-reset lock's codes move
to its new device; the answer names who keeps the PIN and who must be told a new one."""

from __future__ import annotations

import io

import httpx
import pytest

from tests.helpers import Cli
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam
START, END = "2030-06-01T16:00", "2030-06-03T10:00"
OLD, NEW = "august_device_1", "august_device_2"


@pytest.fixture
def cli(
    db_url: str, capsys: pytest.CaptureFixture[str], fake_seam: FakeSeam, secret_service, monkeypatch
) -> Cli:  # type: ignore[no-untyped-def]
    secret_service.get_keyring()
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    monkeypatch.setattr("sys.stdin", io.StringIO(fake_seam.api_key + "\n"))
    runner.ok("provider", "set", "--endpoint", fake_seam.url, "--api-key-stdin")
    return runner


def at_fake(server: FakeSeam, device_id: str) -> dict[str, dict]:
    db = httpx.get(f"{server.url}/_fake/database", timeout=10).json()
    return {c["access_code_id"]: c for c in db["access_codes"] if c["device_id"] == device_id}


def create(cli: Cli, device: str, name: str, pin: str) -> dict:
    args = ("--name", name, "--code", pin, "--starts-at", START, "--ends-at", END)
    return cli.ok("codes", "create", "--device", device, *args)  # type: ignore[no-any-return]


def test_devices_replace_moves_the_codes_and_says_who_gets_a_new_pin(cli: Cli, fake_seam: FakeSeam) -> None:
    cli.ok("devices", "list")
    create(cli, OLD, "Ann", "1357")
    create(cli, OLD, "Dan", "2468")
    create(cli, NEW, "Cara", "2468")  # the new device already holds Dan's PIN
    assert cli.ok("sync", "run")["pending"] == 0
    old_ids = set(at_fake(fake_seam, OLD))

    preview = cli.ok("devices", "replace", OLD, NEW, "--preview")
    assert preview["applied"] is False
    assert {c["name"] for c in cli.ok("codes", "list", "--device", OLD)} >= {"Ann", "Dan"}

    done = cli.ok("devices", "replace", OLD, NEW)
    by_guest = {m["guest"]: m for m in done["moved"]}
    assert by_guest["Ann"]["pin_kept"] is True and by_guest["Ann"]["pin"] == "1357"
    assert by_guest["Dan"]["pin_kept"] is False and by_guest["Dan"]["pin"] not in (None, "2468")
    assert any(s.startswith("Dan gets a new PIN") for s in done["sentences"])
    assert cli.ok("codes", "list", "--device", OLD) == []

    assert cli.ok("sync", "run")["pending"] == 0
    pins_on_new = {c["code"] for c in at_fake(fake_seam, NEW).values()}
    assert {"1357", "2468", by_guest["Dan"]["pin"]} <= pins_on_new
    assert set(at_fake(fake_seam, OLD)) == old_ids  # nothing sent to the dead device


def test_devices_replace_refuses_the_same_lock(cli: Cli) -> None:
    cli.ok("devices", "list")
    error = cli.fails("devices", "replace", OLD, OLD)
    assert (error["status"], error["title"]) == (400, "The replacement lock is the same lock.")


def test_sync_dismiss_alert_names_an_alert_that_is_not_open(cli: Cli) -> None:
    assert cli.ok("sync", "status")["alerts"] == []
    error = cli.fails("sync", "dismiss-alert", "41")
    assert (error["status"], error["title"]) == (404, "No open sync alert has this number.")
