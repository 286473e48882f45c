"""`frontdesk provider|devices|codes|sync|lockout` in-process, against Seam's fake server on loopback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.helpers import Cli
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam
START, END = "2030-06-01T16:00", "2030-06-03T10:00"


@pytest.fixture
def os_keyring(secret_service):  # type: ignore[no-untyped-def]
    """The real OS keyring (Secret Service, started by the test script); fails when it is missing."""
    return secret_service.get_keyring()


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], fake_seam: FakeSeam, os_keyring, monkeypatch) -> Cli:
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    monkeypatch.setattr("sys.stdin", io.StringIO(fake_seam.api_key + "\n"))
    out = runner.ok("provider", "set", "--endpoint", fake_seam.url, "--api-key-stdin")
    assert out == {"driver": "seam", "endpoint": fake_seam.url, "source": "settings", "api_key_stored": True}
    return runner


def test_provider_set_keeps_the_key_in_the_keyring_only(
    cli: Cli, db_url: str, fake_seam: FakeSeam, os_keyring
) -> None:
    assert os_keyring.get_password("frontdesk", "seam-api-key") == fake_seam.api_key
    raw = b"".join(
        p.read_bytes() for p in Path(db_url.removeprefix("sqlite:///")).parent.glob("frontdesk.db*")
    )
    assert fake_seam.api_key.encode() not in raw
    assert "seam_apikey" not in str(cli.ok("provider", "show"))


def test_codes_from_the_command_line_reach_the_fake(cli: Cli, fake_seam: FakeSeam) -> None:
    devices = {d["device_id"]: d for d in cli.ok("devices", "list")}
    assert {"hotel_room_101", "august_device_1", "hotel_cottage_1"} <= set(devices)

    made = cli.ok(
        "codes",
        "create",
        "--device",
        "hotel_room_101",
        "--name",
        "Ann",
        "--starts-at",
        START,
        "--ends-at",
        END,
        "--use-backup-pool",
    )
    assert made["sync_state"] == "pending_create" and made["starts_at"] == "2030-06-01T16:00:00-07:00"
    linked = cli.ok(
        "codes",
        "create-multiple",
        "--device",
        "august_device_1",
        "--device",
        "august_device_2",
        "--name",
        "Bob",
        "--starts-at",
        START,
        "--ends-at",
        END,
    )
    assert len({c["code"] for c in linked["access_codes"]}) == 1
    report = cli.ok("sync", "run")
    assert report["pending"] == 0 and report["gave_up"] == 0

    listed = {c["local_id"]: c for c in cli.ok("codes", "list")}
    assert listed[made["local_id"]]["sync_state"] == "synced" and listed[made["local_id"]]["access_code_id"]
    moved = cli.ok(
        "codes",
        "update-multiple",
        linked["common_code_key"],
        "--starts-at",
        START,
        "--ends-at",
        "2030-06-05T10:00",
    )
    assert {c["sync_state"] for c in moved["access_codes"]} == {"pending_update"}
    cli.ok("sync", "run")
    assert {c["sync_state"] for c in cli.ok("codes", "list", "--device", "august_device_1")} == {"synced"}

    backup = cli.ok("codes", "pull-backup", listed[made["local_id"]]["access_code_id"])
    assert backup["is_backup"] and backup["code"]
    view = cli.ok("lockout", "show", made["local_id"])
    assert backup["code"] in view["message"]

    gone = cli.ok("codes", "delete", made["local_id"])
    assert gone["sync_state"] == "pending_delete"
    cli.ok("sync", "run")
    assert made["local_id"] not in {c["local_id"] for c in cli.ok("codes", "list")}
    assert cli.ok("sync", "status")["pending"] == 0


def test_errors_come_out_as_json_with_a_hint(cli: Cli, fake_seam: FakeSeam) -> None:
    cli.ok("devices", "list")
    error = cli.fails("codes", "create", "--device", "no_such_lock", "--name", "X")
    assert (error["status"], error["title"]) == (404, "Lock not known to the desk.")
    error = cli.fails("codes", "create", "--device", "hotel_room_101", "--starts-at", START)
    assert (error["status"], error["title"]) == (400, "Give both a start and an end, or neither.")
    error = cli.fails("codes", "create", "--device", "hotel_room_101", "--code", "1230")
    assert (error["status"], error["title"]) == (400, "PIN not accepted by this lock.")
    error = cli.fails("codes", "update-multiple", "nope", "--starts-at", START, "--ends-at", END)
    assert (error["status"], error["title"]) == (404, "No codes with this common code key.")
    error = cli.fails(
        "codes",
        "create-multiple",
        "--device",
        "august_device_1",
        "--behavior-when-code-cannot-be-shared",
        "x",
    )
    assert error["status"] == 400
    error = cli.fails("codes", "pull-backup", "unknown")
    assert error["status"] == 404

    made = cli.ok("codes", "create", "--device", "august_device_2", "--name", "Offline desk")
    fake_seam.stop()
    error = cli.fails("sync", "run")
    assert (error["status"], error["title"]) == (503, "Some changes are still waiting for the lock provider.")
    assert cli.ok("codes", "list")[-1]["local_id"] == made["local_id"]
    assert cli.ok("sync", "status")["pending"] == 1


def test_create_multiple_with_an_offline_only_lock_is_refused_naming_its_capabilities(cli: Cli) -> None:
    cli.ok("devices", "list")
    error = cli.fails(
        "codes", "create-multiple", "--device", "hotel_room_101", "--device", "hotel_cottage_1",
        "--name", "Bo", "--starts-at", START, "--ends-at", END,
        "--behavior-when-code-cannot-be-shared", "create_random_code",
    )  # fmt: skip
    assert error["title"].startswith(
        "Cottage 1 (dormakaba_oracode_door) takes only offline (time-slot) codes"
    )
    assert "online PIN codes: no; offline codes: yes" in error["title"]
    assert cli.ok("codes", "list") == []


def test_a_time_typed_without_offset_is_read_in_the_offline_locks_zone(cli: Cli) -> None:
    cli.ok("devices", "list")  # the cottage is in Berlin, the property in Los Angeles
    made = cli.ok(
        "codes", "create", "--device", "hotel_cottage_1", "--name", "Ann",
        "--starts-at", START, "--ends-at", END,
    )  # fmt: skip
    assert made["starts_at"] == "2030-06-01T07:00:00-07:00"  # 16:00 in Berlin: the cottage's 4pm slot
