"""Simulated drivers for demo, training and tests: virtual key cards (and, from other modules,
simulated lock providers and doors).

Entry point ``frontdesk.encoders: simulated = drivers.simulated``.
"""

from __future__ import annotations

from pathlib import Path

from drivers.simulated.encoder import SimulatedEncoder, VirtualCard
from frontdesk.services.drivers import AVAILABLE, Availability


def available() -> Availability:
    """Always available: the simulator needs nothing outside Python."""
    return AVAILABLE


def create(*, cards_file: Path | None = None, **options: object) -> SimulatedEncoder:
    """A simulated encoder; cards persist in `cards_file` or $FRONTDESK_SIMULATED_CARDS when given."""
    return SimulatedEncoder(cards_file=cards_file, **options)  # type: ignore[arg-type]


__all__ = ["SimulatedEncoder", "VirtualCard", "available", "create"]
