"""The unit of work: one transaction, its repositories, and the audit lines of what it changed.

Each repository is an attribute (`uow.desk`, `uow.codes`, `uow.outbox`, `uow.sync_records`,
`uow.lockout_reads`, `uow.cards`, `uow.request_ids`, `uow.out_of_order`); none forwards to another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from sqlalchemy import text
from sqlalchemy.orm import Session

from frontdesk.domain.events import Event
from frontdesk.store.card_repository import CardRepository
from frontdesk.store.code_repository import CodeRepository
from frontdesk.store.engine import Engines
from frontdesk.store.errors import translate
from frontdesk.store.lockout_reads import LockoutReads
from frontdesk.store.out_of_order_repository import OutOfOrderRepository
from frontdesk.store.outbox_repository import OutboxRepository
from frontdesk.store.repository import DeskRepository
from frontdesk.store.request_ids import RequestIds
from frontdesk.store.sync_records import SyncRecords
from frontdesk.store.tables import AuditRow

# Any constant works; every desk process uses the same one to take turns on PostgreSQL.
_PG_WRITE_LOCK = 0x46524F4E


# The first of these an event carries names the audit line's subject (the thing it is about).
_SUBJECT_FIELDS = (
    "reservation_key",
    "access_grant_id",
    "card_serial",
    "access_code_id",
    "entrance_id",
    "property_id",
    "space_id",
)


def _subject(event: Event) -> str | None:
    for name in _SUBJECT_FIELDS:
        value = getattr(event, name, None)
        if value is not None:
            return str(value)
    return None


class UnitOfWork:
    """Use as `with uow_factory() as uow: ...; uow.commit()`; leaving without commit rolls back.

    A write unit of work holds the database's write lock from its first statement (BEGIN
    IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL), so two desks changing the
    same property take turns instead of overwriting each other.
    """

    def __init__(
        self,
        engines: Engines,
        *,
        workstation: str,
        clock: Callable[[], datetime],
        write: bool = True,
    ) -> None:
        self._engines = engines
        self._workstation = workstation
        self._clock = clock
        self._write = write
        self._events: list[Event] = []
        self.session: Session
        self.desk: DeskRepository
        self.codes: CodeRepository
        self.outbox: OutboxRepository
        self.sync_records: SyncRecords
        self.lockout_reads: LockoutReads
        self.cards: CardRepository
        self.request_ids: RequestIds
        self.out_of_order: OutOfOrderRepository

    def __enter__(self) -> UnitOfWork:
        engine = self._engines.write if self._write else self._engines.read
        self.session = Session(bind=engine, expire_on_commit=False, autoflush=True)
        self.desk = DeskRepository(self.session)
        self.codes = CodeRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.sync_records = SyncRecords(self.session)
        self.lockout_reads = LockoutReads(self.session)
        self.cards = CardRepository(self.session)
        self.request_ids = RequestIds(self.session)
        self.out_of_order = OutOfOrderRepository(self.session)
        if self._write and not self._engines.is_sqlite:
            self.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_WRITE_LOCK})
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        translated = translate(exc) if exc is not None else None
        if translated is not None:
            raise translated from exc

    def record(self, *events: Event) -> None:
        """Remember events; commit() writes each as an audit line in the same transaction."""
        self._events.extend(events)

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    def commit(self) -> None:
        if not self._write:
            raise RuntimeError("read-only unit of work")
        at = self._clock()
        for event in self._events:
            self.session.add(
                AuditRow(
                    at=at,
                    workstation=self._workstation,
                    action=event.action,
                    subject=_subject(event),
                    details=event.audit_details(),
                    summary="",
                )
            )
        self.session.commit()
