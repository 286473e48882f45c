"""Bring a database to the newest schema with Alembic, from empty or from any older version.

The desk checks its migrations at every start. When the database is current (nearly always) that
check is one query of the alembic_version row against the newest revision read from the version
files' text: Alembic itself (its script directory, environment and operations, about a tenth of a
second to import and load) is used only when there is something to migrate.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import MetaData, text

from frontdesk.store.engine import Engines
from frontdesk.store.migration_head import script_head as script_head  # the check, re-exported
from frontdesk.store.pin_cipher import forget_known_pin_key_ids

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("frontdesk.store") / "migrations"))
    return cfg


def database_revision(engines: Engines) -> str | None:
    """The revision the database is at; None when it has no alembic_version table (a new database)."""
    with engines.read.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except Exception:  # no such table: not migrated yet; Alembic will create it
            return None
    return rows[0] if len(rows) == 1 else None


# Any constant works; every desk process uses the same one so that only one migrates at a time.
_PG_MIGRATION_LOCK = 0x46444D47


def upgrade(engines: Engines) -> None:
    """Migrate to head, one desk at a time: several desks switched on together on a new database
    would otherwise all try to create the same tables, and all but one would fail.

    The migration runs in one write transaction that first takes a lock (BEGIN IMMEDIATE on
    SQLite, a transaction-scoped advisory lock on PostgreSQL); a desk that waited for it then finds
    the database current and does nothing."""
    head = script_head()
    if head is not None and database_revision(engines) == head:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engines.write.begin() as conn:
        if not engines.is_sqlite:  # SQLite's BEGIN IMMEDIATE (store/engine.py) already holds the lock
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def reset(engines: Engines) -> None:
    """Drop every table (the desk's and Alembic's), then migrate from empty: `frontdesk demo --reset`."""
    with engines.write.begin() as conn:
        existing = MetaData()
        existing.reflect(conn)
        existing.drop_all(conn)
    forget_known_pin_key_ids()  # the settings row naming the PIN key is gone with the tables
    upgrade(engines)
