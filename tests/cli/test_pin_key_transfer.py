"""`frontdesk pin-key export --to FILE` / `pin-key import FILE`: the PIN key moves to a workstation
whose keyring lacks it, encrypted under a passphrase read from stdin; a wrong passphrase opens
nothing; the file holds no key in clear; only an administrator may."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_operator_commands import _staff
from tests.helpers import Cli

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(db_url, capsys)
    runner.ok("demo")  # the demo's day stores PINs: the database has its PIN key
    return runner


def test_the_pin_key_moves_to_a_workstation_without_it(cli: Cli, secret_service: Any, tmp_path: Path) -> None:
    pins = {c["access_code_id"]: c["code"] for c in cli.ok("codes", "list")}
    assert any(pins.values())
    export = tmp_path / "pin-key.json"
    done = cli.ok("pin-key", "export", "--to", str(export), stdin=PASSPHRASE + "\n")
    key_id = done["pin_key_id"]
    key_hex = secret_service.get_password("frontdesk", f"pin-key:{key_id}")
    assert key_hex and key_hex.lower() not in export.read_text().lower()
    assert bytes.fromhex(key_hex) not in export.read_bytes()
    assert PASSPHRASE not in json.dumps(done) and export.stat().st_mode & 0o077 == 0

    # The other workstation: its keyring has no PIN key, so it cannot show PINs.
    secret_service.delete_password("frontdesk", f"pin-key:{key_id}")
    assert cli.fails("codes", "list")["status"] == 503
    wrong = cli.fails("pin-key", "import", str(export), stdin="not the passphrase\n")
    assert wrong["title"] == "This PIN key file cannot be opened."
    assert secret_service.get_password("frontdesk", f"pin-key:{key_id}") is None
    cli.ok("pin-key", "import", str(export), stdin=PASSPHRASE + "\n")
    assert {c["access_code_id"]: c["code"] for c in cli.ok("codes", "list")} == pins
    actions = [r["action"] for r in cli.ok("audit", "list", "--limit", "5")]
    assert actions[:2] == ["pin_key.imported", "pin_key.exported"]
    assert cli.fails("pin-key", "export", "--to", str(export), stdin=PASSPHRASE + "\n")["status"] == 409


def test_only_an_administrator_moves_the_pin_key(cli: Cli, secret_service: Any, tmp_path: Path) -> None:
    _staff(cli)
    cli.ok("login", "Max", "--password-stdin", stdin="max-manager-pass-1\n")
    error = cli.fails("pin-key", "export", "--to", str(tmp_path / "k.json"), stdin=PASSPHRASE + "\n")
    assert error["status"] == 403 and "administrator" in error["hint"]
    assert not (tmp_path / "k.json").exists()
