"""Subcommands of `frontdesk`. Each handler builds the app, calls one service and returns JSON data."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from typing import Any

from frontdesk.cli import (
    card_commands,
    code_commands,
    operator_commands,
    pin_key_commands,
    room_commands,
    self_test,
    setup_commands,
)
from frontdesk.cli.arguments import StayTimes, add_request_id, stay_times
from frontdesk.cli.context import open_app, property_zone
from frontdesk.cli.json_out import to_json
from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.commands import (
    AddGuest,
    CardsAtCheckOut,
    ChangeDates,
    CheckIn,
    CheckOut,
    CreateGrant,
    DeleteGrant,
    GrantStaffAccess,
    MoveRoom,
    UpdateGrant,
)
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.model import AccessMethod, UserKind
from frontdesk.services.bootstrap import App
from frontdesk.services.property.demo_day import open_demo
from frontdesk.services.stays.views import ChangeView, GrantView

Handler = Callable[[argparse.Namespace], Awaitable[Any]]


def _methods(values: list[str] | None) -> frozenset[AccessMethod]:
    return frozenset(AccessMethod(v) for v in (values or ["card"]))


def _grant_and_change(grant: GrantView, change: ChangeView) -> dict[str, Any]:
    """The grant's own fields with the whole change under "change", as `grants` commands print."""
    return {**to_json(grant), "change": change}


async def _typed_times(app: App, args: argparse.Namespace) -> StayTimes:
    """--starts-at/--ends-at in the property's zone; a date alone as cli/arguments.py says."""
    return stay_times(args.starts_at, args.ends_at, await property_zone(app), app.clock())


async def _required_times(app: App, args: argparse.Namespace) -> tuple[StayTimes, Any, Any]:
    times = await _typed_times(app, args)
    if times.starts_at is None or times.ends_at is None:
        raise InvalidInput("Start and end are both needed.", "Give --starts-at and --ends-at.")
    return times, times.starts_at, times.ends_at


def _notes(times: StayTimes) -> dict[str, Any]:
    """How typed times were read, when it was not plain (a time that happens twice): printed."""
    return {"time_notes": times.notes} if times.notes else {}


# --- handlers -------------------------------------------------------------------------------------


async def demo(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await open_demo(app, reset=args.reset, with_day=not args.empty)


async def entrances_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.queries.entrances()


async def grants_create(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times, starts, ends = await _required_times(app, args)
        change = await app.desk.create_grant(
            CreateGrant(
                args.user_name,
                tuple(args.entrance),
                starts,
                ends,
                UserKind.STAFF if args.staff else UserKind.GUEST,
                args.reservation_key,
                _methods(args.method),
            ),
            request_id=args.request_id,
        )
        view = change.view()
        return _grant_and_change(view.grants_created[0], view) | _notes(times)


async def grants_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.queries.grants(reservation_key=args.reservation_key, include_ended=args.all)


async def grants_update(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times = await _typed_times(app, args)
        starts, ends = times.starts_at, times.ends_at
        if starts is None and ends is None:
            raise InvalidInput("Nothing to change.", "Give --starts-at, --ends-at or both.")
        change = await app.desk.update_grant(UpdateGrant(args.grant_id, starts, ends))
        view = change.view()
        return _grant_and_change(view.grants_updated[0], view) | _notes(times)


async def grants_delete(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        change = await app.desk.delete_grant(DeleteGrant(args.grant_id))
        view = change.view()
        return _grant_and_change(view.grants_ended[0], view)


async def reservations_check_in(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times, starts, ends = await _required_times(app, args)
        change = await app.desk.check_in(
            CheckIn(
                tuple(args.guest),
                tuple(args.entrance),
                starts,
                ends,
                args.reservation_key,
                _methods(args.method),
                override_live=args.override,
            ),
            request_id=args.request_id,
        )
        return to_json(change.view()) | _notes(times)


async def reservations_add_guest(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        change = await app.desk.add_guest(
            AddGuest(args.reservation_key, args.guest, tuple(args.entrance or ()), _methods(args.method)),
            request_id=args.request_id,
        )
        return change.view()


async def reservations_move(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        move = MoveRoom(args.reservation_key, tuple(args.entrance), override_live=args.override)
        return (await app.desk.move_room(move)).view()


async def reservations_change_dates(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times, starts, ends = await _required_times(app, args)
        change = await app.desk.change_dates(ChangeDates(args.reservation_key, starts, ends))
        return to_json(change.view()) | _notes(times)


async def reservations_check_out(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        cards = CardsAtCheckOut.COLLECTED if args.cards_collected else None
        cards = CardsAtCheckOut.REVOKE if args.revoke_cards else cards
        return (await app.desk.check_out(CheckOut(args.reservation_key, cards))).view()


async def reservations_show(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.queries.reservation(args.reservation_key)


async def staff_grant(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        times, starts, ends = await _required_times(app, args)
        change = await app.desk.grant_staff_access(
            GrantStaffAccess(
                args.name, starts, ends, tuple(args.group or ()), tuple(args.entrance or ()), args.force
            )
        )
        return to_json(change.view().grants_created[0]) | _notes(times)


async def audit_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        query = AuditFilter(
            operator=args.operator,
            room=args.room,
            guest=args.guest,
            action=args.audit_action,
            limit=args.limit,
        )
        return await app.audit.search(query)


async def audit_verify(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.audit.verify()


# --- wiring -------------------------------------------------------------------------------------


def _override(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--override",
        action="store_true",
        help="take the rooms even from a stay whose dates overlap (otherwise: 409 Room is occupied.)",
    )


def _times(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--starts-at", required=required, metavar="ISO8601", help="a date alone: check-in time (now if today)"
    )
    p.add_argument("--ends-at", required=required, metavar="ISO8601", help="a date alone: check-out time")


def _method(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--method",
        action="append",
        choices=[m.value for m in AccessMethod],
        help="access method (repeatable; default: card)",
    )


def register(sub: Any) -> None:
    """Add every subcommand to the `frontdesk` parser."""
    p = sub.add_parser("demo", help="create the demo property and its day if absent")
    p.add_argument("--reset", action="store_true", help="empty the demo's database and make its day anew")
    p.add_argument("--empty", action="store_true", help="the property alone, without the day's stays")
    p.set_defaults(handler=demo)

    ent = sub.add_parser("entrances", help="doors").add_subparsers(dest="action", required=True)
    ent.add_parser("list", help="list doors and what they take").set_defaults(handler=entrances_list)

    grants = sub.add_parser("grants", help="access grants").add_subparsers(dest="action", required=True)
    p = grants.add_parser("create", help="grant access")
    p.add_argument("--user-name", required=True)
    p.add_argument("--staff", action="store_true", help="staff access: never overrides, never overridden")
    p.add_argument("--entrance", action="append", required=True, metavar="ID")
    p.add_argument("--reservation-key", metavar="KEY")
    _times(p)
    _method(p)
    add_request_id(p)
    p.set_defaults(handler=grants_create)
    p = grants.add_parser("list", help="list live grants")
    p.add_argument("--reservation-key", metavar="KEY")
    p.add_argument("--all", action="store_true", help="include ended grants")
    p.set_defaults(handler=grants_list)
    p = grants.add_parser("update", help="change a grant's start or end")
    p.add_argument("grant_id", metavar="GRANT_ID")
    _times(p, required=False)
    p.set_defaults(handler=grants_update)
    p = grants.add_parser("delete", help="end a grant")
    p.add_argument("grant_id", metavar="GRANT_ID")
    p.set_defaults(handler=grants_delete)

    res = sub.add_parser("reservations", help="stays").add_subparsers(dest="action", required=True)
    p = res.add_parser("check-in", help="check guests in under a new reservation key")
    p.add_argument("--guest", action="append", required=True, metavar="NAME")
    p.add_argument("--entrance", action="append", required=True, metavar="ID")
    p.add_argument("--reservation-key", metavar="KEY", help="default: a new key")
    _times(p)
    _method(p)
    add_request_id(p)
    _override(p)
    p.set_defaults(handler=reservations_check_in)
    p = res.add_parser("add-guest", help="add a guest to a stay (joiner)")
    p.add_argument("reservation_key", metavar="KEY")
    p.add_argument("--guest", required=True, metavar="NAME")
    p.add_argument("--entrance", action="append", metavar="ID", help="a subset of the stay's doors")
    _method(p)
    add_request_id(p)
    p.set_defaults(handler=reservations_add_guest)
    p = res.add_parser("move", help="move a stay to other doors, in one action")
    p.add_argument("reservation_key", metavar="KEY")
    p.add_argument("--entrance", action="append", required=True, metavar="ID")
    _override(p)
    p.set_defaults(handler=reservations_move)
    p = res.add_parser("change-dates", help="new start and end for a stay")
    p.add_argument("reservation_key", metavar="KEY")
    _times(p)
    p.set_defaults(handler=reservations_change_dates)
    p = res.add_parser("check-out", help="end a stay")
    p.add_argument("reservation_key", metavar="KEY")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--cards-collected", action="store_true", help="the stay's key cards were handed back"
    )
    choice.add_argument(
        "--revoke-cards",
        action="store_true",
        help="the key cards were not handed back: revoke them (newer cards carry their serials to the doors)",
    )
    p.set_defaults(handler=reservations_check_out)
    p = res.add_parser("show", help="a stay and its grants")
    p.add_argument("reservation_key", metavar="KEY")
    p.set_defaults(handler=reservations_show)

    staff = sub.add_parser("staff", help="staff access").add_subparsers(dest="action", required=True)
    p = staff.add_parser("grant", help="give a staff member access by door group or door")
    p.add_argument("--name", required=True)
    p.add_argument("--group", action="append", metavar="GROUP")
    p.add_argument("--entrance", action="append", metavar="ID")
    _times(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="an administrator's: do it despite the second look (audited)",
    )
    p.set_defaults(handler=staff_grant)

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action", required=True)
    p = audit.add_parser("list", help="latest changes first")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--action", dest="audit_action", metavar="ACTION")
    p.add_argument("--operator", metavar="NAME", help="rows written while NAME was signed in")
    p.add_argument("--room", metavar="SPACE_ID", help="rows about the room's doors, stays, cards and PINs")
    p.add_argument("--guest", metavar="NAME", help="rows about a guest whose name contains NAME")
    p.set_defaults(handler=audit_list)
    p = audit.add_parser(
        "verify", help="check the audit log's hash chain; name the first row that was tampered with"
    )
    p.set_defaults(handler=audit_verify)

    code_commands.register(sub)
    room_commands.register(sub)
    card_commands.register(sub)
    setup_commands.register(sub, ent)
    operator_commands.register(sub)
    pin_key_commands.register(sub)
    self_test.register(sub)
