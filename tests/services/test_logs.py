"""The log file never stops the desk: an unwritable log folder or a full disk turns logging off,
said once on stderr as JSON, and the command still runs."""

from __future__ import annotations

import errno
import json
import logging
import logging.handlers
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.services import log_file
from frontdesk.services.logs import setup_logging


@pytest.fixture
def bare_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """The root logger without the handlers earlier tests left, and 'said once' not yet said."""
    root = logging.getLogger()
    monkeypatch.setattr(
        root, "handlers", [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    )
    monkeypatch.setattr(log_file, "_said", False)
    yield root
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler):
            handler.close()


def _warnings(err: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line)["warning"] for line in err.splitlines() if line.startswith('{"warning"')]


def test_an_unwritable_log_folder_turns_logging_off_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bare_root: logging.Logger,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FRONTDESK_LOG_DIR", str(blocker / "log"))  # a folder under a file: even root cannot
    setup_logging()
    setup_logging()
    logging.getLogger("frontdesk.test").error("nobody hears this")
    (warning,) = _warnings(capsys.readouterr().err)
    assert warning["title"] == "Logging is off." and "FRONTDESK_LOG_DIR" in warning["hint"]


def test_a_full_disk_while_logging_turns_logging_off_without_tracebacks(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bare_root: logging.Logger,
) -> None:
    monkeypatch.setenv("FRONTDESK_LOG_DIR", str(tmp_path / "log"))
    setup_logging()
    (handler,) = [h for h in bare_root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]

    def full(record: logging.LogRecord) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handler, "shouldRollover", full)
    log = logging.getLogger("frontdesk.test")
    log.info("first")
    log.info("second")
    err = capsys.readouterr().err
    (warning,) = _warnings(err)
    assert "No space left on device" in warning["hint"]
    assert "Traceback" not in err and "Logging error" not in err
    assert handler not in bare_root.handlers


def test_the_command_line_runs_with_an_unwritable_log_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "FRONTDESK_LOG_DIR": str(blocker / "log")}
    db = ["--database", f"sqlite:///{tmp_path / 'x.db'}"]
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", *db, "demo", "--empty"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0 and json.loads(done.stdout)["created"] is True
    assert [w["title"] for w in _warnings(done.stderr)][:1] == ["Logging is off."]
    assert "Traceback" not in done.stderr
    failed = subprocess.run(
        [sys.executable, "-m", "frontdesk", *db, "cards", "cancel", "77"],
        env=env,
        capture_output=True,
        text=True,
    )
    lines = failed.stderr.splitlines()
    # "Logging is off.", "No administrator exists yet", then the error
    assert failed.returncode == 1 and len(lines) == 3 and "Traceback" not in failed.stderr
    assert json.loads(lines[2])["error"]["status"] == 404
