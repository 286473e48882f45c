"""Plain words for provider error and warning codes."""

from __future__ import annotations

import pytest

from frontdesk.domain.codes import CodeIssue, describe_issue, issue_views, known_issue_codes

# Every error and warning code the provider documents (current and legacy), as listed in the
# API notes the desk was built from.
DOCUMENTED = [
    "provider_issue",
    "failed_to_set_on_device",
    "failed_to_remove_from_device",
    "duplicate_code_on_device",
    "no_space_for_access_code_on_device",
    "conflicting_external_modification",
    "access_code_inactive",
    "code_constraints_violated",
    "failed_to_issue",
    "failed_to_update",
    "failed_to_delete",
    "insufficient_permissions",
    "account_disconnected",
    "salto_ks_subscription_limit_exceeded",
    "dormakaba_sites_disconnected",
    "device_offline",
    "device_removed",
    "hub_disconnected",
    "device_disconnected",
    "empty_backup_access_code_pool",
    "august_lock_not_authorized",
    "missing_device_credentials",
    "auxiliary_heat_running",
    "subscription_required",
    "bridge_disconnected",
    "smartthings_failed_to_set_access_code",
    "smartthings_failed_to_set_after_multiple_retries",
    "smartthings_no_free_slots_available",
    "duplicate_code_attempt_prevented",
    "kwikset_unable_to_confirm_code",
    "kwikset_unable_to_confirm_deletion",
    "code_modified_external_to_seam",
    "august_lock_invalid_code_length",
    "august_device_programming_delay",
    "august_lock_missing_keypad",
    "august_lock_temporarily_offline",
    "salto_ks_user_not_subscribed",
    "hubitat_device_programming_delay",
    "hubitat_no_free_positions_available",
    "wyze_duplicate_code_name",
    "wyze_potential_duplicate_code",
    "dormakaba_oracode_invalid_time_range",
    "kwikset_insufficient_permissions",
    "keynest_unsupported_third_party_locker",
    "august_lock_missing_bridge",
    "ttlock_lock_not_paired_to_gateway",
    "lockly_missing_wifi_bridge",
    "code_rotates_periodically",
    "time_frame_adjusted_for_unknown_time_zone",
    "external_modification_in_effect",
    "delay_in_setting_on_device",
    "delay_in_setting_code_on_device",
    "delay_in_removing_from_device",
    "delay_in_issuing",
    "third_party_integration_detected",
    "igloo_algopin_must_be_used_within_24_hours",
    "management_transferred",
    "using_backup_access_code",
    "being_deleted",
    "unknown_issue_with_access_code",
    "schlage_detected_duplicate",
    "schlage_creation_outage",
    "ultraloq_access_code_disabled",
]

GENERIC_TITLE = describe_issue("surely_not_a_real_code_xyz").title.split(":")[0]


@pytest.mark.parametrize("code", DOCUMENTED)
def test_every_documented_code_has_its_own_words(code):
    title, hint = describe_issue(code)
    assert not title.startswith(GENERIC_TITLE)
    assert code not in title  # plain words, not the program's code
    assert title.endswith(".") and hint.endswith(".")
    assert code in known_issue_codes()


def test_both_spellings_of_the_setting_delay_read_the_same():
    assert describe_issue("delay_in_setting_code_on_device") == describe_issue("delay_in_setting_on_device")
    assert "longer than usual" in describe_issue("delay_in_setting_on_device").title


def test_failures_that_strand_a_guest_suggest_a_backup_code():
    for code in ("failed_to_set_on_device", "device_offline", "hub_disconnected"):
        assert "backup code" in describe_issue(code).hint


def test_unknown_code_is_shown_raw_never_dropped():
    title, hint = describe_issue("acme_lock_on_fire")
    assert "acme_lock_on_fire" in title
    assert hint
    assert describe_issue("").title  # even an empty code gets a line


def test_issue_views_list_errors_then_warnings_with_raw_codes(make_code):
    code = make_code(
        errors=(CodeIssue("failed_to_set_on_device", "provider text"), CodeIssue("mystery_error")),
        warnings=(CodeIssue("delay_in_setting_code_on_device"),),
    )
    views = issue_views(code)
    assert [(v.severity, v.code) for v in views] == [
        ("error", "failed_to_set_on_device"),
        ("error", "mystery_error"),
        ("warning", "delay_in_setting_code_on_device"),
    ]
    assert views[0].message == "provider text"
    assert "mystery_error" in views[1].title
