"""`frontdesk audit list --operator/--room/--guest/--action`: the Activity screen's filters at the
command line, on SQLite and PostgreSQL (the room and guest match inside the rows' JSON details)."""

from __future__ import annotations

import pytest

from tests.helpers import Cli


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def cli(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> Cli:
    url = str(request.getfixturevalue("db_url" if request.param == "sqlite" else "postgres_url"))
    c = Cli(url, capsys)
    c.ok("demo", "--empty")
    for guest, room in (("Marta Ruiz", "room-110"), ("Peter Novak", "room-101")):
        c.ok(
            "reservations", "check-in", "--guest", guest, "--entrance", room,
            "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
        )  # fmt: skip
    return c


def test_audit_list_filters_by_room_guest_and_kind(cli: Cli) -> None:
    rows = cli.ok("audit", "list", "--room", "room-101")
    assert {"stay.checked_in", "access.granted", "reservation.established"} <= {r["action"] for r in rows}
    assert not [r for r in rows if "Marta" in r["sentence"]]
    rows = cli.ok("audit", "list", "--guest", "marta", "--action", "stay.checked_in")
    assert len(rows) == 1 and rows[0]["sentence"].startswith("Marta Ruiz checked in to ")
    assert cli.ok("audit", "list", "--operator", "Nobody") == []
