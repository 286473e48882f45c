"""The `frontdesk` console script: the desk's window without a subcommand, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from frontdesk.domain.input_rules import has_surrogates
from frontdesk.services.config import keep_simulators_with
from frontdesk.services.logs import hold_early_records, setup_logging


def window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, its database) for a plain window start (`frontdesk`, `frontdesk --database URL`).

    The window's start must not wait for the command line's parser: building it imports every
    command, and with them the services, the store and SQLAlchemy (ui/start.py shows Today first).
    Anything else (a subcommand, --help, a mistyped option) goes through the full parser."""
    if any(has_surrogates(a) for a in argv):  # the parser refuses those, saying why
        return False, None
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--database" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--database=") and len(argv[0]) > len("--database="):
        return True, argv[0].removeprefix("--database=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    window, database = window_start(sys.argv[1:] if argv is None else list(argv))
    if window:
        keep_simulators_with(database)
        hold_early_records()  # the log file is opened behind the window (ui/app.py)
        from frontdesk.ui.app import run_gui

        return run_gui(database)
    setup_logging()
    from frontdesk.cli.main import parse, run

    parsed = parse(argv)
    if isinstance(parsed, int):
        return parsed
    keep_simulators_with(parsed.database)
    if parsed.command is None:
        from frontdesk.ui.app import run_gui  # Qt is loaded only when the window is wanted

        return run_gui(parsed.database)
    if parsed.command == "self-test":
        from frontdesk.ui.self_check import open_and_close_window  # the self-test opens the window too

        parsed.window_check = open_and_close_window
    return run(parsed)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
