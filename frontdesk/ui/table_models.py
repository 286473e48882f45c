"""Qt models for the desk's lists (model/view, so 2,000 rooms stay fluid)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frontdesk.domain.action_words import action_words
from frontdesk.domain.words import say_plural
from frontdesk.services.stays.views import AuditEntryView, RackRow, SearchHit, StayRow
from frontdesk.ui.dates import local_format
from frontdesk.ui.service_words import shown

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (times, numbers), not the shown text
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tip: Callable[[R], str] | None = None  # the hover text when it says more than the cell


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of rows. `tint(row)` may give a row a background colour (e.g. its state)."""

    def __init__(self, columns: Sequence[Column[R]], tint: Callable[[R], str | None] | None = None) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[R] = []
        self._tint = tint

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and self._tint is not None:
            colour = self._tint(row)
            return QColor(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


def when(value: datetime | None, zone: str) -> str:
    return "" if value is None else local_format(value.astimezone(ZoneInfo(zone)), "%a %d %b %H:%M")


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


def stay_model(zone: Callable[[], str]) -> RowsModel[StayRow]:
    return RowsModel[StayRow](
        [
            Column(tr("Guests"), lambda s: ", ".join(s.guest_names)),
            Column(tr("Rooms"), lambda s: ", ".join(s.room_names)),
            Column(tr("From"), lambda s: when(s.starts_at, zone()), lambda s: _stamp(s.starts_at)),
            Column(tr("Until"), lambda s: when(s.ends_at, zone()), lambda s: _stamp(s.ends_at)),
            Column(tr("Reservation"), lambda s: s.reservation_key),
            Column(tr("Status"), lambda s: status_text(s.status)),
        ],
        tint=lambda s: STATE_COLOURS.get(s.status),
    )


def status_text(status: str) -> str:
    return {
        "active": tr("active"),
        "overridden": tr("overridden"),
        "ended": tr("checked out"),
    }.get(status, status)


STATE_COLOURS = {
    "occupied": "#dcecfb",
    "reserved": "#f1f1f1",
    "due_out": "#e6dcf5",
    "override_pending": "#fff1c2",
    "overridden": "#fff1c2",
    "attention": "#fbdcdc",
    "out_of_order": "#d9d9d9",
}


def state_text(state: str) -> str:
    return {
        "free": tr("free"),
        "occupied": tr("occupied"),
        "reserved": tr("reserved"),
        "due_out": tr("due out, not checked out"),
        "override_pending": tr("override pending first use"),
        "out_of_order": tr("out of order"),
    }.get(state, state)


def _rack_tint(r: RackRow) -> str | None:
    if r.cards_to_reencode or r.pin_problems:
        return STATE_COLOURS["attention"]
    return STATE_COLOURS.get(r.state)


def rack_attention(r: RackRow) -> str:
    parts = []
    if r.pending_keys:
        parts.append(
            tr("cards of {keys} work until the new card is first used").format(keys=", ".join(r.pending_keys))
        )
    if r.cards_to_reencode:
        parts.append(
            shown(
                say_plural(
                    "re-encode card {serials}",
                    "re-encode cards {serials}",
                    n=len(r.cards_to_reencode),
                    serials=", ".join(f"#{s}" for s in r.cards_to_reencode),
                )
            )
        )
    parts.extend(tr("PIN: {problem}").format(problem=shown(p)) for p in r.pin_problems)
    return "; ".join(parts)


def rack_model(zone: Callable[[], str]) -> RowsModel[RackRow]:
    return RowsModel[RackRow](
        [
            Column(tr("Room"), lambda r: r.name),
            Column(tr("Kind"), lambda r: r.kind.replace("_", " ")),
            Column(tr("State"), lambda r: state_text(r.state)),
            Column(tr("Guests"), lambda r: ", ".join(r.guest_names)),
            Column(tr("Until"), lambda r: when(r.ends_at, zone()), lambda r: _stamp(r.ends_at)),
            Column(tr("Reservation"), lambda r: r.reservation_key or ""),
            Column(tr("Doors"), lambda r: str(len(r.entrance_ids))),
            Column(tr("Needs attention"), rack_attention),
        ],
        tint=_rack_tint,
    )


def search_model(zone: Callable[[], str]) -> RowsModel[SearchHit]:
    return RowsModel[SearchHit](
        [
            Column(tr("Guests"), lambda h: ", ".join(h.guest_names)),
            Column(tr("Rooms"), lambda h: ", ".join(h.room_names)),
            Column(tr("From"), lambda h: when(h.starts_at, zone()), lambda h: _stamp(h.starts_at)),
            Column(tr("Until"), lambda h: when(h.ends_at, zone()), lambda h: _stamp(h.ends_at)),
            Column(tr("Reservation"), lambda h: h.reservation_key),
            Column(tr("Status"), lambda h: status_text(h.status)),
        ]
    )


def audit_model(
    door_name: Callable[[str], str] = str, zone: Callable[[], str | None] = lambda: None
) -> RowsModel[AuditEntryView]:
    def details(a: AuditEntryView) -> str:
        """The sentence, then what the row records word for word: on hover, so the table itself
        fits the screen in every language (the sentence column takes what the others leave)."""
        lines = [sentence(a)]
        if a.subject:
            subject = tr("Subject")
            lines.append(f"{subject}: {a.subject}")
        lines += [f"{k}: {_plain(v)}" for k, v in a.details.items()]
        return "\n".join(lines)

    said: dict[int, str] = {}  # rows never change; a filter asks every row's sentence

    def sentence(a: AuditEntryView) -> str:
        text = said.get(a.audit_id)
        if text is None:
            if len(said) > 5000:
                said.clear()
            text = said[a.audit_id] = activity_sentence(a, door_name, zone())
        return text

    return RowsModel[AuditEntryView](
        [
            Column(tr("When"), lambda a: local_format(a.at, "%a %d %b %H:%M"), lambda a: a.audit_id),
            Column(tr("What happened"), sentence, tip=details),
            Column(tr("Operator"), lambda a: a.operator or ""),
            Column(tr("Workstation"), lambda a: a.workstation),
            Column(tr("Outcome"), lambda a: tr("Refused") if a.outcome == "refused" else tr("Done")),
            Column(tr("Kind"), lambda a: shown(action_words(a.action)), tip=lambda a: a.action),
        ]
    )


def activity_sentence(a: AuditEntryView, door_name: Callable[[str], str], zone: str | None = None) -> str:
    """The row's sentence in the desk's language, made again from its action and details (times on
    the clock of `zone`); the stored (English) sentence when the row cannot be read back, e.g. a
    refusal."""
    # Imported on first use: the audit's sentences import every event class of the domain (cards,
    # codes), a good part of a cold start that shows Today first (docs/benchmarks.md).
    from frontdesk.domain.audit import sentence_of_record, signed

    made = sentence_of_record(a.action, a.details, door_name) if a.outcome == "done" else None
    if made is None:
        return a.sentence or a.action
    return shown(signed(made, a.operator, a.workstation), zone)


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)
