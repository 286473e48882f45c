"""The provider-side data classes keep everything the provider says, including what is new to us."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from frontdesk.domain.codes import normalized_issue_code
from frontdesk.domain.errors import InvalidInput
from frontdesk.services.codes.provider import (
    ProviderAccessCode,
    ProviderDevice,
    format_provider_time,
    parse_provider_time,
)


def test_access_code_keeps_unknown_values_and_fields() -> None:
    raw = {
        "access_code_id": "ac1",
        "device_id": "d1",
        "code": "8080",
        "status": "paused_by_provider",  # a status from a future API version
        "type": "time_bound",
        "errors": [{"error_code": "kwikset_unable_to_confirm_code", "message": "legacy"}],
        "warnings": [{"warning_code": "delay_in_setting_code_on_device", "message": "slow"}],
        "pending_mutations": [{"mutation_code": "updating_code", "message": "m", "from": {"code": "1"}}],
        "brand_new_field": {"x": 1},
    }
    code = ProviderAccessCode.from_dict(raw)
    assert code.status == "paused_by_provider"
    assert [e.code for e in code.errors] == ["kwikset_unable_to_confirm_code"]
    assert normalized_issue_code(code.warnings[0].code) == "delay_in_setting_on_device"
    assert code.pending_mutations[0].details["from"] == {"code": "1"}
    assert code.raw["brand_new_field"] == {"x": 1}
    assert code.is_backup is None  # absent stays unknown, not False


def test_access_code_repr_hides_the_pin() -> None:
    code = ProviderAccessCode.from_dict({"access_code_id": "ac1", "device_id": "d1", "code": "8080"})
    assert "8080" not in repr(code)


def test_device_reads_time_zone_slots_and_deprecated_flags() -> None:
    device = ProviderDevice.from_dict(
        {
            "device_id": "d1",
            "properties": {
                "online_access_codes_enabled": True,  # deprecated spelling, used only as a fallback
                "dormakaba_oracode_metadata": {
                    "iana_timezone": "America/Los_Angeles",
                    "predefined_time_slots": [
                        {"name": "Std", "check_in_time": "16:00:00-08:00[America/Los_Angeles]"}
                    ],
                },
                "code_constraints": [{"constraint_type": "name_length", "max_length": 14}],
            },
        }
    )
    assert device.can_program_online_access_codes is True
    assert device.time_zone == "America/Los_Angeles"
    assert device.predefined_time_slots[0].name == "Std"
    assert device.code_constraints[0].max_length == 14


def test_times_go_out_with_their_offset_and_come_back_aware() -> None:
    assert format_provider_time(datetime(2030, 1, 1, 15, 0, tzinfo=UTC)) == "2030-01-01T15:00:00Z"
    local = datetime(2030, 1, 1, 16, 0, tzinfo=timezone(timedelta(hours=-8)))
    assert format_provider_time(local) == "2030-01-01T16:00:00-08:00"
    assert parse_provider_time("2030-01-02T00:00:00.000Z") == local
    with pytest.raises(InvalidInput):
        format_provider_time(datetime(2030, 1, 1))
