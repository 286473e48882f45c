"""Logging to a rotating file in the user's log directory. Never secrets: see docs/security.md.

The window's start opens the file behind the shown window (ui/app.py): `logging.handlers` and
`platformdirs` take longer to import than a fifth of a bare Qt window's start. What is logged
before then is held (`hold_early_records`) and written to the file first, so nothing is lost.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_ENV = "FRONTDESK_LOG_DIR"


class _EarlyRecords(logging.Handler):
    """Records logged before the log file is open; `setup_logging` writes them there."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records(level: int = logging.INFO) -> None:
    """Keep what is logged until `setup_logging` opens the file (nothing else is set up yet)."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(_EarlyRecords())
        root.setLevel(level)


def log_path() -> Path:
    from platformdirs import user_log_dir

    base = os.environ.get(LOG_ENV) or user_log_dir("frontdesk", appauthor=False)
    return Path(base) / "frontdesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    from frontdesk.services.log_file import SafeRotatingFileHandler, say_logging_is_off

    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, SafeRotatingFileHandler) for h in root.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = SafeRotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        except OSError as error:
            say_logging_is_off(path, error)
            handler = logging.NullHandler()  # not logging's last resort (stderr) either
        root.addHandler(handler)
        for early in [h for h in root.handlers if isinstance(h, _EarlyRecords)]:
            root.removeHandler(early)
            for record in early.records:
                if record.levelno >= level:
                    handler.handle(record)
    root.setLevel(level)
    return path
