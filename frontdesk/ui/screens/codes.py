"""Codes: per keypad lock, its PIN codes with their state, errors and warnings, and the health of the
lock's backup pool. Backup PINs in the pool stay hidden: nobody sees them until a lockout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.codes import SyncState
from frontdesk.domain.codes.backup_pool import BACKUP_CODE_NAME
from frontdesk.domain.events import Topic
from frontdesk.domain.words import joined, say, say_plural
from frontdesk.services.codes.views import CodeView, LockReplacement, TypedTimeZone
from frontdesk.services.sync.views import SyncAlertView
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.new_code import NewCodeDialog
from frontdesk.ui.dialogs.replace_lock import ReplaceLockDialog, replacement_words
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.screens.lockout_words import fit_columns, issue_titles, issue_words
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import when

POOL_TARGET = 5  # the desk keeps this many healthy backup codes on each guest lock
SYNC_WORDS = {
    SyncState.PENDING_CREATE: say("waiting to be sent"),
    SyncState.PENDING_UPDATE: say("change waiting to be sent"),
    SyncState.PENDING_DELETE: say("removal waiting to be sent"),
    SyncState.SYNCED: say("in sync"),
    SyncState.FAILED: say("failed to sync"),
}


@dataclass(frozen=True)
class PoolHealth:
    """How a lock's backup pool stands: ready on the lock, on the way, with problems."""

    healthy: int
    on_the_way: int
    troubled: int
    handed_out: int

    def words(self) -> str:
        parts: list[str] = [
            say(
                "Backup pool: {healthy} of {target} ready on the lock",
                healthy=self.healthy,
                target=POOL_TARGET,
            )
        ]
        parts += [say("{n} on the way", n=self.on_the_way)] if self.on_the_way else []
        parts += [say("{n} with problems (will be replaced)", n=self.troubled)] if self.troubled else []
        parts += [say("{n} handed out to guests", n=self.handed_out)] if self.handed_out else []
        text = shown(joined(", ", parts))
        if not self.healthy:
            text += shown(say(" — no backup PIN can be given from the desk right now"))
        return text


def pool_health(codes: Sequence[CodeView]) -> PoolHealth:
    """Counts over the lock's backup codes, as the service reports their state."""
    pool = [c for c in codes if c.in_backup_pool]
    troubled = [c for c in pool if c.errors or c.sync_state is SyncState.FAILED]
    ok = [c for c in pool if c not in troubled and c.sync_state is not SyncState.PENDING_DELETE]
    healthy = [c for c in ok if c.status == "set"]
    on_the_way = [c for c in ok if c.status in ("setting", "unset")]
    handed_out = [c for c in codes if c.is_backup and c.pulled_for]
    return PoolHealth(len(healthy), len(on_the_way), len(troubled), len(handed_out))


def _pool_last_then_oldest(code: CodeView) -> tuple[bool, bool, float]:
    # Guests' codes first, the pool after; each oldest first (a code without a time leads).
    created = code.created_at
    return (code.in_backup_pool, created is not None, created.timestamp() if created else 0.0)


class CodesScreen(Screen):
    """Keypad locks on the left; the chosen lock's codes and pool on the right."""

    topics = frozenset({Topic.CODES, Topic.SYNC, Topic.DOORS})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.operation: Operation | None = None
        self.codes: list[CodeView] = []
        self.locks = QListWidget()
        self.locks.setAccessibleName(self.tr("Keypad locks"))
        self.locks.setFixedWidth(220)
        self.locks.currentItemChanged.connect(lambda *_: self.load())
        locks_label = QLabel(self.tr("&Locks"))
        locks_label.setBuddy(self.locks)
        self.heading = QLabel()
        self.heading.setObjectName("dayLabel")
        self.pool = QLabel()
        self.pool.setObjectName("poolHealth")
        self.pool.setWordWrap(True)
        self.pool.setAccessibleName(self.tr("Backup pool health"))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("PIN codes on the lock"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("PIN"),
                self.tr("Name"),
                self.tr("Valid"),
                self.tr("State"),
                self.tr("Sync"),
                self.tr("Errors and warnings"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.refresh_button = QPushButton(self.tr("Re&fresh codes"))
        self.refresh_button.clicked.connect(self.load)
        self.new_button = QPushButton(self.tr("&New code…"))
        self.new_button.setToolTip(self.tr("A PIN code on this lock, with a name, a start and an end"))
        self.new_button.clicked.connect(self.new_code)
        self.code_dialog: NewCodeDialog | None = None
        self.replace_button = QPushButton(self.tr("Re&place lock…"))
        self.replace_button.setToolTip(
            self.tr("The lock was factory reset: move its codes to the new device")
        )
        self.replace_button.clicked.connect(self.replace_lock)
        self.dialog: ReplaceLockDialog | None = None
        # What the last replacement did, kept on screen: the receptionist must tell those guests.
        self.replaced = QLabel()
        self.replaced.setObjectName("lockReplaced")
        self.replaced.setWordWrap(True)
        self.replaced.setAccessibleName(self.tr("Lock replaced"))
        self.replaced.hide()
        left = QVBoxLayout()
        left.addWidget(locks_label)
        left.addWidget(self.locks, 1)
        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.new_button)
        top.addWidget(self.replace_button)
        right.addLayout(top)
        right.addWidget(self.replaced)
        right.addWidget(self.pool)
        right.addWidget(self.table, 1)
        # The sync's alerts for this desk: each can be dismissed once read (the retry goes on).
        self.alerts: list[SyncAlertView] = []
        self.alert_list = QListWidget()
        self.alert_list.setAccessibleName(self.tr("Sync alerts"))
        self.alert_list.setWordWrap(True)
        self.alert_list.setMaximumHeight(120)
        alerts_label = QLabel(self.tr("Sync &alerts"))
        alerts_label.setBuddy(self.alert_list)
        self.dismiss_button = QPushButton(self.tr("D&ismiss alert"))
        self.dismiss_button.setToolTip(
            self.tr("Take the selected alert off the list; the desk keeps retrying what it is about")
        )
        self.dismiss_button.clicked.connect(self.dismiss_alert)
        alerts_row = QHBoxLayout()
        alerts_row.addWidget(alerts_label, 1)
        alerts_row.addWidget(self.dismiss_button)
        right.addLayout(alerts_row)
        right.addWidget(self.alert_list)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def _fill_locks(self) -> None:
        keypads = [e for e in self.ctx.entrances if e.device_id]
        known = [self.locks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.locks.count())]
        if known == [e.device_id for e in keypads]:
            return
        current = self.locks.currentItem()
        was = None if current is None else current.text()  # keep the door in view (its lock may be new)
        self.locks.blockSignals(True)
        self.locks.clear()
        for e in keypads:
            item = QListWidgetItem(e.name)
            item.setData(Qt.ItemDataRole.UserRole, e.device_id)
            item.setToolTip(self.tr("Lock {device} at {space}").format(device=e.device_id, space=e.space))
            self.locks.addItem(item)
        self.locks.blockSignals(False)
        names = [e.name for e in keypads]
        if keypads:
            self.locks.setCurrentRow(names.index(was) if was in names else 0)

    def activate(self) -> None:
        self._fill_locks()
        self.load()
        self.locks.setFocus()

    def reload(self) -> None:
        self._fill_locks()
        self.load()

    def device_id(self) -> str | None:
        item = self.locks.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_alerts(self, alerts: tuple[SyncAlertView, ...]) -> None:
        self.alerts = list(alerts)
        self.alert_list.clear()
        for alert in self.alerts:
            item = QListWidgetItem(f"{shown(alert.title)} {shown(alert.message)}")
            item.setData(Qt.ItemDataRole.UserRole, alert.alert_id)
            self.alert_list.addItem(item)
        if not self.alerts:
            self.alert_list.addItem(QListWidgetItem(self.tr("No alerts.")))
        self.dismiss_button.setEnabled(bool(self.alerts))
        if self.alerts:
            self.alert_list.setCurrentRow(0)

    def dismiss_alert(self) -> Operation | None:
        item = self.alert_list.currentItem()
        alert_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if alert_id is None:
            return None
        self.operation = Operation(
            lambda: self.ctx.app.codes.dismiss_alert(int(alert_id)),
            disable=[self.dismiss_button],
            on_done=lambda _alert: self.load(),
            on_error=self.failed.emit,
        ).start()
        return self.operation

    def new_code(self) -> Operation | None:
        """Ask the zone typed times are read in for this lock, then open the form that says it."""
        device = self.device_id()
        if device is None:
            return None
        door = self.locks.currentItem().text()

        def opened(typed: TypedTimeZone) -> None:
            now = self.ctx.app.clock()
            self.code_dialog = NewCodeDialog(
                self.ctx, device, door, typed.zone, typed.is_lock_zone, now, self
            )
            self.code_dialog.finished_with.connect(lambda _code: self.load())
            self.code_dialog.open()

        return Operation(
            lambda: self.ctx.app.codes.typed_zone(device), on_done=opened, on_error=self.failed.emit
        ).start()

    def replace_lock(self) -> None:
        device = self.device_id()
        if device is None:
            return
        door = self.locks.currentItem().text()
        self.dialog = ReplaceLockDialog(self.ctx, device, door, self)
        self.dialog.finished_with.connect(lambda result: self.lock_replaced(result, door))
        self.dialog.open()

    def lock_replaced(self, result: LockReplacement, door: str) -> None:
        head = self.tr("Lock replaced.")
        if result.new_pins:
            head += " " + self.tr("Guests with a new PIN must be told it:")
        self.replaced.setText("\n".join([head, *replacement_words(result, door)]))
        self.replaced.show()
        self.reload()

    def load(self) -> Operation | None:
        device = self.device_id()
        if device is None:
            return None

        async def codes_and_pool() -> tuple[list[CodeView], bool, tuple[SyncAlertView, ...]]:
            codes = await self.ctx.app.codes.list(device)
            pool = await self.ctx.app.codes.uses_provider_pool(device)
            return codes, pool, (await self.ctx.app.sync.status()).alerts

        def show(loaded: tuple[list[CodeView], bool, tuple[SyncAlertView, ...]]) -> None:
            self.show_alerts(loaded[2])
            self.show_codes(device, loaded[0], loaded[1])

        self.operation = Operation(
            codes_and_pool,
            on_done=show,
            on_error=self.failed.emit,
        ).start()
        return self.operation

    def show_codes(self, device_id: str, codes: list[CodeView], provider_pool: bool = False) -> None:
        if device_id != self.device_id():
            return  # the person moved on to another lock meanwhile
        self.codes = codes
        name = self.locks.currentItem().text()
        shown_codes = [c for c in codes if not c.in_backup_pool]
        heading = say_plural(
            "{lock}: {n} guest code", "{lock}: {n} guest codes", n=len(shown_codes), lock=name
        )
        self.heading.setText(shown(heading))
        health = pool_health(codes)
        if provider_pool:  # one pool per lock: this one's backups are the provider's, hidden from the desk
            words = self.tr(
                "Backup pool: kept by the lock provider on this lock; a backup PIN is pulled from it "
                "when a guest cannot get in (needs the internet)."
            )
            if health.handed_out:
                words += " " + self.tr("{n} handed out to guests.").format(n=health.handed_out)
            self.pool.setText(words)
            self.pool.setProperty("empty", False)
        else:
            self.pool.setText(health.words())
            self.pool.setProperty("empty", health.healthy == 0)
        self.table.setRowCount(len(codes))
        for row, code in enumerate(sorted(codes, key=_pool_last_then_oldest)):
            pin = self.tr("•••• (backup pool)") if code.in_backup_pool else (code.code or self.tr("(coming)"))
            valid = " – ".join(
                when(x, self.ctx.time_zone) for x in (code.starts_at, code.ends_at) if x
            ) or self.tr("always")
            cells = [
                pin,
                self.tr("Backup code")
                if code.is_backup and code.name == BACKUP_CODE_NAME
                else code.name or "",
                valid,
                shown(code.status_text),
                shown(SYNC_WORDS.get(code.sync_state, code.sync_state.value)),
                issue_titles(code),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # The problems' tooltip adds what to do and the provider's own reason code.
                item.setToolTip(issue_words(code) if column == 5 and text else text)
                self.table.setItem(row, column, item)
        fit_columns(self.table, stretch=(3, 5))
