"""Finding drivers: encoders and lock providers come from entry points, never from imports.

Each entry point names a module with two functions: `available()` and `create(**options)`, the latter
returning an object that implements the Protocol of its group (`Encoder` in services/cards/encoder.py,
`LockProvider` in services/codes/provider.py). `available()` returns an `Availability` that says,
when the driver cannot load, which library (and which version of it) is missing: the driver is then
listed as unavailable with that reason instead of crashing the desk. A plain bool is still accepted
from drivers that have no reason to give.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, entry_points, version
from types import ModuleType
from typing import Any

from frontdesk.domain.errors import NotFound, Unavailable
from frontdesk.domain.words import say

ENCODERS = "frontdesk.encoders"
LOCK_PROVIDERS = "frontdesk.lock_providers"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Availability:
    """Whether a driver can be used on this computer, and if not, why (e.g. "pyscard 2.3.1 is not
    installed"), in words the desk can show as they are."""

    ok: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.ok


AVAILABLE = Availability(True)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def library_availability(distribution: str, minimum: str) -> Availability:
    """Whether the Python package `distribution` is installed at version `minimum` or later."""
    try:
        installed = version(distribution)
    except PackageNotFoundError:
        return Availability(False, f"{distribution} {minimum} is not installed")
    if _version_tuple(installed) < _version_tuple(minimum):
        return Availability(False, f"{distribution} {minimum} or later is needed ({installed} is installed)")
    return AVAILABLE


@dataclass(frozen=True)
class DriverInfo:
    """A driver of an entry point group, and whether it can be used here (`reason` says why not)."""

    group: str
    name: str
    available: bool
    reason: str | None = None


def _availability(module: ModuleType) -> Availability:
    said = module.available()
    if isinstance(said, Availability):
        return said
    return AVAILABLE if said else Availability(False, "a library it needs is missing")


def _load(group: str, name: str) -> ModuleType:
    found = [ep for ep in entry_points(group=group) if ep.name == name]
    if not found:
        known = ", ".join(sorted(ep.name for ep in entry_points(group=group))) or "none"
        raise NotFound(
            say("No driver called '{name}'.", name=name),
            say("Installed drivers: {known}.", known=known),
            detail={"group": group},
        )
    try:
        module: ModuleType = found[0].load()
    except ImportError as exc:
        log.warning("driver %s/%s cannot be imported: %s", group, name, exc)
        raise Unavailable(
            say("The '{name}' driver cannot be used on this computer.", name=name),
            say(
                "A library it needs is missing ({library}); install it or choose another driver.",
                library=exc.name or exc,
            ),
        ) from None
    return module


def driver_names(group: str) -> list[str]:
    """The names of the installed drivers of `group`, sorted."""
    return sorted(ep.name for ep in entry_points(group=group))


def list_drivers(group: str) -> list[DriverInfo]:
    """Every installed driver of `group` with whether it can be used here, and why not."""
    out = []
    for ep in sorted(entry_points(group=group), key=lambda e: e.name):
        try:
            said = _availability(ep.load())
            out.append(DriverInfo(group, ep.name, said.ok, said.reason))
        except ImportError as exc:
            out.append(DriverInfo(group, ep.name, False, f"{exc.name or exc} is not installed"))
        except Exception as exc:
            out.append(DriverInfo(group, ep.name, False, f"{type(exc).__name__}: {exc}"))
    return out


def create_driver(group: str, name: str, **options: Any) -> Any:
    """A new driver object from the module of entry point `name` in `group`."""
    module = _load(group, name)
    said = _availability(module)
    if not said.ok:
        raise Unavailable(
            say("The '{name}' driver cannot be used on this computer.", name=name),
            say("Missing here: {reason}. Install it, or choose another driver.", reason=said.reason)
            if said.reason
            else say(
                "A library or system service it needs is missing; install it, or choose another driver."
            ),
        )
    return module.create(**options)
