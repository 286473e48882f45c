"""Keeping the simulated provider's codes in a JSON file, so a demo driven from the command line
(one process per command) finds yesterday's codes where it left them, as a real provider would."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from drivers.simulated.provider_state import SimCode

STATE_ENV = "FRONTDESK_SIMULATED_PROVIDER_STATE"
_TIMES = {f.name for f in fields(SimCode) if "datetime" in str(f.type)}


def _encode(code: SimCode) -> dict[str, Any]:
    data = asdict(code)
    for name in _TIMES:
        if data[name] is not None:
            data[name] = data[name].isoformat()
    return data


def _decode(data: dict[str, Any]) -> SimCode:
    known = {f.name for f in fields(SimCode)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _TIMES:
        if values.get(name) is not None:
            values[name] = datetime.fromisoformat(values[name])
    return SimCode(**values)


def load(path: Path) -> tuple[dict[str, SimCode], dict[str, bool]]:
    """Codes and each device's online flag; empty when the file does not exist yet."""
    if not path.exists():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = {c["access_code_id"]: _decode(c) for c in data.get("codes", [])}
    return codes, {k: bool(v) for k, v in data.get("online", {}).items()}


def save(path: Path, codes: dict[str, SimCode], online: dict[str, bool]) -> None:
    """Write atomically (temp file, then rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"codes": [_encode(c) for c in codes.values()], "online": online}, indent=1)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(body)
    os.replace(tmp, path)


def path_from_env() -> Path | None:
    value = os.environ.get(STATE_ENV, "").strip()
    return Path(value).expanduser() if value else None
