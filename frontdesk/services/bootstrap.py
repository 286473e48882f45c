"""Builds the application once: engines, migrations, services. Nothing is built at import time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial

from frontdesk.domain.errors import Unavailable
from frontdesk.domain.words import say
from frontdesk.services.audit import AuditService
from frontdesk.services.cards import follow_grants as cards_follow_grants
from frontdesk.services.cards.doors import DoorService
from frontdesk.services.cards.keys import CardKeyStore
from frontdesk.services.cards.service import CardService, EncoderSlot
from frontdesk.services.changes import ChangeBus
from frontdesk.services.clock import Clock, system_clock
from frontdesk.services.codes import follow_grants
from frontdesk.services.codes.lockout import LockoutService
from frontdesk.services.codes.pin_key_transfer import PinKeyTransfer
from frontdesk.services.codes.pin_keys import KeyringPinKeys
from frontdesk.services.codes.service import CodeService
from frontdesk.services.config import database_url, redact_url, workstation_name
from frontdesk.services.handlers import EventHandlers
from frontdesk.services.live import LiveUpdates
from frontdesk.services.operators.guard import Guard
from frontdesk.services.operators.service import OperatorService
from frontdesk.services.property.demo import SetupService
from frontdesk.services.property.provider_settings import SettingsService
from frontdesk.services.property.setup import PropertySetupService
from frontdesk.services.runner import BlockingRunner
from frontdesk.services.stays.queries import DeskQueries
from frontdesk.services.stays.service import DeskService
from frontdesk.services.sync.worker import SyncService
from frontdesk.services.transactions import Transactions
from frontdesk.store.engine import Engines, build_engines
from frontdesk.store.migrate import upgrade
from frontdesk.store.unit_of_work import UnitOfWork


@dataclass
class App:
    """Everything the GUI and the command line use, built by `bootstrap`."""

    engines: Engines
    clock: Clock
    runner: BlockingRunner
    tx: Transactions  # the one way to run database work (services use it; so may tests)
    workstation: str
    changes: ChangeBus  # one DeskChanged per finished operation: screens refresh from it
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
    audit: AuditService  # checks the audit log's hash chain
    live: LiveUpdates  # other desks' changes into `changes`: `app.live.start()` on the loop
    operators: OperatorService  # who is signed in (operators.guard) and the operators themselves
    pin_key: PinKeyTransfer  # pin-key export / import between workstations

    def close(self) -> None:
        """Stop the database thread and close the engines (what needs no event loop)."""
        self.live.stop()
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
            say("The database cannot be opened."),
            say(
                "Check the database address ({address}) and that the server is running; "
                "see the log for the driver's message.",
                address=redact_url(url),
            ),
            detail={"reason": type(exc).__name__},
        ) from exc
    station = workstation or workstation_name()
    # PIN values are encrypted in the database with a key from the OS keyring (store/pin_cipher.py).
    origin = uuid.uuid4().hex  # this desk process, so that it ignores its own live announcements
    uow_factory = partial(
        UnitOfWork, engines, workstation=station, clock=clock, pin_keys=KeyringPinKeys(), origin=origin
    )
    runner = BlockingRunner()
    handlers = EventHandlers()
    follow_grants.register(handlers)  # PIN codes follow grants
    cards_follow_grants.register(handlers)  # key cards are revoked when their grant ends early
    tx = Transactions(uow_factory, runner, clock, handlers=handlers)
    tx.guard = Guard(tx)
    tx.actor = tx.guard.actor_name
    card_keys, encoder = CardKeyStore(), EncoderSlot()
    settings = SettingsService(tx)
    sync = SyncService(tx, settings, workstation=station)
    codes = CodeService(tx, sync)
    return App(
        engines=engines,
        clock=clock,
        runner=runner,
        tx=tx,
        workstation=station,
        changes=tx.bus,
        desk=DeskService(tx),
        queries=DeskQueries(tx),
        setup=SetupService(tx),
        property_setup=PropertySetupService(tx),
        settings=settings,
        sync=sync,
        codes=codes,
        lockout=LockoutService(tx, codes),
        cards=CardService(tx, card_keys, encoder),
        doors=DoorService(tx, card_keys, encoder),
        audit=AuditService(tx),
        live=LiveUpdates(engines, tx.bus, origin),
        operators=OperatorService(tx, tx.guard),
        pin_key=PinKeyTransfer(tx),
    )
