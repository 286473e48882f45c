"""Reading ISO 8601 times typed at the command line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.stay_times import check_year


def parse_time(text: str | None, zone: str, what: str) -> datetime | None:
    """An ISO 8601 time; without an offset it is read in the property's time zone."""
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"The {what} time is not a valid ISO 8601 time.",
            "Write it like 2026-11-22T15:00 (property time) or 2026-11-22T15:00:00-08:00.",
            detail={"value": text},
        ) from None
    check_year(value, what)  # year 1 or 9999 is a typing mistake, and overflows in time zone maths
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value
