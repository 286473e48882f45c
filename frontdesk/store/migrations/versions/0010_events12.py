"""access codes remember when the provider's events said they reached the lock and were last used

Revision ID: 0010_events12
Revises: 0009_codes12
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types

revision = "0010_events12"
down_revision = "0009_codes12"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: a plain ADD COLUMN on SQLite and PostgreSQL alike (no batch table rebuild).
    for name in ("set_on_device_at", "last_used_at"):
        op.add_column(
            "access_codes", sa.Column(name, frontdesk.store.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("access_codes") as batch:
        batch.drop_column("last_used_at")
        batch.drop_column("set_on_device_at")
