"""Find a stay by guest name, room or reservation key, from anywhere (Ctrl+F or F3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.domain.words import say_plural
from frontdesk.services.stays.views import SearchHit
from frontdesk.ui.context import DeskContext
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import search_model
from frontdesk.ui.views import RowTable


class _SearchEdit(QLineEdit):
    """Down goes to the results; Enter opens the highlighted (or first) stay."""

    down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Results appear as you type. Emits `chosen(reservation_key)` and closes."""

    chosen = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Find a stay"))
        self.query = _SearchEdit()
        self.query.setPlaceholderText(self.tr("Guest name, room or reservation key"))
        self.query.setAccessibleName(self.tr("Search for a stay"))
        self.query.setClearButtonEnabled(True)
        self.model = search_model(lambda: ctx.time_zone)
        self.results = RowTable(self.model, self.tr("Search results"))
        # Guests, rooms, from, until, key: the Status column stays in sight without a sideways scroll.
        for column, width in enumerate((190, 110, 125, 125, 110)):
            self.results.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.error = ErrorBanner()
        self.operation: Operation | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)  # one query per pause in typing
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.down.connect(self._to_results)
        self.query.enter.connect(self._open_current)
        self.results.activated_row.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.resize(820, 420)
        self.query.setFocus()

    def search_now(self, text: str) -> Operation:
        self.query.setText(text)
        self._timer.stop()
        return self._search()

    def _search(self) -> Operation:
        text = self.query.text()
        self.operation = Operation(
            lambda: self.ctx.app.queries.search(text),
            on_done=lambda hits: self._show(text, hits),
            on_error=self.error.show_error,
        ).start()
        return self.operation

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self.query.text():
            return  # an older answer arriving after a newer keystroke
        self.error.clear()
        self.model.set_rows(hits)
        if hits:
            self.results.setCurrentIndex(self.results.proxy.index(0, 0))
            found = say_plural(
                "{n} stay. Enter opens the highlighted one.",
                "{n} stays. Enter opens the highlighted one.",
                n=len(hits),
            )
            self.summary.setText(shown(found))
        else:
            self.summary.setText(self.tr("No stay matches.") if text.strip() else "")

    def _to_results(self) -> None:
        self.results.setFocus()

    def _open_current(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search first, then open
            self._timer.stop()
            self._search().task.add_done_callback(lambda _: self._open_current())  # type: ignore[union-attr]
            return
        row = self.results.current_row()
        if row is not None:
            self._open(row)

    def _open(self, hit: SearchHit) -> None:
        self.chosen.emit(hit.reservation_key)
        self.accept()
