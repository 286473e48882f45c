"""What one run of the outbox sender keeps per door: its requests in flight, the codes that must
wait, whether the door itself waits, and the door's code list read for lost answers."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from frontdesk.services.codes.provider import ProviderAccessCode
from frontdesk.services.sync.policy import WAIT, SendOutcome

# Items of one door marked "maybe sent" ahead of their request, so that the marks go in batches.
# After a crash at most this many per door are looked up on the lock before they are sent again.
LOOKAHEAD = 32


class DoorStopped(Exception):
    """The door waits (too many failures in a row): the item was not sent and goes back unsent."""


@dataclass
class DoorQueue:
    """One door's state during a run."""

    slots: asyncio.Semaphore  # requests of this door in flight at once
    waiting: set[str] = field(default_factory=set)  # codes whose change waits: their later ones too
    failures: int = 0  # retryable failures in a row (in the order the answers came)
    stopped: bool = False

    def count(self, outcome: SendOutcome, local_id: str, failures_before_door_waits: int) -> None:
        """Note how an item ended; a door with too many failures in a row sends nothing more."""
        if outcome is not WAIT:
            self.failures = 0
            return
        self.waiting.add(local_id)
        self.failures += 1
        if self.failures >= failures_before_door_waits:
            self.stopped = True


class DoorListings:
    """Each door's code list, read at most once per run for creates whose answer was lost, and the
    provider ids this run has already matched or created (never adopted twice, even before the
    batch that records them has committed)."""

    def __init__(self) -> None:
        self._lists: dict[str, list[ProviderAccessCode]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._taken: set[str] = set()

    async def listing(
        self,
        device_id: str,
        read: Callable[[], Awaitable[list[ProviderAccessCode]]],
        *,
        fresh: bool = False,
    ) -> list[ProviderAccessCode]:
        async with self._locks.setdefault(device_id, asyncio.Lock()):
            if fresh or device_id not in self._lists:
                self._lists[device_id] = await read()
            return self._lists[device_id]

    def take(self, access_code_id: str) -> None:
        self._taken.add(access_code_id)

    def taken(self, access_code_id: str) -> bool:
        return access_code_id in self._taken
