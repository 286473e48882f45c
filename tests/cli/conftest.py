"""The command line in these tests runs on the same fixed clock as the services' tests.

Stays that are over are refused (domain/stay_times.py), so a test that types November 2026 dates must
not depend on the day it runs: every app the command line opens reads its time from NOW.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import NOW


@pytest.fixture(autouse=True)
def _cli_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from frontdesk.cli import context
    from frontdesk.services.bootstrap import bootstrap
    from frontdesk.services.clock import FixedClock

    monkeypatch.setattr(context, "bootstrap", partial(bootstrap, clock=FixedClock(NOW)))
