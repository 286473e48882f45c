"""The sync state, always visible in the status bar: online or offline, changes waiting, the last
failure in words. It can also run the sync worker in the background on the qasync loop.

The state is read from the sync service on the event loop (its database work runs on the
database thread), every few seconds and right after each run of the worker.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.domain.words import say_plural
from frontdesk.services.codes.provider_errors import ProviderUnreachable
from frontdesk.ui.dates import local_format
from frontdesk.ui.operations import as_frontdesk_error
from frontdesk.ui.rack_words import tr
from frontdesk.ui.service_words import shown

if TYPE_CHECKING:  # the window is made before asyncio and the application (ui/start.py)
    import asyncio

    from frontdesk.services.bootstrap import App
    from frontdesk.services.sync.views import SyncStatusView

log = logging.getLogger(__name__)
POLL_MS = 5_000
# Offline must be seen from across the desk: white on red, bold, whatever the platform's style.
OFFLINE_STYLE = "QLabel { background: #c62828; color: white; font-weight: bold; padding: 0 8px; }"
_CODE = re.compile(r"\s*\((?:[A-Za-z_][\w.]*)(?::[^)]*)?\)")  # "(ConnectError)", "(simulated_outage)"
_EXCEPTION = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Timeout)\b[:\s]*")


def plain_failure(text: str) -> str:
    """A failure as the desk says it: words, never an exception's or a reason code's name (those go
    to the log). "ConnectError: [Errno 111]" alone becomes "the lock provider did not answer"."""
    words = _EXCEPTION.sub("", _CODE.sub("", text)).strip(" :;·")
    if not words or not any(c.isalpha() for c in words) or "errno" in words.casefold():
        return "the lock provider did not answer"
    return words


def describe_sync(status: SyncStatusView) -> tuple[str, str, str]:
    """(state, short text, tooltip) from the sync service's status. state: online, offline, unknown."""
    last = status.last_run
    if last is None:
        state, head = "unknown", tr("Sync: not run yet")
    elif last.provider_reachable:
        state, head = "online", tr("Online")
    else:
        state, head = "offline", tr("Offline")
    parts = [head]
    waiting = say_plural("{n} change waiting", "{n} changes waiting", n=status.pending)
    parts.append(shown(waiting) if status.pending else tr("nothing waiting"))
    if status.failed:
        parts.append(tr("{n} failed").format(n=status.failed))
    failure = status.last_failure
    if failure:
        parts.append(tr("last failure: {failure}").format(failure=plain_failure(shown(failure))))
    tip = [tr("Lock provider: {driver}").format(driver=status.provider.driver)]
    if status.last_run_at:
        tip.append(tr("Last sync: {when}").format(when=local_format(status.last_run_at, "%a %d %b %H:%M:%S")))
    tip += [
        tr("Alert: {title} {message}").format(
            title=plain_failure(shown(a.title)), message=plain_failure(shown(a.message))
        )
        for a in status.alerts[:5]
    ]
    return state, " · ".join(parts), "\n".join(tip)


class SyncStatus(QLabel):
    """Status-bar label. `refresh()` reads the state now; `start_worker()` runs the sync loop too."""

    def __init__(self, app: App, parent: QWidget | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.app = app
        self.state = "unknown"
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Sync status"))
        self.setText(self.tr("Sync: not run yet"))
        self._reading: asyncio.Task[None] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None  # made with the worker, on the desk's loop
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)

    def start_polling(self) -> None:
        self.timer.start()
        self.refresh()

    def refresh(self) -> asyncio.Task[None] | None:
        import asyncio  # loaded by then: the status is read on the desk's loop (ui/desk_loop.py)

        if self._reading is not None and not self._reading.done():
            return self._reading  # one read at a time; the next tick catches up
        self._reading = asyncio.ensure_future(self._read())
        return self._reading

    async def _read(self) -> None:
        try:
            status = await self.app.sync.status()
        except Exception as exc:  # never a traceback in the window: title and hint instead
            error = as_frontdesk_error(exc)
            self.state = "unknown"
            self.setText(self.tr("Sync state unknown: {title}").format(title=shown(error.title)))
            self.setToolTip(shown(error.hint))
            return
        self.show_status(status)

    def show_status(self, status: SyncStatusView) -> None:
        self.state, text, tip = describe_sync(status)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(text)
        self._style_for(self.state)

    def _style_for(self, state: str) -> None:
        self.state = state
        if self.property("syncState") != state:
            # Offline is white on red. Re-polishing costs 15-20 ms of the GUI thread, so only when
            # the state's colour changes, not on every status read.
            self.setProperty("syncState", state)
            self.setStyleSheet(OFFLINE_STYLE if state == "offline" else "")
            self.style().unpolish(self)
            self.style().polish(self)

    # --- the background worker -------------------------------------------------------------------

    def start_worker(self, interval: float = 30.0) -> None:
        """Run the sync worker on this loop until `stop_worker`; the label follows each run."""
        import asyncio

        if self._worker is not None and not self._worker.done():
            return
        self._stop = asyncio.Event()
        self._worker = asyncio.ensure_future(self._work(self._stop, interval))

    async def _work(self, stop: asyncio.Event, interval: float) -> None:
        # The service's loop: it waits for the next due retry, at most `interval`, between runs.
        await self.app.sync.run_forever(stop, interval, after_run=self._after_run)

    async def _after_run(self, failure: Exception | None) -> None:
        if failure is None:
            await self._read()
            return
        # Shown in the label (red: changes are not reaching the locks), the loop goes on. "Offline"
        # only when the provider could not be reached: no API key or a fault of the desk is not that.
        error = as_frontdesk_error(failure)
        log.info("sync run failed: %s", error.title)
        title = plain_failure(shown(error.title))
        if isinstance(failure, ProviderUnreachable):
            self.setText(self.tr("Offline · last failure: {title}").format(title=title))
        else:
            self.setText(self.tr("Sync failed: {title}").format(title=title))
        self.setToolTip(shown(error.hint))
        self._style_for("offline")

    async def stop_worker(self) -> None:
        import asyncio

        self.timer.stop()
        if self._stop is not None:
            self._stop.set()
        if self._worker is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        self._worker = None
