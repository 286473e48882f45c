"""Settings: the property, its spaces and doors, this desk's card encoder, the lock provider and
the offline keypads' time slots.

The property and its doors are shown as the database has them (set up with the command line).
The provider's API key goes straight to the OS keyring through the settings service; the field is
emptied once saved and never shows a stored key. The encoder is a device of this workstation, so
its choice is kept in this computer's own settings (QSettings), not in the shared database.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.drivers import ENCODERS, LOCK_PROVIDERS, DriverInfo, list_drivers
from frontdesk.services.settings import ProviderSettings
from frontdesk.ui.context import DeskContext
from frontdesk.ui.operations import Operation
from frontdesk.ui.screens.base import Screen

ENCODER_KEY = "encoder/driver"


def encoder_choice() -> str | None:
    """The encoder driver chosen on this workstation (None: not chosen yet)."""
    value = QSettings().value(ENCODER_KEY)
    return str(value) if value else None


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    return table


class SettingsScreen(Screen):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.property_form = QFormLayout()
        property_page = QWidget()
        property_page.setLayout(self.property_form)
        self.doors_page = QVBoxLayout()
        doors = QWidget()
        doors.setLayout(self.doors_page)
        self.tabs.addTab(property_page, self.tr("Property"))
        self.tabs.addTab(doors, self.tr("Spaces and doors"))
        self.tabs.addTab(self._encoder_page(), self.tr("Card encoder"))
        self.tabs.addTab(self._provider_page(), self.tr("Lock provider"))
        self.tabs.addTab(self._slots_page(), self.tr("Keypad time slots"))
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        self.operation: Operation | None = None

    # --- pages ---------------------------------------------------------------------------------

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
        form.addRow(self.tr("&Driver"), self.provider)
        form.addRow(self.tr("End&point"), self.endpoint)
        form.addRow(self.tr("API &key"), self.api_key)
        form.addRow("", self.provider_source)
        form.addRow("", self.provider_save)
        return page

    def _slots_page(self) -> QWidget:
        page = QWidget()
        self.slots_layout = QVBoxLayout(page)
        self.slots_refresh = QPushButton(self.tr("&Ask the provider again"))
        self.slots_refresh.clicked.connect(lambda: self._load_slots(refresh=True))
        self.slots_table = _table(
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
        async def load() -> tuple[ProviderSettings, list[DriverInfo], list[DriverInfo]]:
            provider = await self.ctx.app.settings.provider()
            # Listing drivers imports them (a vendor library may be slow to load): not on the GUI thread.
            encoders = await asyncio.to_thread(list_drivers, ENCODERS)
            providers = await asyncio.to_thread(list_drivers, LOCK_PROVIDERS)
            return provider, encoders, providers

        self.operation = Operation(load, on_done=self._show, on_error=self.failed.emit).start()
        self._load_slots(refresh=False)

    def _show(self, loaded: tuple[ProviderSettings, list[DriverInfo], list[DriverInfo]]) -> None:
        provider, encoders, providers = loaded
        self._show_property()
        self._fill(self.encoder, encoders, encoder_choice())
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

    def _show_property(self) -> None:
        while self.property_form.rowCount():
            self.property_form.removeRow(0)
        self.property_form.addRow(self.tr("Property"), QLabel(self.ctx.property_name))
        self.property_form.addRow(self.tr("Time zone"), QLabel(self.ctx.time_zone))
        self.property_form.addRow(self.tr("Workstation"), QLabel(self.ctx.app.workstation))
        self.property_form.addRow(
            QLabel(self.tr("The property and its doors are set up with 'frontdesk setup'."))
        )
        while self.doors_page.count():
            item = self.doors_page.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        kinds = {
            "card": self.tr("card"),
            "online_pin": self.tr("online PIN"),
            "offline_pin": self.tr("offline PIN"),
        }
        rows = [
            [
                e["space"],
                e["name"],
                self.tr("yes") if e["can_belong_to_reservation"] else self.tr("no (common door)"),
                ", ".join(kinds.get(k, k) for k in e["credential_kinds"]),
                e["device_id"] or "",
            ]
            for e in sorted(self.ctx.entrances, key=lambda e: (e["space"], e["name"]))
        ]
        self.doors_table = _table(
            [
                self.tr("Space"),
                self.tr("Door"),
                self.tr("Reservations"),
                self.tr("Takes"),
                self.tr("Device at provider"),
            ],
            rows,
            self.tr("Spaces and doors"),
        )
        self.doors_page.addWidget(self.doors_table)

    def _load_slots(self, *, refresh: bool) -> None:
        Operation(
            lambda: self.ctx.app.codes.devices(refresh=refresh),
            disable=[self.slots_refresh],
            on_done=self._show_slots,
            on_error=self.failed.emit,
        ).start()

    def _show_slots(self, devices: list[dict[str, Any]]) -> None:
        offline = [d for d in devices if d.get("can_program_offline_access_codes")]
        self.slots_table.setRowCount(len(offline))
        for r, d in enumerate(offline):
            self.slots_table.setItem(r, 0, QTableWidgetItem(d.get("display_name") or d["device_id"]))
            slots = ", ".join(d.get("time_slots") or []) or self.tr("none known yet")
            self.slots_table.setItem(r, 1, QTableWidgetItem(slots))
        if not offline:
            self.slots_table.setRowCount(1)
            self.slots_table.setItem(0, 0, QTableWidgetItem(self.tr("No offline keypad known yet.")))
        self.slots_table.resizeColumnsToContents()

    # --- saving --------------------------------------------------------------------------------

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
