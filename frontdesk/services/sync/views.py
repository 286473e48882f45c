"""What the sync service reports to the GUI and the command line: frozen views with real types.

The command line prints them through cli/json_out.py; the field order is the order of the JSON keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.codes import OutboxOperation
from frontdesk.services.property.provider_settings import ProviderSettings
from frontdesk.services.sync.policy import SyncReport


@dataclass(frozen=True)
class WaitingChangeView:
    """One change of a code still waiting to reach the provider."""

    outbox_id: int
    operation: OutboxOperation
    device_id: str
    access_code_local_id: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None


@dataclass(frozen=True)
class SyncAlertView:
    """Something sync could not fix alone and the desk must look at."""

    alert_id: int
    kind: str
    title: str
    message: str
    device_id: str | None
    access_code_local_id: str | None
    created_at: datetime


@dataclass(frozen=True)
class SyncStatusView:
    """The sync state: the provider in use, what waits or failed, open alerts, and the last run."""

    provider: ProviderSettings
    pending: int
    failed: int
    done: int
    codes_by_sync_state: Mapping[str, int]
    waiting: tuple[WaitingChangeView, ...]
    alerts: tuple[SyncAlertView, ...]
    last_run_at: datetime | None
    last_run: SyncReport | None

    @property
    def last_failure(self) -> str:
        """The most recent reason something did not reach the locks, in words; empty when all is well."""
        if self.alerts:
            return max(self.alerts, key=lambda a: a.created_at).title
        errors = [w.last_error for w in self.waiting if w.last_error]
        if errors:
            return errors[0]
        problems = self.last_run.problems if self.last_run is not None else []
        return problems[-1] if problems else ""
