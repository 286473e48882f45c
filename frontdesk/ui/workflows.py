"""Opening the workflow dialogs and reporting what they did. The main window owns one of these.

Each stay action first reads the stay fresh from the database (off the GUI thread), so a dialog
never works on a stale copy, then opens its dialog; on success the window hears what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from frontdesk.domain.cards import Shift
from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.model import ReservationStatus
from frontdesk.domain.words import say_plural
from frontdesk.services.cards.views import CardView, EncodedCard
from frontdesk.services.codes.views import LockoutView
from frontdesk.services.results import Change
from frontdesk.services.stays.views import DoorGroupView, ReservationView
from frontdesk.ui.change_text import describe
from frontdesk.ui.context import DeskContext, StayRef
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.dialogs.checkin import CheckInDialog
from frontdesk.ui.dialogs.encode_cards import CardJob, EncodeCardsDialog
from frontdesk.ui.dialogs.group_checkin import GroupCheckInDialog
from frontdesk.ui.dialogs.pin_slip import PinSlipDialog
from frontdesk.ui.dialogs.read_card import ReadCardDialog
from frontdesk.ui.dialogs.search import SearchDialog
from frontdesk.ui.dialogs.special_cards import LockCardDialog, OneShotCardDialog
from frontdesk.ui.dialogs.staff_card import StaffCardDialog
from frontdesk.ui.dialogs.stay_changes import (
    AddGuestDialog,
    ChangeDatesDialog,
    CheckOutDialog,
    MoveRoomDialog,
)
from frontdesk.ui.dialogs.stay_details import StayDetailsDialog
from frontdesk.ui.operations import Operation, as_frontdesk_error
from frontdesk.ui.service_words import shown

STAY_DIALOGS: dict[str, Callable[[DeskContext, StayRef, QWidget | None], WorkflowDialog]] = {
    "add_guest": AddGuestDialog,
    "move_room": MoveRoomDialog,
    "change_dates": ChangeDatesDialog,
    "check_out": CheckOutDialog,
}


class Workflows(QObject):
    """`report(status, notice)` tells the window what happened (the window reloads what changed by
    itself, from the desk's change signal). `lockout_requested(key)` asks the window for the lockout
    screen on that stay."""

    lockout_requested = Signal(str)

    def __init__(
        self,
        ctx: DeskContext,
        window: QWidget,
        report: Callable[[str, str], None],
        fail: Callable[[FrontDeskError], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._report = report
        self._fail = fail
        self.dialog: QDialog | None = None  # the last dialog opened (tests drive it)
        self.operation: Operation | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    # --- new stays -----------------------------------------------------------------------------

    def check_in(self) -> CheckInDialog:
        dialog = CheckInDialog(self.ctx, self.ctx.app.clock(), self.window)
        dialog.finished_with.connect(lambda change: self._done("check_in", change))
        dialog.finished_with.connect(
            lambda change: self.encode_cards(card_jobs(self.ctx, [change], dialog.cards.value()))
        )
        self._open(dialog)
        return dialog

    def check_in_at(self, room: str, day: date) -> CheckInDialog:
        """The check-in dialog on that room, arriving that day (from the timeline's empty night)."""
        dialog = self.check_in()
        dialog.prefill(room, day, self.ctx.app.clock())
        return dialog

    def group_check_in(self) -> GroupCheckInDialog:
        dialog = GroupCheckInDialog(self.ctx, self.ctx.app.clock(), self.window)
        dialog.finished_with.connect(self._group_done)
        dialog.finished_with.connect(
            lambda changes: self.encode_cards(card_jobs(self.ctx, changes, dialog.cards.value()))
        )
        self._open(dialog)
        return dialog

    def _group_done(self, changes: list[Change]) -> None:
        keys = ", ".join(c.reservation_key or "" for c in changes)
        notices = [describe("check_in", c.view(), [])[1] for c in changes]
        self._report(
            shown(
                say_plural(
                    "Checked in {n} room: {keys}.", "Checked in {n} rooms: {keys}.", n=len(changes), keys=keys
                )
            ),
            " ".join(n for n in notices if n),
        )

    # --- key cards -----------------------------------------------------------------------------

    def encode_cards(self, jobs: list[CardJob], title: str | None = None) -> EncodeCardsDialog | None:
        """The encode dialog, card after card; nothing when no card is asked for."""
        if not jobs:
            return None
        try:
            dialog = EncodeCardsDialog(self.ctx, jobs, self.window, title=title)
        except Exception as exc:  # the encoder driver could not be created (e.g. no PC/SC service)
            self._fail(as_frontdesk_error(exc))
            return None
        dialog.closed_with.connect(self._cards_done)
        self._open(dialog)
        dialog.start()
        return dialog

    def encode_for_stay(self, key: str | None) -> Operation | None:
        """One card for each guest of the stay (after a move, a date change, or a lost card)."""

        def encode(stay: StayRef, reservation: ReservationView) -> None:
            if stay.status is ReservationStatus.ENDED:
                self._fail(
                    InvalidInput(self.tr("This stay is checked out."), self.tr("Check the guest in again."))
                )
                return
            rooms = ", ".join(r for r in self.ctx.rooms_of(stay.door_set))
            self.encode_cards(
                [CardJob(g.access_grant_id, g.user_name, rooms, g.starts_at) for g in reservation.live_grants]
            )

        return self._with_stay(key, encode)

    def read_card(self) -> ReadCardDialog | None:
        try:
            dialog = ReadCardDialog(self.ctx, self.window)
        except Exception as exc:  # the encoder driver could not be created
            self._fail(as_frontdesk_error(exc))
            return None
        self._open(dialog)
        dialog.start()
        return dialog

    def staff_card(self) -> Operation:
        def show(groups: list[DoorGroupView]) -> None:
            doors = {g.name: list(g.entrance_ids) for g in groups}
            dialog = StaffCardDialog(self.ctx, self.ctx.app.clock(), doors, self.window)
            dialog.finished_with.connect(lambda change: self._staff_done(change, dialog.shift()))
            self._open(dialog)

        self.operation = Operation(
            self.ctx.app.queries.door_groups, on_done=show, on_error=self._fail
        ).start()
        return self.operation

    def _staff_done(self, change: Change, shift: Shift | None = None) -> None:
        grant = change.view().grants_created[0]
        self.encode_cards(
            [CardJob(grant.access_grant_id, grant.user_name, self.tr("staff"), grant.starts_at, shift=shift)],
            self.tr("Staff card"),
        )

    def one_shot_card(self) -> OneShotCardDialog:
        """A contractor's visit: its staff access, then one card that opens each door once."""
        dialog = OneShotCardDialog(self.ctx, self.ctx.app.clock(), self.window)
        dialog.finished_with.connect(self._one_shot_done)
        self._open(dialog)
        return dialog

    def _one_shot_done(self, change: Change) -> None:
        grant = change.view().grants_created[0]
        job = CardJob(
            grant.access_grant_id, grant.user_name, self.tr("one visit"), grant.starts_at, one_shot=True
        )
        self.encode_cards([job], self.tr("One-shot card"))

    def duplicate_card(self, card: CardView) -> EncodeCardsDialog | None:
        """Another card with the same access as `card` (a guest's second card, a lost card's
        replacement: cancel the lost one too)."""
        cards = self.ctx.app.cards

        async def encode(prompter: Any, reader: str | None, timeout: float, overwrite: bool) -> EncodedCard:
            return await cards.duplicate(
                card.card_serial, prompter, reader=reader, timeout=timeout, overwrite=overwrite
            )

        where = ", ".join(self.ctx.rooms_of(card.entrance_ids))
        holder = card.holder or self.tr("card {serial}").format(serial=card.card_serial)
        return self.encode_cards([CardJob("", holder, where, encode=encode)], self.tr("Duplicate card"))

    def lock_card(self, action: str) -> LockCardDialog:
        """An emergency card ("emergency"), or a room-blocking ("block") or unblocking card."""
        dialog = LockCardDialog(self.ctx, action, self.window)
        dialog.finished_with.connect(lambda order: self._lock_card_ready(action, order, dialog.windowTitle()))
        self._open(dialog)
        return dialog

    def _lock_card_ready(self, action: str, order: dict[str, Any], title: str) -> None:
        cards = self.ctx.app.cards

        async def encode(prompter: Any, reader: str | None, timeout: float, overwrite: bool) -> EncodedCard:
            if action == "emergency":
                return await cards.encode_emergency(
                    order["reason"], prompter, hours=order["hours"], reader=reader, timeout=timeout,
                    overwrite=overwrite,
                )  # fmt: skip
            return await cards.encode_room_block(
                order["doors"], order["reason"], prompter, block=action == "block", hours=order["hours"],
                reader=reader, timeout=timeout, overwrite=overwrite,
            )  # fmt: skip

        where = ", ".join(self.ctx.door_name(d) for d in order["doors"]) or self.tr("every door")
        self.encode_cards([CardJob("", title, where, encode=encode)], title)

    def pin_slip(self, view: LockoutView) -> PinSlipDialog:
        dialog = PinSlipDialog(self.ctx, view, self.window)
        self._open(dialog)
        return dialog

    def _cards_done(self, results: list[EncodedCard], total: int) -> None:
        serials = ", ".join(str(r.card_serial) for r in results)
        if len(results) == total:
            self._report(
                shown(
                    say_plural(
                        "Encoded {n} card: {serials}.",
                        "Encoded {n} cards: {serials}.",
                        n=total,
                        serials=serials,
                    )
                ),
                "",
            )
        else:
            self._report(
                shown(
                    say_plural(
                        "Encoded {done} of {n} card.",
                        "Encoded {done} of {n} cards.",
                        n=total,
                        done=len(results),
                    )
                ),
                shown(
                    say_plural(
                        "{n} card was not encoded: open the stay and choose Encode cards.",
                        "{n} cards were not encoded: open the stay and choose Encode cards.",
                        n=total - len(results),
                    )
                ),
            )

    # --- finding and opening stays -------------------------------------------------------------

    def search(self) -> SearchDialog:
        dialog = SearchDialog(self.ctx, self.window)
        dialog.chosen.connect(self.open_stay)
        self._open(dialog)
        return dialog

    def _with_stay(
        self, key: str | None, then: Callable[[StayRef, ReservationView], None]
    ) -> Operation | None:
        if not key:
            self._fail(
                InvalidInput(
                    self.tr("No stay selected."),
                    self.tr("Pick a stay in a list, or press F3 to find one by name, room or key."),
                )
            )
            return None
        self.operation = Operation(
            lambda: self.ctx.app.queries.reservation(key),
            on_done=lambda r: then(StayRef.from_reservation(r), r),
            on_error=self._fail,
        ).start()
        return self.operation

    def open_stay(self, key: str | None) -> Operation | None:
        def show(stay: StayRef, reservation: ReservationView) -> None:
            dialog = StayDetailsDialog(self.ctx, stay, reservation, self.window)
            dialog.action_requested.connect(lambda name, s: self._stay_dialog(name, s))
            dialog.duplicate_requested.connect(self.duplicate_card)  # the stay stays open under it
            self._open(dialog)

        return self._with_stay(key, show)

    def stay_action(self, name: str, key: str | None) -> Operation | None:
        return self._with_stay(key, lambda stay, _: self._stay_dialog(name, stay))

    def _stay_dialog(self, name: str, stay: StayRef) -> None:
        if name == "lockout":
            self.lockout_requested.emit(stay.reservation_key)
            return
        if name == "encode_cards":
            self.encode_for_stay(stay.reservation_key)
            return
        if stay.status is ReservationStatus.ENDED:
            self._fail(
                InvalidInput(
                    self.tr("This stay is checked out."), self.tr("Check the guest in as a new stay.")
                )
            )
            return
        dialog = STAY_DIALOGS[name](self.ctx, stay, self.window)
        dialog.finished_with.connect(lambda change: self._done(name, change))
        self._open(dialog)

    def _done(self, action: str, change: Change) -> None:
        view = change.view()
        doors = [d for g in view.grants_created for d in g.entrance_ids]
        rooms = [r for r in self.ctx.rooms_of(doors) if r in {c.name for c in self.ctx.room_choices()}]
        status, notice = describe(action, view, rooms)
        self._report(status, notice)


def card_jobs(ctx: DeskContext, changes: list[Change], per_stay: int) -> list[CardJob]:
    """`per_stay` cards for each stay, shared out over its guests in turn (card 1 Ann, card 2 Tom...)."""
    jobs: list[CardJob] = []
    reservation_rooms = {c.name for c in ctx.room_choices()}
    for change in changes:
        grants = change.view().grants_created
        if not grants:
            continue
        for n in range(per_stay):
            grant = grants[n % len(grants)]
            rooms = [r for r in ctx.rooms_of(grant.entrance_ids) if r in reservation_rooms]
            jobs.append(CardJob(grant.access_grant_id, grant.user_name, ", ".join(rooms), grant.starts_at))
    return jobs
