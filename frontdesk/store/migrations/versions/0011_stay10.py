"""cards remember their lock-state action (emergency open, block room, unblock room)

Revision ID: 0011_stay10
Revises: 0010_events12
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_stay10"
down_revision = "0010_events12"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: a plain ADD COLUMN on SQLite and PostgreSQL alike. Lock-state cards made before it
    # keep NULL: the desk says "lock card" for them, not a guess at what they did.
    op.add_column("cards", sa.Column("lock_action", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_column("lock_action")
