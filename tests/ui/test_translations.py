"""The Spanish translation is built from its .ts source and reaches the window's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from frontdesk.ui.i18n import compile_translations
from tests.ui.helpers import open_window


def test_the_window_speaks_spanish_with_the_spanish_translation(qtbot, qloop, desk_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    compiled = {qm.stem: qm for qm in compile_translations(tmp_path)}
    assert "frontdesk_es" in compiled, "pyside6-lrelease did not build the Spanish translation"
    translator = QTranslator()
    assert translator.load(str(compiled["frontdesk_es"]))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, desk_app)
        assert window.nav.item(0).text().startswith("Hoy")
        assert window.check_in_action.text() == "Registrar &entrada…"
        header = window.rooms.view.model().headerData(0, Qt.Orientation.Horizontal)
        assert header == "Habitación"
        assert window.rooms.model.data(window.rooms.model.index(1, 2)) in {"libre", "ocupada"}
    finally:
        QCoreApplication.removeTranslator(translator)
