"""The largest GUI-thread stall while 1,000 codes sync, with the sync worker on the Qt event loop (qasync).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/benchmarks/sync_gui_stall.py [--codes 1000]

The desk's window is open (offscreen) on the demo property, as at the counter: it reloads what
each change touches. A QTimer ticks every 5 ms on the GUI thread and records the gaps between ticks
while the desk writes N codes and one `sync.run_once(force=True)` sends them to Seam's fake server
on loopback. The largest gap beyond the 5 ms period is the longest time the window was frozen.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from drivers.seam import SeamProvider  # noqa: E402
from frontdesk.services.bootstrap import bootstrap  # noqa: E402
from frontdesk.ui.app import cancel_open_work  # noqa: E402
from frontdesk.ui.main_window import MainWindow  # noqa: E402
from installer.benchmarks.sync_throughput import DEVICES, machine, start_fake  # noqa: E402
from tests.seam_fixtures import API_KEY, free_loopback_port  # noqa: E402

PERIOD_MS = 5


async def measure(url: str, n: int) -> dict[str, float]:
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(PERIOD_MS)
    timer.timeout.connect(tick)
    app = bootstrap(f"sqlite:///{tempfile.mkdtemp()}/stall.db", workstation="bench")
    await app.setup.create_demo()
    app.sync.use_provider(SeamProvider(url, API_KEY, timeout=30))
    await app.sync.run_once()
    window = MainWindow(app)
    window.show()
    await window.refresh().task  # type: ignore[misc]
    while window.warm_up is None or not window.warm_up.done:  # the window's start-up work is over
        await asyncio.sleep(0.01)
    start = datetime.now(UTC) + timedelta(days=1)
    last[0] = time.perf_counter()
    timer.start()
    for i in range(n):
        await app.codes.create(
            DEVICES[i % 3], name=f"stall {i}", starts_at=start, ends_at=start + timedelta(days=2)
        )
    writes = len(gaps)
    report = await app.sync.run_once(force=True)
    timer.stop()
    assert report.pending == 0, report
    window.close()
    # As the desk quits (ui/app.py): the window's reload after the run may still be on its way, and
    # the database thread must not be closed under it.
    await cancel_open_work()
    await app.sync.close()
    app.close()
    sync_gaps = sorted(gaps[writes:])
    return {
        "codes": n,
        "ticks": len(gaps),
        "max_stall_ms_during_writes": round(max(gaps[:writes]) - PERIOD_MS, 1),
        "max_stall_ms_during_sync": round(sync_gaps[-1] - PERIOD_MS, 1),
        "p99_gap_ms_during_sync": round(sync_gaps[int(len(sync_gaps) * 0.99) - 1], 1),
        "machine": machine(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--codes", type=int, default=1000)
    args = parser.parse_args()
    port = free_loopback_port()
    proc = start_fake(port)
    qt = QApplication.instance() or QApplication([])
    qt.setQuitOnLastWindowClosed(False)  # closing the measured window must not stop the loop
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            result = loop.run_until_complete(measure(f"http://127.0.0.1:{port}", args.codes))
    finally:
        proc.terminate()
        proc.wait()
    print(json.dumps(result, indent=2), flush=True)
    # The figures are out: skip the interpreter's teardown of Qt (PySide6 6.12.0 crashed in it,
    # tests/ui/test_qt_binding_refcounts.py says why; the desk pins a version that does not).
    os._exit(0)


if __name__ == "__main__":
    main()
