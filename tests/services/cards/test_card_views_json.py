"""The card and door views print as the command line printed them before views: the same keys in the
same order, times in the property's zone with their offset, enums as their words."""

from __future__ import annotations

from datetime import timedelta

from frontdesk.cli.json_out import to_json
from frontdesk.domain.commands import CheckIn
from tests.helpers import at
from tests.services.cards.conftest import Desk

CARD_KEYS = [
    "card_serial",
    "access_grant_id",
    "holder",
    "kind",
    "status",
    "card_type",
    "uid",
    "key_version",
    "reservation_sequence",
    "entrance_ids",
    "starts_at",
    "ends_at",
    "issued_at",
    "cancelled_at",
    "reencode_reason",
    # Added since (a staff card's shift, a lock-state card's action): after the old keys, so a
    # script that reads them by position still finds them where they were.
    "shift",
    "lock_action",
]
READ_KEYS = ["uid", "card_type", "reader", "valid", "reason"]
VALID_READ_KEYS = [
    *READ_KEYS,
    "card_serial",
    "kind",
    "key_version",
    "key_retired",
    "reservation_sequence",
    "valid_from",
    "valid_until",
    "lock_numbers",
    "door_groups",
    "cancelled_serials",
    "record",
    "doors",
    "shift",
]


async def test_every_card_result_prints_its_old_keys_in_order(simulated_desk: Desk) -> None:
    desk, app = simulated_desk, simulated_desk.app
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101", "lobby"), at(17, 15), at(20, 11)))
    encoded = to_json(await desk.encode(stay.grants_created[0].access_grant_id, "ann"))
    assert list(encoded) == [*CARD_KEYS, "duplicate_of"]
    assert (encoded["kind"], encoded["status"], encoded["holder"]) == ("guest", "issued", "Ann")
    assert encoded["card_type"] == desk.hand.card_type.value
    assert (encoded["starts_at"], encoded["ends_at"]) == (at(17, 15).isoformat(), at(20, 11).isoformat())
    assert encoded["entrance_ids"] == ["room-101", "lobby"] and encoded["cancelled_at"] is None

    app.clock.now = at(18, 9)
    read = to_json(await desk.read("ann"))
    assert list(read) == VALID_READ_KEYS
    assert read["kind"] == "guest" and read["valid_from"] == at(17, 15).isoformat()
    assert isinstance(read["lock_numbers"], list) and read["cancelled_serials"] == []
    assert read["record"] == {k: v for k, v in encoded.items() if k != "duplicate_of"}
    door_keys = ["entrance_id", "name", "lock_number", "opened", "reason"]
    assert [list(d) for d in read["doors"]] == [door_keys, door_keys]
    assert {d["reason"] for d in read["doors"]} == {"opened"}

    tapped = to_json(await desk.tap("ann", "room-101", at(18, 10)))
    assert tapped == {"opened": True, "reason": "opened", "card_serial": encoded["card_serial"]}
    assert to_json(await app.doors.state("room-101")) == {
        "guest_sequence": encoded["reservation_sequence"],
        "cancelled_serials": [],
        "used_serials": [],
        "deadbolted": False,
        "blocked": False,
    }

    cancelled = to_json(await app.cards.cancel(encoded["card_serial"]))
    assert list(cancelled) == [*CARD_KEYS, "note"]
    assert cancelled["status"] == "cancelled" and cancelled["cancelled_at"] == at(18, 9).isoformat()
    assert [list(c) for c in to_json(await app.cards.cards())] == [CARD_KEYS]

    versions = to_json(await app.cards.key_versions())
    assert [list(v) for v in versions] == [["key_version", "created_at", "accepted_until"]]
    rotated = to_json(await app.cards.rotate_key(timedelta(days=1), force=True))  # shorter than the stays
    assert rotated == {"key_version": 2, "old_accepted_until": at(19, 9).isoformat(), "cards_to_reencode": []}


async def test_a_refused_read_prints_title_and_hint(simulated_desk: Desk) -> None:
    desk = simulated_desk
    desk.hand.new_card("blank")
    read = to_json(await desk.app.cards.read(reader=desk.hand.reader, timeout=1))
    assert list(read) == [*READ_KEYS, "title", "hint"]
    assert (read["valid"], read["reason"], read["title"]) == (False, "blank", "Card is blank.")
