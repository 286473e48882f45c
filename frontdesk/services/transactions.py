"""The one way services run database work: on the database thread, in one unit of work.

`read(fn)` and `write(fn)` call `fn(uow, now)` on the database thread (so the Qt/asyncio thread
never waits on SQLite or PostgreSQL) with the clock read once for the whole transaction. A write
commits when `fn` returns and rolls back when it raises. Before it commits, the events of a `Change`
that `fn` returns go to their handlers (services/handlers.py) in the same transaction; once it has
committed, everything it recorded is published once, as one `DeskChanged`, to whoever listens.

`actor` names who is acting (the signed-in operator); every audit row a write leaves carries it.
It returns None until someone signs in, or where there are no operators.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from frontdesk.domain.events import Event, Topic
from frontdesk.services.changes import ChangeBus, DeskChanged
from frontdesk.services.clock import Clock
from frontdesk.services.handlers import EventHandlers
from frontdesk.services.results import Change
from frontdesk.services.runner import BlockingRunner
from frontdesk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from frontdesk.services.operators.guard import Guard

T = TypeVar("T")
P = ParamSpec("P")


class Transactions:
    """Runs `fn(uow, now)` in a read or write unit of work on the one database thread."""

    def __init__(
        self,
        uow_factory: Callable[..., UnitOfWork],
        runner: BlockingRunner,
        clock: Clock,
        bus: ChangeBus | None = None,
        handlers: EventHandlers | None = None,
    ) -> None:
        self._uow = uow_factory
        self._runner = runner
        self._clock = clock
        self.bus = bus if bus is not None else ChangeBus()
        self.handlers = handlers if handlers is not None else EventHandlers()
        # Who is signed in (bootstrap sets both from services/operators/guard.py): the audit's
        # operator, and the permission check every service makes before it acts.
        self.actor: Callable[[], str | None] = _nobody
        self.guard: Guard

    @property
    def clock(self) -> Clock:
        return self._clock

    async def read(self, fn: Callable[[UnitOfWork, datetime], T]) -> T:
        return await self._runner.run(self.read_now, fn)

    async def write(
        self,
        fn: Callable[[UnitOfWork, datetime], T],
        *,
        topics: frozenset[Topic] = frozenset(),
        publish: bool = True,
    ) -> T:
        """Commit what `fn` did; a `Change` it returns has its events written as audit lines.

        `publish=False` is for the steps of a longer run (a sync) that announces itself once at
        its end, so that the screens do not refresh a thousand times during it."""
        result, events = await self._runner.run(self._write_now, fn, topics if publish else None)
        if publish:
            self.bus.publish(DeskChanged.of(events, topics))
        return result

    async def blocking(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Other blocking work (the keyring, a file) on the same thread, outside any transaction."""
        return await self._runner.run(fn, *args, **kwargs)

    async def record_refusal(
        self, action: str, sentence: str, details: dict[str, Any], subject: str | None = None
    ) -> None:
        """Write one audit row with the outcome "refused" (an action the desk would not do)."""

        def work(uow: UnitOfWork, now: datetime) -> None:
            uow.record_refused(action, sentence, details, subject)

        await self.write(work, topics=frozenset({Topic.AUDIT}))

    def read_now(self, fn: Callable[[UnitOfWork, datetime], T]) -> T:
        """For code already on the database thread."""
        with self._uow(write=False) as uow:
            return fn(uow, self._clock())

    def _write_now(
        self, fn: Callable[[UnitOfWork, datetime], T], topics: frozenset[Topic] | None = frozenset()
    ) -> tuple[T, tuple[Event, ...]]:
        """`topics` None: a step of a longer run, which other desks hear about at its end."""
        with self._uow() as uow:
            uow.operator = self.actor()
            now = self._clock()
            result = fn(uow, now)
            if isinstance(result, Change):
                self.handlers.dispatch(uow, result, now)
                uow.record(*result.events)
            if topics is not None:
                uow.announce_topics = frozenset(t.value for t in DeskChanged.of(uow.events, topics).topics)
            uow.commit()
            return result, tuple(uow.events)


def _nobody() -> str | None:
    return None
