"""A page area whose messages float over its foot instead of pushing the page down.

An error or a notice that appeared above the screen moved every row under the pointer by its
height, and the next click landed on the wrong row. Here the banners are children of the host but
not of its layout: they lie over the bottom of the page, as wide as it, as tall as their text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class OverlayHost(QWidget):
    """Holds `page` in its layout and `banners` over the page's foot, stacked upwards."""

    def __init__(self, page: QWidget, banners: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.banners = banners
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        for banner in banners:
            banner.setParent(self)
            banner.setAutoFillBackground(True)  # opaque over the page even without the style sheet
            banner.installEventFilter(self)
        self.place()

    def place(self) -> None:
        bottom = self.height()
        for banner in reversed(self.banners):
            if banner.isHidden():
                continue
            height = banner.heightForWidth(self.width()) if banner.hasHeightForWidth() else -1
            height = max(height, banner.sizeHint().height())
            bottom -= height
            banner.setGeometry(0, bottom, self.width(), height)
            banner.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self.place()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()
