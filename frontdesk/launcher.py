"""The `frontdesk` console script: the desk's window without a subcommand, the command line with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from frontdesk.cli.main import parse, run
from frontdesk.services.logs import setup_logging


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parsed = parse(argv)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        from frontdesk.ui.app import run_gui  # Qt is loaded only when the window is wanted

        return run_gui(parsed.database)
    if parsed.command == "self-test":
        from frontdesk.ui.self_check import open_and_close_window  # the self-test opens the window too

        parsed.window_check = open_and_close_window
    return run(parsed)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
