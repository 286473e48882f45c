"""Plain words for the errors and warnings a lock provider attaches to codes and locks.

The provider's codes are for programs; a receptionist needs to know what happened and what to
do now. Every code the provider documents (current and legacy) has a wording here. An unknown
code gets a generic wording that still shows the raw code: it is never dropped.
"""

from __future__ import annotations

from typing import NamedTuple

from frontdesk.domain.codes.access_code import AccessCode
from frontdesk.domain.words import say


class IssueText(NamedTuple):
    title: str
    hint: str


class IssueView(NamedTuple):
    """One line of the code's problem list, as the desk shows it."""

    severity: str  # "error" or "warning"
    code: str  # the provider's raw code, always shown
    title: str
    hint: str
    message: str  # the provider's own message, for support


_TEXTS: dict[str, IssueText] = {
    # --- code errors ---
    "failed_to_set_on_device": IssueText(
        say("The code could not be put on the lock."),
        say(
            "Check the lock is online and has free code slots. "
            "If the guest is waiting, give them a backup code."
        ),
    ),
    "failed_to_remove_from_device": IssueText(
        say("The code could not be removed from the lock."),
        say("It may still open the door: check the lock is online, then remove the code again."),
    ),
    "duplicate_code_on_device": IssueText(
        say("The same PIN is already on this lock."),
        say("Give this guest a different PIN; the lock refuses duplicates."),
    ),
    "no_space_for_access_code_on_device": IssueText(
        say("The lock is full."),
        say("Remove codes that are no longer needed from this lock, then try again."),
    ),
    "conflicting_external_modification": IssueText(
        say("The code was changed outside the desk."),
        say("Someone changed it in the lock maker's app or on the keypad; check it and set it again."),
    ),
    "access_code_inactive": IssueText(
        say("The code is switched off on the lock."),
        say("Switch it on again in the lock maker's app. If the guest is waiting, give them a backup code."),
    ),
    "code_constraints_violated": IssueText(
        say("The lock does not accept this PIN."), say("Issue a new code and let the desk choose the PIN.")
    ),
    "failed_to_issue": IssueText(
        say("The code could not be issued."),
        say("Try again once the lock is online. If the guest is waiting, give them a backup code."),
    ),
    "failed_to_update": IssueText(
        say("The change did not reach the lock."),
        say("The old dates or PIN may still apply; try the change again."),
    ),
    "failed_to_delete": IssueText(
        say("The code could not be deleted."), say("It may still open the door; try deleting it again.")
    ),
    "provider_issue": IssueText(
        say("The lock maker's service reported a problem."),
        say("Wait a few minutes; if it stays, contact support."),
    ),
    "insufficient_permissions": IssueText(
        say("The desk is not allowed to manage this lock."),
        say("Ask the lock's owner to grant access to the account."),
    ),
    # --- account errors ---
    "account_disconnected": IssueText(
        say("The lock maker's account is disconnected."),
        say("Ask your administrator to reconnect the account."),
    ),
    "salto_ks_subscription_limit_exceeded": IssueText(
        say("The Salto KS subscription limit is reached."),
        say("Ask your administrator to extend the subscription."),
    ),
    "dormakaba_sites_disconnected": IssueText(
        say("The dormakaba site is disconnected."),
        say("Ask your administrator to reconnect the dormakaba site."),
    ),
    "subscription_required": IssueText(
        say("The lock needs a paid subscription."),
        say("Ask your administrator to renew the lock maker's subscription."),
    ),
    # --- lock (device) errors ---
    "device_offline": IssueText(
        say("The lock is offline."),
        say(
            "Check the lock's hub or Wi-Fi bridge is powered and online. "
            "If the guest is waiting, give them a backup code."
        ),
    ),
    "device_disconnected": IssueText(
        say("The lock is disconnected."),
        say(
            "Check the lock's hub or Wi-Fi bridge is powered and online. "
            "If the guest is waiting, give them a backup code."
        ),
    ),
    "hub_disconnected": IssueText(
        say("The lock's hub is disconnected."),
        say(
            "Check the lock's hub or Wi-Fi bridge is powered and online. "
            "If the guest is waiting, give them a backup code."
        ),
    ),
    "bridge_disconnected": IssueText(
        say("The lock's bridge is disconnected."),
        say(
            "Check the lock's hub or Wi-Fi bridge is powered and online. "
            "If the guest is waiting, give them a backup code."
        ),
    ),
    "device_removed": IssueText(
        say("The lock was removed from the account."),
        say("If it was factory reset, replace the old lock with the new one in the lock list."),
    ),
    "empty_backup_access_code_pool": IssueText(
        say("No backup codes left on this lock."),
        say("Let the guest in another way; the pool refills once the lock is online."),
    ),
    "august_lock_not_authorized": IssueText(
        say("The desk is not authorised on this August lock."),
        say("Re-authorise the lock in the August app."),
    ),
    "missing_device_credentials": IssueText(
        say("The lock's login details are missing."), say("Ask your administrator to enter them again.")
    ),
    "auxiliary_heat_running": IssueText(
        say("The thermostat's auxiliary heat is running."),
        say("Nothing to do at the desk; it concerns the thermostat."),
    ),
    "august_lock_missing_bridge": IssueText(
        say("The August lock has no Wi-Fi bridge."),
        say("Install or power the bridge so the lock can receive codes."),
    ),
    "ttlock_lock_not_paired_to_gateway": IssueText(
        say("The TTLock lock is not paired to its gateway."),
        say("Pair the lock with its gateway in the TTLock app."),
    ),
    "lockly_missing_wifi_bridge": IssueText(
        say("The Lockly lock has no Wi-Fi bridge."),
        say("Install or power the bridge so the lock can receive codes."),
    ),
    "august_lock_missing_keypad": IssueText(
        say("The August lock has no keypad."), say("Attach a keypad, or use a card or key for this door.")
    ),
    "keynest_unsupported_third_party_locker": IssueText(
        say("This KeyNest locker is not supported."),
        say("Use another way to hand over keys for this locker."),
    ),
    "salto_ks_user_not_subscribed": IssueText(
        say("The Salto KS user has no subscription."),
        say("Ask your administrator to add the user to the subscription."),
    ),
    "august_lock_invalid_code_length": IssueText(
        say("The August lock does not take this PIN length."),
        say("Issue a new code and let the desk choose the PIN."),
    ),
    "dormakaba_oracode_invalid_time_range": IssueText(
        say("The dates do not fit the lock's time slots."),
        say("Pick check-in and check-out times from the lock's slots."),
    ),
    "wyze_duplicate_code_name": IssueText(
        say("Another code on this lock has the same name."), say("Rename the code and try again.")
    ),
    # --- warnings ---
    "delay_in_setting_on_device": IssueText(
        say("Putting the code on the lock is taking longer than usual."),
        say("Wait a few minutes; if the guest is at the door, give them a backup code."),
    ),
    "delay_in_removing_from_device": IssueText(
        say("Removing the code from the lock is taking longer than usual."),
        say("The code may still open the door for now; check the lock is online."),
    ),
    "delay_in_issuing": IssueText(
        say("Issuing the code is taking longer than usual."), say("Wait a few minutes.")
    ),
    "code_rotates_periodically": IssueText(
        say("This lock changes the PIN by itself now and then."),
        say("Always read the current PIN before telling the guest."),
    ),
    "time_frame_adjusted_for_unknown_time_zone": IssueText(
        say("The times were adjusted because the lock's time zone is unknown."),
        say("Set the lock's time zone, then check the code's start and end."),
    ),
    "external_modification_in_effect": IssueText(
        say("The code was changed outside the desk, and the change was kept."),
        say("Check the PIN and times shown here before telling the guest."),
    ),
    "third_party_integration_detected": IssueText(
        say("Another system also manages this lock."),
        say("Codes may be changed by that system; check before relying on them."),
    ),
    "igloo_algopin_must_be_used_within_24_hours": IssueText(
        say("The guest must use this PIN within 24 hours of its start."),
        say("Tell the guest, or it stops working."),
    ),
    "management_transferred": IssueText(
        say("This code is now managed elsewhere."), say("Changes made at the desk no longer reach it.")
    ),
    "using_backup_access_code": IssueText(
        say("A backup code is standing in for this code."),
        say("Give the guest the backup code shown with this stay."),
    ),
    "being_deleted": IssueText(
        say("The code is being deleted."), say("Nothing to do; it disappears shortly.")
    ),
    "unknown_issue_with_access_code": IssueText(
        say("The lock maker's service reports an unclear problem."),
        say("Check the code in a few minutes. If the guest is waiting, give them a backup code."),
    ),
    "schlage_detected_duplicate": IssueText(
        say("The Schlage lock already has this PIN."), say("Give this guest a different PIN.")
    ),
    "schlage_creation_outage": IssueText(
        say("Schlage's service cannot create codes right now."),
        say("Try again later. If the guest is waiting, give them a backup code."),
    ),
    "ultraloq_access_code_disabled": IssueText(
        say("The code is disabled on the Ultraloq lock."), say("Enable it in the Ultraloq app.")
    ),
    # --- lock warnings that concern codes ---
    "partial_backup_access_code_pool": IssueText(
        say("This lock has fewer backup codes than it should."),
        say("The desk refills the pool when the lock is online."),
    ),
    "many_active_backup_codes": IssueText(
        say("Many backup codes are in use on this lock."),
        say("Check why guests' own codes are not working on this lock."),
    ),
    "max_access_codes_reached": IssueText(
        say("The lock holds as many codes as it can."),
        say("Remove codes that are no longer needed from this lock."),
    ),
    "time_zone_unknown": IssueText(
        say("The lock's time zone is unknown."), say("Set the lock's time zone so times are right.")
    ),
    "time_zone_mismatch": IssueText(
        say("The lock's time zone differs from the property's."),
        say("Check and correct the lock's time zone."),
    ),
}

# Codes that mean the same as a worded one. The hospitality guide spells the delay warning
# `delay_in_setting_code_on_device`; vendors had their own names for common failures.
_ALIASES: dict[str, str] = {
    "delay_in_setting_code_on_device": "delay_in_setting_on_device",
    "smartthings_failed_to_set_access_code": "failed_to_set_on_device",
    "smartthings_failed_to_set_after_multiple_retries": "failed_to_set_on_device",
    "kwikset_unable_to_confirm_code": "failed_to_set_on_device",
    "smartthings_no_free_slots_available": "no_space_for_access_code_on_device",
    "hubitat_no_free_positions_available": "no_space_for_access_code_on_device",
    "duplicate_code_attempt_prevented": "duplicate_code_on_device",
    "wyze_potential_duplicate_code": "duplicate_code_on_device",
    "kwikset_unable_to_confirm_deletion": "failed_to_remove_from_device",
    "code_modified_external_to_seam": "conflicting_external_modification",
    "august_device_programming_delay": "delay_in_setting_on_device",
    "hubitat_device_programming_delay": "delay_in_setting_on_device",
    "august_lock_temporarily_offline": "device_offline",
    "kwikset_insufficient_permissions": "insufficient_permissions",
}


def normalized_issue_code(code: str) -> str:
    """The code a worded one means: spelling variants and vendors' own names folded into it."""
    return _ALIASES.get(code, code)


def known_issue_codes() -> frozenset[str]:
    """Every code that has its own wording (aliases included)."""
    return frozenset(_TEXTS) | frozenset(_ALIASES)


def describe_issue(code: str) -> IssueText:
    """Title and hint for an error or warning code; unknown codes keep their raw code visible."""
    text = _TEXTS.get(normalized_issue_code(code))
    if text is not None:
        return text
    return IssueText(
        say("The lock provider reports: {code}", code=code or say("(no code given)")),
        say("The desk has no wording for this yet; check the lock, and tell support if it stays."),
    )


def issue_views(code: AccessCode) -> list[IssueView]:
    """The code's errors then warnings, each worded for the desk and keeping the raw code."""
    views: list[IssueView] = []
    for severity, issues in (("error", code.errors), ("warning", code.warnings)):
        for issue in issues:
            title, hint = describe_issue(issue.code)
            views.append(IssueView(severity, issue.code, title, hint, issue.message))
    return views
