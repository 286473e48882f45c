"""Writing and reading the desk's card layout with Part 3 commands (layout: frontdesk.services.cards.encoder).

Every function takes a `Transmit` so the same code runs through pcscd and, for benchmarks, straight
against an emulated card.
"""

from __future__ import annotations

from drivers.pcsc import part3
from drivers.pcsc.part3 import Transmit
from frontdesk.services.cards.encoder import (
    CLASSIC_IMAGE_BLOCKS,
    NTAG_ACCESS,
    NTAG_AUTH0,
    NTAG_FIRST_PAGE,
    CardKeys,
    CardKeysRequired,
    CardType,
    CardVerifyFailed,
    CardWriteProtected,
    WriteReach,
)


def _padded(image: bytes, unit: int) -> bytes:
    return image + bytes(-len(image) % unit)


def _run(transmit: Transmit, apdu: bytes) -> bytes:
    """Send one command; a refusal (63 00 and alike) means the card will not let us do it."""
    response = transmit(apdu)
    if not part3.succeeded(response):
        raise CardWriteProtected(detail={"status": response[-2:].hex()})
    return response[:-2]


# --- MIFARE Classic 1K -------------------------------------------------------------------------


def _classic_blocks(length: int) -> list[int]:
    return list(CLASSIC_IMAGE_BLOCKS[: -(-length // 16)])


def _sectors(blocks: list[int]) -> dict[int, list[int]]:
    sectors: dict[int, list[int]] = {}
    for block in blocks:
        sectors.setdefault(block // 4, []).append(block)
    return sectors


def _open_sector(transmit: Transmit, uid: bytes, sector: int, keys: CardKeys, allow_factory: bool) -> bool:
    """Authenticate a sector with its diversified key B; with allow_factory, fall back to the
    factory key A of a blank card. Returns True when the sector is still on factory keys."""
    _, key_b = keys.sector_keys(uid, sector)
    _run(transmit, part3.load_key(key_b))
    if part3.succeeded(transmit(part3.authenticate(sector * 4, part3.KEY_B))):
        return False
    if allow_factory:
        _run(transmit, part3.load_key(part3.FACTORY_KEY))
        if part3.succeeded(transmit(part3.authenticate(sector * 4, part3.KEY_A))):
            return True
    raise CardWriteProtected(detail={"sector": sector})


class WriteProgress:
    """How far a write got: the encoder attaches it to the error when the card leaves mid-way."""

    def __init__(self) -> None:
        self.reach = WriteReach.NOTHING

    def sending(self, valid_block: bool) -> None:
        """A write command is about to go out (a command can take effect although its answer is lost)."""
        self.reach = max(self.reach, WriteReach.WHOLE if valid_block else WriteReach.PART)


def _classic_write(
    transmit: Transmit, uid: bytes, image: bytes, keys: CardKeys, progress: WriteProgress
) -> None:
    access = keys.trailer_access_bits()
    part3.check_access_bits(access)
    data = _padded(image, 16)
    blocks = _classic_blocks(len(image))
    valid_block = blocks[-1]  # holds the MAC: written last, after every trailer
    target = keys.moving_to() or keys  # an older version's chip moves to the current keys
    for sector, sector_blocks in _sectors(blocks).items():
        rekey = True  # blank, or on an older version's keys
        if target is not keys and _try_sector(transmit, uid, sector, target):
            rekey = False  # already moved (an earlier write was interrupted after this trailer)
        else:
            blank = _open_sector(transmit, uid, sector, keys, allow_factory=True)
            rekey = blank or target is not keys
        for block in sector_blocks:
            if block != valid_block:
                offset = blocks.index(block) * 16
                progress.sending(valid_block=False)
                _run(transmit, part3.update_binary(block, data[offset : offset + 16]))
        if rekey:  # take the card over: from now on only the current keys open this sector
            key_a, key_b = target.sector_keys(uid, sector)
            progress.sending(valid_block=False)
            _run(transmit, part3.update_binary(sector * 4 + 3, key_a + access + key_b))
    # The valid block's sector is opened again with its (possibly new) key B: the card becomes
    # valid only once every trailer is in place and proved to open with the property's keys.
    _open_sector(transmit, uid, valid_block // 4, target, allow_factory=False)
    progress.sending(valid_block=True)
    _run(transmit, part3.update_binary(valid_block, data[-16:]))


def _try_sector(transmit: Transmit, uid: bytes, sector: int, keys: CardKeys) -> bool:
    """Whether the sector opens with these keys' key B (nothing is written)."""
    _, key_b = keys.sector_keys(uid, sector)
    _run(transmit, part3.load_key(key_b))
    return part3.succeeded(transmit(part3.authenticate(sector * 4, part3.KEY_B)))


def _classic_read(
    transmit: Transmit, uid: bytes, length: int, keys: CardKeys, allow_factory: bool, with_key_a: bool = False
) -> bytes:
    blocks = _classic_blocks(length)
    data = bytearray()
    for sector, sector_blocks in _sectors(blocks).items():
        if with_key_a:  # as a lock reads: key A only
            _run(transmit, part3.load_key(keys.sector_keys(uid, sector)[0]))
            if not part3.succeeded(transmit(part3.authenticate(sector * 4, part3.KEY_A))):
                raise CardWriteProtected(detail={"sector": sector})
        else:
            _open_sector(transmit, uid, sector, keys, allow_factory)
        for block in sector_blocks:
            data += _run(transmit, part3.read_binary(block, 16))
    return bytes(data[:length])


# --- NTAG21x ---------------------------------------------------------------------------------------


def _ntag_config(transmit: Transmit, card_type: CardType) -> bytes:
    """CFG0 (MIRROR, RFUI, MIRROR_PAGE, AUTH0) and CFG1 (ACCESS, RFUI x3); PWD, PACK read as 0."""
    return _run(transmit, part3.read_binary(card_type.ntag_cfg0_page, 16))


def _ntag_unlock(transmit: Transmit, uid: bytes, keys: CardKeys) -> None:
    """PWD_AUTH with this card's password; a refusal raises CardWriteProtected (nothing written)."""
    pwd, pack = keys.ntag_password(uid)
    if part3.ntag_pack(transmit(part3.ntag_pwd_auth(pwd))) != pack:
        # A wrong password is a NAK: the tag went back to IDLE and must be selected again before
        # it answers anything (a PACK that does not match: not a tag that knows our password).
        transmit(part3.NTAG_SELECT_AGAIN)
        raise CardWriteProtected(detail={"ntag": "password refused"})


def _ntag_write(
    transmit: Transmit,
    card_type: CardType,
    uid: bytes,
    image: bytes,
    keys: CardKeys | None,
    progress: WriteProgress,
) -> tuple[bytes, bool]:
    """Write the pages (PWD_AUTH first on a protected card). Returns the configuration pages as
    they were and whether the card was unlocked with `keys`."""
    config = _ntag_config(transmit, card_type)
    protected = config[3] <= card_type.ntag_cfg0_page + 3  # AUTH0 covers pages we write
    if protected:
        if keys is None:
            raise CardWriteProtected(detail={"ntag": "password protected"})
        _ntag_unlock(transmit, uid, keys)
    data = _padded(image, 4)
    for index in range(0, len(data), 4):
        # The MAC fills the last four pages: the card can be valid only once the last page is sent.
        progress.sending(valid_block=index + 4 >= len(data))
        _run(transmit, part3.update_binary(NTAG_FIRST_PAGE + index // 4, data[index : index + 4]))
    return config, protected


def _ntag_protect(
    transmit: Transmit, card_type: CardType, uid: bytes, keys: CardKeys, config: bytes, unlocked: bool
) -> None:
    """After the read-back: PWD, PACK, ACCESS, then AUTH0, which switches the protection on (a
    card pulled before it stays writable; after it, its password is already the new one). Pages
    already right are not written again."""
    target = keys.moving_to() or keys
    pwd, pack = target.ntag_password(uid)
    cfg0 = card_type.ntag_cfg0_page
    writes: list[tuple[int, bytes]] = []
    if not unlocked or target is not keys:  # the password on the chip is not known to be the target's
        writes += [(cfg0 + 2, pwd), (cfg0 + 3, pack + b"\0\0")]
    if config[4] != NTAG_ACCESS:
        writes.append((cfg0 + 1, bytes([NTAG_ACCESS]) + config[5:8]))
    if config[3] != NTAG_AUTH0:
        writes.append((cfg0, config[0:3] + bytes([NTAG_AUTH0])))
    for page, data in writes:
        _run(transmit, part3.update_binary(page, data))
    if writes:
        after = _ntag_config(transmit, card_type)
        if after[3] != NTAG_AUTH0 or after[4] != NTAG_ACCESS:
            raise CardVerifyFailed(detail={"ntag": "protection not set"})


def _ntag_read(transmit: Transmit, length: int) -> bytes:
    data = bytearray()
    page = NTAG_FIRST_PAGE
    while len(data) < length:  # READ gives four pages at a time
        data += _run(transmit, part3.read_binary(page, 16))
        page += 4
    return bytes(data[:length])


# --- Both ------------------------------------------------------------------------------------------


def write_image(
    transmit: Transmit,
    card_type: CardType,
    uid: bytes,
    image: bytes,
    keys: CardKeys | None,
    progress: WriteProgress | None = None,
) -> None:
    """Write the image (the MAC block last), then read it back with the property's keys and compare;
    an NTAG is then write-protected with its password. `progress` learns how far the write got,
    for the error when it fails."""
    progress = progress or WriteProgress()
    if card_type.is_classic:
        if keys is None:
            raise CardKeysRequired()
        _classic_write(transmit, uid, image, keys, progress)
        # Reading back with key B only proves both the data and the new sector trailers.
        written = _classic_read(transmit, uid, len(image), keys.moving_to() or keys, allow_factory=False)
        if written != image:
            raise CardVerifyFailed()
        return
    config, unlocked = _ntag_write(transmit, card_type, uid, image, keys, progress)
    if _ntag_read(transmit, len(image)) != image:
        raise CardVerifyFailed()
    if keys is not None:
        _ntag_protect(transmit, card_type, uid, keys, config, unlocked)


def read_image(
    transmit: Transmit,
    card_type: CardType,
    uid: bytes,
    length: int,
    keys: CardKeys | None,
    with_key_a: bool = False,
) -> bytes:
    """The first `length` bytes of the card image (a blank Classic card reads with the factory key;
    `with_key_a`: Classic sectors opened with key A only)."""
    if card_type.is_classic:
        if keys is None:
            raise CardKeysRequired()
        return _classic_read(transmit, uid, length, keys, allow_factory=not with_key_a, with_key_a=with_key_a)
    return _ntag_read(transmit, length)
