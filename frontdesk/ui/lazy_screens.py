"""Screens other than Today, made the first time they are wanted, and the window's helpers likewise.

A starting desk shows Today first (ui/start.py). The other screens import the services' views and,
through them, the store and SQLAlchemy; building them all would cost the start several times a bare
Qt window. So the window's navigation lists every screen from the start, with a `PendingScreen` in
its place: the real screen is imported and built when it is first shown (or first asked for by the
window, say the room rack after the first full load), and then stands in the placeholder's place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QStackedWidget

from frontdesk.ui.context import DeskContext
from frontdesk.ui.screens.base import Screen

if TYPE_CHECKING:
    from frontdesk.ui.room_actions import RoomActions
    from frontdesk.ui.screens.activity import ActivityScreen
    from frontdesk.ui.screens.cards import CardsScreen
    from frontdesk.ui.screens.codes import CodesScreen
    from frontdesk.ui.screens.lockout import LockoutScreen
    from frontdesk.ui.screens.rooms import RoomsScreen
    from frontdesk.ui.screens.settings import SettingsScreen
    from frontdesk.ui.screens.timeline import TimelineScreen
    from frontdesk.ui.workflows import Workflows

#: key -> (module, class): what each lazily built screen is.
LAZY_SCREENS: dict[str, tuple[str, str]] = {
    "rooms": ("frontdesk.ui.screens.rooms", "RoomsScreen"),
    "activity": ("frontdesk.ui.screens.activity", "ActivityScreen"),
    "cards": ("frontdesk.ui.screens.cards", "CardsScreen"),
    "codes": ("frontdesk.ui.screens.codes", "CodesScreen"),
    "lockout": ("frontdesk.ui.screens.lockout", "LockoutScreen"),
    "timeline": ("frontdesk.ui.screens.timeline", "TimelineScreen"),
    "settings": ("frontdesk.ui.screens.settings", "SettingsScreen"),
}


class PendingScreen(Screen):
    """An empty page holding a screen's place in the window until the screen is first wanted."""

    def __init__(self, ctx: DeskContext, key: str) -> None:
        super().__init__(ctx)
        self.key = key

    def build(self) -> Screen:
        """The real screen, imported and made now."""
        module, name = LAZY_SCREENS[self.key]
        screen: Screen = getattr(importlib.import_module(module), name)(self.ctx)
        return screen


class Later:
    """Stands for a helper made on first use (the workflows import every dialog): `later.name` is a
    slot that makes the helper, then calls its `name()` (a QAction's `checked` is dropped)."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make

    def __getattr__(self, name: str) -> Callable[..., Any]:
        make = self._make
        return lambda *_ignored: getattr(make(), name)()


class LazyParts:
    """The main window's screens and helpers that are made on first use (mixed into MainWindow)."""

    ctx: DeskContext
    stack: QStackedWidget
    screens: dict[str, Screen]
    _flows: Workflows | None
    _room_actions: RoomActions | None

    @property
    def flows(self) -> Workflows:
        if self._flows is None:
            from frontdesk.ui.workflows import Workflows

            window: Any = self  # the MainWindow this is mixed into
            self._flows = Workflows(self.ctx, window, window.report, window.show_error)
            self._flows.lockout_requested.connect(window.open_lockout)
        return self._flows

    @property
    def room_actions(self) -> RoomActions:
        if self._room_actions is None:
            from frontdesk.ui.room_actions import RoomActions

            window: Any = self
            self._room_actions = RoomActions(self.ctx, window, window.report, window.show_error)
        return self._room_actions

    def built_screen(self, key: str) -> Screen:
        """The screen under `key`, built now (in its placeholder's place) if it was not yet."""
        found = self.screens[key]
        if not isinstance(found, PendingScreen):
            return found
        built = found.build()
        index = self.stack.indexOf(found)
        shown = self.stack.currentIndex() == index
        self.stack.insertWidget(index, built)
        if shown:
            self.stack.setCurrentIndex(index)
        self.stack.removeWidget(found)
        found.deleteLater()
        self.screens[key] = built
        window: Any = self
        built.stay_opened.connect(window._open_stay)
        built.failed.connect(window.show_error)
        wiring: dict[str, Callable[[Any], object]] = {
            "timeline": lambda s: s.check_in_requested.connect(self.flows.check_in_at),
            "cards": lambda s: (
                s.read_requested.connect(self.flows.read_card),
                s.staff_requested.connect(self.flows.staff_card),
                s.one_shot_requested.connect(self.flows.one_shot_card),
                s.duplicate_requested.connect(self.flows.duplicate_card),
                s.lock_card_requested.connect(self.flows.lock_card),
            ),
            "lockout": lambda s: (
                s.slip_requested.connect(self.flows.pin_slip),
                s.encode_requested.connect(self.flows.encode_for_stay),
            ),
        }
        if key in wiring:
            wiring[key](built)
        return built

    @property
    def rooms(self) -> RoomsScreen:
        return cast("RoomsScreen", self.built_screen("rooms"))

    @property
    def activity(self) -> ActivityScreen:
        return cast("ActivityScreen", self.built_screen("activity"))

    @property
    def cards(self) -> CardsScreen:
        return cast("CardsScreen", self.built_screen("cards"))

    @property
    def codes(self) -> CodesScreen:
        return cast("CodesScreen", self.built_screen("codes"))

    @property
    def lockout(self) -> LockoutScreen:
        return cast("LockoutScreen", self.built_screen("lockout"))

    @property
    def timeline(self) -> TimelineScreen:
        return cast("TimelineScreen", self.built_screen("timeline"))

    @property
    def settings(self) -> SettingsScreen:
        return cast("SettingsScreen", self.built_screen("settings"))
