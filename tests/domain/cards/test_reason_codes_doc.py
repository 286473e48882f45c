"""docs/card-format.md lists every answer the reference lock can give: a lock built from the doc
alone must know each word the desk's doors, Read card and the command line may print."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.domain.cards.lock import Reason

DOC = Path(__file__).resolve().parents[3] / "docs" / "card-format.md"


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n#", start + len(heading))
    return text[start : end if end != -1 else len(text)]


def documented_reason_codes(text: str) -> dict[str, str]:
    """The codes of the doc's "Reason codes" table, each with its meaning."""
    rows = re.findall(r"^\| `([a-z_]+)` \| [^|]* \| (.+?) \|$", _section(text, "### Reason codes"), re.M)
    return dict(rows)


def test_every_reason_the_lock_model_returns_is_in_the_doc_with_its_meaning() -> None:
    documented = documented_reason_codes(DOC.read_text(encoding="utf-8"))
    missing = sorted(r.value for r in Reason if r.value not in documented)
    assert missing == [], f"docs/card-format.md does not list these reason codes: {missing}"
    unknown = sorted(set(documented) - {r.value for r in Reason})
    assert unknown == [], f"docs/card-format.md lists codes the lock model does not have: {unknown}"
    assert all(meaning.strip() for meaning in documented.values())


def test_the_lock_checks_and_the_byte_layout_name_the_card_type_additions() -> None:
    text = DOC.read_text(encoding="utf-8")
    checks = _section(text, "## What the lock checks")
    for code in ("deadbolted", "room_blocked", "off_shift", "already_used"):
        assert f"`{code}`" in checks, code
    assert "0x03" in checks and "0x04" in checks and "emergency" in checks
    layout = _section(text, "## Byte layout")
    assert "0x03 block room" in layout and "0x04 unblock room" in layout
    assert re.search(r"^\| 126 \| 1 \| shift start", layout, re.M)
    assert re.search(r"^\| 127 \| 1 \| shift end", layout, re.M)
    assert "0xFFFF" in layout and "emergency" in layout


def test_the_parser_notices_a_missing_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    without = re.sub(r"^\| `off_shift` .*\n", "", text, flags=re.M)
    assert "off_shift" in documented_reason_codes(text)
    assert "off_shift" not in documented_reason_codes(without)
