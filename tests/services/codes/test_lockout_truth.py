"""Lockout tells only the truth: a PIN that does not work now is never offered to the guest."""

from __future__ import annotations

import pytest

from frontdesk.services.codes.views import CodeView, LockoutView
from tests.services.codes.conftest import Desk, stay
from tests.services.codes.test_pin_stays import check_in, guest_codes


def check(view: LockoutView, code: CodeView):  # type: ignore[no-untyped-def]
    found = next(c for c in view.codes if c.local_id == code.local_id)
    result = view.check_of(found)
    assert result is not None
    return result


async def test_a_pin_that_failed_on_the_lock_is_not_offered_nor_in_the_message(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle(minutes=6 * 60)
    await desk.settle()
    (front,) = guest_codes(await desk.codes())
    assert front.status == "set" and front.code
    assert front.code in (await desk.app.lockout.lookup(key)).message  # it works: offered
    desk.sim.add_code_error(front.access_code_id, "failed_to_set_on_device")
    await desk.app.sync.run_once()

    view = await desk.app.lockout.lookup(key)
    result = check(view, front)
    assert not result.works_now and not result.works_later and result.reason.startswith("failed on the lock")
    assert front.code not in view.message
    assert "No PIN of this stay works now" in " ".join(view.suggestions)


async def test_an_offline_keypad_is_said(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle()
    desk.sim.set_device_online("front-door-keypad", False)
    await desk.settle(minutes=6 * 60)  # the code is due now, but cannot reach the keypad
    (front,) = guest_codes(await desk.codes())

    view = await desk.app.lockout.lookup(key)
    result = check(view, front)
    assert result.keypad_online is False
    assert not result.works_now and "keypad is offline" in result.reason
    assert any("keypad of Front door keypad is offline" in s for s in view.suggestions)
    assert front.code is not None and front.code not in view.message


async def test_a_pin_not_programmed_yet_says_when_and_stays_out_of_the_message(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle()
    (front,) = guest_codes(await desk.codes())

    view = await desk.app.lockout.lookup(key)
    result = check(view, front)
    assert not result.works_now and result.works_later
    assert result.reason == "not programmed yet: it will be programmed at 15:30"
    assert front.code is not None and front.code not in view.message
    assert "preparing a door code" in view.message


async def test_let_in_now_starts_a_stay_of_tonight_and_gives_a_backup_that_works_now(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle()
    await desk.settle()  # the lock's backup pool is filled
    assert not (await desk.app.lockout.lookup(key)).any_works_now  # the stay starts at 16:00

    result = await desk.app.lockout.let_in_now(key, desk.app.desk.change_dates)
    assert result.started_now and result.backup is not None and result.backup.code
    assert result.view.check_of(result.backup).works_now  # type: ignore[union-attr]
    assert f"Front door keypad: {result.backup.code} until" in result.view.message
    assert any("Re-encode the key cards" in line for line in result.left)
    (own,) = guest_codes(list(result.view.codes))
    assert own.starts_at == desk.clock.now  # the stay (and its PIN) now starts now


async def test_a_backup_for_a_code_with_no_stay_greets_neutrally_and_names_its_door(desk: Desk) -> None:
    start, end = stay(desk.clock)
    loose = await desk.app.codes.create(
        "front-door-keypad", starts_at=start, ends_at=end, use_backup_pool=True
    )
    for _ in range(3):  # the lock's backup pool is filled and set
        await desk.settle()

    pulled = await desk.app.lockout.pull_backup(loose.local_id)
    first = pulled.message.splitlines()[0]
    assert "Backup code" not in first and first.startswith("Hello,")
    assert f"Front door keypad: {pulled.backup.code} until" in pulled.message
    assert [c.local_id for c in pulled.codes] == [loose.local_id, pulled.backup.local_id]  # both shown


async def test_a_stay_of_tonight_with_a_card_only_is_not_said_to_look_right(desk: Desk) -> None:
    """No PIN, no card yet, arriving later: the desk says the stay has not started and has no key."""
    from frontdesk.domain.commands import CheckIn

    start, end = stay(desk.clock)
    change = await desk.app.desk.check_in(CheckIn(("Lucas Martin",), ("room-101",), start, end))
    view = await desk.app.lockout.lookup(change.reservation_key or "")
    said = " ".join(view.suggestions)
    assert "look right" not in said
    assert "The stay starts " in said and "Get the guest in now" in said
    assert "no key card and no PIN" in said
    assert "door code" not in view.message  # none is coming: the stay has no PIN
    assert view.message == (
        "Hello Lucas Martin, please come to the front desk: we will give you your key there."
    )


@pytest.mark.parametrize("status", ["cancelled", "revoked", "returned", "replaced", "failed", "unconfirmed"])
def test_a_card_the_desk_does_not_stand_behind_is_never_said_to_open(status: str) -> None:
    from datetime import UTC, datetime, timedelta

    from frontdesk.services.codes.lockout import card_verdict
    from frontdesk.services.codes.views import CardVerdict

    now = datetime(2026, 11, 18, tzinfo=UTC)
    card = {"status": status, "starts_at": now - timedelta(days=1), "ends_at": now + timedelta(days=1)}
    verdict, reason = card_verdict(card, "active", now)
    assert verdict is CardVerdict.WILL_NOT_OPEN and "encode a new one" in reason
