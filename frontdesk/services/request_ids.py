"""The helpers every creating command that takes a request id shares (check-in, add guest, grants
create through `once`; codes create through `recall` and `remember`).

`once(uow, request_id, kind, cmd, now, create, handlers)` runs `create()` and remembers, in the same
transaction, the ids of what it made; the same id with the same command later rebuilds that first
result from the database instead of creating anything (no rows, no audit line, no outbox item).
The same id with another kind of command or other arguments is refused (409).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from frontdesk.domain.errors import Conflict, InvalidInput
from frontdesk.domain.words import say
from frontdesk.services.handlers import EventHandlers
from frontdesk.services.results import Change, OverriddenReservation
from frontdesk.store.request_ids import RequestRecord
from frontdesk.store.unit_of_work import UnitOfWork


def fingerprint(kind: str, cmd: Any) -> str:
    """A digest of the command's arguments (a command dataclass or a dict of them) that is the same
    in every process (sets sorted)."""

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, frozenset | set):
            return sorted(plain(v) for v in value)
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        if hasattr(value, "value"):  # an enum
            return value.value
        return value

    items = (
        dict(cmd)
        if isinstance(cmd, dict)
        else {f.name: getattr(cmd, f.name) for f in dataclasses.fields(cmd)}
    )
    fields = {name: plain(value) for name, value in items.items()}
    text = json.dumps([kind, fields], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _ids(change: Change) -> dict[str, Any]:
    return {
        "reservation_key": change.reservation_key,
        "grants_created": [g.access_grant_id for g in change.grants_created],
        "grants_updated": [g.access_grant_id for g in change.grants_updated],
        "grants_ended": [g.access_grant_id for g in change.grants_ended],
        "overridden": [
            [o.reservation_key, o.overridden_by, sorted(o.entrance_ids)]
            for o in change.reservations_overridden
        ],
        "cards_to_reencode": list(change.cards_to_reencode),
        "reservation_keys": sorted(change.reservation_status),
        "codes_created": [c.local_id for c in change.codes_created],
    }


def _rebuild(uow: UnitOfWork, ids: dict[str, Any]) -> Change:
    """The first result again, read back from the database; it has no events, so nothing is audited
    and no handler runs (no second PIN, no outbox item)."""
    desk = uow.desk
    created = [desk.grant(g) for g in ids["grants_created"]]
    statuses = {}
    for key in ids["reservation_keys"]:
        reservation = desk.reservation(key)
        if reservation is not None:
            statuses[key] = reservation.status
    return Change(
        reservation_key=ids["reservation_key"],
        grants_created=created,
        grants_updated=[desk.grant(g) for g in ids["grants_updated"]],
        grants_ended=[desk.grant(g) for g in ids["grants_ended"]],
        reservations_overridden=[
            OverriddenReservation(key, by, frozenset(doors)) for key, by, doors in ids["overridden"]
        ],
        cards_to_reencode=list(ids["cards_to_reencode"]),
        codes_created=[uow.codes.get(c) for c in ids["codes_created"]],
        time_zone=desk.property().time_zone,
        reservation_status=statuses,
    )


def recall(uow: UnitOfWork, request_id: str, kind: str, cmd: Any) -> dict[str, Any] | None:
    """The ids the first run with this request id made, None when the id is new; refused (409) when
    it was used for another kind of command or other arguments."""
    if not request_id.strip() or len(request_id.strip()) > 128:
        raise InvalidInput(
            say("The request id is empty or too long."), say("Use 1 to 128 characters, a UUID say.")
        )
    known = uow.request_ids.get(request_id.strip())
    if known is None:
        return None
    if (known.kind, known.fingerprint) != (kind, fingerprint(kind, cmd)):
        raise Conflict(
            say("This request id was already used for another command."),
            say("Repeat the very same command to get its first result, or use a new --request-id."),
            detail={"request_id": request_id, "used_for": known.kind},
        )
    return known.result_ids


def remember(
    uow: UnitOfWork, request_id: str, kind: str, cmd: Any, ids: dict[str, Any], now: datetime
) -> None:
    """Write the request id in the caller's transaction, the one that creates what `ids` name."""
    uow.request_ids.add(RequestRecord(request_id.strip(), kind, fingerprint(kind, cmd), ids), now)


def once(
    uow: UnitOfWork,
    request_id: str | None,
    kind: str,
    cmd: Any,
    now: datetime,
    create: Callable[[], Change],
    handlers: EventHandlers,
) -> Change:
    """`create()`, or the result it gave the first time this request id was used for this command."""
    if request_id is None:
        return create()
    known = recall(uow, request_id, kind, cmd)
    if known is not None:
        return _rebuild(uow, known)
    change = create()
    # The handlers (the PINs of services/codes/follow_grants.py) run here rather than in
    # Transactions.write, so the ids of the codes they make are remembered too; the change handed
    # back has its events already recorded, so Transactions does not run or audit them twice.
    handlers.dispatch(uow, change, now)
    uow.record(*change.events)
    remember(uow, request_id, kind, cmd, _ids(change), now)
    return dataclasses.replace(change, events=[])
