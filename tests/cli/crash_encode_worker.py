"""A desk process that dies mid-encode: `python -m tests.cli.crash_encode_worker URL GRANT CARDS_FILE`.

It encodes a card for GRANT on a new virtual NTAG213 (kept in CARDS_FILE), and once the encoder
has written and verified the card, before the desk records it, prints "written" and waits to be
killed (the test sends SIGKILL then).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from tests.conftest import NOW


class StopsAfterWriting:
    """The simulated encoder, hanging (as a crash would) right after its verified write."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def write(self, card: Any, image: bytes, keys: Any) -> None:
        await self.inner.write(card, image, keys)
        print("written", flush=True)
        time.sleep(120)  # the whole process, event loop and database thread included, stops here

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def main(url: str, grant_id: str, cards_file: str) -> None:
    from drivers.simulated.encoder import SimulatedEncoder
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.cards.encoder import CardType
    from frontdesk.services.clock import FixedClock
    from tests.services.cards.conftest import Prompter

    app = bootstrap(url, clock=FixedClock(NOW), workstation="crashing-desk")
    encoder = SimulatedEncoder(cards_file=Path(cards_file))
    encoder.place_card(CardType.NTAG213)
    app.cards.use_encoder(StopsAfterWriting(encoder))
    asyncio.run(app.cards.encode(grant_id, Prompter(), timeout=5))
    print("recorded", flush=True)  # never reached


if __name__ == "__main__":
    main(*sys.argv[1:4])
