"""Migrations from empty, and the desk's operations on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3

import pytest

from frontdesk.domain.commands import CheckIn, CreateGrant, MoveRoom
from frontdesk.domain.errors import JoinerEntranceSetConflict, Unavailable
from frontdesk.services.bootstrap import bootstrap
from tests.helpers import at


async def test_sqlite_file_is_created_migrated_and_in_wal_mode(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = bootstrap(db_url)
    app.close()
    app = bootstrap(db_url)  # a second start migrates nothing and keeps the data
    app.close()
    con = sqlite3.connect(tmp_path / "frontdesk.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"properties", "entrances", "access_grants", "reservations", "audit_log", "cards"} <= tables
    assert con.execute("select version_num from alembic_version").fetchone()[0]


async def test_a_database_that_cannot_be_opened_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "blocked").write_text("a file where a folder should be")
    with pytest.raises(Unavailable) as caught:
        bootstrap(f"sqlite:///{tmp_path / 'blocked' / 'x.db'}")
    assert caught.value.title == "The database cannot be opened."


@pytest.mark.postgres
async def test_desk_operations_on_postgres(postgres_url: str, clock) -> None:  # type: ignore[no-untyped-def]
    app = bootstrap(postgres_url, clock=clock)
    try:
        assert (await app.setup.create_demo()).created
        a = await app.desk.check_in(CheckIn(("Ann", "Tom"), ("room-101", "lobby"), at(17, 15), at(19, 11)))
        b = await app.desk.check_in(CheckIn(("Bob",), ("room-102",), at(17, 15), at(19, 11)))
        with pytest.raises(JoinerEntranceSetConflict):
            await app.desk.create_grant(
                CreateGrant(
                    "Cy", ("room-101", "room-102"), at(17, 15), at(19, 11), reservation_key=a.reservation_key
                )
            )
        moved = await app.desk.move_room(MoveRoom(a.reservation_key, ("room-102",), override_live=True))
        assert [r.reservation_key for r in moved.reservations_overridden] == [b.reservation_key]
        view = await app.queries.reservation(a.reservation_key)
        assert view.entrance_ids == ("room-102",)
        assert view.grants[0].starts_at.isoformat() == "2026-11-17T15:00:00-08:00"
        assert (await app.setup.create_demo()).created is False
    finally:
        app.close()
