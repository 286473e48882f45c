"""Cold start to an interactive window: the desk beside a bare PySide6 window.

    DISPLAY=:99 .venv/bin/python installer/benchmarks/gui_start.py [--runs 5]

Each run is a fresh Python process (cold imports from compiled modules, one SQLite file with the
demo property and its day made beforehand); the bare and the desk runs alternate. "Interactive"
means: the window is shown, its first data are on screen, and the event loop has answered a
zero-delay timer. For the desk, started through its console script's entry point
(frontdesk.launcher.main) as a person starts it: its main window is visible with Today's real
rows (the quick first read's, ui/start.py, or the full load's when the quick read cannot be done)
and its event loop has answered a timer (one that looks every millisecond). Prints the medians and
their ratio as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import time; t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0, time.process_time()), app.quit()))
app.exec()
"""

DESK = r"""
import time; t0 = time.perf_counter()
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["frontdesk"])  # the desk's own start (run_gui) takes this one
seen = []
def desk_window():
    shown = [w for w in app.topLevelWidgets() if getattr(w, "today_shown", False) and w.isVisible()]
    return shown[0] if shown else None
def watch():  # a timer the event loop answers: the first time it sees Today's rows is the moment
    w = desk_window()
    if w is None:
        return
    if not seen:
        seen.append(time.perf_counter() - t0)
        print(seen[0], time.process_time())
        rows = sum(v.proxy.rowCount() for v in w.today.views())
        assert rows > 0, "Today shows no rows"
        print("rows", rows, "quick" if not w.loaded else "full", file=sys.stderr)
    if w.loaded:  # then the desk is let finish its start and closed the way a person closes it
        timer.stop()
        w.close()
timer = QTimer(); timer.timeout.connect(watch); timer.start(1)
from frontdesk.launcher import main
sys.exit(main(["--database", {url!r}]))
"""


# A desk starts from compiled modules (the installer compiles them; the bundle ships them so):
# a PYTHONDONTWRITEBYTECODE in the caller's environment must not make every run compile the desk.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# Without a session bus, Qt on X11 would autolaunch one per run (and leave it running): point both
# windows at none instead, alike.
ENV.setdefault("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/no-session-bus")


def run(code: str) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the process) from its start to the interactive window."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=ENV
    )
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-start-"))
    url = f"sqlite:///{folder / 'demo.db'}"
    subprocess.run([sys.executable, "-m", "compileall", "-q", "frontdesk", "drivers"], check=True, cwd=ROOT)
    # The demo with its day (stays on every list; its cards too when a keyring is there).
    subprocess.run(
        [sys.executable, "-m", "frontdesk", "--database", url, "demo"],
        check=True,
        cwd=ROOT,
        capture_output=True,
        env=ENV,
    )
    run(BARE)  # warm the disk cache once for both, so neither pays for it alone
    bare: list[tuple[float, float]] = []
    desk: list[tuple[float, float]] = []
    for _ in range(args.runs):  # alternating, so a busy moment of a shared machine hits both alike
        bare.append(run(BARE))
        desk.append(run(DESK.format(root=str(ROOT), url=url)))
    bare_wall, desk_wall = statistics.median(w for w, _ in bare), statistics.median(w for w, _ in desk)
    bare_cpu, desk_cpu = statistics.median(c for _, c in bare), statistics.median(c for _, c in desk)
    result = {
        "bare_pyside6_window_s": round(bare_wall, 3),
        "frontdesk_window_s": round(desk_wall, 3),
        "ratio": round(desk_wall / bare_wall, 2),
        # CPU time of the process (all its threads) to the same moment: less moved by other work
        # on a shared machine than the wall clock, which is what the person waits.
        "bare_cpu_s": round(bare_cpu, 3),
        "frontdesk_cpu_s": round(desk_cpu, 3),
        "cpu_ratio": round(desk_cpu / bare_cpu, 2),
        "bare_runs_s": [round(w, 3) for w, _ in bare],
        "frontdesk_runs_s": [round(w, 3) for w, _ in desk],
        "runs": args.runs,
        "platform": os.environ.get("QT_QPA_PLATFORM") or f"xcb on {os.environ.get('DISPLAY', '?')}",
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
