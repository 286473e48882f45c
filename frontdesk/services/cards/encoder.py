"""What the desk needs from a key card encoder, and how it talks to the person holding the card.

Drivers (``drivers.pcsc``, ``drivers.simulated``) implement `Encoder`; the GUI and the command line
implement `EncoderPrompter`. A driver module found through the ``frontdesk.encoders`` entry point
group offers ``available() -> Availability`` and ``create(**options) -> Encoder`` (see `EncoderDriver`).
An encoder may also offer `VirtualCards` (the simulator does): the card service then lets the GUI
put virtual cards on its reader.

Card layout (the same for every driver, so a card written by one reads on another):

- MIFARE Classic 1K: the image fills the data blocks of sectors 1-3 (blocks 4-6, 8-10, 12-14), 16
  bytes each, zero-padded. Sector 0 (manufacturer block) is never touched. Each used sector is
  protected by the property's diversified keys (`CardKeys`); a blank card still on the factory key
  FFFFFFFFFFFF is taken over by writing the sector trailer with the diversified keys.
- NTAG213/215/216: the image fills 4-byte pages from page 4, zero-padded. Once the image is
  written and read back, the card is write-protected from page `NTAG_AUTH0` on with a password
  diversified per card (`CardKeys.ntag_password`); reads stay open. A protected card is written
  again only after PWD_AUTH with that password.

A card image is at most `MAX_IMAGE_LENGTH` bytes, which fits every supported card.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from frontdesk.domain.errors import Conflict, FrontDeskError, InvalidInput, Unavailable
from frontdesk.domain.words import say
from frontdesk.services.drivers import Availability

MAX_IMAGE_LENGTH = 144
CLASSIC_IMAGE_BLOCKS = (4, 5, 6, 8, 9, 10, 12, 13, 14)
NTAG_FIRST_PAGE = 4
# NTAG21x password protection (NXP data sheet 8.8): pages from AUTH0 on need PWD_AUTH to be
# written. 4 = the payload and the configuration pages; the UID, lock bytes and capability
# container below stay as they are. ACCESS 00: PROT 0 (reads stay open, the locks read without a
# password), CFGLCK 0 (the desk may change the configuration again after PWD_AUTH), AUTHLIM 0
# (no limit: a limit would let anyone with a phone spend the tries and lock the desk out for ever).
NTAG_AUTH0 = 4
NTAG_ACCESS = 0x00
NTAG_UNPROTECTED_AUTH0 = 0xFF  # the factory value


class CardType(enum.Enum):
    """The card types the desk can encode, with the user memory each offers."""

    MIFARE_CLASSIC_1K = "mifare_classic_1k"
    NTAG213 = "ntag213"
    NTAG215 = "ntag215"
    NTAG216 = "ntag216"

    @property
    def capacity(self) -> int:
        """Bytes of card image this card holds in the desk's layout."""
        return {"mifare_classic_1k": 144, "ntag213": 144, "ntag215": 504, "ntag216": 888}[self.value]

    @property
    def label(self) -> str:
        """The chip's product name, the same in every language."""
        return {
            "mifare_classic_1k": "MIFARE Classic 1K",
            "ntag213": "NTAG213",
            "ntag215": "NTAG215",
            "ntag216": "NTAG216",
        }[self.value]

    @property
    def is_classic(self) -> bool:
        return self is CardType.MIFARE_CLASSIC_1K

    @property
    def ntag_cfg0_page(self) -> int:
        """NTAG: the page of CFG0 (AUTH0 is its byte 3); CFG1 (ACCESS), PWD and PACK follow."""
        return {"ntag213": 0x29, "ntag215": 0x83, "ntag216": 0xE3}[self.value]


class WriteReach(enum.IntEnum):
    """How far a write that failed got on the chip, as far as the driver can tell.

    Drivers write the block that makes a card valid (the one holding the MAC) last, after every
    sector trailer, so a chip can only hold a whole new card once that block was sent.
    """

    NOTHING = 0  # no write command reached the card: the chip is as it was
    PART = 1  # some blocks were written, not the valid block: the new card opens nothing
    WHOLE = 2  # the valid block was sent (its answer may be lost): the chip may hold the whole card


def write_reach(error: BaseException) -> WriteReach:
    """The reach a driver attached to a failed write; WHOLE when it said nothing (assume the worst)."""
    reach = getattr(error, "write_reach", None)
    return reach if isinstance(reach, WriteReach) else WriteReach.WHOLE


def mark_reach(error: BaseException, reach: WriteReach) -> BaseException:
    """Attach to `error` how far the failed write got (drivers call this before re-raising)."""
    error.write_reach = reach  # type: ignore[attr-defined]
    return error


@dataclass(frozen=True)
class PresentedCard:
    """A card lying on a reader, identified by its UID (the card format binds its payload to it)."""

    reader: str
    uid: bytes
    card_type: CardType


@dataclass(frozen=True)
class CardPresenceChanged:
    """A card arrived on (present=True) or left (present=False) a reader."""

    reader: str
    present: bool


class CardKeys(Protocol):
    """The property's keys for the chip, diversified per card: MIFARE Classic sector keys and the
    NTAG write password."""

    def sector_keys(self, uid: bytes, sector: int) -> tuple[bytes, bytes]:
        """Key A and key B (6 bytes each) for this card's sector."""
        ...

    def trailer_access_bits(self) -> bytes:
        """The 4 trailer bytes after key A: 3 access-condition bytes and the general-purpose byte.

        They must let key B read and write the data blocks and write the trailer, or the desk
        could not encode the card again; drivers refuse other values.
        """
        ...

    def ntag_password(self, uid: bytes) -> tuple[bytes, bytes]:
        """NTAG: PWD (4 bytes) and PACK (2 bytes) of this card."""
        ...

    def moving_to(self) -> CardKeys | None:
        """The current key version's keys when these are an older version's: a write then opens
        each sector with these (or, if a sector already moved, with the current ones) and leaves
        every trailer on the current keys, the valid block last."""
        ...


class Encoder(Protocol):
    """A key card encoder. Every method may raise the errors below; none returns half-done work."""

    async def readers(self) -> list[str]:
        """Names of the readers that can be used now (empty when none is plugged in)."""
        ...

    async def wait_for_card(self, reader: str | None = None, timeout: float = 30.0) -> PresentedCard:
        """Wait until a supported card lies on `reader` (any reader when None) and identify it.

        Raises NoReader, NoCardOnReader (after `timeout` seconds), UnsupportedCard.
        """
        ...

    async def write(self, card: PresentedCard, image: bytes, keys: CardKeys | None) -> None:
        """Write `image` to the card, then read it back and compare.

        Returns only when the card holds exactly `image`; otherwise raises (CardRemovedWhileWriting,
        CardSwapped, CardWriteProtected, CardVerifyFailed, ImageTooLarge) with `mark_reach` telling
        how far the write got. The block holding the MAC (the last 16 bytes of the image) is
        written last, after every Classic sector trailer. `keys` is required for MIFARE Classic;
        for NTAG it authenticates to a card protected with these keys' password (else
        CardWriteProtected, nothing written) and protects the card with the password of
        `keys.moving_to() or keys` after the read-back (None: no protection).
        """
        ...

    async def read(
        self, card: PresentedCard, keys: CardKeys | None, length: int, *, with_key_a: bool = False
    ) -> bytes:
        """The first `length` bytes of the card image. Raises CardRemoved, CardWriteProtected.

        Classic sectors open with key B of `keys` (or the factory key of a blank card); with
        `with_key_a`, with key A only, as a lock reads."""
        ...

    def watch(self, callback: Callable[[CardPresenceChanged], None] | None) -> None:
        """Report cards arriving and leaving. The callback may run on a driver thread: keep it
        short and hand the event on (the GUI turns it into a queued Qt signal). None stops it."""
        ...

    async def close(self) -> None:
        """Release the readers; the encoder cannot be used afterwards."""
        ...


class EncoderDriver(Protocol):
    """What a module in the ``frontdesk.encoders`` entry point group offers."""

    def available(self) -> Availability:
        """Not ok when a library the driver needs is missing; the reason names it and the version
        needed, e.g. "pyscard 2.3.1 is not installed" (create() then raises)."""
        ...

    def create(self, **options: object) -> Encoder: ...


@runtime_checkable
class VirtualCards(Protocol):
    """Optional, for encoders with no real cards (demo, training): a hand that puts a virtual card
    on the reader and takes it off. An encoder offers it by implementing it (declared as a base
    class); `CardService.virtual_cards()` hands it to the GUI, which then shows its controls."""

    def place_card(self, card_type: CardType = CardType.NTAG213, uid: bytes | None = None) -> PresentedCard:
        """Put a card on the reader: the known card with this UID, or a new blank card."""
        ...

    def remove_card(self, reader: str | None = None) -> None:
        """Take the card off the reader (nothing happens when none lies there)."""
        ...

    def forget_all(self) -> None:
        """Forget every virtual card made so far (the demo's reset)."""
        ...


class EncoderPrompter(Protocol):
    """Tells the person at the desk what to do with the card. The GUI shows it, the CLI prints it."""

    def place_card(self, reader: str | None) -> None:
        """Ask for a card on the reader."""
        ...

    def put_card_back(self, card: PresentedCard) -> None:
        """The card left the reader while it was written: ask for the same card again."""
        ...

    def card_ready(self, card: PresentedCard) -> None:
        """The card is written and checked: it may be taken off the reader."""
        ...


class StderrPrompter:
    """EncoderPrompter for the command line."""

    def place_card(self, reader: str | None) -> None:
        print(f"Place the card on the reader{f' ({reader})' if reader else ''}.", file=sys.stderr)

    def put_card_back(self, card: PresentedCard) -> None:
        print("The card was removed while it was being written: put it back on the reader.", file=sys.stderr)

    def card_ready(self, card: PresentedCard) -> None:
        print(
            f"Card {card.uid.hex().upper()} is encoded and checked; take it off the reader.", file=sys.stderr
        )


# --- Errors ---------------------------------------------------------------------------------------


class ReaderServiceUnavailable(Unavailable):
    title = say("Card reader service not available.")
    hint = say("Install and start pcscd (the PC/SC service) and the pyscard package, then try again.")


class NoReader(Unavailable):
    title = say("No card reader found.")
    hint = say("Plug in the card encoder (or choose another reader in the settings) and try again.")


class NoCardOnReader(FrontDeskError):
    status = 408
    title = say("No card on the reader.")
    hint = say("Place a key card flat on the reader, then try again.")


class ReaderBusy(Conflict):
    title = say("The card reader is in use by another program.")
    hint = say("Close the other program that uses the reader, then try again.")


class CardRemoved(Conflict):
    title = say("The card was removed from the reader.")
    hint = say("Put the card back on the reader and try again.")


class CardRemovedWhileWriting(CardRemoved):
    title = say("The card was removed while it was being written.")
    hint = say("Put it back on the reader and encode it again; it is not issued.")


class CardSwapped(Conflict):
    title = say("A different card is on the reader.")
    hint = say(
        "Put back the card you started with, or start encoding again with this card; it is not issued."
    )


class UnsupportedCard(InvalidInput):
    title = say("This card type is not supported.")
    hint = say("Use a MIFARE Classic 1K, NTAG213, NTAG215 or NTAG216 key card.")


class CardWriteProtected(Conflict):
    title = say("The card refused to be written.")
    hint = say(
        "It is write-protected or belongs to another system (its keys are not this property's); "
        "use another card."
    )


class CardVerifyFailed(Conflict):
    title = say("The card did not read back what was written.")
    hint = say("Encode it again; if it happens again, use another card. It is not issued.")


class ImageTooLarge(InvalidInput):
    title = say("The card data does not fit on this card.")
    hint = say("Use a card with more memory, or grant fewer doors on one card.")


class CardKeysRequired(InvalidInput):
    title = say("Card keys are needed for MIFARE Classic cards.")
    hint = say("Set up the property's card secret before encoding Classic cards.")


class BadAccessBits(InvalidInput):
    title = say("The card access settings are not usable.")
    hint = say(
        "The trailer access bits must let key B read and write the card; check the property's card settings."
    )


def check_image(card: PresentedCard, image: bytes) -> None:
    """Raise ImageTooLarge unless the image fits the desk's layout on this card."""
    if len(image) > min(MAX_IMAGE_LENGTH, card.card_type.capacity):
        raise ImageTooLarge(
            detail={"length": len(image), "capacity": min(MAX_IMAGE_LENGTH, card.card_type.capacity)}
        )
