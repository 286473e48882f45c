"""Builds the application once: engines, migrations, services. Nothing is built at import time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from frontdesk.domain.errors import Unavailable
from frontdesk.services.card_keys import CardKeyStore
from frontdesk.services.cards import CardService, EncoderSlot
from frontdesk.services.clock import Clock, system_clock
from frontdesk.services.codes import CodeService
from frontdesk.services.config import database_url, redact_url, workstation_name
from frontdesk.services.demo import SetupService
from frontdesk.services.desk import DeskService
from frontdesk.services.doors import DoorService
from frontdesk.services.lockout import LockoutService
from frontdesk.services.property_setup import PropertySetupService
from frontdesk.services.queries import DeskQueries
from frontdesk.services.runner import BlockingRunner
from frontdesk.services.settings import SettingsService
from frontdesk.services.sync import SyncService
from frontdesk.store.engine import Engines, build_engines
from frontdesk.store.migrate import upgrade
from frontdesk.store.unit_of_work import UnitOfWork


@dataclass
class App:
    """Everything the GUI and the command line use, built by `bootstrap`."""

    engines: Engines
    clock: Clock
    runner: BlockingRunner
    workstation: str
    desk: DeskService
    queries: DeskQueries
    setup: SetupService
    property_setup: PropertySetupService
    settings: SettingsService
    sync: SyncService  # owns the lock provider connection: `await app.sync.close()` before the loop ends
    codes: CodeService
    lockout: LockoutService
    # Key cards and virtual doors share one encoder (FRONTDESK_ENCODER, default pcsc):
    # `await app.cards.close()` before the loop ends.
    cards: CardService
    doors: DoorService

    def close(self) -> None:
        """Stop the database thread and close the engines (what needs no event loop)."""
        self.runner.close()
        self.engines.dispose()

    async def aclose(self) -> None:
        """Close everything the app opened: the encoder's device thread, the lock provider's
        connection, then the database. Every front end (window, command line) ends with this."""
        try:
            await self.cards.close()
            await self.sync.close()
        finally:
            self.close()


def bootstrap(
    database: str | None = None,
    *,
    clock: Clock = system_clock,
    workstation: str | None = None,
) -> App:
    url = database_url(database)
    try:
        engines = build_engines(url)
        upgrade(engines)
    except Exception as exc:
        raise Unavailable(
            "The database cannot be opened.",
            f"Check the database address ({redact_url(url)}) and that the server is running; "
            "see the log for the driver's message.",
            detail={"reason": type(exc).__name__},
        ) from exc
    station = workstation or workstation_name()
    uow_factory = partial(UnitOfWork, engines, workstation=station, clock=clock)
    runner = BlockingRunner()
    card_keys, encoder = CardKeyStore(), EncoderSlot()
    settings = SettingsService(uow_factory, runner, clock)
    sync = SyncService(uow_factory, runner, clock, settings, workstation=station)
    codes = CodeService(uow_factory, runner, clock, sync)
    return App(
        engines=engines,
        clock=clock,
        runner=runner,
        workstation=station,
        desk=DeskService(uow_factory, runner, clock),
        queries=DeskQueries(uow_factory, runner, clock),
        setup=SetupService(uow_factory, runner, clock),
        property_setup=PropertySetupService(uow_factory, runner, clock),
        settings=settings,
        sync=sync,
        codes=codes,
        lockout=LockoutService(uow_factory, runner, clock, codes),
        cards=CardService(uow_factory, runner, clock, card_keys, encoder),
        doors=DoorService(uow_factory, runner, clock, card_keys, encoder),
    )
