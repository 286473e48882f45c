"""What the sync worker keeps beside the codes: the provider's doors as last seen, the alerts it raises
for the desk, and the desk's settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from frontdesk.domain.words import from_record, to_record
from frontdesk.store.code_tables import ProviderDeviceRow, SettingRow, SyncAlertRow


@dataclass(frozen=True)
class SyncAlert:
    alert_id: int
    device_id: str | None
    local_id: str | None
    outbox_id: int | None
    kind: str
    title: str
    message: str
    created_at: datetime
    resolved_at: datetime | None


class SyncRecords:
    """Cached devices, sync alerts and settings, inside the caller's transaction."""

    def __init__(self, session: Any) -> None:
        self.session = session
        # The codes with an open alert, read once per transaction: a sync run closes alerts after
        # every change that got through, and most codes have none (no query for those).
        self._alerted: set[str] | None = None
        # Whether a code has an open alert, as a batch of the sync worker's writes read it with
        # its codes (store/sync_batch.py): those codes need neither query.
        self._known: dict[str, bool] = {}

    # --- devices -------------------------------------------------------------------------------

    def save_device(self, data: Mapping[str, Any], now: datetime) -> None:
        device_id = str(data["device_id"])
        row = self.session.get(ProviderDeviceRow, device_id)
        props = data.get("properties") or {}
        values = {
            "display_name": data.get("display_name") or props.get("name"),
            "device_type": data.get("device_type"),
            "online": props.get("online"),
            "data": dict(data),
            "refreshed_at": now,
        }
        if row is None:
            self.session.add(ProviderDeviceRow(device_id=device_id, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)

    def device_data(self, device_id: str) -> dict[str, Any] | None:
        row = self.session.get(ProviderDeviceRow, device_id)
        return None if row is None else dict(row.data)

    def devices(self) -> list[tuple[dict[str, Any], datetime]]:
        rows = self.session.scalars(select(ProviderDeviceRow).order_by(ProviderDeviceRow.device_id))
        return [(dict(r.data), r.refreshed_at) for r in rows]

    # --- alerts --------------------------------------------------------------------------------

    def add_alert(
        self,
        now: datetime,
        kind: str,
        title: str,
        message: str,
        *,
        device_id: str | None = None,
        local_id: str | None = None,
        outbox_id: int | None = None,
    ) -> None:
        if local_id is not None:
            self._known[local_id] = True
            if self._alerted is not None:
                self._alerted.add(local_id)
        self.session.add(
            SyncAlertRow(
                device_id=device_id,
                local_id=local_id,
                outbox_id=outbox_id,
                kind=kind,
                title=title,
                message=message,
                words={"title": to_record(title), "message": to_record(message)},
                created_at=now,
            )
        )

    def resolve_alerts(self, now: datetime, *, local_id: str, kinds: Iterable[str]) -> int:
        """Close this code's open alerts of these kinds (what they warned about is over)."""
        if not self._known.get(local_id, True):
            return 0
        if local_id not in self._known:
            if self._alerted is None:
                query = select(SyncAlertRow.local_id).where(
                    SyncAlertRow.resolved_at.is_(None), SyncAlertRow.local_id.is_not(None)
                )
                self._alerted = set(self.session.scalars(query))
            if local_id not in self._alerted:
                return 0
        rows = self.session.scalars(
            select(SyncAlertRow).where(
                SyncAlertRow.local_id == local_id,
                SyncAlertRow.kind.in_(list(kinds)),
                SyncAlertRow.resolved_at.is_(None),
            )
        ).all()
        for row in rows:
            row.resolved_at = now
        return len(rows)

    def know_open_alerts(self, checked: Iterable[str], alerted: Iterable[str]) -> None:
        """Remember which of the `checked` codes have an open alert (`alerted`), as read just now."""
        with_alert = set(alerted)
        for local_id in checked:
            self._known[local_id] = local_id in with_alert

    def has_open_alert(self, local_id: str, kind: str) -> bool:
        query = select(SyncAlertRow.alert_id).where(
            SyncAlertRow.local_id == local_id, SyncAlertRow.kind == kind, SyncAlertRow.resolved_at.is_(None)
        )
        return self.session.scalars(query.limit(1)).first() is not None

    def dismiss_alert(self, alert_id: int, now: datetime, by: str | None) -> SyncAlert | None:
        """Hide an open alert from the desk (None: no open alert has this id). It stays open, so
        the same problem going on raises no new alert; once resolved, a new one can be raised."""
        row = self.session.get(SyncAlertRow, alert_id)
        if row is None or row.resolved_at is not None:
            return None
        if row.dismissed_at is None:
            row.dismissed_at, row.dismissed_by = now, by
        return self._alert(row)

    @staticmethod
    def _alert(r: SyncAlertRow) -> SyncAlert:
        return SyncAlert(
            r.alert_id,
            r.device_id,
            r.local_id,
            r.outbox_id,
            r.kind,
            from_record((r.words or {}).get("title"), r.title),
            from_record((r.words or {}).get("message"), r.message),
            r.created_at,
            r.resolved_at,
        )

    def alerts(self, *, open_only: bool = True, shown_only: bool = False) -> list[SyncAlert]:
        """Alerts oldest first; `open_only`: not resolved; `shown_only`: not dismissed either."""
        query = select(SyncAlertRow).order_by(SyncAlertRow.alert_id)
        if open_only:
            query = query.where(SyncAlertRow.resolved_at.is_(None))
        if shown_only:
            query = query.where(SyncAlertRow.dismissed_at.is_(None))
        return [self._alert(r) for r in self.session.scalars(query)]

    # --- settings ------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self.session.get(SettingRow, key)
        return None if row is None else row.value

    def delete_setting(self, key: str) -> None:
        row = self.session.get(SettingRow, key)
        if row is not None:
            self.session.delete(row)

    def set_setting(self, key: str, value: str, now: datetime) -> None:
        row = self.session.get(SettingRow, key)
        if row is None:
            self.session.add(SettingRow(key=key, value=value, updated_at=now))
        else:
            row.value, row.updated_at = value, now
