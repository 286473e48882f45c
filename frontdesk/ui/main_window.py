"""The desk's main window: a navigation list of screens, the workflows as shortcuts, a status bar.

Screens register with `add_screen`, so the card, code, lockout and sync screens slot in beside
Today, Rooms, Activity and Settings. The status bar keeps a place for the sync state
(`sync_status`), always visible.

The window never reloads itself after an operation: every finished operation publishes one
`DeskChanged` (services/changes.py) and `_desk_changed` reloads only what its topics touch: the
doors when doors or the property changed, Today and the rack when stays, cards or codes did, and
the screen in view when it shows one of the topics (after Anki's `operation_did_execute`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.topics import Topic
from frontdesk.services.changes import DeskChanged
from frontdesk.services.stays.views import EntranceView, PropertyInfo, RackRow, RoomState, Today
from frontdesk.ui.context import DeskContext
from frontdesk.ui.error_banner import ErrorBanner, NoticeBar
from frontdesk.ui.i18n import apply_style_sheet
from frontdesk.ui.lazy_screens import Later, LazyParts, PendingScreen
from frontdesk.ui.navigation import NavigationList
from frontdesk.ui.operations import Operation, show_error
from frontdesk.ui.overlay import OverlayHost
from frontdesk.ui.pauses import release_at_close, settle_after_start, settle_more
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.screens.today import TodayScreen
from frontdesk.ui.service_words import shown
from frontdesk.ui.sign_in import DeskLock
from frontdesk.ui.sync_status import SyncStatus

if TYPE_CHECKING:  # imported when first used (ui/lazy_screens.py): they bring in the store
    from frontdesk.services.bootstrap import App
    from frontdesk.ui.screens.lockout import LockoutScreen

Loaded = tuple[PropertyInfo | None, list[EntranceView] | None, Today | None, list[RackRow] | None]
DOOR_TOPICS = frozenset({Topic.PROPERTY, Topic.DOORS})  # the property and its doors (the context)
LIST_TOPICS = frozenset({Topic.STAYS, Topic.CARDS, Topic.CODES, Topic.DOORS, Topic.PROPERTY})  # Today, rack


class MainWindow(LazyParts, QMainWindow):
    """The desk. Made with its `App`, or without one on the quick start (ui/start.py): then only
    Today's rows are shown, the actions wait, and `attach(app)` follows once the application is built."""

    def __init__(self, app: App | None = None) -> None:
        super().__init__()
        # None only until attach() on the quick start; nothing reads it before (the actions wait).
        self.app = cast("App", app)
        self.ctx = DeskContext(self.app)
        self.setWindowTitle("FrontDesk")
        self.resize(1240, 780)
        self.loaded = False
        self.today_shown = False  # Today's real rows are on screen (the quick read's or the full load's)
        self.operation: Operation | None = None
        self._pending: set[Topic] = set()  # topics changed while a reload was running
        self.warm_up: Operation | None = None  # start-up work after the first load (driver, memory)

        self.error = ErrorBanner(closable=True)
        self.notice = NoticeBar()
        self.nav = NavigationList()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.stack = QStackedWidget()
        self.screens: dict[str, Screen] = {}
        self.nav.currentRowChanged.connect(self._screen_changed)

        # The banners lie over the foot of the screen: showing one never moves the rows (ui/overlay.py).
        self.page = OverlayHost(self.stack, [self.notice, self.error])
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.page, 1)

        self._flows = None  # made on first use (ui/lazy_screens.py): they import every dialog
        self._room_actions = None
        self.today = TodayScreen(self.ctx)
        self._build_actions()
        self.add_screen("today", self.tr("Today"), self.today, "Ctrl+1")
        pending = lambda key: PendingScreen(self.ctx, key)  # noqa: E731 - built on first show
        self.add_screen("rooms", self.tr("Rooms"), pending("rooms"), "Ctrl+2")
        self.add_screen("activity", self.tr("Activity"), pending("activity"), "Ctrl+3")
        self.add_screen("cards", self.tr("Cards"), pending("cards"), "Ctrl+4")
        self.add_screen("codes", self.tr("Codes"), pending("codes"), "Ctrl+5")
        self.add_screen("lockout", self.tr("Lockout"), pending("lockout"), "Ctrl+6")
        self.add_screen("timeline", self.tr("Timeline"), pending("timeline"), "Ctrl+7")
        self.add_screen("settings", self.tr("Settings"), pending("settings"), "Ctrl+,")

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.sync_status = SyncStatus(self.app, self)
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.desk_lock = DeskLock(self, central)  # the sign-in screen, operator switch, idle lock
        # The style sheet once every widget is in its place (i18n.apply_style_sheet says why), then
        # the list's width, measured once with the sheet's font: each measure polishes and lays it out.
        apply_style_sheet(cast(QApplication, QApplication.instance()))
        self.nav.fit()
        self.nav.setCurrentRow(0)
        self._unsubscribe: Callable[[], None] = lambda: None
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.destroyed.connect(lambda *_: release_at_close())
        # Until the application is there only Today's lists and Quit answer (the quick start): the
        # other screens and the actions are made with the application.
        self._waiting = [a for a in self.actions() if a.objectName() != "quit" and a.isEnabled()]
        if app is None:
            self.nav.setEnabled(False)
            for action in self._waiting:
                action.setEnabled(False)
        else:
            self.attach(app)

    def attach(self, app: App) -> None:
        """The built application: the actions answer, and finished operations reload the window."""
        self.app = self.ctx.app = self.sync_status.app = app
        self._unsubscribe = app.changes.subscribe(self._desk_changed)
        self.nav.setEnabled(True)
        for action in self._waiting:
            action.setEnabled(True)

    def _open_stay(self, key: str) -> None:
        if self.loaded:  # a row of the quick first read: the stay opens once the desk is loaded
            self.flows.open_stay(key)

    # --- structure -----------------------------------------------------------------------------

    def _action(self, text: str, keys: list[str], slot: Any, menu: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        shown = ", ".join(keys)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        desk, stay = bar.addMenu(self.tr("&Desk")), bar.addMenu(self.tr("S&tay"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        f = Later(lambda: self.flows)
        self.check_in_action = self._action(self.tr("Check &in…"), ["Ctrl+N"], f.check_in, desk, "checkIn")
        self.group_action = self._action(
            self.tr("&Group check-in…"), ["Ctrl+Shift+N"], f.group_check_in, desk, "groupCheckIn"
        )
        self.find_action = self._action(self.tr("&Find a stay…"), ["Ctrl+F", "F3"], f.search, desk, "find")
        self.refresh_action = self._action(
            self.tr("&Refresh"), ["F5"], lambda: self.refresh(), desk, "refresh"
        )
        desk.addSeparator()
        self._action(self.tr("&Quit"), ["Ctrl+Q"], self.close, desk, "quit")
        keys_menu = bar.addMenu(self.tr("&Keys"))
        self.lockout_action = self._action(
            self.tr("&Lockout…"), ["Ctrl+L"], lambda: self.open_lockout(None), keys_menu, "lockout"
        )
        self.read_card_action = self._action(
            self.tr("&Read card…"), ["Ctrl+R"], f.read_card, keys_menu, "readCard"
        )
        self.staff_card_action = self._action(
            self.tr("&Staff card…"), ["Ctrl+Shift+K"], f.staff_card, keys_menu, "staffCard"
        )
        self.encode_action = self._action(
            self.tr("&Encode cards for the stay…"),
            ["Ctrl+E"],
            lambda: f.encode_for_stay(self.current_screen().current_stay_key()),
            keys_menu,
            "encodeCards",
        )
        self.stay_actions: dict[str, QAction] = {}
        for name, text, keys in (
            ("open", self.tr("&Open stay…"), ["Ctrl+Return"]),
            ("add_guest", self.tr("&Add guest…"), ["Ctrl+J"]),
            ("move_room", self.tr("&Move room…"), ["Ctrl+M"]),
            ("change_dates", self.tr("Change &dates…"), ["Ctrl+D"]),
            ("check_out", self.tr("Check &out…"), ["Ctrl+O"]),
        ):
            self.stay_actions[name] = self._action(
                text, keys, lambda _=False, n=name: self.stay_action(n), stay, name
            )
        stay.addSeparator()
        self.out_of_order_action = self._action(
            self.tr("Room out of order / &back in order…"),
            ["Ctrl+Shift+O"],
            lambda: self.room_actions.out_of_order(self.selected_room()),
            stay,
            "outOfOrder",
        )
        toolbar = QToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.check_in_action, self.group_action, self.find_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for name in ("add_guest", "move_room", "change_dates", "check_out"):
            toolbar.addAction(self.stay_actions[name])
        toolbar.addSeparator()
        toolbar.addAction(self.lockout_action)
        toolbar.addAction(self.read_card_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    def add_screen(self, key: str, title: str, screen: Screen, shortcut: str) -> None:
        """Put a screen in the navigation list, with a shortcut to go to it."""
        self.screens[key] = screen
        self.stack.addWidget(screen)
        self.nav.add(title, key, shortcut)
        if not isinstance(screen, PendingScreen):  # a pending one is connected when built
            screen.stay_opened.connect(self._open_stay)
            screen.failed.connect(self.show_error)
        self._action(title, [shortcut], lambda _=False, k=key: self.go(k), self.go_menu, f"go-{key}")

    def go(self, key: str) -> Screen:
        self.nav.setCurrentRow(list(self.screens).index(key))
        return self.screens[key]

    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _screen_changed(self, row: int) -> None:
        if row < 0:
            return
        self.built_screen(list(self.screens)[row])
        self.stack.setCurrentIndex(row)
        self.error.clear()  # an error belongs to the screen it came from
        if self.loaded:
            self.current_screen().activate()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A closed window polls no more: its sync strip's timer would otherwise keep reading the
        # database of a desk that is going away (and, in one test process, another test's loop).
        self.sync_status.timer.stop()
        super().closeEvent(event)

    # --- loading -------------------------------------------------------------------------------

    def _desk_changed(self, change: DeskChanged) -> None:
        """One finished operation: reload what it touched (before the first load, nothing)."""
        if self.loaded:
            self.refresh(change.topics)

    def refresh(self, topics: Iterable[Topic] | None = None) -> Operation:
        """Reload what `topics` touch (everything when None: the first load, F5). A change that
        arrives while a reload runs is kept and reloaded right after it."""
        wanted = frozenset(Topic) if topics is None or not self.loaded else frozenset(topics)
        if self.operation is not None and not self.operation.done:
            self._pending |= wanted
            return self.operation
        doors, lists = bool(wanted & DOOR_TOPICS), bool(wanted & LIST_TOPICS)

        async def load() -> Loaded:
            q = self.app.queries
            if not self.loaded:
                await self.desk_lock.check()
            info = await q.property_info() if doors else None
            entrances = await q.entrances() if doors else None
            return info, entrances, await q.today() if lists else None, await q.room_rack() if lists else None

        self.operation = Operation(
            load, on_done=lambda loaded: self._show(loaded, wanted), on_error=self._refresh_failed
        ).start()
        return self.operation

    def _show_counts(self, today: Today, rack: list[RackRow]) -> None:
        occupied = sum(1 for r in rack if r.state in (RoomState.OCCUPIED, RoomState.OVERRIDE_PENDING))
        self.counts.setText(
            self.tr("{stays} in house · {occupied} of {total} spaces occupied · {station}").format(
                stays=len(today.in_house), occupied=occupied, total=len(rack), station=self.app.workstation
            )
        )

    def _refresh_failed(self, error: FrontDeskError) -> None:
        self._pending.clear()
        self.show_error(error)

    def _show(self, loaded: Loaded, topics: frozenset[Topic]) -> None:
        info, entrances, today, rack = loaded
        first = not self.loaded
        if info is not None and entrances is not None:
            self.ctx.time_zone, self.ctx.property_name = info.time_zone, info.name
            self.ctx.entrances = entrances
            self.setWindowTitle(f"FrontDesk — {info.name}")
        if today is not None and rack is not None:
            self.ctx.rack = rack
            self.today.show_today(today)
            self.today_shown = True
            self.rooms.show_rack(rack)
            occupied = sum(1 for r in rack if r.state in (RoomState.OCCUPIED, RoomState.OVERRIDE_PENDING))
            self.counts.setText(
                self.tr("{stays} in house · {occupied} of {total} spaces occupied · {station}").format(
                    stays=len(today.in_house),
                    occupied=occupied,
                    total=len(rack),
                    station=self.app.workstation,
                )
            )
        if self.statusBar().currentMessage() == self.tr("Opening the database…"):
            self.statusBar().clearMessage()
        self.loaded = True
        screen = self.current_screen()
        if first:
            self.desk_lock.settle()
            self.sync_status.start_polling()
            screen.activate()
            # What start-up made is kept out of the collector's walks (ui/pauses.py); the encoder's
            # driver loads now, off this thread, not when the first card is due, and joins it.
            settle_after_start()
            self.warm_up = Operation(self.app.cards.prepare_encoder, on_done=lambda _: settle_more()).start()
        else:
            for other in self.screens.values():
                other.on_change(topics, visible=other is screen)
            if Topic.SYNC in topics:
                self.sync_status.refresh()
        if self._pending:
            again, self._pending = frozenset(self._pending), set()
            self.refresh(again)

    # --- feedback ------------------------------------------------------------------------------

    def report(self, status: str, notice: str) -> None:
        self.error.clear()
        self.statusBar().showMessage(status)
        if notice:
            self.notice.show_notice(notice)
        else:
            self.notice.clear()

    def show_error(self, error: FrontDeskError) -> None:
        if error.status == 401:  # nobody (any more) signed in: the sign-in screen, not a hint
            self.desk_lock.refused(error)
            return
        if error.status == 403:  # refused: a dialog names the permission and the role that has it
            show_error(self, error)
        self.error.show_error(error)
        self.statusBar().showMessage(shown(error.title), 10_000)

    # --- stays ---------------------------------------------------------------------------------

    def stay_action(self, name: str) -> Operation | None:
        key = self.current_screen().current_stay_key()
        if name == "open":
            return self.flows.open_stay(key)
        return self.flows.stay_action(name, key)

    def selected_room(self) -> RackRow | None:
        """The room picked on the Rooms screen, when that is the screen in view."""
        return self.rooms.current_room() if self.current_screen() is self.rooms else None

    def open_lockout(self, key: str | None) -> LockoutScreen:
        """The lockout screen, with the given stay (or the one selected where the person was) loaded."""
        if key is None and self.current_screen() is not self.lockout:
            key = self.current_screen().current_stay_key()
        self.go("lockout")
        if key:
            self.lockout.show_stay(key)
        else:
            self.lockout.query.setFocus()
            self.lockout.query.selectAll()
        return self.lockout

    def open_check_in(self) -> Any:
        """Ctrl+N's action, for tests and for part B's card flow to hook onto."""
        return self.flows.check_in()
