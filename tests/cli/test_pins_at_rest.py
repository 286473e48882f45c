"""PINs at rest: the database holds PIN values only encrypted, with a key in the OS keyring; the
desk still shows them, and a copy of the database file does not hand them out."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text

from tests.helpers import Cli


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("db_url" if request.param == "sqlite" else "postgres_url"))


@pytest.fixture
def cli(url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, secret_service) -> Cli:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")
    c = Cli(url, capsys)
    c.ok("demo", "--empty")
    return c


def check_in_with_pins(cli: Cli, guests: int = 5) -> set[str]:
    pins: set[str] = set()
    for n in range(guests):
        stay = cli.ok(
            "reservations", "check-in", "--guest", f"Guest {n}", "--entrance", f"room-10{n + 1}",
            "--entrance", "front-door-keypad", "--method", "card", "--method", "pin",
            "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
        )  # fmt: skip
        pins |= {p["code"] for p in stay["pin_codes"]}
    return pins


def _id_or_time(value: object) -> bool:
    """A timestamp, or one word holding a random id (hex, a UUID, `grant_…`, `frontdesk_linked_…`)."""
    if isinstance(value, datetime):
        return True
    text_value = str(value)
    try:
        datetime.fromisoformat(text_value)  # SQLite hands timestamps back as text
        return True
    except ValueError:
        pass
    # At least one letter: a value of digits alone (a PIN of eight) is never taken for an id.
    return re.fullmatch(r"(?=.*[a-z])[\w-]*[0-9a-f]{8,}[\w-]*", text_value) is not None


def raw_rows(url: str) -> Iterator[dict[str, object]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            yield from (dict(r) for r in conn.execute(text("SELECT * FROM access_codes")).mappings())
    finally:
        engine.dispose()


def test_the_rows_hold_no_pin_and_the_desk_still_shows_them(cli: Cli, url: str) -> None:
    pins = check_in_with_pins(cli)
    assert len(pins) == 5
    rows = list(raw_rows(url))
    assert rows
    for row in rows:
        stored = str(row["code"])
        assert stored.startswith("pin1:")
        sealed = base64.b64decode(stored.removeprefix("pin1:") + "==")  # random nonce + ciphertext
        # A PIN kept in clear elsewhere would be a whole run of digits in some text. Timestamps and
        # random ids are no such place: a digit run inside one (a hex id's "9802") is chance, which
        # made this test fail now and then (once in the 3 December CI run).
        elsewhere = {
            run
            for name, value in row.items()
            if name != "code" and not _id_or_time(value)
            for run in re.findall(r"\d+", str(value))
        }
        for pin in pins:
            assert pin not in elsewhere
            assert pin.encode() not in sealed
    shown = {c["code"] for c in cli.ok("codes", "list")}
    assert pins <= shown


def test_a_copy_of_the_database_without_the_key_gives_out_no_pin(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    secret_service,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")
    cli = Cli(db_url, capsys)
    cli.ok("demo", "--empty")
    pins = check_in_with_pins(cli, 2)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        key_id = conn.execute(text("SELECT value FROM settings WHERE key = 'pin_key.id'")).scalar_one()
    engine.dispose()
    # Another computer with a copy of the file: its keyring has never held this database's PIN key.
    secret_service.delete_password("frontdesk", f"pin-key:{key_id}")
    error = cli.fails("codes", "list")
    assert error["title"] == "This computer does not hold the key that protects the PIN codes."
    assert not any(pin in str(error) for pin in pins)


def test_a_pin_that_did_not_change_keeps_its_stored_value_through_sync(cli: Cli, url: str) -> None:
    # Sending the codes rewrites their rows (state, provider ids) but not their PINs: the stored
    # values stay as they were (no new encryption for an unchanged PIN), and still open to the same PINs.
    pins = check_in_with_pins(cli, 3)
    before = {str(r["local_id"]): (str(r["code"]), r["sync_state"]) for r in raw_rows(url)}
    cli.ok("sync", "run")
    after = {str(r["local_id"]): (str(r["code"]), r["sync_state"]) for r in raw_rows(url)}
    assert after.keys() == before.keys()
    assert all(after[k][1] != before[k][1] for k in before)  # the rows were written...
    assert all(after[k][0] == before[k][0] for k in before)  # ...their PIN values were not
    assert pins <= {c["code"] for c in cli.ok("codes", "list")}
