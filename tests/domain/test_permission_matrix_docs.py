"""The permission matrix is one table: the domain's LEAST_ROLE and docs/security.md say the same."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.domain.operators import LEAST_ROLE, Permission, Role

DOCS = Path(__file__).resolve().parents[2] / "docs" / "security.md"


def test_the_docs_table_is_the_domains_matrix() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \| (receptionist|manager|admin) \|", DOCS.read_text(), re.MULTILINE)
    assert {Permission(p): Role(r) for p, r in rows} == LEAST_ROLE
    assert len(rows) == len(Permission)
