"""`frontdesk self-test`: one line per check, a hint under each failure, exit 0 only when all pass."""

from __future__ import annotations

from typing import Any

import pytest

from frontdesk.launcher import main
from tests import pcsc_fixtures

pcscd = pcsc_fixtures.pcscd  # the fixture, used below


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out.splitlines()


def status_of(output: list[str]) -> dict[str, str]:
    """Check name -> ok / failed / n/a, from the printed lines."""
    found = {}
    for line in output:
        mark, _, rest = line.partition("  ")
        if mark.strip() in ("ok", "failed", "n/a"):
            found[rest.strip().split("  ")[0]] = mark.strip()
    return found


@pytest.mark.pcsc
def test_every_check_passes_on_a_working_desk(
    db_url: str, secret_service: Any, pcscd: None, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setenv("FRONTDESK_LOCK_PROVIDER", "simulated")  # a provider that is set is reached
    assert main(["--database", db_url, "self-test"]) == 0
    output = lines(capsys)
    assert status_of(output) == {
        "database": "ok",
        "window": "ok",
        "card readers": "ok",
        "keyring": "ok",
        "lock provider": "ok",
    }
    assert "Virtual PCD 00 00" in "\n".join(output)
    assert output[-1] == "all checks passed"


def test_a_database_that_cannot_open_fails_with_a_hint(
    tmp_path: Any, secret_service: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--database", f"sqlite:///{blocker}/frontdesk.db", "self-test"]) == 1
    output = lines(capsys)
    found = status_of(output)
    assert found["database"] == "failed"
    assert found["window"] == "failed"  # not tried without a database, and says so
    assert found["keyring"] == "ok"
    assert "lock provider" not in found
    hints = [line for line in output if line.strip().startswith("hint:")]
    assert len(hints) >= 2
    assert "The database cannot be opened." in "\n".join(output)
    assert output[-1].endswith("checks passed") and output[-1] != "all checks passed"


def test_an_insecure_keyring_fails_the_keyring_check(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        assert main(["--database", db_url, "self-test"]) == 1
    finally:
        keyring.set_keyring(previous)
    output = lines(capsys)
    found = status_of(output)
    assert found["keyring"] == "failed"
    assert found["database"] == "ok" and found["window"] == "ok"
    assert found["lock provider"] == "n/a"
    assert "No secure keyring is available for the card secret." in "\n".join(output)
