"""How the sync worker retries (capped, jittered backoff) and what one run reports."""

from __future__ import annotations

import dataclasses
import enum
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from frontdesk.domain.codes import AccessCode


class SendOutcome(enum.Enum):
    """What a door's queue does after sending one of its items."""

    NEXT = "next"  # go on with the door's next item
    WAIT = "wait"  # the item waits for its backoff: later items of the same code wait too
    AGAIN = "again"  # send the same item once more now (e.g. with a fresh PIN)


WAIT, NEXT, AGAIN = SendOutcome.WAIT, SendOutcome.NEXT, SendOutcome.AGAIN


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with "equal jitter": between half and all of min(cap, base * 2^(n-1))."""

    base: timedelta = timedelta(seconds=2)
    cap: timedelta = timedelta(minutes=5)  # a code that keeps failing is still tried every 5 minutes
    # After this many attempts the desk is told in an alert. A code that can still open its door keeps
    # being retried after that; only a code whose end has passed is given up.
    max_attempts: int = 8
    failures_before_door_waits: int = 3  # retryable failures in a row before a door's queue waits
    lease: timedelta = timedelta(minutes=2)

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        ceiling = min(self.cap, self.base * (2 ** min(32, max(0, attempts - 1))))
        return ceiling * rng.uniform(0.5, 1.0)

    def gives_up(self, code: AccessCode, attempts: int, now: datetime) -> bool:
        """Stop retrying a change that keeps failing? Never while the code can still open its door
        (an ongoing code, or one whose end is ahead): a guest's PIN must not be lost to an outage."""
        return attempts >= self.max_attempts and code.has_ended(now)


@dataclass
class SyncTally:
    """What a run has done so far; the worker and the outbox sender count into it. `report()` is
    the finished run as the services hand it out."""

    sent: int = 0
    adopted: int = 0  # creates found already done at the provider (a lost answer)
    pins_replaced: int = 0  # desk-chosen PINs that clashed at the lock and were replaced
    retrying: int = 0
    gave_up: int = 0
    retried_at_once: int = 0  # waiting changes sent at once because the provider answered again
    answered: int = 0  # changes the provider answered (done or refused), not lost to the network
    reconciled_codes: int = 0
    codes_moved: int = 0  # codes whose state at the provider changed since the desk last looked
    codes_recreated: int = 0  # codes the provider lost before their end, sent again
    late_codes: int = 0  # alerts raised for codes not on their lock (or not off it) in time
    pool_codes_ordered: int = 0
    events_read: int = 0  # the provider's events read this run (services/sync/events.py)
    provider_reachable: bool = True
    pending: int = 0
    failed: int = 0
    open_alerts: int = 0
    problems: list[str] = field(default_factory=list)

    def report(self) -> SyncReport:
        counts = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return SyncReport(**counts | {"problems": tuple(self.problems)})


@dataclass(frozen=True)
class SyncReport:
    """What one run did. `pending` is what is still waiting afterwards."""

    sent: int = 0
    adopted: int = 0
    pins_replaced: int = 0
    retrying: int = 0
    gave_up: int = 0
    retried_at_once: int = 0  # waiting changes sent at once because the provider answered again
    answered: int = 0  # changes the provider answered (done or refused), not lost to the network
    reconciled_codes: int = 0
    codes_moved: int = 0  # codes whose state at the provider changed since the desk last looked
    codes_recreated: int = 0  # codes the provider lost before their end, sent again
    late_codes: int = 0  # alerts raised for codes not on their lock (or not off it) in time
    pool_codes_ordered: int = 0
    events_read: int = 0  # the provider's events read this run (services/sync/events.py)
    provider_reachable: bool = True
    pending: int = 0
    failed: int = 0
    open_alerts: int = 0
    problems: tuple[str, ...] = ()

    def moved_since(self, last: SyncReport | None) -> bool:
        """Did this run change what a desk shows (codes, the outbox, alerts, online or offline)
        compared with the run before it? Other desks are told only then."""
        did = [self.sent, self.adopted, self.pins_replaced, self.retrying, self.gave_up, self.events_read]
        did += [self.codes_moved, self.codes_recreated, self.late_codes, self.pool_codes_ordered]
        if any(did) or last is None:
            return True
        shown = (self.provider_reachable, self.pending, self.failed, self.open_alerts)
        return shown != (last.provider_reachable, last.pending, last.failed, last.open_alerts)
