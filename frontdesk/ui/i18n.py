"""Translations: Qt Linguist sources (.ts) live in resources/translations; the compiled .qm files
are built at start from them (with pyside6-lrelease) into a cache folder, never committed.

The language is the system's unless FRONTDESK_LANG says otherwise (e.g. FRONTDESK_LANG=es).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"
LANG_ENV = "FRONTDESK_LANG"


def lrelease() -> str | None:
    """The lrelease tool next to this Python, or on PATH."""
    import shutil  # here, with subprocess below: an English desk starts without either

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(target: Path) -> list[Path]:
    """Compile every .ts to .qm in `target` when the .qm is missing or older; returns the .qm files."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    out = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        qm = target / (source.stem + ".qm")
        prebuilt = source.with_suffix(".qm")  # the desktop bundle ships them built (no lrelease there)
        if tool is None and prebuilt.exists():
            out.append(prebuilt)
            continue
        if tool and (not qm.exists() or qm.stat().st_mtime < source.stat().st_mtime):
            result = subprocess.run(
                [tool, "-silent", str(source), "-qm", str(qm)], capture_output=True, check=False
            )
            if result.returncode != 0:
                log.warning("lrelease failed for %s: %s", source.name, result.stderr.decode(errors="replace"))
        if qm.exists():
            out.append(qm)
    return out


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("frontdesk", "FrontDesk")) / "translations"


def _has_translation(language: str) -> bool:
    return (TRANSLATIONS / f"frontdesk_{language}.ts").exists() or (
        TRANSLATIONS / f"frontdesk_{language}.qm"
    ).exists()


def install_translation(app: QCoreApplication, language: str | None = None) -> str:
    """Load the desk's translation (and Qt's own) for the language; returns the language used."""
    language = language or os.environ.get(LANG_ENV) or QLocale.system().name().split("_")[0]
    if language == "en":
        return "en"
    if not _has_translation(language):  # the C and POSIX locales too: nothing to compile or load
        log.info("no translation for %s; staying in English", language)
        return "en"
    found = {qm.stem.removeprefix("frontdesk_"): qm for qm in compile_translations(cache_dir())}
    qm = found.get(language)
    if qm is None:
        log.info("no translation for %s; staying in English", language)
        return "en"
    # The window's own texts, what the services say (installer/service_translations.py keeps that
    # file; ui/service_words.py looks its texts up) and Qt's own buttons.
    services = found.get(f"services_{language}")
    for path, directory in (
        (qm.name, str(qm.parent)),
        *([(services.name, str(services.parent))] if services else []),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(path, directory):
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return language


# The desk's text size, as the application's font rather than a style rule for every widget: Qt
# matches a catch-all `QWidget { ... }` rule against each widget it polishes, a quarter of the
# style sheet's cost at start (docs/benchmarks.md "Cold start"). The named rules still set theirs.
FONT_POINT_SIZE = 10


def load_style_sheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply_font(qt_app: QApplication) -> QFont:
    """The desk's font size on the application; returns the font it had before."""
    before = qt_app.font()
    font = QFont(before)
    font.setPointSize(FONT_POINT_SIZE)
    qt_app.setFont(font)
    return before


def apply_style_sheet(qt_app: QApplication) -> None:
    """The desk's style sheet on the application (once: setting it again restyles every widget).

    The main window sets it when its widgets are made (ui/main_window.py): made under a style
    sheet, every widget moved into its parent was styled again at each level it moved up (the
    desk goes into the sign-in lock, the lock into the window), 10 ms of the window's start."""
    sheet = load_style_sheet()
    if qt_app.styleSheet() != sheet:
        qt_app.setStyleSheet(sheet)


def apply_look(qt_app: QApplication) -> QFont:
    """The desk's font size and style sheet on the application; returns the font it had before."""
    before = apply_font(qt_app)
    apply_style_sheet(qt_app)
    return before
