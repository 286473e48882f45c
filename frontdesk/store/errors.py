"""The database's own failures that a person can act on, turned into errors with a title and a hint.

The transaction they happen in is rolled back first (UnitOfWork.__exit__), so nothing half-written
is kept. Anything not recognised here stays as it is (and is logged as unexpected).
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say


class DatabaseFull(Unavailable):
    title = say("The disk holding the database is full.")
    hint = say(
        "Nothing was changed. Free some disk space on the computer that holds the database, then try again."
    )


class DatabaseBusy(Unavailable):
    title = say("The database is busy.")
    hint = say(
        "Another desk has held the database for a long time; nothing was changed. Try again in a moment."
    )


def translate(error: BaseException) -> Unavailable | None:
    """The error to show for a database failure, or None when it is not one we know."""
    if not isinstance(error, OperationalError):
        return None
    message = str(error.orig).lower()
    if "database or disk is full" in message or "no space left" in message or "disk full" in message:
        return DatabaseFull()
    if "database is locked" in message:
        return DatabaseBusy()
    return None
