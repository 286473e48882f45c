"""A full disk under SQLite (SQLITE_FULL, here forced with PRAGMA max_page_count on a real file) is an
error with a title and a hint, status 503, and the transaction is rolled back: nothing half-written."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from frontdesk.domain.commands import CheckIn
from frontdesk.domain.errors import FrontDeskError
from tests.conftest import NOW
from tests.helpers import Cli, at


def _fill_disk(engine: Any) -> None:
    """Every new connection may not grow the file by a single page."""

    @event.listens_for(engine, "connect")
    def _no_room(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    engine.dispose()


async def test_a_full_disk_is_a_clear_error_and_nothing_is_kept(app) -> None:  # type: ignore[no-untyped-def]
    before = await app.queries.grants(include_ended=True)
    audit = await app.queries.audit(limit=1000)
    _fill_disk(app.engines.write)
    names = tuple(f"Guest {n} " + "x" * 150 for n in range(300))  # more than the free pages hold
    with pytest.raises(FrontDeskError) as caught:
        await app.desk.check_in(CheckIn(names, ("room-101",), at(17, 15), at(19, 11)))
    assert caught.value.status == 503
    assert caught.value.title == "The disk holding the database is full."
    assert "Nothing was changed" in caught.value.hint
    assert await app.queries.grants(include_ended=True) == before
    assert await app.queries.audit(limit=1000) == audit


def test_a_full_disk_at_the_command_line_while_another_desk_holds_the_database(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from functools import partial

    from frontdesk.cli import context
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.clock import FixedClock

    cli = Cli(db_url, capsys)
    cli.ok("demo", "--empty")
    other_desk = bootstrap(db_url, clock=FixedClock(NOW))  # another process's connection stays open
    with other_desk.engines.read.connect() as held:
        held.exec_driver_sql("SELECT count(*) FROM access_grants").fetchall()

        def full_bootstrap(*args: Any, **kwargs: Any) -> Any:
            app = bootstrap(*args, clock=FixedClock(NOW), **kwargs)
            _fill_disk(app.engines.write)
            return app

        monkeypatch.setattr(context, "bootstrap", full_bootstrap)
        guests = [arg for n in range(300) for arg in ("--guest", f"Guest {n} " + "x" * 150)]
        error = cli.fails("reservations", "check-in", *guests, "--entrance", "room-101",
                          "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00")  # fmt: skip
        assert (error["status"], error["title"]) == (503, "The disk holding the database is full.")
    monkeypatch.setattr(context, "bootstrap", partial(bootstrap, clock=FixedClock(NOW)))
    assert cli.ok("grants", "list", "--all") == []
    other_desk.close()


def test_a_database_held_too_long_by_another_desk_is_busy_not_unexpected() -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from frontdesk.store.errors import translate

    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    busy = translate(locked)
    assert busy is not None and (busy.status, busy.title) == (503, "The database is busy.")
    full = translate(OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")))
    assert full is not None and full.title == "The disk holding the database is full."
    assert translate(OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))) is None
    assert translate(ValueError("x")) is None
