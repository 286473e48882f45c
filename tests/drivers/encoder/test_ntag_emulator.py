"""The emulated NTAG213 follows the data sheet's password protection, so the drivers' tests through
it are real: AUTH0, PWD_AUTH and PACK, the NAK that sends the tag to IDLE, PROT, CFGLCK, AUTHLIM."""

from __future__ import annotations

from tests.cardemu.cards import new_card
from tests.cardemu.ntag import Ntag

OK, FAILED = b"\x90\x00", b"\x63\x00"
PWD, PACK = bytes.fromhex("11223344"), bytes.fromhex("abcd")


def _write(tag: Ntag, page: int, data: bytes = b"\x01\x02\x03\x04") -> bytes:
    return tag.answer(bytes([0xFF, 0xD6, 0x00, page, 4]) + data)


def _read(tag: Ntag, page: int) -> bytes:
    return tag.answer(bytes([0xFF, 0xB0, 0x00, page, 16]))


def _auth(tag: Ntag, pwd: bytes) -> bytes:
    return tag.answer(bytes.fromhex("ff00000007d4421b") + pwd)


def _select(tag: Ntag) -> bytes:
    return tag.answer(bytes.fromhex("ff00000004d44a0100"))


def _protected(access: int = 0) -> Ntag:
    tag = new_card("ntag213")
    assert isinstance(tag, Ntag)
    tag.password_protect(PWD, PACK, auth0=4, access=access)
    return tag


def test_pages_from_auth0_take_writes_only_after_pwd_auth_and_pack_comes_back() -> None:
    tag = _protected()
    assert _write(tag, 3, b"\x00\x00\x00\x00") == OK  # below AUTH0 (the OTP container: ORed in)
    assert _write(tag, 4) == FAILED
    assert _read(tag, 0) == FAILED  # the NAK sent the tag to IDLE: nothing answers
    assert _select(tag)[-2:] == OK
    assert _read(tag, 4)[-2:] == OK  # PROT 0: reads stay open
    assert _auth(tag, PWD) == b"\xd5\x43\x00" + PACK + OK
    assert _write(tag, 4) == OK and _write(tag, 0x2B, b"\x55\x66\x77\x88") == OK
    assert _read(tag, 0x29)[8:16] == bytes(8)  # PWD and PACK read as zeros
    tag.power_cycle()  # out of the field: the authentication is gone
    assert _write(tag, 5) == FAILED


def test_a_wrong_password_is_a_nak_and_authlim_locks_for_ever() -> None:
    tag = _protected(access=0x02)  # AUTHLIM 2
    assert _auth(tag, b"\0\0\0\0") == b"\xd5\x43\x01" + OK
    assert _auth(tag, PWD) == FAILED  # halted until selected again
    _select(tag)
    assert _auth(tag, PWD)[:3] == b"\xd5\x43\x00"  # a good try resets the count
    for _ in range(2):
        _select(tag)
        _auth(tag, b"\0\0\0\0")
    _select(tag)
    assert _auth(tag, PWD) == b"\xd5\x43\x01" + OK  # the limit is reached: never again
    assert tag.auth_failures == 2


def test_prot_guards_reads_and_cfglck_freezes_the_configuration() -> None:
    tag = _protected(access=0x80)  # PROT: read protection too
    assert _read(tag, 4) == FAILED
    _select(tag)
    assert _read(tag, 0)[-2:] == OK  # pages 0..3 below AUTH0
    _auth(tag, PWD)
    assert _read(tag, 4)[-2:] == OK
    locked = _protected(access=0x40)
    _auth(locked, PWD)
    assert _write(locked, 0x29, b"\x04\x00\x00\xff") == FAILED  # CFG0 for ever
    assert _write(locked, 0x2B) == OK  # PWD itself is not part of CFG0/CFG1
