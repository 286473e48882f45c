"""Encoding a key card for a grant, and a duplicate of a card: plan, write, record.

An encode takes four steps, so that the database is never held while a person handles a card:
1. one transaction checks the grant, takes up the stay's interrupted writes (interrupted.py),
   loads the card keys and takes the next card serial;
2. once the card lies on the reader, one transaction records it (serial, UID, grant) as
   `writing`, committed before the first write: a card exists at the desk before it exists on a chip;
3. the encoder writes the card, the block that makes it valid last, and reads it back (no
   database work meanwhile);
4. one transaction records the card as issued, only after the driver has verified the write.
   If the write fails, the driver's `WriteReach` decides: when the valid block may have reached
   the chip, the card is `unconfirmed` and its serial revoked (refused by every door once a newer
   card has been used there) and the error says which doors it may open until then; otherwise it
   is `failed` and opens nothing. Either way a live card the chip held before is unconfirmed and
   revoked too, and the desk never reports the new card as issued.

CardService (services/cards/service.py) hands its encode and duplicate calls here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from frontdesk.domain.cards import CARD_BYTES, Shift, encode_card
from frontdesk.domain.cards.codec import MAGIC
from frontdesk.domain.cards.events import CardEncoded, CardEncodingFailed, CardOverwritten, CardWriteStarted
from frontdesk.domain.errors import Conflict, FrontDeskError, InvalidInput
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import (
    CardRemovedWhileWriting,
    CardSwapped,
    CardWriteProtected,
    Encoder,
    EncoderPrompter,
    PresentedCard,
    WriteReach,
    write_reach,
)
from frontdesk.services.cards.interrupted import spoil_cards_on_chip, unconfirm
from frontdesk.services.cards.keys import (
    CardKeyStore,
    ClassicSectorKeys,
    read_card_image,
    sector_key_candidates,
)
from frontdesk.services.cards.overwrite import LiveCardOnReader, live_card_in_the_way
from frontdesk.services.cards.plans import CardPlan, card_holder, plan_card
from frontdesk.services.cards.views import EncodedCard
from frontdesk.services.transactions import Transactions
from frontdesk.store.card_repository import CardRecord
from frontdesk.store.unit_of_work import UnitOfWork

WRITE_ATTEMPTS = 3  # the first write and two more after the card was put back


class CardEncoding:
    """Encodes new and duplicate cards with the desk's encoder; every outcome is audited."""

    def __init__(
        self,
        tx: Transactions,
        keys: CardKeyStore,
        encoder: Callable[[], Encoder],
    ) -> None:
        self._tx = tx
        self._keys = keys
        self._encoder = encoder  # the encoder slot's `get`: the encoder in use at the time of the call

    async def encode(
        self,
        access_grant_id: str,
        prompter: EncoderPrompter,
        *,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
        one_shot: bool = False,
        shift: Shift | None = None,
    ) -> EncodedCard:
        """Encode a card for a grant (guest, joiner or staff; `one_shot` for a staff grant's card
        that opens each door once) on the card the person puts down.

        A card on the reader that still works for another stay, or a staff card, is written over
        only with `overwrite` (raises LiveCardOnReader otherwise); it is then marked replaced."""
        return await self._encode(
            lambda uow, now: plan_card(uow, self._keys, access_grant_id, now, one_shot=one_shot, shift=shift),
            prompter,
            reader,
            timeout,
            overwrite,
        )

    async def encode_plan(
        self,
        make_plan: Callable[[UnitOfWork, datetime], CardPlan],
        prompter: EncoderPrompter,
        *,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
    ) -> EncodedCard:
        """Encode the card `make_plan` plans (cards of no grant: emergency, room blocking)."""
        return await self._encode(make_plan, prompter, reader, timeout, overwrite)

    async def duplicate(
        self,
        card_serial: int,
        prompter: EncoderPrompter,
        *,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
    ) -> EncodedCard:
        """Another card with the same access as card `card_serial` (both work)."""

        def plan(uow: UnitOfWork, now: datetime) -> CardPlan:
            original = uow.cards.require_card(card_serial)
            if original.access_grant_id is None:
                raise InvalidInput(
                    say("This card belongs to no access grant."), say("Encode a new card instead.")
                )
            shift = Shift.from_text(original.shift) if original.shift else None  # the same shift
            made = plan_card(
                uow,
                self._keys,
                original.access_grant_id,
                now,
                one_shot=original.kind == "one_shot",
                shift=shift,
            )
            return replace(made, duplicate_of=card_serial)

        return await self._encode(plan, prompter, reader, timeout, overwrite)

    async def _encode(
        self,
        make_plan: Callable[[UnitOfWork, datetime], CardPlan],
        prompter: EncoderPrompter,
        reader: str | None,
        timeout: float,
        overwrite: bool,
    ) -> EncodedCard:
        # Its own transaction: the serial is taken for good, also if the encode fails.
        plan = await self._tx.write(make_plan, publish=False)
        encoder = self._encoder()
        try:
            prompter.place_card(reader)
            card = await encoder.wait_for_card(reader, timeout)
            # Read before write: a card that still works for someone else is not silently lost.
            image = await read_card_image(encoder, card, plan.ring)
            replacing = await self._tx.read(
                lambda uow, now: live_card_in_the_way(uow, now, plan, card, image)
            )
            if replacing is not None and not overwrite:
                raise replacing
        except BaseException as error:
            reason = _reason(error)
            await asyncio.shield(self._tx.write(lambda uow, now: self._record_no_card(uow, plan, reason)))
            raise
        # Committed before the first write: a crash from here on leaves a row to take up.
        await asyncio.shield(self._tx.write(lambda uow, now: self._record_writing(uow, now, plan, card)))
        reached = [WriteReach.NOTHING]
        try:
            await self._write(encoder, prompter, plan, card, timeout, reached, image)
        except BaseException as error:
            reason, reach = _reason(error), max(reached)
            words = await asyncio.shield(
                self._tx.write(lambda uow, now: self._record_failure(uow, now, plan, card, reason, reach))
            )
            _add_to_hint(error, words, plan.serial)
            raise
        result = await self._tx.write(lambda uow, now: self._record_issued(uow, now, plan, card, replacing))
        prompter.card_ready(card)
        return result

    async def _write(
        self,
        encoder: Encoder,
        prompter: EncoderPrompter,
        plan: CardPlan,
        card: PresentedCard,
        timeout: float,
        reached: list[WriteReach],
        found: bytes | None,
    ) -> None:
        image = encode_card(plan.payload, card.uid, plan.ring.current)
        # Classic sectors and an NTAG's password are those of the key version that last wrote the chip.
        candidates: list[ClassicSectorKeys] = list(sector_key_candidates(plan.ring))
        for attempt in range(WRITE_ATTEMPTS):
            try:
                for index, keys in enumerate(candidates):
                    try:
                        await encoder.write(card, image, keys)
                        return
                    except BaseException as error:
                        # An error the driver did not measure counts as a write that may have landed.
                        reached.append(write_reach(error))
                        # A Classic card taken over under an older key version opens with that
                        # version's sector keys; nothing was written when the sector refused.
                        if not isinstance(error, CardWriteProtected):
                            raise
                        if index == len(candidates) - 1:
                            raise _protected_by(error, found, plan.ring.property_number) from None
            except CardRemovedWhileWriting:
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                prompter.put_card_back(card)
                again = await encoder.wait_for_card(card.reader, timeout)
                if again.uid != card.uid:
                    raise CardSwapped() from None

    def _record_writing(self, uow: UnitOfWork, now: datetime, plan: CardPlan, card: PresentedCard) -> None:
        uow.cards.add_card(self._record(plan, card, "writing", now))
        uow.record(CardWriteStarted(plan.serial, plan.grant_id, card.uid.hex().upper()))

    def _record_issued(
        self,
        uow: UnitOfWork,
        now: datetime,
        plan: CardPlan,
        card: PresentedCard,
        replacing: LiveCardOnReader | None,
    ) -> EncodedCard:
        uid = card.uid.hex().upper()
        if uow.cards.require_card(plan.serial).status != "writing":
            # Taken up as interrupted (cancelled, or another desk's encode for the stay) meanwhile:
            # its serial is revoked, so it must not be reported as working.
            raise Conflict(
                say("This card was revoked while it was being written."),
                say("Encode the card again; the desk lists this one as not issued."),
                detail={"card_serial": plan.serial},
            )
        asked = replacing.card_serial if replacing is not None else None
        for old in uow.cards.live_cards_with_uid(uid, uncertain=True):
            if old.card_serial < plan.serial:
                # Written over on the person's say-so (another stay's or a staff card): replaced.
                uow.cards.set_status(old.card_serial, "replaced" if old.card_serial == asked else "returned")
                uow.record(CardOverwritten(old.card_serial, plan.serial, old.card_serial == asked))
        uow.cards.set_status(plan.serial, "issued", now)
        uow.cards.set_issued_at(plan.serial, now)
        record = uow.cards.require_card(plan.serial)
        uow.record(
            CardEncoded(
                plan.serial,
                plan.grant_id,
                record.kind,
                card.card_type.value,
                uid,
                plan.ring.current_version,
                plan.entrance_ids,
                plan.duplicate_of,
            ),
            *plan.on_issued,
        )
        return EncodedCard.issued(record, card_holder(uow, record), plan.zone, plan.duplicate_of)

    def _record_no_card(self, uow: UnitOfWork, plan: CardPlan, reason: str) -> None:
        uow.record(CardEncodingFailed(plan.serial, plan.grant_id, reason, None, False))

    def _record_failure(
        self,
        uow: UnitOfWork,
        now: datetime,
        plan: CardPlan,
        card: PresentedCard,
        reason: str,
        reach: WriteReach,
    ) -> list[str]:
        """Record the card as unconfirmed (revoked) or failed; the words the error must add."""
        uid = card.uid.hex().upper()
        if uow.cards.require_card(plan.serial).status == "writing":
            if reach is WriteReach.WHOLE:
                unconfirm(uow, now, uow.cards.require_card(plan.serial), reason)
            else:
                uow.cards.set_status(plan.serial, "failed", now)
        spoilt = spoil_cards_on_chip(uow, now, uid, plan.serial) if reach > WriteReach.NOTHING else []
        revoked = reach is WriteReach.WHOLE
        uow.record(CardEncodingFailed(plan.serial, plan.grant_id, reason, uid, revoked))
        locks = uow.cards.card_locks()
        words: list[str] = []
        if reach is WriteReach.WHOLE:
            doors = [locks[d].name for d in plan.entrance_ids if d in locks]
            words.append(f"This card may open {_names(doors)} until it is revoked; it has been revoked.")
        for old in spoilt:
            doors = [locks[d].name for d in old.entrance_ids if d in locks]
            words.append(
                f"Card {old.card_serial} that this chip held may still open {_names(doors)} until it is "
                "revoked; it has been revoked."
            )
        return words

    @staticmethod
    def _record(
        plan: CardPlan, card: PresentedCard, status: str, now: datetime, cancelled_at: datetime | None = None
    ) -> CardRecord:
        kind = plan.payload.kind.name.lower()  # guest, staff, one_shot, lock_state (KeyCardKind)
        return CardRecord(
            card_serial=plan.serial,
            access_grant_id=plan.grant_id,
            kind=kind,
            status=status,
            card_type=card.card_type.value,
            uid_hex=card.uid.hex().upper(),
            key_version=plan.ring.current_version,
            reservation_sequence=plan.payload.sequence,
            entrance_ids=plan.entrance_ids,
            starts_at=plan.starts_at,
            ends_at=plan.ends_at,
            issued_at=now,
            cancelled_at=cancelled_at,
            shift=plan.payload.shift.to_text() if plan.payload.shift is not None else None,
            lock_action=plan.payload.action.name.lower() if plan.payload.action else None,
        )


class CardOfAnotherProperty(Conflict):
    title = say("This card belongs to another property and is protected with its keys.")
    hint = say("Nothing was written. Give the card back to that property and use another card.")


def _protected_by(error: CardWriteProtected, found: bytes | None, property_number: int) -> FrontDeskError:
    """A chip that refused every key version of ours: name the property its card says it is of."""
    if found is not None and len(found) == CARD_BYTES and found[:2] == MAGIC:
        theirs = int.from_bytes(found[4:8], "big")
        if theirs != property_number:
            return CardOfAnotherProperty(
                say(
                    "This card belongs to another property (number {theirs}) and is protected with its keys.",
                    theirs=theirs,
                ),
                detail={**error.detail, "property_number": theirs},
            )
    return error


def _reason(error: BaseException) -> str:
    return error.title if isinstance(error, FrontDeskError) else type(error).__name__


def _names(doors: list[str]) -> str:
    if len(doors) <= 1:
        return doors[0] if doors else "its doors"
    return ", ".join(doors[:-1]) + " and " + doors[-1]


def _add_to_hint(error: BaseException, words: list[str], card_serial: int) -> None:
    """Say in the error which doors a card left behind may open (a door learns a revoked serial
    from the next newer card used there), before the driver's hint on what to do."""
    if words and isinstance(error, FrontDeskError):
        error.hint = " ".join([*words, error.hint])
        error.detail = {**error.detail, "card_serial": card_serial, "revoked": True}
