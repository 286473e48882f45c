"""Timeline: the next 14 days of every guest room as a tape chart (ui/tape_chart.py).

Enter (or a click) on an empty night opens the check-in dialog with that room and that day filled
in; on a stay it opens the stay, and the Stay menu's shortcuts act on it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from frontdesk.domain.events import Topic
from frontdesk.services.stays.views import Timeline
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dates import local_format
from frontdesk.ui.operations import Operation
from frontdesk.ui.rack_words import rack_order
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.tape_chart import BROKEN, OVERRIDDEN, STAY, TapeChart

DAYS = 14


class TimelineScreen(Screen):
    """`check_in_requested(room name, day)` asks the window for a check-in there."""

    topics = frozenset({Topic.STAYS})
    check_in_requested = Signal(str, object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.chart = TapeChart()
        self.chart.setObjectName("tapeChart")
        self.chart.check_in_requested.connect(lambda room, day: self.check_in_requested.emit(room.name, day))
        self.chart.stay_requested.connect(self.stay_opened.emit)
        self.heading = QLabel()
        self.heading.setObjectName("timelineHeading")
        legend = QLabel(
            " ".join(
                f'<span style="background:{c.name()}">&nbsp;{t}&nbsp;</span>'
                for c, t in (
                    (STAY, self.tr("stay")),
                    (OVERRIDDEN, self.tr("⇄ overridden: its cards work until the new card's first use")),
                    (BROKEN, self.tr("✖ out of order")),
                )
            )
            + " "
            + self.tr("Enter or a click on a free night: check in there.")
        )
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)
        self.operation: Operation | None = None
        self.loaded = False

    def activate(self) -> None:
        self.reload()
        self.chart.setFocus()

    def reload(self) -> None:
        self.operation = Operation(
            lambda: self.ctx.app.queries.timeline(DAYS), on_done=self.show_timeline, on_error=self.failed.emit
        ).start()

    def show_timeline(self, chart: Timeline) -> None:
        rooms = sorted(chart.rooms, key=lambda r: rack_order(r.name))
        self.chart.set_timeline(chart, rooms)
        last = chart.first_day + timedelta(days=chart.days - 1)
        self.heading.setText(
            self.tr("{rooms} rooms · {first} to {last}").format(
                rooms=len(rooms),
                first=local_format(chart.first_day, "%a %d %b"),
                last=local_format(last, "%a %d %b"),
            )
        )
        self.loaded = True

    def current_stay_key(self) -> str | None:
        bar = self.chart.current_bar()
        return bar.reservation_key if bar is not None else None
