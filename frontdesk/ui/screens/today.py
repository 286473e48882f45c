"""Today: arrivals, guests in house and departures, each a sortable list. Enter opens a stay."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from frontdesk.services.stays.views import Today
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dates import local_format
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.table_models import stay_model
from frontdesk.ui.views import RowTable


class TodayScreen(Screen):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        zone = lambda: ctx.time_zone  # noqa: E731 - the zone is known only once the database is open
        self.arrivals = stay_model(zone)
        self.in_house = stay_model(zone)
        self.departures = stay_model(zone)
        self.arrivals_view = RowTable(self.arrivals, self.tr("Arrivals"))
        self.in_house_view = RowTable(self.in_house, self.tr("In house"))
        self.departures_view = RowTable(self.departures, self.tr("Departures"))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        # It carries the property's name and a translated tip: wrapped, it never widens the window.
        self.day_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.day_label)
        self.boxes: list[tuple[QGroupBox, str]] = []
        for title, view in (
            (self.tr("&Arrivals"), self.arrivals_view),
            (self.tr("&In house"), self.in_house_view),
            (self.tr("De&partures"), self.departures_view),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            view.setColumnWidth(0, 280)
            view.activated_row.connect(lambda row: self.stay_opened.emit(row.reservation_key))
            layout.addWidget(box)
            self.boxes.append((box, title))
        self._last_focus: RowTable = self.arrivals_view

    def views(self) -> list[RowTable]:
        return [self.arrivals_view, self.in_house_view, self.departures_view]

    def show_today(self, today: Today) -> None:
        self.day_label.setText(
            self.tr("{name} · {day} · {zone} · F3 finds a stay, Ctrl+N checks in").format(
                name=self.ctx.property_name,
                day=local_format(today.day, "%A %d %B %Y"),
                zone=self.ctx.time_zone,
            )
        )
        for model, rows in (
            (self.arrivals, today.arrivals),
            (self.in_house, today.in_house),
            (self.departures, today.departures),
        ):
            model.set_rows(rows)
        for (box, title), rows in zip(
            self.boxes, (today.arrivals, today.in_house, today.departures), strict=True
        ):
            box.setTitle(f"{title} ({len(rows)})")

    def activate(self) -> None:
        target = next((v for v in self.views() if v.proxy.rowCount()), self.arrivals_view)
        target.setFocus()

    def current_stay_key(self) -> str | None:
        focused = next((v for v in self.views() if v.hasFocus()), None)
        if focused is not None:
            self._last_focus = focused
        row = self._last_focus.current_row()
        return row.reservation_key if row is not None else None
