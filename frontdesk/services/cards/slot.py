"""The desk's one card encoder: which driver, made on first use, shared by the card and door services.

The encoder stays inside the services: the GUI reaches it only through `CardService` (card presence,
and virtual cards when the driver offers them).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from frontdesk.domain.errors import NotFound
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import Encoder
from frontdesk.services.drivers import ENCODERS, create_driver, driver_names

ENCODER_ENV = "FRONTDESK_ENCODER"
DEFAULT_ENCODER = "pcsc"  # never silently the simulator: a desk must not "encode" virtual cards


def encoder_choice(workstation_choice: str | None = None) -> str:
    """The encoder driver: $FRONTDESK_ENCODER (e.g. simulated for demo and training), else the one
    chosen in this workstation's settings, else pcsc."""
    return os.environ.get(ENCODER_ENV, "").strip() or workstation_choice or DEFAULT_ENCODER


class EncoderSlot:
    """The desk's one encoder, created on first use through the entry points, shared by the card
    and door services. `use` puts in another one (tests, a reader chosen in the settings)."""

    def __init__(self, create: Callable[[], Encoder] | None = None) -> None:
        self._create: Callable[[], Encoder] = create or (lambda: create_driver(ENCODERS, encoder_choice()))
        self._encoder: Encoder | None = None

    def get(self) -> Encoder:
        if self._encoder is None:
            self._encoder = self._create()
        return self._encoder

    def use(self, encoder: Encoder) -> None:
        self._encoder = encoder

    def choose(self, name: str) -> None:
        """Make the encoder with driver `name` from now on (the current one must be closed first)."""
        known = driver_names(ENCODERS)
        if name not in known:
            raise NotFound(
                say("No card encoder driver called '{name}'.", name=name),
                say(
                    "Installed encoder drivers: {drivers}.",
                    drivers=", ".join(known) or "none",
                ),
            )
        self._create = lambda: create_driver(ENCODERS, name)

    async def close(self) -> None:
        encoder, self._encoder = self._encoder, None
        if encoder is not None:
            await encoder.close()
