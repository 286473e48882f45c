"""The first read of Today for a window that is starting: the standard library's sqlite3, no SQLAlchemy.

Importing SQLAlchemy's ORM alone takes several times as long as a whole bare Qt window. A desk on a
SQLite file that is current (its alembic_version row names the newest migration) and that nobody
has to sign in to (no operator made yet) can show Today's real rows from a few plain queries while
the full application is built behind it. Whenever that cannot be known for sure, `read_quick_desk`
answers None and the desk takes its normal path: PostgreSQL, an address with options, a file that
does not exist yet, migrations pending, operators (the sign-in screen comes first), more than one
property, or any error of the driver.

It reads the same tables `store/repository.py` maps, into the same domain objects, so the lists the
services build from them are the same ones (tests/store/test_quick_read.py checks it).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from frontdesk.domain.model import (
    AccessGrant,
    AccessMethod,
    GrantStatus,
    Reservation,
    ReservationStatus,
    UserKind,
)
from frontdesk.store.migration_head import script_head

_PREFIX = "sqlite:///"
_LIVE = (ReservationStatus.ACTIVE.value, ReservationStatus.OVERRIDDEN.value)


@dataclass(frozen=True)
class QuickDesk:
    """What Today is built from: the property, its spaces and doors, and the live reservations."""

    name: str
    time_zone: str
    spaces: dict[str, str]  # space id -> name
    entrance_space: dict[str, str]  # entrance id -> space id
    reservations: list[Reservation]  # active or overridden, by sequence, each with its grants


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` address; None for anything else (PostgreSQL, memory, options)."""
    if not url.startswith(_PREFIX) or "?" in url:
        return None
    name = url[len(_PREFIX) :]
    if not name or name == ":memory:":
        return None
    return Path(name)


def _when(value: str | None) -> datetime | None:
    # SQLAlchemy stores the desk's times on SQLite as naive UTC text (store/types.py UTCDateTime).
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _at(value: str) -> datetime:
    found = _when(value)
    assert found is not None
    return found


def read_quick_desk(url: str) -> QuickDesk | None:
    """Today's material from a current, sign-in-free SQLite desk; None when the normal path must decide."""
    path = sqlite_file(url)
    head = script_head()
    if path is None or head is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, head)
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None  # a table or a value the quick read does not know: the full path will say what
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, head: str) -> QuickDesk | None:
    if [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] != [head]:
        return None  # migrations pending (or a newer desk's database): the full path migrates or refuses
    if conn.execute("SELECT count(*) FROM operators").fetchone()[0]:
        return None  # operators exist: the sign-in screen must come before any guest's name
    properties = conn.execute("SELECT property_id, name, time_zone FROM properties").fetchall()
    if len(properties) != 1:
        return None
    property_id, name, zone = properties[0]
    spaces = dict(conn.execute("SELECT space_id, name FROM spaces WHERE property_id = ?", (property_id,)))
    entrances = dict(
        conn.execute("SELECT entrance_id, space_id FROM entrances WHERE property_id = ?", (property_id,))
    )
    grants: dict[str, list[AccessGrant]] = {}
    for row in conn.execute(
        "SELECT g.access_grant_id, g.user_identity_id, u.full_name, g.kind, g.entrance_ids, g.starts_at,"
        " g.ends_at, g.reservation_key, g.access_methods, g.status, g.created_at, g.ended_at,"
        " g.ended_reason, g.overrides FROM access_grants g"
        " JOIN user_identities u ON g.user_identity_id = u.user_identity_id"
        " WHERE g.reservation_key IN (SELECT reservation_key FROM reservations WHERE status IN (?, ?))"
        " ORDER BY g.created_at, g.access_grant_id",
        _LIVE,
    ):
        grants.setdefault(row[7], []).append(
            AccessGrant(
                access_grant_id=row[0],
                user_identity_id=row[1],
                user_name=row[2],
                kind=UserKind(row[3]),
                entrance_ids=frozenset(json.loads(row[4])),
                starts_at=_at(row[5]),
                ends_at=_at(row[6]),
                reservation_key=row[7],
                access_methods=frozenset(AccessMethod(k) for k in row[8].split(",") if k),
                status=GrantStatus(row[9]),
                created_at=_when(row[10]),
                ended_at=_when(row[11]),
                ended_reason=row[12],
                overrides=tuple(json.loads(row[13])),
            )
        )
    reservations = [
        Reservation(
            reservation_key=key,
            door_set=frozenset(json.loads(doors)),
            sequence=sequence,
            status=ReservationStatus(status),
            overridden_by=overridden_by,
            overridden_at=_when(overridden_at),
            created_at=_when(created_at),
            grants=grants.get(key, []),
        )
        for key, doors, sequence, status, overridden_by, overridden_at, created_at in conn.execute(
            "SELECT reservation_key, door_set, sequence, status, overridden_by, overridden_at, created_at"
            " FROM reservations WHERE status IN (?, ?) ORDER BY sequence",
            _LIVE,
        )
    ]
    return QuickDesk(name, zone, spaces, entrances, reservations)
