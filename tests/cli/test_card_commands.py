"""`frontdesk cards ...` and `frontdesk doors tap` through the real pcscd, vpcd and the card emulator."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.pcsc_fixtures import card_emulator, pcscd  # noqa: F401  (fixtures)

READER = "Virtual PCD 00 00"
pytestmark = pytest.mark.pcsc


@pytest.fixture
def emulator(request: pytest.FixtureRequest) -> Any:
    """Starts card emulators on vpcd's readers (the `card_emulator` fixture, under a local name)."""
    return request.getfixturevalue("card_emulator")


class CardCli:
    """Runs the command line in this process: JSON on stdout, prompts (and errors) on stderr."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url, self.capsys = url, capsys

    def run(self, *args: str) -> tuple[int, Any, str]:
        from frontdesk.cli.main import main

        self.capsys.readouterr()
        status = main(["--database", self.url, *args])
        out, err = self.capsys.readouterr()
        return status, json.loads(out) if out.strip() else None, err

    def ok(self, *args: str) -> Any:
        status, out, err = self.run(*args)
        assert status == 0, err
        return out

    def fails(self, *args: str) -> dict[str, Any]:
        status, out, err = self.run(*args)
        assert status == 1 and out is None, out
        return json.loads(err.strip().splitlines()[-1])["error"]


@pytest.mark.parametrize("kind", ["classic1k", "ntag213"])
def test_encode_read_tap_and_cancel_from_the_command_line(
    kind: str, db_url: str, capsys: pytest.CaptureFixture[str], secret_service: Any, emulator: Any
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    stay = cli.ok(
        "reservations",
        "check-in",
        "--guest",
        "Ann",
        "--entrance",
        "room-101",
        "--starts-at",
        "2026-11-17T15:00",
        "--ends-at",
        "2026-11-20T11:00",
    )
    grant_id = stay["grants_created"][0]["access_grant_id"]
    emulator(kind, reader=READER)

    status, card, prompts = cli.run("cards", "encode", grant_id, "--reader", READER, "--timeout", "10")
    assert status == 0, prompts
    assert "Place the card on the reader" in prompts and "take it off the reader" in prompts
    assert card["status"] == "issued" and card["holder"] == "Ann" and card["entrance_ids"] == ["room-101"]

    read = cli.ok("cards", "read", "--reader", READER, "--timeout", "10")
    assert read["valid"] is True and read["card_serial"] == card["card_serial"]
    assert read["record"]["holder"] == "Ann"

    tap = cli.ok("doors", "tap", "room-101", "--reader", READER, "--at", "2026-11-18T09:00")
    assert (tap["opened"], tap["reason"]) == (True, "opened")
    tap = cli.ok("doors", "tap", "room-102", "--reader", READER, "--at", "2026-11-18T09:00")
    assert (tap["opened"], tap["reason"]) == (False, "wrong_door")
    tap = cli.ok("doors", "tap", "room-101", "--reader", READER, "--at", "2026-11-17T14:00")
    assert (tap["opened"], tap["reason"]) == (False, "not_yet_valid")

    cancelled = cli.ok("cards", "cancel", str(card["card_serial"]))
    assert cancelled["status"] == "cancelled"
    error = cli.fails("cards", "cancel", str(card["card_serial"]))
    assert error["status"] == 409 and error["hint"]
    actions = [a["action"] for a in cli.ok("audit", "list")]
    for action in ("card.encoded", "card.read", "card.cancelled", "door.tapped"):
        assert action in actions


def test_card_errors_are_json_with_a_hint(
    db_url: str, capsys: pytest.CaptureFixture[str], secret_service: Any, emulator: Any
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    assert cli.fails("cards", "encode", "grant_nope", "--reader", READER)["status"] == 404
    assert cli.fails("cards", "cancel", "4711")["title"] == "Card not found."
    assert cli.fails("doors", "tap", "front-door-keypad", "--reader", READER)["title"] == (
        "This door has no card lock."
    )
    emulator("ntag213", reader=READER, absent=True)
    error = cli.fails("cards", "read", "--reader", READER, "--timeout", "0.5")
    assert (error["status"], error["title"]) == (408, "No card on the reader.")
    assert cli.fails("cards", "read", "--reader", "No such reader", "--timeout", "0.5")["status"] == 503


def test_encode_refuses_to_write_over_another_stays_card_without_overwrite(
    db_url: str, capsys: pytest.CaptureFixture[str], secret_service: Any, emulator: Any
) -> None:
    cli = CardCli(db_url, capsys)
    cli.ok("demo", "--empty")
    stays = {}
    for guest, room in (("Ann", "room-101"), ("Bob", "room-102")):
        stays[guest] = cli.ok(
            "reservations", "check-in", "--guest", guest, "--entrance", room,
            "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-20T11:00",
        )["grants_created"][0]["access_grant_id"]  # fmt: skip
    emulator("ntag213", reader=READER)
    ann = cli.ok("cards", "encode", stays["Ann"], "--reader", READER, "--timeout", "10")

    error = cli.fails("cards", "encode", stays["Bob"], "--reader", READER, "--timeout", "10")
    assert error["status"] == 409 and "--overwrite" in error["hint"]
    assert error["detail"]["holder"] == "Ann" and error["detail"]["card_serial"] == ann["card_serial"]
    read = cli.ok("cards", "read", "--reader", READER, "--timeout", "10")
    assert read["card_serial"] == ann["card_serial"]  # the chip still holds Ann's card

    bob = cli.ok("cards", "encode", stays["Bob"], "--reader", READER, "--timeout", "10", "--overwrite")
    assert bob["status"] == "issued"
    listed = {c["card_serial"]: c["status"] for c in cli.ok("cards", "list")}
    assert listed == {ann["card_serial"]: "replaced", bob["card_serial"]: "issued"}
    overwritten = [a for a in cli.ok("audit", "list") if a["action"] == "card.overwritten"]
    assert [(o["subject"], o["details"]["asked"]) for o in overwritten] == [(str(ann["card_serial"]), True)]
