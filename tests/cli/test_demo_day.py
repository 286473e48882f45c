"""`frontdesk demo`: the demo property comes with a believable day; `demo --reset` puts it back.

Through the command line on a real SQLite file, with the real Secret Service keyring (the card
secret lives there) and the simulated encoder and provider keeping their state in files, as the
quick start runs them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.clock import FixedClock
from tests.conftest import NOW
from tests.helpers import Cli


@pytest.fixture
def cli(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("FRONTDESK_SIMULATED_CARDS", str(tmp_path / "cards.json"))
    monkeypatch.setenv("FRONTDESK_SIMULATED_PROVIDER_STATE", str(tmp_path / "provider.json"))
    return Cli(db_url, capsys)


def day_of(url: str) -> dict[str, Any]:
    """What the desk's screens read, straight from the services."""

    async def read() -> dict[str, Any]:
        # The command line runs on the tests' fixed clock (tests/cli/conftest.py): read on it too.
        app = bootstrap(url, workstation="test-desk", clock=FixedClock(NOW))
        try:
            return {
                "today": await app.queries.today(),
                "rack": await app.queries.room_rack(),
                "cards": await app.cards.cards(),
                "codes": await app.codes.list(),
                "grants": await app.queries.grants(),
            }
        finally:
            await app.aclose()

    return asyncio.run(read())


def test_the_demo_day_has_something_on_every_screen(cli: Cli, db_url: str, secret_service: Any) -> None:
    made = cli.ok("demo")
    assert made["created"] is True
    assert made["day"]["skipped"] == []
    day = day_of(db_url)
    today = day["today"]
    assert len(today.arrivals) >= 3
    assert len(today.in_house) >= 6
    assert len(today.departures) >= 2
    guests = {name for stay in today.in_house for name in stay.guest_names}
    assert {"Marta Silva", "王芳", "佐藤 花子", "김민준", "ليلى حداد"} <= guests
    assert any("דוד כהן" in s.guest_names for s in today.departures)

    status = {c.status for c in day["cards"]}
    assert status == {"issued", "needs_reencode"}, status
    assert any(c.status == "needs_reencode" and c.reencode_reason for c in day["cards"])
    assert any(c.kind == "staff" and c.status == "issued" for c in day["cards"]), "a staff card"
    assert any(r.cards_to_reencode for r in day["rack"])
    assert any(r.state == "override_pending" for r in day["rack"])

    marta = [c for c in day["codes"] if c.name == "Marta Silva"]
    assert marta, "Marta has PINs on the keypads"
    assert any(c.errors for c in marta), "one of her PINs failed on the lock"
    assert any(r.pin_problems for r in day["rack"])

    # The keyboard guide's examples: Room 204 and Room 110 are free to check in and move to.
    free = {r.name for r in day["rack"] if r.state == "free"}
    assert {"Room 204", "Room 110"} <= free

    assert cli.ok("demo") == {"created": False, "property_id": "harbor-view", "name": "Harbor View Hotel"}


@pytest.mark.parametrize("hour,minute", [(13, 0), (23, 50)])
def test_the_demo_day_can_be_made_at_any_hour(  # type: ignore[no-untyped-def]
    hour: int, minute: int, cli: Cli, db_url: str, secret_service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After 11:00 the day's departures are still due (not over, which the desk refuses to make)."""
    from datetime import datetime
    from functools import partial

    from frontdesk.cli import context
    from tests.helpers import HOTEL

    when = datetime(2026, 11, 17, hour, minute, tzinfo=HOTEL)
    monkeypatch.setattr(context, "bootstrap", partial(bootstrap, clock=FixedClock(when)))
    made = cli.ok("demo")
    assert made["created"] is True and made["day"]["skipped"] == []
    app = bootstrap(db_url, workstation="test-desk", clock=FixedClock(when))
    try:
        today = asyncio.run(app.queries.today())
    finally:
        app.close()
    assert len(today.departures) >= 3 and len(today.arrivals) >= 3


def test_demo_reset_puts_the_day_back(cli: Cli, db_url: str, secret_service: Any) -> None:
    cli.ok("demo")
    before = day_of(db_url)
    stay = before["today"].in_house[0].reservation_key
    cli.ok("reservations", "check-out", stay, "--revoke-cards")  # the demo's stays have cards
    cli.ok("reservations", "check-in", "--guest", "Extra Guest", "--entrance", "room-204",
           "--starts-at", "2026-12-01T15:00", "--ends-at", "2026-12-02T11:00")  # fmt: skip

    again = cli.ok("demo", "--reset")
    assert again["created"] is True and again["day"]["skipped"] == []
    after = day_of(db_url)
    names = lambda d: sorted(n for g in d["grants"] for n in [g.user_name])  # noqa: E731
    assert names(after) == names(before)
    assert "Extra Guest" not in names(after)
    assert len(after["today"].in_house) == len(before["today"].in_house)
    # Yesterday's virtual codes are gone from the simulated locks: each of Marta's doors holds one
    # PIN of hers, not the old one as well.
    marta = [c for c in after["codes"] if c.name == "Marta Silva"]
    assert len(marta) == len({c.device_id for c in marta})


def test_reset_refuses_a_database_of_another_property(cli: Cli, db_url: str) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from frontdesk.services.property.demo import harbor_view
    from frontdesk.store.setup import create_property
    from frontdesk.store.unit_of_work import UnitOfWork

    app = bootstrap(db_url, workstation="test-desk")
    try:
        with UnitOfWork(app.engines, workstation="test-desk", clock=app.clock) as uow:
            spec = replace(harbor_view(), property_id="seaside-inn", name="Seaside Inn")
            create_property(uow.session, spec, datetime.now(UTC))
            uow.commit()
    finally:
        app.close()
    error = cli.fails("demo", "--reset")
    assert error["status"] == 409
    assert error["title"] == "This database holds another property."
    assert "Seaside Inn" in error["hint"]
    assert cli.ok("property", "show")["name"] == "Seaside Inn"  # nothing was emptied


def test_without_a_keyring_the_day_is_made_and_the_cards_are_left_out(cli: Cli, db_url: str) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        made = cli.ok("demo")
    finally:
        keyring.set_keyring(previous)
    assert made["day"]["cards"] == 0 and made["day"]["staff_cards"] == 0
    assert made["day"]["skipped"] and "No secure keyring" in made["day"]["skipped"][0]
    day = day_of(db_url)
    assert day["today"].in_house and day["today"].arrivals and day["today"].departures
    assert day["cards"] == []
