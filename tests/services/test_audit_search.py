"""The audit's typed query (services/audit.py `search`): a room finds the rows about its stays and
cards even when they name only a reservation or a card serial."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.commands import CheckIn
from frontdesk.services.bootstrap import bootstrap
from frontdesk.services.clock import FixedClock

NOON = datetime(2026, 11, 17, 20, 0, tzinfo=UTC)


def test_a_room_finds_rows_that_name_only_its_stay(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = bootstrap(f"sqlite:///{tmp_path / 'desk.db'}", clock=FixedClock(NOON), workstation="desk-1")
    try:
        asyncio.run(app.setup.create_demo())
        made = asyncio.run(
            app.desk.check_in(CheckIn(("Marta Silva",), ("room-102",), NOON, NOON + timedelta(days=2)))
        )
        lucas = CheckIn(("Lucas Martin",), ("room-203",), NOON, NOON + timedelta(days=1))
        asyncio.run(app.desk.check_in(lucas))
        rows = asyncio.run(app.audit.search(AuditFilter(room="room-102")))
        actions = {r.action for r in rows}
        assert {"stay.checked_in", "reservation.established", "access.granted"} <= actions
        assert {r.subject for r in rows if r.action == "stay.checked_in"} == {str(made.reservation_key)}
        assert not [r for r in rows if "Lucas" in r.sentence]
        by_guest = asyncio.run(app.audit.search(AuditFilter(guest="LUCAS", action="stay.checked_in")))
        assert [r.sentence for r in by_guest] == ["Lucas Martin checked in to Room 203 (desk-1)"]
    finally:
        app.close()
