"""`frontdesk audit verify`: the audit log is a hash chain, and any row changed, deleted or inserted
behind the desk's back is named. The tests tamper with the database directly, as an intruder would."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from frontdesk.store.audit_log import row_hash
from tests.helpers import Cli


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    name = "db_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def cli(url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(url, capsys)
    c.ok("demo", "--empty")
    for guest, room in (("Marta Ruiz", "room-110"), ("Peter Novak", "room-101")):
        c.ok(
            "reservations", "check-in", "--guest", guest, "--entrance", room,
            "--starts-at", "2026-11-17T15:00", "--ends-at", "2026-11-19T11:00",
        )  # fmt: skip
    return c


def tamper(url: str) -> Iterator[Connection]:
    """A connection that bypasses the desk; on PostgreSQL the owner first switches off the
    append-only trigger, which an intruder with the owner's password could do too."""
    engine = create_engine(url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        yield conn
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))
    engine.dispose()


def row(conn: Connection, audit_id: int) -> dict[str, Any]:
    found = conn.execute(text("SELECT * FROM audit_log WHERE audit_id = :i"), {"i": audit_id})
    return dict(found.mappings().one())


def test_an_untouched_audit_log_verifies(cli: Cli) -> None:
    result = cli.ok("audit", "verify")
    assert result["intact"] is True
    assert result["rows_checked"] == result["head_audit_id"] > 6
    listed = cli.ok("audit", "list", "--action", "stay.checked_in")
    assert [e["sentence"] for e in listed][-1] == "Marta Ruiz checked in to Room 110 (test-desk)"
    assert {e["outcome"] for e in listed} == {"done"}


def test_a_changed_row_is_named(cli: Cli, url: str) -> None:
    for conn in tamper(url):
        conn.execute(text("UPDATE audit_log SET workstation = 'elsewhere' WHERE audit_id = 4"))
    error = cli.fails("audit", "verify")
    assert error["title"] == "Audit row 4 was changed after it was written."
    assert error["detail"]["audit_id"] == 4 and error["hint"]


def test_a_deleted_row_is_named(cli: Cli, url: str) -> None:
    for conn in tamper(url):
        conn.execute(text("DELETE FROM audit_log WHERE audit_id = 5"))
    error = cli.fails("audit", "verify")
    assert error["title"] == "Audit row 5 was deleted."
    assert error["detail"]["rows_checked"] == 4


def test_an_inserted_row_is_named_even_with_a_correct_hash(cli: Cli, url: str) -> None:
    """The intruder makes room at id 5 and writes a row whose own hash and link are right."""
    for conn in tamper(url):
        conn.execute(text("UPDATE audit_log SET audit_id = -(audit_id + 1) WHERE audit_id >= 5"))
        conn.execute(text("UPDATE audit_log SET audit_id = -audit_id WHERE audit_id < 0"))
        before = row(conn, 4)
        forged = {
            "audit_id": 5,
            "at": before["at"],
            "workstation": "test-desk",
            "operator": None,
            "action": "card.cancelled",
            "outcome": "done",
            "subject": "1",
            "sentence": "Card 1 was cancelled (test-desk)",
            "details": {"card_serial": 1},
            "prev_hash": before["row_hash"],
        }
        fields = {**forged, "at": cli_time(conn, 4)}
        forged["row_hash"] = row_hash(**fields)
        conn.execute(
            text(
                "INSERT INTO audit_log (audit_id, at, workstation, operator, action, outcome, subject,"
                " summary, details, prev_hash, row_hash) VALUES (:audit_id, :at, :workstation, :operator,"
                " :action, :outcome, :subject, :sentence, :details, :prev_hash, :row_hash)"
            ),
            {**forged, "details": '{"card_serial": 1}'},
        )
    error = cli.fails("audit", "verify")
    assert error["title"] == "Audit row 5 was inserted afterwards; the desk did not write it there."


def cli_time(conn: Connection, audit_id: int) -> Any:
    """The stored time as the desk reads it back (aware UTC)."""
    from sqlalchemy import select

    from frontdesk.store.tables import AuditRow

    return conn.execute(select(AuditRow.at).where(AuditRow.audit_id == audit_id)).scalar_one()


@pytest.mark.postgres
def test_postgres_refuses_update_and_delete_of_audit_rows(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Cli(postgres_url, capsys).ok("demo", "--empty")
    engine = create_engine(postgres_url)
    try:
        for statement in (
            "UPDATE audit_log SET workstation = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()
