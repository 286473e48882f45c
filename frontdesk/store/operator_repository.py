"""Operators and their sign-in sessions in the database: only hashes, never a password, PIN or token.

`secret_hash` is an argon2id hash (services/operators/secrets.py); a session row holds the SHA-256 of
its token (the token itself is random, 256 bits, and lives in the OS keyring or a script's
environment). Rows are never deleted: a disabled operator stays, so that the first administrator,
once made, keeps the property out of the "no administrator yet" mode for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, delete, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from frontdesk.domain.operators import Operator, Role
from frontdesk.store.tables import Base
from frontdesk.store.types import UTCDateTime


class OperatorRow(Base):
    __tablename__ = "operators"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_key: Mapped[str] = mapped_column(String(64), unique=True)  # casefolded: "Ann" and "ann" are one
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(200))
    secret_kind: Mapped[str] = mapped_column(String(16))  # "password" or "pin"
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Failed sign-ins in a row and until when sign-in waits (domain/sign_in_limits.py): here, not
    # in a desk's memory, so that every desk and a restart see the same count.
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sign_in_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class OperatorSessionRow(Base):
    __tablename__ = "operator_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    operator_name: Mapped[str] = mapped_column(ForeignKey("operators.name"))
    kind: Mapped[str] = mapped_column(String(16))  # "desk" (12 hours) or "script" (until disabled)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


@dataclass(frozen=True)
class StoredOperator:
    """An operator with the hash of its secret (for signing in) and when it was made."""

    operator: Operator
    secret_hash: str
    secret_kind: str
    created_at: datetime
    failed_sign_ins: int = 0
    sign_in_locked_until: datetime | None = None


def _stored(row: OperatorRow) -> StoredOperator:
    return StoredOperator(
        Operator(row.name, Role(row.role), row.disabled),
        row.secret_hash,
        row.secret_kind,
        row.created_at,
        row.failed_sign_ins or 0,
        row.sign_in_locked_until,
    )


class OperatorRepository:
    """Reads and writes operators and sessions in the unit of work's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def admin_exists(self) -> bool:
        """Whether an administrator was ever made (disabled ones count: the door stays closed)."""
        found = self.session.execute(
            select(func.count()).select_from(OperatorRow).where(OperatorRow.role == Role.ADMIN.value)
        ).scalar_one()
        return bool(found)

    def get(self, name: str) -> StoredOperator | None:
        row = self.session.execute(
            select(OperatorRow).where(OperatorRow.name_key == name.casefold())
        ).scalar_one_or_none()
        return None if row is None else _stored(row)

    def all(self) -> list[StoredOperator]:
        rows = self.session.execute(select(OperatorRow).order_by(OperatorRow.name_key)).scalars()
        return [_stored(r) for r in rows]

    def add(self, operator: Operator, secret_hash: str, secret_kind: str, now: datetime) -> None:
        self.session.add(
            OperatorRow(
                name=operator.name,
                name_key=operator.name.casefold(),
                role=operator.role.value,
                secret_hash=secret_hash,
                secret_kind=secret_kind,
                disabled=operator.disabled,
                created_at=now,
            )
        )
        self.session.flush()

    def set_secret_hash(self, name: str, secret_hash: str) -> None:
        """A rehash after the hashing parameters changed (argon2's check_needs_rehash)."""
        row = self.session.get(OperatorRow, name)
        if row is not None:
            row.secret_hash = secret_hash

    def count_failed_sign_in(self, name: str) -> int:
        """One more failed sign-in in a row; the new count. Inside a write unit of work, which
        holds the database's write lock, so two desks never count the same failure once."""
        self.session.execute(
            update(OperatorRow)
            .where(OperatorRow.name == name)
            .values(failed_sign_ins=OperatorRow.failed_sign_ins + 1)
        )
        count = self.session.execute(select(OperatorRow.failed_sign_ins).where(OperatorRow.name == name))
        return int(count.scalar_one())

    def lock_sign_in(self, name: str, until: datetime) -> None:
        self.session.execute(
            update(OperatorRow).where(OperatorRow.name == name).values(sign_in_locked_until=until)
        )

    def reset_sign_in_failures(self, name: str) -> None:
        self.session.execute(
            update(OperatorRow)
            .where(OperatorRow.name == name)
            .values(failed_sign_ins=0, sign_in_locked_until=None)
        )

    def disable(self, name: str) -> None:
        row = self.session.get(OperatorRow, name)
        if row is not None:
            row.disabled = True
            self.session.execute(delete(OperatorSessionRow).where(OperatorSessionRow.operator_name == name))

    def add_session(
        self, token_hash: str, name: str, kind: str, now: datetime, expires_at: datetime | None
    ) -> None:
        self.session.add(
            OperatorSessionRow(
                token_hash=token_hash, operator_name=name, kind=kind, created_at=now, expires_at=expires_at
            )
        )

    def session_operator(self, token_hash: str, now: datetime) -> Operator | None:
        """The operator a live session token stands for; None when unknown, expired or disabled."""
        row = self.session.get(OperatorSessionRow, token_hash)
        if row is None or (row.expires_at is not None and row.expires_at <= now):
            return None
        stored = self.session.get(OperatorRow, row.operator_name)
        if stored is None or stored.disabled:
            return None
        return Operator(stored.name, Role(stored.role), stored.disabled)

    def session_expiry(self, token_hash: str) -> datetime | None:
        row = self.session.get(OperatorSessionRow, token_hash)
        return None if row is None else row.expires_at

    def end_session(self, token_hash: str) -> None:
        self.session.execute(delete(OperatorSessionRow).where(OperatorSessionRow.token_hash == token_hash))
