"""The PIN slip: a PDF holding the guest's PINs as text, their valid times, and a QR code image."""

from __future__ import annotations

from pathlib import Path

import pytest
import segno
from pypdf import PdfReader
from PySide6.QtGui import QImage

from frontdesk.ui.dialogs.pin_slip import PinSlipDialog
from tests.ui.cards_helpers import pin_stay, wait_for
from tests.ui.helpers import WAIT, open_window


@pytest.fixture
def marta(desk_app) -> str:  # type: ignore[no-untyped-def]
    return pin_stay(desk_app)


def test_pin_slip_saved_as_pdf_holds_the_pins_times_and_a_qr_code(  # type: ignore[no-untyped-def]
    qtbot, desk_app, marta, qloop, tmp_path: Path
) -> None:
    window = open_window(qtbot, desk_app)
    window.go("lockout")
    wait_for(qtbot, window.lockout.show_stay(marta).task)
    pin = next(c.code for c in window.lockout.view.codes if not c.is_backup)
    window.lockout.slip_button.click()
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, PinSlipDialog), timeout=WAIT)
    dialog = window.flows.dialog

    saved = dialog.save_to(tmp_path / "slip.pdf")
    assert saved is not None and saved.stat().st_size > 1000
    assert "Saved to" in dialog.status.text()
    page = PdfReader(str(saved)).pages[0]
    text = " ".join(page.extract_text().split())  # pypdf reports word gaps as tabs
    assert "Marta Silva" in text
    assert "Front door keypad" in text and "Back door keypad" in text
    assert text.count(pin) == 2  # one PIN on both keypads, printed as text (not only in the picture)
    assert "Valid Tue 17 Nov 15:00 – Thu 19 Nov 16:00" in text  # the stay's times, in the hotel's zone
    assert qr_modules(page) == qr_matrix(window.lockout.view.message)  # the QR holds the message


def qr_matrix(text: str) -> list[list[bool]]:
    return [[bool(m) for m in row] for row in segno.make(text, error="m").matrix]


def qr_modules(page) -> list[list[bool]]:  # type: ignore[no-untyped-def]
    """The dark modules of the one picture on the page, decoded from the PDF's own image data."""
    xobjects = page["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1, "the slip should carry exactly one picture: the QR code"
    raw = images[0]
    image = QImage()
    if raw.get("/Filter") == "/DCTDecode":  # Qt stores pictures as JPEG: Qt reads them back
        assert image.loadFromData(raw._data, "JPEG")
    else:
        width = int(raw["/Width"])
        image = QImage(raw.get_data(), width, int(raw["/Height"]), width * 3, QImage.Format.Format_RGB888)
    side = image.width() // 8 - 4  # drawn at 8 pixels a module with a 2-module quiet zone
    assert image.width() == image.height() == (side + 4) * 8

    def dark(x: int, y: int) -> bool:
        return image.pixelColor(x, y).lightness() < 128

    return [[dark((c + 2) * 8 + 4, (r + 2) * 8 + 4) for c in range(side)] for r in range(side)]


def test_a_slip_that_cannot_be_written_says_so_in_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, desk_app, marta, qloop, tmp_path: Path
) -> None:
    window = open_window(qtbot, desk_app)
    wait_for(qtbot, window.lockout.show_stay(marta).task)
    dialog = window.flows.pin_slip(window.lockout.view)
    assert dialog.save_to(tmp_path / "no-such-folder" / "slip.pdf") is None
    assert dialog.error.isVisible() and dialog.error.title.text() == "The slip cannot be written."
