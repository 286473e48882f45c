"""Reading the provider's events: when a PIN reached its lock, failed to, vanished from it, or
opened the door.

Each sync run asks `/events/list` for what happened since the last event it read, oldest first, at
most `max_pages` pages of `page_size`. The cursor (the newest `created_at` read, and the ids read
near it) lives in the settings table and moves in the same transaction that applies the events,
so an event is applied once even when a run dies half way. The window asked for reaches back
`OVERLAP` before the cursor, because providers differ on whether `since` includes its own moment
and events recorded in the same instant may arrive late; the remembered ids skip the repeats.

What an event changes:
- `access_code.set_on_device`: when the PIN reached the lock (shown on the lockout screen);
- `lock.unlocked` with an `access_code_id`: when the PIN last opened the door;
- `access_code.failed_to_set_on_device`: the code carries the provider's error, so its state text
  says it is not on the lock and the overdue alert (healing.flag_late_codes) follows;
- `access_code.removed_externally`: the code is healed as one the provider lost (healing.heal_vanished).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from frontdesk.domain.codes import AccessCode, CodeIssue
from frontdesk.domain.errors import NotFound
from frontdesk.services.codes.provider import LockProvider, ProviderEvent
from frontdesk.services.sync.healing import heal_vanished
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

# Setting: where the last read stopped, as JSON {"since": ISO time, "seen": {event id: ISO time}}.
EVENTS_CURSOR = "sync.provider_events_cursor"
OVERLAP = timedelta(seconds=5)
FIRST_LOOK_BACK = timedelta(days=1)  # a desk that never read events starts from the last day


@dataclass
class EventCursor:
    """The newest `created_at` read, and the events read at or after `since - OVERLAP`."""

    since: datetime
    seen: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def load(cls, uow: UnitOfWork, now: datetime) -> EventCursor:
        text = uow.sync_records.setting(EVENTS_CURSOR)
        if text is None:
            return cls(now - FIRST_LOOK_BACK)
        data = json.loads(text)
        seen = {k: datetime.fromisoformat(v) for k, v in data.get("seen", {}).items()}
        return cls(datetime.fromisoformat(data["since"]), seen)

    def save(self, uow: UnitOfWork, now: datetime) -> None:
        data = {"since": self.since.isoformat(), "seen": {k: v.isoformat() for k, v in self.seen.items()}}
        uow.sync_records.set_setting(EVENTS_CURSOR, json.dumps(data), now)

    def ask_from(self) -> datetime:
        return self.since - OVERLAP

    def fresh(self, events: Sequence[ProviderEvent]) -> list[ProviderEvent]:
        return [e for e in events if e.event_id not in self.seen]

    def advance(self, events: Sequence[ProviderEvent]) -> None:
        for event in events:
            self.seen[event.event_id] = event.created_at
            self.since = max(self.since, event.created_at)
        keep_from = self.since - OVERLAP
        self.seen = {k: v for k, v in self.seen.items() if v >= keep_from}


@dataclass
class EventsRead:
    """What one run's reading of events did."""

    read: int = 0
    codes_recreated: int = 0


def _code(uow: UnitOfWork, access_code_id: str | None) -> AccessCode | None:
    if access_code_id is None:
        return None
    try:
        code = uow.codes.find(access_code_id)
    except NotFound:
        return None  # a code of another system, or one the desk no longer follows
    return code if code.access_code_id == access_code_id else None


def apply_event(uow: UnitOfWork, now: datetime, event: ProviderEvent) -> bool:
    """Bring one event into the desk. Returns True when it put a lost code back in the outbox."""
    kind, code_id = event.event_type, event.access_code_id
    if kind == "access_code.set_on_device" and code_id:
        uow.codes.record_lock_event(code_id, set_on_device_at=event.occurred_at)
    elif kind == "lock.unlocked" and code_id:
        uow.codes.record_lock_event(code_id, used_at=event.occurred_at)
    elif kind == "access_code.failed_to_set_on_device":
        code = _code(uow, code_id)
        if code is not None and all(e.code != "failed_to_set_on_device" for e in code.errors):
            failed = CodeIssue(
                "failed_to_set_on_device", "The lock did not take the code.", event.occurred_at
            )
            uow.codes.save(replace(code, errors=(*code.errors, failed)), now)
    elif kind == "access_code.removed_externally":
        code = _code(uow, code_id)
        if code is not None and not uow.outbox.has_pending_items(code.local_id):
            return heal_vanished(uow, now, code)
    return False


async def read_events(
    provider: LockProvider, tx: Transactions, *, page_size: int = 500, max_pages: int = 4
) -> EventsRead:
    """Read and apply the events recorded since the last read, at most `max_pages` pages this run
    (the rest waits for the next run). A provider that fails to answer leaves the cursor where it was."""
    done = EventsRead()
    for _ in range(max_pages):
        cursor = await tx.read(EventCursor.load)
        # The ids already read near the cursor come back again: ask for that many more, so that a
        # page of repeats never hides the events after them.
        asked = page_size + len(cursor.seen)
        events = await provider.list_events(cursor.ask_from(), limit=asked)
        fresh = cursor.fresh(events)[:page_size]
        if not fresh:
            return done

        def apply(uow: UnitOfWork, now: datetime, fresh: list[ProviderEvent] = fresh) -> int:
            cursor = EventCursor.load(uow, now)  # again, inside the transaction that moves it
            new = cursor.fresh(fresh)
            recreated = sum(apply_event(uow, now, e) for e in new)
            cursor.advance(new)
            cursor.save(uow, now)
            return recreated

        done.codes_recreated += await tx.write(apply, publish=False)  # the run announces itself once
        done.read += len(fresh)
        if len(events) < asked:
            return done
    return done
