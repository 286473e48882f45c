"""Replacing a factory-reset lock: choose the new device, read what will happen, then replace.

Nothing is silent: before the button does anything the dialog shows the desk's preview (who keeps
the PIN, who will need a new one, what is not moved, which doors will use the new lock)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from frontdesk.domain.errors import FrontDeskError, InvalidInput
from frontdesk.domain.words import say_plural
from frontdesk.services.codes.views import DeviceView, LockReplacement
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog
from frontdesk.ui.operations import Operation
from frontdesk.ui.service_words import shown


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def _reason(reason: str) -> str:
    # The domain's reasons, in the desk's language; one it adds later shows as it is.
    known = {
        "already ended": tr("already ended"),
        "offline code: issue the guest a new code for the new lock": tr(
            "an offline code: issue the guest a new code for the new lock"
        ),
        "unused backup code: the new lock's pool refills by itself": tr(
            "an unused backup code: the new lock's pool refills by itself"
        ),
    }
    return known.get(reason, reason)


def replacement_words(result: LockReplacement, door: str) -> list[str]:
    """What a replacement does (the preview) or did, one sentence a line, for the receptionist."""
    lines = []
    for moved in result.moved:
        if moved.pin_kept:
            lines.append(tr("{guest} keeps the same PIN on {door}.").format(guest=moved.guest, door=door))
        elif moved.pin is None and result.applied:
            text = tr(
                "{guest} gets a new PIN on {door}: the lock assigns it; give it to the guest once it shows."
            )
            lines.append(text.format(guest=moved.guest, door=door))
        elif moved.pin is None:
            text = tr("{guest} will get a new PIN on {door}: the new lock does not take the old one.")
            lines.append(text.format(guest=moved.guest, door=door))
        else:
            text = tr("{guest} gets a new PIN on {door}: {pin}. Tell the guest; the old PIN no longer opens.")
            lines.append(text.format(guest=moved.guest, door=door, pin=moved.pin))
    for left in result.left_behind:
        lines.append(
            tr("{guest}: not moved ({reason}).").format(guest=left.guest, reason=_reason(left.reason))
        )
    ended = say_plural(
        "{n} code of the old lock ends at the desk: the factory reset wiped it from the door.",
        "{n} codes of the old lock end at the desk: the factory reset wiped them from the door.",
        n=result.ended_at_desk,
    )
    lines.append(shown(ended))
    if result.doors:
        doors = say_plural(
            "{doors} now uses the new lock.",
            "{doors} now use the new lock.",
            n=len(result.doors),
            doors=", ".join(result.doors),
        )
        lines.append(shown(doors))
    return lines


class ReplaceLockDialog(WorkflowDialog):
    """Emits `finished_with(LockReplacement)` once the codes are moved."""

    def __init__(
        self, ctx: DeskContext, old_device_id: str, door: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Replace a factory-reset lock"), self.tr("&Replace lock"), parent)
        self.old_device_id = old_device_id
        self.door = door
        self.preview: LockReplacement | None = None
        self.loading: Operation | None = None
        intro = QLabel(
            self.tr(
                "After a factory reset the provider shows {door}'s lock as a new device. Choose it: "
                "the guests' codes move to it, and the old lock's codes end."
            ).format(door=door)
        )
        intro.setWordWrap(True)
        self.new_device = QComboBox()
        self.new_device.setAccessibleName(self.tr("New lock"))
        self.new_device.currentIndexChanged.connect(lambda *_: self.load_preview())
        self.what_happens = QLabel()
        self.what_happens.setObjectName("replacePreview")
        self.what_happens.setWordWrap(True)
        self.what_happens.setAccessibleName(self.tr("What replacing the lock does"))
        form = QFormLayout()
        label = QLabel(self.tr("&New lock"))
        label.setBuddy(self.new_device)
        form.addRow(label, self.new_device)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.body.addWidget(self.what_happens)
        self.ok_button.setEnabled(False)  # only once the preview is shown
        Operation(
            lambda: ctx.app.codes.devices(refresh=False), on_done=self._fill, on_error=self.error.show_error
        ).start()

    def _fill(self, devices: list[DeviceView]) -> None:
        others = [d for d in devices if d.device_id != self.old_device_id]
        self.new_device.blockSignals(True)
        for device in others:
            self.new_device.addItem(
                f"{device.display_name or device.device_id} ({device.device_id})", device.device_id
            )
        self.new_device.blockSignals(False)
        if not others:
            self.what_happens.setText(self.tr("The provider shows no other lock yet: sync, then try again."))
            return
        self.load_preview()

    def chosen(self) -> str | None:
        data = self.new_device.currentData()
        return None if data is None else str(data)

    def load_preview(self) -> None:
        new = self.chosen()
        if new is None:
            return
        self.ok_button.setEnabled(False)
        self.preview = None
        self.loading = Operation(
            lambda: self.ctx.app.codes.replace_device(self.old_device_id, new, apply=False),
            on_done=self._show_preview,
            on_error=self._preview_failed,
        ).start()

    def _show_preview(self, preview: LockReplacement) -> None:
        if preview.new_device_id != self.chosen():
            return  # another lock was chosen meanwhile
        self.preview = preview
        self.error.clear()
        self.what_happens.setText("\n".join(replacement_words(preview, self.door)))
        self.ok_button.setEnabled(True)

    def _preview_failed(self, error: FrontDeskError) -> None:
        self.what_happens.setText("")
        self.error.show_error(error)

    def work(self) -> Callable[[], Awaitable[LockReplacement]]:
        new = self.chosen()
        if new is None or self.preview is None or self.preview.new_device_id != new:
            raise InvalidInput(
                self.tr("Choose the new lock first."), self.tr("Wait for what it does to show.")
            )
        return lambda: self.ctx.app.codes.replace_device(self.old_device_id, new)
