"""Add a door or change one: its name, space, lock system, what its lock takes, device id and time zone.

Adding picks an existing space or makes a new one; the desk numbers the door itself. Editing never
shows the lock number as changeable: cards already carry it.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.model import CredentialKind
from frontdesk.services.property.views import DoorView, PropertySetup
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.base import WorkflowDialog

NEW_SPACE = "__new__"
SPACE_KINDS = ("guest_room", "suite", "common", "unit")


def time_zone_combo(accessible_name: str, *, allow_empty: str | None = None) -> QComboBox:
    """An editable list of IANA time zones; typing any part of a name offers the matches."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(accessible_name)
    if allow_empty is not None:
        combo.addItem(allow_empty, "")
    for zone in sorted(zoneinfo.available_timezones()):
        combo.addItem(zone, zone)
    completer = combo.completer()
    if completer is not None:  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def chosen_zone(combo: QComboBox) -> str:
    """The zone typed or picked; the 'property's time zone' entry gives ''."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index) or "")
    return text


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class DoorDialog(WorkflowDialog):
    """`setup` is PropertySetupService.show(); `door` one of its entrances (None: a new door).

    Emits `finished_with(door)` with the door as stored."""

    def __init__(
        self,
        ctx: DeskContext,
        setup: PropertySetup,
        door: DoorView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        adding = door is None
        super().__init__(
            ctx,
            self.tr("Add door") if adding else self.tr("Edit door"),
            self.tr("&Add the door") if adding else self.tr("&Save the door"),
            parent,
        )
        self.door = door
        form = QFormLayout()
        self.entrance_id = QLineEdit(door.entrance_id if door else "")
        self.entrance_id.setAccessibleName(self.tr("Entrance id"))
        self.entrance_id.setPlaceholderText(self.tr("e.g. room-501: lowercase letters, digits, dashes"))
        self.entrance_id.setReadOnly(not adding)
        _row(form, self.tr("Entrance &id"), self.entrance_id)
        self.name = QLineEdit(door.name if door else "")
        self.name.setAccessibleName(self.tr("Door name"))
        _row(form, self.tr("Door &name"), self.name)

        self.space = QComboBox()
        self.space.setAccessibleName(self.tr("Space"))
        for s in setup.spaces:
            self.space.addItem(f"{s.name} ({s.space_id})", s.space_id)
        self.space.addItem(self.tr("New space…"), NEW_SPACE)
        self.space_id = QLineEdit()
        self.space_id.setAccessibleName(self.tr("New space id"))
        self.space_name = QLineEdit()
        self.space_name.setAccessibleName(self.tr("New space name"))
        self.space_kind = QComboBox()
        self.space_kind.setAccessibleName(self.tr("New space kind"))
        kind_names = {
            "guest_room": self.tr("guest room"),
            "suite": self.tr("suite"),
            "common": self.tr("common area"),
            "unit": self.tr("unit (cottage, apartment)"),
        }
        for kind in SPACE_KINDS:
            self.space_kind.addItem(kind_names[kind], kind)
        self.lock_system = QComboBox()
        self.lock_system.setAccessibleName(self.tr("Lock system"))
        for ls in setup.lock_systems:
            self.lock_system.addItem(ls.name, ls.lock_system_id)
        if door:
            self.space.setCurrentIndex(max(0, self.space.findData(door.space_id)))
            self.lock_system.setCurrentIndex(max(0, self.lock_system.findData(door.lock_system_id)))
        else:
            self.space.setCurrentIndex(self.space.count() - 1)
        self.space.setEnabled(adding)
        self.lock_system.setEnabled(adding)
        _row(form, self.tr("&Space"), self.space)
        self.new_space_rows = [self.space_id, self.space_name, self.space_kind]
        _row(form, self.tr("New space i&d"), self.space_id)
        _row(form, self.tr("New space na&me"), self.space_name)
        _row(form, self.tr("New space &kind"), self.space_kind)
        _row(form, self.tr("&Lock system"), self.lock_system)
        if door:
            form.addRow(self.tr("Lock number"), QLabel(str(door.lock_number)))

        self.reservations = QCheckBox(self.tr("Takes part in &reservations (a guest room's door)"))
        self.reservations.setAccessibleName(self.tr("Takes part in reservations"))
        self.reservations.setChecked(door.can_belong_to_reservation if door else True)
        form.addRow("", self.reservations)
        kinds = set(door.credential_kinds) if door else {CredentialKind.CARD}
        takes = QHBoxLayout()
        self.kinds: dict[CredentialKind, QCheckBox] = {}
        for value, text in (
            (CredentialKind.CARD, self.tr("&Card")),
            (CredentialKind.ONLINE_PIN, self.tr("&Online PIN")),
            (CredentialKind.OFFLINE_PIN, self.tr("O&ffline PIN")),
        ):
            box = QCheckBox(text)
            box.setAccessibleName(self.tr("Takes {kind}").format(kind=text.replace("&", "")))
            box.setChecked(value in kinds)
            self.kinds[value] = box
            takes.addWidget(box)
        takes.addStretch(1)
        form.addRow(self.tr("The lock takes"), takes)
        self.device_id = QLineEdit(door.device_id or "" if door else "")
        self.device_id.setAccessibleName(self.tr("Device id at the lock provider"))
        self.device_id.setPlaceholderText(self.tr("needed for PIN doors"))
        _row(form, self.tr("De&vice id"), self.device_id)
        self.time_zone = time_zone_combo(self.tr("Door time zone"), allow_empty=self.tr("The property's"))
        zone = door.time_zone or "" if door else ""
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(zone)))
        _row(form, self.tr("&Time zone"), self.time_zone)
        self.body.addLayout(form)
        self.space.currentIndexChanged.connect(self._space_changed)
        self._space_changed()
        (self.entrance_id if adding else self.name).setFocus()
        self.resize(560, 420)

    def _space_changed(self) -> None:
        new = self.door is None and self.space.currentData() == NEW_SPACE
        for field in self.new_space_rows:
            field.setEnabled(new)

    def _kinds(self) -> list[str]:
        return [k.value for k, box in self.kinds.items() if box.isChecked()]

    def work(self) -> Callable[[], Awaitable[DoorView]]:
        service = self.ctx.app.property_setup
        kinds = self._kinds()
        if not kinds:
            raise InvalidInput(
                self.tr("A door must take at least one credential."), self.tr("Tick what its lock takes.")
            )
        zone = chosen_zone(self.time_zone)
        if self.door is not None:
            entrance_id = self.door.entrance_id
            return lambda: service.update_entrance(
                entrance_id,
                name=self.name.text(),
                can_belong_to_reservation=self.reservations.isChecked(),
                credential_kinds=kinds,
                device_id=self.device_id.text(),
                time_zone=zone,
            )
        space = str(self.space.currentData())
        new_space = space == NEW_SPACE
        args = (
            self.entrance_id.text().strip(),
            self.name.text(),
            self.space_id.text().strip() if new_space else space,
            self.space_name.text().strip() or None if new_space else None,
            str(self.space_kind.currentData()) if new_space else None,
            str(self.lock_system.currentData() or ""),
            self.reservations.isChecked(),
            kinds,
        )
        device, tz = self.device_id.text().strip() or None, zone or None
        return lambda: service.add_entrance(*args, device_id=device, time_zone=tz)
