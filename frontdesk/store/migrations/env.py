"""Alembic environment: runs on the connection the caller hands over (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from frontdesk.store import code_tables  # noqa: F401  (registers the PIN-code tables)
from frontdesk.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used by hand with `alembic` and a URL
    raise SystemExit("Run migrations through frontdesk (they need an open connection).")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
