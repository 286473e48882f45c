"""sync alerts can be dismissed

Revision ID: 0009_codes12
Revises: 0008_signin_limits
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types

revision = "0009_codes12"
down_revision = "0008_signin_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: a plain ADD COLUMN on SQLite and PostgreSQL alike (no batch table rebuild).
    dismissed_at: sa.Column[object] = sa.Column(
        "dismissed_at", frontdesk.store.types.UTCDateTime(timezone=True), nullable=True
    )
    op.add_column("sync_alerts", dismissed_at)
    op.add_column("sync_alerts", sa.Column("dismissed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_alerts") as batch:
        batch.drop_column("dismissed_by")
        batch.drop_column("dismissed_at")
