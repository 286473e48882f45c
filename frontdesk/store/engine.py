"""Engines for SQLite (one desk) and PostgreSQL (several desks), built once at bootstrap.

SQLite needs care to be safe between processes: pysqlite does not open a transaction before a
SELECT, so a read-modify-write in two processes silently loses one of the writes. We take the
driver's own transaction handling away (`isolation_level=None`) and open every write transaction
with BEGIN IMMEDIATE, which takes SQLite's write lock up front; other writers wait (busy_timeout)
instead of failing or overwriting. Reads use a plain deferred BEGIN and see a consistent snapshot
thanks to WAL.

Statement parameters (guest names, PINs) are kept out of error messages, which end up in the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Engines:
    """A write engine (transactions that take the write lock) and a read engine."""

    write: Engine
    read: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.write.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.write.dispose()
        self.read.dispose()


def build_engines(url: str) -> Engines:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        return Engines(write=engine, read=engine, url=url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return Engines(
        write=_sqlite_engine(url, begin="BEGIN IMMEDIATE"),
        read=_sqlite_engine(url, begin="BEGIN"),
        url=url,
    )


def _sqlite_engine(url: str, *, begin: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine
