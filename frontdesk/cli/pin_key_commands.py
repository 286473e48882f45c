"""`frontdesk pin-key export --to FILE` and `frontdesk pin-key import FILE`: the PIN key from one
workstation's keyring to another's, encrypted under a passphrase (services/codes/pin_key_transfer.py).

The passphrase is read from the first line of stdin, never from the command line (where every user
of the computer sees it in the process list), and never printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from frontdesk.cli.context import open_app
from frontdesk.domain.errors import InvalidInput


def _passphrase_from_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InvalidInput(
            "No passphrase on stdin.",
            "Type it on the first line of stdin, e.g. printf '%s\\n' \"$PASSPHRASE\" | frontdesk pin-key ...",
        )
    return line


async def pin_key_export(args: argparse.Namespace) -> Any:
    passphrase = _passphrase_from_stdin()
    async with open_app(args) as app:
        return await app.pin_key.export(Path(args.to), passphrase)


async def pin_key_import(args: argparse.Namespace) -> Any:
    passphrase = _passphrase_from_stdin()
    async with open_app(args) as app:
        return await app.pin_key.import_(Path(args.file), passphrase)


def register(sub: Any) -> None:
    pin_key = sub.add_parser(
        "pin-key", help="move the PIN key to another workstation (an administrator's)"
    ).add_subparsers(dest="action", required=True)
    p = pin_key.add_parser("export", help="write the PIN key to a file, encrypted; passphrase on stdin")
    p.add_argument("--to", required=True, metavar="FILE", help="a new file (never overwritten)")
    p.set_defaults(handler=pin_key_export)
    p = pin_key.add_parser("import", help="take the PIN key from such a file into this keyring")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=pin_key_import)
