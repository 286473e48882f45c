"""The room rack as tiles grouped by floor, painted by one widget so 2,000 rooms stay fluid.

One tile per space (a suite is one tile with its doors), coloured and marked with an icon and a
word per state (ui/rack_words.py). Nothing here is a widget per room: the view keeps the rows, the
positions of the tiles shown (worked out in one pass when the rows, the filter or the width change)
and paints only the tiles in sight, each tile's words computed when it is first painted.

Keyboard: the arrows move between tiles (up and down keep the column, across floors too), Home and
End go to the first and last, Page Up/Down a screenful, Enter opens the tile's stay.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from frontdesk.services.stays.views import RackRow
from frontdesk.ui.rack_words import (
    ATTENTION_COLOUR,
    TILE_LOOK,
    TileText,
    floor_label,
    floor_number,
    state_word,
    tile_text,
    tr,
)

_COLOURS = {c: QColor(c) for look in TILE_LOOK.values() for c in look[:2]} | {
    ATTENTION_COLOUR: QColor(ATTENTION_COLOUR)
}
_BLACK, _EDGE, _RED_EDGE = QColor("#000000"), QPen(QColor("#9e9e9e"), 1), QPen(QColor(ATTENTION_COLOUR), 1)
TILE_W, TILE_H, GAP, HEADER_H, MARGIN = 80, 78, 4, 20, 4  # TILE_W: the narrowest; tiles widen to fill


class RackTiles(QAbstractScrollArea):
    """`current_changed(row | None)` when the selected tile changes; `activated(row)` on Enter or a
    double click. `set_rows` with the rack in group order, `show_only` with the filter's answers."""

    current_changed = Signal(object)
    activated = Signal(object)

    def __init__(self, now: Callable[[], datetime], zone: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._now, self._zone = now, zone
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Room rack tiles"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(False)
        self.rows: list[RackRow] = []
        self._groups: list[int] = []  # each row's floor_number
        self._index_of: dict[str, int] = {}  # space id -> row
        self._shown: list[int] = []  # indices into rows, in order
        self._texts: dict[RackRow, TileText] = {}
        self._texts_day: date | None = None
        self._xy: list[tuple[int, int]] = []  # per shown position
        self._ys: list[int] = []  # the y of each shown position (sorted): hit tests and painting
        self._lines: list[tuple[int, int]] = []  # visual lines: (first position, end position)
        self._line_of: list[int] = []
        self._headers: list[tuple[int, str]] = []
        self._height = 0
        self.current = -1  # a position in the shown tiles, -1 for none
        self._tile_w = TILE_W
        self._font = QFont(self.font())
        self._font.setPointSizeF(self.font().pointSizeF() * 0.88)  # 12 tiles a floor in 1,040 px
        self._title_font = QFont(self._font)
        self._title_font.setBold(True)
        self._metrics, self._title_metrics = QFontMetrics(self._font), QFontMetrics(self._title_font)
        self._selected_pen = QPen(self.palette().highlight().color(), 3)
        self._lines_cache: dict[tuple[RackRow, int], list[tuple[str, QColor]]] = {}

    # --- data ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RackRow], shown: Sequence[bool] | None = None) -> None:
        """New rows (grouped: floor by floor); the selection stays on the same space if still shown."""
        keep = self.current_row()
        self.rows = list(rows)
        self._groups = [floor_number(r.name, r.kind) for r in self.rows]
        self._index_of = {r.space_id: i for i, r in enumerate(self.rows)}
        # The words of a tile follow from its row (and the day): kept across reloads, so after a
        # change only the tiles whose rows changed are worked out again.
        today = self._now().astimezone(ZoneInfo(self._zone())).date()
        if today != self._texts_day or len(self._texts) > 3 * len(self.rows) + 100:
            self._texts, self._lines_cache, self._texts_day = {}, {}, today
        self._apply(shown, keep.space_id if keep is not None else None)

    def show_only(self, shown: Sequence[bool]) -> None:
        keep = self.current_row()
        self._apply(shown, keep.space_id if keep is not None else None)

    def _apply(self, shown: Sequence[bool] | None, keep: str | None) -> None:
        n = len(self.rows)
        if shown is None or len(shown) < n:
            self._shown = list(range(n))
        else:
            self._shown = [i for i, ok in enumerate(shown) if ok]
        self._layout()
        position = -1
        if keep is not None:
            index = self._index_of.get(keep, -1)
            at = bisect.bisect_left(self._shown, index)  # shown is in row order
            position = at if index >= 0 and at < len(self._shown) and self._shown[at] == index else -1
        if position < 0 and self._shown and (self.hasFocus() or self.current >= 0):
            position = 0
        self._set_current(position, force=True)
        self.viewport().update()

    def shown_rows(self) -> list[RackRow]:
        return [self.rows[i] for i in self._shown]

    def current_row(self) -> RackRow | None:
        if 0 <= self.current < len(self._shown):
            return self.rows[self._shown[self.current]]
        return None

    def text_of(self, position: int) -> TileText:
        row = self.rows[self._shown[position]]
        text = self._texts.get(row)
        if text is None:
            text = self._texts[row] = tile_text(row, self._now(), ZoneInfo(self._zone()))
        return text

    # --- layout --------------------------------------------------------------------------------

    def columns(self) -> int:
        return max(1, (self.viewport().width() - 2 * MARGIN + GAP) // (TILE_W + GAP))

    def _layout(self) -> None:
        """Positions of the shown tiles, floor after floor: one pass over runs of a floor, the
        tiles of each run placed by arithmetic (2,000 tiles in a few milliseconds)."""
        cols = self.columns()
        self._tile_w = w = max(TILE_W, (self.viewport().width() - 2 * MARGIN + GAP) // cols - GAP)
        xy: list[tuple[int, int]] = []
        lines: list[tuple[int, int]] = []
        line_of: list[int] = []
        headers: list[tuple[int, str]] = []
        groups, shown = self._groups, self._shown
        y = MARGIN - GAP - TILE_H
        start = 0
        while start < len(shown):
            g = groups[shown[start]]
            end = start + 1
            while end < len(shown) and groups[shown[end]] == g:
                end += 1
            top = y + TILE_H + GAP
            headers.append((top, floor_label(g)))
            top += HEADER_H
            count = end - start
            xy += [
                (MARGIN + (k % cols) * (w + GAP), top + (k // cols) * (TILE_H + GAP)) for k in range(count)
            ]
            first_line = len(lines)
            lines += [(start + k, min(start + k + cols, end)) for k in range(0, count, cols)]
            line_of += [first_line + k // cols for k in range(count)]
            y = xy[-1][1]
            start = end
        self._xy, self._lines, self._line_of, self._headers = xy, lines, line_of, headers
        self._ys = [p[1] for p in xy]
        self._height = (y + TILE_H + MARGIN) if xy else 0
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(TILE_H // 2)
        bar.setRange(0, max(0, self._height - self.viewport().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def tile_rect(self, position: int) -> QRect:
        """Where a shown tile is, in viewport coordinates (scrolled)."""
        x, y = self._xy[position]
        return QRect(x, y - self.verticalScrollBar().value(), self._tile_w, TILE_H)

    def position_at(self, point: QPoint) -> int:
        y = point.y() + self.verticalScrollBar().value()
        line = bisect.bisect_right(self._ys, y) - 1
        if line < 0:
            return -1
        first, end = self._lines[self._line_of[line]]
        for position in range(first, end):
            x, top = self._xy[position]
            if x <= point.x() < x + self._tile_w and top <= y < top + TILE_H:
                return position
        return -1

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        scrolled = self.verticalScrollBar().value()
        area = event.rect()  # a selection change repaints two tiles, not the screenful
        top, bottom = scrolled + area.top(), scrolled + area.bottom()
        painter.fillRect(area, self.palette().base())
        painter.setFont(self._title_font)
        painter.setPen(self.palette().text().color())
        for y, label in self._headers:
            if top - HEADER_H <= y <= bottom:
                painter.drawText(
                    QRect(MARGIN, y - scrolled, 600, HEADER_H), Qt.AlignmentFlag.AlignVCenter, label
                )
        first = max(0, bisect.bisect_left(self._ys, top - TILE_H))
        last = bisect.bisect_right(self._ys, bottom)
        left, right = area.left(), area.right()
        for position in range(first, last):
            x = self._xy[position][0]
            if x <= right and x + self._tile_w >= left:
                self._paint_tile(painter, position)
        painter.end()

    def _tile_lines(self, position: int) -> list[tuple[str, QColor]]:
        """The tile's title and four lines, elided to its width, with their colours: made once per
        tile and width (painting 100 tiles again after a filter then costs little)."""
        key = (self.rows[self._shown[position]], self._tile_w)
        made = self._lines_cache.get(key)
        if made is not None:
            return made
        text = self.text_of(position)
        ink = _COLOURS[TILE_LOOK[text.state][1]]
        red = _COLOURS[ATTENTION_COLOUR]
        width = self._tile_w - 9
        doors = tr("⧉ {n} doors").format(n=text.doors) if text.doors > 1 else ""
        rows = [(state_word(text.state), ink), (text.guest, ink), (text.nights, ink)]
        rows.append((text.attention[0], red) if text.attention else (doors, ink))
        if len(text.attention) > 1 and not text.nights:
            rows[2] = (text.attention[1], red)
        elide = self._metrics.elidedText
        made = [(self._title_metrics.elidedText(text.title, Qt.TextElideMode.ElideRight, width - 14), ink)]
        made += [(elide(w, Qt.TextElideMode.ElideRight, width) if w else "", c) for w, c in rows]
        self._lines_cache[key] = made
        return made

    def _paint_tile(self, painter: QPainter, position: int) -> None:
        text = self.text_of(position)
        lines = self._tile_lines(position)
        rect = self.tile_rect(position)
        painter.fillRect(rect, _COLOURS[TILE_LOOK[text.state][0]])
        if position == self.current:
            painter.setPen(self._selected_pen)
        else:
            painter.setPen(_RED_EDGE if text.attention else _EDGE)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        left, top, width = rect.left() + 5, rect.top() + 3, self._tile_w - 9
        line = max(12, (TILE_H - 6) // 5)
        painter.setFont(self._title_font)
        painter.setPen(_BLACK)
        painter.drawText(left, top, width - 14, line, 0, lines[0][0])
        painter.setPen(lines[0][1])
        painter.drawText(left, top, width, line, Qt.AlignmentFlag.AlignRight, TILE_LOOK[text.state][2])
        painter.setFont(self._font)
        for n, (words, colour) in enumerate(lines[1:], start=1):
            if words:
                painter.setPen(colour)
                painter.drawText(left, top + n * line, width, line, 0, words)

    # --- selection and keyboard ----------------------------------------------------------------

    def _set_current(self, position: int, *, force: bool = False) -> None:
        if position == self.current and not force:
            return
        old = self.current
        self.current = position
        for p in (old, position):
            if 0 <= p < len(self._xy):
                self.viewport().update(self.tile_rect(p).adjusted(-2, -2, 2, 2))
        if position >= 0:
            self.ensure_visible(position)
            text = self.text_of(position)
            self.setAccessibleDescription(
                " · ".join(
                    w for w in (text.title, text.state_line, text.guest, text.nights, *text.attention) if w
                )
            )
        self.current_changed.emit(self.current_row())

    def ensure_visible(self, position: int) -> None:
        bar = self.verticalScrollBar()
        y = self._xy[position][1]
        header = HEADER_H if self._line_of[position] == 0 or self._is_group_start(position) else 0
        if y - header < bar.value():
            bar.setValue(y - header - MARGIN)
        elif y + TILE_H > bar.value() + self.viewport().height():
            bar.setValue(y + TILE_H + MARGIN - self.viewport().height())

    def _is_group_start(self, position: int) -> bool:
        first = self._lines[self._line_of[position]][0]
        return first == 0 or self._groups[self._shown[first]] != self._groups[self._shown[first - 1]]

    def select_position(self, position: int) -> None:
        if self._shown:
            self._set_current(max(0, min(position, len(self._shown) - 1)))

    def _vertical(self, lines: int) -> int:
        if self.current < 0:
            return 0
        line = self._line_of[self.current]
        column = self.current - self._lines[line][0]
        target = max(0, min(len(self._lines) - 1, line + lines))
        first, end = self._lines[target]
        return min(first + column, end - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self._shown:
            super().keyPressEvent(event)
            return
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)  # the window's shortcuts
            return
        page = max(1, self.viewport().height() // (TILE_H + GAP))
        moves = {
            Qt.Key.Key_Right: lambda: self.current + 1,
            Qt.Key.Key_Left: lambda: self.current - 1,
            Qt.Key.Key_Down: lambda: self._vertical(1),
            Qt.Key.Key_Up: lambda: self._vertical(-1),
            Qt.Key.Key_PageDown: lambda: self._vertical(page),
            Qt.Key.Key_PageUp: lambda: self._vertical(-page),
            Qt.Key.Key_Home: lambda: 0,
            Qt.Key.Key_End: lambda: len(self._shown) - 1,
        }
        if key in moves:
            self.select_position(moves[key]() if self.current >= 0 else 0)
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() is not None:
            self.activated.emit(self.current_row())
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        if self.current < 0 and self._shown:
            self.select_position(0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        position = self.position_at(event.position().toPoint())
        if position >= 0:
            self._set_current(position)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().toPoint())
        if position >= 0:
            self._set_current(position)
            self.activated.emit(self.current_row())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = event.pos()  # type: ignore[attr-defined]
            position = self.position_at(point)
            if position >= 0:
                row = self.rows[self._shown[position]]
                text = self.text_of(position)
                lines = [row.name, text.state_line, ", ".join(row.guest_names), text.nights, *text.attention]
                if row.out_of_order_reason:
                    lines.append(row.out_of_order_reason)
                if len(row.entrance_ids) > 1:
                    lines.append(tr("Doors: {doors}").format(doors=", ".join(row.entrance_ids)))
                QToolTip.showText(event.globalPos(), "\n".join(w for w in lines if w), self)  # type: ignore[attr-defined]
                return True
        return super().viewportEvent(event)
