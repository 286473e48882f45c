"""The sync state, always visible in the status bar: online or offline, changes waiting, the last
failure in words. It can also run the sync worker in the background on the qasync loop.

The state is read from the sync service on the event loop (its database work runs on the
database thread), every few seconds and right after each run of the worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.services.bootstrap import App
from frontdesk.ui.operations import as_frontdesk_error

log = logging.getLogger(__name__)
POLL_MS = 5_000


def describe_sync(status: dict[str, Any]) -> tuple[str, str, str]:
    """(state, short text, tooltip) from the sync service's status. state: online, offline, unknown."""
    last = status.get("last_run")
    waiting = int(status.get("pending", 0))
    failed = int(status.get("failed", 0))
    if last is None:
        state, head = "unknown", "Sync: not run yet"
    elif last["provider_reachable"]:
        state, head = "online", "Online"
    else:
        state, head = "offline", "Offline"
    parts = [head]
    parts.append(f"{waiting} change(s) waiting" if waiting else "nothing waiting")
    if failed:
        parts.append(f"{failed} failed")
    failure = last_failure(status)
    if failure:
        parts.append(f"last failure: {failure}")
    tip = [f"Lock provider: {status['provider']['driver']}"]
    if status.get("last_run_at"):
        tip.append(f"Last sync: {status['last_run_at']}")
    tip += [f"Alert: {a['title']} {a['message']}" for a in status.get("alerts", [])[:5]]
    return state, " · ".join(parts), "\n".join(tip)


def last_failure(status: dict[str, Any]) -> str:
    """The most recent reason something did not reach the locks, in words; empty when all is well."""
    alerts = status.get("alerts") or []
    if alerts:
        newest = max(alerts, key=lambda a: a["created_at"])
        return str(newest["title"])
    errors = [w["last_error"] for w in status.get("waiting") or [] if w.get("last_error")]
    if errors:
        return str(errors[0])
    problems = (status.get("last_run") or {}).get("problems") or []
    return str(problems[-1]) if problems else ""


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
        self._stop = asyncio.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.refresh)

    def start_polling(self) -> None:
        self.timer.start()
        self.refresh()

    def refresh(self) -> asyncio.Task[None] | None:
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
            self.setText(self.tr("Sync state unknown: {title}").format(title=error.title))
            self.setToolTip(error.hint)
            return
        self.show_status(status)

    def show_status(self, status: dict[str, Any]) -> None:
        self.state, text, tip = describe_sync(status)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(text)
        self.setProperty("syncState", self.state)  # the style sheet colours offline
        self.style().unpolish(self)
        self.style().polish(self)

    # --- the background worker -------------------------------------------------------------------

    def start_worker(self, interval: float = 30.0) -> None:
        """Run the sync worker on this loop until `stop_worker`; the label follows each run."""
        if self._worker is not None and not self._worker.done():
            return
        self._stop = asyncio.Event()
        self._worker = asyncio.ensure_future(self._work(interval))

    async def _work(self, interval: float) -> None:
        while not self._stop.is_set():
            try:
                await self.app.sync.run_once()
            except Exception as exc:  # offline, no API key...: shown in the label, the loop goes on
                error = as_frontdesk_error(exc)
                log.info("sync run failed: %s", error.title)
                self.setText(self.tr("Offline · last failure: {title}").format(title=error.title))
                self.state = "offline"
            else:
                await self._read()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=interval)

    async def stop_worker(self) -> None:
        self.timer.stop()
        self._stop.set()
        if self._worker is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        self._worker = None
