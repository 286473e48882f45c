"""The simulators remember across commands and starts (services/config.py keep_simulators_with):
the demo's codes are at the simulated provider when the next command or window syncs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from frontdesk.services.config import SIMULATOR_FILES
from tests.helpers import frontdesk_process


def test_a_sync_after_the_demo_finds_its_codes_at_the_simulated_provider(
    tmp_path: Path, secret_service: Any
) -> None:
    # As a person runs the installed program: nothing names the simulators' files.
    env = {k: v for k, v in os.environ.items() if k not in {name for name, _ in SIMULATOR_FILES}}
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    made = frontdesk_process(["--database", url, "demo"], env)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "demo.simulated-provider.json").exists()  # beside the database
    assert (tmp_path / "demo.simulated-cards.json").exists()

    synced = frontdesk_process(["--database", url, "sync", "run"], env)
    # Before, the second process's simulator had forgotten the demo's codes and gave their ids to
    # new ones: "Unexpected error." on every sync of a freshly made demo.
    assert synced.returncode == 0, synced.stderr
    assert '"error"' not in synced.stderr
    report = json.loads(synced.stdout)
    assert report, "the sync run reports what it did"


def test_a_file_named_by_the_environment_wins(tmp_path: Path, secret_service: Any) -> None:
    env = {**os.environ, "FRONTDESK_SIMULATED_PROVIDER_STATE": str(tmp_path / "chosen.json")}
    env.pop("FRONTDESK_SIMULATED_CARDS")
    made = frontdesk_process(["--database", f"sqlite:///{tmp_path / 'demo.db'}", "demo"], env)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "chosen.json").exists()
    assert not (tmp_path / "demo.simulated-provider.json").exists()
