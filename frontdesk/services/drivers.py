"""Finding drivers: encoders and lock providers come from entry points, never from imports.

Each entry point names a module with two functions: `available() -> bool` (False when a vendor
library is missing: the driver is then listed as unavailable instead of crashing the desk) and
`create(**options)` returning an object that implements the Protocol of its group
(`Encoder` in services/encoder.py, `LockProvider` in services/provider.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from frontdesk.domain.errors import NotFound, Unavailable

ENCODERS = "frontdesk.encoders"
LOCK_PROVIDERS = "frontdesk.lock_providers"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DriverInfo:
    group: str
    name: str
    available: bool
    reason: str | None = None


def _load(group: str, name: str) -> ModuleType:
    found = [ep for ep in entry_points(group=group) if ep.name == name]
    if not found:
        known = ", ".join(sorted(ep.name for ep in entry_points(group=group))) or "none"
        raise NotFound(f"No driver called '{name}'.", f"Installed drivers: {known}.", detail={"group": group})
    try:
        module = found[0].load()
    except ImportError as exc:
        log.warning("driver %s/%s cannot be imported: %s", group, name, exc)
        raise Unavailable(
            f"The '{name}' driver cannot be used on this computer.",
            f"A library it needs is missing ({exc.name or exc}); install it or choose another driver.",
        ) from None
    return module


def list_drivers(group: str) -> list[DriverInfo]:
    out = []
    for ep in sorted(entry_points(group=group), key=lambda e: e.name):
        try:
            module = ep.load()
            ok = bool(module.available())
            out.append(DriverInfo(group, ep.name, ok, None if ok else "a library it needs is missing"))
        except Exception as exc:
            out.append(DriverInfo(group, ep.name, False, f"{type(exc).__name__}: {exc}"))
    return out


def create_driver(group: str, name: str, **options: Any) -> Any:
    module = _load(group, name)
    if not module.available():
        raise Unavailable(
            f"The '{name}' driver cannot be used on this computer.",
            "A library or system service it needs is missing; install it, or choose another driver.",
        )
    return module.create(**options)
