"""What every subcommand needs: the app, opened and closed around one command, acting for the
operator signed in (the session `frontdesk login` kept in the keyring, or FRONTDESK_TOKEN), and the
property's zone."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from frontdesk.services.bootstrap import App, bootstrap
from frontdesk.services.config import database_url
from frontdesk.services.operators import session_keyring
from frontdesk.services.operators.guard import NO_ADMIN_HINT, NO_ADMIN_TITLE

TOKEN_ENV = "FRONTDESK_TOKEN"


def saved_token(args: argparse.Namespace) -> str | None:
    """The script's token from FRONTDESK_TOKEN, else the session `frontdesk login` saved."""
    return os.environ.get(TOKEN_ENV, "").strip() or session_keyring.load(database_url(args.database))


@asynccontextmanager
async def open_app(args: argparse.Namespace, *, signed_in: bool = True) -> AsyncIterator[App]:
    """The app on `--database`; closed (encoder, provider, database) when the command is done.

    Until the first administrator exists it warns on stderr (one JSON line) and acts for nobody; after
    that it acts for the saved session, and with `signed_in` refuses to go on without one (401)."""
    app = bootstrap(args.database)
    try:
        if await app.operators.needs_first_admin():
            # One line, JSON like every warning on stderr (services/log_file.py), so scripts still read it.
            warning = {"title": NO_ADMIN_TITLE, "hint": NO_ADMIN_HINT}
            sys.stderr.write(json.dumps({"warning": warning}) + "\n")
        else:
            token = saved_token(args)
            if token:
                await app.operators.resume(token)
            if signed_in:
                await app.operators.require_signed_in()
        yield app
    finally:
        await app.aclose()


async def property_zone(app: App) -> str:
    """The property's time zone: times typed without an offset are read in it."""
    return (await app.queries.property_info()).time_zone
