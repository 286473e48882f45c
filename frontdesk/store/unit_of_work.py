"""The unit of work: one transaction, its repositories, and the audit lines of what it changed.

Each repository is an attribute (`uow.desk`, `uow.codes`, `uow.outbox`, `uow.sync_records`,
`uow.lockout_reads`, `uow.cards`, `uow.request_ids`, `uow.operators`, `uow.out_of_order`); none
forwards to another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from frontdesk.domain.audit import Outcome, signed
from frontdesk.domain.events import Event
from frontdesk.store.audit_log import AuditLog
from frontdesk.store.card_repository import CardRepository
from frontdesk.store.change_feed import announce
from frontdesk.store.code_repository import CodeRepository
from frontdesk.store.engine import Engines
from frontdesk.store.errors import translate
from frontdesk.store.lockout_reads import LockoutReads
from frontdesk.store.operator_repository import OperatorRepository
from frontdesk.store.out_of_order_repository import OutOfOrderRepository
from frontdesk.store.outbox_repository import OutboxRepository
from frontdesk.store.pin_cipher import PinKeys
from frontdesk.store.repository import DeskRepository
from frontdesk.store.request_ids import RequestIds
from frontdesk.store.sync_records import SyncRecords

# Any constant works; every desk process uses the same one to take turns on PostgreSQL.
_PG_WRITE_LOCK = 0x46524F4E


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
        pin_keys: PinKeys | None = None,
        origin: str = "",
    ) -> None:
        self._engines = engines
        self._workstation = workstation
        self._clock = clock
        self._write = write
        self._pin_keys = pin_keys
        self._origin = origin
        # The topics other desks are told about when this commits (store/change_feed.py).
        self.announce_topics: frozenset[str] = frozenset()
        self._events: list[Event] = []
        self._refusals: list[tuple[str, str, str | None, dict[str, Any]]] = []
        # Who is acting: set by Transactions from its `actor` before the work runs.
        self.operator: str | None = None
        self.session: Session
        self.desk: DeskRepository
        self.codes: CodeRepository
        self.outbox: OutboxRepository
        self.sync_records: SyncRecords
        self.lockout_reads: LockoutReads
        self.cards: CardRepository
        self.request_ids: RequestIds
        self.audit: AuditLog
        self.operators: OperatorRepository
        self.out_of_order: OutOfOrderRepository

    def __enter__(self) -> UnitOfWork:
        engine = self._engines.write if self._write else self._engines.read
        self.session = Session(bind=engine, expire_on_commit=False, autoflush=True)
        self.desk = DeskRepository(self.session)
        self.codes = CodeRepository(self.session, self._pin_keys)
        self.outbox = OutboxRepository(self.session)
        self.sync_records = SyncRecords(self.session)
        self.lockout_reads = LockoutReads(self.session)
        self.cards = CardRepository(self.session)
        self.request_ids = RequestIds(self.session)
        self.audit = AuditLog(self.session)
        self.operators = OperatorRepository(self.session)
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

    def record_refused(
        self, action: str, sentence: str, details: dict[str, Any], subject: str | None = None
    ) -> None:
        """Remember an action that was refused; commit() writes it with the outcome "refused"."""
        self._refusals.append((action, sentence, subject, details))

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    def commit(self) -> None:
        if not self._write:
            raise RuntimeError("read-only unit of work")
        self.outbox.write_changes()  # the outbox writes its rows' changes in bulk (outbox_repository.py)
        at = self._clock()
        self.audit.append_events(self._events, at=at, workstation=self._workstation, operator=self.operator)
        for action, sentence, subject, details in self._refusals:
            self.audit.append(
                at=at,
                workstation=self._workstation,
                operator=self.operator,
                action=action,
                outcome=Outcome.REFUSED,
                subject=subject,
                sentence=signed(sentence, self.operator, self._workstation),
                details=details,
            )
        if self.announce_topics:
            announce(
                self.session,
                is_sqlite=self._engines.is_sqlite,
                origin=self._origin,
                topics=self.announce_topics,
            )
        self.session.commit()
