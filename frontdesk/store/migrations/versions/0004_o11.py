"""audit chain (operator, outcome, hashes, append-only on PostgreSQL), encrypted PINs, desk changes

Revision ID: 0004_o11
Revises: 0003_request_ids
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types
from frontdesk.domain.audit import LEGACY_ACTION_NAMES
from frontdesk.store.audit_log import GENESIS, row_hash

revision = "0004_o11"
down_revision = "0003_request_ids"
branch_labels = None
depends_on = None

_audit = sa.table(
    "audit_log",
    sa.column("audit_id", sa.Integer),
    sa.column("at", frontdesk.store.types.UTCDateTime()),
    sa.column("workstation", sa.String),
    sa.column("operator", sa.String),
    sa.column("action", sa.String),
    sa.column("outcome", sa.String),
    sa.column("subject", sa.String),
    sa.column("details", sa.JSON),
    sa.column("summary", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("row_hash", sa.String),
)

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION frontdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION frontdesk_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION frontdesk_audit_append_only();
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("operator", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=False, server_default="done"))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_audit_log_operator"), ["operator"], unique=False)
    _chain_existing_rows()
    # An encrypted PIN (store/pin_cipher.py) is longer than the 32 characters a plain one needed.
    with op.batch_alter_table("access_codes", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=32), type_=sa.String(length=128))
    op.create_table(
        "desk_changes",
        sa.Column("change_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("change_id"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY)


def _chain_existing_rows() -> None:
    """Rows from before the chain get stable action names, contiguous ids and their hashes."""
    conn = op.get_bind()
    rows = conn.execute(sa.select(_audit).order_by(_audit.c.audit_id)).mappings().all()
    if not rows:
        return
    conn.execute(_audit.delete())
    prev = GENESIS
    for number, old in enumerate(rows, start=1):
        new = dict(old)
        new["audit_id"] = number
        new["action"] = LEGACY_ACTION_NAMES.get(old["action"], old["action"])
        new["outcome"] = "done"
        new["operator"] = None
        new["prev_hash"] = prev
        new["row_hash"] = row_hash(
            audit_id=number,
            at=old["at"],
            workstation=old["workstation"],
            operator=None,
            action=new["action"],
            outcome="done",
            subject=old["subject"],
            sentence=old["summary"],
            details=old["details"],
            prev_hash=prev,
        )
        conn.execute(_audit.insert().values(**new))
        prev = new["row_hash"]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS frontdesk_audit_append_only()")
    op.drop_table("desk_changes")
    with op.batch_alter_table("access_codes", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=128), type_=sa.String(length=32))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_operator"))
        batch_op.drop_column("row_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("outcome")
        batch_op.drop_column("operator")
