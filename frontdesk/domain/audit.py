"""What the audit log says about an event: its stable action name and a sentence people read.

Action names are part of the audit's contract (exports, filters, `audit list --action`): they are
written here once per event, never derived from a Python class name, so renaming a class does not
change what old and new audit rows say. Sentences are plain English; rooms are named through
`door_name`, which the store looks up (the domain reads no database).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from frontdesk.domain.cards import events as card_events
from frontdesk.domain.codes import events as code_events
from frontdesk.domain.events import (
    AccessEnded,
    AccessGranted,
    AccessTimesChanged,
    CardFlaggedForReencoding,
    EntranceAdded,
    EntranceUpdated,
    Event,
    GuestAdded,
    GuestCheckedIn,
    GuestCheckedOut,
    PropertyCreated,
    PropertyUpdated,
    ProviderChanged,
    ReservationEstablished,
    ReservationOverridden,
    RoomBackInOrder,
    RoomMoved,
    RoomSetOutOfOrder,
    StayDatesChanged,
    SyncRan,
)
from frontdesk.domain.operators import (
    DangerousChangeForced,
    OperatorCreated,
    OperatorDisabled,
    ScriptTokenIssued,
)


class Outcome(enum.Enum):
    """Whether the recorded action was done or refused."""

    DONE = "done"
    REFUSED = "refused"


ACTION_NAMES: dict[type[Event], str] = {
    AccessGranted: "access.granted",
    AccessTimesChanged: "access.times_changed",
    AccessEnded: "access.ended",
    ReservationEstablished: "reservation.established",
    ReservationOverridden: "reservation.overridden",
    GuestCheckedIn: "stay.checked_in",
    GuestAdded: "stay.guest_added",
    RoomMoved: "stay.room_moved",
    StayDatesChanged: "stay.dates_changed",
    GuestCheckedOut: "stay.checked_out",
    CardFlaggedForReencoding: "card.flagged_for_reencoding",
    PropertyCreated: "property.created",
    PropertyUpdated: "property.updated",
    EntranceAdded: "door.added",
    EntranceUpdated: "door.updated",
    ProviderChanged: "provider.set",
    SyncRan: "sync.ran",
    RoomSetOutOfOrder: "room.out_of_order",
    OperatorCreated: "operator.created",
    OperatorDisabled: "operator.disabled",
    ScriptTokenIssued: "operator.script_token_issued",
    DangerousChangeForced: "change.forced",
    RoomBackInOrder: "room.back_in_order",
    card_events.CardWriteStarted: "card.write_started",
    card_events.CardUnconfirmed: "card.unconfirmed",
    card_events.CardRevoked: "card.revoked",
    card_events.RevocationsLeftOff: "card.revocations_left_off",
    card_events.CardEncoded: "card.encoded",
    card_events.CardEncodingFailed: "card.encoding_failed",
    card_events.CardOverwritten: "card.overwritten",
    card_events.CardRead: "card.read",
    card_events.CardCancelled: "card.cancelled",
    card_events.CardKeyCreated: "card_key.created",
    card_events.CardKeyRotated: "card_key.rotated",
    card_events.DoorTapped: "door.tapped",
    code_events.AccessCodeRequested: "pin.requested",
    code_events.AccessCodeChangeRequested: "pin.change_requested",
    code_events.AccessCodeRemovalRequested: "pin.removal_requested",
    code_events.BackupCodePulled: "pin.backup_pulled",
    code_events.OfflineCodeLeftValid: "pin.offline_left_valid",
    code_events.LockReplaced: "lock.replaced",
    code_events.SyncAlertDismissed: "sync.alert_dismissed",
}

# Rows written before action names were stable carried the class name; the migration renames them.
LEGACY_ACTION_NAMES: dict[str, str] = {cls.__name__: name for cls, name in ACTION_NAMES.items()}


def action_of(event: Event) -> str:
    """The stable action name; an event without one is a programming error, caught by a test."""
    try:
        return ACTION_NAMES[type(event)]
    except KeyError:
        raise LookupError(f"{type(event).__name__} has no audit action name") from None


DoorName = Callable[[str], str]


def _rooms(ids: Iterable[str], door_name: DoorName) -> str:
    names = sorted(door_name(i) for i in ids)
    return ", ".join(names) if names else "no door"


def _names(names: Iterable[str]) -> str:
    listed = list(names)
    if len(listed) <= 1:
        return "".join(listed) or "A guest"
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def sentence_of(event: Event, door_name: DoorName) -> str:
    """What happened, as a receptionist would say it ("Marta Ruiz checked in to Room 110")."""
    e = event
    if isinstance(e, GuestCheckedIn):
        return f"{_names(e.guest_names)} checked in to {_rooms(e.entrance_ids, door_name)}"
    if isinstance(e, AccessGranted):
        return f"{e.user_name} was given {e.kind} access to {_rooms(e.entrance_ids, door_name)}"
    if isinstance(e, GuestAdded):
        return f"{e.guest_name} was added to a stay"
    if isinstance(e, RoomMoved):
        return (
            f"A stay moved from {_rooms(e.from_entrance_ids, door_name)} "
            f"to {_rooms(e.to_entrance_ids, door_name)}"
        )
    if isinstance(e, StayDatesChanged):
        return f"A stay's dates changed to {e.starts_at:%Y-%m-%d %H:%M} - {e.ends_at:%Y-%m-%d %H:%M} UTC"
    if isinstance(e, GuestCheckedOut):
        return "A stay was checked out"
    if isinstance(e, ReservationEstablished):
        return f"{_rooms(e.entrance_ids, door_name)} taken for a stay (override number {e.sequence})"
    if isinstance(e, ReservationOverridden):
        return f"An earlier stay in {_rooms(e.entrance_ids, door_name)} was overridden by a new one"
    if isinstance(e, AccessEnded):
        return f"An access ended ({e.reason})"
    if isinstance(e, AccessTimesChanged):
        return "An access's times changed"
    if isinstance(e, CardFlaggedForReencoding):
        return f"Card {e.card_serial} must be encoded again ({e.reason})"
    if isinstance(e, card_events.CardEncoded):
        copy = f" as a copy of card {e.duplicate_of}" if e.duplicate_of is not None else ""
        return f"Card {e.card_serial} was encoded for {_rooms(e.entrance_ids, door_name)}{copy}"
    if isinstance(e, OperatorCreated):
        return f"{e.operator_name} became an operator ({e.role})"
    if isinstance(e, OperatorDisabled):
        return f"{e.operator_name} can no longer sign in"
    if isinstance(e, ScriptTokenIssued):
        return f"A script token was issued to act as {e.operator_name}"
    if isinstance(e, DangerousChangeForced):
        return f"{e.operator_name} forced a change past its second look ({e.reason})"
    if isinstance(e, RoomSetOutOfOrder):
        return f"{e.space_id} was set out of order until {e.until:%Y-%m-%d %H:%M} UTC ({e.reason})"
    if isinstance(e, RoomBackInOrder):
        return f"{e.space_id} is back in order"
    if isinstance(e, card_events.CardWriteStarted):
        return f"Card {e.card_serial} is being written"
    if isinstance(e, card_events.CardUnconfirmed):
        return (
            f"Card {e.card_serial} may be on a chip without being confirmed, so it was revoked ({e.reason})"
        )
    if isinstance(e, card_events.CardRevoked):
        return f"Card {e.card_serial} was revoked ({e.reason})"
    if isinstance(e, card_events.RevocationsLeftOff):
        return f"A new card could not carry {e.left_off} revocation(s) of its doors"
    if isinstance(e, card_events.CardEncodingFailed):
        return f"Card {e.card_serial} could not be encoded ({e.reason})"
    if isinstance(e, card_events.CardOverwritten):
        return f"Card {e.card_serial} was overwritten by card {e.by_card_serial}"
    if isinstance(e, card_events.CardRead):
        state = "valid" if e.valid else f"not valid ({e.reason})"
        return f"A card was read: {state}"
    if isinstance(e, card_events.CardCancelled):
        return f"Card {e.card_serial} was cancelled"
    if isinstance(e, card_events.CardKeyCreated):
        return f"Card key version {e.key_version} was created"
    if isinstance(e, card_events.CardKeyRotated):
        return f"Card key version {e.key_version} is now current"
    if isinstance(e, card_events.DoorTapped):
        result = "opened" if e.opened else f"stayed shut ({e.reason})"
        return f"A card was presented at {door_name(e.entrance_id)}: it {result}"
    if isinstance(e, code_events.AccessCodeRequested):
        kind = "backup PIN" if e.is_backup else "PIN"
        return f"A {kind} was requested for lock {e.device_id}"
    if isinstance(e, code_events.AccessCodeChangeRequested):
        return f"A PIN's times on lock {e.device_id} are to change"
    if isinstance(e, code_events.AccessCodeRemovalRequested):
        return f"A PIN on lock {e.device_id} is to be removed ({e.reason})"
    if isinstance(e, code_events.BackupCodePulled):
        return f"A backup PIN on lock {e.device_id} replaced a failed one"
    if isinstance(e, code_events.OfflineCodeLeftValid):
        return f"An offline PIN on lock {e.device_id} stays valid until its end ({e.reason})"
    if isinstance(e, code_events.SyncAlertDismissed):
        where = f" on lock {e.device_id}" if e.device_id else ""
        return f"Sync alert {e.alert_id} ({e.kind}){where} was dismissed; what it is about is still retried"
    if isinstance(e, code_events.LockReplaced):
        told = f"; new PINs for {_names(e.new_pin)}" if e.new_pin else ""
        return (
            f"Lock {e.old_device_id} was replaced by {e.new_device_id}: {len(e.kept_pin) + len(e.new_pin)} "
            f"code(s) moved{told}, {e.ended_at_desk} ended at the desk"
        )
    if isinstance(e, PropertyCreated):
        return f"The property {e.name} was created"
    if isinstance(e, PropertyUpdated):
        return f"The property's {', '.join(sorted(e.changes)) or 'settings'} changed"
    if isinstance(e, EntranceAdded):
        return f"The door {e.name} was added"
    if isinstance(e, EntranceUpdated):
        return f"The door {door_name(e.entrance_id)} changed ({', '.join(sorted(e.changes))})"
    if isinstance(e, ProviderChanged):
        return f"The lock provider was set to {e.driver} at {e.endpoint or 'its default address'}"
    if isinstance(e, SyncRan):
        return f"The lock provider was synchronised: {e.sent} sent, {e.failed} failed"
    return action_of(e)


def signed(sentence: str, operator: str | None, workstation: str) -> str:
    """The sentence with who did it and where: "... by Ann (reception 1)"."""
    who = f" by {operator}" if operator else ""
    return f"{sentence}{who} ({workstation})"
