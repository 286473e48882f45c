"""The longest GUI-thread stall while the desk works: a group check-in through its dialog, and
reloading the room rack of a 2,000-room property.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/benchmarks/gui_stall.py [--rooms 20] [--big 2000]

A QTimer ticks every 5 ms on the GUI thread and records the gaps between ticks; the largest gap
beyond the period is the longest time the window could not have answered a key press. The stall
during a 1,000-code sync is measured by installer/benchmarks/sync_gui_stall.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from frontdesk.domain.model import CredentialKind  # noqa: E402
from frontdesk.services.bootstrap import bootstrap  # noqa: E402
from frontdesk.services.clock import FixedClock  # noqa: E402
from frontdesk.store.setup import DoorSpec, PropertySpec, create_property  # noqa: E402
from frontdesk.ui.main_window import MainWindow  # noqa: E402

NOW = datetime(2026, 11, 18, 23, 0, tzinfo=UTC)
PERIOD_MS = 5


class StallMeter:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=PERIOD_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - PERIOD_MS)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return round(max(self.gaps, default=0.0), 1)


def big_property(rooms: int) -> PropertySpec:
    doors = tuple(
        DoorSpec(
            f"room-{n}",
            f"Room {n}",
            f"room-{n}",
            f"Room {n}",
            "guest_room",
            "cards",
            True,
            (CredentialKind.CARD,),
        )
        for n in range(1, rooms + 1)
    )
    return PropertySpec(
        "big", "Big Hotel", "America/Los_Angeles", (("cards", "Card locks", True),), doors, ()
    )


async def group_check_in(rooms: int) -> dict[str, float]:
    app = bootstrap(f"sqlite:///{tempfile.mkdtemp()}/g.db", clock=FixedClock(NOW), workstation="bench")
    await app.setup.create_demo()
    window = MainWindow(app)
    window.show()
    await window.refresh().task  # type: ignore[misc]
    dialog = window.flows.group_check_in()
    names = [i.data(256) for i in dialog.rooms.items()][:rooms]
    dialog.rooms.set_checked(names)
    for row in range(dialog.table.rowCount()):
        dialog.table.item(row, 1).setText(f"Guest {row}, Partner {row}")
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    dialog.submit()
    while dialog.isVisible():
        await asyncio.sleep(0.005)
    while not (window.operation and window.operation.done):
        await asyncio.sleep(0.005)
    took = time.perf_counter() - started
    stall = meter.stop()
    window.close()
    await app.sync.close()
    app.close()
    return {"rooms": dialog.table.rowCount(), "seconds": round(took, 2), "longest_stall_ms": stall}


async def big_rack(rooms: int) -> dict[str, float]:
    app = bootstrap(f"sqlite:///{tempfile.mkdtemp()}/b.db", clock=FixedClock(NOW), workstation="bench")

    def make() -> None:
        with app.engines.write.begin() as connection:
            from sqlalchemy.orm import Session

            with Session(bind=connection) as session:
                create_property(session, big_property(rooms), NOW)
                session.commit()

    await asyncio.to_thread(make)
    window = MainWindow(app)
    window.show()
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    await window.refresh().task  # type: ignore[misc]
    window.go("rooms")
    await asyncio.sleep(0.05)
    window.rooms.search.setText("Room 19")  # filtering 2,000 rows as the receptionist types
    await asyncio.sleep(0.05)
    took = time.perf_counter() - started
    stall = meter.stop()
    shown = window.rooms.filter_model.rowCount()
    window.close()
    await app.sync.close()
    app.close()
    return {"rooms": rooms, "filtered_to": shown, "seconds": round(took, 2), "longest_stall_ms": stall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=20)
    parser.add_argument("--big", type=int, default=2000)
    args = parser.parse_args()
    qt_app = QApplication(sys.argv)
    qt_app.setQuitOnLastWindowClosed(False)  # the first measurement's window closes before the second
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)

    async def both() -> dict[str, object]:
        return {
            "group_check_in": await group_check_in(args.rooms),
            "room_rack_reload": await big_rack(args.big),
            "timer_period_ms": PERIOD_MS,
            "platform": os.environ.get("QT_QPA_PLATFORM", ""),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        }

    with loop:
        result = loop.run_until_complete(both())
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
