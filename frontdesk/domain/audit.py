"""What the audit log says about an event: its stable action name and a sentence people read.

Action names are part of the audit's contract (exports, filters, `audit list --action`): they are
written here once per event, never derived from a Python class name, so renaming a class does not
change what old and new audit rows say. Sentences are plain English; rooms are named through
`door_name`, which the store looks up (the domain reads no database).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from frontdesk.domain.cards import events as card_events
from frontdesk.domain.cards.reasons import reason_words
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
    Role,
    ScriptTokenIssued,
)
from frontdesk.domain.words import Moment, say, say_plural


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
    card_events.LockCardEncoded: "card.lock_card_encoded",
    card_events.CardCollected: "card.collected",
    code_events.AccessCodeRequested: "pin.requested",
    code_events.AccessCodeChangeRequested: "pin.change_requested",
    code_events.AccessCodeRemovalRequested: "pin.removal_requested",
    code_events.BackupCodePulled: "pin.backup_pulled",
    code_events.OfflineCodeLeftValid: "pin.offline_left_valid",
    code_events.PinKeyExported: "pin_key.exported",
    code_events.PinKeyImported: "pin_key.imported",
    code_events.LockReplaced: "lock.replaced",
    code_events.SyncAlertDismissed: "sync.alert_dismissed",
}

# Refused actions that are no event (nothing was done): written with the outcome "refused".
PERMISSION_REFUSED = "permission.refused"
SIGN_IN_FAILED = "operator.sign_in_failed"
SIGN_IN_LOCKED = "operator.sign_in_locked"
REFUSED_ACTIONS: tuple[str, ...] = (PERMISSION_REFUSED, SIGN_IN_FAILED, SIGN_IN_LOCKED)

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
    return ", ".join(names) if names else say("no door")


def _names(names: Iterable[str]) -> str:
    listed = list(names)
    if len(listed) <= 1:
        return "".join(listed) or say("A guest")
    return say("{some} and {last}", some=", ".join(listed[:-1]), last=listed[-1])


def sentence_of(event: Event, door_name: DoorName) -> str:
    """What happened, as a receptionist would say it ("Marta Ruiz checked in to Room 110")."""
    return _sentence(type(event), event, door_name)


class _Recorded:
    """An audit row's details read like the event they came from (times back to datetimes)."""

    def __init__(self, details: Mapping[str, Any]) -> None:
        self._details = details

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._details[name]
        except KeyError:
            raise AttributeError(name) from None
        if isinstance(value, str) and _ISO_TIME.match(value):
            return datetime.fromisoformat(value)
        return value


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_BY_ACTION: dict[str, type[Event]] = {name: cls for cls, name in ACTION_NAMES.items()}


def sentence_of_record(action: str, details: Mapping[str, Any], door_name: DoorName) -> str | None:
    """The sentence of a stored audit row, made again from its action and details (so the window
    can show it in the desk's language); None when the row cannot be read back that way."""
    kind = _BY_ACTION.get(action)
    if kind is None:
        return None
    try:
        return _sentence(kind, _Recorded(details), door_name)
    except (AttributeError, KeyError, TypeError, ValueError):  # a row older than its event's fields
        return None


def _optional(e: Any, name: str) -> Any:
    """A detail only some rows have (an event's own field, or one the audit added: "holder")."""
    try:
        return getattr(e, name)
    except AttributeError:
        return None


def _role(value: str) -> str:
    """A role in words ("administrator"); a value no role has any more, as it was stored."""
    try:
        return Role(value).label
    except ValueError:
        return value


def _sentence(kind: type[Event], e: Any, door_name: DoorName) -> str:
    if issubclass(kind, GuestCheckedIn):
        # English says "checked in" for one guest and for several; Spanish does not ("hizo"/"hicieron").
        return say_plural(
            "{guests} checked in to {rooms}",
            "{guests} checked in to {rooms}",
            n=len(e.guest_names),
            guests=_names(e.guest_names),
            rooms=_rooms(e.entrance_ids, door_name),
        )
    if issubclass(kind, AccessGranted):
        return say(
            "{name} was given {kind} access to {rooms}",
            name=e.user_name,
            kind={"guest": say("guest"), "staff": say("staff")}.get(e.kind, e.kind),
            rooms=_rooms(e.entrance_ids, door_name),
        )
    if issubclass(kind, GuestAdded):
        return say("{name} was added to a stay", name=e.guest_name)
    if issubclass(kind, RoomMoved):
        return say(
            "A stay moved from {old} to {new}",
            old=_rooms(e.from_entrance_ids, door_name),
            new=_rooms(e.to_entrance_ids, door_name),
        )
    if issubclass(kind, StayDatesChanged):
        return say(
            "A stay's dates changed to {starts} - {ends}",
            starts=Moment(e.starts_at),
            ends=Moment(e.ends_at),
        )
    if issubclass(kind, GuestCheckedOut):
        return say("A stay was checked out")
    if issubclass(kind, ReservationEstablished):
        return say(
            "{rooms} taken for a stay (override number {sequence})",
            rooms=_rooms(e.entrance_ids, door_name),
            sequence=e.sequence,
        )
    if issubclass(kind, ReservationOverridden):
        return say(
            "An earlier stay in {rooms} was overridden by a new one", rooms=_rooms(e.entrance_ids, door_name)
        )
    if issubclass(kind, AccessEnded):
        return say("An access ended ({reason})", reason=reason_words(e.reason))
    if issubclass(kind, AccessTimesChanged):
        return say("An access's times changed")
    if issubclass(kind, CardFlaggedForReencoding):
        return say(
            "Card {serial} must be encoded again ({reason})",
            serial=e.card_serial,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, card_events.CardEncoded):
        rooms = _rooms(e.entrance_ids, door_name)
        holder = _optional(e, "holder")
        if e.duplicate_of is not None:
            if holder:
                return say(
                    "Card {serial} for {holder} was encoded for {rooms} as a copy of card {original}",
                    serial=e.card_serial,
                    holder=holder,
                    rooms=rooms,
                    original=e.duplicate_of,
                )
            return say(
                "Card {serial} was encoded for {rooms} as a copy of card {original}",
                serial=e.card_serial,
                rooms=rooms,
                original=e.duplicate_of,
            )
        if holder:
            return say(
                "Card {serial} for {holder} was encoded for {rooms}",
                serial=e.card_serial,
                holder=holder,
                rooms=rooms,
            )
        return say("Card {serial} was encoded for {rooms}", serial=e.card_serial, rooms=rooms)
    if issubclass(kind, OperatorCreated):
        return say("{name} became an operator ({role})", name=e.operator_name, role=_role(e.role))
    if issubclass(kind, OperatorDisabled):
        return say("{name} can no longer sign in", name=e.operator_name)
    if issubclass(kind, ScriptTokenIssued):
        return say("A script token was issued to act as {name}", name=e.operator_name)
    if issubclass(kind, DangerousChangeForced):
        return say(
            "{name} forced a change past its second look ({reason})",
            name=e.operator_name,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, RoomSetOutOfOrder):
        return say(
            "{room} was set out of order until {until} ({reason})",
            room=door_name(e.space_id),
            until=Moment(e.until),
            reason=reason_words(e.reason),
        )
    if issubclass(kind, RoomBackInOrder):
        return say("{room} is back in order", room=door_name(e.space_id))
    if issubclass(kind, card_events.CardWriteStarted):
        if holder := _optional(e, "holder"):
            return say("Card {serial} for {holder} is being written", serial=e.card_serial, holder=holder)
        return say("Card {serial} is being written", serial=e.card_serial)
    if issubclass(kind, card_events.CardUnconfirmed):
        return say(
            "Card {serial} may be on a chip without being confirmed, so it was revoked ({reason})",
            serial=e.card_serial,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, card_events.CardRevoked):
        if holder := _optional(e, "holder"):
            return say(
                "{holder}'s card {serial} was revoked ({reason})",
                holder=holder,
                serial=e.card_serial,
                reason=reason_words(e.reason),
            )
        return say(
            "Card {serial} was revoked ({reason})", serial=e.card_serial, reason=reason_words(e.reason)
        )
    if issubclass(kind, card_events.RevocationsLeftOff):
        return say_plural(
            "A new card could not carry {n} revocation of its doors",
            "A new card could not carry {n} revocations of its doors",
            n=e.left_off,
        )
    if issubclass(kind, card_events.CardEncodingFailed):
        return say(
            "Card {serial} could not be encoded ({reason})",
            serial=e.card_serial,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, card_events.CardOverwritten):
        holder, by_holder = _optional(e, "holder"), _optional(e, "by_holder")
        if holder and by_holder:
            return say(
                "Card {by} for {by_holder} replaced {holder}'s card {serial} on the reader",
                by=e.by_card_serial,
                by_holder=by_holder,
                holder=holder,
                serial=e.card_serial,
            )
        return say("Card {serial} was overwritten by card {by}", serial=e.card_serial, by=e.by_card_serial)
    if issubclass(kind, card_events.CardRead):
        if e.valid:
            return say("A card was read: valid")
        return say("A card was read: not valid ({reason})", reason=reason_words(e.reason))
    if issubclass(kind, card_events.CardCancelled):
        if holder := _optional(e, "holder"):
            return say("{holder}'s card {serial} was cancelled", holder=holder, serial=e.card_serial)
        return say("Card {serial} was cancelled", serial=e.card_serial)
    if issubclass(kind, card_events.LockCardEncoded):
        until = e.valid_until
        if e.lock_action == "emergency_open":
            return say(
                "An emergency card (card {serial}) was made for every door until {until} ({reason})",
                serial=e.card_serial,
                until=Moment(until),
                reason=reason_words(e.reason),
            )
        rooms = _rooms(e.entrance_ids, door_name)
        if e.lock_action == "block_room":
            return say(
                "A room-blocking card (card {serial}) was made for {rooms} until {until} ({reason})",
                serial=e.card_serial,
                rooms=rooms,
                until=Moment(until),
                reason=reason_words(e.reason),
            )
        return say(
            "A room-unblocking card (card {serial}) was made for {rooms} until {until} ({reason})",
            serial=e.card_serial,
            rooms=rooms,
            until=Moment(until),
            reason=reason_words(e.reason),
        )
    if issubclass(kind, card_events.CardCollected):
        return say("Card {serial} was collected at check-out", serial=e.card_serial)
    if issubclass(kind, card_events.CardKeyCreated):
        return say("Card key version {version} was created", version=e.key_version)
    if issubclass(kind, card_events.CardKeyRotated):
        return say("Card key version {version} is now current", version=e.key_version)
    if issubclass(kind, card_events.DoorTapped):
        if e.opened:
            return say("A card was presented at {door}: it opened", door=door_name(e.entrance_id))
        return say(
            "A card was presented at {door}: it stayed shut ({reason})",
            door=door_name(e.entrance_id),
            reason=reason_words(e.reason),
        )
    if issubclass(kind, code_events.AccessCodeRequested):
        if e.is_backup:
            return say("A backup PIN was requested for lock {lock}", lock=e.device_id)
        return say("A PIN was requested for lock {lock}", lock=e.device_id)
    if issubclass(kind, code_events.AccessCodeChangeRequested):
        return say("A PIN's times on lock {lock} are to change", lock=e.device_id)
    if issubclass(kind, code_events.AccessCodeRemovalRequested):
        return say(
            "A PIN on lock {lock} is to be removed ({reason})",
            lock=e.device_id,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, code_events.BackupCodePulled):
        return say("A backup PIN on lock {lock} replaced a failed one", lock=e.device_id)
    if issubclass(kind, code_events.OfflineCodeLeftValid):
        return say(
            "An offline PIN on lock {lock} stays valid until its end ({reason})",
            lock=e.device_id,
            reason=reason_words(e.reason),
        )
    if issubclass(kind, code_events.PinKeyExported):
        return say("The PIN key was exported to a file, encrypted under a passphrase")
    if issubclass(kind, code_events.PinKeyImported):
        return say("The PIN key was imported from a file into this workstation's keyring")
    if issubclass(kind, code_events.SyncAlertDismissed):
        if e.device_id:
            return say(
                "Sync alert {alert} ({kind}) on lock {lock} was dismissed; what it is about is still retried",
                alert=e.alert_id,
                kind=e.kind,
                lock=e.device_id,
            )
        return say(
            "Sync alert {alert} ({kind}) was dismissed; what it is about is still retried",
            alert=e.alert_id,
            kind=e.kind,
        )
    if issubclass(kind, code_events.LockReplaced):
        moved = say_plural(
            "Lock {old} was replaced by {new}: {n} code moved",
            "Lock {old} was replaced by {new}: {n} codes moved",
            n=len(e.kept_pin) + len(e.new_pin),
            old=e.old_device_id,
            new=e.new_device_id,
        )
        if e.new_pin:
            return say(
                "{moved}; new PINs for {names}, {ended} ended at the desk",
                moved=moved,
                names=_names(e.new_pin),
                ended=e.ended_at_desk,
            )
        return say("{moved}, {ended} ended at the desk", moved=moved, ended=e.ended_at_desk)
    if issubclass(kind, PropertyCreated):
        return say("The property {name} was created", name=e.name)
    if issubclass(kind, PropertyUpdated):
        if not e.changes:
            return say("The property's settings changed")
        return say("The property's {changes} changed", changes=", ".join(sorted(e.changes)))
    if issubclass(kind, EntranceAdded):
        return say("The door {name} was added", name=e.name)
    if issubclass(kind, EntranceUpdated):
        return say(
            "The door {door} changed ({changes})",
            door=door_name(e.entrance_id),
            changes=", ".join(sorted(e.changes)),
        )
    if issubclass(kind, ProviderChanged):
        if not e.endpoint:
            return say("The lock provider was set to {driver} at its default address", driver=e.driver)
        return say(
            "The lock provider was set to {driver} at {endpoint}", driver=e.driver, endpoint=e.endpoint
        )
    if issubclass(kind, SyncRan):
        return say(
            "The lock provider was synchronised: {sent} sent, {failed} failed", sent=e.sent, failed=e.failed
        )
    return ACTION_NAMES.get(kind, kind.__name__)


def signed(sentence: str, operator: str | None, workstation: str) -> str:
    """The sentence with who did it and where: "... by Ann (reception 1)"."""
    if operator:
        return say(
            "{sentence} by {operator} ({workstation})",
            sentence=sentence,
            operator=operator,
            workstation=workstation,
        )
    return say("{sentence} ({workstation})", sentence=sentence, workstation=workstation)


@dataclass(frozen=True)
class AuditFilter:
    """Which audit rows to show: each field given narrows the rows; None shows all.

    `operator` is who was signed in (exact name); `room` a space id, matching rows about its doors
    and about the stays, grants and cards that include them; `guest` any part of a guest's name,
    matching rows that name the guest and rows about that guest's stays, grants and cards;
    `action` a stable action name from ACTION_NAMES.
    """

    operator: str | None = None
    room: str | None = None
    guest: str | None = None
    action: str | None = None
    limit: int = 200
