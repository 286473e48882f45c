"""Errors of the key-card format: why a card cannot be read or written.

Each refusal error carries `reason`, the same word the reference lock model puts in its verdict,
so the desk, the logs and the virtual doors of the demo all say the same thing.
"""

from __future__ import annotations

from frontdesk.domain.errors import InvalidInput
from frontdesk.domain.words import say


class CardRefused(InvalidInput):
    """The card's bytes are not a valid FrontDesk card for this property and UID."""

    reason: str = "forged_or_damaged"
    title = say("Card not accepted.")
    hint = say("Encode the card again at the desk.")


class BlankCard(CardRefused):
    reason = "blank"
    title = say("Card is blank.")
    hint = say("Encode the card at the desk before handing it out.")


class ForgedOrDamagedCard(CardRefused):
    reason = "forged_or_damaged"
    title = say("Card is forged or damaged.")
    hint = say("Encode the card again at the desk; if it keeps failing, use a new card.")


class OtherPropertyCard(CardRefused):
    reason = "other_property"
    title = say("Card belongs to another property.")
    hint = say("Give it back to the property that encoded it (its keys protect it) and use a new card.")


class CardDoesNotFit(InvalidInput):
    """What was asked for cannot be expressed in card format v1 (too many doors, number out of range)."""

    title = say("Card content does not fit the card format.")
    hint = say("Put fewer doors on the card (use staff door groups for many doors) or check the numbers.")
