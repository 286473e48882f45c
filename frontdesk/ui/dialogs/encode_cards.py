"""Encoding cards one after another with a clear prompt: "Place card 2 of 3 on the reader".

A card on the reader that still works for someone else is written over only after a question
(default Cancel). A card that fails is not issued (the service records it as failed, or as
unconfirmed and revoked when it may work); the dialog stops there with
the error's title and hint, keeps the cards already done, and "Retry card N" carries on from the
failed card. Between cards it waits for the finished card to leave the reader, so the next card is
never written over the one just made. When the card service offers virtual cards (the simulated
encoder, for demo and training) a bar of buttons puts them on the reader.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.cards import Shift
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.words import say_plural
from frontdesk.services.cards.overwrite import LiveCardOnReader
from frontdesk.services.cards.views import EncodedCard
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dates import local_format
from frontdesk.ui.encoder_bridge import PresenceWatch, QtPrompter
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.operations import as_frontdesk_error
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import when
from frontdesk.ui.virtual_cards import virtual_card_bar

CARD_TIMEOUT = 60.0  # seconds the desk waits for a card before it says "No card on the reader"


@dataclass(frozen=True)
class CardJob:
    """One card to encode: for which grant, and words for the person (holder, room)."""

    access_grant_id: str
    holder: str
    where: str = ""
    opens_at: datetime | None = None  # the grant's start: before it the card opens no door
    one_shot: bool = False  # a staff grant's card that opens each door once (a contractor)
    shift: Shift | None = None  # a staff card that opens only on these days and hours
    # Cards of no grant (emergency, room blocking): the service call, given the prompter, the
    # reader, the timeout and whether the person said to write over a live card.
    encode: Callable[[QtPrompter, str | None, float, bool], Awaitable[EncodedCard]] | None = None


class EncodeCardsDialog(QDialog):
    """Emits `closed_with(results, total)` when it closes: the cards encoded (EncodedCard) and how
    many were asked for. Call `start()` once it is shown."""

    closed_with = Signal(list, int)

    def __init__(
        self,
        ctx: DeskContext,
        jobs: list[CardJob],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        timeout: float = CARD_TIMEOUT,
        reader: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.jobs = list(jobs)
        self.timeout = timeout
        self.reader = reader
        self.results: list[EncodedCard] = []
        self.index = 0  # the card being (or next to be) encoded
        self.task: asyncio.Task[None] | None = None
        self._written_on: str | None = None  # the reader holding the card just encoded
        self.question: QMessageBox | None = None  # open while asking before a live card is written over
        title = title or self.tr("Encode cards")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.prompter = QtPrompter(self)
        self.prompter.put_back.connect(self._put_back)
        self.watch = PresenceWatch(ctx.app.cards, self)

        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        self.prompt = QLabel()
        self.prompt.setObjectName("cardPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What to do with the card"))
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.prompt.setFont(font)
        self.table = QTableWidget(len(self.jobs), 3)
        self.table.setAccessibleName(self.tr("Cards to encode"))
        self.table.setHorizontalHeaderLabels([self.tr("Card"), self.tr("For"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, job in enumerate(self.jobs):
            self.table.setItem(
                row, 0, QTableWidgetItem(self.tr("{n} of {total}").format(n=row + 1, total=len(jobs)))
            )
            holder = f"{job.holder} ({job.where})" if job.where else job.holder
            self.table.setItem(row, 1, QTableWidgetItem(holder))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("to do")))
        self.table.resizeColumnsToContents()
        self.error = ErrorBanner()
        # Said before any card is placed: a card written now for a later start opens nothing until
        # then, and a guest standing at the counter would walk to a door that stays shut.
        self.not_yet = QLabel(self._not_yet_text())
        self.not_yet.setObjectName("notYetValid")
        self.not_yet.setWordWrap(True)
        self.not_yet.setAccessibleName(self.tr("Cards that do not open yet"))
        self.not_yet.setVisible(bool(self.not_yet.text()))

        self.hand_bar = virtual_card_bar(ctx.app.cards, self)

        self.buttons = QDialogButtonBox()
        self.retry_button = self.buttons.addButton(self.tr("&Retry"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        self.next_button = self.buttons.addButton(
            self.tr("&Next card now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button.setAccessibleName(self.tr("Go on without waiting for the card to be taken off"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.watch.release_waits)
        self.next_button.hide()
        self.close_button = self.buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.not_yet)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        if self.hand_bar is not None:
            layout.addWidget(self.hand_bar)
        layout.addWidget(self.buttons)
        self.resize(640, 380)

    def _not_yet_text(self) -> str:
        now = self.ctx.app.clock()
        lines = [
            self.tr("Card {n} for {holder} will not open a door before {when}.").format(
                n=row + 1, holder=job.holder, when=when(job.opens_at, self.ctx.time_zone)
            )
            for row, job in enumerate(self.jobs)
            if job.opens_at is not None and job.opens_at > now
        ]
        if not lines:
            return ""
        hint = self.tr("For a guest at the counter, stop here and change the stay's arrival to now.")
        return " ".join([self.tr("⚠ Not valid yet."), *lines, hint])

    # --- running -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    @property
    def complete(self) -> bool:
        return self.index >= len(self.jobs)

    def start(self) -> None:
        """Encode from the current card on (the first, or the one that failed)."""
        if self.running or self.complete:
            return
        self.error.clear()
        self.retry_button.hide()
        self.close_button.setText(self.tr("Stop"))
        self.task = asyncio.ensure_future(self._run())
        if self.hand_bar is not None:
            self.hand_bar.place_button.setFocus()

    async def _run(self) -> None:
        try:
            while not self.complete:
                await self._wait_for_previous_card()
                if not await self._encode_one(self.jobs[self.index]):
                    return
                self.index += 1
            self._all_done()
        except asyncio.CancelledError:
            pass

    async def _wait_for_previous_card(self) -> None:
        reader, self._written_on = self._written_on, None
        if reader is None or not self.watch.card_on(reader):
            return
        self._say(self.tr("Take card {n} off the reader.").format(n=self.index))
        self.next_button.show()
        await self.watch.wait_gone(reader)
        self.next_button.hide()

    async def _encode_one(self, job: CardJob) -> bool:
        n, total = self.index + 1, len(self.jobs)
        self._say(
            self.tr("Place card {n} of {total} on the reader — for {holder}.").format(
                n=n, total=total, holder=f"{job.holder}, {job.where}" if job.where else job.holder
            )
        )
        self._state(self.tr("waiting for the card…"))
        overwrite = False
        while True:
            try:
                if job.encode is not None:
                    result = await job.encode(self.prompter, self.reader, self.timeout, overwrite)
                else:
                    result = await self.ctx.app.cards.encode(
                        job.access_grant_id,
                        self.prompter,
                        reader=self.reader,
                        timeout=self.timeout,
                        overwrite=overwrite,
                        one_shot=job.one_shot,
                        shift=job.shift,
                    )
                break
            except LiveCardOnReader as live:
                if not overwrite and await self._ask_overwrite(live):
                    overwrite = True  # the person said yes: the same card, still on the reader
                    continue
                # The error's hint names a command-line option: the window says what to do instead.
                hint = self.tr("Put a blank card on the reader, then retry.")
                return self._not_issued(n, total, FrontDeskError(live.title, hint, status=live.status))
            except Exception as exc:  # every failure is shown as title and hint, never as a traceback
                return self._not_issued(n, total, as_frontdesk_error(exc))
        self.results.append(result)
        if self.prompter.last_card is not None:
            # The next card must not be written over this one: wait until it leaves this reader.
            self._written_on = self.prompter.last_card.reader
            self.watch.mark_present(self._written_on)
        self._state(self.tr("✓ encoded, card {serial}").format(serial=result.card_serial))
        return True

    def _not_issued(self, n: int, total: int, error: FrontDeskError) -> bool:
        self._state(self.tr("not issued: {title}").format(title=shown(error.title)))
        self.error.show_error(error)
        self._say(self.tr("Card {n} of {total} was not issued.").format(n=n, total=total))
        self.retry_button.setText(self.tr("&Retry card {n}").format(n=n))
        self.retry_button.show()
        self.retry_button.setDefault(True)
        self.retry_button.setFocus()
        self.close_button.setText(self.tr("Close"))
        return False

    async def _ask_overwrite(self, live: LiveCardOnReader) -> bool:
        """Ask before a card that still works for someone else is written over; Cancel is the default."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Card still in use"))
        box.setAccessibleName(self.tr("Card still in use"))
        whose = self.tr("{holder}'s staff card") if live.kind == "staff" else self.tr("{holder}'s card")
        box.setText(
            self.tr(
                "This is {whose} for {doors}, valid until {until}. Write over it? That card stops working."
            ).format(
                whose=whose.format(holder=live.holder or self.tr("someone")),
                doors=", ".join(live.doors),
                until=local_format(live.until, "%a %d %b %H:%M"),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Write over it"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # A stray Enter must not lock a guest out: Cancel is the default.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer: asyncio.Future[bool] = asyncio.get_event_loop().create_future()

        def answered(_: int) -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes))

        box.finished.connect(answered)
        self.question = box
        box.open()
        try:
            return await answer
        finally:
            self.question = None

    def _all_done(self) -> None:
        total = len(self.jobs)
        self._say(
            shown(
                say_plural(
                    "The card is encoded. Take it off the reader.",
                    "All {n} cards are encoded. Take the last card off the reader.",
                    n=total,
                )
            )
        )
        self.close_button.setText(self.tr("Done"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _put_back(self, uid: str) -> None:
        self._say(
            self.tr(
                "Card {n} was taken off while it was written: put the same card back on the reader."
            ).format(n=self.index + 1)
        )

    def _say(self, text: str) -> None:
        self.prompt.setText(text)
        self.prompt.setAccessibleDescription(text)

    def _state(self, text: str) -> None:
        item = self.table.item(self.index, 2)
        if item is not None:  # every row has its state cell from the start
            item.setText(text)

    # --- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:  # accept, reject and Escape all end here
        if self.task is not None and not self.task.done():
            self.task.cancel()  # the service records the card in progress as not issued
        self.watch.stop()
        super().done(result)
        self.closed_with.emit(list(self.results), len(self.jobs))
