"""PC/SC Part 3 storage-card commands as contactless desktop readers (ACR122U and alike) offer them.

Only bytes here: building command APDUs, checking status words, telling card types from the ATR.
Key bytes pass through `load_key`; never log an APDU (it may carry a key).
"""

from __future__ import annotations

from collections.abc import Callable

from frontdesk.services.cards.encoder import BadAccessBits, CardType, UnsupportedCard

# A function that sends one command APDU and returns the whole response (data + SW1 SW2).
# It raises CardRemoved when the card does not answer.
Transmit = Callable[[bytes], bytes]

OK = b"\x90\x00"
KEY_A, KEY_B = 0x60, 0x61
FACTORY_KEY = b"\xff" * 6

GET_UID = bytes.fromhex("ffca000000")
# PN53x InCommunicateThru(GET_VERSION 0x60) wrapped in the ACR122U direct-transmit APDU.
NTAG_GET_VERSION = bytes.fromhex("ff00000003d44260")
# PN53x InListPassiveTarget (one target, 106 kbps type A): selects the tag again. An NTAG that
# answered a command with a NAK (a wrong password, a write to a protected page) is back in IDLE and
# ignores everything until it is selected again.
NTAG_SELECT_AGAIN = bytes.fromhex("ff00000004d44a0100")

PART3_ATR_PREFIX = bytes.fromhex("3b8f8001804f0ca000000306")
ISO14443A_PART3 = 0x03
CLASSIC_1K_NAME = 0x0001
ULTRALIGHT_FAMILY_NAME = 0x0003

# NTAG21x storage size byte of GET_VERSION, and capability container byte 2 (data area / 8).
NTAG_BY_STORAGE_SIZE = {0x0F: CardType.NTAG213, 0x11: CardType.NTAG215, 0x13: CardType.NTAG216}
NTAG_BY_CC_SIZE = {0x12: CardType.NTAG213, 0x3E: CardType.NTAG215, 0x6D: CardType.NTAG216}


def load_key(key: bytes, slot: int = 0) -> bytes:
    return bytes([0xFF, 0x82, 0x00, slot, 0x06]) + key


def authenticate(block: int, key_type: int, slot: int = 0) -> bytes:
    return bytes([0xFF, 0x86, 0x00, 0x00, 0x05, 0x01, 0x00, block, key_type, slot])


def read_binary(address: int, length: int = 16) -> bytes:
    return bytes([0xFF, 0xB0, 0x00, address, length])


def update_binary(address: int, data: bytes) -> bytes:
    return bytes([0xFF, 0xD6, 0x00, address, len(data)]) + data


def ntag_pwd_auth(pwd: bytes) -> bytes:
    """NTAG PWD_AUTH (1B + 4-byte password) through the reader's InCommunicateThru; never log it."""
    return bytes.fromhex("ff00000007d4421b") + pwd


def ntag_pack(response: bytes) -> bytes | None:
    """The PACK a PWD_AUTH answer carries, or None when the tag refused (NAK) or did not answer."""
    if succeeded(response) and len(response) == 7 and response[:3] == b"\xd5\x43\x00":
        return response[3:5]
    return None


def succeeded(response: bytes) -> bool:
    return response[-2:] == OK


def card_name_from_atr(atr: bytes) -> int | None:
    """The Part 3 card name (PC/SC Part 3 supplement) from a contactless reader's ATR, or None."""
    if len(atr) < 15 or not atr.startswith(PART3_ATR_PREFIX) or atr[12] != ISO14443A_PART3:
        return None
    return int.from_bytes(atr[13:15], "big")


def identify(atr: bytes, transmit: Transmit) -> CardType:
    """The card type, from the ATR and, for the Ultralight family, the NTAG version.

    NTAG213/215/216 share one ATR. GET_VERSION (through the reader's pass-through) names the
    storage size; readers without that pass-through fall back to the capability container in page
    3, which NXP programs at the factory with the data area size.
    """
    name = card_name_from_atr(atr)
    if name == CLASSIC_1K_NAME:
        return CardType.MIFARE_CLASSIC_1K
    if name != ULTRALIGHT_FAMILY_NAME:
        raise UnsupportedCard(detail={"atr": atr.hex()})
    version = transmit(NTAG_GET_VERSION)
    if succeeded(version) and len(version) == 13 and version[:3] == b"\xd5\x43\x00":
        vendor, product, storage = version[4], version[5], version[9]
        if vendor == 0x04 and product == 0x04 and storage in NTAG_BY_STORAGE_SIZE:
            return NTAG_BY_STORAGE_SIZE[storage]
        raise UnsupportedCard(detail={"version": version[3:11].hex()})
    capability = transmit(read_binary(3, 16))
    if succeeded(capability) and capability[0] == 0xE1 and capability[2] in NTAG_BY_CC_SIZE:
        return NTAG_BY_CC_SIZE[capability[2]]
    raise UnsupportedCard(detail={"atr": atr.hex()})


def check_access_bits(access: bytes) -> None:
    """Refuse trailer access bytes that would brick the sector or lock the desk out.

    Data blocks must be readable and writable with key B; the trailer must let key B rewrite the
    keys and must not make key B readable (a readable key B cannot authenticate).
    """
    if len(access) != 4:
        raise BadAccessBits()
    b6, b7, b8 = access[0], access[1], access[2]
    c1, c2, c3 = b7 >> 4, b8 & 0x0F, b8 >> 4
    if (~b6 & 0x0F) != c1 or (~b6 >> 4 & 0x0F) != c2 or (~b7 & 0x0F) != c3:
        raise BadAccessBits()  # inconsistent bytes block the sector for ever on a real card
    conditions = [((c1 >> i) & 1) << 2 | ((c2 >> i) & 1) << 1 | ((c3 >> i) & 1) for i in range(4)]
    if any(condition not in (0b000, 0b100, 0b110, 0b011) for condition in conditions[:3]):
        raise BadAccessBits()
    if conditions[3] not in (0b011, 0b100):
        raise BadAccessBits()
