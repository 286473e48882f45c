"""The one place where what the services return becomes the command line's JSON.

Services hand out typed views (frozen dataclasses with real datetimes and enums); this turns any of
them, and the containers around them, into plain JSON values: a dataclass into an object of its
fields (a field with `metadata={"json": False}` is left out, one with
`metadata={"omit_none": True}` when it is None), a datetime into ISO 8601 with its
offset (views carry times already in the property's zone), an enum into its value, a set into a
sorted list.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any


def to_json(value: Any) -> Any:
    """`value` as JSON-ready dicts, lists, strings, numbers, booleans and None."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_json(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("json", True)
            and not (f.metadata.get("omit_none") and getattr(value, f.name) is None)
        }
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(to_json(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, bytes):
        return value.hex().upper()
    return str(value)
