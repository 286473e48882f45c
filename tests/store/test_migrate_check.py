"""The start-up migration check: one query when the database is current, Alembic when it is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from frontdesk.store.engine import build_engines
from frontdesk.store.migrate import alembic_config, database_revision, script_head, upgrade


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert script_head() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_an_old_database_is_still_migrated(db_url: str) -> None:
    engines = build_engines(db_url)
    try:
        cfg = alembic_config()
        with engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_initial")
        assert database_revision(engines) == "0001_initial"
        upgrade(engines)
        assert database_revision(engines) == script_head()
    finally:
        engines.dispose()


def test_a_current_database_is_checked_without_loading_alembic(db_url: str, tmp_path: Path) -> None:
    engines = build_engines(db_url)
    upgrade(engines)  # from empty: Alembic does it
    engines.dispose()
    code = (
        "import sys; from frontdesk.store.engine import build_engines;"
        "from frontdesk.store.migrate import upgrade;"
        f"e = build_engines({db_url!r}); upgrade(e); e.dispose();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_database_at_0002_gets_the_request_ids_table(db_url: str) -> None:
    """The start-up check reads the head from the files and upgrades a 0002 database to it."""
    from sqlalchemy import inspect

    assert script_head() == "0012_words14b"
    engines = build_engines(db_url)
    try:
        cfg = alembic_config()
        with engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002_access_codes")
        assert "request_ids" not in inspect(engines.read).get_table_names()
        upgrade(engines)
        assert database_revision(engines) == script_head()
        columns = {c["name"] for c in inspect(engines.read).get_columns("request_ids")}
        assert columns == {"request_id", "kind", "fingerprint", "result_ids", "created_at"}
    finally:
        engines.dispose()


def test_audit_rows_from_before_the_chain_are_renamed_and_chained(db_url: str) -> None:
    """A 0003 database's rows (class-name actions, a gap in the ids) verify after the upgrade."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from frontdesk.store.audit_log import check_chain
    from frontdesk.store.tables import AuditRow

    engines = build_engines(db_url)
    try:
        cfg = alembic_config()
        with engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003_request_ids")
        with engines.write.begin() as conn:
            for audit_id, action in ((1, "GuestCheckedIn"), (2, "CardEncoded"), (7, "GuestCheckedOut")):
                conn.execute(
                    text(
                        "INSERT INTO audit_log (audit_id, at, workstation, action, subject, details, summary)"
                        " VALUES (:i, :at, 'desk', :a, 'R-1', '{\"n\": 1}', '')"
                    ),
                    {"i": audit_id, "a": action, "at": datetime(2026, 11, 1, tzinfo=UTC).isoformat(" ")},
                )
        upgrade(engines)
        from sqlalchemy.orm import Session

        with Session(engines.read) as session:
            rows = list(session.query(AuditRow).order_by(AuditRow.audit_id))
            assert [(r.audit_id, r.action) for r in rows] == [
                (1, "stay.checked_in"),
                (2, "card.encoded"),
                (3, "stay.checked_out"),
            ]
            assert check_chain(rows).broken is None
    finally:
        engines.dispose()


def test_a_database_at_0003_gets_the_out_of_order_table(db_url: str) -> None:
    from sqlalchemy import inspect

    engines = build_engines(db_url)
    try:
        cfg = alembic_config()
        with engines.write.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003_request_ids")
        assert "out_of_order" not in inspect(engines.read).get_table_names()
        upgrade(engines)
        columns = {c["name"] for c in inspect(engines.read).get_columns("out_of_order")}
        assert columns == {"space_id", "reason", "since", "until"}
    finally:
        engines.dispose()
