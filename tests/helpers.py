"""Small helpers the tests share: property-time datetimes, running the command line in-process, and
`frontdesk` as a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

HOTEL = ZoneInfo("America/Los_Angeles")
ROOT = Path(__file__).resolve().parents[1]


def frontdesk_process(
    args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`frontdesk ARGS` run as a person runs it, in a process of its own, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "frontdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A time at the hotel in November 2026 (or another month)."""
    return datetime(2026, month, day, hour, minute, tzinfo=HOTEL)


class Cli:
    """Runs `frontdesk --database URL ...` in this process and parses what it prints."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys
        self.warnings: list[dict[str, str]] = []  # the last command's {"warning"} lines (stderr)

    def run(self, *args: str, stdin: str | None = None) -> tuple[int, Any, Any]:
        """One command; `stdin` is what it reads (a password for --password-stdin)."""
        import io
        import sys

        from frontdesk.cli.main import main

        self.capsys.readouterr()
        saved_stdin = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            status = main(["--database", self.url, *args])
        finally:
            sys.stdin = saved_stdin
        out, err = self.capsys.readouterr()
        lines = err.splitlines()
        self.warnings = [json.loads(line)["warning"] for line in lines if line.startswith('{"warning"')]
        err = "\n".join(line for line in lines if not line.startswith('{"warning"'))
        return status, json.loads(out) if out.strip() else None, json.loads(err) if err.strip() else None

    def ok(self, *args: str, stdin: str | None = None) -> Any:
        status, out, err = self.run(*args, stdin=stdin)
        assert status == 0, err
        return out

    def fails(self, *args: str, stdin: str | None = None) -> dict[str, Any]:
        status, out, err = self.run(*args, stdin=stdin)
        assert status == 1, out
        assert out is None
        return err["error"]
