"""kill -9 of `frontdesk sync run` in the middle of its run, against Seam's fake server: the next
run creates no code twice and forgets none (docs/pin-codes.md, "Never twice").

The killed run had marked a batch of creates "maybe sent" ahead of their requests; some of them
reached the fake, some did not, and the answers of the last ones were never recorded. The next run
looks on each door once, adopts what it finds and sends the rest.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.clock import FixedClock
from tests.conftest import NOW
from tests.helpers import HOTEL, Cli
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam

DOORS = ("hotel_room_101", "august_device_1", "august_device_2")
CODES = 240
ROOT = Path(__file__).resolve().parents[2]


def guest_codes(server: FakeSeam) -> list[dict[str, Any]]:
    db = httpx.get(f"{server.url}/_fake/database", timeout=10).json()
    return [c for c in db["access_codes"] if str(c.get("name") or "").startswith("Guest ")]


def sync_run_process() -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "frontdesk", "--database", os.environ["SYNC_CRASH_DB"], "sync", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def create_codes(db_url: str) -> dict[str, tuple[str, str]]:
    """The codes the desk means to have: CODES guests over three doors, the desk choosing the PINs."""
    app = bootstrap(db_url, clock=FixedClock(NOW), workstation="test-desk")
    start = datetime(2027, 3, 1, 16, tzinfo=HOTEL)  # ahead of the real clock the sync process reads
    intended = {}
    try:
        for n in range(CODES):
            made = await app.codes.create(
                DOORS[n % 3], name=f"Guest {n}", starts_at=start, ends_at=start + timedelta(days=3)
            )
            intended[made.local_id] = (f"Guest {n}", str(made.code))
    finally:
        await app.aclose()
    return intended


def test_a_sync_run_killed_mid_run_leaves_exactly_one_code_per_intended_code(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    fake_seam: FakeSeam,
    secret_service: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cli = Cli(db_url, capsys)
    cli.ok("demo", "--empty")
    cli.ok("provider", "set", "--driver", "seam", "--endpoint", fake_seam.url, "--api-key-stdin",
           stdin=fake_seam.api_key + "\n")  # fmt: skip
    cli.ok("sync", "run")  # learn the doors
    intended = asyncio.run(create_codes(db_url))

    monkeypatch.setenv("SYNC_CRASH_DB", db_url)
    worker = sync_run_process()
    try:
        deadline = time.monotonic() + 120
        while len(guest_codes(fake_seam)) < 15 and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.02)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL, worker.stderr.read() if worker.stderr else ""
    time.sleep(0.5)  # requests already on the wire still reach the fake
    reached = len(guest_codes(fake_seam))
    assert 0 < reached < CODES  # killed in the middle: some codes at the lock, the desk knows not which

    again = sync_run_process()
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err

    at_fake = guest_codes(fake_seam)
    names = Counter(c["name"] for c in at_fake)
    assert len(at_fake) == CODES and set(names.values()) == {1}  # one code per intended code, none twice
    pins = {c["name"]: c["code"] for c in at_fake}
    assert all(pins[name] == pin for name, pin in intended.values())
    status = cli.ok("sync", "status")
    assert (status["pending"], status["failed"]) == (0, 0)
    assert status["codes_by_sync_state"] == {"synced": CODES}
