"""Logging to a rotating file in the user's log directory. Never secrets: see docs/security.md."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

from frontdesk.services.log_file import SafeRotatingFileHandler, say_logging_is_off

LOG_ENV = "FRONTDESK_LOG_DIR"


def log_path() -> Path:
    base = os.environ.get(LOG_ENV) or user_log_dir("frontdesk", appauthor=False)
    return Path(base) / "frontdesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = SafeRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        except OSError as error:
            say_logging_is_off(path, error)
            root.addHandler(logging.NullHandler())  # not logging's last resort (stderr) either
            root.setLevel(level)
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
