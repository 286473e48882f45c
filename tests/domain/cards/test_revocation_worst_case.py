"""The revocation worst case of docs/card-format.md ("Revocation"), over the lock model.

A 40-room hotel for 120 days, hour by hour: stays of 1 to 60 days with up to 4 guests and 2
cards each, lost cards replaced, encodes pulled (unconfirmed, revoked) and failed (nothing on the
chip) mixed in, joiners removed, early departures, floor staff cards lost. Every new card
carries what `revocations_to_carry` chooses; every door is a `LockState` of the default size.
No revoked card ever opens before its end once a guest card encoded after its revocation (or any
card carrying it) has been used at that door, every card of the stay in the room opens, and no
guest card ever has to leave a revocation off.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from frontdesk.domain.cards import MAX_CANCELLED, guest_card, staff_card
from frontdesk.domain.cards.revocation import Revocation, revocations_to_carry
from tests.domain.cards.conftest import PROPERTY, ZONE, Desk, Door, local

ROOMS = [f"room-{n}" for n in range(1, 41)]
LOCK = {room: n for n, room in enumerate(ROOMS, start=1)}
FLOORS = [ROOMS[i : i + 8] for i in range(0, 40, 8)]  # a card names at most 8 doors
HOURS = 120 * 24
START = local(2024, 3, 1, 0)


@dataclass
class Card:
    serial: int
    image: tuple[bytes, bytes]
    doors: frozenset[str]
    ends_at: datetime
    encoded_at: datetime
    grant: str
    carried: frozenset[int] = frozenset()
    guest: bool = True
    revoked_at: datetime | None = None


@dataclass
class Stay:
    key: str
    sequence: int
    ends_at: datetime
    cards: list[Card] = field(default_factory=list)
    lost: int = 0
    pulled: int = 0
    joiner_removed: bool = False


class Hotel:
    def __init__(self, desk: Desk, rng: random.Random) -> None:
        self.desk, self.rng = desk, rng
        self.cards: list[Card] = []
        self.sequence = 0
        self.carried_most = 0

    def revocations(self) -> list[Revocation]:
        return [
            Revocation(c.serial, c.doors, c.ends_at, c.revoked_at, c.grant)
            for c in self.cards
            if c.revoked_at is not None
        ]

    def encode(
        self, doors: frozenset[str], grant: str, stay: Stay | None, now: datetime, end: datetime
    ) -> Card:
        carried = revocations_to_carry(
            self.revocations(), now, doors, MAX_CANCELLED, own_grant_ids=[grant], room_doors=doors
        )
        # A guest card carries every revocation of its room; a floor master for eight rooms may carry
        # only the latest twenty (docs/card-format.md): its rooms' guest cards carry the rest.
        assert carried.left_off == 0 or stay is None, f"beyond the documented worst case at {now}"
        self.carried_most = max(self.carried_most, len(carried.serials))
        serial = self.desk.serial()
        locks = sorted(LOCK[d] for d in doors)
        if stay is None:
            payload = staff_card(PROPERTY, serial, START, end, ZONE, 0, locks, carried.serials)
        else:
            payload = guest_card(PROPERTY, locks, stay.sequence, serial, now, end, ZONE, carried.serials)
        card = Card(
            serial,
            self.desk.encode(payload),
            doors,
            end,
            now,
            grant,
            frozenset(carried.serials),
            stay is not None,
        )
        self.cards.append(card)
        return card

    def failed_encode(self) -> None:
        self.desk.serial()  # the serial is taken; nothing valid reached a chip, nothing to revoke


def test_no_revoked_card_opens_before_its_end_in_the_documented_worst_case(desk: Desk, door_factory) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(2024)
    hotel = Hotel(desk, rng)
    doors: dict[str, Door] = {room: door_factory(LOCK[room]) for room in ROOMS}
    used: dict[str, list[tuple[datetime, Card]]] = {room: [] for room in ROOMS}  # cards opened there
    stays: dict[str, Stay | None] = dict.fromkeys(ROOMS)
    early_left: dict[str, datetime] = {}  # room -> end of the cards of a stay that left early
    staff_lost_until: list[datetime] = []
    refused_revoked = opened = 0

    def use(card: Card, room: str, now: datetime, *, must_open: bool) -> None:
        nonlocal refused_revoked, opened
        verdict = doors[room].present(card.image, now)
        if card.revoked_at is not None and now < card.ends_at:
            taught = any(
                at <= now
                and newer.encoded_at > card.revoked_at
                and (newer.guest or card.serial in newer.carried)
                for at, newer in used[room]
            )
            if taught:
                assert not verdict.opened, f"revoked card {card.serial} opened {room} at {now}"
                refused_revoked += 1
        if must_open:
            assert verdict.opened, f"{card.serial} at {room} {now}: {verdict.reason}"
        if verdict.opened:
            opened += 1
            used[room].append((now, card))

    for hour in range(HOURS):
        now = START + timedelta(hours=hour)
        for room in ROOMS:
            stay = stays[room]
            if stay is not None and now >= stay.ends_at:
                stays[room] = stay = None
            if stay is None and rng.random() < 0.2:
                hotel.sequence += 1
                nights = rng.choice([1, 1, 2, 2, 3, 4, 7, 14, 30, 60])
                stay = Stay(f"{room}@{hour}", hotel.sequence, now + timedelta(days=nights))
                stays[room] = stay
                for guest in range(rng.randint(1, 4)):
                    for _ in range(2):
                        if rng.random() < 0.1:
                            hotel.failed_encode()
                        stay.cards.append(
                            hotel.encode(frozenset({room}), f"{stay.key}/{guest}", stay, now, stay.ends_at)
                        )
            if stay is None:
                continue
            live = [c for c in stay.cards if c.revoked_at is None]
            roll = rng.random()
            if roll < 0.004 and stay.lost < 2 and live:  # a lost card, replaced
                lost = rng.choice(live)
                lost.revoked_at = now
                stay.lost += 1
                stay.cards.append(hotel.encode(lost.doors, lost.grant, stay, now, stay.ends_at))
            elif roll < 0.006 and stay.pulled < 2:  # pulled during its read-back: whole, unconfirmed
                pulled = hotel.encode(frozenset({room}), f"{stay.key}/0", stay, now, stay.ends_at)
                pulled.revoked_at = now
                stay.pulled += 1
                stay.cards.append(pulled)
                stay.cards.append(hotel.encode(frozenset({room}), f"{stay.key}/0", stay, now, stay.ends_at))
            elif roll < 0.007 and not stay.joiner_removed:
                stay.joiner_removed = True
                for card in live:
                    if card.grant.endswith("/1"):
                        card.revoked_at = now
            elif roll < 0.008 and early_left.get(room, now) <= now:  # at most one early stay per room
                for card in live:
                    card.revoked_at = now
                early_left[room] = stay.ends_at
                stays[room] = None
                continue
            elif roll < 0.03:
                hotel.failed_encode()
            for card in stay.cards:
                if card.revoked_at is None and rng.random() < 0.05:
                    use(card, room, now, must_open=True)
        # A lost floor master (at most two alive at once): its eight doors concern it.
        staff_lost_until[:] = [t for t in staff_lost_until if t > now]
        if rng.random() < 0.002 and len(staff_lost_until) < 2:
            floor = frozenset(rng.choice(FLOORS))
            lost = hotel.encode(floor, f"staff@{hour}", None, now, now + timedelta(days=30))
            lost.revoked_at = now
            staff_lost_until.append(lost.ends_at)
        # Every revoked card still within its window tries a door of its own now and then.
        for card in hotel.cards:
            if card.revoked_at is not None and now < card.ends_at and rng.random() < 0.01:
                use(card, rng.choice(sorted(card.doors)), now, must_open=False)

    assert len(hotel.cards) > 3000 and desk.next_serial > len(hotel.cards)  # failed encodes mixed in
    assert refused_revoked > 500 and opened > 10_000
    assert hotel.carried_most <= MAX_CANCELLED
