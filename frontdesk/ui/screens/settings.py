"""Settings: the property, its spaces and doors, this desk's card encoder, the lock provider and
the offline keypads' time slots.

The property's name and time zone and its doors are changed here by the hotel's IT (the same service
as `frontdesk property` and `frontdesk entrances`); a door's lock number is never changed.
The provider's API key goes straight to the OS keyring through the settings service; the field is
emptied once saved and never shows a stored key. The encoder is a device of this workstation, so
its choice is kept in this computer's own settings (QSettings), not in the shared database.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontDeskError
from frontdesk.domain.events import Topic
from frontdesk.domain.model import CredentialKind
from frontdesk.domain.second_look import NeedsSecondLook
from frontdesk.services.codes.views import DeviceView
from frontdesk.services.drivers import ENCODERS, LOCK_PROVIDERS, DriverInfo, list_drivers
from frontdesk.services.property.views import DoorView, PropertySetup, PropertyUpdate, ProviderSettings
from frontdesk.ui.context import DeskContext
from frontdesk.ui.dialogs.door_edit import DoorDialog, time_zone_combo
from frontdesk.ui.dialogs.second_look import ask_to_force, may_force
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen
from frontdesk.ui.views import fixed_table

ENCODER_KEY = "encoder/driver"


def workstation_encoder() -> str | None:
    """The encoder driver saved in this workstation's settings (None: not chosen yet); which one
    the desk uses is `encoder_choice` (services/cards/slot.py)."""
    value = QSettings().value(ENCODER_KEY)
    return str(value) if value else None


class SettingsScreen(Screen):
    """`setup_changed` fires after the property or a door changed here. The window and this screen
    reload from the desk's change signal, like after any other operation."""

    topics = frozenset({Topic.PROPERTY, Topic.DOORS})

    setup_changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup: PropertySetup | None = None
        self.door_dialog: DoorDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._property_page(), self.tr("Property"))
        self.tabs.addTab(self._doors_page(), self.tr("Spaces and doors"))
        self.tabs.addTab(self._encoder_page(), self.tr("Card encoder"))
        self.tabs.addTab(self._provider_page(), self.tr("Lock provider"))
        self.tabs.addTab(self._slots_page(), self.tr("Keypad time slots"))
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        self.operation: Operation | None = None
        self.question: QMessageBox | None = None

    # --- pages ---------------------------------------------------------------------------------

    def _property_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.property_name = QLineEdit()
        self.property_name.setAccessibleName(self.tr("Property name"))
        self.time_zone = time_zone_combo(self.tr("Property time zone"))
        self.workstation = QLabel()
        self.property_save = QPushButton(self.tr("Sa&ve property"))
        self.property_save.setAccessibleName(self.tr("Save property"))
        self.property_save.clicked.connect(lambda: self.save_property())
        self.property_name.returnPressed.connect(self.save_property)
        name_label = QLabel(self.tr("Property &name"))
        name_label.setBuddy(self.property_name)
        zone_label = QLabel(self.tr("Time &zone"))
        zone_label.setBuddy(self.time_zone)
        form.addRow(name_label, self.property_name)
        form.addRow(zone_label, self.time_zone)
        form.addRow(self.tr("Workstation"), self.workstation)
        form.addRow("", self.property_save)
        form.addRow(QLabel(self.tr("Door locks use the property's time zone unless a door has its own.")))
        return page

    def _doors_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.doors_table = fixed_table(
            [
                self.tr("Space"),
                self.tr("Door"),
                self.tr("Reservations"),
                self.tr("Takes"),
                self.tr("Device at provider"),
                self.tr("Lock number"),
                self.tr("Time zone"),
            ],
            [],
            self.tr("Spaces and doors"),
        )
        self.doors_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.doors_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.doors_table.cellActivated.connect(lambda *_: self.edit_door())
        self.add_door_button = QPushButton(self.tr("Add d&oor…"))
        self.add_door_button.setAccessibleName(self.tr("Add door"))
        self.add_door_button.clicked.connect(self.add_door)
        self.edit_door_button = QPushButton(self.tr("Ed&it door…"))
        self.edit_door_button.setAccessibleName(self.tr("Edit the selected door"))
        self.edit_door_button.clicked.connect(self.edit_door)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_door_button)
        buttons.addWidget(self.edit_door_button)
        buttons.addStretch(1)
        layout.addWidget(self.doors_table)
        layout.addLayout(buttons)
        return page

    def _encoder_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.encoder = QComboBox()
        self.encoder.setAccessibleName(self.tr("Card encoder driver"))
        self.encoder_save = QPushButton(self.tr("&Use this encoder"))
        self.encoder_save.clicked.connect(self.save_encoder)
        form.addRow(self.tr("&Encoder"), self.encoder)
        form.addRow("", self.encoder_save)
        form.addRow(
            QLabel(self.tr("The encoder is this workstation's own reader; each desk chooses its own."))
        )
        return page

    def _provider_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Lock provider driver"))
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText("https://connect.getseam.com")
        self.endpoint.setAccessibleName(self.tr("Provider endpoint"))
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(
            self.tr("stored in the OS keyring; leave empty to keep the current key")
        )
        self.api_key.setAccessibleName(self.tr("Provider API key"))
        self.provider_source = QLabel()
        self.provider_save = QPushButton(self.tr("&Save provider"))
        self.provider_save.clicked.connect(self.save_provider)
        self.api_key.returnPressed.connect(self.save_provider)
        form.addRow(self.tr("D&river"), self.provider)
        form.addRow(self.tr("End&point"), self.endpoint)
        form.addRow(self.tr("API ke&y"), self.api_key)
        form.addRow("", self.provider_source)
        form.addRow("", self.provider_save)
        return page

    def _slots_page(self) -> QWidget:
        page = QWidget()
        self.slots_layout = QVBoxLayout(page)
        self.slots_refresh = QPushButton(self.tr("&Ask the provider again"))
        self.slots_refresh.clicked.connect(lambda: self._load_slots(refresh=True))
        self.slots_table = fixed_table(
            [self.tr("Keypad"), self.tr("Time slots")], [], self.tr("Keypad time slots")
        )
        self.slots_layout.addWidget(
            QLabel(self.tr("Offline keypads accept codes only for the time slots set on the lock."))
        )
        self.slots_layout.addWidget(self.slots_table)
        self.slots_layout.addWidget(self.slots_refresh)
        return page

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()
        self.tabs.setFocus()

    def reload(self) -> None:
        async def load() -> tuple[PropertySetup, ProviderSettings, list[DriverInfo], list[DriverInfo]]:
            setup = await self.ctx.app.property_setup.show()
            provider = await self.ctx.app.settings.provider()
            # Listing drivers imports them (a vendor library may be slow to load): not on the GUI thread.
            encoders = await asyncio.to_thread(list_drivers, ENCODERS)
            providers = await asyncio.to_thread(list_drivers, LOCK_PROVIDERS)
            return setup, provider, encoders, providers

        self.operation = Operation(load, on_done=self._show, on_error=self.failed.emit).start()
        self._load_slots(refresh=False)

    def _show(
        self, loaded: tuple[PropertySetup, ProviderSettings, list[DriverInfo], list[DriverInfo]]
    ) -> None:
        setup, provider, encoders, providers = loaded
        self._show_property(setup)
        self._fill(self.encoder, encoders, workstation_encoder())
        self._fill(self.provider, providers, provider.driver)
        if not self.endpoint.text():
            self.endpoint.setText(provider.endpoint or "")
        self.provider_source.setText(
            self.tr("In use: {driver} (from {source})").format(driver=provider.driver, source=provider.source)
        )

    def _fill(self, combo: QComboBox, drivers: list[DriverInfo], current: str | None) -> None:
        combo.clear()
        for d in drivers:
            label = (
                d.name
                if d.available
                else self.tr("{name} (unavailable: {why})").format(name=d.name, why=d.reason)
            )
            combo.addItem(label, d.name)
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_property(self, setup: PropertySetup) -> None:
        self.setup = setup
        self.property_name.setText(setup.name)
        index = self.time_zone.findData(setup.time_zone)
        if index >= 0:
            self.time_zone.setCurrentIndex(index)
        else:
            self.time_zone.setEditText(setup.time_zone)
        self.workstation.setText(self.ctx.app.workstation)
        self._show_doors(setup.entrances)

    def _show_doors(self, entrances: tuple[DoorView, ...]) -> None:
        kinds = {
            CredentialKind.CARD: self.tr("card"),
            CredentialKind.ONLINE_PIN: self.tr("online PIN"),
            CredentialKind.OFFLINE_PIN: self.tr("offline PIN"),
        }
        selected = self.selected_door()
        self.doors = sorted(entrances, key=lambda e: (e.space, e.name))
        table = self.doors_table
        table.setRowCount(len(self.doors))
        for r, e in enumerate(self.doors):
            row = [
                e.space,
                e.name,
                self.tr("yes") if e.can_belong_to_reservation else self.tr("no (common door)"),
                ", ".join(kinds.get(k, k) for k in e.credential_kinds),
                e.device_id or "",
                str(e.lock_number),
                e.time_zone or self.tr("the property's"),
            ]
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
            if selected is not None and e.entrance_id == selected.entrance_id:
                table.selectRow(r)
        table.resizeColumnsToContents()

    def selected_door(self) -> DoorView | None:
        rows = self.doors_table.selectionModel().selectedRows() if self.doors_table.rowCount() else []
        if not rows or not getattr(self, "doors", None):
            return None
        return self.doors[rows[0].row()]

    def _load_slots(self, *, refresh: bool) -> None:
        Operation(
            lambda: self.ctx.app.codes.devices(refresh=refresh),
            disable=[self.slots_refresh],
            on_done=self._show_slots,
            on_error=self.failed.emit,
        ).start()

    def _show_slots(self, devices: list[DeviceView]) -> None:
        offline = [d for d in devices if d.can_program_offline_access_codes]
        self.slots_table.setRowCount(len(offline))
        for r, d in enumerate(offline):
            self.slots_table.setItem(r, 0, QTableWidgetItem(d.display_name or d.device_id))
            slots = ", ".join(d.time_slots) or self.tr("none known yet")
            self.slots_table.setItem(r, 1, QTableWidgetItem(slots))
        if not offline:
            self.slots_table.setRowCount(1)
            self.slots_table.setItem(0, 0, QTableWidgetItem(self.tr("No offline keypad known yet.")))
        self.slots_table.resizeColumnsToContents()

    # --- saving --------------------------------------------------------------------------------

    def save_property(self, *, force: bool = False) -> None:
        """Save the name and time zone; a new zone with guests in house needs a second look, which
        an administrator answers in the window (forced, audited), anyone else sees refused."""
        name = self.property_name.text()
        zone = self.time_zone.currentText().strip()

        def refused(error: FrontDeskError) -> None:
            if isinstance(error, NeedsSecondLook) and may_force(self.ctx.app):
                self.question = ask_to_force(self, error, lambda: self.save_property(force=True))
                return
            self.failed.emit(error)

        def saved(result: PropertyUpdate) -> None:
            self.ctx.property_name, self.ctx.time_zone = result.name, result.time_zone
            self.message.setText(
                self.tr("Property saved: {name}, {zone}.").format(name=result.name, zone=result.time_zone)
            )
            if result.changed:
                self.setup_changed.emit()

        self.operation = Operation(
            lambda: self.ctx.app.property_setup.update_property(name, zone, force=force),
            disable=[self.property_save],
            on_done=saved,
            on_error=refused,
        ).start()

    def add_door(self) -> None:
        self._open_door_dialog(None)

    def edit_door(self) -> None:
        door = self.selected_door()
        if door is None:
            self.message.setText(self.tr("Select a door in the table first, then choose Edit door."))
            self.doors_table.setFocus()
            return
        self._open_door_dialog(door)

    def _open_door_dialog(self, door: DoorView | None) -> None:
        if self.setup is None:
            return  # still loading: the dialog needs the spaces and lock systems
        dialog = DoorDialog(self.ctx, self.setup, door, self)
        dialog.finished_with.connect(self._door_saved)
        self.door_dialog = dialog
        dialog.open()

    def _door_saved(self, door: DoorView) -> None:
        self.message.setText(self.tr("Door saved: {name}.").format(name=door.name))
        self.setup_changed.emit()

    def save_encoder(self) -> None:
        name = str(self.encoder.currentData() or "")
        if not name:
            return

        def chosen(_: None) -> None:
            QSettings().setValue(ENCODER_KEY, name)  # this workstation's reader, for the next start too
            self.message.setText(self.tr("This desk now encodes with {name}.").format(name=name))

        self.operation = Operation(
            lambda: self.ctx.app.cards.choose_encoder(name),
            disable=[self.encoder_save],
            on_done=chosen,
            on_error=self.failed.emit,
        ).start()

    def save_provider(self) -> None:
        driver = str(self.provider.currentData() or "")
        endpoint = self.endpoint.text().strip() or None
        key = self.api_key.text() or None

        def saved(settings: ProviderSettings) -> None:
            self.api_key.clear()  # never left on screen
            self.message.setText(self.tr("Lock provider saved: {driver}.").format(driver=settings.driver))
            self.provider_source.setText(
                self.tr("In use: {driver} (from {source})").format(
                    driver=settings.driver, source=settings.source
                )
            )

        self.operation = Operation(
            lambda: self.ctx.app.settings.set_provider(driver, endpoint, key),
            disable=[self.provider_save],
            on_done=saved,
            on_error=self.failed.emit,
        ).start()
