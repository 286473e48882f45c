""" "The guest can't get in": one screen with the guest's PINs and their state, a verdict on each key
card, and one action that pulls a backup PIN, shows it large, copies it, and prepares the message.

Everything comes from the lockout service (the same view the command line prints); the backup
comes from the desk's own pool first, so it works with the internet down.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.events import Topic
from frontdesk.services.codes.views import CodeView, LetInResult, LockoutView, LockoutWithBackup
from frontdesk.ui.context import DeskContext
from frontdesk.ui.forms import SelectOnFocusEdit
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.screens.lockout_words import (
    VERDICTS,
    fit_columns,
    issue_words,
    plain_suggestion,
    problem_sentences,
    state_sentence,
)
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import status_text

__all__ = ["LockoutScreen", "fit_columns", "issue_words"]  # the codes screen uses the last two


class LockoutScreen(Screen):
    """`show_stay(key)` loads a stay; `pull_backup()` gives the guest a backup PIN for the chosen code."""

    topics = frozenset({Topic.CODES, Topic.CARDS, Topic.STAYS, Topic.SYNC})

    slip_requested = Signal(object)  # the lockout view, for the PIN slip dialog
    encode_requested = Signal(str)  # a reservation key whose cards need re-encoding now

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: LockoutView | None = None
        self._backup_id: str | None = None  # the backup PIN on screen, kept through reloads
        self._stale = False
        self.operation: Operation | None = None
        self.query = SelectOnFocusEdit()
        self.query.setPlaceholderText(self.tr("Guest name, room or reservation key"))
        self.query.setAccessibleName(self.tr("Find the guest who is locked out"))
        self.query.returnPressed.connect(self.look_up)
        find_label = QLabel(self.tr("G&uest"))
        find_label.setBuddy(self.query)
        self.find_button = QPushButton(self.tr("&Look up"))
        self.find_button.clicked.connect(self.look_up)
        self.summary = QLabel(self.tr("Type the guest's name or room and press Enter."))
        self.summary.setObjectName("lockoutSummary")
        self.summary.setWordWrap(True)

        self.codes = self._table(
            self.tr("PIN codes"), [self.tr("Door"), self.tr("PIN"), self.tr("State"), self.tr("Problems")]
        )
        self.cards = self._table(self.tr("Key cards"), [self.tr("Card"), self.tr("Verdict"), self.tr("Why")])
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.suggestions.setObjectName("lockoutSuggestions")
        self.suggestions.setAccessibleName(self.tr("What to do"))

        self.pull_button = QPushButton(self.tr("Pull a &backup PIN"))
        self.pull_button.setObjectName("pullBackup")
        self.pull_button.setAccessibleName(self.tr("Pull a backup PIN for the selected code"))
        self.pull_button.setEnabled(False)
        self.pull_button.clicked.connect(self.pull_backup)
        self.let_in_button = QPushButton(self.tr("Get the guest in &now"))
        self.let_in_button.setObjectName("letInNow")
        self.let_in_button.setAccessibleName(
            self.tr("Start the stay now if it has not started, give a backup PIN, and re-encode the cards")
        )
        self.let_in_button.setEnabled(False)
        self.let_in_button.clicked.connect(self.let_in_now)
        self.backup_pin = QLabel()
        self.backup_pin.setObjectName("backupPin")
        self.backup_pin.setAccessibleName(self.tr("Backup PIN"))
        self.backup_pin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.backup_pin.font()
        font.setPointSize(36)
        font.setBold(True)
        self.backup_pin.setFont(font)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setTabChangesFocus(True)
        self.message.setAccessibleName(self.tr("Message to the guest"))
        self.message.setFixedHeight(110)
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_message)
        self.slip_button = QPushButton(self.tr("PIN &slip…"))
        self.slip_button.setAccessibleName(self.tr("Print or save the PIN slip"))
        self.slip_button.setEnabled(False)
        self.slip_button.clicked.connect(lambda: self.view and self.slip_requested.emit(self.view))

        find = QHBoxLayout()
        find.addWidget(find_label)
        find.addWidget(self.query, 1)
        find.addWidget(self.find_button)
        tables = QHBoxLayout()
        tables.addWidget(self._boxed(self.tr("PIN codes"), self.codes), 3)
        tables.addWidget(self._boxed(self.tr("Key cards"), self.cards), 2)
        action = QHBoxLayout()
        action.addWidget(self.let_in_button)
        action.addWidget(self.pull_button)
        action.addWidget(self.backup_pin)
        action.addWidget(self.backup_note, 1)
        message_buttons = QVBoxLayout()
        message_buttons.addWidget(self.copy_button)
        message_buttons.addWidget(self.slip_button)
        message_buttons.addStretch(1)
        message = QHBoxLayout()
        message.addWidget(self.message, 1)
        message.addLayout(message_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addWidget(self.suggestions)
        layout.addLayout(action)
        layout.addWidget(QLabel(self.tr("Message to the guest:")))
        layout.addLayout(message)
        for first, second in (
            (self.query, self.find_button),
            (self.find_button, self.codes),
            (self.codes, self.cards),
            (self.cards, self.let_in_button),
            (self.let_in_button, self.pull_button),
            (self.pull_button, self.message),
            (self.message, self.copy_button),
            (self.copy_button, self.slip_button),
        ):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    # --- Screen ----------------------------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:  # something about the stay on screen changed while it was hidden
            self._stale = False
            self.reload()
        if self.view is None:
            self.query.setFocus()

    def on_change(self, topics: frozenset[Topic], *, visible: bool) -> None:
        if self.view is None or self.topics.isdisjoint(topics):
            return
        if visible:
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        if self.view is not None and self.view.reservation_key:
            # The same stay again (after a change): the backup PIN just handed out stays on screen.
            key = self.view.reservation_key
            self.query.setText(key)
            self._load(lambda: self.ctx.app.lockout.lookup(key), focus=False, keep_backup=True)

    def current_stay_key(self) -> str | None:
        return self.view.reservation_key if self.view else None

    # --- looking up ------------------------------------------------------------------------------

    def look_up(self) -> Operation | None:
        text = self.query.text().strip()
        if not text:
            self.failed.emit(
                InvalidInput(self.tr("Nobody to look up."), self.tr("Type the guest's name or room."))
            )
            return None

        async def find() -> LockoutView:
            hits = [h for h in await self.ctx.app.queries.search(text) if h.status != "ended"]
            return await self.ctx.app.lockout.lookup(hits[0].reservation_key if hits else text)

        return self._load(find, focus=True)

    def show_stay(self, reservation_key: str, *, focus: bool = True) -> Operation:
        self.query.setText(reservation_key)
        return self._load(lambda: self.ctx.app.lockout.lookup(reservation_key), focus=focus)

    def _load(
        self, work: Callable[[], Awaitable[LockoutView]], *, focus: bool, keep_backup: bool = False
    ) -> Operation:
        if not keep_backup:
            self._forget_backup()
        self.operation = Operation(
            work,
            disable=[self.find_button, self.pull_button, self.let_in_button],
            on_done=lambda view: self._show(view, focus),
            on_error=self._load_failed,
        ).start()
        return self.operation

    def _forget_backup(self) -> None:
        self._backup_id = None
        self.backup_pin.clear()
        self.backup_note.clear()

    def _show_backup_note(self, backup: CodeView) -> None:
        doors = {e.device_id: e.name for e in self.ctx.entrances if e.device_id}
        self.backup_note.setText(
            self.tr("Backup PIN for {door}, copied to the clipboard. {state}").format(
                door=doors.get(backup.device_id, backup.device_id), state=shown(backup.status_text)
            )
        )

    def _load_failed(self, error: FrontDeskError) -> None:
        """Nobody matched (or the look-up failed): the previous guest's PINs must not stay on screen."""
        self.clear()
        self.failed.emit(error)

    def clear(self) -> None:
        """An empty screen with every action off, as before the first look-up."""
        self.view = None
        self._backup_id = None
        for table in (self.codes, self.cards):
            table.setRowCount(0)
        self.summary.setText(self.tr("Nobody found. Type the guest's name or room and press Enter."))
        for label in (self.suggestions, self.backup_pin, self.backup_note):
            label.clear()
        self.message.clear()
        for button in (self.pull_button, self.let_in_button, self.copy_button, self.slip_button):
            button.setEnabled(False)

    def _show(self, view: LockoutView, focus: bool = False) -> None:
        self.view = view
        if self._backup_id is not None:
            # A reload of the stay: the note says what is true of the backup now, or it goes
            # with the backup when that code is no longer the guest's.
            backup = next((c for c in view.codes if c.local_id == self._backup_id), None)
            if backup is None or backup.status == "removing":
                self._forget_backup()
            else:
                self._show_backup_note(backup)
        doors = {e.device_id: e.name for e in self.ctx.entrances if e.device_id}
        guests = ", ".join(view.guests) or self.tr("no guest")
        status = status_text(view.reservation_status) if view.reservation_status else ""
        self.summary.setText(
            self.tr("{guests} · stay {key} {status}").format(
                guests=guests, key=view.reservation_key or "", status=f"({status})" if status else ""
            )
        )
        codes = [c for c in view.codes if c.status != "removing"]
        self.codes.setRowCount(len(codes))
        for row, code in enumerate(codes):
            kind = self.tr(" (backup)") if code.is_backup else ""
            cells = [
                doors.get(code.device_id, code.device_id) + kind,
                code.code or self.tr("(coming)"),
                state_sentence(code, view.check_of(code)),
                problem_sentences(code),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # The problems' tooltip adds what to do and the provider's own reason code.
                item.setToolTip(issue_words(code) if column == 3 and text else text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                self.codes.setItem(row, column, item)
        fit_columns(self.codes)
        self.cards.setRowCount(len(view.cards))
        for row, card in enumerate(view.cards):
            cells = [
                str(card.card_serial),
                shown(VERDICTS.get(card.verdict, card.verdict.value)),
                shown(card.reason),
            ]
            for column, text in enumerate(cells):
                self.cards.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.cards, stretch=(2,))
        self.suggestions.setText("\n".join(f"• {plain_suggestion(shown(s))}" for s in view.suggestions))
        self.message.setPlainText(shown(view.message))
        self.copy_button.setEnabled(True)
        self.slip_button.setEnabled(True)
        target = self.failing_code()
        self.pull_button.setEnabled(target is not None)
        self.let_in_button.setEnabled(bool(view.reservation_key))
        if target is not None:
            self.codes.selectRow(codes.index(target))
        if focus:
            (self.pull_button if target is not None else self.query).setFocus()

    def failing_code(self) -> CodeView | None:
        """The code a backup would replace: the selected one, else the first with a problem, else the
        first the guest holds on a lock with a backup pool."""
        if self.view is None:
            return None
        candidates = [
            c
            for c in self.view.codes
            if not c.is_backup
            and not c.is_offline_access_code
            and not c.pulled_backup_access_code_id
            and c.status != "removing"
        ]
        selected = self.codes.selectedItems()
        if selected:
            chosen = selected[0].data(Qt.ItemDataRole.UserRole)
            if chosen in candidates:
                return chosen
        troubled = [c for c in candidates if not ((check := self.view.check_of(c)) and check.works_now)]
        first = troubled or candidates
        return first[0] if first else None

    # --- the backup ------------------------------------------------------------------------------

    def pull_backup(self) -> Operation | None:
        code = self.failing_code()
        if code is None:
            self.failed.emit(
                InvalidInput(
                    self.tr("No PIN code to replace."),
                    self.tr("This guest has no PIN on a keypad door; look the guest up first."),
                )
            )
            return None
        some_id = code.some_id
        self.operation = Operation(
            lambda: self.ctx.app.lockout.pull_backup(some_id),
            disable=[self.pull_button, self.find_button],
            on_done=self._backup_pulled,
            on_error=self._pull_failed,
        ).start()
        return self.operation

    def _backup_pulled(self, view: LockoutWithBackup) -> None:
        backup = view.backup
        self._backup_id = None
        self._show(view)
        self._backup_id = backup.local_id
        pin = backup.code or ""
        self.backup_pin.setText(pin)
        self.backup_pin.setAccessibleDescription(pin)
        QGuiApplication.clipboard().setText(pin)
        self._show_backup_note(backup)
        self.copy_button.setFocus()

    def let_in_now(self) -> Operation | None:
        """Start the stay now if it has not started, give a backup PIN that works now, then the cards."""
        key = self.current_stay_key()
        if key is None:
            return None
        app = self.ctx.app
        self.operation = Operation(
            lambda: app.lockout.let_in_now(key, app.desk.change_dates),
            disable=[self.let_in_button, self.pull_button, self.find_button],
            on_done=self._let_in_done,
            on_error=self._pull_failed,
        ).start()
        return self.operation

    def _let_in_done(self, result: LetInResult) -> None:
        self._backup_id = None
        self._show(result.view)
        pin = (result.backup.code or "") if result.backup is not None else ""
        self.backup_pin.setText(pin)
        if pin:
            QGuiApplication.clipboard().setText(pin)
        # The service's sentences are plain words for the desk; the screen adds only the lead-in.
        left = " ".join(result.left)
        self.backup_note.setText(
            self.tr("Done: {done} Left to do: {left}").format(
                done=" ".join(result.done), left=left or self.tr("nothing.")
            )
        )
        if result.left and result.view.reservation_key:
            self.encode_requested.emit(result.view.reservation_key)

    def _pull_failed(self, error: FrontDeskError) -> None:
        self.failed.emit(error)
        self.pull_button.setFocus()

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        copied = self.tr(" Message copied.")
        self.backup_note.setText(self.backup_note.text().split(copied)[0] + copied)
