"""The desk started as FRONTDESK_LANG=es starts it (ui/i18n.install_translation): the window's and
the services' Spanish, and Spanish as the default QLocale (day and month names)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator

from frontdesk.ui.dates import forget_names
from frontdesk.ui.i18n import LANG_ENV, install_translation


@pytest.fixture
def desk_in_spanish(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    before, had = QLocale(), set(qapp.findChildren(QTranslator))
    monkeypatch.setenv(LANG_ENV, "es")
    assert install_translation(qapp) == "es"
    forget_names()
    yield
    for translator in set(qapp.findChildren(QTranslator)) - had:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
    forget_names()
