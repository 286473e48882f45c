"""Time and network faults for the simulated lock provider: a hand-moved clock and a fault switchboard."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from frontdesk.services.codes.provider import ProviderUnreachable


class ManualClock:
    """A clock tests and demos move by hand: `clock()` reads it, `clock.advance(...)` moves it."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta | None = None, **units: float) -> datetime:
        self.now += delta if delta is not None else timedelta(**units)
        return self.now


class NetworkFaults:
    """What goes wrong between the desk and the provider. Seeded, so a run can be repeated.

    `before()` runs ahead of a call's work and `after()` once the work is done: a failure in
    `after()` is a lost answer, the hard case for a sync worker (the change happened anyway)."""

    def __init__(self, seed: int) -> None:
        self.fail_next = 0  # calls that fail before doing anything
        self.drop_next = 0  # calls whose answer is lost after the work was done
        self.drop_rate = 0.0  # fraction of answers lost at random
        self.outage = False  # every call fails while True
        self.failed = 0
        self.dropped = 0
        self._rng = random.Random(seed)

    def before(self, request_id: str) -> None:
        if self.outage or self.fail_next > 0:
            if not self.outage:
                self.fail_next -= 1
            self.failed += 1
            raise ProviderUnreachable(error_type="simulated_outage", http_status=503, request_id=request_id)

    def after(self, request_id: str) -> None:
        if self.drop_next > 0 or (self.drop_rate and self._rng.random() < self.drop_rate):
            self.drop_next = max(0, self.drop_next - 1)
            self.dropped += 1
            raise ProviderUnreachable(
                error_type="simulated_lost_response",
                request_id=request_id,
                provider_message="the request was done but its answer was lost",
            )
