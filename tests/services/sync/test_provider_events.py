"""The provider's events: the desk learns when each PIN reached its lock and opened the door, and
a code that failed on the lock or was removed from it outside the desk, from one read per run."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from frontdesk.services.sync.events import read_events
from tests.services.codes.conftest import Desk
from tests.services.codes.test_pin_stays import check_in, guest_codes
from tests.services.sync.test_healing import FRONT


async def test_lockout_shows_when_the_pin_reached_the_lock_and_when_it_last_opened_the_door(
    desk: Desk,
) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle(minutes=6 * 60)
    await desk.settle()  # the stay starts at 16:00; the code is sent at 16:00 and on the lock 2 minutes later
    (front,) = guest_codes(await desk.codes())
    assert front.status == "set"
    view = await desk.app.lockout.lookup(key)
    (check,) = view.checks
    assert check.reached_lock_at is not None and check.last_used_at is None
    assert check.history == "Reached the lock at 16:02 on 17 Nov. Not used at the door yet."

    desk.clock.now = datetime(2026, 11, 17, 17, 5, tzinfo=ZoneInfo("America/Los_Angeles")).astimezone(UTC)
    assert desk.sim.unlock_with_pin(FRONT, front.code)
    report = await desk.app.sync.run_once()
    assert report.events_read == 1
    (check,) = (await desk.app.lockout.lookup(key)).checks
    assert check.history == "Reached the lock at 16:02 on 17 Nov. Last used at the door at 17:05 on 17 Nov."
    assert front.code not in check.history  # the PIN itself is never in the history


async def test_each_event_is_read_once_a_bounded_page_count_per_run_oldest_first(desk: Desk) -> None:
    await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle(minutes=6 * 60)
    await desk.settle()
    (front,) = guest_codes(await desk.codes())
    await desk.app.sync.run_once()
    moments = []
    for _visit in range(3):  # the guest opens the door three times, a minute apart
        desk.clock.advance(minutes=1)
        moments.append(desk.clock.now)
        assert desk.sim.unlock_with_pin(FRONT, front.code)

    first = await read_events(desk.sim, desk.app.tx, page_size=1, max_pages=2)
    assert first.read == 2  # two pages of one: the third waits for the next run
    (check,) = (await desk.app.lockout.lookup(front.local_id)).checks
    assert check.last_used_at == moments[1]
    second = await read_events(desk.sim, desk.app.tx, page_size=1, max_pages=2)
    assert second.read == 1
    (check,) = (await desk.app.lockout.lookup(front.local_id)).checks
    assert check.last_used_at == moments[2]
    assert (await desk.app.sync.run_once()).events_read == 0  # never the same event twice


async def test_a_code_that_failed_on_the_lock_is_told_by_its_event_and_not_offered(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle(minutes=6 * 60)
    await desk.settle()
    (front,) = guest_codes(await desk.codes())
    await desk.app.sync.run_once()
    desk.sim.add_code_error(front.access_code_id, "failed_to_set_on_device")

    assert (await read_events(desk.sim, desk.app.tx)).read == 1  # the event alone, without a reconcile
    view = await desk.app.lockout.lookup(key)
    (check,) = view.checks
    assert not check.works_now and check.reason.startswith("failed on the lock")
    assert front.code not in view.message


async def test_a_code_removed_at_the_lock_outside_the_desk_is_put_back_from_its_event(desk: Desk) -> None:
    key = await check_in(desk, doors=("room-101", "front-door-keypad"))
    await desk.settle(minutes=6 * 60)
    await desk.settle()
    (before,) = guest_codes(await desk.codes())
    desk.sim.remove_externally(before.access_code_id)

    done = await read_events(desk.sim, desk.app.tx)  # the event alone, without a reconcile
    assert done.codes_recreated == 1
    alerts = [a for a in (await desk.app.sync.status()).alerts if a.kind == "code_recreated"]
    assert len(alerts) == 1 and before.code not in alerts[0].message
    (check,) = (await desk.app.lockout.lookup(key)).checks
    assert check.reached_lock_at is None  # the code that reached the lock is gone
    await desk.settle()
    (after,) = guest_codes(await desk.codes())
    assert after.code == before.code and after.access_code_id != before.access_code_id
    assert after.sync_state == "synced"
