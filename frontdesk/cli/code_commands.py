"""Subcommands for PIN codes, the lock provider, sync and lockouts (names follow the provider's API)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from frontdesk.cli.arguments import add_request_id
from frontdesk.cli.context import open_app, property_zone
from frontdesk.cli.json_out import to_json
from frontdesk.cli.timeparse import parse_time
from frontdesk.domain.codes import LinkedCodeRequest
from frontdesk.domain.errors import InvalidInput, NotFound, Unavailable
from frontdesk.services.bootstrap import App
from frontdesk.services.codes.lockout import LockoutNotFound


async def _times(app: App, args: argparse.Namespace, device_id: str | None = None) -> tuple[Any, Any]:
    """The typed start and end; without an offset they are read in the property's zone, or for an
    offline lock in the lock's own zone (its time slots are counted in it)."""
    zone = await app.codes.typed_time_zone(device_id) if device_id else await property_zone(app)
    return parse_time(args.starts_at, zone, "start"), parse_time(args.ends_at, zone, "end")


# --- provider ---------------------------------------------------------------------------------------


async def provider_set(args: argparse.Namespace) -> Any:
    api_key = None
    if args.api_key_stdin:
        api_key = sys.stdin.readline()
    async with open_app(args) as app:
        chosen = await app.settings.set_provider(args.driver, args.endpoint, api_key)
        return {**to_json(chosen), "api_key_stored": api_key is not None}


async def provider_show(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.settings.provider()


async def devices_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.devices(refresh=not args.cached)


async def devices_replace(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.replace_device(args.old_device_id, args.new_device_id, apply=not args.preview)


# --- codes ------------------------------------------------------------------------------------------


async def codes_create(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        starts, ends = await _times(app, args, args.device)
        return await app.codes.create(
            args.device,
            code=args.code,
            name=args.name,
            starts_at=starts,
            ends_at=ends,
            use_backup_pool=args.use_backup_pool,
            preferred_code_length=args.preferred_code_length,
            max_time_rounding=args.max_time_rounding,
            request_id=args.request_id,
            is_one_time_use=args.one_time_use,
        )


async def codes_create_multiple(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        starts, ends = await _times(app, args)
        request = LinkedCodeRequest(
            device_ids=tuple(args.device),
            name=args.name,
            starts_at=starts,
            ends_at=ends,
            preferred_code_length=args.preferred_code_length,
            behavior_when_code_cannot_be_shared=args.behavior_when_code_cannot_be_shared,
        )
        return await app.codes.create_multiple(request)


async def codes_update_multiple(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        starts, ends = await _times(app, args)
        if starts is None and ends is None:
            raise InvalidInput("Nothing to change.", "Give --starts-at and --ends-at.")
        return await app.codes.update_multiple(args.common_code_key, starts, ends)


async def codes_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.list(args.device, include_removed=args.all)


async def codes_pull_backup(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.pull_backup(args.access_code_id)


async def codes_delete(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.delete(args.access_code_id)


# --- sync and lockout -------------------------------------------------------------------------------


async def sync_run(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        report = await app.sync.run_by_hand()
        if report.pending:
            raise Unavailable(
                "Some changes are still waiting for the lock provider.",
                "The desk keeps them and sends them later; see 'frontdesk sync status' for what and why.",
                detail={"pending": report.pending, "problems": list(report.problems[:10])},
            )
        return report


async def sync_status(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.sync.status()


async def sync_dismiss_alert(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.codes.dismiss_alert(args.alert_id)


async def lockout_show(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        try:
            return await app.lockout.lookup(args.query)
        except LockoutNotFound as exc:
            # The service's wording is for the screen; at the command line, name the command to use.
            raise NotFound(
                exc.title,
                "Check the code's id with 'frontdesk codes list', "
                "or the reservation key with 'frontdesk grants list'.",
                detail=exc.detail,
            ) from None


async def lockout_pull_backup(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.lockout.pull_backup(args.access_code_id)


async def lockout_let_in_now(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.lockout.let_in_now(args.reservation_key, app.desk.change_dates)


# --- wiring -----------------------------------------------------------------------------------------


def _time_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--starts-at", metavar="ISO8601")
    p.add_argument("--ends-at", metavar="ISO8601")


def register(sub: Any) -> None:
    """Add `provider`, `devices`, `codes`, `sync` and `lockout` to the `frontdesk` parser."""
    prov = sub.add_parser("provider", help="the remote lock provider").add_subparsers(
        dest="action", required=True
    )
    p = prov.add_parser("set", help="choose the provider; the API key goes to the OS keyring")
    p.add_argument("--endpoint", metavar="URL")
    p.add_argument("--api-key-stdin", action="store_true", help="read the API key from standard input")
    p.add_argument("--driver", default="seam", help="lock provider driver (default: seam)")
    p.set_defaults(handler=provider_set)
    prov.add_parser("show", help="the provider in use (never the key)").set_defaults(handler=provider_show)

    dev = sub.add_parser("devices", help="the provider's locks").add_subparsers(dest="action", required=True)
    p = dev.add_parser("list", help="list locks (the last known list when offline)")
    p.add_argument("--cached", action="store_true", help="do not ask the provider")
    p.set_defaults(handler=devices_list)
    p = dev.add_parser(
        "replace",
        help="a lock was factory reset: move its live codes to the new device (says who gets a new PIN)",
    )
    p.add_argument("old_device_id", metavar="OLD_ID")
    p.add_argument("new_device_id", metavar="NEW_ID")
    p.add_argument("--preview", action="store_true", help="only say what would happen")
    p.set_defaults(handler=devices_replace)

    codes = sub.add_parser("codes", help="PIN codes").add_subparsers(dest="action", required=True)
    p = codes.add_parser("create", help="a PIN code on one lock")
    p.add_argument("--device", required=True, metavar="ID")
    p.add_argument("--code", metavar="PIN", help="default: the desk picks one the lock accepts")
    p.add_argument("--name")
    _time_options(p)
    p.add_argument("--use-backup-pool", action="store_true")
    p.add_argument("--preferred-code-length", type=int, metavar="N")
    p.add_argument("--max-time-rounding", choices=["1hour", "1day", "1h", "1d"], help="offline locks only")
    p.add_argument(
        "--one-time-use", action="store_true", help="offline locks only: the PIN opens the door once"
    )
    add_request_id(p)
    p.set_defaults(handler=codes_create)
    p = codes.add_parser("create-multiple", help="one PIN on several locks (linked codes)")
    p.add_argument("--device", action="append", required=True, metavar="ID")
    p.add_argument("--name")
    _time_options(p)
    p.add_argument("--preferred-code-length", type=int, metavar="N")
    p.add_argument(
        "--behavior-when-code-cannot-be-shared", choices=["throw", "create_random_code"], default="throw"
    )
    p.set_defaults(handler=codes_create_multiple)
    p = codes.add_parser("update-multiple", help="new start and end for every code of a linked group")
    p.add_argument("common_code_key", metavar="COMMON_CODE_KEY")
    _time_options(p)
    p.set_defaults(handler=codes_update_multiple)
    p = codes.add_parser("list", help="the codes the desk follows")
    p.add_argument("--device", metavar="ID")
    p.add_argument("--all", action="store_true", help="include removed codes")
    p.set_defaults(handler=codes_list)
    p = codes.add_parser("pull-backup", help="give the guest a backup PIN for a code that failed")
    p.add_argument("access_code_id", metavar="ACCESS_CODE_ID")
    p.set_defaults(handler=codes_pull_backup)
    p = codes.add_parser("delete", help="remove a code from its lock")
    p.add_argument("access_code_id", metavar="ACCESS_CODE_ID")
    p.set_defaults(handler=codes_delete)

    syn = sub.add_parser("sync", help="sending changes to the lock provider").add_subparsers(
        dest="action", required=True
    )
    syn.add_parser(
        "run", help="send the outbox once and reconcile; fails while anything is left pending"
    ).set_defaults(handler=sync_run)
    syn.add_parser("status", help="what is waiting, what failed, open alerts").set_defaults(
        handler=sync_status
    )
    p = syn.add_parser(
        "dismiss-alert", help="take an alert off the list (the change it is about is still retried)"
    )
    p.add_argument("alert_id", type=int, metavar="ALERT_ID", help="the alert's number in 'sync status'")
    p.set_defaults(handler=sync_dismiss_alert)

    lock = sub.add_parser("lockout", help="a guest cannot get in").add_subparsers(
        dest="action", required=True
    )
    p = lock.add_parser("show", help="codes, cards, what to do and the text for the guest")
    p.add_argument("query", metavar="KEY_OR_ID", help="reservation key, grant id or access code id")
    p.set_defaults(handler=lockout_show)
    p = lock.add_parser("pull-backup", help="give a backup PIN and show the text for the guest")
    p.add_argument("access_code_id", metavar="ACCESS_CODE_ID")
    p.set_defaults(handler=lockout_pull_backup)
    p = lock.add_parser(
        "let-in-now",
        help="start a stay that has not started yet and give a backup PIN that works at once",
    )
    p.add_argument("reservation_key", metavar="RESERVATION_KEY")
    p.set_defaults(handler=lockout_let_in_now)
