"""The `frontdesk` command line: subcommands print JSON (the launcher opens the GUI without one).

On failure the exit status is 1 and stderr carries {"error": {"status", "title", "hint"}}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, NoReturn

from frontdesk.cli import commands, self_test
from frontdesk.cli.arguments import refuse_invalid_utf8
from frontdesk.cli.json_out import to_json
from frontdesk.domain.errors import UNEXPECTED, FrontDeskError, InvalidInput
from frontdesk.domain.second_look import NeedsSecondLook
from frontdesk.services.logs import setup_logging

log = logging.getLogger("frontdesk.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is a FrontDeskError like any other (JSON on stderr, status 1)."""

    def error(self, message: str) -> NoReturn:
        raise InvalidInput("Invalid command line.", f"{message}. See '{self.prog} --help'.")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="frontdesk", description="FrontDesk: stays, key cards and PIN codes.")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL (default: FRONTDESK_DATABASE_URL, else SQLite in your data directory)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.register(sub)
    return parser


def _print(result: Any) -> None:
    json.dump(to_json(result), sys.stdout, indent=2)
    sys.stdout.write("\n")


def _fail(error: FrontDeskError) -> int:
    json.dump({"error": error.to_dict()}, sys.stderr)
    sys.stderr.write("\n")
    return 1


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The parsed command line, or the exit status when the line itself was wrong."""
    try:
        refuse_invalid_utf8(sys.argv[1:] if argv is None else argv)
        return build_parser().parse_args(argv)
    except FrontDeskError as error:
        return _fail(error)


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parsed = parse(argv)
    if isinstance(parsed, int):
        return parsed
    return run(parsed)


def run(args: argparse.Namespace) -> int:
    try:
        if args.command is None:
            return _fail(InvalidInput("No command given.", "See 'frontdesk --help' for the commands."))
        if getattr(args, "self_test", False):  # lines, not JSON: it is read by a person
            return self_test.run(args, getattr(args, "window_check", None))
        handler: Callable[[argparse.Namespace], Coroutine[Any, Any, Any]] = args.handler
        _print(asyncio.run(handler(args)))
        return 0
    except FrontDeskError as error:
        log.info("command failed: %s (%s)", error.title, error.status)
        if isinstance(error, NeedsSecondLook):
            # The service's hint is the window's; at the command line, name --force.
            error.hint = error.command_line_hint
        return _fail(error)
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): nothing to report, nothing lost.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return _fail(
            FrontDeskError("Interrupted.", "Nothing was changed by the interrupted step.", status=499)
        )
    except Exception:
        log.exception("unexpected error")
        return _fail(UNEXPECTED)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
