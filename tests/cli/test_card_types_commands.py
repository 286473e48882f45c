"""`frontdesk cards one-shot | emergency | block-room` and `doors deadbolt` through the real pcscd,
vpcd and the card emulator: one chip encoded as each card type in turn, judged at virtual doors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.test_card_commands import READER, CardCli, emulator  # noqa: F401  (fixture)
from tests.pcsc_fixtures import card_emulator, pcscd  # noqa: F401  (fixtures)

pytestmark = pytest.mark.pcsc
T = ("--reader", READER, "--timeout", "10")


def _tap(cli: CardCli, door: str, when: str) -> tuple[bool, str]:
    tap = cli.ok("doors", "tap", door, "--reader", READER, "--at", when)
    return tap["opened"], tap["reason"]


@pytest.mark.parametrize("kind", ["classic1k", "ntag213"])
def test_one_shot_emergency_and_room_blocking_cards_from_the_command_line(
    kind: str,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    secret_service: Any,
    emulator: Any,  # noqa: F811
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    emulator(kind, reader=READER)

    shot = cli.ok(
        "cards", "one-shot", "--name", "Ace Plumbing", "--entrance", "room-101", "--entrance", "room-102", *T
    )
    assert (shot["kind"], shot["holder"], shot["status"]) == ("one_shot", "Ace Plumbing", "issued")
    assert _tap(cli, "room-101", "2026-11-17T11:00") == (True, "opened")
    assert _tap(cli, "room-101", "2026-11-17T11:05") == (False, "already_used")
    assert _tap(cli, "room-102", "2026-11-17T11:10") == (True, "opened")
    assert _tap(cli, "room-102", "2026-11-17T15:00") == (False, "expired")  # 4 hours by default

    cli.ok("doors", "deadbolt", "room-101")
    error = cli.fails("cards", "emergency", "--reason", "welfare check", *T)
    assert error["status"] == 409 and "--overwrite" in error["hint"]  # the contractor's card is live
    emergency = cli.ok("cards", "emergency", "--reason", "welfare check", "--overwrite", *T)
    assert emergency["kind"] == "lock_state"
    assert _tap(cli, "room-101", "2026-11-17T11:00") == (True, "opened")  # deadbolted, opened anyway
    assert _tap(cli, "gym", "2026-11-17T11:00") == (True, "opened")
    assert _tap(cli, "room-101", "2026-11-17T14:01") == (False, "expired")
    cli.ok("doors", "deadbolt", "room-101", "--off")

    cli.ok("cards", "block-room", "--entrance", "room-101", "--reason", "water leak", "--overwrite", *T)
    assert _tap(cli, "room-101", "2026-11-17T11:00") == (False, "programmed")
    assert cli.ok("doors", "state", "room-101")["blocked"] is True
    stay = cli.ok(
        "reservations", "check-in", "--guest", "Ann", "--entrance", "room-101",
        "--starts-at", "2026-11-17T10:00", "--ends-at", "2026-11-19T11:00",
    )  # fmt: skip
    cli.ok("cards", "encode", stay["grants_created"][0]["access_grant_id"], "--overwrite", *T)
    assert _tap(cli, "room-101", "2026-11-17T12:00") == (False, "room_blocked")
    sentences = [a["sentence"] for a in cli.ok("audit", "list")]
    assert any("emergency card" in s and "welfare check" in s for s in sentences)
    assert any("room-blocking card" in s and "water leak" in s for s in sentences)


def test_check_out_asks_what_happened_to_the_cards(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    secret_service: Any,
    emulator: Any,  # noqa: F811
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    keys, chip = [], None
    for guest, room, uid in (("Ann", "room-101", "04a1a2a3a4a5a6"), ("Bob", "room-102", "04b1b2b3b4b5b6")):
        if chip is not None:
            chip.stop()
        chip = emulator("ntag213", reader=READER, uid=uid)  # one chip each
        stay = cli.ok(
            "reservations", "check-in", "--guest", guest, "--entrance", room,
            "--starts-at", "2026-11-17T09:00", "--ends-at", "2026-11-19T11:00",
        )  # fmt: skip
        cli.ok("cards", "encode", stay["grants_created"][0]["access_grant_id"], *T)
        keys.append(stay["reservation_key"])

    error = cli.fails("reservations", "check-out", keys[0])
    assert error["status"] == 409 and "--cards-collected or --revoke-cards" in error["hint"]
    assert cli.ok("reservations", "show", keys[0])["status"] != "ended"
    cli.ok("reservations", "check-out", keys[0], "--revoke-cards")
    cli.ok("reservations", "check-out", keys[1], "--cards-collected")
    statuses = {c["holder"]: (c["status"], c["cancelled_at"] is None) for c in cli.ok("cards", "list")}
    assert statuses == {"Ann": ("revoked", False), "Bob": ("collected", True)}


def test_staff_card_with_a_shift_from_the_command_line(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    secret_service: Any,
    emulator: Any,  # noqa: F811
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    emulator("classic1k", reader=READER)
    error = cli.fails("cards", "staff", "--name", "Hana", "--group", "housekeeping", "--days", "mon-fri", *T)
    assert error["status"] == 400 and "--hours" in error["hint"]
    card = cli.ok(
        "cards", "staff", "--name", "Hana", "--group", "housekeeping",
        "--days", "sat,sun", "--hours", "08:00-12:30", *T,
    )  # fmt: skip
    assert (card["kind"], card["holder"]) == ("staff", "Hana")
    assert cli.ok("cards", "read", *T)["shift"] == "sat,sun 08:00-12:30"
    assert _tap(cli, "room-101", "2026-11-21T08:00") == (True, "opened")  # a Saturday, hotel time
    assert _tap(cli, "room-101", "2026-11-21T12:30") == (False, "off_shift")
    assert _tap(cli, "room-101", "2026-11-20T09:00") == (False, "off_shift")  # a Friday
