"""Screenshots of the desk's main screens for the docs, on a demo database with some stays.

    DISPLAY=:99 .venv/bin/python installer/screenshots.py [--out docs/screenshots] [--lang es]

Needs a display (Xvfb is enough: `Xvfb :99 -screen 0 1280x800x24 &`). The clock is fixed (a
Wednesday afternoon at the demo hotel) so the pictures do not change from run to run. Each screen
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
from datetime import UTC, datetime, time
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from frontdesk.domain.commands import AddGuest, CheckIn  # noqa: E402
from frontdesk.domain.model import AccessMethod  # noqa: E402
from frontdesk.services.bootstrap import App, bootstrap  # noqa: E402
from frontdesk.services.cards.encoder import CardType, StderrPrompter  # noqa: E402
from frontdesk.services.clock import FixedClock  # noqa: E402
from frontdesk.services.drivers import ENCODERS, create_driver  # noqa: E402
from frontdesk.ui.app import prepare  # noqa: E402
from frontdesk.ui.forms import after  # noqa: E402
from frontdesk.ui.main_window import MainWindow  # noqa: E402

# 15:30 at the demo hotel (America/Los_Angeles) on Wednesday 18 November 2026.
NOW = datetime(2026, 11, 18, 23, 30, tzinfo=UTC)


async def seed_stays(app: App, now: datetime) -> None:
    """A believable afternoon: guests in house, arrivals to come, departures, one override pending."""
    zone = (await app.queries.property_info())["time_zone"]

    def day(offset: int, hour: int) -> datetime:
        return after(now, offset, time(hour, 0), zone)

    stays = [
        (("Ann Lee", "Tom Lee"), ("room-101", "lobby"), day(-2, 15), day(2, 11)),
        (("Marta Silva",), ("room-102", "lobby", "gym"), day(-1, 15), day(3, 11)),
        (("Kenji Watanabe",), ("room-105", "lobby"), day(-3, 15), day(0, 11)),
        (
            ("Olivia Brown", "Noah Brown", "Emma Brown"),
            ("suite-401-entry", "suite-401-bedroom", "lobby"),
            day(-1, 15),
            day(4, 11),
        ),
        (("Lucas Martin",), ("room-203", "lobby"), day(0, 17), day(2, 11)),
        (("Sofia Rossi",), ("room-204", "lobby", "pool"), day(0, 18), day(5, 11)),
        (("Amir Haddad",), ("room-301", "lobby"), day(-2, 15), day(1, 11)),
        (("Grace Kim",), ("room-302", "lobby"), day(1, 15), day(3, 11)),
        (("Peter Novak",), ("room-107", "lobby"), day(-2, 15), day(1, 11)),
        # 107 given again today: Peter's card opens until Chloe's card is first used at the door.
        (("Chloe Dubois",), ("room-107", "lobby"), day(0, 14), day(2, 11)),
    ]
    for guests, doors, start, end in stays:
        await app.desk.check_in(CheckIn(guests, doors, start, end))
    first = (await app.queries.search("Ann Lee"))[0].reservation_key
    await app.desk.add_guest(AddGuest(first, "Mia Lee", ("room-101",)))


async def seed_keys(app: App, now: datetime) -> str:
    """Key cards on the simulated encoder (needs the OS keyring) and a stay with PINs on the keypads."""
    zone = (await app.queries.property_info())["time_zone"]
    await app.sync.run_once()
    pins = frozenset({AccessMethod.CARD, AccessMethod.PIN})
    doors = ("room-106", "lobby", "front-door-keypad", "back-door-keypad")
    change = await app.desk.check_in(
        CheckIn(
            ("Julia Costa",),
            doors,
            after(now, -1, time(15, 0), zone),
            after(now, 2, time(11, 0), zone),
            None,
            pins,
        )
    )
    for _ in range(3):
        app.clock.advance(minutes=10)  # type: ignore[attr-defined]
        await app.sync.run_until_idle()
    encoder = create_driver(ENCODERS, "simulated")
    app.cards.use_encoder(encoder)
    for name in ("Ann Lee", "Marta Silva", "Julia Costa"):
        key = (await app.queries.search(name))[0].reservation_key
        for grant in (await app.queries.reservation(key))["grants"]:
            encoder.remove_card()
            encoder.place_card(CardType.MIFARE_CLASSIC_1K)
            await app.cards.encode(grant["access_grant_id"], StderrPrompter(), timeout=2)
    encoder.remove_card()
    return str(change.reservation_key)


def shoot(widget: QWidget, path: Path, whole_screen: bool) -> None:
    if whole_screen and shutil.which("import") and os.environ.get("DISPLAY"):
        subprocess.run(["import", "-window", "root", str(path)], check=True)
    else:
        widget.grab().save(str(path))
    print(path)


async def run(out: Path, qt_app: QApplication) -> None:
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
    app = bootstrap(f"sqlite:///{folder / 'demo.db'}", clock=FixedClock(NOW), workstation="desk-1")
    await app.setup.create_demo()
    await seed_stays(app, NOW)
    pin_key = await seed_keys(app, NOW)
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
    await search.search_now("lee").task  # type: ignore[misc]
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

    encoder = app.cards.virtual_cards()  # the simulated encoder seed_keys put in
    assert encoder is not None
    key = (await app.queries.search("Sofia"))[0].reservation_key
    grants = (await app.queries.reservation(key))["grants"]
    from frontdesk.ui.dialogs.encode_cards import CardJob

    jobs = [CardJob(grants[0]["access_grant_id"], "Sofia Rossi", "Room 204")] * 2
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
    args = parser.parse_args()
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
