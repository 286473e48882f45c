"""Time slots of offline PIN locks (dormakaba Oracode style).

Such a lock only takes codes for stays whose check-in and check-out times of day match a slot
its installer configured ("Guest 4pm-10am"). The provider reports the slots in the device's
properties, with times of day written like `15:30:00-08:00[America/Los_Angeles]`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

from frontdesk.domain.codes.errors import BadTimeOfDay

_TOD = re.compile(
    r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?P<off>Z|[+-]\d{2}:?\d{2})?(?:\[(?P<zone>[^\]]+)\])?$"
)


@dataclass(frozen=True)
class TimeOfDay:
    """A wall-clock time, with the offset and zone it was written with (when given).

    Matching uses only the wall-clock time in the lock's zone: the written offset is the one in
    force when the slot was configured and is wrong for half the year (daylight saving time).
    """

    time: time
    utc_offset: timedelta | None = None
    zone: str | None = None

    def __str__(self) -> str:
        return f"{self.time.hour:02d}:{self.time.minute:02d}"


def parse_time_of_day(text: str) -> TimeOfDay:
    """Read `15:30:00-08:00[America/Los_Angeles]`, `15:30:00Z`, `15:30` and similar."""
    match = _TOD.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise BadTimeOfDay(detail={"value": text})
    hour, minute, second = int(match["h"]), int(match["m"]), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise BadTimeOfDay(detail={"value": text})
    offset: timedelta | None = None
    if match["off"] == "Z":
        offset = timedelta(0)
    elif match["off"]:
        raw = match["off"].replace(":", "")
        sign = -1 if raw[0] == "-" else 1
        offset = sign * timedelta(hours=int(raw[1:3]), minutes=int(raw[3:5]))
    return TimeOfDay(time(hour, minute, second), offset, match["zone"])


@dataclass(frozen=True)
class TimeSlot:
    """One configured slot ("user level"): the check-in and check-out times a code can use."""

    name: str
    check_in_time: TimeOfDay
    check_out_time: TimeOfDay
    is_24_hour: bool = False
    is_biweekly_mode: bool = False
    is_one_shot: bool = False  # a code that works once; not used for stays
    is_master: bool = False  # master access; never handed to guests
    user_level_id: str | None = None  # dormakaba_oracode_user_level_id, needed when issuing

    @property
    def usable_for_stays(self) -> bool:
        return not (self.is_one_shot or self.is_master)

    def describe(self) -> str:
        """`Guest 4pm-10am (16:00 to 10:00)`: how the desk lists a slot."""
        return f"{self.name} ({self.check_in_time} to {self.check_out_time})"

    @classmethod
    def from_provider(cls, item: Mapping[str, Any]) -> TimeSlot:
        """One entry of `dormakaba_oracode_metadata.predefined_time_slots`."""
        return cls(
            name=str(item.get("name") or "(unnamed slot)"),
            check_in_time=parse_time_of_day(str(item.get("check_in_time", ""))),
            check_out_time=parse_time_of_day(str(item.get("check_out_time", ""))),
            is_24_hour=bool(item.get("is_24_hour", False)),
            is_biweekly_mode=bool(item.get("is_biweekly_mode", False)),
            is_one_shot=bool(item.get("is_one_shot", False)),
            is_master=bool(item.get("is_master", False)),
            user_level_id=item.get("dormakaba_oracode_user_level_id"),
        )
