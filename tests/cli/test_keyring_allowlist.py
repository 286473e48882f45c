"""Only keyrings known to encrypt hold the desk's secrets: a custom backend chosen through
PYTHON_KEYRING_BACKEND or keyringrc.cfg is refused, with a title that says where it was chosen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import frontdesk_process as run

API_KEY = "seam_test_allowlist_key_123"


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        {
            "FRONTDESK_DATABASE_URL": db_url,
            "PLAIN_KEYRING_FILE": str(tmp_path / "plain-keyring.json"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        }
    )
    environment.pop("PYTHON_KEYRING_BACKEND", None)
    assert run(["demo", "--empty"], environment).returncode == 0
    return environment


def provider_set(env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    done = run(
        ["provider", "set", "--driver", "seam", "--endpoint", "https://connect.example", "--api-key-stdin"],
        env,
        API_KEY + "\n",
    )
    assert done.returncode == 1, done.stdout
    # stderr: the "no administrator yet" warning line, then the error line
    [error] = [line for line in done.stderr.splitlines() if line.startswith('{"error"')]
    return json.loads(error)["error"]  # type: ignore[no-any-return]


def test_a_backend_chosen_in_the_environment_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    env["PYTHON_KEYRING_BACKEND"] = "tests.plain_keyring.PlainFileKeyring"
    error = provider_set(env)
    assert error["status"] == 503
    assert (
        error["title"]
        == "The keyring chosen in PYTHON_KEYRING_BACKEND is not one the desk trusts with secrets."
    )
    assert "Unset PYTHON_KEYRING_BACKEND" in error["hint"]
    assert not (tmp_path / "plain-keyring.json").exists()  # the key went nowhere


def test_a_backend_chosen_in_keyringrc_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring = tests.plain_keyring.PlainFileKeyring\n")
    error = provider_set(env)
    assert error["title"] == "The keyring chosen in keyringrc.cfg is not one the desk trusts with secrets."
    assert str(config) in error["hint"]
    assert not (tmp_path / "plain-keyring.json").exists()


def test_the_allowlist_names_the_os_keyrings_only() -> None:
    from keyring.backends import SecretService, fail, null

    from frontdesk.services.keyring_check import is_secure_backend
    from tests.plain_keyring import PlainFileKeyring

    assert not is_secure_backend(PlainFileKeyring())
    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(null.Keyring())
    assert is_secure_backend(SecretService.Keyring())  # the test script runs a real Secret Service
