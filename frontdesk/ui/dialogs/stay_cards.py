"""The cards of one stay inside its details: each card's serial, where it stands in words and until
when it is valid, with a duplicate and a lost-card cancel for the selected card.

The list loads itself and loads again from the one change an operation publishes when it touches
cards (a duplicate encoded, a card cancelled, another desk's work), so it never shows a card as
still issued after the desk cancelled it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.events import Topic
from frontdesk.services.cards.views import CardStatus, CardView
from frontdesk.services.changes import DeskChanged
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.card_questions import ask_to_cancel_card
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import Operation
from frontdesk.ui.table_models import when


class StayCardsPanel(QWidget):
    """`duplicate_requested(CardView)` asks the window to encode a copy of the selected card."""

    duplicate_requested = Signal(object)

    def __init__(self, ctx: DeskContext, reservation_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reservation_key = reservation_key
        self.cards: list[CardView] = []
        self.operation: Operation | None = None
        self.question: QMessageBox | None = None
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Cards of the stay"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Card"), self.tr("Holder"), self.tr("State"), self.tr("Valid until")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.duplicate_button = QPushButton(self.tr("Du&plicate…"))
        self.duplicate_button.setToolTip(self.tr("Another card with the same access as the selected card"))
        self.duplicate_button.setAutoDefault(False)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.cancel_button = QPushButton(self.tr("Lost: &cancel card…"))
        self.cancel_button.setToolTip(
            self.tr("The selected card was lost or stolen: newer cards tell the doors")
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.error = ErrorBanner()
        buttons = QHBoxLayout()
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._unsubscribe: Callable[[], None] = ctx.app.changes.subscribe(self._desk_changed)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def state_text(self, status: CardStatus) -> str:
        """Where a card stands, in the words the receptionist reads on the stay."""
        words = {
            CardStatus.ISSUED: self.tr("issued"),
            CardStatus.WRITING: self.tr("being written"),
            CardStatus.UNCONFIRMED: self.tr("unconfirmed: may still open until revoked — revoked"),
            CardStatus.FAILED: self.tr("not written: opens nothing"),
            CardStatus.RETURNED: self.tr("encoded again since"),
            CardStatus.REPLACED: self.tr("written over for another stay"),
            CardStatus.CANCELLED: self.tr("cancelled (lost)"),
            CardStatus.REVOKED: self.tr("revoked (access ended)"),
            CardStatus.COLLECTED: self.tr("collected at check-out"),
            CardStatus.NEEDS_REENCODE: self.tr("needs re-encoding"),
        }
        return words.get(status, str(status))

    def load(self) -> Operation:
        key = self.reservation_key

        async def cards() -> list[CardView]:
            return await self.ctx.app.cards.cards(reservation_key=key)

        self.operation = Operation(cards, on_done=self._show, on_error=self.error.show_error).start()
        return self.operation

    def _show(self, cards: list[CardView]) -> None:
        selected = self.selected_card()
        self.cards = cards
        self.table.setRowCount(len(cards))
        for row, card in enumerate(cards):
            cells = [
                str(card.card_serial),
                card.holder or "",
                self.state_text(card.status),
                when(card.ends_at, self.ctx.time_zone),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and card.card_serial == selected.card_serial:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()

    def room_of(self, card: CardView) -> str:
        """The rooms a card opens (not the lobby or the front door), as the question names them."""
        rooms = {c.name for c in self.ctx.room_choices()}
        return ", ".join(r for r in self.ctx.rooms_of(card.entrance_ids) if r in rooms)

    def _desk_changed(self, change: DeskChanged) -> None:
        if change.touches(Topic.CARDS):
            self.load()

    def selected_card(self) -> CardView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def _chosen(self) -> CardView | None:
        card = self.selected_card()
        if card is None:
            self.error.show_error(
                InvalidInput(self.tr("No card selected."), self.tr("Select a card of the stay first."))
            )
        return card

    def _duplicate(self) -> None:
        card = self._chosen()
        if card is not None:
            self.error.clear()
            self.duplicate_requested.emit(card)

    def ask_cancel(self) -> QMessageBox | None:
        """Ask before cancelling the selected card, naming guest, room and card (No is the default:
        a cancelled card stops for good)."""
        card = self._chosen()
        if card is None:
            return None
        question = self.tr(
            "Cancel card {serial} of {guest}, {room}? It stops opening each door once a newer card "
            "has been used there."
        ).format(serial=card.card_serial, guest=card.holder or self.tr("no one"), room=self.room_of(card))
        self.question = ask_to_cancel_card(self, question, lambda: self._cancel(card.card_serial))
        return self.question

    def _cancel(self, serial: int) -> None:
        self.error.clear()

        async def cancel() -> object:
            return await self.ctx.app.cards.cancel(serial)

        # No reload here: the change the cancel publishes reloads the list (_desk_changed).
        self.operation = Operation(cancel, on_error=self._failed).start()

    def _failed(self, error: FrontDeskError) -> None:
        self.error.show_error(error)
