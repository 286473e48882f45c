"""Proving the audit log: checking its hash chain from the first row to the last.

`check()` says whether the chain holds and, when it does not, names the first row that was
changed, deleted or inserted; the Activity screen shows that. `verify()` is the command line's
`frontdesk audit verify`: it raises `AuditChainBroken` (exit 1) when the chain does not hold.
`search()` finds rows by operator, room, guest and kind of action (the Activity screen's filters,
`audit list`); `filter_choices()` gives the words those filters offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.action_words import action_words
from frontdesk.domain.audit import ACTION_NAMES, REFUSED_ACTIONS, AuditFilter
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.operators import Permission
from frontdesk.domain.words import say
from frontdesk.services.stays.views import AuditEntryView
from frontdesk.services.transactions import Transactions
from frontdesk.store.audit_log import ChainCheck
from frontdesk.store.audit_search import audit_operators, search_audit
from frontdesk.store.unit_of_work import UnitOfWork

_WHAT = {
    "changed": lambda id: say("Audit row {id} was changed after it was written.", id=id),
    "deleted": lambda id: say("Audit row {id} was deleted.", id=id),
    "inserted": lambda id: say(
        "Audit row {id} was inserted afterwards; the desk did not write it there.", id=id
    ),
}


@dataclass(frozen=True)
class AuditCheckView:
    """The outcome of checking the chain: rows that hold, the last good row and its hash, and the
    first row that does not fit (with what was done to it) when the chain is broken."""

    intact: bool
    rows_checked: int
    head_audit_id: int | None
    head_hash: str
    broken_audit_id: int | None = None
    broken_how: str | None = None  # changed, deleted, inserted

    @property
    def problem(self) -> str | None:
        """The sentence that names the first broken row, or None when the chain holds."""
        if self.broken_how is None:
            return None
        return _WHAT[self.broken_how](self.broken_audit_id)

    @classmethod
    def of(cls, check: ChainCheck) -> AuditCheckView:
        broken = check.broken
        return cls(
            intact=broken is None,
            rows_checked=check.rows,
            head_audit_id=check.head_id,
            head_hash=check.head_hash,
            broken_audit_id=None if broken is None else broken.audit_id,
            broken_how=None if broken is None else broken.kind,
        )


@dataclass(frozen=True)
class AuditFilterChoices:
    """What the Activity screen's filters offer: the operators the audit names, the property's rooms
    as (space id, name), and every kind of action as (stable action name, words), by words."""

    operators: tuple[str, ...]
    rooms: tuple[tuple[str, str], ...]
    actions: tuple[tuple[str, str], ...]


class AuditChainBroken(FrontDeskError):
    """The audit log no longer is what the desks wrote."""

    status = 409


class AuditService:
    """Checks the audit log's hash chain and finds its rows (both need the `reports` permission's
    operator for the rows; the chain check needs none, so a broken chain is never hidden)."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    async def check(self) -> AuditCheckView:
        """Walk the whole chain; never raises for a broken chain (the view says so)."""

        def work(uow: UnitOfWork, now: datetime) -> AuditCheckView:
            return AuditCheckView.of(uow.audit.check())

        return await self._tx.read(work)

    async def verify(self) -> AuditCheckView:
        """Like `check`, but a broken chain is an error that names the first row that does not fit."""
        result = await self.check()
        if result.problem is not None:
            raise AuditChainBroken(
                result.problem,
                say(
                    "Someone changed the database outside the desk. Keep a copy of the database as "
                    "evidence, compare it with your latest backup, and tell the property's security "
                    "contact; the rows before it are intact."
                ),
                detail={
                    "audit_id": result.broken_audit_id,
                    "how": result.broken_how,
                    "rows_checked": result.rows_checked,
                },
            )
        return result

    async def search(self, query: AuditFilter) -> list[AuditEntryView]:
        """The audit rows that match every field of `query`, newest first."""
        await self._tx.guard.require(Permission.REPORTS)

        def work(uow: UnitOfWork, now: datetime) -> list[AuditEntryView]:
            zone = uow.desk.property().time_zone
            return [AuditEntryView.of(a, zone) for a in search_audit(uow.session, query)]

        return await self._tx.read(work)

    async def filter_choices(self) -> AuditFilterChoices:
        """The operators, rooms and kinds of action the filters offer."""
        await self._tx.guard.require(Permission.REPORTS)

        def work(uow: UnitOfWork, now: datetime) -> AuditFilterChoices:
            rooms = tuple(sorted(((s.space_id, s.name) for s in uow.desk.spaces()), key=lambda r: r[1]))
            actions = tuple(
                sorted(
                    ((a, action_words(a)) for a in (*ACTION_NAMES.values(), *REFUSED_ACTIONS)),
                    key=lambda a: a[1],
                )
            )
            return AuditFilterChoices(tuple(audit_operators(uow.session)), rooms, actions)

        return await self._tx.read(work)
