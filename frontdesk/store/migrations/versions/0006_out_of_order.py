"""rooms out of order

Revision ID: 0006_out_of_order
Revises: 0005_operators
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types

revision = "0006_out_of_order"
down_revision = "0005_operators"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "out_of_order",
        sa.Column("space_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("since", frontdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("until", frontdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["space_id"], ["spaces.space_id"]),
        sa.PrimaryKeyConstraint("space_id"),
    )


def downgrade() -> None:
    op.drop_table("out_of_order")
