"""sync alerts remember how their title and message were made (the desk's language)

Revision ID: 0012_words14b
Revises: 0011_stay10
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_words14b"
down_revision = "0011_stay10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: a plain ADD COLUMN; alerts raised before it show their stored English.
    op.add_column("sync_alerts", sa.Column("words", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_alerts") as batch:
        batch.drop_column("words")
