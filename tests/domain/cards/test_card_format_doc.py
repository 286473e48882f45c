"""docs/card-format.md is enough to build a lock from: its example vector, recomputed here from
the doc's own words with nothing but AES-CMAC (no FrontDesk code), and checked against the code."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import algorithms

from frontdesk.domain.cards import (
    CardKind,
    CardPayload,
    PropertyKeys,
    PropertySecret,
    classic_sector_keys,
    decode_card,
    encode_card,
    ntag_password,
)
from frontdesk.domain.cards.keys import CLASSIC_HEADER_KEY_A, KeyJob

DOC = (Path(__file__).resolve().parents[3] / "docs" / "card-format.md").read_text()


def _vector() -> dict[str, str]:
    block = DOC.split("**Example vector**", 1)[1].split("## ", 1)[0]
    values: dict[str, str] = {}
    last = ""
    for line in block.splitlines():
        if not line.startswith("    "):
            continue
        match = re.match(r"    (\S.*?)\s{2,}([0-9a-f ]+?)(?:\s{2,}(.*))?$", line)
        if match:
            last = match.group(1)
            values[last] = match.group(2).replace(" ", "")
            rest = match.group(3)
            if rest:  # "key version 01", "PACK 0447", "key B 024bec51ed92"
                name, value = rest.rsplit(" ", 1)
                values[name] = value
        elif last == "image" and re.fullmatch(r"\s+[0-9a-f]+", line):
            values["image"] += line.strip()
    return values


def _cmac(key: bytes, message: bytes) -> bytes:
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(message)
    return mac.finalize()


def _master(secret: bytes, label: str, prop: bytes, version: bytes) -> bytes:
    # "the counter byte 01, the label, a 00 byte, the context ..., the output length 0080"
    return _cmac(secret, b"\x01" + label.encode("ascii") + b"\x00" + prop + version + b"\x00\x80")


def _card_key(master: bytes, prop: bytes, uid: bytes, sector: bytes = b"") -> bytes:
    # "01, FD, the property number, the UID's length, the UID padded with 00 to 10, [sector byte]"
    return _cmac(master, b"\x01FD" + prop + bytes([len(uid)]) + uid.ljust(10, b"\x00") + sector)


def test_the_documented_example_vector_follows_from_the_documented_steps() -> None:
    v = _vector()
    secret, prop, version = (
        bytes.fromhex(v["secret"]),
        bytes.fromhex(v["property number"]),
        bytes.fromhex(v["key version"]),
    )
    uid = bytes.fromhex(v["UID"])
    labels = {  # the labels as the doc's table spells them
        name: re.search(rf"\| {name} [^|]*\| `([^`]+)` \|", DOC).group(1)  # type: ignore[union-attr]
        for name in ("card MAC", "NTAG password", "Classic key A", "Classic key B")
    }
    mac_master = _master(secret, labels["card MAC"], prop, version)
    assert mac_master.hex() == v["card MAC master"]
    mac_key = _card_key(mac_master, prop, uid)
    assert mac_key.hex() == v["card MAC key"]
    ntag_master = _master(secret, labels["NTAG password"], prop, version)
    assert ntag_master.hex() == v["NTAG master"]
    ntag_key = _card_key(ntag_master, prop, uid)
    assert (ntag_key[:4].hex(), ntag_key[4:6].hex()) == (v["NTAG PWD"], v["PACK"])
    a_master = _master(secret, labels["Classic key A"], prop, version)
    b_master = _master(secret, labels["Classic key B"], prop, version)
    assert (a_master.hex(), b_master.hex()) == (v["Classic A master"], v["Classic B master"])
    assert _card_key(a_master, prop, uid, b"\x02")[:6].hex() == v["sector 2 key A"]
    assert _card_key(b_master, prop, uid, b"\x02")[:6].hex() == v["key B"]
    # The MAC: bytes 0..127, then the UID's length and the UID itself, unpadded.
    image = bytes.fromhex(v["image"])
    assert len(image) == 144
    assert _cmac(mac_key, image[:128] + bytes([len(uid)]) + uid) == image[128:]
    # The published header key is what the doc says it is.
    published = re.search(r"published header key `([0-9A-F]{12})`", DOC).group(1)  # type: ignore[union-attr]
    assert bytes.fromhex(published) == hashlib.sha256(b"FrontDesk v1 Classic header key A").digest()[:6]

    # The code agrees with every number.
    keys = PropertyKeys.from_secret(PropertySecret(secret), int.from_bytes(prop, "big"), version[0])
    payload = CardPayload(
        CardKind.GUEST, int.from_bytes(prop, "big"), (101,), 0, 7, 42, 3_600_000, 3_604_320, (40, 41)
    )
    assert encode_card(payload, uid, keys) == image
    assert decode_card(image, uid, keys).serial == 42
    assert ntag_password(keys, uid) == (ntag_key[:4], ntag_key[4:6])
    assert classic_sector_keys(keys, uid, 2) == (
        bytes.fromhex(v["sector 2 key A"]),
        bytes.fromhex(v["key B"]),
    )
    assert classic_sector_keys(keys, uid, 1)[0] == CLASSIC_HEADER_KEY_A == bytes.fromhex(published)
    assert keys.card_key(KeyJob.CARD_MAC, uid) == mac_key
