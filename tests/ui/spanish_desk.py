"""The desk started as FRONTDESK_LANG=es starts it (ui/i18n.install_translation): the window's and
the services' Spanish, and Spanish as the default QLocale (day and month names)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator

from frontdesk.ui.dates import forget_names
from frontdesk.ui.i18n import LANG_ENV, install_translation


@contextmanager
def desk_in(qapp: Any, monkeypatch: pytest.MonkeyPatch, language: str) -> Iterator[None]:
    """The desk's language as FRONTDESK_LANG sets it, undone afterwards (translators, QLocale)."""
    before, had = QLocale(), set(qapp.findChildren(QTranslator))
    monkeypatch.setenv(LANG_ENV, language)
    assert install_translation(qapp) == language
    forget_names()
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - had:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
        forget_names()


@pytest.fixture
def desk_in_spanish(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with desk_in(qapp, monkeypatch, "es"):
        yield


@pytest.fixture
def demo_day(desk_app: Any) -> None:
    """The demo's day (arrivals, guests in house, cards to re-encode, a failed PIN). Ask for it
    before `qloop`: it runs the services on its own loop."""
    import asyncio

    from frontdesk.services.property.demo_day import create_day

    asyncio.run(create_day(desk_app))
