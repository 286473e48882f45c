"""`frontdesk self-test`: one line per check (ok / failed / n/a, what was found, a hint on failure).

Exit status 0 only when no check failed. The window check needs Qt, which the command line may
not import: the launcher hands it in (`window_check`), so `frontdesk self-test` has it while a
bare `python -m frontdesk.cli.main self-test` reports it as failed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import Any, TextIO

from frontdesk.services import self_test
from frontdesk.services.bootstrap import App, bootstrap
from frontdesk.services.self_test import Check

WindowCheck = Callable[[App], str]
MARK = {True: "ok", False: "failed", None: "n/a"}


def _window(app: App | None, check: WindowCheck | None) -> Check:
    if check is None:
        return Check("window", False, "no window check here", "Run the self-test as 'frontdesk self-test'.")
    if app is None:
        return Check("window", False, "not tried: the database did not open", "Fix the database first.")
    try:
        return Check("window", True, check(app))
    except Exception as error:
        return self_test.failed(
            "window",
            error,
            "Qt cannot open a window: install Qt's X11 libraries (apt-get install libxcb-cursor0 "
            "libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1).",
        )


async def checks(database: str | None, window_check: WindowCheck | None) -> list[Check]:
    out: list[Check] = []
    app: App | None = None
    try:
        app = await asyncio.to_thread(bootstrap, database)
        out.append(self_test.database(app))
    except Exception as error:
        out.append(self_test.failed("database", error, "Check --database or FRONTDESK_DATABASE_URL."))
    try:
        out.append(_window(app, window_check))
        out.append((await self_test.timed("card readers", self_test.readers))[0])
        out.append(await asyncio.to_thread(self_test.keyring_round_trip))
        if app is not None:
            opened = app
            provider = await self_test.timed("lock provider", lambda: self_test.lock_provider(opened))
            out.append(provider[0])
    finally:
        if app is not None:
            await app.aclose()
    return out


def report(results: list[Check], stream: TextIO) -> int:
    width = max(len(c.name) for c in results)
    for c in results:
        line = f"{MARK[c.ok]:<6}  {c.name:<{width}}  {c.detail}"
        if c.ok is False and c.hint:
            line += f"\n{'':<6}  {'':<{width}}  hint: {c.hint}"
        stream.write(line + "\n")
    failures = sum(1 for c in results if c.ok is False)
    passed = len(results) - failures
    stream.write(f"{passed} of {len(results)} checks passed\n" if failures else "all checks passed\n")
    return 1 if failures else 0


def run(args: argparse.Namespace, window_check: WindowCheck | None = None) -> int:
    """Run every check and print them; the exit status."""
    return report(asyncio.run(checks(args.database, window_check)), sys.stdout)


def register(sub: Any) -> None:
    sub.add_parser(
        "self-test",
        help="check this computer: window, database, card readers, keyring, lock provider",
    ).set_defaults(handler=None, self_test=True)
