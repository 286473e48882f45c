"""What happened to PIN codes. No PIN in any of them: the audit log is exported and shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from frontdesk.domain.events import Event, Topic


@dataclass(frozen=True)
class AccessCodeRequested(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC})

    access_code_id: str  # the desk's local id until the provider assigns one
    device_id: str
    access_grant_id: str | None
    common_code_key: str | None
    is_backup: bool
    is_offline_access_code: bool


@dataclass(frozen=True)
class AccessCodeChangeRequested(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC})

    access_code_id: str
    device_id: str
    starts_at: datetime | None
    ends_at: datetime | None


@dataclass(frozen=True)
class AccessCodeRemovalRequested(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC})

    access_code_id: str
    device_id: str
    reason: str


@dataclass(frozen=True)
class BackupCodePulled(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC})

    access_code_id: str  # the guest's failed code
    backup_access_code_id: str
    device_id: str


@dataclass(frozen=True)
class OfflineCodeLeftValid(Event):
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC})

    access_code_id: str
    device_id: str
    reason: str


@dataclass(frozen=True)
class PinKeyExported(Event):
    """The database's PIN key was written to a file, encrypted under a passphrase (never the key)."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    pin_key_id: str


@dataclass(frozen=True)
class PinKeyImported(Event):
    """The database's PIN key was taken from such a file into this workstation's keyring."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.AUDIT})
    pin_key_id: str


@dataclass(frozen=True)
class LockReplaced(Event):
    """A factory-reset lock was replaced by its new device: who kept their PIN, who got a new one,
    whose code was not moved, and how many of the old lock's codes the desk ended. No PINs."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.CODES, Topic.SYNC, Topic.DOORS})

    old_device_id: str
    new_device_id: str
    kept_pin: tuple[str, ...]
    new_pin: tuple[str, ...]
    not_moved: tuple[str, ...]
    ended_at_desk: int


@dataclass(frozen=True)
class SyncAlertDismissed(Event):
    """A person dismissed a sync alert: it leaves the desk's list; the retry behind it goes on."""

    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.SYNC, Topic.CODES})

    alert_id: int
    kind: str
    device_id: str | None
