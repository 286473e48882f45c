"""Each stable audit action as words for the Activity screen's kind filter ("Stay: checked in").

One `say()` literal per action, so each has its Spanish (resources/translations/
frontdesk_services_es.ts) and the window shows it through `ui/service_words.shown`; an action
missing here is caught by tests/domain/test_audit_actions.py.
"""

from __future__ import annotations

from frontdesk.domain.words import Words, say

ACTION_WORDS: dict[str, Words] = {
    "access.granted": say("Access: granted"),
    "access.times_changed": say("Access: times changed"),
    "access.ended": say("Access: ended"),
    "reservation.established": say("Reservation: established"),
    "reservation.overridden": say("Reservation: overridden"),
    "stay.checked_in": say("Stay: checked in"),
    "stay.guest_added": say("Stay: guest added"),
    "stay.room_moved": say("Stay: room moved"),
    "stay.dates_changed": say("Stay: dates changed"),
    "stay.checked_out": say("Stay: checked out"),
    "card.flagged_for_reencoding": say("Card: to be encoded again"),
    "property.created": say("Property: created"),
    "property.updated": say("Property: settings changed"),
    "door.added": say("Door: added"),
    "door.updated": say("Door: changed"),
    "provider.set": say("Lock provider: set"),
    "sync.ran": say("Sync: ran"),
    "room.out_of_order": say("Room: out of order"),
    "operator.created": say("Operator: created"),
    "operator.disabled": say("Operator: disabled"),
    "operator.script_token_issued": say("Operator: script token issued"),
    "change.forced": say("Change: forced"),
    "room.back_in_order": say("Room: back in order"),
    "card.write_started": say("Card: write started"),
    "card.unconfirmed": say("Card: unconfirmed"),
    "card.revoked": say("Card: revoked"),
    "card.revocations_left_off": say("Card: revocations left off"),
    "card.encoded": say("Card: encoded"),
    "card.encoding_failed": say("Card: encoding failed"),
    "card.overwritten": say("Card: overwritten"),
    "card.read": say("Card: read"),
    "card.cancelled": say("Card: cancelled"),
    "card_key.created": say("Card key: created"),
    "card_key.rotated": say("Card key: made current"),
    "door.tapped": say("Door: card presented"),
    "card.lock_card_encoded": say("Card: lock card encoded"),
    "card.collected": say("Card: collected"),
    "pin.requested": say("PIN: requested"),
    "pin.change_requested": say("PIN: change requested"),
    "pin.removal_requested": say("PIN: removal requested"),
    "pin.backup_pulled": say("PIN: backup code used"),
    "pin.offline_left_valid": say("PIN: offline code left valid"),
    "pin_key.exported": say("PIN key: exported"),
    "pin_key.imported": say("PIN key: imported"),
    "lock.replaced": say("Lock: replaced"),
    "sync.alert_dismissed": say("Sync: alert dismissed"),
    "permission.refused": say("Permission: refused"),
    "operator.sign_in_failed": say("Operator: sign-in failed"),
    "operator.sign_in_locked": say("Operator: sign-in locked"),
}


def action_words(action: str) -> str:
    """A stable action name as words for a filter list: "stay.checked_in" -> "Stay: checked in"."""
    known = ACTION_WORDS.get(action)
    if known is not None:
        return known
    # An action from a newer desk than this one (a shared database): readable, though English.
    thing, _, what = action.partition(".")
    thing = thing.replace("_", " ").capitalize()
    return f"{thing}: {what.replace('_', ' ')}" if what else thing
