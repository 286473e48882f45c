"""Table views set up the same way everywhere: whole-row selection, sortable, keyboard-friendly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.ui.table_models import ROW_ROLE, SORT_ROLE, RowsModel


class RowTable(QTableView):
    """A read-only table of a RowsModel behind a filter proxy.

    Enter or a double click emits `activated_row`."""

    activated_row = Signal(object)

    def __init__(
        self,
        model: RowsModel[Any],
        name: str,
        parent: QWidget | None = None,
        proxy: QSortFilterProxyModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = proxy or QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        # Fixed row heights: the view never measures 2,000 rows to lay them out.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(24)
        rows.hide()
        self.doubleClicked.connect(self._activate)

    def current_row(self) -> Any | None:
        index = self.currentIndex()
        if not index.isValid():
            selected = self.selectionModel().selectedRows()
            if not selected:
                return None
            index = selected[0]
        return self.proxy.data(index, ROW_ROLE)

    def select_first(self) -> None:
        """The current row, or the first, selected: what the Stay menu acts on is what is shown.

        Focus by a mnemonic (Alt+A on Today) gave a current index without a selection: nothing
        looked chosen, and Ctrl+D then acted on a row nobody saw."""
        if self.proxy.rowCount() == 0 or self.selectionModel().selectedRows():
            return
        index = self.currentIndex() if self.currentIndex().isValid() else self.proxy.index(0, 0)
        self.setCurrentIndex(index)
        self.selectRow(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.select_first()  # arrows work at once and actions have a stay to act on

    def _activate(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.activated_row.emit(row)


def fixed_table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    """A small read-only table of texts (the settings' doors and keypad slots)."""
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    return table
