"""The longest GUI-thread stall while the tile rack of a 2,000-room property reloads and filters.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/benchmarks/rack_tiles_stall.py \
        [--rooms 2000] [--stays 300]

The property has 20 floors of 100 rooms (Room 100 ... Room 2099), `--stays` of them in house, so
the tiles carry names and nights. With the window open on the Rooms screen (tiles), a QTimer ticks
every 5 ms on the GUI thread; the largest gap beyond the period is the longest time the window
could not have answered a key press. Phases: the first load, a reload (what every change does),
typing "Room 12" into the filter key by key, a floor and a state filter, the arrows and End
across the tiles, and the timeline's load. Target: under 50 ms in each.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from frontdesk.domain.commands import CheckIn  # noqa: E402
from frontdesk.domain.model import CredentialKind  # noqa: E402
from frontdesk.services.bootstrap import bootstrap  # noqa: E402
from frontdesk.services.clock import FixedClock  # noqa: E402
from frontdesk.store.setup import DoorSpec, PropertySpec, create_property  # noqa: E402
from frontdesk.ui.main_window import MainWindow  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_stall import StallMeter  # noqa: E402

NOW = datetime(2026, 11, 18, 23, 0, tzinfo=UTC)


def floors_property(rooms: int) -> PropertySpec:
    numbers = [floor * 100 + n for floor in range(1, rooms // 100 + 2) for n in range(100)][:rooms]
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
        for n in numbers
    )
    return PropertySpec(
        "big", "Big Hotel", "America/Los_Angeles", (("cards", "Card locks", True),), doors, ()
    )


async def settle(seconds: float = 0.05) -> None:
    await asyncio.sleep(seconds)


async def measure(rooms: int, stays: int) -> dict[str, object]:
    clock = FixedClock(NOW)
    app = bootstrap(f"sqlite:///{tempfile.mkdtemp()}/b.db", clock=clock, workstation="bench")

    def make() -> None:
        with app.engines.write.begin() as connection:
            from sqlalchemy.orm import Session

            with Session(bind=connection) as session:
                create_property(session, floors_property(rooms), NOW)
                session.commit()

    await asyncio.to_thread(make)
    for i in range(stays):
        n = (i % 20 + 1) * 100 + i // 20
        start, end = NOW - timedelta(hours=1), NOW + timedelta(days=1 + i % 5)
        await app.desk.check_in(CheckIn((f"Guest {i}",), (f"room-{n}",), start, end))
    window = MainWindow(app)
    window.resize(1240, 780)
    window.show()
    meter = StallMeter()
    phases: dict[str, float] = {}

    meter.start()
    await window.refresh().task  # type: ignore[misc]
    window.go("rooms")
    await settle()
    phases["first load and paint"] = meter.stop()
    tiles = window.rooms.tiles
    assert len(tiles.shown_rows()) == rooms

    meter.start()
    await window.refresh().task  # type: ignore[misc]
    await settle()
    phases["reload (after any change)"] = meter.stop()

    meter.start()
    window.rooms.search.setFocus()
    for char in "Room 12":
        QTest.keyClick(window.rooms.search, char)
        await settle(0.02)
    filtered = len(tiles.shown_rows())
    window.rooms.search.clear()
    await settle()
    phases["typing 'Room 12' key by key, then clearing"] = meter.stop()

    meter.start()
    window.rooms.floor.setCurrentIndex(window.rooms.floor.findText("Floor 7"))
    await settle()
    window.rooms.floor.setCurrentIndex(0)
    window.rooms.state.setCurrentIndex(window.rooms.state.findData("occupied"))
    await settle()
    occupied = len(tiles.shown_rows())
    window.rooms.state.setCurrentIndex(0)
    await settle()
    phases["floor filter, state filter, back to all"] = meter.stop()

    meter.start()
    tiles.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home):
        QTest.keyClick(tiles, key)
        await settle(0.02)
    phases["arrows, Page Down, End, Home across the tiles"] = meter.stop()

    meter.start()
    window.go("timeline")
    while not window.timeline.loaded:
        await settle(0.01)
    await settle()
    phases["timeline load and paint"] = meter.stop()

    window.close()
    await app.sync.close()
    app.close()
    return {
        "rooms": rooms,
        "stays_in_house": stays,
        "filtered_to": filtered,
        "occupied_shown": occupied,
        "longest_stall_ms": phases,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=2000)
    parser.add_argument("--stays", type=int, default=300)
    args = parser.parse_args()
    qt_app = QApplication(sys.argv)
    qt_app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(args.rooms, args.stays))
    result["timer_period_ms"] = 5
    result["machine"] = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
