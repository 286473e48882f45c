"""staff card shifts

Revision ID: 0007_types10
Revises: 0006_out_of_order
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_types10"
down_revision = "0006_out_of_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "days:start:end" of a staff card's shift (days a 7-bit mask, times in quarter hours), so a
    # duplicate carries the same shift; NULL for every other card.
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("shift", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_column("shift")
