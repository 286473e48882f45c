"""Linked codes: one PIN on several locks, grouped by a common code key, moved together."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from frontdesk.domain.codes import (
    CodeConstraints,
    DeviceCodeContext,
    LinkedCodeRequest,
    SyncState,
    pin_problems,
    plan_linked_codes,
    update_group_times,
)
from frontdesk.domain.errors import Conflict, InvalidInput, NotFound

START = datetime(2024, 11, 15, 15, 0, tzinfo=UTC)
END = datetime(2024, 11, 17, 11, 0, tzinfo=UTC)


def ids():
    serial = count(1)
    return lambda: f"new-{next(serial)}"


def ctx(device_id: str, *rule_names: str, lengths=None, taken=()) -> DeviceCodeContext:
    constraints = CodeConstraints(
        rules=frozenset(rule_names), supported_lengths=frozenset(lengths) if lengths else None
    )
    return DeviceCodeContext(device_id, constraints, frozenset(taken))


def request(*device_ids: str, **kw) -> LinkedCodeRequest:
    kw.setdefault("name", "Jane's reservation")
    kw.setdefault("starts_at", START)
    kw.setdefault("ends_at", END)
    return LinkedCodeRequest(device_ids=tuple(device_ids), **kw)


def test_one_pin_on_every_lock_that_each_lock_accepts(now):
    devices = {
        "front": ctx("front", "no_zeros", taken={"4821"}),
        "room": ctx("room", "cannot_start_with_12", "no_triple_consecutive_ints"),
    }
    plan = plan_linked_codes(
        request("front", "room", preferred_code_length=6), devices, random.Random(2), now, new_id=ids()
    )
    assert plan.own_pin_device_ids == ()
    pins = {c.code for c in plan.codes}
    assert pins == {plan.shared_pin} and len(plan.shared_pin) == 6
    for code in plan.codes:
        d = devices[code.device_id]
        assert pin_problems(code.code, d.constraints, d.taken) == []
        assert code.common_code_key == plan.common_code_key
        assert code.sync_state is SyncState.PENDING_CREATE
        assert (code.starts_at, code.ends_at, code.name) == (START, END, "Jane's reservation")
    assert [c.local_id for c in plan.codes] == ["new-1", "new-2"]


def test_each_plan_gets_a_new_common_code_key(now):
    devices = {"a": ctx("a"), "b": ctx("b")}
    rng = random.Random(1)
    first = plan_linked_codes(request("a", "b"), devices, rng, now)
    second = plan_linked_codes(request("a", "b"), devices, rng, now)
    assert first.common_code_key != second.common_code_key
    assert first.common_code_key.startswith("frontdesk_linked_")


def test_a_custom_pin_is_refused_with_a_400(now):
    with pytest.raises(InvalidInput) as err:
        plan_linked_codes(
            request("a", "b", code="4821"), {"a": ctx("a"), "b": ctx("b")}, random.Random(1), now
        )
    assert err.value.status == 400
    assert err.value.title == "A custom PIN cannot be given for linked codes."


@pytest.mark.parametrize(
    "bad",
    [
        {"device_ids": ()},
        {"device_ids": ("a", "a")},
        {"device_ids": ("a",), "behavior_when_code_cannot_be_shared": "shrug"},
    ],
)
def test_malformed_requests_are_refused(now, bad):
    with pytest.raises(InvalidInput):
        LinkedCodeRequest(**bad).validate()


def test_times_are_validated(now):
    with pytest.raises(InvalidInput, match="both a start and an end"):
        plan_linked_codes(request("a", ends_at=None), {"a": ctx("a")}, random.Random(1), now)


def test_unknown_lock_is_a_404(now):
    with pytest.raises(NotFound):
        plan_linked_codes(request("a", "ghost"), {"a": ctx("a")}, random.Random(1), now)


def test_locks_that_cannot_share_make_throw_fail_naming_them(now):
    devices = {"a": ctx("a", lengths={4}), "b": ctx("b", lengths={4}), "c": ctx("c", lengths={6})}
    with pytest.raises(Conflict) as err:
        plan_linked_codes(request("a", "b", "c"), devices, random.Random(1), now)
    assert err.value.status == 409
    assert err.value.detail["device_ids"] == ["c"]
    assert "c" in err.value.hint


def test_create_random_code_gives_the_odd_lock_its_own_pin(now):
    devices = {"a": ctx("a", lengths={4}), "b": ctx("b", lengths={4}), "c": ctx("c", lengths={6})}
    plan = plan_linked_codes(
        request("a", "b", "c", behavior_when_code_cannot_be_shared="create_random_code"),
        devices,
        random.Random(1),
        now,
    )
    by_device = {c.device_id: c for c in plan.codes}
    assert by_device["a"].code == by_device["b"].code == plan.shared_pin
    assert len(by_device["c"].code) == 6
    assert plan.own_pin_device_ids == ("c",)
    assert {c.common_code_key for c in plan.codes} == {plan.common_code_key}  # times still move together


def test_taken_pins_that_block_sharing_are_worked_around(now):
    # Lock b holds every 4-digit PIN lock a could take except one; lock c shares nothing with a.
    a_digits = "123456"
    a_pins = {f"{w}{x}{y}{z}" for w in a_digits for x in a_digits for y in a_digits for z in a_digits}
    devices = {
        "a": ctx("a", "cannot_contain_0789", lengths={4}),
        "b": ctx("b", lengths={4}, taken=a_pins - {"6543"}),
        "c": ctx("c", lengths={4}, taken={"6543"}),
    }
    plan = plan_linked_codes(
        request("a", "b", "c", behavior_when_code_cannot_be_shared="create_random_code"),
        devices,
        random.Random(4),
        now,
    )
    assert plan.shared_pin == "6543"
    assert plan.own_pin_device_ids == ("c",)
    c_code = next(c for c in plan.codes if c.device_id == "c")
    assert c_code.code != "6543" and pin_problems(c_code.code, devices["c"].constraints, {"6543"}) == []


def test_lock_that_assigns_its_own_pins(now):
    devices = {"a": ctx("a"), "lockly": ctx("lockly", "cannot_specify_pin_code")}
    with pytest.raises(Conflict):
        plan_linked_codes(request("a", "lockly"), devices, random.Random(1), now)
    plan = plan_linked_codes(
        request("a", "lockly", behavior_when_code_cannot_be_shared="create_random_code"),
        devices,
        random.Random(1),
        now,
    )
    lockly = next(c for c in plan.codes if c.device_id == "lockly")
    assert lockly.code is None and lockly.is_waiting_for_code_assignment


def test_group_times_change_together(make_code, now):
    key = "frontdesk_linked_k1"
    codes = [
        make_code(common_code_key=key, starts_at=START, ends_at=END),
        make_code(common_code_key=key, starts_at=START, ends_at=END, access_code_id=None,
                  sync_state=SyncState.PENDING_CREATE),
        make_code(common_code_key="other", starts_at=START, ends_at=END),
    ]  # fmt: skip
    early, late = START - timedelta(hours=3), END + timedelta(hours=4)
    updated = update_group_times(codes, key, early, late, now=now)
    assert len(updated) == 2
    assert all((c.starts_at, c.ends_at) == (early, late) for c in updated)
    assert [c.sync_state for c in updated] == [SyncState.PENDING_UPDATE, SyncState.PENDING_CREATE]
    assert codes[2].starts_at == START  # another group is untouched


def test_group_update_validates_once_and_changes_nothing_on_error(make_code, now):
    key = "k"
    codes = [make_code(common_code_key=key, starts_at=START, ends_at=END) for _ in range(3)]
    with pytest.raises(InvalidInput, match="end after it starts"):
        update_group_times(codes, key, END, START)
    with pytest.raises(InvalidInput, match="already past"):
        update_group_times(codes, key, START - timedelta(days=5), now - timedelta(days=1), now=now)
    assert all(c.starts_at == START for c in codes)


def test_group_update_of_unknown_key_is_404_and_offline_members_refuse(make_code, now):
    with pytest.raises(NotFound):
        update_group_times([make_code(common_code_key="k")], "nope", START, END)
    offline = [make_code(common_code_key="k", starts_at=START, ends_at=END, is_offline_access_code=True)]
    with pytest.raises(Conflict, match="cannot be changed"):
        update_group_times(offline, "k", START, END + timedelta(days=1))
