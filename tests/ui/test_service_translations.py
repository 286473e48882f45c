"""What the services say reaches the receptionist in Spanish, plural forms and all.

The texts are taken from the code itself (installer/service_translations.py, as
installer/update-translations.sh does), so a new `say("...")` without its Spanish, or an error whose
title or hint is a bare string no translation can reach, fails here, naming it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from frontdesk.domain.errors import ReservationKeyNotSupported
from frontdesk.domain.second_look import NeedsSecondLook, time_zone_risk
from frontdesk.ui.i18n import compile_translations
from frontdesk.ui.service_words import shown
from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.helpers import WAIT, open_window, shortcut

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "frontdesk_services_es.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "service_translations", ROOT / "installer" / "service_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_service_text_has_a_finished_spanish_translation() -> None:
    texts = _extractor()
    spanish = texts.read_ts(SPANISH)
    missing = [t for t in texts.find_texts(ROOT).texts if not spanish.get(t.key, ([], False))[1]]
    assert missing == [], f"{len(missing)} without a finished Spanish translation: " + "; ".join(
        repr(t.source) for t in missing[:20]
    )


def test_no_error_shows_a_bare_string_that_no_translation_reaches() -> None:
    assert _extractor().find_texts(ROOT).problems == []


def test_spanish_service_texts_keep_their_placeholders_and_both_plural_forms() -> None:
    texts = _extractor()
    wrong = []
    for (source, plural), (forms, _) in texts.read_ts(SPANISH).items():
        if plural is not None and len(forms) != 2:
            wrong.append(f"{source!r}: {len(forms)} plural forms")
        # A singular may leave {n} out ("The card is encoded."); every other value is kept.
        expected = set(PLACEHOLDER.findall(source + (plural or ""))) - {"{n}"}
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - {"{n}"} != expected:
                wrong.append(f"{source!r} -> {form!r}")
    assert wrong == [], "; ".join(wrong)


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[None]:
    compiled = {qm.stem: qm for qm in compile_translations(tmp_path)}
    translators = []
    for name in ("frontdesk_es", "frontdesk_services_es"):
        translator = QTranslator()
        assert translator.load(str(compiled[name])), name
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_a_refused_check_in_reads_spanish_in_its_dialog(qtbot, qloop, desk_app, spanish) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    dialog = window.open_check_in()
    qtbot.keyClicks(dialog.guests, "Day Visitor")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the lobby only: no reservations there
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.title.text() == "reservation_key no admitida."
    assert dialog.error.hint.text().startswith("Quite la clave de reserva")
    # The command line and the logs keep the English title the README names.
    assert ReservationKeyNotSupported().to_dict()["title"] == "reservation_key not supported."
    dialog.reject()


def test_a_plural_and_the_values_inside_a_sentence_read_spanish(qapp, spanish) -> None:  # type: ignore[no-untyped-def]
    one, three = time_zone_risk(1), time_zone_risk(3)
    assert one is not None and three is not None
    assert (str(one[0]), str(three[0])) == ("1 stay is in house", "3 stays are in house")
    assert (shown(one[0]), shown(three[0])) == (
        "1 estancia está en el hotel",
        "3 estancias están en el hotel",
    )
    refusal = NeedsSecondLook(*three)
    assert shown(refusal.title) == "Este cambio necesita una segunda revisión: 3 estancias están en el hotel."
    assert str(refusal.title) == "This change needs a second look: 3 stays are in house."


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)  # before the qloop fixture: pin_stay runs its own asyncio loop


def test_codes_states_problems_and_the_pool_read_spanish(qtbot, desk_app, marta, qloop, spanish) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+5")
    screen = window.codes
    qtbot.waitUntil(lambda: screen.codes != [], timeout=WAIT)
    guest = next(c for c in screen.codes if not c.is_backup)
    provider = wait_for(qtbot, desk_app.sync.provider())
    provider.add_code_error(guest.access_code_id, "failed_to_set_on_device")
    desk_app.clock.advance(minutes=1)
    wait_for(qtbot, desk_app.sync.run_once())
    operation = screen.load()
    qtbot.waitUntil(lambda: operation.done, timeout=WAIT)
    rows = range(screen.table.rowCount())
    states = [screen.table.item(r, 3).text() for r in rows]
    problems = " ".join(screen.table.item(r, 5).text() for r in rows)
    # The state the services worded ("Not on the lock: the code could not be put on the lock.").
    assert "No está en la cerradura: no se pudo poner el código en la cerradura." in states
    assert "Error: No se pudo poner el código en la cerradura." in problems
    assert [screen.table.item(r, 4).text() for r in rows].count("sincronizado") >= 5
    assert screen.pool.text().startswith("Reserva de códigos: 5 de 5 listos en la cerradura")
    assert screen.heading.text() == "Front door keypad: 1 código de huésped"


def test_activity_sentences_read_spanish_while_the_stored_ones_stay_english(
    qtbot, stays, qloop, desk_app, spanish
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, desk_app)
    window.go("activity")
    screen = window.activity
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT)
    rows = range(screen.model.rowCount())
    sentences = [screen.model.index(r, 1).data() for r in rows]
    assert "Lucas Martin hizo el check-in en Room 203 (gui-test)" in sentences
    stored = [screen.model.rows[r].sentence for r in rows]
    assert "Lucas Martin checked in to Room 203 (gui-test)" in stored


def test_a_stored_alert_title_reads_spanish_and_a_name_stays_as_it_is(qapp, spanish) -> None:  # type: ignore[no-untyped-def]
    """A sync alert's title comes back from the database as a plain string: looked up whole."""
    assert shown("A PIN code should be on its lock by now and is not.") == (
        "Un código PIN ya debería estar en su cerradura y no lo está."
    )
    assert shown("Marta Silva") == "Marta Silva"
