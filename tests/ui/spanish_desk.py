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


@pytest.fixture
def demo_day(desk_app: Any) -> None:
    """The demo's day (arrivals, guests in house, cards to re-encode, a failed PIN). Ask for it
    before `qloop`: it runs the services on its own loop."""
    import asyncio

    from frontdesk.services.property.demo_day import create_day

    asyncio.run(create_day(desk_app))
