"""The window's start (ui/app.py, ui/start.py): Today is on screen and answers the keyboard on Qt's
own loop while the rest of the desk (the log file, asyncio, qasync) loads behind it; the desk from
its entry point opens, builds, attaches and closes with nothing left running."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from frontdesk.services.config import SIMULATOR_FILES
from frontdesk.ui.start import load_behind, open_quick_window
from tests.helpers import frontdesk_process
from tests.ui.conftest import AFTERNOON
from tests.ui.helpers import WAIT

ROOT = Path(__file__).resolve().parents[2]


def test_the_list_answers_the_keyboard_while_the_rest_of_the_desk_loads(  # type: ignore[no-untyped-def]
    qtbot, stays, db_url
) -> None:
    window = open_quick_window(db_url, AFTERNOON)
    assert window is not None
    qtbot.addWidget(window)
    in_house = window.today.views()[1]
    in_house.setFocus()
    in_house.selectRow(0)
    answered = threading.Event()
    seen: list[int] = []

    def press_down() -> None:  # a person's key press while the loading still runs
        qtbot.keyClick(in_house, Qt.Key.Key_Down)
        seen.append(in_house.currentIndex().row())
        answered.set()

    def load() -> None:  # holds the start until the window has answered the key
        assert answered.wait(WAIT / 1000), "the window did not answer while the rest loaded"

    QTimer.singleShot(0, press_down)
    assert load_behind(window, load) is True
    assert seen == [1]  # the selection moved to the second guest in house (the Lees)
    assert window.isVisible()


def test_closing_the_window_while_the_rest_loads_ends_the_start(qtbot, stays, db_url) -> None:  # type: ignore[no-untyped-def]
    window = open_quick_window(db_url, AFTERNOON)
    assert window is not None
    qtbot.addWidget(window)
    finished = threading.Event()

    def load() -> None:
        finished.wait(0.3)  # still loading when the window closes
        finished.set()

    (quit_action,) = [a for a in window.actions() if a.objectName() == "quit"]
    QTimer.singleShot(0, quit_action.trigger)  # Quit answers on the quick window (Ctrl+Q)
    assert load_behind(window, load) is False  # the desk is not built for a closed window
    assert finished.is_set()  # and the loading was let finish before the start returned


def test_a_load_that_fails_is_raised_where_the_desk_starts(qtbot, stays, db_url) -> None:  # type: ignore[no-untyped-def]
    window = open_quick_window(db_url, AFTERNOON)
    assert window is not None
    qtbot.addWidget(window)

    def load() -> None:
        raise ImportError("No module named 'qasync'")

    with pytest.raises(ImportError, match="qasync"):
        load_behind(window, load)


def test_the_window_is_shown_before_asyncio_qasync_and_the_log_file_load() -> None:
    # Together a fifth of the window's start: none of them is needed by Today's first screen.
    probe = (
        "import sys; import frontdesk.launcher, frontdesk.ui.app, frontdesk.ui.main_window; "
        "print(*(m in sys.modules for m in ('asyncio', 'qasync', 'logging.handlers', 'platformdirs')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False", "False", "False"]


# The desk started as `frontdesk --database URL`: a timer watches for Today's rows, then for the
# full load, then closes the window as a person would.
DESK = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["frontdesk"])
steps = []
def watch():
    shown = [w for w in app.topLevelWidgets() if getattr(w, "today_shown", False) and w.isVisible()]
    if not shown:
        return
    w = shown[0]
    if not steps:
        steps.append("quick" if not w.loaded else "full")
        print("rows", sum(v.proxy.rowCount() for v in w.today.views()), steps[0], flush=True)
    if w.loaded:
        timer.stop()
        print("loaded", w.check_in_action.isEnabled(), flush=True)
        w.close()
timer = QTimer(); timer.timeout.connect(watch); timer.start(1)
from frontdesk.launcher import main
status = main(["--database", sys.argv[1]])
import threading
left = sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())
print("exit", status, "threads", left)
sys.exit(status)
"""


def test_the_desk_from_its_entry_point_shows_today_first_builds_and_closes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    env = {
        **{k: v for k, v in os.environ.items() if k not in {name for name, _ in SIMULATOR_FILES}},
        "QT_QPA_PLATFORM": "offscreen",
        "FRONTDESK_LOG_DIR": str(tmp_path / "log"),
        "FRONTDESK_LANG": "xx",  # no such translation: said in the log before the log file is open
        "FRONTDESK_ENCODER": "simulated",
        "FRONTDESK_LOCK_PROVIDER": "simulated",
    }
    made = frontdesk_process(["--database", url, "demo"], env)
    assert made.returncode == 0, made.stderr
    desk = subprocess.run(
        [sys.executable, "-c", DESK, url], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert desk.returncode == 0, desk.stderr
    lines = desk.stdout.splitlines()
    rows, kind = lines[0].split()[1:]
    assert int(rows) > 0 and kind == "quick"  # Today's rows came first, before the application
    assert lines[1] == "loaded True"  # then the application, attached: the actions answer
    assert lines[2] == "exit 0 threads []"  # closed with nothing left running
    assert "Traceback" not in desk.stderr
    log = (tmp_path / "log" / "frontdesk.log").read_text(encoding="utf-8")
    assert "no translation for xx; staying in English" in log  # logged before the file was open
    assert " ERROR " not in log  # nothing went wrong on the way
