"""Request ids: a creating command that is repeated with the same id returns its first result.

A row is written in the same transaction as what the command created, so a script whose process
died after the commit can send the command again and is told what was made, not given a second
stay. The row holds the ids needed to rebuild the result (services/request_ids.py), not the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from frontdesk.store.tables import Base
from frontdesk.store.types import UTCDateTime


class RequestIdRow(Base):
    """One request id, the kind of command and a fingerprint of its arguments, the ids it made."""

    __tablename__ = "request_ids"
    request_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    fingerprint: Mapped[str] = mapped_column(String(64))
    result_ids: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


@dataclass(frozen=True)
class RequestRecord:
    """What the desk remembers of a request id."""

    request_id: str
    kind: str
    fingerprint: str
    result_ids: dict[str, Any]


class RequestIds:
    """Reads and adds request ids in the unit of work's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, request_id: str) -> RequestRecord | None:
        row = self.session.get(RequestIdRow, request_id)
        if row is None:
            return None
        return RequestRecord(row.request_id, row.kind, row.fingerprint, dict(row.result_ids))

    def add(self, record: RequestRecord, now: datetime) -> None:
        self.session.add(
            RequestIdRow(
                request_id=record.request_id,
                kind=record.kind,
                fingerprint=record.fingerprint,
                result_ids=record.result_ids,
                created_at=now,
            )
        )
        self.session.flush()
