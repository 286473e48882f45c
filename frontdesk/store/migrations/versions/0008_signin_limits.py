"""failed sign-ins in a row per operator, and until when sign-in waits

Revision ID: 0008_signin_limits
Revises: 0007_types10
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types

revision = "0008_signin_limits"
down_revision = "0007_types10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.add_column(sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("sign_in_locked_until", frontdesk.store.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("operators") as batch:
        batch.drop_column("sign_in_locked_until")
        batch.drop_column("failed_sign_ins")
