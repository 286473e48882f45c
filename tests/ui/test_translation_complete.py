"""Every text of the GUI has a finished Spanish translation that keeps its placeholders.

The texts are taken from the code itself with pyside6-lupdate (as installer/update-translations.sh
does), so a new `self.tr("...")` without its translation fails here, naming it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "frontdesk_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = None if translation is None else translation.get("type")
            out[(name, message.findtext("source") or "")] = (text, kind)
    return out


def _texts_in_code(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "frontdesk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    return set(_messages(fresh))


def test_every_gui_text_has_a_finished_spanish_translation(tmp_path: Path) -> None:
    spanish = _messages(SPANISH)
    missing = sorted(
        key for key in _texts_in_code(tmp_path) if key not in spanish or spanish[key][1] is not None
    )
    assert missing == [], f"{len(missing)} without a finished translation: " + "; ".join(
        f"{ctx}: {src!r}" for ctx, src in missing
    )


def test_spanish_translations_keep_placeholders_and_mnemonics() -> None:
    wrong = []
    for (ctx, source), (text, kind) in _messages(SPANISH).items():
        if kind is not None or not text:
            continue
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            wrong.append(f"{ctx}: {source!r} -> {text!r} (placeholders)")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append(f"{ctx}: {source!r} -> {text!r} (the Alt+letter)")
    assert wrong == [], "; ".join(wrong)
