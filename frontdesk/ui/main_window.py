"""The desk's main window: Today (arrivals, in-house, departures) and the room list."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.bootstrap import App
from frontdesk.services.queries import RoomRow, Today
from frontdesk.services.results import Change
from frontdesk.ui.checkin_dialog import CheckInDialog
from frontdesk.ui.operations import Operation
from frontdesk.ui.table_models import RowsModel, room_model, stay_model


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def _group(title: str, view: QTableView) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(view)
    return box


class MainWindow(QMainWindow):
    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.time_zone = "UTC"
        self.entrances: list[dict[str, Any]] = []
        self.setWindowTitle("FrontDesk")
        self.resize(1200, 760)

        self.arrivals = stay_model(lambda: self.time_zone)
        self.in_house = stay_model(lambda: self.time_zone)
        self.departures = stay_model(lambda: self.time_zone)
        self.rooms = room_model()
        self.arrivals_view = _table(self.arrivals, "Arrivals")
        self.in_house_view = _table(self.in_house, "In house")
        self.departures_view = _table(self.departures, "Departures")
        self.rooms_view = _table(self.rooms, "Rooms")

        today = QWidget()
        layout = QVBoxLayout(today)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        layout.addWidget(self.day_label)
        layout.addWidget(_group("&Arrivals", self.arrivals_view))
        layout.addWidget(_group("&In house", self.in_house_view))
        layout.addWidget(_group("&Departures", self.departures_view))
        self.tabs = QTabWidget()
        self.tabs.addTab(today, "Today")
        self.tabs.addTab(self.rooms_view, "Rooms")
        self.setCentralWidget(self.tabs)

        toolbar = QToolBar("Actions")
        toolbar.setObjectName("actions")
        self.addToolBar(toolbar)
        self.check_in_action = QAction("Check &in…", self)
        self.check_in_action.setShortcut(QKeySequence("Ctrl+N"))
        self.check_in_action.triggered.connect(self.open_check_in)
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        toolbar.addAction(self.check_in_action)
        toolbar.addAction(self.refresh_action)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().showMessage("Opening the database…")
        self.check_in_dialog: CheckInDialog | None = None
        self.loaded = False

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> Operation:
        async def load() -> tuple[dict[str, Any], list[dict[str, Any]], Today, list[RoomRow]]:
            info = await self.app.queries.property_info()
            return (
                info,
                await self.app.queries.entrances(),
                await self.app.queries.today(),
                await self.app.queries.rooms(),
            )

        return Operation(load, disable=[], on_done=self._show, parent=self).start()

    def _show(self, loaded: tuple[dict[str, Any], list[dict[str, Any]], Today, list[RoomRow]]) -> None:
        info, entrances, today, rooms = loaded
        self.time_zone = info["time_zone"]
        self.entrances = entrances
        self.setWindowTitle(f"FrontDesk — {info['name']}")
        self.day_label.setText(f"{info['name']} · {today.day:%A %d %B %Y} · {info['time_zone']}")
        self.arrivals.set_rows(today.arrivals)
        self.in_house.set_rows(today.in_house)
        self.departures.set_rows(today.departures)
        self.rooms.set_rows(rooms)
        occupied = sum(1 for r in rooms if r.state == "occupied")
        stays = len(today.in_house)
        self.counts.setText(
            f"{stays} stay{'s' if stays != 1 else ''} in house · "
            f"{occupied} of {len(rooms)} spaces occupied · workstation {self.app.workstation}"
        )
        if self.statusBar().currentMessage() == "Opening the database…":
            self.statusBar().clearMessage()
        self.loaded = True

    # --- check in ----------------------------------------------------------------------------

    def open_check_in(self) -> CheckInDialog:
        dialog = CheckInDialog(self.app, self.entrances, self.time_zone, self.app.clock(), self)
        dialog.checked_in.connect(self._checked_in)
        self.check_in_dialog = dialog
        dialog.open()
        return dialog

    def _checked_in(self, change: Change) -> None:
        names = ", ".join(g.user_name for g in change.grants_created)
        overridden = ", ".join(r.reservation_key for r in change.reservations_overridden)
        note = f" · overrides {overridden}" if overridden else ""
        self.statusBar().showMessage(f"Checked in {names} ({change.reservation_key}){note}")
        self.refresh()
