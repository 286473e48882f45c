"""The AccessCode entity: derived type, open status, the desk's own fields and sync marks."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from frontdesk.domain.codes import (
    AccessCode,
    CodeIssue,
    CodeStatus,
    CodeType,
    SyncState,
    changed,
    marked_for_removal,
    new_code,
)
from frontdesk.domain.errors import Conflict

PROVIDER_PROPERTIES = {
    "access_code_id", "code", "common_code_key", "created_at", "device_id", "ends_at", "errors", "warnings",
    "is_backup", "is_backup_access_code_available", "is_external_modification_allowed", "is_managed",
    "is_offline_access_code", "is_one_time_use", "is_scheduled_on_device", "is_waiting_for_code_assignment",
    "name", "appearance", "pending_mutations", "pulled_backup_access_code_id", "starts_at", "status",
    "dormakaba_oracode_metadata", "workspace_id",
}  # fmt: skip


def test_every_provider_property_is_mirrored_and_type_is_derived():
    fields = {f.name for f in dataclasses.fields(AccessCode)}
    assert fields >= PROVIDER_PROPERTIES
    assert {"local_id", "access_grant_id", "reservation_key", "sync_state"} <= fields
    assert "type" not in fields  # derived, so it can never disagree with the times
    assert hasattr(AccessCode, "type")


def test_type_is_ongoing_without_times_and_time_bound_with_them(make_code, now):
    assert make_code().type is CodeType.ONGOING
    bounded = make_code(starts_at=now, ends_at=now + timedelta(days=2))
    assert bounded.type is CodeType.TIME_BOUND
    assert bounded.type == "time_bound"


def test_unknown_status_and_issue_codes_are_kept(make_code):
    code = make_code(
        status="frobnicating",
        errors=(CodeIssue("brand_new_error", "something new"),),
        warnings=(CodeIssue("brand_new_warning"),),
    )
    assert code.status == "frobnicating"
    assert not code.is_known_status
    assert [e.code for e in code.errors] == ["brand_new_error"]
    assert [w.code for w in code.warnings] == ["brand_new_warning"]
    assert make_code(status=CodeStatus.SET).is_known_status


def test_new_code_waits_to_be_sent_and_has_no_provider_id(now):
    code = new_code(local_id="x1", device_id="lock-9", now=now, code="4821")
    assert code.sync_state is SyncState.PENDING_CREATE
    assert code.access_code_id is None
    assert code.status == CodeStatus.UNSET
    assert code.created_at == now


def test_changed_marks_update_only_for_codes_the_provider_knows(make_code, now):
    synced = make_code()
    assert changed(synced, name="Room 12").sync_state is SyncState.PENDING_UPDATE
    unsent = make_code(access_code_id=None, sync_state=SyncState.PENDING_CREATE)
    assert changed(unsent, name="Room 12").sync_state is SyncState.PENDING_CREATE
    failed_create = make_code(access_code_id=None, sync_state=SyncState.FAILED)
    assert changed(failed_create, name="Room 12").sync_state is SyncState.PENDING_CREATE
    leaving = make_code(sync_state=SyncState.PENDING_DELETE)
    assert changed(leaving, name="Room 12").sync_state is SyncState.PENDING_DELETE
    assert synced.name is None  # the original is untouched


def test_marked_for_removal_refuses_offline_codes(make_code):
    assert marked_for_removal(make_code()).sync_state is SyncState.PENDING_DELETE
    with pytest.raises(Conflict) as err:
        marked_for_removal(make_code(is_offline_access_code=True))
    assert err.value.status == 409
    assert "cannot be changed or deleted" in err.value.title


def test_backup_pool_membership(make_code):
    assert make_code(is_backup=True).is_in_backup_pool
    assert not make_code(is_backup=True, pulled_for="local-7").is_in_backup_pool
    assert not make_code().is_in_backup_pool
