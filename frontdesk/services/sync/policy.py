"""How the sync worker retries (capped, jittered backoff) and what one run reports."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

WAIT, NEXT, AGAIN = "wait", "next", "again"  # what a door's queue does after an item


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with "equal jitter": between half and all of min(cap, base * 2^(n-1))."""

    base: timedelta = timedelta(seconds=2)
    cap: timedelta = timedelta(minutes=5)
    max_attempts: int = 8
    failures_before_door_waits: int = 3  # retryable failures in a row before a door's queue waits
    lease: timedelta = timedelta(minutes=2)

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        ceiling = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        return ceiling * rng.uniform(0.5, 1.0)


@dataclass
class SyncReport:
    """What one run did. `pending` is what is still waiting afterwards."""

    sent: int = 0
    adopted: int = 0  # creates found already done at the provider (a lost answer)
    pins_replaced: int = 0  # desk-chosen PINs that clashed at the lock and were replaced
    retrying: int = 0
    gave_up: int = 0
    reconciled_codes: int = 0
    pool_codes_ordered: int = 0
    provider_reachable: bool = True
    pending: int = 0
    failed: int = 0
    open_alerts: int = 0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
