"""Key cards at the desk: encode for a grant, duplicate, read, cancel, list.

Encoding and duplicating (and why an encode takes three steps) live in services/cards/encoding.py;
this module reads, cancels and lists cards, rotates the card keys and holds the encoder slot
(services/cards/slot.py). Results are the views of services/cards/views.py.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk.domain.cards import KeyRing, Shift, decode_card, from_lock_minutes
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.cards.events import CardCancelled, CardRead
from frontdesk.domain.errors import Conflict
from frontdesk.domain.events import CardFlaggedForReencoding
from frontdesk.domain.model import ReservationStatus, UserKind
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.second_look import NeedsSecondLook, rotation_risk
from frontdesk.domain.words import say
from frontdesk.services.cards.doors import door_verdicts
from frontdesk.services.cards.encoder import (
    CardPresenceChanged,
    Encoder,
    EncoderPrompter,
    PresentedCard,
    VirtualCards,
)
from frontdesk.services.cards.encoding import WRITE_ATTEMPTS, CardEncoding
from frontdesk.services.cards.interrupted import recover_interrupted_writes, spoil_cards_on_chip
from frontdesk.services.cards.keys import CardKeyStore, read_card_image
from frontdesk.services.cards.lock_cards import (
    BLOCK_HOURS,
    EMERGENCY_HOURS,
    plan_emergency_card,
    plan_room_block_card,
)
from frontdesk.services.cards.plans import card_holder, card_view
from frontdesk.services.cards.slot import DEFAULT_ENCODER, ENCODER_ENV, EncoderSlot, encoder_choice
from frontdesk.services.cards.views import (
    CancelledCard,
    CardReading,
    CardView,
    EncodedCard,
    KeyCardKind,
    KeyRotation,
    KeyVersionView,
    RefusedCardReading,
    ValidCardReading,
    in_zone,
)
from frontdesk.services.operators.second_look import may_force, second_look
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

__all__ = ["DEFAULT_ENCODER", "ENCODER_ENV", "WRITE_ATTEMPTS", "CardService", "EncoderSlot", "encoder_choice"]


log = logging.getLogger(__name__)
LIVE = (ReservationStatus.ACTIVE, ReservationStatus.OVERRIDDEN)  # stays whose guests hold working cards


class CardService:
    """Encoding, reading, duplicating and cancelling key cards; every one of them is audited."""

    def __init__(
        self,
        tx: Transactions,
        keys: CardKeyStore,
        encoder: EncoderSlot,
    ) -> None:
        self._tx = tx
        self._keys = keys
        self._encoder = encoder
        self._encoding = CardEncoding(tx, keys, encoder.get)

    async def close(self) -> None:
        """Release the encoder (its device thread); call before the event loop ends."""
        await self._encoder.close()

    def use_encoder(self, encoder: Encoder) -> None:
        """Encode, read and tap with this encoder from now on (tests, the screenshots script)."""
        self._encoder.use(encoder)

    def watch_cards(self, callback: Callable[[CardPresenceChanged], None]) -> Callable[[], None]:
        """Hear cards arriving on and leaving the desk's readers; returns the call that stops it.
        The callback may run on the driver's device thread: keep it short and hand the event on."""
        encoder = self._encoder.get()
        encoder.watch(callback)
        # Stops on this very encoder, even if another one was chosen (or the slot closed) since.
        return lambda: encoder.watch(None)

    def virtual_cards(self) -> VirtualCards | None:
        """The hand that puts virtual cards on the reader when the desk's encoder offers one (the
        simulator, for demo and training), else None: real readers take real cards only."""
        encoder = self._encoder.get()
        return encoder if isinstance(encoder, VirtualCards) else None

    async def choose_encoder(self, name: str) -> None:
        """Use the encoder driver `name` (an entry point of frontdesk.encoders) from now on."""
        await self._tx.guard.require(P.ENCODERS)
        await self.use_saved_encoder(name)

    async def use_saved_encoder(self, name: str) -> None:
        """The encoder this workstation's settings name, at start (no one has signed in yet)."""
        await self._encoder.close()
        self._encoder.choose(name)

    async def prepare_encoder(self) -> None:
        """Make the encoder ahead of the first card, off the window's thread (a vendor library can
        take a while to import and start). One that cannot be made is left for its first use to
        report, with its title and hint. Cards a crash left `writing` long ago are taken up first
        (they become unconfirmed and revoked, services/cards/interrupted.py)."""
        await self.recover_interrupted_writes()
        try:
            await self._tx.blocking(self._encoder.get)
        except Exception as exc:  # reported, with title and hint, when a card is first encoded
            log.info("encoder driver not loaded ahead: %s", exc)

    async def recover_interrupted_writes(self) -> list[int]:
        """Cards left `writing` (by a crash) for longer than any encode takes become unconfirmed and
        their serials revoked; returns their serials."""

        def work(uow: UnitOfWork, now: datetime) -> list[int]:
            return [c.card_serial for c in recover_interrupted_writes(uow, now)]

        return await self._tx.write(work)

    # --- encode --------------------------------------------------------------------------------

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
        """Encode a card for a grant (guest, joiner or staff) on the card the person puts down.
        With `one_shot` (staff grants only: a contractor's visit) the card opens each of its doors
        once within the grant's window. A live card of another stay, or a staff card, on the reader
        raises LiveCardOnReader (409) unless `overwrite` (the person said yes); it is then marked
        replaced. A staff card with a `shift` opens only on its days and hours (lock-local time)."""
        await self._may_encode(lambda uow: access_grant_id)
        return await self._encoding.encode(
            access_grant_id,
            prompter,
            reader=reader,
            timeout=timeout,
            overwrite=overwrite,
            one_shot=one_shot,
            shift=shift,
        )

    async def encode_emergency(
        self,
        reason: str,
        prompter: EncoderPrompter,
        *,
        hours: float = EMERGENCY_HOURS,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
    ) -> EncodedCard:
        """An emergency card: opens every card door, double-locked (deadbolted) rooms included,
        from now for `hours` (default 4, at most 24). A manager's; the reason goes into the audit."""
        await self._tx.guard.require(P.EMERGENCY_CARDS)
        return await self._encoding.encode_plan(
            lambda uow, now: plan_emergency_card(uow, self._keys, now, hours, reason),
            prompter,
            reader=reader,
            timeout=timeout,
            overwrite=overwrite,
        )

    async def encode_room_block(
        self,
        entrance_ids: tuple[str, ...],
        reason: str,
        prompter: EncoderPrompter,
        *,
        block: bool = True,
        hours: float = BLOCK_HOURS,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
    ) -> EncodedCard:
        """A card that, used at these doors, makes them refuse guest cards until an unblocking card
        (`block` False) is used there; staff and emergency cards still open. The card itself may
        be used for `hours` (default 24). A manager's; the reason goes into the audit."""
        await self._tx.guard.require(P.ROOM_BLOCKING)
        return await self._encoding.encode_plan(
            lambda uow, now: plan_room_block_card(
                uow, self._keys, now, entrance_ids, block=block, hours=hours, reason=reason
            ),
            prompter,
            reader=reader,
            timeout=timeout,
            overwrite=overwrite,
        )

    async def duplicate(
        self,
        card_serial: int,
        prompter: EncoderPrompter,
        *,
        reader: str | None = None,
        timeout: float = 30.0,
        overwrite: bool = False,
    ) -> EncodedCard:
        """Another card with the same access as card `card_serial` (both work); `overwrite` as encode."""
        await self._may_encode(lambda uow: self._grant_of_card(uow, card_serial))
        return await self._encoding.duplicate(
            card_serial, prompter, reader=reader, timeout=timeout, overwrite=overwrite
        )

    async def _may_encode(self, grant_of: Callable[[UnitOfWork], str | None]) -> None:
        """Guest cards are the receptionist's, staff cards the manager's (the grant says which)."""

        def staff(uow: UnitOfWork, now: datetime) -> bool:
            grant_id = grant_of(uow)
            return grant_id is not None and uow.desk.grant(grant_id).kind is UserKind.STAFF

        await self._tx.guard.require(P.STAFF_CARDS if await self._tx.read(staff) else P.GUEST_CARDS)

    @staticmethod
    def _grant_of_card(uow: UnitOfWork, card_serial: int) -> str | None:
        record = uow.cards.card(card_serial)  # an unknown card is the action's own 404, after the check
        return record.access_grant_id if record is not None else None

    # --- read, cancel, list --------------------------------------------------------------------

    async def read(
        self, *, reader: str | None = None, timeout: float = 30.0, prompter: EncoderPrompter | None = None
    ) -> CardReading:
        """Who the card on the reader is for, which doors, when, and what each door would say now."""
        await self._tx.guard.require(P.READ_CARD)

        def keys(uow: UnitOfWork, now: datetime) -> KeyRing:
            return self._keys.key_ring(uow, now)

        ring = await self._tx.write(keys)
        encoder = self._encoder.get()
        if prompter is not None:
            prompter.place_card(reader)
        card = await encoder.wait_for_card(reader, timeout)
        image = await read_card_image(encoder, card, ring)
        return await self._tx.write(lambda uow, now: self._judge_read(uow, now, card, image, ring))

    def _judge_read(
        self, uow: UnitOfWork, now: datetime, card: PresentedCard, image: bytes | None, ring: KeyRing
    ) -> CardReading:
        uid = card.uid.hex().upper()
        try:
            if image is None:
                raise CardRefused(
                    say("Card does not open with this property's keys."),
                    say("It belongs to another system or another property; encode a blank card instead."),
                )
            payload = decode_card(image, card.uid, ring)
        except CardRefused as refused:
            uow.record(CardRead(None, uid, False, refused.reason))
            return RefusedCardReading(
                uid, card.card_type, card.reader, False, refused.reason, refused.title, refused.hint
            )
        zone = uow.cards.property().time_zone
        record = uow.cards.card(payload.serial)
        groups = {n: name for name, (n, _) in uow.cards.door_groups().items()}
        reading = ValidCardReading(
            uid,
            card.card_type,
            card.reader,
            True,
            None,
            card_serial=payload.serial,
            kind=KeyCardKind.of(payload.kind),
            key_version=payload.key_version,
            key_retired=ring.is_retired(payload.key_version, now),
            reservation_sequence=payload.sequence,
            valid_from=in_zone(from_lock_minutes(payload.valid_from, zone), zone),
            valid_until=in_zone(from_lock_minutes(payload.valid_until, zone), zone),
            lock_numbers=tuple(payload.lock_numbers),
            door_groups=tuple(
                groups.get(b + 1, f"group {b + 1}") for b in range(16) if payload.door_groups >> b & 1
            ),
            cancelled_serials=tuple(payload.cancelled_serials),
            record=card_view(uow, record, zone) if record is not None else None,
            doors=door_verdicts(uow, image, card.uid, ring, now),
            shift=payload.shift.describe() if payload.shift is not None else None,
        )
        uow.record(CardRead(payload.serial, uid, True, None))
        return reading

    async def cancel(self, card_serial: int) -> CancelledCard:
        """Cancel a lost or stolen card: every later card carries its serial to the doors."""
        await self._may_encode(lambda uow: self._grant_of_card(uow, card_serial))

        def work(uow: UnitOfWork, now: datetime) -> CancelledCard:
            record = uow.cards.require_card(card_serial)
            if record.status == "cancelled":
                raise Conflict(say("This card is already cancelled."), say("Nothing to do."))
            if record.status in ("returned", "replaced"):
                raise Conflict(
                    say("This card was encoded again since: it no longer exists."),
                    say("Cancel the card that chip holds now ('frontdesk cards read' shows its serial)."),
                )
            uow.cards.set_status(card_serial, "cancelled", now)
            uow.record(CardCancelled(card_serial, record.access_grant_id))
            if record.status == "writing":  # a crash mid-encode: the chip's earlier card is spoilt too
                spoil_cards_on_chip(uow, now, record.uid_hex, card_serial)
            zone = uow.cards.property().time_zone
            cancelled = uow.cards.require_card(card_serial)
            return CancelledCard.cancelled(cancelled, card_holder(uow, cancelled), zone)

        return await self._tx.write(work)

    async def cards(
        self, access_grant_id: str | None = None, limit: int = 500, *, reservation_key: str | None = None
    ) -> list[CardView]:
        """The cards the desk encoded, newest first (optionally of one grant, or of one stay: every
        card of its guests, also unconfirmed and revoked ones)."""

        def work(uow: UnitOfWork, now: datetime) -> list[CardView]:
            zone = uow.cards.property().time_zone
            grant_ids = None
            if reservation_key is not None:
                uow.desk.require_reservation(reservation_key)
                grant_ids = uow.cards.grant_ids_of_reservation(reservation_key)
            records = uow.cards.cards(access_grant_id=access_grant_id, grant_ids=grant_ids, limit=limit)
            return [card_view(uow, r, zone) for r in records]

        return await self._tx.read(work)

    # --- keys ----------------------------------------------------------------------------------

    async def key_versions(self) -> list[KeyVersionView]:
        """The card key versions (numbers and dates only; the keys stay in the OS keyring)."""

        def work(uow: UnitOfWork, now: datetime) -> list[KeyVersionView]:
            zone = uow.cards.property().time_zone
            return [KeyVersionView.of(v, zone) for v in uow.cards.key_versions()]

        return await self._tx.read(work)

    async def rotate_key(self, window: timedelta, *, force: bool = False) -> KeyRotation:
        """A new card key version; cards of older versions open doors until now + `window`.

        A live card that ends after the window would be refused before its end: without `force`
        the rotation is refused (409) and names the window that strands nobody; with it (an
        administrator's, audited as a dangerous change, domain/second_look.py), those cards are
        flagged for re-encoding (the view lists them)."""
        await self._tx.guard.require(P.KEY_ROTATION)
        await may_force(self._tx, force)

        def work(uow: UnitOfWork, now: datetime) -> KeyRotation:
            # Refused when a live stay, or a live card (staff cards too), ends after the window.
            stranded = uow.cards.live_cards_ending_after(now + window)
            ends = [g.ends_at for r in uow.desk.reservations(statuses=LIVE) for g in r.live_grants]
            ends += [c.ends_at for c in stranded]
            latest = max(ends, default=None)
            risk = rotation_risk(now, window, latest)
            if risk is not None and not force and latest is not None:
                days = math.ceil((latest - now) / timedelta(days=1))
                cards = [c.card_serial for c in stranded]
                raise NeedsSecondLook(*risk, cards=cards, window_days_needed=days)
            uow.record(*second_look(self._tx, risk, force))
            event = self._keys.rotate(uow, now, window)
            for card in stranded:
                uow.cards.flag_for_reencode(card.card_serial, "key rotation")
                uow.record(CardFlaggedForReencoding(card.card_serial, card.access_grant_id, "key rotation"))
            zone = uow.cards.property().time_zone
            return KeyRotation(
                event.key_version,
                in_zone(event.old_accepted_until, zone),
                tuple(c.card_serial for c in stranded),
            )

        return await self._tx.write(work)
