"""The log file must never stop the desk: when it cannot be written, logging goes off and says so once.

The log directory may be unwritable (a path under a file, a read-only share) or the disk may be
full. Then the command or the window still runs; stderr gets one line saying that logging is off,
as JSON so that a script reading stderr still can (`{"warning": {"title": ..., "hint": ...}}`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import logging.handlers
import sys
from pathlib import Path

_said = False


def say_logging_is_off(path: Path, error: BaseException) -> None:
    """Tell the person once per process that nothing is being logged, and why."""
    global _said
    if _said:
        return
    _said = True
    reason = getattr(error, "strerror", None) or type(error).__name__
    warning = {
        "title": "Logging is off.",
        "hint": f"The log file {path} cannot be written ({reason}). Free disk space or set "
        "FRONTDESK_LOG_DIR to a folder you can write to; the desk works without a log.",
    }
    try:
        sys.stderr.write(json.dumps({"warning": warning}) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # no stderr either: nothing more we can do


class SafeRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that turns itself off on the first write error instead of printing
    a traceback for every record (what logging does by default)."""

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        root = logging.getLogger()
        root.removeHandler(self)
        if not root.handlers:
            root.addHandler(logging.NullHandler())  # not logging's last resort (stderr) either
        with contextlib.suppress(OSError):
            self.close()
        say_logging_is_off(Path(self.baseFilename), error)
