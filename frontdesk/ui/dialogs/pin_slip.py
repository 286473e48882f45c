"""The PIN slip: the guest's door PINs with their valid times and a QR code, printed or saved as PDF.

The QR code holds the same text as the message to the guest (doors, PINs, until when), so a guest
can scan it into their phone. One drawing routine serves the preview, the printer and the PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError, Unavailable
from frontdesk.domain.words import say
from frontdesk.services.codes.views import LockoutView
from frontdesk.ui.context import DeskContext
from frontdesk.ui.error_banner import ErrorBanner
from frontdesk.ui.rack_words import tr
from frontdesk.ui.service_words import shown
from frontdesk.ui.table_models import when

if TYPE_CHECKING:  # printing support is loaded only when someone prints
    from PySide6.QtPrintSupport import QPrinter


@dataclass(frozen=True)
class SlipLine:
    door: str
    pin: str
    valid: str


@dataclass(frozen=True)
class Slip:
    """What the slip says: the property, the guest, one line per door, and the QR text."""

    property_name: str
    guest: str
    lines: tuple[SlipLine, ...]
    qr_text: str


def slip_from_view(ctx: DeskContext, view: LockoutView) -> Slip:
    """The slip of a lockout view: the codes the guest holds (a pulled backup instead of the code it
    replaced) that work now or will by themselves; each line says from when it is valid."""
    doors = {e.device_id: e.name for e in ctx.entrances if e.device_id}
    lines = []
    for code in view.codes:
        if code.status == "removing" or code.pulled_backup_access_code_id or code.in_backup_pool:
            continue
        check = view.check_of(code)
        if check is not None and not (check.works_now or check.works_later):
            continue  # failed on the lock, removed or ended: a PIN that will not open is never printed
        start, end = code.starts_at, code.ends_at
        zone = ctx.time_zone
        if start and end:
            valid = f"{when(start, zone)} – {when(end, zone)}"
        elif end:
            valid = tr("until {when}").format(when=when(end, zone))
        else:
            valid = tr("no end date")
        lines.append(SlipLine(doors.get(code.device_id, code.device_id), code.code or tr("(coming)"), valid))
    guest = ", ".join(view.guests) or tr("Guest")
    return Slip(ctx.property_name or "FrontDesk", guest, tuple(lines), shown(view.message))


def qr_image(text: str) -> QImage:
    """The QR code of `text` as an image (segno makes the PNG; Qt reads it)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=2)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def draw_slip(painter: QPainter, area: QRectF, slip: Slip) -> None:
    """The slip laid out in `area` (device units): heading, guest, a line per door, the QR code."""
    unit = area.height() / 100  # lay out in hundredths of the page height, so any device fits
    y = area.top()

    def text(value: str, size: float, bold: bool = False, height: float = 6.0) -> None:
        nonlocal y
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, int(size * unit)))
        font.setBold(bold)
        painter.setFont(font)
        painter.drawText(
            QRectF(area.left(), y, area.width(), height * unit), Qt.AlignmentFlag.AlignLeft, value
        )
        y += height * unit

    text(slip.property_name, 3.2, True, 5)
    text(tr("Door codes for {guest}").format(guest=slip.guest), 2.4, False, 6)
    for line in slip.lines:
        text(line.door, 2.2, True, 3.6)
        text(line.pin, 5.0, True, 6.5)
        text(tr("Valid {valid}").format(valid=line.valid), 1.8, False, 4.5)
    y += unit
    size = min(area.width() * 0.5, 30 * unit)
    painter.drawImage(QRectF(area.left(), y, size, size), qr_image(slip.qr_text))
    y += size + unit
    text(tr("Scan the code to keep these PINs on your phone."), 1.6, False, 3)
    text(tr("Type the PIN on the keypad. If a door does not open, call the front desk."), 1.6, False, 3)


def paint(device: QPdfWriter | QPrinter, slip: Slip) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise Unavailable(
            say("The slip cannot be written."), say("Check the file name and that the folder is writable.")
        )
    try:
        # The painter's origin is the top left of the printable area, inside the margins.
        printable = device.pageLayout().paintRectPixels(device.resolution())
        draw_slip(painter, QRectF(0, 0, printable.width(), printable.height()), slip)
    finally:
        painter.end()


def save_pdf(slip: Slip, path: Path) -> Path:
    """Write the slip as a one-page A6 PDF (a pocket-sized card) with its text kept as text."""
    writer = QPdfWriter(str(path))
    writer.setTitle(tr("Door codes for {guest}").format(guest=slip.guest))
    writer.setCreator("FrontDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait, QMarginsF(8, 8, 8, 8)
        )
    )
    paint(writer, slip)
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise Unavailable(
            say("The slip cannot be written."), say("Check the file name and that the folder is writable.")
        )
    return path


def preview(slip: Slip, width: int = 360) -> QImage:
    """The slip as an image for the dialog (A6 proportions)."""
    image = QImage(width, int(width * 148 / 105), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    margin = width * 0.06
    draw_slip(painter, QRectF(margin, margin, width - 2 * margin, image.height() - 2 * margin), slip)
    painter.end()
    return image


class PinSlipDialog(QDialog):
    """A preview of the slip with Print and Save as PDF."""

    def __init__(self, ctx: DeskContext, view: LockoutView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slip = slip_from_view(ctx, view)
        self.saved: Path | None = None
        title = self.tr("PIN slip for {guest}").format(guest=self.slip.guest)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.picture = QLabel()
        self.picture.setPixmap(QPixmap.fromImage(preview(self.slip)))
        self.picture.setAccessibleName(self.tr("Slip preview"))
        self.picture.setAccessibleDescription(
            "; ".join(f"{line.door}: {line.pin}, valid {line.valid}" for line in self.slip.lines)
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = ErrorBanner()
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button = buttons.addButton(self.tr("Save as P&DF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.ask_and_save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def save_to(self, path: Path) -> Path | None:
        self.error.clear()
        try:
            self.saved = save_pdf(self.slip, path)
        except FrontDeskError as error:
            self.error.show_error(error)
            return None
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        return self.saved

    def ask_and_save(self) -> None:
        name = f"pin-slip-{self.slip.guest.replace(' ', '-').lower()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PIN slip"), name, "PDF (*.pdf)")
        if chosen:
            self.save_to(Path(chosen))

    def print_slip(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded only when someone prints

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint(printer, self.slip)
        except FrontDeskError as error:
            self.error.show_error(error)
            return
        self.status.setText(self.tr("Sent to the printer."))
