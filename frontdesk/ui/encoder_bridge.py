"""The card encoder as the window sees it: prompts as Qt signals, card presence handed to the GUI thread.

`QtPrompter` is the GUI's EncoderPrompter: the card service calls it on the event loop, and it turns
each call into a signal a dialog shows as a line of text. `PresenceWatch` hears the card service's
card presence events, which may come on the driver's own device thread, and hands them to the GUI
thread through a queued signal; a dialog can then wait for the card to leave the reader without
polling. The GUI never holds the driver itself: what it needs goes through `CardService`.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Qt, Signal

from frontdesk.services.cards.encoder import CardPresenceChanged, PresentedCard
from frontdesk.services.cards.service import CardService


class QtPrompter(QObject):
    """EncoderPrompter that emits what to tell the person; `said` keeps the prompts for tests."""

    prompt = Signal(str)
    put_back = Signal(str)
    ready = Signal(str)  # the card's UID in hex

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.said: list[str] = []
        self.last_card: PresentedCard | None = None

    def place_card(self, reader: str | None) -> None:
        self.said.append("place")
        self.prompt.emit(reader or "")

    def put_card_back(self, card: PresentedCard) -> None:
        self.said.append("put back")
        self.put_back.emit(card.uid.hex().upper())

    def card_ready(self, card: PresentedCard) -> None:
        self.said.append("ready")
        self.last_card = card
        self.ready.emit(card.uid.hex().upper())


class PresenceWatch(QObject):
    """Cards arriving on and leaving the readers, as `changed(reader, present)` on the GUI thread."""

    changed = Signal(str, bool)
    _from_driver = Signal(str, bool)

    def __init__(self, cards: CardService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.present: dict[str, bool] = {}
        self._gone: list[tuple[str, asyncio.Future[None]]] = []
        # Queued: the driver may call from its device thread; Qt delivers on this object's thread.
        self._from_driver.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._unwatch = cards.watch_cards(self._on_driver_event)

    def _on_driver_event(self, event: CardPresenceChanged) -> None:
        self._from_driver.emit(event.reader, event.present)  # short and thread-safe, as the contract asks

    def _arrived(self, reader: str, present: bool) -> None:
        self.present[reader] = present
        if not present:
            for waiting_reader, future in list(self._gone):
                if waiting_reader == reader and not future.done():
                    future.set_result(None)
            self._gone = [(r, f) for r, f in self._gone if not f.done()]
        self.changed.emit(reader, present)

    def card_on(self, reader: str) -> bool:
        return self.present.get(reader, False)

    def mark_present(self, reader: str) -> None:
        """A card is known to lie on `reader` (it was just written), whether or not an event said so."""
        self.present[reader] = True

    async def wait_gone(self, reader: str) -> None:
        """Until the card on `reader` is taken off (at once when none is known to lie there)."""
        if not self.card_on(reader):
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._gone.append((reader, future))
        await future

    def release_waits(self) -> None:
        """Stop waiting for removals (the person chose to go on)."""
        for _, future in self._gone:
            if not future.done():
                future.set_result(None)
        self._gone = []

    def stop(self) -> None:
        self.release_waits()
        self._unwatch()
