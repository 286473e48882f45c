"""Qt models for the desk's lists (model/view, so long lists stay fluid)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.services.queries import RoomRow, StayRow

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows, one column per (title, getter)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[R], str]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None


def stay_model(zone: Callable[[], str]) -> RowsModel[StayRow]:
    def when(value: Any) -> str:
        return value.astimezone(ZoneInfo(zone())).strftime("%a %d %b %H:%M")

    return RowsModel[StayRow](
        [
            ("Guests", lambda s: ", ".join(s.guest_names)),
            ("Rooms", lambda s: ", ".join(s.room_names)),
            ("From", lambda s: when(s.starts_at)),
            ("Until", lambda s: when(s.ends_at)),
            ("Reservation", lambda s: s.reservation_key),
            ("Status", lambda s: s.status),
        ]
    )


def room_model() -> RowsModel[RoomRow]:
    return RowsModel[RoomRow](
        [
            ("Room", lambda r: r.name),
            ("Kind", lambda r: r.kind.replace("_", " ")),
            ("State", lambda r: r.state),
            ("Guests", lambda r: ", ".join(r.guest_names)),
            ("Reservation", lambda r: r.reservation_key or ""),
            ("Doors", lambda r: ", ".join(r.entrance_ids)),
        ]
    )
