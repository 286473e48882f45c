"""Activity: the audit log as sentences, newest first, filtered by kind of action and by any text in a
line; a banner above it says when the audit's hash chain does not verify (services/audit.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.domain.events import Topic
from frontdesk.services.audit import AuditCheckView
from frontdesk.services.stays.views import AuditEntryView
from frontdesk.ui.context import DeskContext
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.table_models import audit_model
from frontdesk.ui.views import RowTable

LIMIT = 1000


class ActivityScreen(Screen):
    topics = frozenset({Topic.AUDIT})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = audit_model(ctx.door_name)
        self.view = RowTable(self.model, self.tr("Activity"))
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 420)
        self.view.setColumnWidth(2, 120)
        self.view.setColumnWidth(3, 120)
        self.view.activated_row.connect(self._open)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Show actions of kind"))
        self.action.addItem(self.tr("All actions"), "")
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter: guest, reservation, room, workstation…"))
        self.text.setAccessibleName(self.tr("Filter the activity"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self._refilter)
        self.text.returnPressed.connect(self.view.setFocus)
        self.action.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        label = QLabel(self.tr("&Filter"))
        label.setBuddy(self.text)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.text, 2)
        bar.addWidget(self.action, 1)
        bar.addWidget(self.summary, 1)
        # A broken chain is shown above everything else, in red, until the chain verifies again.
        self.chain_warning = QLabel()
        self.chain_warning.setObjectName("auditChainBroken")
        self.chain_warning.setWordWrap(True)
        self.chain_warning.setStyleSheet(
            "QLabel#auditChainBroken { background: #b00020; color: white; font-weight: bold; padding: 8px; }"
        )
        self.chain_warning.setAccessibleName(self.tr("Audit verification"))
        self.chain_warning.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_warning)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.operation: Operation | None = None
        self.loaded = False

    def activate(self) -> None:
        self.reload()
        self.text.setFocus()

    def reload(self) -> None:
        action = str(self.action.currentData() or "") or None
        app = self.ctx.app

        async def load() -> tuple[list[AuditEntryView], AuditCheckView]:
            return await app.queries.audit(limit=LIMIT, action=action), await app.audit.check()

        self.operation = Operation(load, on_done=self._show, on_error=self.failed.emit).start()

    def _show(self, loaded: tuple[list[AuditEntryView], AuditCheckView]) -> None:
        rows, check = loaded
        self._show_check(check)
        self.model.set_rows(rows)
        known = {str(self.action.itemData(i)) for i in range(self.action.count())}
        for name in sorted({r.action for r in rows} - known):
            self.action.addItem(name, name)
        self._refilter()
        self.loaded = True

    def _refilter(self, *_: Any) -> None:
        pattern = QRegularExpression.escape(self.text.text().strip())
        self.view.proxy.setFilterRegularExpression(
            QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
        )
        self.summary.setText(self.tr("{n} line(s)").format(n=self.view.proxy.rowCount()))

    def _open(self, row: AuditEntryView) -> None:
        subject = row.subject or ""
        if subject.startswith("R-") or "reservation_key" in row.details:
            self.stay_opened.emit(row.details.get("reservation_key", subject))

    def _show_check(self, check: AuditCheckView) -> None:
        if check.intact:
            self.chain_warning.hide()
            return
        what = {
            "changed": self.tr("Audit row {id} was changed after it was written."),
            "deleted": self.tr("Audit row {id} was deleted."),
            "inserted": self.tr("Audit row {id} was inserted afterwards; the desk did not write it there."),
        }[check.broken_how or "changed"].format(id=check.broken_audit_id)
        self.chain_warning.setText(
            self.tr(
                "The audit log does not verify. {what} Someone changed the database outside the desk: "
                "tell the property's security contact."
            ).format(what=what)
        )
        self.chain_warning.show()
