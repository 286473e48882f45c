"""`frontdesk operators create|list|disable|token`, `frontdesk login` and `frontdesk logout`.

Passwords and PINs are read from stdin (`--password-stdin`), never from the command line, where
any user of the computer could read them in the process list.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from frontdesk.cli.context import TOKEN_ENV, open_app
from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.operators import Role
from frontdesk.services.config import database_url
from frontdesk.services.operators import session_keyring
from frontdesk.services.operators.views import SignedOut


def _secret_from_stdin() -> str:
    line = sys.stdin.readline()
    secret = line[:-1] if line.endswith("\n") else line
    if secret.endswith("\r"):
        secret = secret[:-1]
    if not secret:
        raise InvalidInput(
            "No password or PIN on stdin.",
            "Type it on the first line of stdin, e.g. from a password manager.",
        )
    return secret


async def operators_create(args: argparse.Namespace) -> Any:
    secret = _secret_from_stdin()
    async with open_app(args, signed_in=False) as app:
        return await app.operators.create(args.name, Role(args.role), secret)


async def operators_list(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.operators.list()


async def operators_disable(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.operators.disable(args.name)


async def operators_token(args: argparse.Namespace) -> Any:
    async with open_app(args) as app:
        return await app.operators.script_token(args.name)


async def login(args: argparse.Namespace) -> Any:
    secret = _secret_from_stdin()
    async with open_app(args, signed_in=False) as app:
        signed_in, token = await app.operators.start_session(args.name, secret)
        session_keyring.save(database_url(args.database), token)
        return signed_in


async def logout(args: argparse.Namespace) -> Any:
    url = database_url(args.database)
    token = session_keyring.load(url)
    async with open_app(args, signed_in=False) as app:
        if token:
            await app.operators.end_session(token)
    session_keyring.delete(url)
    return SignedOut(token is not None)


def register(sub: Any) -> None:
    """Add `operators`, `login` and `logout` to the `frontdesk` parser."""
    ops = sub.add_parser("operators", help="who may use the desk").add_subparsers(
        dest="action", required=True
    )
    p = ops.add_parser("create", help="add an operator (the first administrator needs no sign-in)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password or PIN from stdin"
    )
    p.set_defaults(handler=operators_create)
    ops.add_parser("list", help="operators, their roles, who is disabled").set_defaults(
        handler=operators_list
    )
    p = ops.add_parser("disable", help="stop an operator signing in (sessions and tokens end)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=operators_disable)
    p = ops.add_parser("token", help=f"a long-lived token for a PMS script (give it in {TOKEN_ENV})")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=operators_token)

    p = sub.add_parser("login", help="sign in at this desk for 12 hours (the session goes to the OS keyring)")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password or PIN from stdin"
    )
    p.set_defaults(handler=login)
    sub.add_parser("logout", help="end this desk's session").set_defaults(handler=logout)
