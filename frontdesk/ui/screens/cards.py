"""Cards: every key card the desk encoded (guest and staff), newest first, with reading a card and
making a staff card one key away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.events import Topic
from frontdesk.services.cards.views import CardStatus, CardView, KeyCardKind
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.card_questions import ask_to_cancel_card
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.table_models import Column, RowsModel, when
from frontdesk.ui.views import RowTable

STATUS_TINT = {
    CardStatus.CANCELLED: "#f3d6d6",
    CardStatus.UNCONFIRMED: "#f3d6d6",
    CardStatus.WRITING: "#fff0c2",
    CardStatus.NEEDS_REENCODE: "#fff0c2",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def card_status_text(card: CardView) -> str:
    """The card's state in the desk's language."""
    words = {
        CardStatus.ISSUED: tr("issued"),
        CardStatus.CANCELLED: tr("cancelled"),
        CardStatus.RETURNED: tr("encoded again since"),
        CardStatus.NEEDS_REENCODE: tr("needs re-encoding"),
        CardStatus.WRITING: tr("being written"),
        CardStatus.UNCONFIRMED: tr("unconfirmed, revoked"),
        CardStatus.FAILED: tr("not written"),
        CardStatus.REVOKED: tr("revoked (access ended)"),
        CardStatus.COLLECTED: tr("collected at check-out"),
    }
    return words.get(card.status, str(card.status))


def kind_text(card: CardView) -> str:
    """What the card is, in words: the lock-state cards by what they do at a door."""
    if card.kind is KeyCardKind.LOCK_STATE:
        actions = {
            "emergency_open": tr("Emergency"),
            "block_room": tr("Blocks room"),
            "unblock_room": tr("Unblocks room"),
            "set_sequence": tr("Sets guest sequence"),
        }
        return actions.get(card.lock_action or "", tr("Lock card"))
    kinds = {
        KeyCardKind.GUEST: tr("Guest"),
        KeyCardKind.STAFF: tr("Staff"),
        KeyCardKind.ONE_SHOT: tr("One-shot"),
    }
    return kinds.get(card.kind, str(card.kind))


def shift_text(card: CardView) -> str:
    """A staff card's shift ("mon,tue 07:00-15:00", on the door's clock); empty for any other."""
    return card.shift or ("" if card.kind is not KeyCardKind.STAFF else tr("any time"))


def cards_model(ctx: DeskContext) -> RowsModel[CardView]:
    zone = lambda: ctx.time_zone  # noqa: E731

    def doors(card: CardView) -> str:
        return ", ".join(ctx.rooms_of(card.entrance_ids))

    return RowsModel[CardView](
        [
            Column(tr("Card"), lambda c: str(c.card_serial), lambda c: c.card_serial),
            Column(tr("Holder"), lambda c: c.holder or "", tip=lambda c: c.holder or ""),
            Column(tr("Kind"), kind_text),
            Column(tr("Status"), card_status_text),
            Column(tr("Valid from"), lambda c: when(c.starts_at, zone()), lambda c: c.starts_at),
            Column(tr("Valid until"), lambda c: when(c.ends_at, zone()), lambda c: c.ends_at),
            Column(tr("Shift"), shift_text),
            Column(tr("Doors"), doors, tip=doors),
            Column(tr("Card type"), lambda c: c.card_type.label),
        ],
        tint=lambda c: STATUS_TINT.get(c.status),
    )


class CardsScreen(Screen):
    """`read_requested` and `staff_requested` ask the window to open those dialogs."""

    topics = frozenset({Topic.CARDS})

    read_requested = Signal()
    staff_requested = Signal()
    one_shot_requested = Signal()
    duplicate_requested = Signal(object)  # the CardView to copy
    lock_card_requested = Signal(str)  # "emergency", "block" or "unblock"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.operation: Operation | None = None
        self.model = cards_model(ctx)
        self.view = RowTable(self.model, self.tr("Encoded cards"))
        # The doors take the width the others leave (a staff card's list is long: all of it on
        # hover), so no column hides behind a sideways scroll in a longer language.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)
        self.view.setColumnWidth(1, 180)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by holder, card number, status…"))
        self.filter.setAccessibleName(self.tr("Filter the cards"))
        self.filter.textChanged.connect(self.view.proxy.setFilterFixedString)
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter)
        self.read_button = QPushButton(self.tr("&Read a card…"))
        self.read_button.setToolTip(self.tr("Read card (Ctrl+R)"))
        self.read_button.clicked.connect(self.read_requested.emit)
        self.staff_button = QPushButton(self.tr("&Staff card…"))
        self.staff_button.setToolTip(self.tr("Staff card (Ctrl+Shift+K)"))
        self.staff_button.clicked.connect(self.staff_requested.emit)
        self.one_shot_button = QPushButton(self.tr("&One-shot card…"))
        self.one_shot_button.setToolTip(self.tr("A contractor's visit: each door opens once"))
        self.one_shot_button.clicked.connect(self.one_shot_requested.emit)
        self.emergency_button = QPushButton(self.tr("E&mergency card…"))
        self.emergency_button.setToolTip(self.tr("Opens every door, double-locked rooms too (manager)"))
        self.emergency_button.clicked.connect(lambda: self.lock_card_requested.emit("emergency"))
        self.block_button = QPushButton(self.tr("&Block a room…"))
        self.block_button.setToolTip(self.tr("The room refuses guest cards until unblocked (manager)"))
        self.block_button.clicked.connect(lambda: self.lock_card_requested.emit("block"))
        self.unblock_button = QPushButton(self.tr("&Unblock a room…"))
        self.unblock_button.clicked.connect(lambda: self.lock_card_requested.emit("unblock"))
        self.duplicate_button = QPushButton(self.tr("Du&plicate…"))
        self.duplicate_button.setToolTip(self.tr("Another card with the same access as the selected card"))
        self.duplicate_button.clicked.connect(self._duplicate)
        self.cancel_button = QPushButton(self.tr("&Lost: cancel card…"))
        self.cancel_button.setToolTip(
            self.tr("The selected card was lost or stolen: newer cards tell the doors")
        )
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.question: QMessageBox | None = None
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.read_button)
        top.addWidget(self.staff_button)
        kinds = QHBoxLayout()
        kinds.addWidget(self.duplicate_button)
        kinds.addWidget(self.cancel_button)
        kinds.addStretch(1)
        for button in (self.one_shot_button, self.emergency_button, self.block_button, self.unblock_button):
            kinds.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(kinds)
        layout.addWidget(self.view, 1)

    def activate(self) -> None:
        self.load()
        self.view.setFocus()

    def reload(self) -> None:
        self.load()

    def load(self) -> Operation:
        async def cards() -> list[CardView]:
            return await self.ctx.app.cards.cards()

        self.operation = Operation(cards, on_done=self.model.set_rows, on_error=self.failed.emit).start()
        return self.operation

    def current_stay_key(self) -> str | None:
        return None

    def _selected(self) -> CardView | None:
        card = self.view.current_row()
        if card is None:
            self.failed.emit(
                InvalidInput(self.tr("No card selected."), self.tr("Select a card in the list first."))
            )
        return card if isinstance(card, CardView) else None

    def _duplicate(self) -> None:
        card = self._selected()
        if card is not None:
            self.duplicate_requested.emit(card)

    def ask_cancel(self) -> QMessageBox | None:
        """Ask before cancelling the selected card (No is the default: it stops a card for good)."""
        card = self._selected()
        if card is None:
            return None
        question = self.tr(
            "Cancel card {serial} of {holder}? It stops opening each door once a newer card has been "
            "used there."
        ).format(serial=card.card_serial, holder=card.holder or self.tr("no one"))
        self.question = ask_to_cancel_card(self, question, lambda: self._cancel(card.card_serial))
        return self.question

    def _cancel(self, serial: int) -> None:
        async def cancel() -> object:
            return await self.ctx.app.cards.cancel(serial)

        self.operation = Operation(cancel, on_done=lambda _: self.load(), on_error=self.failed.emit).start()
