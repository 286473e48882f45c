"""A driver that cannot load says why: the missing library and the version needed."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from frontdesk.services.cards.service import CardService
from frontdesk.services.cards.slot import EncoderSlot
from frontdesk.services.drivers import ENCODERS, Availability, create_driver, library_availability
from tests.cardemu.control import PROJECT_ROOT


def test_without_pyscard_the_settings_list_names_the_missing_library() -> None:
    code = (
        "import sys\n"
        "sys.modules['smartcard'] = None\n"
        "from frontdesk.domain.errors import FrontDeskError\n"
        "from frontdesk.services.drivers import ENCODERS, create_driver, list_drivers\n"
        "for d in list_drivers(ENCODERS):\n"
        "    print(d.name, d.available, d.reason)\n"
        "try:\n"
        "    create_driver(ENCODERS, 'pcsc')\n"
        "except FrontDeskError as error:\n"
        "    print(error.status, error.hint)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines() == [
        "pcsc False pyscard 2.3.1 is not installed",
        "simulated True None",
        "503 Missing here: pyscard 2.3.1 is not installed. Install it, or choose another driver.",
    ], done.stderr


def test_a_library_missing_or_too_old_is_named_with_the_version_needed() -> None:
    assert library_availability("no-such-frontdesk-library", "1.2.3") == Availability(
        False, "no-such-frontdesk-library 1.2.3 is not installed"
    )
    too_old = library_availability("pytest", "999.0")
    assert not too_old.ok and too_old.reason is not None
    assert too_old.reason.startswith("pytest 999.0 or later is needed (")
    assert library_availability("pytest", "1.0").ok


class PlainEncoder:
    """An encoder with real cards only (no VirtualCards)."""

    def watch(self, callback: Any) -> None:
        self.watching = callback

    async def close(self) -> None:
        pass


def test_virtual_cards_are_offered_only_by_an_encoder_that_has_them() -> None:
    simulated = create_driver(ENCODERS, "simulated")
    with_hand = CardService(None, None, EncoderSlot(lambda: simulated))  # type: ignore[arg-type]
    assert with_hand.virtual_cards() is simulated
    plain = PlainEncoder()
    without = CardService(None, None, EncoderSlot(lambda: plain))  # type: ignore[arg-type]
    assert without.virtual_cards() is None
    stop = without.watch_cards(print)
    assert plain.watching is print  # card presence reaches the GUI through the service
    stop()
    assert plain.watching is None
