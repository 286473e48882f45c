"""Changes dangerous enough to need a second look: refused unless an administrator forces them.

Each check returns the reason in plain words, or None when the change is ordinary. The services
refuse a change with a reason (409 with a hint), or, forced by an administrator (`--force`, or Yes
to the window's question), do it and write `DangerousChangeForced` with that reason into the audit.

The refusal's `hint` is worded for the window (it names no command-line option); the command line
prints `command_line_hint` instead, which names `--force` (as LockoutNotFound's hint is reworded
by cli/code_commands.py).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import datetime, timedelta

from frontdesk.domain.errors import Conflict
from frontdesk.domain.words import say, say_plural

LONGEST_STAFF_ACCESS = timedelta(days=365)


class NeedsSecondLook(Conflict):
    """A dangerous change refused until an administrator forces it; `reason` and `advice` are the
    check's plain words (the window's question shows them)."""

    title = say("This change needs a second look.")

    def __init__(self, reason: str, hint: str, **detail: object) -> None:
        self.reason, self.advice = reason, hint
        super().__init__(
            say("This change needs a second look: {reason}.", reason=reason),
            say(
                "{hint} Only an administrator can make it anyway; "
                "it is then recorded in the audit as forced.",
                hint=hint,
            ),
            detail={"reason": reason, **detail},
        )

    @property
    def command_line_hint(self) -> str:
        """The hint at the command line: how to change the command, and `--force`."""
        days = self.detail.get("window_days_needed")
        retry = f" Give --window-days {days} or more." if days is not None else ""
        return (
            f"{self.advice}{retry} An administrator can make it anyway with --force; "
            "it is then audited as forced."
        )


def staff_access_risk(
    doors: Collection[str], all_doors: Collection[str], starts_at: datetime, ends_at: datetime
) -> tuple[str, str] | None:
    """A staff card on every door of the property, or valid for longer than a year."""
    if all_doors and set(all_doors) <= set(doors):
        return say("a staff card for every door"), say(
            "Give the staff member only the door groups their work needs."
        )
    if ends_at - starts_at > LONGEST_STAFF_ACCESS:
        return say("a staff card valid longer than a year"), say(
            "Give staff access for a year at most and renew it."
        )
    return None


def rotation_risk(
    now: datetime, window: timedelta, latest_stay_end: datetime | None
) -> tuple[str, str] | None:
    """A key rotation whose window ends before the longest live stay: those guests' cards stop working."""
    if latest_stay_end is not None and now + window < latest_stay_end:
        days = math.ceil((latest_stay_end - now).total_seconds() / 86400)
        return (
            say("the key window ends before the longest live stay"),
            say(
                "Cards of live stays would stop opening their doors; keep older cards working for {days} "
                "days or more (forced, those cards are flagged for re-encoding).",
                days=days,
            ),
        )
    return None


def time_zone_risk(stays_in_house: int) -> tuple[str, str] | None:
    """A time-zone change while guests are in house moves every stay's times under them."""
    if stays_in_house:
        return (
            say_plural("{n} stay is in house", "{n} stays are in house", n=stays_in_house),
            say("Change the time zone when no guest is in house, or check every stay's times afterwards."),
        )
    return None
