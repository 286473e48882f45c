"""The backup-code pool: health, pulling a backup for a locked-out guest, and clean-up."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta
from itertools import count

import pytest

from frontdesk.domain.codes import (
    DEFAULT_POOL_SIZE,
    CodeConstraints,
    CodeIssue,
    CodeStatus,
    SyncState,
    codes_to_remove_at_end,
    new_pool_codes,
    pin_problems,
    pool_health,
    pull_backup,
)
from frontdesk.domain.errors import Conflict, InvalidInput


def ids():
    serial = count(1)
    return lambda: f"new-{next(serial)}"


@pytest.fixture
def guest_code(make_code, now):
    return make_code(
        local_id="guest",
        starts_at=now - timedelta(hours=2),
        ends_at=now + timedelta(days=2),
        status=CodeStatus.UNSET,
        errors=(CodeIssue("failed_to_set_on_device"),),
        access_grant_id="grant-1",
        reservation_key="res-1",
    )


def test_default_target_is_five(make_code, now):
    assert DEFAULT_POOL_SIZE == 5
    health = pool_health([], now)
    assert health.healthy_count == 0 and health.to_create == 5


def test_pool_health_sorts_codes(make_code, now):
    healthy = [make_code(is_backup=True) for _ in range(2)]
    setting = make_code(is_backup=True, status=CodeStatus.SETTING)
    unsent = make_code(is_backup=True, status=CodeStatus.UNSET, access_code_id=None,
                       sync_state=SyncState.PENDING_CREATE)  # fmt: skip
    with_errors = make_code(is_backup=True, errors=(CodeIssue("duplicate_code_on_device"),))
    set_but_broken = make_code(is_backup=True, status=CodeStatus.SET, errors=(CodeIssue("whatever_new"),))
    failed_sync = make_code(is_backup=True, status=CodeStatus.UNSET, sync_state=SyncState.FAILED)
    pulled = make_code(is_backup=True, pulled_for="guest")
    guest = make_code()
    health = pool_health(
        [*healthy, setting, unsent, with_errors, set_but_broken, failed_sync, pulled, guest], now
    )
    assert health.healthy == tuple(healthy)
    assert health.on_the_way == (setting, unsent)  # not healthy, but ordered: not ordered again
    assert set(health.to_drop) == {with_errors, set_but_broken, failed_sync}
    assert health.to_create == 5 - 2 - 2


def test_full_pool_needs_nothing(make_code, now):
    pool = [make_code(is_backup=True) for _ in range(6)]
    health = pool_health(pool, now)
    assert health.healthy_count == 6 and health.to_create == 0 and health.to_drop == ()


def test_new_pool_codes_are_ongoing_backups_with_fresh_distinct_pins(now):
    constraints = CodeConstraints(rules=frozenset({"no_zeros"}))
    codes = new_pool_codes("lock-1", 5, now, rng=random.Random(3), constraints=constraints,
                           taken={"4821"}, new_id=ids())  # fmt: skip
    assert len({c.code for c in codes}) == 5
    for code in codes:
        assert code.is_backup and code.is_in_backup_pool and not code.is_time_bound
        assert code.sync_state is SyncState.PENDING_CREATE
        assert code.code != "4821" and pin_problems(code.code, constraints) == []
    assert new_pool_codes("lock-1", 1, now)[0].is_waiting_for_code_assignment


def test_pull_gives_the_oldest_healthy_code_and_orders_a_replacement(make_code, now, guest_code):
    older = make_code(local_id="older", is_backup=True, created_at=now - timedelta(days=9))
    oldest_but_broken = make_code(
        is_backup=True, created_at=now - timedelta(days=20), errors=(CodeIssue("device_offline"),)
    )
    oldest_but_unset = make_code(is_backup=True, created_at=now - timedelta(days=30), status=CodeStatus.UNSET)
    other_lock = make_code(is_backup=True, device_id="lock-2", created_at=now - timedelta(days=40))
    newer = make_code(is_backup=True, created_at=now - timedelta(days=1))
    end = guest_code.ends_at
    pull = pull_backup(
        [newer, oldest_but_broken, older, other_lock, oldest_but_unset], guest_code, end, now, new_id=ids()
    )
    assert pull.backup.local_id == "older"
    assert pull.backup.code == older.code
    assert pull.backup.ends_at == end and pull.backup.is_time_bound
    assert pull.backup.is_backup and not pull.backup.is_in_backup_pool
    assert pull.backup.pulled_for == "guest"
    assert (pull.backup.access_grant_id, pull.backup.reservation_key) == ("grant-1", "res-1")
    assert pull.backup.sync_state is SyncState.PENDING_UPDATE
    assert pull.failed.pulled_backup_access_code_id == older.access_code_id
    assert pull.replacement.is_in_backup_pool and pull.replacement.device_id == "lock-1"
    assert pull.replacement.sync_state is SyncState.PENDING_CREATE
    assert pull.replacement.local_id == "new-1"


def test_replacement_pin_can_be_given(make_code, now, guest_code):
    pull = pull_backup(
        [make_code(is_backup=True)], guest_code, guest_code.ends_at, now, replacement_pin="5937"
    )
    assert pull.replacement.code == "5937" and not pull.replacement.is_waiting_for_code_assignment


def test_empty_pool_is_a_409_with_a_hint(make_code, now, guest_code):
    unusable = [
        make_code(is_backup=True, errors=(CodeIssue("x"),)),
        make_code(is_backup=True, device_id="lock-2"),
    ]
    with pytest.raises(Conflict) as err:
        pull_backup(unusable, guest_code, guest_code.ends_at, now)
    assert err.value.status == 409
    assert err.value.title == "No backup code available for this lock."
    assert "another way" in err.value.hint


def test_pull_needs_a_time_bound_code_and_a_future_end(make_code, now, guest_code):
    pool = [make_code(is_backup=True)]
    with pytest.raises(InvalidInput, match="time-bound"):
        pull_backup(pool, make_code(local_id="staff"), now + timedelta(days=1), now)
    with pytest.raises(InvalidInput, match="already past"):
        pull_backup(pool, guest_code, now - timedelta(minutes=1), now)


def test_second_pull_for_the_same_code_is_refused(make_code, now, guest_code):
    pool = [make_code(is_backup=True), make_code(is_backup=True)]
    pull = pull_backup(pool, guest_code, guest_code.ends_at, now)
    with pytest.raises(Conflict, match="already given"):
        pull_backup([pull.backup, pool[1]], pull.failed, guest_code.ends_at, now)


def test_pulled_codes_leave_when_the_reservation_ends(make_code, now, guest_code):
    pull = pull_backup([make_code(is_backup=True)], guest_code, guest_code.ends_at, now)
    in_pool = make_code(is_backup=True)
    codes = [pull.backup, in_pool, guest_code]
    assert codes_to_remove_at_end(codes, now) == ()
    assert codes_to_remove_at_end(codes, guest_code.ends_at) == (pull.backup,)
    # Early check-out: the reservation's backups go at once.
    assert codes_to_remove_at_end(codes, now, reservation_key="res-1") == (pull.backup,)
    assert codes_to_remove_at_end(codes, now, reservation_key="res-other") == ()
    leaving = dataclasses.replace(pull.backup, sync_state=SyncState.PENDING_DELETE)
    assert codes_to_remove_at_end([leaving], guest_code.ends_at) == ()
