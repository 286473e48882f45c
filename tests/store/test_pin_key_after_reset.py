"""A database emptied and made anew in a running desk (`demo --reset`) names a new PIN key with its
first PIN: the desk does not go on sealing PINs with the old database's key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from frontdesk.services.bootstrap import bootstrap
from frontdesk.store import migrate


def key_id(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT value FROM settings WHERE key = 'pin_key.id'")).scalar()
    finally:
        engine.dispose()


async def test_after_a_reset_the_new_pins_open_on_another_desk(tmp_path: Path, secret_service) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path}/desk.db"
    start = datetime.now(UTC) + timedelta(days=1)
    app = bootstrap(url, workstation="desk")
    await app.setup.create_demo()
    for name in ("before", "also before"):  # the second one finds the key the first one named
        await app.codes.create("room-101", name=name, starts_at=start, ends_at=start + timedelta(days=1))
    first = key_id(url)
    await app.runner.run(lambda: migrate.reset(app.engines))
    await app.setup.create_demo()
    await app.codes.create("room-101", name="after", starts_at=start, ends_at=start + timedelta(days=1))
    app.close()
    assert key_id(url) not in (None, first)
    other = bootstrap(url, workstation="other")  # another desk on the same database
    try:
        shown = await other.codes.list("room-101")
        assert [c.name for c in shown] == ["after"] and shown[0].code
    finally:
        other.close()
