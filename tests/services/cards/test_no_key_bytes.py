"""After 1,000 encodes (and a few through pcscd), no key byte is in the database, its WAL or the logs.

Looks for the property secret of every key version, every job master key and every per-card key of
every card encoded (MAC key, NTAG password, Classic sector keys), as raw bytes and as hex.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring

from frontdesk.domain.cards import KeyJob, PropertyKeys, PropertySecret, classic_sector_keys
from frontdesk.domain.commands import CheckIn, GrantStaffAccess
from frontdesk.services.cards.encoder import CardType
from frontdesk.services.cards.keys import KEYRING_SERVICE, secret_name
from frontdesk.services.drivers import ENCODERS, create_driver
from frontdesk.services.logs import log_path
from frontdesk.store.card_repository import CardProperty
from tests.helpers import at
from tests.services.cards.conftest import READER, Prompter

ENCODES = 1000
HEX_RUN = re.compile(rb"[0-9a-f]{12,}")


def _needles(prop: CardProperty, versions: list[int], cards: list[dict[str, Any]]) -> set[bytes]:
    """Every secret and key as raw bytes (hex forms are looked for separately)."""
    found: set[bytes] = set()
    ring: dict[int, PropertyKeys] = {}
    for version in versions:
        text = keyring.get_password(KEYRING_SERVICE, secret_name(prop, version))
        assert text is not None
        secret = PropertySecret.from_hex(text)
        found.add(secret.value)
        ring[version] = PropertyKeys.from_secret(secret, prop.property_number, version)
        found.update(ring[version].masters.values())
    for card in cards:
        keys, uid = ring[card.key_version], bytes.fromhex(card.uid)
        found.add(keys.card_key(KeyJob.CARD_MAC, uid))
        found.add(keys.card_key(KeyJob.NTAG_PASSWORD, uid))
        for sector in range(4):
            found.update(classic_sector_keys(keys, uid, sector))
            found.add(keys.card_key(KeyJob.CLASSIC_READ, uid, sector))
            found.add(keys.card_key(KeyJob.CLASSIC_WRITE, uid, sector))
    return found


def _leaks(data: bytes, needles: set[bytes]) -> list[str]:
    """Needles found in `data` as raw bytes, or as hex in either case."""
    leaks = []
    by_length: dict[int, set[bytes]] = {}
    for needle in needles:
        by_length.setdefault(len(needle), set()).add(needle)
    for length, wanted in by_length.items():
        view = memoryview(data)
        if any(bytes(view[i : i + length]) in wanted for i in range(len(data) - length + 1)):
            leaks.append(f"raw {length}-byte key")
    hex_needles = {n.hex().encode() for n in needles}
    lengths = {len(h) for h in hex_needles}
    for run in HEX_RUN.finditer(data.lower()):
        text = run.group()
        for length in lengths:
            if any(text[i : i + length] in hex_needles for i in range(len(text) - length + 1)):
                leaks.append(f"hex key at offset {run.start()}")
    return leaks


def _files(db_file: Path) -> list[Path]:
    folder = db_file.parent
    return [
        p
        for p in (folder / n for n in (db_file.name, f"{db_file.name}-wal", f"{db_file.name}-shm"))
        if p.exists()
    ]


async def test_no_key_bytes_in_database_wal_or_logs_after_1000_encodes(
    app: Any, secret_service: Any, card_emulator: Any, tmp_path: Path
) -> None:
    log_path().parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_path().parent / "cards-test.log")
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    simulated = create_driver(ENCODERS, "simulated")
    app.cards.use_encoder(simulated)
    grants = []
    for n, room in enumerate(("room-101", "room-102", "room-103", "room-104")):
        stay = await app.desk.check_in(CheckIn((f"Guest {n}",), (room, "lobby"), at(17, 15), at(20, 11)))
        grants.append(stay.grants_created[0].access_grant_id)
    staff = await app.desk.grant_staff_access(
        # the demo's maintenance group is every door: a second look, forced (domain/second_look.py)
        GrantStaffAccess("Maria", at(17, 8), at(30, 17), ("maintenance",), force=True)
    )
    grants.append(staff.grants_created[0].access_grant_id)
    try:
        for n in range(ENCODES):
            if n == ENCODES // 2:
                await app.cards.rotate_key(timedelta(days=7), force=True)
            simulated.place_card(CardType.MIFARE_CLASSIC_1K if n % 2 else CardType.NTAG213)
            await app.cards.encode(grants[n % len(grants)], Prompter(), timeout=1)
        await app.cards.close()
        for kind in ("classic1k", "ntag213"):
            emulator = card_emulator(kind, reader=READER)
            app.cards.use_encoder(create_driver(ENCODERS, "pcsc"))
            await app.cards.encode(grants[0], Prompter(), reader=READER, timeout=5)
            await app.cards.read(reader=READER, timeout=5)
            await app.doors.tap("room-101", reader=READER, at=at(17, 16), timeout=5)
            await app.cards.close()
            emulator.stop()
        cards = await app.cards.cards(limit=10 * ENCODES)
        # The staff cards made before the rotation end after its window: flagged for re-encoding.
        assert len([c for c in cards if c.status in ("issued", "returned", "needs_reencode")]) == ENCODES + 2

        prop: CardProperty = await app.tx.read(lambda uow, now: uow.cards.property())
        needles = _needles(prop, [1, 2], cards)
        assert len(needles) > 10 * ENCODES
        db_file = Path(app.engines.write.url.database)
        scanned = _files(db_file) + sorted(p for p in log_path().parent.rglob("*") if p.is_file())
        assert any(p.name.endswith("-wal") for p in scanned) and any(p.suffix == ".log" for p in scanned)
        for path in scanned:
            assert _leaks(path.read_bytes(), needles) == [], path
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        logging.getLogger().setLevel(logging.WARNING)
    app.close()
    for path in _files(db_file):
        assert _leaks(path.read_bytes(), needles) == [], path
