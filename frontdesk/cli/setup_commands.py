"""Subcommands for the hotel's IT: `frontdesk property show|set` and `frontdesk entrances add|update`.

Same contract as every command: JSON on stdout, {"error": {...}} on stderr with exit status 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from frontdesk.cli.context import open_app
from frontdesk.domain.model import CredentialKind
from frontdesk.services.property.setup import SPACE_KINDS


async def property_show(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.property_setup.show()


async def property_set(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.property_setup.update_property(args.name, args.time_zone, force=args.force)


async def entrances_add(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.property_setup.add_entrance(
            args.entrance_id,
            args.name,
            args.space_id,
            args.space_name,
            args.space_kind,
            args.lock_system,
            args.reservations,
            args.credential_kind,
            device_id=args.device_id,
            time_zone=args.time_zone,
        )


async def entrances_update(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.property_setup.update_entrance(
            args.entrance_id,
            name=args.name,
            can_belong_to_reservation=args.reservations,
            credential_kinds=args.credential_kind,
            device_id=args.device_id,
            time_zone=args.time_zone,
        )


def _door_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("entrance_id", metavar="ENTRANCE_ID", help="lowercase letters, digits and dashes")
    p.add_argument("--name", required=adding, help="the door's name as the desk shows it")
    p.add_argument(
        "--reservations",
        action=argparse.BooleanOptionalAction,
        default=False if adding else None,
        help="whether the door takes part in reservations (guest room doors do; default when adding: no)",
    )
    p.add_argument(
        "--credential-kind",
        action="append",
        required=adding,
        choices=[k.value for k in CredentialKind],
        help="what the lock takes (repeatable); when updating, the full new list",
    )
    p.add_argument("--device-id", metavar="ID", help="the lock's id at the provider (PIN doors); '' clears")
    p.add_argument(
        "--time-zone", metavar="TZ", help="the lock's IANA time zone if not the property's; '' clears"
    )


def register(sub: Any, entrances: Any) -> None:
    """Add `property` to the `frontdesk` parser and `add`/`update` to its existing `entrances` parser."""
    prop = sub.add_parser("property", help="the property's name and time zone").add_subparsers(
        dest="action", required=True
    )
    prop.add_parser("show", help="the property, its lock systems, spaces and doors").set_defaults(
        handler=property_show
    )
    p = prop.add_parser("set", help="change the property's name or time zone")
    p.add_argument("--name")
    p.add_argument("--time-zone", metavar="TZ", help="IANA name, e.g. Europe/Lisbon")
    p.add_argument(
        "--force",
        action="store_true",
        help="an administrator's: do it despite the second look (audited)",
    )
    p.set_defaults(handler=property_set)

    p = entrances.add_parser("add", help="add a door (and its space when new)")
    _door_options(p, adding=True)
    p.add_argument("--space-id", required=True, metavar="ID", help="an existing space, or a new one")
    p.add_argument("--space-name", help="the new space's name (default: the door's name)")
    p.add_argument("--space-kind", choices=SPACE_KINDS, help="the new space's kind")
    p.add_argument("--lock-system", required=True, metavar="ID", help="see 'frontdesk property show'")
    p.set_defaults(handler=entrances_add)

    p = entrances.add_parser("update", help="change a door (its lock number never changes)")
    _door_options(p, adding=False)
    p.set_defaults(handler=entrances_update)
