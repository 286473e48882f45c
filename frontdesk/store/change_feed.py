"""Several desks, live: each commit announces its topics, and every desk hears the others'.

PostgreSQL: the committing transaction runs `pg_notify('frontdesk_changes', payload)`, which the
server delivers to every listening connection when (and only if) the transaction commits; each desk
keeps one extra connection that LISTENs. SQLite has no notifications: each write bumps a counter in
the one-row `desk_changes` table, and each desk polls that row (one primary-key read, every half
second) from its own connection. The payload names the desk process that wrote (`origin`), so a
desk ignores its own changes, which its ChangeBus has already published.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from frontdesk.store.engine import Engines
from frontdesk.store.tables import DeskChangeRow

log = logging.getLogger(__name__)

CHANNEL = "frontdesk_changes"
ALL_TOPICS = frozenset({"*"})  # "something changed, we cannot say what": reload everything


def announce(session: Session, *, is_sqlite: bool, origin: str, topics: Iterable[str]) -> None:
    """Inside the writing transaction: tell the other desks once it commits."""
    listed = sorted(set(topics))
    if is_sqlite:
        row = session.get(DeskChangeRow, 1)
        if row is None:
            session.add(DeskChangeRow(change_id=1, counter=1, origin=origin, topics=listed))
        else:
            row.counter, row.origin, row.topics = row.counter + 1, origin, listed
        return
    payload = json.dumps({"origin": origin, "topics": listed})
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


class ChangeFeed:
    """Calls `on_change(topics)` from its own thread for every other desk's committed write."""

    def __init__(
        self,
        engines: Engines,
        origin: str,
        on_change: Callable[[frozenset[str]], None],
        *,
        poll_seconds: float = 0.5,
    ) -> None:
        self._engines = engines
        self._origin = origin
        self._on_change = on_change
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        target = self._poll_sqlite if self._engines.is_sqlite else self._listen_postgres
        self._thread = threading.Thread(
            target=self._guarded, args=(target,), name="desk-changes", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _guarded(self, target: Callable[[], None]) -> None:
        while not self._stop.is_set():
            try:
                target()
            except Exception:  # a lost connection: the desk keeps working; try again shortly
                log.warning("listening for other desks' changes failed; retrying", exc_info=True)
                self._stop.wait(2.0)

    def _poll_sqlite(self) -> None:
        seen: int | None = None
        with self._engines.read.connect() as conn:
            while not self._stop.is_set():
                found = conn.execute(
                    text("SELECT counter, origin, topics FROM desk_changes WHERE change_id = 1")
                ).first()
                conn.rollback()  # end the read so the next poll sees new commits
                counter = 0 if found is None else int(found[0])
                if seen is not None and counter != seen:
                    if found is not None and found[1] != self._origin:
                        self._on_change(
                            frozenset(json.loads(found[2]) if isinstance(found[2], str) else found[2])
                        )
                    elif counter - seen > 1:
                        self._on_change(ALL_TOPICS)  # ours was the last, but others wrote in between
                seen = counter
                self._stop.wait(self._poll)

    def _listen_postgres(self) -> None:
        import psycopg

        url = make_url(self._engines.url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            while not self._stop.is_set():
                for note in conn.notifies(timeout=self._poll):
                    try:
                        payload = json.loads(note.payload)
                    except ValueError:
                        continue
                    if payload.get("origin") != self._origin:
                        self._on_change(frozenset(payload.get("topics") or ALL_TOPICS))
