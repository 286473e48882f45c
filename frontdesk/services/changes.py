"""One change signal per finished operation, after Anki's `operation_did_execute(changes, initiator)`.

Every write that commits publishes one `DeskChanged` naming the topics its events touched; each
screen refreshes only when a topic it shows is among them. Another desk's changes arrive the same
way. The bus is plain Python: the window subscribes a function and hands it to Qt itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from frontdesk.domain.topics import Event, Topic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskChanged:
    """What one operation changed: its topics and the events it recorded."""

    topics: frozenset[Topic]
    events: tuple[Event, ...] = ()

    @classmethod
    def of(cls, events: Iterable[Event], topics: Iterable[Topic] = ()) -> DeskChanged:
        recorded = tuple(events)
        touched = set(topics)
        for event in recorded:
            touched |= event.topics
        if recorded:
            touched.add(Topic.AUDIT)
        return cls(frozenset(touched), recorded)

    def touches(self, *topics: Topic) -> bool:
        return not self.topics.isdisjoint(topics)

    def __bool__(self) -> bool:
        return bool(self.topics)


Listener = Callable[[DeskChanged], None]


class ChangeBus:
    """Listeners called, in order, with every non-empty change. A failing listener is logged and
    does not stop the others: the operation itself has already committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: DeskChanged) -> None:
        if not change:
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a change listener failed")
