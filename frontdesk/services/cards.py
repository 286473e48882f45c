"""Key cards at the desk: encode for a grant, duplicate, read, cancel, list.

An encode takes three steps, so that the database is never held while a person handles a card:
1. one transaction checks the grant, loads the card keys and takes the next card serial;
2. the encoder writes the card and reads it back (no database work meanwhile);
3. one transaction records the card as issued together with its audit line, only after the
   driver has verified the write. If anything fails after writing began, the serial is recorded
   as cancelled instead, so that a card that might hold a complete image is refused by every door
   that later sees a newer card (see docs/security.md), and the desk never reports it as issued.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from frontdesk.domain.cards import CardKind, KeyRing, decode_card, encode_card, from_lock_minutes
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.errors import Conflict, FrontDeskError, InvalidInput, NotFound
from frontdesk.services.card_keys import (
    CardKeyStore,
    ClassicSectorKeys,
    read_card_image,
    sector_key_candidates,
)
from frontdesk.services.card_plans import (
    CardCancelled,
    CardEncoded,
    CardEncodingFailed,
    CardOverwritten,
    CardPlan,
    CardRead,
    card_dict,
    plan_card,
)
from frontdesk.services.clock import Clock
from frontdesk.services.doors import door_verdicts
from frontdesk.services.drivers import ENCODERS, create_driver, list_drivers
from frontdesk.services.encoder import (
    CardRemovedWhileWriting,
    CardSwapped,
    CardWriteProtected,
    Encoder,
    EncoderPrompter,
    PresentedCard,
)
from frontdesk.services.results import iso
from frontdesk.services.runner import BlockingRunner
from frontdesk.store.card_repository import CardRecord
from frontdesk.store.unit_of_work import UnitOfWork

ENCODER_ENV = "FRONTDESK_ENCODER"
DEFAULT_ENCODER = "pcsc"  # never silently the simulator: a desk must not "encode" virtual cards
WRITE_ATTEMPTS = 3  # the first write and two more after the card was put back


def encoder_choice() -> str:
    """The encoder driver: $FRONTDESK_ENCODER (e.g. simulated for demo and training), else pcsc."""
    return os.environ.get(ENCODER_ENV, "").strip() or DEFAULT_ENCODER


class EncoderSlot:
    """The desk's one encoder, created on first use through the entry points, shared by the card
    and door services. `use` puts in another one (tests, a reader chosen in the settings)."""

    def __init__(self, create: Callable[[], Encoder] | None = None) -> None:
        self._create = create or (lambda: create_driver(ENCODERS, encoder_choice()))
        self._encoder: Encoder | None = None

    def get(self) -> Encoder:
        if self._encoder is None:
            self._encoder = self._create()
        return self._encoder

    def use(self, encoder: Encoder) -> None:
        self._encoder = encoder

    def choose(self, name: str) -> None:
        """Make the encoder with driver `name` from now on (the current one must be closed first)."""
        known = [d.name for d in list_drivers(ENCODERS)]
        if name not in known:
            raise NotFound(
                f"No card encoder driver called '{name}'.",
                f"Installed encoder drivers: {', '.join(known) or 'none'}.",
            )
        self._create = lambda: create_driver(ENCODERS, name)

    async def close(self) -> None:
        encoder, self._encoder = self._encoder, None
        if encoder is not None:
            await encoder.close()


class CardService:
    """Encoding, reading, duplicating and cancelling key cards; every one of them is audited."""

    def __init__(
        self,
        uow_factory: Callable[..., UnitOfWork],
        runner: BlockingRunner,
        clock: Clock,
        keys: CardKeyStore,
        encoder: EncoderSlot,
    ) -> None:
        self._uow = uow_factory
        self._runner = runner
        self._clock = clock
        self._keys = keys
        self._encoder = encoder

    async def close(self) -> None:
        """Release the encoder (its device thread); call before the event loop ends."""
        await self._encoder.close()

    def use_encoder(self, encoder: Encoder) -> None:
        """Encode, read and tap with this encoder from now on (tests, the screenshots script)."""
        self._encoder.use(encoder)

    def encoder(self) -> Encoder:
        """The desk's encoder, made on first use (the GUI watches it for cards coming and going)."""
        return self._encoder.get()

    async def choose_encoder(self, name: str) -> None:
        """Use the encoder driver `name` (an entry point of frontdesk.encoders) from now on."""
        await self._encoder.close()
        self._encoder.choose(name)

    # --- encode --------------------------------------------------------------------------------

    async def encode(
        self,
        access_grant_id: str,
        prompter: EncoderPrompter,
        *,
        reader: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        """Encode a card for a grant (guest, joiner or staff) on the card the person puts down."""
        return await self._encode(
            lambda uow, now: plan_card(uow, self._keys, access_grant_id, now), prompter, reader, timeout
        )

    async def duplicate(
        self, card_serial: int, prompter: EncoderPrompter, *, reader: str | None = None, timeout: float = 30.0
    ) -> dict[str, Any]:
        """Another card with the same access as card `card_serial` (both work)."""

        def plan(uow: UnitOfWork, now: datetime) -> CardPlan:
            original = uow.cards.require_card(card_serial)
            if original.access_grant_id is None:
                raise InvalidInput("This card belongs to no access grant.", "Encode a new card instead.")
            made = plan_card(uow, self._keys, original.access_grant_id, now)
            return replace(made, duplicate_of=card_serial)

        return await self._encode(plan, prompter, reader, timeout)

    async def _encode(
        self,
        make_plan: Callable[[UnitOfWork, datetime], CardPlan],
        prompter: EncoderPrompter,
        reader: str | None,
        timeout: float,
    ) -> dict[str, Any]:
        def prepare() -> CardPlan:
            with self._uow() as uow:
                made = make_plan(uow, self._clock())
                uow.commit()  # the serial is taken for good, also if the encode fails
                return made

        plan = await self._runner.run(prepare)
        encoder = self._encoder.get()
        written: list[PresentedCard] = []  # the card, once writing has begun on it
        try:
            prompter.place_card(reader)
            card = await encoder.wait_for_card(reader, timeout)
            written.append(card)
            await self._write(encoder, prompter, plan, card, timeout)
        except BaseException as error:
            card_or_none = written[0] if written else None
            reason = error.title if isinstance(error, FrontDeskError) else type(error).__name__
            await asyncio.shield(self._runner.run(self._record_failure, plan, card_or_none, reason))
            raise
        result = await self._runner.run(self._record_issued, plan, card)
        prompter.card_ready(card)
        return result

    async def _write(
        self, encoder: Encoder, prompter: EncoderPrompter, plan: CardPlan, card: PresentedCard, timeout: float
    ) -> None:
        image = encode_card(plan.payload, card.uid, plan.ring.current)
        candidates: list[ClassicSectorKeys | None] = (
            list(sector_key_candidates(plan.ring)) if card.card_type.is_classic else [None]
        )
        for attempt in range(WRITE_ATTEMPTS):
            try:
                for index, keys in enumerate(candidates):
                    try:
                        await encoder.write(card, image, keys)
                        return
                    except CardWriteProtected:
                        # A Classic card taken over under an older key version opens with that
                        # version's sector keys; nothing was written when the sector refused.
                        if index == len(candidates) - 1:
                            raise
            except CardRemovedWhileWriting:
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                prompter.put_card_back(card)
                again = await encoder.wait_for_card(card.reader, timeout)
                if again.uid != card.uid:
                    raise CardSwapped() from None

    def _record_issued(self, plan: CardPlan, card: PresentedCard) -> dict[str, Any]:
        with self._uow() as uow:
            now = self._clock()
            uid = card.uid.hex().upper()
            for old in uow.cards.live_cards_with_uid(uid):
                uow.cards.set_status(old.card_serial, "returned")
                uow.record(CardOverwritten(old.card_serial, plan.serial))
            record = self._record(plan, card, "issued", now)
            uow.cards.add_card(record)
            uow.record(
                CardEncoded(
                    plan.serial,
                    plan.grant.access_grant_id,
                    record.kind,
                    card.card_type.value,
                    uid,
                    plan.ring.current_version,
                    plan.entrance_ids,
                    plan.duplicate_of,
                )
            )
            uow.commit()
            return card_dict(uow, record, plan.zone) | {"duplicate_of": plan.duplicate_of}

    def _record_failure(self, plan: CardPlan, card: PresentedCard | None, reason: str) -> None:
        with self._uow() as uow:
            now = self._clock()
            if card is not None:
                uow.cards.add_card(self._record(plan, card, "cancelled", now, cancelled_at=now))
            uid = card.uid.hex().upper() if card is not None else None
            uow.record(
                CardEncodingFailed(plan.serial, plan.grant.access_grant_id, reason, uid, card is not None)
            )
            uow.commit()

    @staticmethod
    def _record(
        plan: CardPlan, card: PresentedCard, status: str, now: datetime, cancelled_at: datetime | None = None
    ) -> CardRecord:
        kind = "staff" if plan.payload.kind is CardKind.STAFF else "guest"
        return CardRecord(
            card_serial=plan.serial,
            access_grant_id=plan.grant.access_grant_id,
            kind=kind,
            status=status,
            card_type=card.card_type.value,
            uid_hex=card.uid.hex().upper(),
            key_version=plan.ring.current_version,
            reservation_sequence=plan.payload.sequence,
            entrance_ids=plan.entrance_ids,
            starts_at=plan.grant.starts_at,
            ends_at=plan.grant.ends_at,
            issued_at=now,
            cancelled_at=cancelled_at,
        )

    # --- read, cancel, list --------------------------------------------------------------------

    async def read(
        self, *, reader: str | None = None, timeout: float = 30.0, prompter: EncoderPrompter | None = None
    ) -> dict[str, Any]:
        """Who the card on the reader is for, which doors, when, and what each door would say now."""

        def keys() -> KeyRing:
            with self._uow() as uow:
                ring = self._keys.key_ring(uow, self._clock())
                uow.commit()
                return ring

        ring = await self._runner.run(keys)
        encoder = self._encoder.get()
        if prompter is not None:
            prompter.place_card(reader)
        card = await encoder.wait_for_card(reader, timeout)
        image = await read_card_image(encoder, card, ring)
        return await self._runner.run(self._judge_read, card, image, ring)

    def _judge_read(self, card: PresentedCard, image: bytes | None, ring: KeyRing) -> dict[str, Any]:
        with self._uow() as uow:
            now = self._clock()
            uid = card.uid.hex().upper()
            out: dict[str, Any] = {"uid": uid, "card_type": card.card_type.value, "reader": card.reader}
            try:
                if image is None:
                    raise CardRefused(
                        "Card does not open with this property's keys.",
                        "It belongs to another system or another property; encode a blank card instead.",
                    )
                payload = decode_card(image, card.uid, ring)
            except CardRefused as refused:
                out |= {
                    "valid": False,
                    "reason": refused.reason,
                    "title": refused.title,
                    "hint": refused.hint,
                }
                uow.record(CardRead(None, uid, False, refused.reason))
                uow.commit()
                return out
            zone = uow.cards.property().time_zone
            record = uow.cards.card(payload.serial)
            groups = {n: name for name, (n, _) in uow.cards.door_groups().items()}
            out |= {
                "valid": True,
                "reason": None,
                "card_serial": payload.serial,
                "kind": payload.kind.name.lower(),
                "key_version": payload.key_version,
                "key_retired": ring.is_retired(payload.key_version, now),
                "reservation_sequence": payload.sequence,
                "valid_from": iso(from_lock_minutes(payload.valid_from, zone), zone),
                "valid_until": iso(from_lock_minutes(payload.valid_until, zone), zone),
                "lock_numbers": list(payload.lock_numbers),
                "door_groups": [
                    groups.get(b + 1, f"group {b + 1}") for b in range(16) if payload.door_groups >> b & 1
                ],
                "cancelled_serials": list(payload.cancelled_serials),
                "record": card_dict(uow, record, zone) if record is not None else None,
                "doors": door_verdicts(uow, image, card.uid, ring, now),
            }
            uow.record(CardRead(payload.serial, uid, True, None))
            uow.commit()
            return out

    async def cancel(self, card_serial: int) -> dict[str, Any]:
        """Cancel a lost or stolen card: every later card carries its serial to the doors."""

        def work() -> dict[str, Any]:
            with self._uow() as uow:
                now = self._clock()
                record = uow.cards.require_card(card_serial)
                if record.status == "cancelled":
                    raise Conflict("This card is already cancelled.", "Nothing to do.")
                if record.status == "returned":
                    raise Conflict(
                        "This card was encoded again since: it no longer exists.",
                        "Cancel the card that chip holds now ('frontdesk cards read' shows its serial).",
                    )
                uow.cards.set_status(card_serial, "cancelled", now)
                uow.record(CardCancelled(card_serial, record.access_grant_id))
                uow.commit()
                zone = uow.cards.property().time_zone
                return card_dict(uow, uow.cards.require_card(card_serial), zone) | {
                    "note": "Each door refuses the card once a card encoded after now has been used there."
                }

        return await self._runner.run(work)

    async def cards(self, access_grant_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """The cards the desk encoded, newest first (optionally of one grant)."""

        def work() -> list[dict[str, Any]]:
            with self._uow(write=False) as uow:
                zone = uow.cards.property().time_zone
                return [
                    card_dict(uow, r, zone)
                    for r in uow.cards.cards(access_grant_id=access_grant_id, limit=limit)
                ]

        return await self._runner.run(work)

    # --- keys ----------------------------------------------------------------------------------

    async def key_versions(self) -> list[dict[str, Any]]:
        """The card key versions (numbers and dates only; the keys stay in the OS keyring)."""

        def work() -> list[dict[str, Any]]:
            with self._uow(write=False) as uow:
                zone = uow.cards.property().time_zone
                return [
                    {
                        "key_version": v.key_version,
                        "created_at": iso(v.created_at, zone),
                        "accepted_until": iso(v.accepted_until, zone),
                    }
                    for v in uow.cards.key_versions()
                ]

        return await self._runner.run(work)

    async def rotate_key(self, window: timedelta) -> dict[str, Any]:
        """A new card key version; cards of older versions open doors until now + `window`."""

        def work() -> dict[str, Any]:
            with self._uow() as uow:
                event = self._keys.rotate(uow, self._clock(), window)
                uow.commit()
                zone = uow.cards.property().time_zone
                return {
                    "key_version": event.key_version,
                    "old_accepted_until": iso(event.old_accepted_until, zone),
                }

        return await self._runner.run(work)
