"""Errors of the PIN-code rules. Each has a status, a title and a one-line hint for the desk."""

from __future__ import annotations

from frontdesk.domain.errors import Conflict, InvalidInput, NotFound
from frontdesk.domain.words import say


class TimesNeedZone(InvalidInput):
    title = say("Times need a time zone.")
    hint = say("Give the start and end with their UTC offset or zone; the desk never guesses the zone.")


class BothOrNeitherTimes(InvalidInput):
    title = say("Give both a start and an end, or neither.")
    hint = say("A code with a start needs an end (a stay); leave both empty for a code with no end date.")


class EndsBeforeStarts(InvalidInput):
    title = say("The code must end after it starts.")
    hint = say("Check the dates: the end (check-out) has to come after the start (check-in).")


class EndAlreadyPast(InvalidInput):
    title = say("The new end is already past.")
    hint = say("Choose an end in the future, or end the stay with check-out instead.")


class StartMustBeInFuture(InvalidInput):
    title = say("This lock needs a start in the future.")
    hint = say("Move the start a few minutes ahead; this lock cannot take codes that start in the past.")


class PinNotAccepted(InvalidInput):
    title = say("PIN not accepted by this lock.")
    hint = say("Choose another PIN, or leave it empty and let the desk pick one that suits the lock.")


class PinAlreadyOnLock(Conflict):
    title = say("This PIN is already on the lock.")
    hint = say("Choose another PIN, or leave it empty and let the desk pick a free one.")


class PinChosenByLock(InvalidInput):
    title = say("This lock chooses its own PINs.")
    hint = say(
        "Leave the PIN empty; the lock maker's system assigns one and the desk shows it when it arrives."
    )


class NoFreePin(Conflict):
    title = say("No free PIN left on this lock.")
    hint = say("Remove codes that are no longer needed from this lock, or allow a longer PIN.")


class CodeNameNotAccepted(InvalidInput):
    title = say("Code name not accepted by this lock.")
    hint = say("Shorten or change the name; this lock limits code names.")


class CustomLinkedCode(InvalidInput):
    title = say("A custom PIN cannot be given for linked codes.")
    hint = say("Leave the PIN empty; the desk picks one PIN that works on every door of the group.")


class LinkedRequestInvalid(InvalidInput):
    title = say("Linked code request not valid.")
    hint = say("Name at least one lock, each once, and choose 'throw' or 'create_random_code'.")


class CodeCannotBeShared(Conflict):
    title = say("These locks cannot share one PIN.")
    hint = say(
        "Ask for a random code where sharing is impossible, or create separate codes for the listed locks."
    )


class LinkedGroupNotFound(NotFound):
    title = say("No codes with this common code key.")
    hint = say("Check the key: it comes from the linked codes' details, or create the linked codes again.")


class LockNotKnown(NotFound):
    title = say("Lock not known to the desk.")
    hint = say("Refresh the list of locks from the provider, then try again.")


class NotTimeBound(InvalidInput):
    title = say("Only a time-bound code can be replaced by a backup code.")
    hint = say("Give the code a start and an end first; a code without an end has no stay to cover.")


class EmptyBackupPool(Conflict):
    title = say("No backup code available for this lock.")
    hint = say(
        "Let the guest in another way (key card or a staff member), and check that the lock is online: "
        "the pool refills once the lock is reachable."
    )


class BackupAlreadyPulled(Conflict):
    title = say("A backup code was already given for this code.")
    hint = say("Give the guest the backup code already pulled (see the code's details) instead of a new one.")


class NoTimeSlotsFound(InvalidInput):
    title = say("No time slots found.")
    hint = say("Move the booking times to within one hour of one of the lock's time slots.")


class StayTooLong(InvalidInput):
    title = say("Offline codes can last at most 31 days.")
    hint = say("Shorten the stay to 31 days or less, and issue a second code for the rest of it later.")


class BadTimeRounding(InvalidInput):
    title = say("Time rounding not understood.")
    hint = say("Use '1hour' (the default) or '1day'.")


class BadTimeOfDay(InvalidInput):
    title = say("Time slot time not understood.")
    hint = say("Expected a time of day like 15:30:00-08:00[America/Los_Angeles]; refresh the lock's details.")


class OfflineCodeImmutable(Conflict):
    title = say("Offline PIN codes cannot be changed or deleted.")
    hint = say(
        "The code stays valid until its end. For new dates issue a new code; "
        "to shut the guest out early, use a card or another lock."
    )


class SameDevice(InvalidInput):
    title = say("The replacement lock is the same lock.")
    hint = say("Choose the new lock that appeared after the factory reset, not the old one.")


class DeviceCannotTakeCode(InvalidInput):
    """Raised with a title naming the device and what it can do (see domain/codes/capabilities.py)."""

    title = say("This device cannot take this PIN code.")
    hint = say("Choose a keypad lock that takes online PIN codes, or an offline code for a time-slot lock.")


class AlertNotFound(NotFound):
    title = say("No open sync alert has this number.")
    hint = say("It may have been resolved already; the alerts still open are listed in the sync status.")
