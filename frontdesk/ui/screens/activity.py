"""Activity: the audit log, newest first, filtered by kind of action and by any text in a line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.domain.events import Topic
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
        self.model = audit_model()
        self.view = RowTable(self.model, self.tr("Activity"))
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 190)
        self.view.setColumnWidth(2, 160)
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.operation: Operation | None = None
        self.loaded = False

    def activate(self) -> None:
        self.reload()
        self.text.setFocus()

    def reload(self) -> None:
        action = str(self.action.currentData() or "") or None
        self.operation = Operation(
            lambda: self.ctx.app.queries.audit(limit=LIMIT, action=action),
            on_done=self._show,
            on_error=self.failed.emit,
        ).start()

    def _show(self, rows: list[AuditEntryView]) -> None:
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
