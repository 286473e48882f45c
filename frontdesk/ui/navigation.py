"""The navigation list of screens: each entry is the screen's title with its shortcut set to the
right in a quieter colour.

A tab between title and shortcut (as before) jumps to the next 80 px tab stop, so one title a few
pixels too long ("Cronograma") pushed every shortcut out and the list grew by a whole stop. The
delegate measures the widest title and the widest shortcut instead, and the list is just that wide.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
GAP = 16  # between the widest title and the shortcuts' column
NARROWEST = 150

Index = QModelIndex | QPersistentModelIndex


class _TitleAndShortcut(QStyledItemDelegate):
    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        self._list = parent
        self.shortcut_width = 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        shortcut = str(index.data(SHORTCUT_ROLE) or "")
        if not shortcut:
            return
        # Selected asked of the list, not of `option.state`: reading that flag makes PySide6 build
        # QStyle's some 90 enum types (4 ms) on the window's start path (docs/benchmarks.md).
        selected = self._list.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        painter.setPen(option.palette.color(role))
        rect: QRect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shortcut)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + GAP + self.shortcut_width + 8, size.height())


class NavigationList(QListWidget):
    """`add(title, key, shortcut)`; `fit()` once every entry is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = _TitleAndShortcut(self)
        self.setItemDelegate(self._delegate)
        self.setFixedWidth(NARROWEST)

    def add(self, title: str, key: str, shortcut: str) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(SHORTCUT_ROLE, shortcut)
        item.setToolTip(f"{title} ({shortcut})")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, shortcut)
        self.addItem(item)

    def fit(self) -> None:
        """As wide as the longest title beside the longest shortcut (translations are longer)."""
        self.ensurePolished()  # the style sheet's font, not the default one, sets the widths
        metrics = self.fontMetrics()
        shortcuts = [str(self.item(r).data(SHORTCUT_ROLE) or "") for r in range(self.count())]
        self._delegate.shortcut_width = max((metrics.horizontalAdvance(s) for s in shortcuts), default=0)
        widest = max(self.sizeHintForColumn(0), 0) + 2 * self.frameWidth() + 8
        self.setFixedWidth(max(NARROWEST, widest))
