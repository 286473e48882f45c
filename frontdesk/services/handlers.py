"""Side effects that follow a change, registered by event type (after Cosmic Python's message bus).

A use case records what happened (`AccessGranted`, `AccessEnded`, ...) in the `Change` it returns;
before the transaction commits, `Transactions.write` hands each of those events, in order, to the
handlers registered for its type, in the same unit of work. So the stays package never calls the
PIN-code package: the codes package registers what it does when a grant starts, moves or ends
(services/codes/follow_grants.py), and bootstrap wires it in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from frontdesk.domain.events import Event
from frontdesk.services.results import Change
from frontdesk.store.unit_of_work import UnitOfWork

E = TypeVar("E", bound=Event)
Handler = Callable[[UnitOfWork, E, Change, datetime], None]


class EventHandlers:
    """Handlers by event type; each may change the database and add to the `Change` (codes made)."""

    def __init__(self) -> None:
        self._by_type: defaultdict[type[Event], list[Handler[Event]]] = defaultdict(list)

    def register(self, event_type: type[E], handler: Handler[E]) -> None:
        self._by_type[event_type].append(handler)  # type: ignore[arg-type]

    def dispatch(self, uow: UnitOfWork, change: Change, now: datetime) -> None:
        """Run the handlers of each event the change recorded, in the order they happened."""
        for event in list(change.events):
            for handler in self._by_type.get(type(event), ()):
                handler(uow, event, change, now)
