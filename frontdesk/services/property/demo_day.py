"""A believable day at the demo hotel, so every screen has something on it at the first start.

Made through the same services the desk uses (check-in, dates, staff access, card encoding, the sync
worker), with the simulated encoder and lock provider found through their entry points; times are
relative to the clock's "now" in the property's zone, so the day is always today:

- arrivals due later today, guests in house, departures due today;
- a stay whose dates changed after its cards were made (cards to re-encode), a room given again
  while the earlier guest's card still opens (override pending);
- Marta Silva in house with a card and PINs on the keypads, one of them failed on the lock (the
  keyboard guide's lockout example); Room 204 and Room 110 stay free for its check-in and move
  examples;
- a housekeeping staff card; guests named in Chinese, Japanese, Korean, Arabic and Hebrew.

Cards need the OS keyring (the property's card secret lives there); without one the stays are made
and the cards are left out, and the result says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from frontdesk.domain.commands import ChangeDates, CheckIn, GrantStaffAccess
from frontdesk.domain.errors import Conflict, FrontDeskError
from frontdesk.domain.model import AccessMethod
from frontdesk.domain.operators import Permission
from frontdesk.domain.words import say
from frontdesk.services.cards.encoder import CardType, PresentedCard, VirtualCards
from frontdesk.services.codes.pin_keys import PinKeyringUnavailable
from frontdesk.services.drivers import ENCODERS, LOCK_PROVIDERS, create_driver
from frontdesk.store import migrate

if TYPE_CHECKING:  # bootstrap builds the App and imports the demo: no cycle at run time
    from frontdesk.services.bootstrap import App

CARD_AND_PIN = frozenset({AccessMethod.CARD, AccessMethod.PIN})
FAILED_ON_LOCK = "failed_to_set_on_device"


@dataclass
class DayResult:
    """What the day holds, for the command's JSON."""

    stays: int = 0
    cards: int = 0
    staff_cards: int = 0
    cards_to_reencode: int = 0
    failed_pins: int = 0
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DemoOpened:
    """`frontdesk demo`'s answer: the property, and its day when the property was made now."""

    created: bool
    property_id: str
    name: str
    day: DayResult | None = field(default=None, metadata={"omit_none": True})  # not in the JSON then


class _Silent:
    """The encoder prompter of a script: nobody stands at the reader, the simulator is the hand."""

    def place_card(self, reader: str | None) -> None: ...

    def put_card_back(self, card: PresentedCard) -> None: ...

    def card_ready(self, card: PresentedCard) -> None: ...


class _Day:
    """Local times of the demo's day (the property's zone)."""

    def __init__(self, now: datetime, zone: str) -> None:
        self.now, self.zone = now, ZoneInfo(zone)
        self.today = now.astimezone(self.zone).date()

    def at(self, days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(self.today + timedelta(days=days), time(hour, minute), self.zone)

    def arrival(self, n: int) -> datetime:
        """The n-th arrival still to come today: the usual 15:00-19:00, or spread over what is left
        of the day when the demo is made late (they must be after now and before midnight)."""
        usual = self.at(0, 15 + 2 * (n - 1))
        if usual > self.now:
            return usual
        left = self.at(1, 0) - self.now
        return self.now + left * n / 4

    def departure(self, n: int) -> datetime:
        """The n-th departure due today: the usual 11:00, or, when the demo is made after that, spread
        over what is left of the day (a stay that is already over cannot be made, and Today's
        departures would be empty)."""
        usual = self.at(0, 11)
        if usual > self.now:
            return usual
        left = self.at(1, 0) - self.now
        return self.now + left * n / 4


# Guest names, doors, first day and hour, last day and hour (days from today).
IN_HOUSE: tuple[tuple[tuple[str, ...], tuple[str, ...], int, int], ...] = (
    (("Olivia Brown", "Noah Brown", "Emma Brown"), ("suite-401-entry", "suite-401-bedroom", "lobby"), -1, 4),
    (("王芳", "李伟"), ("room-101", "lobby"), -2, 2),
    (("佐藤 花子",), ("room-103", "lobby", "gym"), -1, 3),
    (("김민준",), ("room-104", "lobby"), -3, 1),
    (("Amir Haddad", "ليلى حداد"), ("room-301", "lobby", "pool"), -2, 1),
    (("Peter Novak",), ("room-107", "lobby"), -2, 1),
)
DEPARTING: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("Kenji Watanabe",), ("room-105", "lobby"), -3),
    (("דוד כהן", "Sarah Cohen"), ("room-302", "lobby"), -2),
    (("Grace Kim",), ("room-206", "lobby"), -1),
)
ARRIVING: tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...] = (
    (("Lucas Martin",), ("room-203", "lobby"), 2),
    (("Sofia Rossi",), ("room-205", "lobby", "pool"), 5),
    (("Hana Sato", "Yuki Sato"), ("suite-402-entry", "suite-402-bedroom", "lobby"), 3),
)


async def create_day(app: App, *, forget_simulated: bool = False) -> DayResult:
    """Fill the (new) demo property with today's stays, cards and codes; see the module's text.

    `forget_simulated` empties the simulated provider's and encoder's saved state first (a reset:
    yesterday's codes and virtual cards must not come back on the new property's doors).
    """
    zone = (await app.queries.property_info()).time_zone
    day = _Day(app.clock(), zone)
    result = DayResult()
    provider = create_driver(LOCK_PROVIDERS, "simulated", clock=app.clock, time_zone=zone)
    app.cards.use_encoder(create_driver(ENCODERS, "simulated"))
    encoder = app.cards.virtual_cards()  # the simulated encoder's hand: it puts the cards down
    if encoder is None:
        raise RuntimeError("the simulated encoder offers no virtual cards")
    if forget_simulated:
        provider.forget_all()
        encoder.forget_all()
    app.sync.use_provider(provider)
    await app.sync.run_once()  # learn the keypads

    keys: dict[str, str] = {}
    for guests, doors, first, last in IN_HOUSE:
        keys[guests[0]] = await _check_in(app, guests, doors, day.at(first, 15), day.at(last, 11))
    for n, (guests, doors, first) in enumerate(DEPARTING, start=1):
        keys[guests[0]] = await _check_in(app, guests, doors, day.at(first, 15), day.departure(n))
    for n, (guests, doors, nights) in enumerate(ARRIVING, start=1):
        keys[guests[0]] = await _check_in(app, guests, doors, day.arrival(n), day.at(nights, 11))
    marta_doors = ("room-102", "lobby", "front-door-keypad", "back-door-keypad")
    try:
        keys["Marta Silva"] = await _check_in(
            app, ("Marta Silva",), marta_doors, day.at(-1, 15), day.at(3, 11), CARD_AND_PIN
        )
    except PinKeyringUnavailable as error:  # PINs are stored only encrypted: without a keyring, none
        result.skipped.append(f"pins: {error.title} {error.hint}")
        keys["Marta Silva"] = await _check_in(
            app, ("Marta Silva",), marta_doors, day.at(-1, 15), day.at(3, 11)
        )
    staff = await app.desk.grant_staff_access(
        GrantStaffAccess("Maria Lopez", day.at(0, 7), day.at(30, 19), ("housekeeping",))
    )
    try:
        for name in ("Marta Silva", "Amir Haddad", "Peter Novak", "王芳", "Olivia Brown"):
            result.cards += await _encode_stay(app, encoder, keys[name])
        encoder.remove_card()
        encoder.place_card(CardType.MIFARE_CLASSIC_1K)
        await app.cards.encode(staff.grants_created[0].access_grant_id, _Silent(), timeout=2)
        result.staff_cards = 1
    except FrontDeskError as error:  # no keyring here: the stays stand, the cards are left out
        result.skipped.append(f"cards: {error.title} {error.hint}")
    finally:
        encoder.remove_card()
    # Room 107 given again today: Peter's card opens until Chloe's card is first used at the door.
    keys["Chloe Dubois"] = await _check_in(
        app,
        ("Chloe Dubois",),
        ("room-107", "lobby"),
        min(day.at(0, 14), day.now),
        day.at(2, 11),
        override_live=True,  # Peter is still in until 11:00: the demo shows that on purpose
    )
    result.stays = len(keys)
    # The Haddads stay a night longer: their cards still end tomorrow, so they need re-encoding.
    change = await app.desk.change_dates(ChangeDates(keys["Amir Haddad"], day.at(-2, 15), day.at(2, 11)))
    result.cards_to_reencode = len(change.cards_to_reencode)

    await app.sync.run_until_idle()
    if not any(s.startswith("pins:") for s in result.skipped):
        result.failed_pins = await _fail_one_pin(app, provider, "Marta Silva")
    return result


async def _check_in(
    app: App,
    guests: tuple[str, ...],
    doors: tuple[str, ...],
    starts: datetime,
    ends: datetime,
    methods: frozenset[AccessMethod] = frozenset({AccessMethod.CARD}),
    *,
    override_live: bool = False,
) -> str:
    change = await app.desk.check_in(
        CheckIn(guests, doors, starts, ends, None, methods, override_live=override_live)
    )
    return str(change.reservation_key)


async def _encode_stay(app: App, encoder: VirtualCards, key: str) -> int:
    """One card per guest of the stay, each on a fresh virtual card."""
    count = 0
    for grant in (await app.queries.reservation(key)).grants:
        encoder.remove_card()
        encoder.place_card(CardType.MIFARE_CLASSIC_1K)
        await app.cards.encode(grant.access_grant_id, _Silent(), timeout=2)
        count += 1
    return count


async def _fail_one_pin(app: App, provider: Any, guest: str) -> int:
    """The lock could not take the guest's front door PIN: the provider says so, the desk learns it."""
    codes = [c for c in await app.codes.list("front-door-keypad") if c.name == guest]
    if not codes or not codes[0].access_code_id:
        return 0
    provider.add_code_error(codes[0].access_code_id, FAILED_ON_LOCK)
    await app.sync.run_once(force=True)
    return 1


async def open_demo(app: App, *, reset: bool = False, with_day: bool = True) -> DemoOpened:
    """`frontdesk demo`: the demo property with its day, made once; `reset` makes it anew;
    without `with_day`, the property alone (tests that write their own stays).

    A reset empties the whole database, so it is refused on a database of another property.
    """
    if reset:
        await app.tx.guard.require(Permission.PROPERTY_SETTINGS)  # it empties the database
        if await app.queries.has_property():
            info = await app.queries.property_info()
            if info.property_id != "harbor-view":
                raise Conflict(
                    say("This database holds another property."),
                    say(
                        "'demo --reset' empties the database; {name} is not the demo. "
                        "Point --database at the demo's database.",
                        name=info.name,
                    ),
                )
        await app.runner.run(lambda: migrate.reset(app.engines))
        app.tx.guard.database_emptied()
    created = await app.setup.create_demo()
    day = await create_day(app, forget_simulated=reset) if created.created and with_day else None
    return DemoOpened(created.created, created.property_id, created.name, day)
