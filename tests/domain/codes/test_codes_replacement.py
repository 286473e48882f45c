"""Replacing a factory-reset lock: which codes go onto the new device, and what the old keeps."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

import pytest

from frontdesk.domain.codes import CodeStatus, SyncState, replace_device
from frontdesk.domain.errors import InvalidInput


def ids():
    serial = count(1)
    return lambda: f"new-{next(serial)}"


def test_live_codes_move_to_the_new_lock_with_the_same_pin(make_code, now):
    stay = make_code(local_id="stay", code="4821", name="Room 12", starts_at=now - timedelta(days=1),
                     ends_at=now + timedelta(days=2), access_grant_id="g1", reservation_key="r1",
                     common_code_key="k1")  # fmt: skip
    staff = make_code(local_id="staff", code="7391", name="Housekeeping")
    future = make_code(local_id="future", starts_at=now + timedelta(days=5), ends_at=now + timedelta(days=7))
    other_lock = make_code(local_id="elsewhere", device_id="lock-2")
    plan = replace_device([stay, staff, future, other_lock], "lock-1", "lock-new", now, new_id=ids())
    assert [c.local_id for c in plan.to_create] == ["new-1", "new-2", "new-3"]
    copy = plan.to_create[0]
    assert copy.device_id == "lock-new"
    assert (copy.code, copy.name, copy.starts_at, copy.ends_at) == (
        "4821",
        "Room 12",
        stay.starts_at,
        stay.ends_at,
    )
    assert (copy.access_grant_id, copy.reservation_key, copy.common_code_key) == ("g1", "r1", "k1")
    assert copy.access_code_id is None and copy.status == CodeStatus.UNSET and copy.errors == ()
    assert copy.sync_state is SyncState.PENDING_CREATE and copy.created_at == now
    old = {c.local_id: c for c in plan.old_marked}
    assert set(old) == {"stay", "staff", "future"}  # the other lock is not touched
    assert old["stay"].replaced_by == "new-1"
    assert all(c.sync_state is SyncState.PENDING_DELETE for c in plan.old_marked)


def test_ended_pool_and_offline_codes_are_not_carried_over(make_code, now):
    ended = make_code(local_id="ended", starts_at=now - timedelta(days=3), ends_at=now - timedelta(hours=1))
    pool = make_code(local_id="pool", is_backup=True)
    offline = make_code(local_id="offline", is_offline_access_code=True,
                        starts_at=now, ends_at=now + timedelta(days=2))  # fmt: skip
    leaving = make_code(local_id="leaving", sync_state=SyncState.PENDING_DELETE)
    plan = replace_device([ended, pool, offline, leaving], "lock-1", "lock-new", now)
    assert plan.to_create == ()
    reasons = {code.local_id: reason for code, reason in plan.left_behind}
    assert set(reasons) == {"ended", "pool", "offline"}
    assert "new code" in reasons["offline"]
    marked = {c.local_id for c in plan.old_marked}
    assert marked == {"ended", "pool"}  # offline codes cannot be deleted, so they are not marked


def test_pulled_backup_follows_the_guests_code(make_code, now):
    guest = make_code(local_id="guest", starts_at=now, ends_at=now + timedelta(days=2))
    backup = make_code(local_id="bk", is_backup=True, pulled_for="guest", starts_at=now,
                       ends_at=now + timedelta(days=2))  # fmt: skip
    plan = replace_device([backup, guest], "lock-1", "lock-new", now, new_id=ids())
    copies = {c.code: c for c in plan.to_create}
    assert copies[backup.code].is_backup
    assert copies[backup.code].pulled_for == copies[guest.code].local_id


def test_replacing_a_lock_by_itself_is_refused(make_code, now):
    with pytest.raises(InvalidInput, match="same lock"):
        replace_device([make_code()], "lock-1", "lock-1", now)
