"""Subcommands for key cards and virtual doors. Prompts to the person go to stderr, JSON to stdout.

The encoder is $FRONTDESK_ENCODER (default pcsc; the demo uses simulated).
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from frontdesk.cli.arguments import card_serial, timeout_seconds, window_days
from frontdesk.cli.context import open_app, property_zone
from frontdesk.cli.timeparse import parse_time
from frontdesk.domain.cards import Shift
from frontdesk.domain.commands import GrantStaffAccess
from frontdesk.domain.errors import InvalidInput
from frontdesk.services.cards.encoder import StderrPrompter
from frontdesk.services.cards.lock_cards import BLOCK_HOURS, EMERGENCY_HOURS


def _timeout(args: argparse.Namespace) -> float:
    if args.timeout <= 0:
        raise InvalidInput("The timeout must be positive.", "Give --timeout in seconds, e.g. 30.")
    return float(args.timeout)


async def cards_encode(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.encode(
            args.grant_id,
            StderrPrompter(),
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
        )


async def cards_duplicate(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.duplicate(
            args.card_serial,
            StderrPrompter(),
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
        )


async def cards_one_shot(args: argparse.Namespace) -> Any:
    """Staff access for one visit (a contractor), then its card that opens each door once."""
    async with open_app(args) as app:
        zone = await property_zone(app)
        starts = parse_time(args.starts, zone, "from") or app.clock()
        ends = parse_time(args.ends, zone, "until") or starts + timedelta(hours=4)
        change = await app.desk.grant_staff_access(
            GrantStaffAccess(args.name, starts, ends, tuple(args.group or ()), tuple(args.entrance or ()))
        )
        grant = change.grants_created[0]
        return await app.cards.encode(
            grant.access_grant_id,
            StderrPrompter(),
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
            one_shot=True,
        )


def _shift(args: argparse.Namespace) -> Shift | None:
    if args.days is None and args.hours is None:
        return None
    if args.days is None or args.hours is None:
        raise InvalidInput(
            "A shift needs both its days and its hours.", "Give --days mon-fri --hours 07:00-15:00."
        )
    return Shift.parse(args.days, args.hours)


async def cards_staff(args: argparse.Namespace) -> Any:
    """Staff access (door groups or doors), then its card; with --days and --hours a shift."""
    shift = _shift(args)
    async with open_app(args) as app:
        zone = await property_zone(app)
        starts = parse_time(args.starts, zone, "from") or app.clock()
        ends = parse_time(args.ends, zone, "until") or starts + timedelta(days=90)
        change = await app.desk.grant_staff_access(
            GrantStaffAccess(args.name, starts, ends, tuple(args.group or ()), tuple(args.entrance or ()))
        )
        return await app.cards.encode(
            change.grants_created[0].access_grant_id,
            StderrPrompter(),
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
            shift=shift,
        )


async def cards_emergency(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.encode_emergency(
            args.reason,
            StderrPrompter(),
            hours=args.hours,
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
        )


async def _room_block(args: argparse.Namespace, block: bool) -> Any:
    async with open_app(args) as app:
        return await app.cards.encode_room_block(
            tuple(args.entrance),
            args.reason,
            StderrPrompter(),
            block=block,
            hours=args.hours,
            reader=args.reader,
            timeout=_timeout(args),
            overwrite=args.overwrite,
        )


async def cards_block_room(args: argparse.Namespace) -> Any:
    return await _room_block(args, True)


async def cards_unblock_room(args: argparse.Namespace) -> Any:
    return await _room_block(args, False)


async def doors_deadbolt(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.doors.throw_deadbolt(args.entrance_id, not args.off)


async def cards_read(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.read(reader=args.reader, timeout=_timeout(args), prompter=StderrPrompter())


async def cards_cancel(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.cancel(args.card_serial)


async def cards_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.cards.cards(access_grant_id=args.grant, reservation_key=args.stay)


async def cards_rotate_key(args: argparse.Namespace) -> Any:
    if args.window_days < 0:
        raise InvalidInput("The window cannot be negative.", "Give --window-days 0 or more.")
    async with open_app(args) as app:
        return await app.cards.rotate_key(timedelta(days=args.window_days), force=args.force)


async def doors_tap(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        zone = await property_zone(app)
        return await app.doors.tap(
            args.entrance_id,
            reader=args.reader,
            at=parse_time(args.at, zone, "tap"),
            timeout=_timeout(args),
            prompter=StderrPrompter(),
        )


async def doors_state(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.doors.state(args.entrance_id)


def _reader(p: argparse.ArgumentParser, timeout: bool = True) -> None:
    p.add_argument("--reader", metavar="NAME", help="card reader (default: the first with a card)")
    if timeout:
        p.add_argument(
            "--timeout", type=timeout_seconds, default=30.0, metavar="SECONDS", help="wait for a card"
        )


def _overwrite(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="write over a card that still works for another stay or is a staff card (it stops working)",
    )


def register(sub: Any) -> None:
    """Add `cards` and `doors` to the `frontdesk` parser."""
    cards = sub.add_parser("cards", help="key cards").add_subparsers(dest="action", required=True)
    p = cards.add_parser("encode", help="encode a key card for an access grant (guest, joiner, staff)")
    p.add_argument("grant_id", metavar="GRANT_ID")
    _reader(p)
    _overwrite(p)
    p.set_defaults(handler=cards_encode)
    p = cards.add_parser("duplicate", help="another card with the same access as a card")
    p.add_argument("card_serial", metavar="CARD_SERIAL", type=card_serial)
    _reader(p)
    _overwrite(p)
    p.set_defaults(handler=cards_duplicate)
    p = cards.add_parser("one-shot", help="a card that opens each of its doors once (a contractor's visit)")
    p.add_argument("--name", required=True, help="who the visit is for (a company, a person)")
    p.add_argument("--entrance", action="append", metavar="ID", help="a door (repeat for more)")
    p.add_argument("--group", action="append", metavar="NAME", help="a door group (repeat for more)")
    p.add_argument("--from", dest="starts", metavar="ISO8601", help="valid from (default: now)")
    p.add_argument("--until", dest="ends", metavar="ISO8601", help="valid until (default: 4 hours on)")
    _reader(p)
    _overwrite(p)
    p.set_defaults(handler=cards_one_shot)
    p = cards.add_parser("staff", help="staff access and its card, optionally for a shift (manager)")
    p.add_argument("--name", required=True, help="the staff member")
    p.add_argument("--group", action="append", metavar="NAME", help="a door group (repeat for more)")
    p.add_argument("--entrance", action="append", metavar="ID", help="a door (repeat for more)")
    p.add_argument("--from", dest="starts", metavar="ISO8601", help="valid from (default: now)")
    p.add_argument("--until", dest="ends", metavar="ISO8601", help="valid until (default: 90 days on)")
    p.add_argument("--days", metavar="DAYS", help="shift days: mon-fri, or mon,wed,sat")
    p.add_argument(
        "--hours", metavar="HH:MM-HH:MM", help="shift hours on the door's clock (22:00-06:00: a night)"
    )
    _reader(p)
    _overwrite(p)
    p.set_defaults(handler=cards_staff)
    p = cards.add_parser("emergency", help="a card that opens every door, double-locked rooms too (manager)")
    p.add_argument("--reason", required=True, help="why (kept in the audit)")
    p.add_argument("--hours", type=float, default=EMERGENCY_HOURS, help="valid for (default 4, at most 24)")
    _reader(p)
    _overwrite(p)
    p.set_defaults(handler=cards_emergency)
    for name, handler, what in (
        ("block-room", cards_block_room, "a card that makes these doors refuse guest cards (manager)"),
        ("unblock-room", cards_unblock_room, "a card that makes blocked doors take guest cards again"),
    ):
        p = cards.add_parser(name, help=what)
        p.add_argument("--entrance", action="append", required=True, metavar="ID", help="a door (repeat)")
        p.add_argument("--reason", required=True, help="why (kept in the audit)")
        p.add_argument(
            "--hours", type=float, default=BLOCK_HOURS, help="how long the card may be used (default 24)"
        )
        _reader(p)
        _overwrite(p)
        p.set_defaults(handler=handler)
    p = cards.add_parser("read", help="who a card is for, its doors and times, what each door says")
    _reader(p)
    p.set_defaults(handler=cards_read)
    p = cards.add_parser("cancel", help="cancel a lost card (doors learn it from newer cards)")
    p.add_argument("card_serial", metavar="CARD_SERIAL", type=card_serial)
    p.set_defaults(handler=cards_cancel)
    p = cards.add_parser("list", help="cards the desk encoded, newest first")
    p.add_argument("--grant", metavar="GRANT_ID")
    p.add_argument("--stay", metavar="RESERVATION_KEY", help="every card of the stay's guests")
    p.set_defaults(handler=cards_list)
    p = cards.add_parser("rotate-key", help="start a new card key version")
    p.add_argument(
        "--window-days",
        type=window_days,
        default=30.0,
        help="how long doors still accept older cards (default 30)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="an administrator's: rotate although live cards end after the window (they are flagged"
        " for re-encoding)",
    )
    p.set_defaults(handler=cards_rotate_key)

    doors = sub.add_parser("doors", help="virtual card doors").add_subparsers(dest="action", required=True)
    p = doors.add_parser("tap", help="present the card on the reader at a door")
    p.add_argument("entrance_id", metavar="ENTRANCE_ID")
    _reader(p)
    p.add_argument("--at", metavar="ISO8601", help="the moment of the tap (default: now)")
    p.set_defaults(handler=doors_tap)
    p = doors.add_parser(
        "deadbolt", help="throw a virtual door's deadbolt from inside (only emergency cards open)"
    )
    p.add_argument("entrance_id", metavar="ENTRANCE_ID")
    p.add_argument("--off", action="store_true", help="draw the deadbolt back")
    p.set_defaults(handler=doors_deadbolt)
    p = doors.add_parser("state", help="what a virtual door remembers")
    p.add_argument("entrance_id", metavar="ENTRANCE_ID")
    p.set_defaults(handler=doors_state)
