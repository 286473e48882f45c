"""Where the 144-byte card image lives on the two supported card types.

NTAG213/215/216 and MIFARE Ultralight C: user memory starts at page 4; pages are 4 bytes, so the
image fills pages 4..39 (exactly NTAG213's user memory). Pages 0-3 (UID, lock bytes, capability
container) and the configuration pages are never touched.

MIFARE Classic 1K: 16 sectors of 4 blocks; block 0 is the manufacturer block and the last block of
each sector is its trailer (keys + access bits). The image uses the 9 data blocks of sectors 1-3;
sector 0 is left for the manufacturer block and, by convention, the MIFARE Application Directory.
The encoder re-keys the sectors it writes (`CLASSIC_PROTECTED_SECTORS`) so none keeps the factory
key; sector 0 and sectors 4-15 hold nothing the lock trusts and are left for other systems.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontdesk.domain.cards.codec import CARD_BYTES
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say

NTAG_PAGE_BYTES = 4
NTAG_FIRST_PAGE = 4
NTAG_PAGES: tuple[int, ...] = tuple(range(NTAG_FIRST_PAGE, NTAG_FIRST_PAGE + CARD_BYTES // NTAG_PAGE_BYTES))

CLASSIC_BLOCK_BYTES = 16
CLASSIC_PAYLOAD_SECTORS: tuple[int, ...] = (1, 2, 3)
CLASSIC_PROTECTED_SECTORS: tuple[int, ...] = CLASSIC_PAYLOAD_SECTORS
CLASSIC_DATA_BLOCKS: tuple[int, ...] = tuple(
    sector * 4 + offset for sector in CLASSIC_PAYLOAD_SECTORS for offset in range(3)
)


def classic_trailer_block(sector: int) -> int:
    """Block number of a Classic 1K sector's trailer."""
    return sector * 4 + 3


def _check(image: bytes) -> None:
    if len(image) != CARD_BYTES:
        raise InvalidInput(
            say("Card image has the wrong length."),
            say("A v1 card image is {card_bytes} bytes.", card_bytes=CARD_BYTES),
        )


def _incomplete_read() -> InvalidInput:
    return InvalidInput(say("Card read is incomplete."), say("Hold the card still on the reader and retry."))


def ntag_pages(image: bytes) -> list[tuple[int, bytes]]:
    """(page number, 4 bytes) in write order; the MAC is in the last pages, so it is written last."""
    _check(image)
    return [(page, image[i * 4 : i * 4 + 4]) for i, page in enumerate(NTAG_PAGES)]


def image_from_ntag_pages(pages: Iterable[tuple[int, bytes]]) -> bytes:
    """Reassemble an image from pages read back (any order); every image page must be present."""
    found = dict(pages)
    try:
        return b"".join(bytes(found[page]) for page in NTAG_PAGES)
    except KeyError as exc:
        raise _incomplete_read() from exc


def classic_blocks(image: bytes) -> list[tuple[int, bytes]]:
    """(block number, 16 bytes) in write order; never block 0 and never a sector trailer."""
    _check(image)
    return [(block, image[i * 16 : i * 16 + 16]) for i, block in enumerate(CLASSIC_DATA_BLOCKS)]


def image_from_classic_blocks(blocks: Iterable[tuple[int, bytes]]) -> bytes:
    """Reassemble an image from Classic data blocks read back (any order)."""
    found = dict(blocks)
    try:
        return b"".join(bytes(found[block]) for block in CLASSIC_DATA_BLOCKS)
    except KeyError as exc:
        raise _incomplete_read() from exc
