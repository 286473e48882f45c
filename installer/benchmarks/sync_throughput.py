"""Sync throughput against Seam's fake server on loopback, beside a bare httpx loop of the same requests.

    .venv/bin/python installer/benchmarks/sync_throughput.py [--codes 1000] [--runs 3]

Starts the fake (installer/fake-seam, run `npm ci` there first), then for each run:
  * desk:  N codes written at the desk (one transaction each, outbox included), then one
           `sync.run_once(force=True)` that sends them over the Seam driver and reconciles;
  * bare:  the same N `/access_codes/create` POSTs from one httpx.AsyncClient with the same
           concurrency (8), nothing else;
  * bare over the desk's transport: the same loop, its client given the Seam driver's own
           transport (drivers/seam/connections.py), to show what the desk adds above its HTTP.
Runs alternate desk, bare and bare over the desk's transport, so a busy moment of a shared machine
hits them alike. The ratio is `sync run` over the plain bare loop.
Prints JSON with the medians; the figures go to docs/benchmarks.md ("Sync").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from drivers.seam import SeamProvider  # noqa: E402
from drivers.seam.connections import KeepAliveTransport  # noqa: E402
from frontdesk.services.bootstrap import bootstrap  # noqa: E402
from tests.seam_fixtures import API_KEY, FAKE_DIR, free_loopback_port  # noqa: E402

DEVICES = ("august_device_1", "august_device_2", "hotel_room_101")
CONCURRENCY = 8


def start_fake(port: int) -> subprocess.Popen[bytes]:
    env = os.environ | {"PORT": str(port), "FAKE_SEAM_HOST": "127.0.0.1"}
    proc = subprocess.Popen(
        ["node", str(FAKE_DIR / "custom-fake.mjs")],
        cwd=FAKE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the fake did not start")


async def desk_run(url: str, n: int) -> dict[str, float]:
    folder = tempfile.mkdtemp()
    app = bootstrap(f"sqlite:///{folder}/bench.db", workstation="bench")
    await app.setup.create_demo()
    app.sync.use_provider(SeamProvider(url, API_KEY, timeout=30))
    await app.sync.run_once()  # learn the doors
    start = datetime.now(UTC) + timedelta(days=1)
    t0 = time.perf_counter()
    for i in range(n):
        await app.codes.create(
            DEVICES[i % 3], name=f"bench {i}", starts_at=start, ends_at=start + timedelta(days=2)
        )
    t1 = time.perf_counter()
    report = await app.sync.run_once(force=True)
    t2 = time.perf_counter()
    assert report.pending == 0 and report.gave_up == 0, report
    await app.sync.close()
    app.close()
    return {"desk_writes_s": t1 - t0, "sync_s": t2 - t1, "codes_per_s": n / (t2 - t1)}


async def bare_run(url: str, n: int, *, desk_transport: bool = False) -> dict[str, float]:
    start = datetime.now(UTC) + timedelta(days=1)
    gate = asyncio.Semaphore(CONCURRENCY)
    transport = KeepAliveTransport() if desk_transport else None  # None: httpx's default
    async with httpx.AsyncClient(
        base_url=url, headers={"Authorization": f"Bearer {API_KEY}"}, transport=transport
    ) as client:

        async def one(i: int) -> None:
            async with gate:
                body = {
                    "device_id": DEVICES[i % 3],
                    "name": f"bare {i}",
                    "code": f"{1000 + i}",
                    "starts_at": start.isoformat(),
                    "ends_at": (start + timedelta(days=2)).isoformat(),
                }
                (await client.post("/access_codes/create", json=body)).raise_for_status()

        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        elapsed = time.perf_counter() - t0
    return {"sync_s": elapsed, "codes_per_s": n / elapsed}


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--codes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    desk, bare, lean = [], [], []
    load_at_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    for _ in range(args.runs):
        port = free_loopback_port()
        proc = start_fake(port)  # a fresh fake per run: its list route grows with every stored code
        try:
            desk.append(asyncio.run(desk_run(f"http://127.0.0.1:{port}", args.codes)))
        finally:
            proc.terminate()
            proc.wait()
        for rows, desk_transport in ((bare, False), (lean, True)):
            port = free_loopback_port()
            proc = start_fake(port)
            try:
                url = f"http://127.0.0.1:{port}"
                rows.append(asyncio.run(bare_run(url, args.codes, desk_transport=desk_transport)))
            finally:
                proc.terminate()
                proc.wait()

    def median(rows: list[dict[str, float]], key: str) -> float:
        return round(statistics.median(r[key] for r in rows), 3)

    print(
        json.dumps(
            {
                "codes": args.codes,
                "runs": args.runs,
                "desk_write_s": median(desk, "desk_writes_s"),
                "desk_sync_s": median(desk, "sync_s"),
                "desk_codes_per_s": median(desk, "codes_per_s"),
                "bare_httpx_s": median(bare, "sync_s"),
                "bare_codes_per_s": median(bare, "codes_per_s"),
                "ratio_sync_to_bare": round(median(desk, "sync_s") / median(bare, "sync_s"), 2),
                "bare_over_desk_transport_s": median(lean, "sync_s"),
                "ratio_sync_to_bare_over_desk_transport": round(
                    median(desk, "sync_s") / median(lean, "sync_s"), 2
                ),
                "load_average_at_start": load_at_start,
                "machine": machine(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
