"""Pytest fixtures that run Seam's public fake server (installer/fake-seam) on a loopback port.

The fake is a real part of the test suite: when node or the pinned npm package is missing, and
cannot be installed from the lock file, the fixtures FAIL with a message saying what to do; they
never skip. Use from a conftest: `from tests.seam_fixtures import fake_seam  # noqa: F401`.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

FAKE_DIR = Path(__file__).resolve().parents[1] / "installer" / "fake-seam"
FAKE_PACKAGE = "@seamapi/fake-seam-connect"
FAKE_VERSION = "1.86.0"
API_KEY = "seam_apikey1_token"  # the fake's seeded key for workspace seed_workspace_1
WORKSPACE_ID = "seed_workspace_1"
STARTUP_LIMIT_S = 30.0  # a generous limit on waiting for /health, not a speed assertion


def ensure_fake_installed() -> Path:
    """Check node and the pinned fake; run `npm ci` from the lock file if the package is missing."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed; install Node.js 20 and npm to run the Seam fake-server tests.")
    manifest = FAKE_DIR / "node_modules" / FAKE_PACKAGE / "package.json"
    if not manifest.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail(f"{FAKE_PACKAGE} is not installed and npm is missing; run: cd {FAKE_DIR} && npm ci")
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"], cwd=FAKE_DIR, capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not manifest.exists():
            pytest.fail(f"`npm ci` in {FAKE_DIR} failed:\n{done.stderr[-2000:]}")
    version = json.loads(manifest.read_text())["version"]
    if version != FAKE_VERSION:
        pytest.fail(
            f"{FAKE_PACKAGE} {version} is installed, {FAKE_VERSION} is pinned; run: cd {FAKE_DIR} && npm ci"
        )
    return Path(node)


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class FakeSeam:
    """One running fake server. `stop()`/`start()` simulate the whole service going away and back."""

    def __init__(self, node: Path, port: int) -> None:
        self.node = node
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.api_key = API_KEY
        self.workspace_id = WORKSPACE_ID
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = os.environ | {"PORT": str(self.port), "FAKE_SEAM_HOST": "127.0.0.1"}
        self._process = subprocess.Popen(
            [str(self.node), str(FAKE_DIR / "custom-fake.mjs")],
            cwd=FAKE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
                pytest.fail(f"the Seam fake server exited at start (code {self._process.returncode}):\n{err}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        pytest.fail(f"the Seam fake server did not answer /health on {self.url} within {STARTUP_LIMIT_S} s")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()

    def hook(self, route: str, body: dict[str, Any]) -> Any:
        """Call one of the fake's test hooks (/_fake/..., /_frontdesk/...)."""
        response = httpx.post(f"{self.url}{route}", json=body, timeout=10.0)
        response.raise_for_status()
        return response.json()

    def simulate_outage(self, routes: list[str]) -> None:
        """The fake's own outage hook: the listed routes answer 503 with an empty body."""
        self.hook("/_fake/simulate_workspace_outage", {"workspace_id": self.workspace_id, "routes": routes})

    def end_outage(self) -> None:
        self.simulate_outage([])  # the fake has no recovery route; an empty route list ends it


@pytest.fixture
def fake_seam() -> Iterator[FakeSeam]:
    """A fresh fake server (seed data plus hotel devices) on a free loopback port, per test."""
    node = ensure_fake_installed()
    server = FakeSeam(node, free_loopback_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
