"""Shared helpers for the PIN-code rule tests: a fixed clock and a code factory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import count
from typing import Any

import pytest

from frontdesk.domain.codes import AccessCode, CodeStatus, SyncState

NOW = datetime(2024, 11, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def make_code() -> Callable[..., AccessCode]:
    """Build a synced code on `lock-1` with sensible defaults; override any field."""
    serial = count(1)

    def build(**fields: Any) -> AccessCode:
        n = next(serial)
        fields.setdefault("local_id", f"local-{n}")
        fields.setdefault("access_code_id", f"ac-{n}")
        fields.setdefault("device_id", "lock-1")
        fields.setdefault("code", f"{4700 + n}")
        fields.setdefault("status", CodeStatus.SET)
        fields.setdefault("sync_state", SyncState.SYNCED)
        fields.setdefault("created_at", NOW)
        return AccessCode(**fields)

    return build
