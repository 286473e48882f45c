"""The room rack: every space with its state; type to filter, pick a state, Enter opens the stay."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.stays.views import RackRow, RoomState
from frontdesk.ui.context import DeskContext
from frontdesk.ui.rack_tiles import RackTiles
from frontdesk.ui.rack_words import (
    ATTENTION_COLOUR,
    TILE_LOOK,
    TileState,
    floor_label,
    floor_number,
    forget_words,
    rack_order,
    state_word,
)
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.table_models import rack_attention, rack_model, state_text
from frontdesk.ui.views import RowTable


def natural(name: str) -> list[Any]:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


class RackFilter(QSortFilterProxyModel):
    """Rows whose text contains the typed words and whose state is the one chosen.

    Qt asks `filterAcceptsRow` once per row on every reset and every keystroke; reading each row
    back through the model from Python made a 2,000-room rack stall the window for 100 ms. So the
    answers are worked out in one pass over plain Python objects (`index_rows`, `set_filter`) and
    Qt's question becomes a list lookup."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.state = ""
        self.floor = -1  # a floor_number, -1 for all
        self._rows: list[tuple[str, bool, str, int]] = []  # state, needs attention, text, floor
        self.accepted: list[bool] = []  # per source row, what the tiles show too
        self.stale = False  # the table's rows lag behind `accepted` (set while the table is hidden)

    def index_rows(self, rows: list[RackRow]) -> None:
        """Call before the source model is reset with these rows, in the same order."""
        words = {state: f"{state.value} {state_text(state)}" for state in RoomState}  # once, not per row
        indexed = []
        for row in rows:
            attention = bool(row.cards_to_reencode or row.pin_problems or row.pending_keys)
            parts = [row.name, words[row.state], *row.guest_names, row.reservation_key or ""]
            if attention:
                parts.append(rack_attention(row))
            if row.out_of_order_reason:
                parts.append(row.out_of_order_reason)
            indexed.append(
                (row.state.value, attention, " ".join(parts).casefold(), floor_number(row.name, row.kind))
            )
        self._rows = indexed
        self._decide()

    def set_filter(self, text: str, state: str, floor: int = -1, *, table_shown: bool = True) -> None:
        """New criteria. With the table hidden only `accepted` is worked out (the tiles read it);
        the table's rows follow when it is shown again (`apply`): Qt asking 2,000 rows one by one
        on every keystroke cost the tiles a frame."""
        self.text, self.state, self.floor = text.strip().casefold(), state, floor
        if table_shown:
            self.beginFilterChange()
            self._decide()
            self.endFilterChange()
        else:
            self._decide()
            self.stale = True

    def apply(self) -> None:
        if self.stale:
            self.beginFilterChange()
            self.stale = False
            self.endFilterChange()

    def _decide(self) -> None:
        text, state, floor = self.text, self.state, self.floor
        self.accepted = [
            (attention if state == "attention" else not state or row_state == state)
            and text in words
            and (floor < 0 or floor == row_floor)
            for row_state, attention, words, row_floor in self._rows
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return source_row >= len(self.accepted) or self.accepted[source_row]


class RoomsScreen(Screen):
    """The rack as tiles by floor (ui/rack_tiles.py), or as a table (Alt+B switches): one filter
    for both. Arrows move between tiles, Enter opens the stay, the Stay menu acts on the tile."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = rack_model(lambda: ctx.time_zone)
        self.filter_model = RackFilter(self)
        self.view = RowTable(self.model, self.tr("Room rack"), proxy=self.filter_model)
        for column, width in enumerate((110, 90, 190, 200, 130, 110, 50)):
            self.view.setColumnWidth(column, width)
        self.view.activated_row.connect(self._open)
        self.tiles = RackTiles(ctx.app.clock, lambda: ctx.time_zone)
        self.tiles.setObjectName("rackTiles")
        self.tiles.activated.connect(self._open)
        self._free = 0
        self.views = QStackedWidget()
        self.views.addWidget(self.tiles)
        self.views.addWidget(self.view)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: room, guest, reservation…"))
        self.search.setAccessibleName(self.tr("Filter rooms"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Show rooms in state"))
        for label, value in (
            (self.tr("All rooms"), ""),
            (self.tr("Free"), RoomState.FREE.value),
            (self.tr("Occupied"), RoomState.OCCUPIED.value),
            (self.tr("Reserved"), RoomState.RESERVED.value),
            (self.tr("Due out, not checked out"), RoomState.DUE_OUT.value),
            (self.tr("Override pending first use"), RoomState.OVERRIDE_PENDING.value),
            (self.tr("Out of order"), RoomState.OUT_OF_ORDER.value),
            (self.tr("Needs attention (cards, PINs)"), "attention"),
        ):
            self.state.addItem(label, value)
        self.floor = QComboBox()
        self.floor.setAccessibleName(self.tr("Show rooms on floor"))
        self.floor.addItem(self.tr("All floors"), -1)
        self.as_table = QPushButton(self.tr("As ta&ble"))
        self.as_table.setCheckable(True)
        self.as_table.setAccessibleName(self.tr("Show the rack as a table"))
        self.as_table.toggled.connect(self._switch_view)
        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._to_rooms)
        self.state.currentIndexChanged.connect(self._refilter)
        self.floor.currentIndexChanged.connect(self._refilter)
        self.summary = QLabel()
        self.summary.setObjectName("rackSummary")
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.floor, 1)
        bar.addWidget(self.summary, 2)
        bar.addWidget(self.as_table)
        attention = self.tr("red edge: cards to re-encode or a PIN problem")
        legend = QLabel(
            " ".join(
                f'<span style="background:{TILE_LOOK[k][0]}; color:{TILE_LOOK[k][1]}">'
                f"&nbsp;{TILE_LOOK[k][2]} {state_word(k)}&nbsp;</span>"
                for k in TileState
            )
            + f' <span style="color:{ATTENTION_COLOUR}">&nbsp;{attention}</span>'
        )
        legend.setObjectName("rackLegend")
        legend.setWordWrap(True)  # longer in Spanish: wraps instead of widening the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        layout.addWidget(legend)

    def show_rack(self, rows: list[RackRow]) -> None:
        # Floor by floor, rooms in their natural order (Room 9 before Room 10), other spaces last.
        forget_words()
        ordered = sorted(rows, key=lambda r: rack_order(r.name, r.kind))
        self.filter_model.index_rows(ordered)
        self.model.set_rows(ordered)
        self._free = sum(1 for r in ordered if r.state is RoomState.FREE)
        self.tiles.set_rows(ordered, self.filter_model.accepted)
        self._fill_floors(ordered)
        self._summarise()

    def _fill_floors(self, rows: list[RackRow]) -> None:
        floors = list(dict.fromkeys(floor_number(r.name, r.kind) for r in rows))
        if floors == [self.floor.itemData(i) for i in range(1, self.floor.count())]:
            return
        chosen = self.floor.currentData()
        self.floor.blockSignals(True)
        while self.floor.count() > 1:
            self.floor.removeItem(1)
        for number in floors:
            self.floor.addItem(floor_label(number), number)
        self.floor.setCurrentIndex(max(0, self.floor.findData(chosen)))
        self.floor.blockSignals(False)

    def _refilter(self, *_: Any) -> None:
        self.filter_model.set_filter(
            self.search.text(),
            str(self.state.currentData()),
            int(self.floor.currentData()),
            table_shown=self.showing_table(),
        )
        self.tiles.show_only(self.filter_model.accepted)
        self._summarise()

    def _summarise(self) -> None:
        rows = self.model.rows
        free = self._free
        shown = sum(self.filter_model.accepted)
        text = self.tr("{shown} shown · {free} of {total} free").format(
            shown=shown, free=free, total=len(rows)
        )
        if not shown and self.search.text().strip():
            text = self.tr("No room matches “{text}”.").format(text=self.search.text().strip())
        self.summary.setText(text)

    def _to_rooms(self) -> None:
        """Enter in the filter: to the first room shown (or say that none matches)."""
        self._summarise()
        if self.showing_table():
            self.view.setFocus()
            self.view.select_first()
        elif self.tiles.shown_rows():
            self.tiles.setFocus()
            self.tiles.select_position(0)

    def showing_table(self) -> bool:
        return self.views.currentWidget() is self.view

    def _switch_view(self, table: bool) -> None:
        if table:
            self.filter_model.apply()
        self.views.setCurrentWidget(self.view if table else self.tiles)
        self.as_table.setText(self.tr("As ti&les") if table else self.tr("As ta&ble"))
        (self.view if table else self.tiles).setFocus()

    def activate(self) -> None:
        self.search.setFocus()

    def current_room(self) -> RackRow | None:
        """The room selected in the view shown (tiles or table)."""
        if self.showing_table():
            row: RackRow | None = self.view.current_row()
            return row
        return self.tiles.current_row()

    def current_stay_key(self) -> str | None:
        row = self.current_room()
        return row.reservation_key if row is not None else None

    def _open(self, row: RackRow) -> None:
        if row.reservation_key:
            self.stay_opened.emit(row.reservation_key)
