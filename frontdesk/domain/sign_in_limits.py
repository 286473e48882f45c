"""How many wrong passwords or PINs an operator's name may take before signing in waits.

After `FREE_FAILURES` failures in a row, sign-in for that operator is refused for a growing delay:
30 seconds after the 5th failure, doubling with each further failure (60 s, 2 min, ...), at most
15 minutes. The delay counts from the failure that started it. A successful sign-in starts again
from zero. Attempts while the lock lasts are refused without looking at the password and are not
counted, so the lock is not made longer by someone hammering at the sign-in screen.

Plain Python: the services give the time (services/operators/service.py), the store keeps the
counter in the operators table so it holds on every desk and across restarts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.words import joined, say, say_plural

FREE_FAILURES = 5
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)


def lock_after(failures: int) -> timedelta | None:
    """How long sign-in waits after this many failures in a row (None: not yet)."""
    if failures < FREE_FAILURES:
        return None
    doublings = min(failures - FREE_FAILURES, 10)  # 2**10 * 30 s is far beyond the longest
    return min(FIRST_LOCK * (2**doublings), LONGEST_LOCK)


def wait_words(left: timedelta) -> str:
    """The time left, as people say it: "30 seconds", "1 minute 30 seconds", "15 minutes"."""
    seconds = max(1, int(-(-left.total_seconds() // 1)))  # rounded up: never "0 seconds"
    minutes, seconds = divmod(seconds, 60)
    parts: list[str] = []
    if minutes:
        parts.append(say_plural("{n} minute", "{n} minutes", n=minutes))
    if seconds:
        parts.append(say_plural("{n} second", "{n} seconds", n=seconds))
    return joined(" ", parts)


class SignInLocked(FrontDeskError):
    """Too many wrong passwords or PINs for one operator: sign-in waits (the time left in words)."""

    status = 429

    def __init__(self, name: str, until: datetime, now: datetime, failures: int) -> None:
        left = until - now
        super().__init__(
            say(
                "Too many failed sign-ins for {name}: try again in {wait}.", name=name, wait=wait_words(left)
            ),
            say(
                "The password or PIN was wrong too many times in a row. Wait, then sign in with the "
                "right one; each further mistake doubles the wait (at most 15 minutes). If it was "
                "forgotten, ask an administrator."
            ),
            detail={
                "operator": name,
                "failures": failures,
                "seconds_left": max(1, int(-(-left.total_seconds() // 1))),
            },
        )
