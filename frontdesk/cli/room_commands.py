"""`frontdesk rooms list|out-of-order|back-in-order`: the rack, and rooms taken out of service."""

from __future__ import annotations

import argparse
from typing import Any

from frontdesk.cli.arguments import StayTimes, stay_time
from frontdesk.cli.context import open_app, property_zone


async def rooms_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        if args.out_of_order:
            return await app.queries.out_of_order()
        return await app.queries.room_rack()


async def rooms_out_of_order(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times = StayTimes()
        # A date alone means the usual check-out time that day: the room is ready for arrivals.
        until = stay_time(args.until, await property_zone(app), app.clock(), "end", times)
        assert until is not None  # --until is required
        view = await app.desk.set_out_of_order(args.room, args.reason, until)
        return view if not times.notes else {"out_of_order": view, "time_notes": times.notes}


async def rooms_back_in_order(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.desk.back_in_order(args.room)


def register(sub: Any) -> None:
    """Add `rooms` to the `frontdesk` parser."""
    rooms = sub.add_parser("rooms", help="the room rack; rooms out of order").add_subparsers(
        dest="action", required=True
    )
    p = rooms.add_parser("list", help="every space with its state (the room rack)")
    p.add_argument("--out-of-order", action="store_true", help="only the rooms out of order")
    p.set_defaults(handler=rooms_list)
    p = rooms.add_parser("out-of-order", help="take a room out of service until a set time")
    p.add_argument("room", metavar="ROOM", help="e.g. 'Room 101', 101 or room-101")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why, e.g. 'leaking tap'")
    p.add_argument(
        "--until",
        required=True,
        metavar="ISO8601",
        help="when it is ready again; a date alone: check-out time",
    )
    p.set_defaults(handler=rooms_out_of_order)
    p = rooms.add_parser("back-in-order", help="put a room out of order back in service now")
    p.add_argument("room", metavar="ROOM")
    p.set_defaults(handler=rooms_back_in_order)
