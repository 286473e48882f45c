"""Tables of the PIN-code part: access codes, the provider outbox, cached devices, sync alerts, settings.

The outbox is what makes the desk work offline: every change meant for the lock provider is
written here in the same transaction as the desk's own change, and the sync worker sends it later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.store.tables import Base
from frontdesk.store.types import UTCDateTime


class AccessCodeRow(Base):
    """One PIN code on one lock: every property of the provider's access_code plus the desk's own."""

    __tablename__ = "access_codes"
    # --- the desk's own fields ---
    local_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    access_grant_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    reservation_key: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    sync_state: Mapped[str] = mapped_column(String(32), index=True)
    pulled_for: Mapped[str | None] = mapped_column(String(64), nullable=True)
    replaced_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pin_chosen_by_desk: Mapped[bool] = mapped_column(Boolean, default=True)
    use_backup_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    max_time_rounding: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sync_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # --- the provider's access_code properties ---
    device_id: Mapped[str] = mapped_column(String(200), index=True)
    access_code_id: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)
    code: Mapped[str | None] = mapped_column(String(128), nullable=True)  # encrypted: store/pin_cipher.py
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    common_code_key: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(32))
    errors: Mapped[list] = mapped_column(JSON)
    warnings: Mapped[list] = mapped_column(JSON)
    pending_mutations: Mapped[list] = mapped_column(JSON)
    is_backup: Mapped[bool] = mapped_column(Boolean, default=False)
    is_backup_access_code_available: Mapped[bool] = mapped_column(Boolean, default=False)
    is_external_modification_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    is_managed: Mapped[bool] = mapped_column(Boolean, default=True)
    is_offline_access_code: Mapped[bool] = mapped_column(Boolean, default=False)
    is_one_time_use: Mapped[bool] = mapped_column(Boolean, default=False)
    is_scheduled_on_device: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    is_waiting_for_code_assignment: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    appearance: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    pulled_backup_access_code_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    dormakaba_oracode_metadata: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    workspace_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # --- what the provider's events said (services/sync/events.py) ---
    set_on_device_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class OutboxRow(Base):
    """One change waiting for the lock provider. `operation`: create, update or delete (of `local_id`).

    Items of one door are sent in order; a door whose provider call fails waits (backoff) without
    holding up other doors. `lease_*` lets several desks share one PostgreSQL outbox safely.
    """

    __tablename__ = "code_outbox"
    outbox_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    operation: Mapped[str] = mapped_column(String(32))
    local_id: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(200), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending, done, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # True once a send may have reached the provider without us hearing the answer.
    outcome_unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    lease_owner: Mapped[str | None] = mapped_column(String(200), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ProviderDeviceRow(Base):
    """The last known state of a lock at the provider, so the desk can plan PINs while offline."""

    __tablename__ = "provider_devices"
    device_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    device_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    online: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    data: Mapped[dict] = mapped_column(JSON)  # the provider's device object as it came
    refreshed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncAlertRow(Base):
    """Something sync gave up on, for a person to look at (a code that never reached its lock)."""

    __tablename__ = "sync_alerts"
    alert_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    local_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    outbox_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Dismissed by a person: hidden from the desk until it is resolved; the problem, if it comes
    # back after that, raises a new alert. The retry behind it goes on regardless.
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    dismissed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # How the title and the message were made (domain/words.to_record), so the window shows them in
    # the desk's language; title and message above stay the English the command line prints.
    words: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class SettingRow(Base):
    """Plain settings shared by the desks (the provider's driver and endpoint). Never a secret."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
