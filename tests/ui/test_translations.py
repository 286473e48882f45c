"""The Spanish translation is built from its .ts source and reaches the window's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from frontdesk.ui.i18n import compile_translations
from tests.ui.helpers import WAIT, open_window, refreshed


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


def test_the_tiles_and_the_override_question_speak_spanish(qtbot, stays, qloop, desk_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The tile words (rack_words.tr) and the override question (occupied.tr) are looked up under the
    context lupdate files them in, so the Spanish made for them is what the receptionist reads."""
    compiled = {qm.stem: qm for qm in compile_translations(tmp_path)}
    translator = QTranslator()
    assert translator.load(str(compiled["frontdesk_es"]))
    QCoreApplication.installTranslator(translator)
    try:
        window = open_window(qtbot, desk_app)
        refreshed(qtbot, window)
        tiles = window.rooms.tiles
        position = next(i for i, row in enumerate(tiles.shown_rows()) if row.name == "Room 102")
        assert "En el hotel" in tiles.text_of(position).state_line  # Marta is in house
        dialog = window.open_check_in()
        qtbot.keyClicks(dialog.guests, "Bob Brown")
        dialog.rooms.set_checked(["Room 102"])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT)
        box = dialog.question
        assert box.windowTitle() == "Habitación ocupada"
        assert box.text().startswith("Room 102 está ocupada por Marta Silva hasta ")
        assert box.text().endswith("¿Sustituir esa estancia?")
        assert box.button(QMessageBox.StandardButton.Yes).text() == "&Sustituir"
        box.reject()
    finally:
        QCoreApplication.removeTranslator(translator)
