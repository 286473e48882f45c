"""The database schema. Migrations in `migrations/versions` create exactly these tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from frontdesk.store.types import UTCDateTime


class Base(DeclarativeBase):
    pass


class PropertyRow(Base):
    __tablename__ = "properties"
    property_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    time_zone: Mapped[str] = mapped_column(String(64))
    # Property-wide override counter: each newly established reservation takes the next value.
    reservation_sequence: Mapped[int] = mapped_column(Integer, default=0)
    card_serial_counter: Mapped[int] = mapped_column(Integer, default=0)
    # The 32-bit number key cards and locks know the property by (random, set once).
    property_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LockSystemRow(Base):
    __tablename__ = "lock_systems"
    lock_system_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"))
    name: Mapped[str] = mapped_column(String(200))
    requires_reservation_key_for_guest_cards: Mapped[bool] = mapped_column(Boolean, default=False)


class SpaceRow(Base):
    __tablename__ = "spaces"
    space_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))


class EntranceRow(Base):
    __tablename__ = "entrances"
    entrance_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"))
    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.space_id"))
    lock_system_id: Mapped[str] = mapped_column(ForeignKey("lock_systems.lock_system_id"))
    name: Mapped[str] = mapped_column(String(200))
    can_belong_to_reservation: Mapped[bool] = mapped_column(Boolean)
    credential_kinds: Mapped[str] = mapped_column(String(100))  # comma-separated CredentialKind values
    lock_number: Mapped[int] = mapped_column(Integer)  # the small number card locks know the door by
    device_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    time_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)


class DoorGroupRow(Base):
    __tablename__ = "door_groups"
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    group_number: Mapped[int] = mapped_column(Integer)
    entrance_ids: Mapped[list[str]] = mapped_column(JSON)


class UserIdentityRow(Base):
    __tablename__ = "user_identities"
    user_identity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"))
    full_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReservationRow(Base):
    __tablename__ = "reservations"
    reservation_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"), index=True)
    door_set: Mapped[list[str]] = mapped_column(JSON)
    sequence: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)
    overridden_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    overridden_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AccessGrantRow(Base):
    __tablename__ = "access_grants"
    access_grant_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"), index=True)
    user_identity_id: Mapped[str] = mapped_column(ForeignKey("user_identities.user_identity_id"))
    kind: Mapped[str] = mapped_column(String(16))
    reservation_key: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    entrance_ids: Mapped[list[str]] = mapped_column(JSON)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    access_methods: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), index=True)
    overrides: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)


class CardRow(Base):
    """A key card the desk encoded. No key material: keys live in the OS keyring only."""

    __tablename__ = "cards"
    card_serial: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"), index=True)
    access_grant_id: Mapped[str | None] = mapped_column(
        ForeignKey("access_grants.access_grant_id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # guest, staff, one_shot, lock_state
    # writing, issued, needs_reencode, unconfirmed, failed, cancelled, revoked, returned, replaced
    status: Mapped[str] = mapped_column(String(16), index=True)
    card_type: Mapped[str] = mapped_column(String(32))
    uid_hex: Mapped[str] = mapped_column(String(32))  # the chip's UID is printed by any reader: not secret
    key_version: Mapped[int] = mapped_column(Integer)
    reservation_sequence: Mapped[int] = mapped_column(Integer)
    entrance_ids: Mapped[list[str]] = mapped_column(JSON)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reencode_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    shift: Mapped[str | None] = mapped_column(String(16), nullable=True)  # staff: "days:start:end"
    # lock-state cards: emergency_open, block_room, unblock_room (LockAction's name); else NULL
    lock_action: Mapped[str | None] = mapped_column(String(16), nullable=True)


class CardKeyVersionRow(Base):
    """Which card key versions exist and until when locks accept each. The keys are in the keyring."""

    __tablename__ = "card_key_versions"
    property_id: Mapped[str] = mapped_column(ForeignKey("properties.property_id"), primary_key=True)
    key_version: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class DoorStateRow(Base):
    """What each virtual (demo) card lock remembers: highest guest sequence, cancelled serials."""

    __tablename__ = "door_states"
    entrance_id: Mapped[str] = mapped_column(ForeignKey("entrances.entrance_id"), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditRow(Base):
    """One line per change, written in the same transaction as the change itself.

    Rows are only ever appended (on PostgreSQL a trigger refuses UPDATE and DELETE) and form a hash
    chain: `row_hash` is the SHA-256 of the row's canonical content including `prev_hash`, the
    previous row's `row_hash` (store/audit_log.py)."""

    __tablename__ = "audit_log"
    audit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    workstation: Mapped[str] = mapped_column(String(200))
    operator: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="done")
    subject: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    details: Mapped[dict] = mapped_column(JSON)
    sentence: Mapped[str] = mapped_column("summary", Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="")


class DeskChangeRow(Base):
    """One row on SQLite: a counter every write bumps, so that another desk process sharing the
    file notices the change by polling it (PostgreSQL uses LISTEN/NOTIFY instead)."""

    __tablename__ = "desk_changes"
    change_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(64), default="")
    topics: Mapped[list[str]] = mapped_column(JSON)


class OutOfOrderRow(Base):
    """A space out of service until a set time (one at a time per space; back in order deletes it)."""

    __tablename__ = "out_of_order"
    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.space_id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(UTCDateTime())
    until: Mapped[datetime] = mapped_column(UTCDateTime())
