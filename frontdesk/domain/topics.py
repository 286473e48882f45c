"""What a change touched (`Topic`) and the base of every event (`Event`).

Apart from `frontdesk.domain.events` so that the window can name topics without making the
domain's event classes: dataclass creation is a good part of a cold start (docs/benchmarks.md).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, ClassVar


class Topic(enum.Enum):
    """What a change touched, as the screens see it."""

    STAYS = "stays"  # grants, reservations: today's lists, the rooms, search
    CARDS = "cards"
    CODES = "codes"
    DOORS = "doors"  # doors and their locks (virtual door memory included)
    PROPERTY = "property"  # the property's own settings, provider settings
    SYNC = "sync"  # the outbox and what the provider said
    AUDIT = "audit"  # every recorded event lands in the activity log


@dataclass(frozen=True)
class Event:
    topics: ClassVar[frozenset[Topic]] = frozenset({Topic.STAYS})

    def audit_details(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, (frozenset, set, tuple)):
                value = sorted(value) if not isinstance(value, tuple) else list(value)
            out[name] = value
        return out

    @property
    def action(self) -> str:
        """The stable audit action name (frontdesk/domain/audit.py), never the class name."""
        from frontdesk.domain.audit import action_of

        return action_of(self)
