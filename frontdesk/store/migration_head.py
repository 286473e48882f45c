"""The newest migration, read from the version files' text (no SQLAlchemy, no Alembic).

Both the migration check at start (store/migrate.py) and the quick first read of Today
(store/quick_read.py) compare the database's alembic_version row with it.
"""

from __future__ import annotations

import re
from pathlib import Path

_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
# Beside this module, as Alembic finds them (store/migrate.py): no importlib.resources on the
# window's start path, whose import alone cost more than reading the files.
VERSIONS = Path(__file__).parent / "migrations" / "versions"


def script_head() -> str | None:
    """The newest revision, read from the version files' `revision`/`down_revision` lines; None when
    that reading is not certain (a merge, several heads), and then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        body = script.read_text(encoding="utf-8")
        found = _REVISION.search(body)
        if found is None:
            return None
        revisions.add(found.group(1))
        parents.update(_DOWN.findall(body))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
