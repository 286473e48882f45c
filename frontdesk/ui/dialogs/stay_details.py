"""A stay at a glance: who, which doors, when, and the actions on it as buttons with shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.model import ReservationStatus
from frontdesk.services.stays.views import ReservationView
from frontdesk.ui.context import DeskContext, StayRef
from frontdesk.ui.dialogs.stay_cards import StayCardsPanel
from frontdesk.ui.dialogs.stay_changes import stay_label
from frontdesk.ui.table_models import status_text, when

ACTIONS = ("add_guest", "move_room", "change_dates", "check_out", "encode_cards", "lockout")


class StayDetailsDialog(QDialog):
    """Emits `action_requested(name, stay)` with one of ACTIONS; the window opens that workflow.
    `duplicate_requested(CardView)` asks for a copy of one of the stay's cards (the dialog stays
    open and shows the new card once it is encoded)."""

    action_requested = Signal(str, object)
    duplicate_requested = Signal(object)

    def __init__(
        self, ctx: DeskContext, stay: StayRef, reservation: ReservationView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stay = stay
        self.setWindowTitle(self.tr("Stay {key}").format(key=stay.reservation_key))
        self.grants = grants = QTableWidget(len(reservation.grants), 5)
        grants.setAccessibleName(self.tr("Guests of the stay"))
        grants.setHorizontalHeaderLabels(
            [self.tr("Guest"), self.tr("Doors"), self.tr("From"), self.tr("Until"), self.tr("Status")]
        )
        grants.verticalHeader().hide()
        grants.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        grants.setTabKeyNavigation(False)
        for row, g in enumerate(reservation.grants):
            cells = [
                g.user_name,
                ", ".join(ctx.door_name(d) for d in g.entrance_ids),
                when(g.starts_at, ctx.time_zone),
                when(g.ends_at, ctx.time_zone),
                status_text(g.status),
            ]
            for column, text in enumerate(cells):
                grants.setItem(row, column, QTableWidgetItem(text))
        grants.resizeColumnsToContents()
        buttons = QDialogButtonBox()
        live = stay.status is not ReservationStatus.ENDED
        labels = {
            "add_guest": self.tr("&Add guest…"),
            "move_room": self.tr("&Move room…"),
            "change_dates": self.tr("C&hange dates…"),
            "check_out": self.tr("Check &out…"),
            "encode_cards": self.tr("&Encode cards…"),
            "lockout": self.tr("&Lockout…"),
        }
        self.buttons: dict[str, QPushButton] = {}
        for name in ACTIONS:
            button = buttons.addButton(labels[name], QDialogButtonBox.ButtonRole.ActionRole)
            button.setAccessibleName(labels[name].replace("&", "").rstrip("…"))
            button.setEnabled(live)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, n=name: self._request(n))
            self.buttons[name] = button
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        note = QLabel()
        if reservation.overridden_by:
            note.setText(
                self.tr("Overridden by {key}: these cards stop once the new card is first used.").format(
                    key=reservation.overridden_by
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(stay_label(ctx, stay))
        layout.addWidget(note)
        layout.addWidget(grants)
        self.cards = StayCardsPanel(ctx, stay.reservation_key)
        self.cards.duplicate_requested.connect(self.duplicate_requested.emit)
        self.cards.load()
        layout.addWidget(self.cards)
        layout.addWidget(buttons)
        self.resize(760, 520)
        (self.buttons["add_guest"] if live else close).setFocus()

    def _request(self, name: str) -> None:
        self.accept()
        self.action_requested.emit(name, self.stay)
