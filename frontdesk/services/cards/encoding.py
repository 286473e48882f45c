"""Encoding a key card for a grant, and a duplicate of a card: plan, write, record.

An encode takes three steps, so that the database is never held while a person handles a card:
1. one transaction checks the grant, loads the card keys and takes the next card serial;
2. the encoder writes the card and reads it back (no database work meanwhile);
3. one transaction records the card as issued together with its audit line, only after the
   driver has verified the write. If anything fails after writing began, the serial is recorded
   as cancelled instead, so that a card that might hold a complete image is refused by every door
   that later sees a newer card (see docs/security.md), and the desk never reports it as issued.

CardService (services/cards/service.py) hands its encode and duplicate calls here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from frontdesk.domain.cards import CardKind, encode_card
from frontdesk.domain.cards.events import CardEncoded, CardEncodingFailed, CardOverwritten
from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.services.cards.encoder import (
    CardRemovedWhileWriting,
    CardSwapped,
    CardWriteProtected,
    Encoder,
    EncoderPrompter,
    PresentedCard,
)
from frontdesk.services.cards.keys import CardKeyStore, ClassicSectorKeys, sector_key_candidates
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
    ) -> EncodedCard:
        """Encode a card for a grant (guest, joiner or staff) on the card the person puts down."""
        return await self._encode(
            lambda uow, now: plan_card(uow, self._keys, access_grant_id, now), prompter, reader, timeout
        )

    async def duplicate(
        self, card_serial: int, prompter: EncoderPrompter, *, reader: str | None = None, timeout: float = 30.0
    ) -> EncodedCard:
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
    ) -> EncodedCard:
        # Its own transaction: the serial is taken for good, also if the encode fails.
        plan = await self._tx.write(make_plan, publish=False)
        encoder = self._encoder()
        written: list[PresentedCard] = []  # the card, once writing has begun on it
        try:
            prompter.place_card(reader)
            card = await encoder.wait_for_card(reader, timeout)
            written.append(card)
            await self._write(encoder, prompter, plan, card, timeout)
        except BaseException as error:
            card_or_none = written[0] if written else None
            reason = error.title if isinstance(error, FrontDeskError) else type(error).__name__
            await asyncio.shield(
                self._tx.write(lambda uow, now: self._record_failure(uow, now, plan, card_or_none, reason))
            )
            raise
        result = await self._tx.write(lambda uow, now: self._record_issued(uow, now, plan, card))
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

    def _record_issued(
        self, uow: UnitOfWork, now: datetime, plan: CardPlan, card: PresentedCard
    ) -> EncodedCard:
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
        return EncodedCard.issued(record, card_holder(uow, record), plan.zone, plan.duplicate_of)

    def _record_failure(
        self, uow: UnitOfWork, now: datetime, plan: CardPlan, card: PresentedCard | None, reason: str
    ) -> None:
        if card is not None:
            uow.cards.add_card(self._record(plan, card, "cancelled", now, cancelled_at=now))
        uid = card.uid.hex().upper() if card is not None else None
        uow.record(CardEncodingFailed(plan.serial, plan.grant.access_grant_id, reason, uid, card is not None))

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
