"""Argument types and readers of the command line that refuse bad input with a title and a hint.

argparse only turns ValueError/TypeError into its own usage error; these raise InvalidInput,
which main.py prints as {"error": ...} with exit status 1 like every other failure.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.input_rules import has_surrogates
from frontdesk.domain.stay_times import arrival_on, check_year, departure_on, local_time

MAX_CARD_SERIAL = 0xFFFFFFFF  # a card's serial is 32 bits (domain/cards/payload.py)
MAX_WINDOW_DAYS = 3650.0
MAX_TIMEOUT_SECONDS = 3600.0

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _escapes_only(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def refuse_invalid_utf8(argv: Sequence[str]) -> None:
    """Bytes on the command line that are not UTF-8 arrive as surrogate escapes: refuse them."""
    for arg in argv:
        if has_surrogates(arg):
            # A byte that is not UTF-8 arrives as a surrogate escape; a lone surrogate can only come
            # from a caller in this process (main(argv)) and is shown escaped.
            shown = arg.encode(
                "utf-8", "surrogateescape" if _escapes_only(arg) else "backslashreplace"
            ).decode("utf-8", "replace")
            raise InvalidInput(
                "The command line is not valid text.",
                "An argument holds bytes that are not UTF-8; type it again, or set the terminal "
                "to UTF-8 (e.g. LANG=C.UTF-8).",
                detail={"argument": shown},
            )


def _number(text: str, what: str, hint: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"The {what} is not a number.", hint, detail={"value": text}) from None
    if not math.isfinite(value):
        raise InvalidInput(f"The {what} is not a number.", hint, detail={"value": text})
    return value


def card_serial(text: str) -> int:
    """A card serial as 'frontdesk cards list' shows it: a whole number from 1 to 4294967295."""
    hint = f"A card serial is a whole number from 1 to {MAX_CARD_SERIAL}; see 'frontdesk cards list'."
    try:
        value = int(text.strip())
    except ValueError:
        raise InvalidInput("The card serial is not a number.", hint, detail={"value": text}) from None
    if not 1 <= value <= MAX_CARD_SERIAL:
        raise InvalidInput("The card serial is out of range.", hint, detail={"value": text})
    return value


def window_days(text: str) -> float:
    """How many days doors still accept older cards after a key rotation: 0 to ten years."""
    hint = f"Give --window-days as a number of days from 0 to {MAX_WINDOW_DAYS:.0f}, e.g. 30."
    value = _number(text, "window", hint)
    if not 0 <= value <= MAX_WINDOW_DAYS:
        raise InvalidInput("The window is out of range.", hint, detail={"value": text})
    return value


def timeout_seconds(text: str) -> float:
    """How long to wait for a card: more than 0 and at most an hour."""
    hint = f"Give --timeout in seconds, more than 0 and at most {MAX_TIMEOUT_SECONDS:.0f}, e.g. 30."
    value = _number(text, "timeout", hint)
    if not 0 < value <= MAX_TIMEOUT_SECONDS:
        raise InvalidInput("The timeout is out of range.", hint, detail={"value": text})
    return value


@dataclass
class StayTimes:
    """A stay's start and end as typed, resolved in the property's zone, with notes on how."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    notes: list[str] = field(default_factory=list)


def _bad_time(text: str, what: str) -> InvalidInput:
    return InvalidInput(
        f"The {what} time is not a valid ISO 8601 time.",
        "Write it like 2026-11-22T15:00 (property time), 2026-11-22T15:00:00-08:00, or a date alone.",
        detail={"value": text},
    )


def stay_time(text: str | None, zone: str, now: datetime, what: str, times: StayTimes) -> datetime | None:
    """A --starts-at/--ends-at value: a date alone means now (start, today), the check-in time
    (start, another day) or the check-out time (end); a time without an offset is property time."""
    if text is None:
        return None
    typed = text.strip()
    if _DATE_ONLY.fullmatch(typed):
        try:
            day = date.fromisoformat(typed)
        except ValueError:
            raise _bad_time(text, what) from None
        check_year(datetime.combine(day, datetime.min.time()), what)
        return arrival_on(day, zone, now) if what == "start" else departure_on(day, zone)
    try:
        value = datetime.fromisoformat(typed)
    except ValueError:
        raise _bad_time(text, what) from None
    check_year(value, what)
    if value.tzinfo is not None:
        return value
    resolved = local_time(value, zone, what)
    if resolved.note:
        times.notes.append(resolved.note)
    return resolved.value


def stay_times(starts: str | None, ends: str | None, zone: str, now: datetime) -> StayTimes:
    times = StayTimes()
    times.starts_at = stay_time(starts, zone, now, "start", times)
    times.ends_at = stay_time(ends, zone, now, "end", times)
    return times


def add_request_id(p: argparse.ArgumentParser) -> None:
    """`--request-id`: a retried creating command (its process died after the commit) gets the
    first run's result instead of a second stay, grant or code (services/request_ids.py)."""
    p.add_argument(
        "--request-id",
        metavar="ID",
        help="repeat the command with the same id to get the first result instead of doing it twice",
    )
