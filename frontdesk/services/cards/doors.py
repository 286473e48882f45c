"""Virtual doors: the reference lock model standing at each card door, its memory in the database.

Used by the demo, training and the tests: tap a card at an entrance and the door answers as an
offline lock would, remembering the highest guest sequence and the cancelled serials it has seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from frontdesk.domain.cards import (
    KeyRing,
    LockConfig,
    LockState,
    Reason,
    Verdict,
    decode_card,
    door_matches,
    judge,
)
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.cards.events import DoorTapped
from frontdesk.domain.errors import InvalidInput, NotFound
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import EncoderPrompter, PresentedCard
from frontdesk.services.cards.keys import CardKeyStore, read_card_image
from frontdesk.services.cards.slot import EncoderSlot
from frontdesk.services.cards.views import DoorMemory, DoorVerdict, TapResult
from frontdesk.services.transactions import Transactions
from frontdesk.store.card_repository import CardLock, CardProperty
from frontdesk.store.unit_of_work import UnitOfWork

MAX_GROUP_NUMBER = 16  # a card and a lock know door groups as a 16-bit mask: group n is bit n-1


def group_mask(group_numbers: Iterable[int]) -> int:
    """The 16-bit door-group mask of these group numbers (1..16; others cannot be on cards)."""
    mask = 0
    for number in group_numbers:
        if 1 <= number <= MAX_GROUP_NUMBER:
            mask |= 1 << (number - 1)
    return mask


def lock_config(prop: CardProperty, lock: CardLock) -> LockConfig:
    """How the door's lock was set up: property, lock number, zone, groups, reservation flag."""
    return LockConfig(
        property_number=prop.property_number,
        lock_number=lock.lock_number,
        zone=lock.time_zone or prop.time_zone,
        door_groups=group_mask(lock.group_numbers),
        takes_part_in_reservations=lock.takes_part_in_reservations,
    )


def stored_state(uow: UnitOfWork, entrance_id: str) -> LockState:
    saved = uow.cards.door_state(entrance_id)
    return LockState() if saved is None else LockState.from_dict(saved)


def card_lock(uow: UnitOfWork, entrance_id: str) -> CardLock:
    locks = uow.cards.card_locks()
    if entrance_id not in locks:
        if entrance_id in uow.desk.entrances():
            raise InvalidInput(
                say("This door has no card lock."),
                say("Tap cards only at doors that take key cards ('frontdesk entrances list')."),
                detail={"entrance_id": entrance_id},
            )
        raise NotFound(
            say("Door not found."),
            say("Check the entrance id with 'frontdesk entrances list'."),
            detail={"entrance_id": entrance_id},
        )
    return locks[entrance_id]


def door_verdicts(
    uow: UnitOfWork, image: bytes, uid: bytes, ring: KeyRing, at: datetime
) -> tuple[DoorVerdict, ...]:
    """What every card door the card is meant for would say now (their memories are not changed)."""
    try:
        card = decode_card(image, uid, ring)
    except CardRefused:
        return ()
    prop = uow.cards.property()
    out = []
    for lock in uow.cards.card_locks().values():
        config = lock_config(prop, lock)
        if not door_matches(card, config):
            continue
        verdict = judge(image, uid, stored_state(uow, lock.entrance_id), config, at, ring)
        out.append(DoorVerdict(lock.entrance_id, lock.name, lock.lock_number, verdict.opened, verdict.reason))
    return tuple(out)


class DoorService:
    """Tapping cards at virtual doors. The card is read through the desk's encoder."""

    def __init__(
        self,
        tx: Transactions,
        keys: CardKeyStore,
        encoder: EncoderSlot,
    ) -> None:
        self._tx = tx
        self._keys = keys
        self._encoder = encoder  # shared with the card service

    async def tap(
        self,
        entrance_id: str,
        *,
        reader: str | None = None,
        at: datetime | None = None,
        timeout: float = 30.0,
        prompter: EncoderPrompter | None = None,
    ) -> TapResult:
        """Read the card on the reader and present it at the door: whether it opened, and why."""
        await self._tx.guard.require(P.READ_CARD)
        if at is not None and at.tzinfo is None:
            raise InvalidInput(say("The tap time has no time zone."), say("Give the time with its offset."))

        def keys(uow: UnitOfWork, now: datetime) -> KeyRing:
            card_lock(uow, entrance_id)  # an unknown door fails before anyone waits for a card
            ring = self._keys.key_ring(uow, now)
            return ring

        ring = await self._tx.write(keys)
        encoder = self._encoder.get()
        if prompter is not None:
            prompter.place_card(reader)
        card = await encoder.wait_for_card(reader, timeout)
        image = await read_card_image(encoder, card, ring)
        return await self.present(entrance_id, card, image, at=at)

    async def present(
        self, entrance_id: str, card: PresentedCard, image: bytes | None, *, at: datetime | None = None
    ) -> TapResult:
        """Judge a card image read from `card` at the door, save the door's new memory, audit it."""
        await self._tx.guard.require(P.READ_CARD)

        def work(uow: UnitOfWork, now: datetime) -> TapResult:
            moment = at or now
            ring = self._keys.key_ring(uow, now)
            prop = uow.cards.property()
            lock = card_lock(uow, entrance_id)
            state = stored_state(uow, entrance_id)
            if image is None:  # Classic sectors closed to every key we have: not our card
                verdict = Verdict(False, Reason.FORGED_OR_DAMAGED, state)
            else:
                verdict = judge(image, card.uid, state, lock_config(prop, lock), moment, ring)
            uow.cards.save_door_state(entrance_id, verdict.new_state.to_dict(), now)
            serial = verdict.card.serial if verdict.card is not None else None
            reason = str(verdict.reason)
            uow.record(DoorTapped(entrance_id, serial, card.uid.hex().upper(), verdict.opened, reason))
            return TapResult(entrance_id, verdict.opened, verdict.reason, serial)

        return await self._tx.write(work)

    async def throw_deadbolt(self, entrance_id: str, thrown: bool = True) -> DoorMemory:
        """The person inside the room throws (or draws back) the deadbolt of a virtual door: while
        it is thrown only an emergency card opens (training, and the tests of emergency cards)."""
        await self._tx.guard.require(P.READ_CARD)

        def work(uow: UnitOfWork, now: datetime) -> DoorMemory:
            card_lock(uow, entrance_id)
            state = replace(stored_state(uow, entrance_id), deadbolted=thrown)
            uow.cards.save_door_state(entrance_id, state.to_dict(), now)
            return DoorMemory.of(state)

        return await self._tx.write(work)

    async def state(self, entrance_id: str) -> DoorMemory:
        """What the virtual lock remembers."""

        def work(uow: UnitOfWork, now: datetime) -> DoorMemory:
            card_lock(uow, entrance_id)
            state = stored_state(uow, entrance_id)
            return DoorMemory.of(state)

        return await self._tx.read(work)
