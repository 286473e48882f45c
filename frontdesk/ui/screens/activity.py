"""Activity: the audit log as sentences, newest first, filtered by operator, room, guest and kind of
action (the services find the rows: services/audit.py `search`); a red banner above it says when
the audit's hash chain does not verify (the same check as `frontdesk audit verify`)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.events import Topic
from frontdesk.domain.operators import NotPermitted, Permission
from frontdesk.domain.words import say_plural
from frontdesk.services.audit import AuditCheckView, AuditFilterChoices
from frontdesk.services.stays.views import AuditEntryView
from frontdesk.ui.context import DeskContext
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import audit_model
from frontdesk.ui.views import RowTable

LIMIT = 1000
Loaded = tuple[AuditCheckView, AuditFilterChoices | None, list[AuditEntryView] | FrontDeskError]
# Typing a guest's name searches once the receptionist pauses, not at every letter.
GUEST_PAUSE_MS = 300


class ActivityScreen(Screen):
    topics = frozenset({Topic.AUDIT})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = audit_model(ctx.door_name, lambda: ctx.time_zone)
        self.view = RowTable(self.model, self.tr("Activity"))
        # The sentence takes the width the others leave, so no column hides behind a sideways
        # scroll in a longer language; the others are as wide as their words.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)  # measure the first rows, not all 1,000 on each reload
        self.view.activated_row.connect(self._open)
        self.operator = self._combo(self.tr("Show what this operator did"), self.tr("All operators"))
        self.room = self._combo(self.tr("Show what happened in this room"), self.tr("All rooms"))
        self.action = self._combo(self.tr("Show actions of kind"), self.tr("All actions"))
        self.guest = QLineEdit()
        self.guest.setPlaceholderText(self.tr("Guest's name"))
        self.guest.setAccessibleName(self.tr("Show what concerns this guest"))
        self.guest.setClearButtonEnabled(True)
        self._guest_pause = QTimer(self)
        self._guest_pause.setSingleShot(True)
        self._guest_pause.setInterval(GUEST_PAUSE_MS)
        self._guest_pause.timeout.connect(self.reload)
        self.guest.textChanged.connect(lambda _: self._guest_pause.start())
        self.guest.returnPressed.connect(self.view.setFocus)
        self.summary = QLabel()
        label = QLabel(self.tr("G&uest"))
        label.setBuddy(self.guest)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.guest, 2)
        bar.addWidget(self.operator, 1)
        bar.addWidget(self.room, 1)
        bar.addWidget(self.action, 1)
        bar.addWidget(self.summary, 1)
        # A broken chain is shown above everything else, in red, until the chain verifies again.
        self.chain_warning = QLabel()
        self.chain_warning.setObjectName("auditChainBroken")
        self.chain_warning.setWordWrap(True)
        self.chain_warning.setStyleSheet(
            "QLabel#auditChainBroken { background: #b00020; color: white; font-weight: bold; padding: 8px; }"
        )
        self.chain_warning.setAccessibleName(self.tr("Audit verification"))
        self.chain_warning.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_warning)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.operation: Operation | None = None
        self.loaded = False
        self.refused = False  # the last load was refused: the operator may not read the rows

    def on_change(self, topics: frozenset[Topic], *, visible: bool) -> None:
        # A refused read is audited, and that audit row is itself a change: asking again for an
        # operator who still may not read would refuse, audit and reload without end. Until someone
        # who may read signs in, a change re-checks only the chain (which needs no permission).
        still_refused = self.refused and not self.ctx.app.operators.may(Permission.REPORTS)
        if visible and still_refused and Topic.AUDIT in topics:
            self.operation = Operation(self.ctx.app.audit.check, on_done=self._show_check).start()
            return
        super().on_change(topics, visible=visible)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, "")
        combo.currentIndexChanged.connect(lambda _: self.reload())
        return combo

    def activate(self) -> None:
        self.reload()
        self.guest.setFocus()

    def query(self) -> AuditFilter:
        """What the filters ask for, as the services' typed query."""
        return AuditFilter(
            operator=str(self.operator.currentData() or "") or None,
            room=str(self.room.currentData() or "") or None,
            guest=self.guest.text().strip() or None,
            action=str(self.action.currentData() or "") or None,
            limit=LIMIT,
        )

    def reload(self) -> None:
        self._guest_pause.stop()
        query = self.query()
        app = self.ctx.app

        async def load() -> Loaded:
            # The chain is checked first and needs no permission: a broken chain is shown to whoever
            # looks, even to an operator who may not read the rows.
            check = await app.audit.check()
            try:
                return check, await app.audit.filter_choices(), await app.audit.search(query)
            except FrontDeskError as error:
                return check, None, error

        self.loaded = False
        self.refused = False
        self.operation = Operation(load, on_done=self._show, on_error=self._failed).start()

    def _failed(self, error: FrontDeskError) -> None:
        # Loading is over even when it failed: the error goes to the window's banner and the screen
        # does not claim to be still waiting for rows that will not come.
        self.loaded = True
        self.failed.emit(error)

    def _show(self, loaded: Loaded) -> None:
        check, choices, rows = loaded
        self._show_check(check)
        if isinstance(rows, FrontDeskError) or choices is None:
            self.model.set_rows([])
            self.refused = isinstance(rows, NotPermitted)
            self.loaded = True
            self.failed.emit(rows)
            return
        self._offer(self.operator, [(name, name) for name in choices.operators])
        self._offer(self.room, list(choices.rooms))
        # The words are the domain's (domain/action_words.py), in the desk's language and in its order.
        kinds = sorted(((a, shown(words)) for a, words in choices.actions), key=lambda k: k[1].casefold())
        self._offer(self.action, kinds)
        self.model.set_rows(rows)
        self.summary.setText(shown(say_plural("{n} line", "{n} lines", n=len(rows))))
        self.loaded = True

    @staticmethod
    def _offer(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Add the choices the combo does not have yet, keeping the one chosen (no reload)."""
        known = {str(combo.itemData(i)) for i in range(combo.count())}
        combo.blockSignals(True)
        for value, words in items:
            if value not in known:
                combo.addItem(words, value)
        combo.blockSignals(False)

    def _open(self, row: AuditEntryView) -> None:
        subject = row.subject or ""
        if subject.startswith("R-") or "reservation_key" in row.details:
            self.stay_opened.emit(row.details.get("reservation_key", subject))

    def _show_check(self, check: AuditCheckView) -> None:
        if check.intact:
            self.chain_warning.hide()
            return
        what = {
            "changed": self.tr("Audit row {id} was changed after it was written."),
            "deleted": self.tr("Audit row {id} was deleted."),
            "inserted": self.tr("Audit row {id} was inserted afterwards; the desk did not write it there."),
        }[check.broken_how or "changed"].format(id=check.broken_audit_id)
        self.chain_warning.setText(
            self.tr(
                "The audit log does not verify. {what} Someone changed the database outside the desk: "
                "tell the property's security contact."
            ).format(what=what)
        )
        self.chain_warning.show()
