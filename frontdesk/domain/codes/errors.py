"""Errors of the PIN-code rules. Each has a status, a title and a one-line hint for the desk."""

from __future__ import annotations

from frontdesk.domain.errors import Conflict, InvalidInput, NotFound


class TimesNeedZone(InvalidInput):
    title = "Times need a time zone."
    hint = "Give the start and end with their UTC offset or zone; the desk never guesses the zone."


class BothOrNeitherTimes(InvalidInput):
    title = "Give both a start and an end, or neither."
    hint = "A code with a start needs an end (a stay); leave both empty for a code with no end date."


class EndsBeforeStarts(InvalidInput):
    title = "The code must end after it starts."
    hint = "Check the dates: the end (check-out) has to come after the start (check-in)."


class EndAlreadyPast(InvalidInput):
    title = "The new end is already past."
    hint = "Choose an end in the future, or end the stay with check-out instead."


class StartMustBeInFuture(InvalidInput):
    title = "This lock needs a start in the future."
    hint = "Move the start a few minutes ahead; this lock cannot take codes that start in the past."


class PinNotAccepted(InvalidInput):
    title = "PIN not accepted by this lock."
    hint = "Choose another PIN, or leave it empty and let the desk pick one that suits the lock."


class PinAlreadyOnLock(Conflict):
    title = "This PIN is already on the lock."
    hint = "Choose another PIN, or leave it empty and let the desk pick a free one."


class PinChosenByLock(InvalidInput):
    title = "This lock chooses its own PINs."
    hint = "Leave the PIN empty; the lock maker's system assigns one and the desk shows it when it arrives."


class NoFreePin(Conflict):
    title = "No free PIN left on this lock."
    hint = "Remove codes that are no longer needed from this lock, or allow a longer PIN."


class CodeNameNotAccepted(InvalidInput):
    title = "Code name not accepted by this lock."
    hint = "Shorten or change the name; this lock limits code names."


class CustomLinkedCode(InvalidInput):
    title = "A custom PIN cannot be given for linked codes."
    hint = "Leave the PIN empty; the desk picks one PIN that works on every door of the group."


class LinkedRequestInvalid(InvalidInput):
    title = "Linked code request not valid."
    hint = "Name at least one lock, each once, and choose 'throw' or 'create_random_code'."


class CodeCannotBeShared(Conflict):
    title = "These locks cannot share one PIN."
    hint = "Ask for a random code where sharing is impossible, or create separate codes for the listed locks."


class LinkedGroupNotFound(NotFound):
    title = "No codes with this common code key."
    hint = "Check the key: it comes from the linked codes' details, or create the linked codes again."


class LockNotKnown(NotFound):
    title = "Lock not known to the desk."
    hint = "Refresh the list of locks from the provider, then try again."


class NotTimeBound(InvalidInput):
    title = "Only a time-bound code can be replaced by a backup code."
    hint = "Give the code a start and an end first; a code without an end has no stay to cover."


class EmptyBackupPool(Conflict):
    title = "No backup code available for this lock."
    hint = (
        "Let the guest in another way (key card or a staff member), and check that the lock is online: "
        "the pool refills once the lock is reachable."
    )


class BackupAlreadyPulled(Conflict):
    title = "A backup code was already given for this code."
    hint = "Give the guest the backup code already pulled (see the code's details) instead of a new one."


class NoTimeSlotsFound(InvalidInput):
    title = "No time slots found."
    hint = "Move the booking times to within one hour of one of the lock's time slots."


class StayTooLong(InvalidInput):
    title = "Offline codes can last at most 31 days."
    hint = "Shorten the stay to 31 days or less, and issue a second code for the rest of it later."


class BadTimeRounding(InvalidInput):
    title = "Time rounding not understood."
    hint = "Use '1hour' (the default) or '1day'."


class BadTimeOfDay(InvalidInput):
    title = "Time slot time not understood."
    hint = "Expected a time of day like 15:30:00-08:00[America/Los_Angeles]; refresh the lock's details."


class OfflineCodeImmutable(Conflict):
    title = "Offline PIN codes cannot be changed or deleted."
    hint = (
        "The code stays valid until its end. For new dates issue a new code; "
        "to shut the guest out early, use a card or another lock."
    )


class SameDevice(InvalidInput):
    title = "The replacement lock is the same lock."
    hint = "Choose the new lock that appeared after the factory reset, not the old one."


class DeviceCannotTakeCode(InvalidInput):
    """Raised with a title naming the device and what it can do (see domain/codes/capabilities.py)."""

    title = "This device cannot take this PIN code."
    hint = "Choose a keypad lock that takes online PIN codes, or an offline code for a time-slot lock."


class AlertNotFound(NotFound):
    title = "No open sync alert has this number."
    hint = "It may have been resolved already; the alerts still open are listed in the sync status."
