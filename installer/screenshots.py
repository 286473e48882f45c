"""Screenshots of the desk's main screens for the docs, on the demo property's believable day.

    DISPLAY=:99 .venv/bin/python installer/screenshots.py [--out docs/screenshots] [--lang es]
        [--only rack-tiles,timeline]

Needs a display (Xvfb is enough: `Xvfb :99 -screen 0 1280x800x24 &`, with `openbox &` on it for
title bars) and the keyring (the demo day's cards: run it under installer/common.sh's
with_secret_service). The clock is fixed (a Wednesday afternoon at the demo hotel) so the pictures
do not change from run to run. Each screen
is captured with QWidget.grab, dialogs together with the window behind them via `import -window
root` when ImageMagick is there.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from frontdesk.services.bootstrap import App, bootstrap  # noqa: E402
from frontdesk.services.cards.encoder import CardType  # noqa: E402
from frontdesk.services.clock import FixedClock  # noqa: E402
from frontdesk.services.property.demo_day import create_day  # noqa: E402
from frontdesk.ui.app import prepare  # noqa: E402
from frontdesk.ui.main_window import MainWindow  # noqa: E402

# 10:30 at the demo hotel (America/Los_Angeles) on Wednesday 18 November 2026: before 11:00, when
# the demo day's departures leave (at 15:30 their stays were over and the day could not be made).
NOW = datetime(2026, 11, 18, 18, 30, tzinfo=UTC)


async def demo_day(app: App) -> str:
    """The demo's believable day (frontdesk demo), then the simulated locks given time to set the
    PINs; returns Marta's stay (card, PINs, one failed on the lock)."""
    result = await create_day(app)
    if result.skipped:
        raise SystemExit(f"the demo day is incomplete: {result.skipped} (run under a keyring session)")
    for _ in range(3):
        app.clock.advance(minutes=10)  # type: ignore[attr-defined]
        await app.sync.run_until_idle()
    return str((await app.queries.search("Marta"))[0].reservation_key)


ONLY: set[str] = set()  # --only: these pictures alone (file names without .png); empty: all


def shoot(widget: QWidget, path: Path, whole_screen: bool) -> None:
    if ONLY and path.stem not in ONLY:
        return
    if whole_screen and shutil.which("import") and os.environ.get("DISPLAY"):
        subprocess.run(["import", "-window", "root", str(path)], check=True)
    else:
        widget.grab().save(str(path))
    print(path)


async def run(out: Path, qt_app: QApplication) -> None:
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
    app = bootstrap(f"sqlite:///{folder / 'demo.db'}", clock=FixedClock(NOW), workstation="desk-1")
    await app.setup.create_demo()
    pin_key = await demo_day(app)
    await app.desk.set_out_of_order("Room 305", "Repainting", NOW + timedelta(days=2))
    window = MainWindow(app)
    window.move(0, 0)
    window.resize(1280, 800)
    window.show()
    await window.refresh().task  # type: ignore[misc]

    async def settle(check: Callable[[], bool] = lambda: True) -> None:
        # Only awaiting: the loop runs Qt's events meanwhile (processEvents here would re-enter tasks).
        for _ in range(200):
            await asyncio.sleep(0.02)
            if check():
                break
        await asyncio.sleep(0.2)

    await settle()
    shoot(window, out / "today.png", False)
    window.go("rooms")
    await settle()
    shoot(window, out / "rooms.png", False)
    window.rooms.tiles.setFocus()
    window.rooms.tiles.select_position(1)  # Room 102: Marta, in house
    await settle()
    shoot(window, out / "rack-tiles.png", False)
    window.go("timeline")
    await settle(lambda: window.timeline.loaded)
    window.timeline.chart.move_to(1, 3)
    await settle()
    shoot(window, out / "timeline.png", False)
    window.go("activity")
    await settle(lambda: window.activity.loaded)
    shoot(window, out / "activity.png", False)
    window.go("settings")
    await settle()
    shoot(window, out / "settings.png", False)
    window.settings.tabs.setCurrentIndex(1)
    await settle()
    shoot(window, out / "settings-doors.png", False)
    window.go("today")
    await settle()

    dialog = window.flows.check_in()
    dialog.guests.setPlainText("Ines Garcia\nPablo Garcia")
    dialog.rooms.filter.setText("20")
    await settle()
    shoot(dialog, out / "check-in.png", True)
    dialog.reject()

    search = window.flows.search()
    await search.search_now("sato").task  # type: ignore[misc]
    await settle()
    shoot(search, out / "search.png", True)
    search.reject()

    key = (await app.queries.search("Marta"))[0].reservation_key
    await window.flows.open_stay(key).task  # type: ignore[union-attr,misc]
    await settle()
    shoot(window.flows.dialog, out / "stay.png", True)  # type: ignore[arg-type]
    window.flows.dialog.reject()  # type: ignore[union-attr]

    await window.flows.stay_action("move_room", key).task  # type: ignore[union-attr,misc]
    await settle()
    shoot(window.flows.dialog, out / "move-room.png", True)  # type: ignore[arg-type]
    window.flows.dialog.reject()  # type: ignore[union-attr]

    group = window.flows.group_check_in()
    for room in ("Room 110", "Room 111", "Room 112"):
        group.rooms.filter.setText(room)
        group.rooms._pick_first()
    for row, names in enumerate(("Hana Sato, Yuki Sato", "Ravi Patel", "")):
        group.table.item(row, 1).setText(names)
    await settle()
    shoot(group, out / "group-check-in.png", True)
    group.reject()

    window.go("cards")
    await settle(lambda: window.cards.operation is not None and window.cards.operation.done)
    shoot(window, out / "cards.png", False)
    window.go("codes")
    await settle(lambda: bool(window.codes.codes))
    shoot(window, out / "codes.png", False)
    window.go("lockout")
    await window.lockout.show_stay(pin_key).task  # type: ignore[misc]
    await window.lockout.pull_backup().task  # type: ignore[union-attr,misc]
    await settle()
    shoot(window, out / "lockout.png", False)
    slip = window.flows.pin_slip(window.lockout.view)  # type: ignore[arg-type]
    await settle()
    shoot(slip, out / "pin-slip.png", True)
    slip.reject()

    encoder = app.cards.virtual_cards()  # the simulated encoder the demo day put in
    assert encoder is not None
    key = (await app.queries.search("Sofia"))[0].reservation_key
    grants = (await app.queries.reservation(key)).grants
    from frontdesk.ui.dialogs.encode_cards import CardJob

    jobs = [CardJob(grants[0].access_grant_id, "Sofia Rossi", "Room 204")] * 2
    encode = window.flows.encode_cards(jobs)
    encoder.place_card(CardType.NTAG213)
    await settle(lambda: "Take card 1" in encode.prompt.text())  # type: ignore[union-attr]
    encoder.remove_card()
    await settle(lambda: "Place card 2" in encode.prompt.text())  # type: ignore[union-attr]
    shoot(encode, out / "encode-cards.png", True)  # type: ignore[arg-type]
    encode.reject()  # type: ignore[union-attr]

    encoder.remove_card()
    encoder.place_card(CardType.MIFARE_CLASSIC_1K, uid=bytes.fromhex((await app.cards.cards())[-1].uid))
    read = window.flows.read_card()
    await settle(lambda: read.reading is not None)  # type: ignore[union-attr]
    shoot(read, out / "read-card.png", True)  # type: ignore[arg-type]
    read.reject()  # type: ignore[union-attr]
    await app.cards.close()
    window.close()
    await app.sync.close()
    app.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--only", default="", help="comma-separated picture names, e.g. rack-tiles,timeline")
    args = parser.parse_args()
    ONLY.update(n for n in args.only.split(",") if n)
    os.environ["FRONTDESK_LANG"] = args.lang
    args.out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv)
    prepare(qt_app)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(args.out, qt_app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
