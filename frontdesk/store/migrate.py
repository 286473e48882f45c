"""Bring a database to the newest schema with Alembic, from empty or from any older version."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from frontdesk.store.engine import Engines


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("frontdesk.store") / "migrations"))
    return cfg


def upgrade(engines: Engines) -> None:
    """Migrate to head inside one write transaction, so two desks starting at once take turns."""
    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engines.read.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engines.write.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
