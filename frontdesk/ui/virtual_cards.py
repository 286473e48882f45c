"""The virtual-card bar: put a virtual card on the reader, or take it off (demo and training).

Shown only when the card service says the desk's encoder offers virtual cards (`VirtualCards` in
services/cards/encoder.py, the simulated driver); a real reader never gets these buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from frontdesk.services.cards.encoder import CardType, VirtualCards
from frontdesk.services.cards.service import CardService

VIRTUAL_CARD_TYPES = (CardType.NTAG213, CardType.MIFARE_CLASSIC_1K)  # the types the bar offers


def virtual_card_bar(cards: CardService, parent: QWidget | None = None) -> VirtualHandBar | None:
    """The bar for the desk's encoder, or None when it takes real cards only."""
    hand = cards.virtual_cards()
    return VirtualHandBar(hand, parent) if hand is not None else None


class VirtualHandBar(QWidget):
    """Demo and training only: put a virtual card on the simulated reader, or take it off."""

    def __init__(self, hand: VirtualCards, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hand = hand
        self.setObjectName("virtualHand")
        self.card_type = QComboBox()
        for card_type in VIRTUAL_CARD_TYPES:
            self.card_type.addItem(card_type.value.replace("_", " ").upper(), card_type)
        self.card_type.setAccessibleName(self.tr("Virtual card type"))
        self.place_button = QPushButton(self.tr("Place a &virtual card"))
        self.place_button.setAccessibleName(self.tr("Place a virtual card on the reader"))
        self.place_button.setAutoDefault(False)
        self.place_button.clicked.connect(self.place)
        self.remove_button = QPushButton(self.tr("&Take the card off"))
        self.remove_button.setAccessibleName(self.tr("Take the virtual card off the reader"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Simulated encoder:")))
        layout.addWidget(self.card_type)
        layout.addWidget(self.place_button)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)

    def place(self) -> None:
        """A fresh blank card on the reader (the card lying there is taken off first)."""
        self.hand.remove_card()
        self.hand.place_card(self.card_type.currentData())

    def remove(self) -> None:
        self.hand.remove_card()
