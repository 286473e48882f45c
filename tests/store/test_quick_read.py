"""The quick first read of Today (store/quick_read.py, services/stays/today.py): the same lists as
the full read, and no answer at all whenever it cannot be sure (the desk then starts the normal way)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from frontdesk.domain.commands import CardsAtCheckOut, CheckOut
from frontdesk.domain.operators import Role
from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.property.demo_day import create_day
from frontdesk.services.stays.today import quick_today
from tests.conftest import NOW
from tests.operator_fixtures import NAMES, PASSWORDS


def _file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


async def test_the_quick_read_lists_the_same_today_as_the_full_read(app: Any, db_url: str) -> None:
    await create_day(app)  # the demo's day: arrivals, guests in house, departures, a staff card
    first = (await app.queries.today()).in_house[0].reservation_key
    await app.desk.check_out(CheckOut(first, CardsAtCheckOut.COLLECTED))  # ended early: on neither list
    full = await app.queries.today()
    assert full.arrivals and full.in_house and full.departures

    quick = quick_today(db_url, NOW)

    assert quick is not None
    assert quick.today == full  # every row, in the same order, with the same names, rooms and times
    assert first not in {r.reservation_key for r in quick.today.in_house}
    info = await app.queries.property_info()
    assert (quick.property_name, quick.time_zone) == (info.name, info.time_zone)


async def test_no_quick_read_while_migrations_are_pending(app: Any, db_url: str) -> None:
    with sqlite3.connect(_file(db_url)) as conn:  # as a database one version behind would be
        conn.execute("UPDATE alembic_version SET version_num = '0005_operators'")
    assert quick_today(db_url, NOW) is None


async def test_no_quick_read_when_operators_must_sign_in_first(app: Any, db_url: str) -> None:
    assert quick_today(db_url, NOW) is not None
    await app.operators.create(NAMES[Role.ADMIN], Role.ADMIN, PASSWORDS[Role.ADMIN])
    assert quick_today(db_url, NOW) is None  # the sign-in screen comes before any guest's name


async def test_no_quick_read_of_a_file_not_made_yet(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert quick_today(url, NOW) is None
    assert not (tmp_path / "new.db").exists()  # the quick read never creates the database


async def test_no_quick_read_on_postgresql(postgres_url: str) -> None:
    application = bootstrap(postgres_url, workstation="test-desk")
    try:
        await application.setup.create_demo()
        assert (await application.queries.today()) is not None
        assert quick_today(postgres_url, NOW) is None
    finally:
        await application.aclose()
