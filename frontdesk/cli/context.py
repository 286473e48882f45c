"""What every subcommand needs: the app, opened and closed around one command, and the property's zone."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from frontdesk.services.bootstrap import App, bootstrap


@asynccontextmanager
async def open_app(args: argparse.Namespace) -> AsyncIterator[App]:
    """The app on `--database`; closed (encoder, provider, database) when the command is done."""
    app = bootstrap(args.database)
    try:
        yield app
    finally:
        await app.aclose()


async def property_zone(app: App) -> str:
    """The property's time zone: times typed without an offset are read in it."""
    return (await app.queries.property_info()).time_zone
