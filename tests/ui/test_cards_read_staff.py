"""Read card (who, which doors, valid when, why each door would open or not) and staff cards."""

from __future__ import annotations

from frontdesk.domain.cards import CardKind, CardPayload, PropertyKeys, encode_card, generate_property_secret
from frontdesk.services.cards.encoder import CardType
from frontdesk.services.cards.keys import ClassicSectorKeys
from frontdesk.ui.dialogs.encode_cards import EncodeCardsDialog
from frontdesk.ui.dialogs.read_card import ReadCardDialog
from frontdesk.ui.dialogs.staff_card import StaffCardDialog
from tests.ui.cards_helpers import simulated_encoder, wait_for
from tests.ui.helpers import WAIT, open_window, shortcut


def test_staff_card_by_door_group_then_read_it_back(qtbot, qloop, desk_app, secret_service) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    shortcut(qtbot, window, "Ctrl+Shift+K")
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, StaffCardDialog), timeout=WAIT)
    staff = window.flows.dialog
    staff.name.setText("Rosa Diaz")
    housekeeping = next(b for b in staff.groups if b.property("group") == "housekeeping")
    housekeeping.setChecked(True)
    staff.submit()
    qtbot.waitUntil(lambda: isinstance(window.flows.dialog, EncodeCardsDialog), timeout=WAIT)
    encode = window.flows.dialog
    qtbot.waitUntil(lambda: "Place card 1 of 1" in encode.prompt.text(), timeout=WAIT)
    encoder.place_card(CardType.MIFARE_CLASSIC_1K)
    qtbot.waitUntil(lambda: encode.complete, timeout=WAIT)
    encode.accept()

    read = window.read_card_action.trigger() or window.flows.dialog  # Ctrl+R; the card is still on the reader
    assert isinstance(read, ReadCardDialog)
    qtbot.waitUntil(lambda: read.reading is not None, timeout=WAIT)
    assert "staff card of Rosa Diaz" in read.summary.text()
    assert "Door groups: housekeeping" in read.summary.text()
    doors = {read.doors.item(r, 0).text(): read.doors.item(r, 1).text() for r in range(read.doors.rowCount())}
    assert doors["Room 101"] == "yes" and doors["Suite 401 entry"] == "yes"
    assert "Gym" not in doors  # housekeeping has no common doors
    read.reject()


def test_reading_a_foreign_card_explains_why_no_door_opens(qtbot, qloop, desk_app, secret_service) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    encoder.place_card(CardType.NTAG213)  # blank: never encoded by this desk
    window = open_window(qtbot, desk_app)
    read = window.flows.read_card()
    qtbot.waitUntil(lambda: read.reading is not None, timeout=WAIT)
    assert read.summary.text().startswith("Not a valid card of this property")
    assert read.error.isVisible() and read.error.hint.text()
    assert read.doors.rowCount() == 0


def test_no_card_on_the_reader_is_a_title_and_a_hint(qtbot, qloop, desk_app, secret_service) -> None:  # type: ignore[no-untyped-def]
    simulated_encoder(desk_app)
    window = open_window(qtbot, desk_app)
    read = window.flows.read_card()
    read.timeout = 0.2
    read.task.cancel()
    qtbot.waitUntil(lambda: not read.running, timeout=WAIT)
    read.start()
    qtbot.waitUntil(lambda: read.error.isVisible(), timeout=WAIT)
    assert read.error.title.text() == "No card on the reader."
    assert "No card was read" in read.prompt.text()


def test_reading_another_propertys_classic_card_says_so(qtbot, qloop, desk_app, secret_service) -> None:  # type: ignore[no-untyped-def]
    encoder = simulated_encoder(desk_app)
    chip = encoder.place_card(CardType.MIFARE_CLASSIC_1K)
    theirs = PropertyKeys.from_secret(generate_property_secret(), 4242)
    image = encode_card(CardPayload(CardKind.GUEST, 4242, (101,), 0, 1, 7, 0, 10**7), chip.uid, theirs)
    wait_for(qtbot, encoder.write(chip, image, ClassicSectorKeys(theirs)))  # their desk encoded it
    window = open_window(qtbot, desk_app)
    read = window.flows.read_card()
    qtbot.waitUntil(lambda: read.reading is not None, timeout=WAIT)
    assert read.summary.text() == "Not a valid card of this property: Card belongs to another property."
    assert read.doors.rowCount() == 0
