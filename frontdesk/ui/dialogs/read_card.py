"""Read card: put any card on the reader and see whose it is, which doors, valid when, and why each
door would or would not open it now (the reference lock model judges, doors keep their memory)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.words import joined, say
from frontdesk.services.cards.views import CardReading, CardStatus, RefusedCardReading, ValidCardReading
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.encode_cards import CARD_TIMEOUT
from frontdesk.ui.encoder_bridge import QtPrompter
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import as_frontdesk_error
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import when
from frontdesk.ui.virtual_cards import virtual_card_bar

KINDS = {"guest": say("guest"), "staff": say("staff")}
REASONS = {
    "opened": say("the card is valid at this door now"),
    "programmed": say("a lock programming card: it changes the lock, the door stays shut"),
    "overridden": say("a newer guest's card has already been used at this door"),
    "expired": say("the card's end time has passed"),
    "not_yet_valid": say("the card's start time has not come yet"),
    "wrong_door": say("the card is not for this door"),
    "cancelled": say("the door has learned that this card was cancelled"),
    "already_used": say("a one-time card already used at this door"),
    "forged_or_damaged": say("the card data is damaged or not genuine"),
    "other_property": say("the card belongs to another property"),
    "blank": say("the card is blank"),
    "key_retired": say("the card was made with a retired card key"),
    "deadbolted": say("the room is double-locked from inside: only an emergency card opens it"),
    "room_blocked": say("the room is blocked: it refuses guest cards until unblocked"),
    "off_shift": say("outside the staff card's shift"),
}


def card_summary(result: CardReading, zone: str) -> str:
    """Who, what kind, valid when, as lines of text."""
    if not isinstance(result, ValidCardReading):
        title = shown(result.title) if isinstance(result, RefusedCardReading) else ""
        return shown(say("Not a valid card of this property: {title}", title=title))
    record = result.record
    holder = (record.holder if record is not None else None) or say("unknown holder")
    start = when(result.valid_from, zone)
    end = when(result.valid_until, zone)
    lines: list[str] = [
        say(
            "Card {serial} · {kind} card of {holder}",
            serial=result.card_serial,
            kind=result.kind,
            holder=holder,
        ),
        say("Valid {start} – {end}", start=start, end=end),
    ]
    if record is not None and record.status is not CardStatus.ISSUED:
        lines.append(say("The desk lists this card as {status}.", status=record.status.replace("_", " ")))
    if result.door_groups:
        lines.append(say("Door groups: {groups}", groups=", ".join(result.door_groups)))
    if result.shift is not None:
        lines.append(say("Shift: {shift} (on the door's clock)", shift=result.shift))
    if result.key_retired:
        lines.append(say("Its card key version is retired: encode it again."))
    return shown(joined("\n", lines))


class ReadCardDialog(QDialog):
    """Reads the card on the reader as soon as it opens (`start()`); "Read another" reads again."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, timeout: float = CARD_TIMEOUT
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timeout = timeout
        self.reading: CardReading | None = None
        self.task: asyncio.Task[None] | None = None
        self.setWindowTitle(self.tr("Read card"))
        self.setAccessibleName(self.tr("Read card"))
        self.prompter = QtPrompter(self)
        heading = QLabel(self.tr("Read card"))
        heading.setObjectName("dialogHeading")
        self.prompt = QLabel()
        self.prompt.setObjectName("cardPrompt")
        self.prompt.setAccessibleName(self.tr("What to do with the card"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("The card"))
        self.doors = QTableWidget(0, 3)
        self.doors.setAccessibleName(self.tr("Doors and what each would do"))
        self.doors.setHorizontalHeaderLabels([self.tr("Door"), self.tr("Opens now?"), self.tr("Why")])
        self.doors.verticalHeader().hide()
        self.doors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.doors.setTabKeyNavigation(False)
        self.doors.horizontalHeader().setStretchLastSection(True)
        self.error = ErrorBanner()
        self.hand_bar = virtual_card_bar(ctx.app.cards, self)
        buttons = QDialogButtonBox()
        self.again_button = buttons.addButton(
            self.tr("&Read another"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.again_button.clicked.connect(self.start)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.summary)
        layout.addWidget(self.doors, 1)
        layout.addWidget(self.error)
        if self.hand_bar is not None:
            layout.addWidget(self.hand_bar)
        layout.addWidget(buttons)
        self.resize(660, 420)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def start(self) -> None:
        if self.running:
            return
        self.error.clear()
        self.summary.clear()
        self.doors.setRowCount(0)
        self.prompt.setText(self.tr("Place the card on the reader."))
        self.task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        try:
            result = await self.ctx.app.cards.read(prompter=self.prompter, timeout=self.timeout)
        except asyncio.CancelledError:
            return
        except Exception as exc:  # title and hint in the dialog, never a traceback
            error: FrontDeskError = as_frontdesk_error(exc)
            self.error.show_error(error)
            self.prompt.setText(self.tr("No card was read."))
            self.again_button.setFocus()
            return
        self.show_result(result)

    def show_result(self, result: CardReading) -> None:
        self.reading = result
        self.prompt.setText(
            self.tr("Card {uid} read; you may take it off the reader.").format(uid=result.uid)
        )
        self.summary.setText(card_summary(result, self.ctx.time_zone))
        if isinstance(result, RefusedCardReading):
            self.error.show_error(FrontDeskError(result.title, result.hint))
        doors = result.doors if isinstance(result, ValidCardReading) else ()
        self.doors.setRowCount(len(doors))
        for row, door in enumerate(doors):
            cells = [
                door.name,
                self.tr("yes") if door.opened else self.tr("no"),
                shown(REASONS.get(door.reason, door.reason)),
            ]
            for column, text in enumerate(cells):
                self.doors.setItem(row, column, QTableWidgetItem(text))
        self.doors.resizeColumnsToContents()
        self.again_button.setFocus()

    def done(self, result: int) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        super().done(result)
