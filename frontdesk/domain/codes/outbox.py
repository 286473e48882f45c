"""What the desk's outbox holds: which change of a code is waiting for the provider, and how it ended.

Both are stored in the outbox table as their values ("create", "pending", ...).
"""

from __future__ import annotations

import enum


class OutboxOperation(enum.StrEnum):
    """The change of one code that an outbox item sends to the provider."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class OutboxState(enum.StrEnum):
    """Where an outbox item stands: waiting (or being sent), sent, or given up on."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
