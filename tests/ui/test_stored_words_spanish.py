"""Texts the services stored with values in them (sync alerts) read in the desk's language after
the trip through the database, while the stored English stays what the command line prints."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.ui import spanish_desk
from tests.ui.cards_helpers import wait_for
from tests.ui.helpers import WAIT, open_window

demo_day = spanish_desk.demo_day  # a fixture
desk_in_spanish = spanish_desk.desk_in_spanish  # a fixture


def _delayed_alert(qtbot: Any, desk_app: Any) -> None:
    provider = wait_for(qtbot, desk_app.sync.provider())
    wait_for(qtbot, desk_app.sync.run_once())
    provider.set_outage(True)
    now = desk_app.clock()
    create = desk_app.codes.create(
        "front-door-keypad", name="Ann Lee", starts_at=now, ends_at=now + timedelta(days=2)
    )
    wait_for(qtbot, create)
    for _ in range(12):  # the desk keeps trying; after 8 attempts it raises an alert
        desk_app.clock.advance(minutes=6)
        wait_for(qtbot, desk_app.sync.run_once())


def test_a_stored_alert_with_values_reads_spanish_on_the_codes_screen(
    qtbot,
    desk_app,
    qloop,
    desk_in_spanish,
) -> None:  # type: ignore[no-untyped-def]
    _delayed_alert(qtbot, desk_app)
    window = open_window(qtbot, desk_app)
    window.go("codes")
    screen = window.codes
    qtbot.waitUntil(lambda: any(a.kind == "create_delayed" for a in screen.alerts), timeout=WAIT)
    row = next(i for i, a in enumerate(screen.alerts) if a.kind == "create_delayed")
    text = screen.alert_list.item(row).text()
    assert text.startswith("Un código PIN nuevo aún no ha llegado a la cerradura (alta).")
    assert "La recepción sigue intentándolo al menos cada" in text
    assert "mientras el código sea válido (hasta las 16:00 del 19 nov 2026)" in text
    assert "The desk keeps trying" not in text and "valid until" not in text
    # What the command line and the logs read stays English, word for word.
    stored = next(a for a in wait_for(qtbot, desk_app.sync.status()).alerts if a.kind == "create_delayed")
    assert str(stored.title) == "A PIN code change has not reached the lock yet (create)."
    assert "The desk keeps trying at least every" in str(stored.message)
    assert "for as long as the code is valid (until 16:00 on 19 Nov 2026)" in str(stored.message)
    # The status bar's tooltip lists the alert in Spanish too.
    assert (
        "Alerta: Un código PIN nuevo aún no ha llegado a la cerradura. "
        "No se puede contactar con el proveedor de cerraduras." in window.sync_status.toolTip()
    )


def test_a_cards_stored_re_encode_reason_reads_spanish(
    qtbot, desk_app, demo_day, qloop, desk_in_spanish
) -> None:  # type: ignore[no-untyped-def]
    """The demo changed Amir Haddad's dates after his cards were made: the reason is stored."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.helpers import key, shortcut, type_text

    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+6")
    screen = window.lockout
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.query, timeout=WAIT)
    type_text(qtbot, "amir")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.view is not None and screen.cards.rowCount() > 0, timeout=WAIT)
    verdicts = [
        screen.cards.item(r, c).text()
        for r in range(screen.cards.rowCount())
        for c in range(screen.cards.columnCount())
    ]
    assert any("vuelva a codificar la tarjeta (fechas cambiadas)" in v for v in verdicts), verdicts
    assert not [v for v in verdicts if "dates changed" in v]
    window.go("activity")
    qtbot.waitUntil(lambda: window.activity.loaded, timeout=WAIT)
    model = window.activity.model
    flagged = [
        str(model.index(r, 1).data())
        for r in range(model.rowCount())
        if model.row_at(r).action == "card.flagged_for_reencoding"
    ]
    assert flagged and all("(fechas cambiadas)" in s for s in flagged), flagged
