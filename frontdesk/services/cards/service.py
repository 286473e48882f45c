"""Key cards at the desk: encode for a grant, duplicate, read, cancel, list.

Encoding and duplicating (and why an encode takes three steps) live in services/card_encoding.py;
this module reads, cancels and lists cards, rotates the card keys and holds the encoder slot.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from frontdesk.domain.cards import KeyRing, decode_card, from_lock_minutes
from frontdesk.domain.cards.errors import CardRefused
from frontdesk.domain.cards.events import CardCancelled, CardRead
from frontdesk.domain.errors import Conflict, NotFound
from frontdesk.services.cards.doors import door_verdicts
from frontdesk.services.cards.encoder import Encoder, EncoderPrompter, PresentedCard
from frontdesk.services.cards.encoding import WRITE_ATTEMPTS, CardEncoding
from frontdesk.services.cards.keys import CardKeyStore, read_card_image
from frontdesk.services.cards.plans import card_dict
from frontdesk.services.drivers import ENCODERS, create_driver, list_drivers
from frontdesk.services.results import iso
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

__all__ = ["DEFAULT_ENCODER", "ENCODER_ENV", "WRITE_ATTEMPTS", "CardService", "EncoderSlot", "encoder_choice"]

ENCODER_ENV = "FRONTDESK_ENCODER"
DEFAULT_ENCODER = "pcsc"  # never silently the simulator: a desk must not "encode" virtual cards


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
        return await self._encoding.encode(access_grant_id, prompter, reader=reader, timeout=timeout)

    async def duplicate(
        self, card_serial: int, prompter: EncoderPrompter, *, reader: str | None = None, timeout: float = 30.0
    ) -> dict[str, Any]:
        """Another card with the same access as card `card_serial` (both work)."""
        return await self._encoding.duplicate(card_serial, prompter, reader=reader, timeout=timeout)

    # --- read, cancel, list --------------------------------------------------------------------

    async def read(
        self, *, reader: str | None = None, timeout: float = 30.0, prompter: EncoderPrompter | None = None
    ) -> dict[str, Any]:
        """Who the card on the reader is for, which doors, when, and what each door would say now."""

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
    ) -> dict[str, Any]:
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
        return out

    async def cancel(self, card_serial: int) -> dict[str, Any]:
        """Cancel a lost or stolen card: every later card carries its serial to the doors."""

        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
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
            zone = uow.cards.property().time_zone
            return card_dict(uow, uow.cards.require_card(card_serial), zone) | {
                "note": "Each door refuses the card once a card encoded after now has been used there."
            }

        return await self._tx.write(work)

    async def cards(self, access_grant_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """The cards the desk encoded, newest first (optionally of one grant)."""

        def work(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
            zone = uow.cards.property().time_zone
            return [
                card_dict(uow, r, zone) for r in uow.cards.cards(access_grant_id=access_grant_id, limit=limit)
            ]

        return await self._tx.read(work)

    # --- keys ----------------------------------------------------------------------------------

    async def key_versions(self) -> list[dict[str, Any]]:
        """The card key versions (numbers and dates only; the keys stay in the OS keyring)."""

        def work(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
            zone = uow.cards.property().time_zone
            return [
                {
                    "key_version": v.key_version,
                    "created_at": iso(v.created_at, zone),
                    "accepted_until": iso(v.accepted_until, zone),
                }
                for v in uow.cards.key_versions()
            ]

        return await self._tx.read(work)

    async def rotate_key(self, window: timedelta) -> dict[str, Any]:
        """A new card key version; cards of older versions open doors until now + `window`."""

        def work(uow: UnitOfWork, now: datetime) -> dict[str, Any]:
            event = self._keys.rotate(uow, now, window)
            zone = uow.cards.property().time_zone
            return {
                "key_version": event.key_version,
                "old_accepted_until": iso(event.old_accepted_until, zone),
            }

        return await self._tx.write(work)
