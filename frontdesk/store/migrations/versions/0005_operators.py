"""operators and their sessions

Revision ID: 0005_operators
Revises: 0004_o11
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import frontdesk.store.types

revision = "0005_operators"
down_revision = "0004_o11"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("name_key", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=200), nullable=False),
        sa.Column("secret_kind", sa.String(length=16), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", frontdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "operator_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("operator_name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", frontdesk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", frontdesk.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["operator_name"], ["operators.name"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )


def downgrade() -> None:
    op.drop_table("operator_sessions")
    op.drop_table("operators")
