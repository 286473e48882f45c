"""The stay timeline drawn as a tape chart: rooms down, days across, each stay a bar.

Stays that overlap on one room share its line one above the other, so the overlap shows; a stay
overridden by a newer one is hatched and says so; a time out of order is a grey bar with its
reason. The cursor is a cell (a room and a night): the arrows move it, Enter on an empty night
asks for a check-in there, Enter on a stay opens it. A click on an empty night asks for the
check-in too; a double click on a stay opens it. Painted by one widget, only the lines in sight.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from frontdesk.domain.stay_times import CHECK_IN_TIME, CHECK_OUT_TIME
from frontdesk.services.stays.views import Timeline, TimelineBar, TimelineRoom
from frontdesk.ui.dates import local_format
from frontdesk.ui.rack_words import tr

NAME_W, ROW_H, HEADER_H, MIN_DAY_W = 96, 26, 34, 44
STAY, OVERRIDDEN, BROKEN = QColor("#90caf9"), QColor("#ffe082"), QColor("#bdbdbd")


def lanes(bars: tuple[TimelineBar, ...]) -> list[int]:
    """The lane of each bar: overlapping stays on one room go one above the other."""
    ends: list[datetime] = []
    out = []
    for bar in bars:
        lane = next((i for i, end in enumerate(ends) if end <= bar.starts_at), len(ends))
        if lane == len(ends):
            ends.append(bar.ends_at)
        else:
            ends[lane] = bar.ends_at
        out.append(lane)
    return out


class TapeChart(QAbstractScrollArea):
    """`check_in_requested(room, day)` for an empty night; `stay_requested(key)` to open a stay."""

    check_in_requested = Signal(object, object)  # TimelineRoom, date
    stay_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Stay timeline"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart: Timeline | None = None
        self.rooms: list[TimelineRoom] = []
        self._lanes: list[list[int]] = []
        self.row, self.day = 0, 0  # the cursor: a room line and a day column
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._small = QFont(self.font())
        self._small.setPixelSize(9)

    def set_timeline(self, chart: Timeline, rooms: list[TimelineRoom]) -> None:
        """The chart with its rooms in the order to show them; the cursor stays where it was."""
        self.chart, self.rooms = chart, rooms
        self._lanes = [lanes(r.bars) for r in rooms]
        self.row = min(self.row, max(0, len(rooms) - 1))
        self.day = min(self.day, chart.days - 1)
        self._layout()
        self._describe()
        self.viewport().update()

    # --- geometry ------------------------------------------------------------------------------

    def day_width(self) -> float:
        days = self.chart.days if self.chart else 14
        return max(MIN_DAY_W, (self.viewport().width() - NAME_W) / days)

    def _layout(self) -> None:
        bar = self.verticalScrollBar()
        bar.setSingleStep(ROW_H)
        bar.setPageStep(max(ROW_H, self.viewport().height() - HEADER_H))
        bar.setRange(0, max(0, HEADER_H + len(self.rooms) * ROW_H - self.viewport().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def _x(self, at: datetime) -> float:
        assert self.chart is not None
        hours = (at - self.chart.starts_at).total_seconds() / 3600
        return NAME_W + max(0.0, min(hours / 24, self.chart.days)) * self.day_width()

    def cell_rect(self, row: int, day: int) -> QRect:
        y = HEADER_H + row * ROW_H - self.verticalScrollBar().value()
        w = self.day_width()
        return QRect(int(NAME_W + day * w), y, int(w), ROW_H)

    def cell_at(self, x: int, y: int) -> tuple[int, int] | None:
        if x < NAME_W or y < HEADER_H or self.chart is None:
            return None
        row = (y - HEADER_H + self.verticalScrollBar().value()) // ROW_H
        day = int((x - NAME_W) // self.day_width())
        if 0 <= row < len(self.rooms) and 0 <= day < self.chart.days:
            return row, day
        return None

    # --- what is in a cell ---------------------------------------------------------------------

    def night(self, day: int) -> tuple[datetime, datetime]:
        """The night of a day column: from the check-in time to the next day's check-out time."""
        assert self.chart is not None
        d = self.chart.first_day + timedelta(days=day)
        zone = self.chart.starts_at.tzinfo
        return (
            datetime.combine(d, CHECK_IN_TIME, zone),
            datetime.combine(d + timedelta(days=1), CHECK_OUT_TIME, zone),
        )

    def bar_at(self, row: int, day: int) -> TimelineBar | None:
        starts, ends = self.night(day)
        return next((b for b in self.rooms[row].bars if b.starts_at < ends and starts < b.ends_at), None)

    def current_day(self) -> date:
        assert self.chart is not None
        return self.chart.first_day + timedelta(days=self.day)

    def current_bar(self) -> TimelineBar | None:
        return self.bar_at(self.row, self.day) if self.rooms else None

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.palette().base())
        if self.chart is None:
            painter.end()
            return
        top = self.verticalScrollBar().value()
        first = max(0, top // ROW_H)
        last = min(len(self.rooms), first + self.viewport().height() // ROW_H + 2)
        width = self.day_width()
        grid = QColor("#e0e0e0")
        ink = self.palette().text().color()
        painter.setPen(grid)
        for day in range(self.chart.days):  # the day lines first: the bars go over them
            x = int(NAME_W + day * width)
            painter.drawLine(x, HEADER_H, x, HEADER_H + len(self.rooms) * ROW_H - top)
        for row in range(first, last):
            y = HEADER_H + row * ROW_H - top
            if row == self.row:
                painter.fillRect(QRect(0, y, NAME_W, ROW_H), self.palette().alternateBase())
            painter.setPen(ink)
            painter.setFont(self._bold if row == self.row else self.font())
            painter.drawText(
                QRect(4, y, NAME_W - 6, ROW_H), Qt.AlignmentFlag.AlignVCenter, self.rooms[row].name
            )
            painter.setPen(grid)
            painter.drawLine(0, y + ROW_H - 1, self.viewport().width(), y + ROW_H - 1)
            self._paint_bars(painter, row, y)
        self._paint_header(painter, width, ink, grid)
        cursor = self.cell_rect(self.row, self.day)
        painter.setPen(QPen(self.palette().highlight().color(), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cursor.adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_header(self, painter: QPainter, width: float, ink: QColor, grid: QColor) -> None:
        assert self.chart is not None
        painter.fillRect(QRect(0, 0, self.viewport().width(), HEADER_H), self.palette().window())
        for day in range(self.chart.days):
            d = self.chart.first_day + timedelta(days=day)
            x = int(NAME_W + day * width)
            painter.setPen(grid)
            painter.drawLine(x, 0, x, HEADER_H)
            painter.setPen(ink)
            painter.setFont(self._bold if day == 0 else self.font())
            painter.drawText(
                QRect(x, 0, int(width), HEADER_H), Qt.AlignmentFlag.AlignCenter, local_format(d, "%a\n%d %b")
            )

    def _paint_bars(self, painter: QPainter, row: int, y: int) -> None:
        room, room_lanes = self.rooms[row], self._lanes[row]
        count = max(room_lanes, default=0) + 1
        height = (ROW_H - 4) / count
        painter.setFont(self._small if count > 1 else self.font())  # two stays in one line: smaller
        for bar, lane in zip(room.bars, room_lanes, strict=True):
            x0, x1 = self._x(bar.starts_at), self._x(bar.ends_at)
            if x1 <= x0:
                continue
            box = QRectF(x0, y + 2 + lane * height, x1 - x0, height - 1)
            colour = BROKEN if bar.reservation_key is None else OVERRIDDEN if bar.overridden else STAY
            painter.setPen(QPen(colour.darker(150), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            if bar.overridden:
                painter.setBrush(QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#000000"))
            label = self.bar_label(bar)
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(box.width()) - 6)
            painter.drawText(box.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def bar_label(bar: TimelineBar) -> str:
        if bar.reservation_key is None:
            return tr("✖ out of order: {reason}").format(reason=bar.out_of_order_reason or "")
        names = ", ".join(bar.guest_names)
        if bar.overridden:
            return tr("⇄ overridden: {names}").format(names=names)
        if bar.overrides:
            return tr("⇄ {names} (took the room over)").format(names=names)
        return names

    # --- keyboard and mouse --------------------------------------------------------------------

    def move_to(self, row: int, day: int) -> None:
        if not self.rooms or self.chart is None:
            return
        self.row = max(0, min(row, len(self.rooms) - 1))
        self.day = max(0, min(day, self.chart.days - 1))
        rect = self.cell_rect(self.row, self.day)
        bar = self.verticalScrollBar()
        if rect.top() < HEADER_H:
            bar.setValue(bar.value() - (HEADER_H - rect.top()))
        elif rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + 1)
        self._describe()
        self.viewport().update()

    def _describe(self) -> None:
        if not self.rooms or self.chart is None:
            return
        bar = self.current_bar()
        what = self.bar_label(bar) if bar is not None else tr("free night")
        self.setAccessibleDescription(
            f"{self.rooms[self.row].name} · {local_format(self.current_day(), '%a %d %b')} · {what}"
        )

    def act(self) -> None:
        """Enter or a click on the cursor's cell: a check-in on an empty night, else the stay."""
        if not self.rooms or self.chart is None:
            return
        bar = self.current_bar()
        if bar is None:
            self.check_in_requested.emit(self.rooms[self.row], self.current_day())
        elif bar.reservation_key:
            self.stay_requested.emit(bar.reservation_key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        page = max(1, (self.viewport().height() - HEADER_H) // ROW_H)
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_PageUp: (-page, 0),
            Qt.Key.Key_PageDown: (page, 0),
        }
        if key in moves:
            rows, days = moves[key]
            self.move_to(self.row + rows, self.day + days)
        elif key == Qt.Key.Key_Home:
            self.move_to(self.row, 0)
        elif key == Qt.Key.Key_End:
            self.move_to(self.row, (self.chart.days if self.chart else 1) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.act()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        cell = self.cell_at(int(event.position().x()), int(event.position().y()))
        if cell is None:
            return
        self.move_to(*cell)
        if self.current_bar() is None:
            self.act()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(int(event.position().x()), int(event.position().y()))
        if cell is not None and self.bar_at(*cell) is not None:
            self.move_to(*cell)
            self.act()
