"""Dismissing a sync alert: audited with who, hidden from the desk while the problem lasts, the
retry behind it untouched, and a new alert when the problem comes back after it was over."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.domain.codes.errors import AlertNotFound
from frontdesk.domain.operators import Role
from tests.operator_fixtures import NAMES, add_staff, sign_in
from tests.services.codes.conftest import Desk, stay

FRONT = "front-door-keypad"
INTERVAL = 30.0


async def run_desk_for(desk: Desk, span: timedelta) -> None:
    until = desk.clock.now + span
    while desk.clock.now < until:
        await desk.app.sync.run_once()
        desk.clock.advance(seconds=await desk.app.sync.seconds_until_next_run(INTERVAL))


async def test_a_dismissed_alert_leaves_the_list_the_retry_goes_on_and_it_comes_back_if_it_recurs(
    desk: Desk,
) -> None:
    await add_staff(desk.app)
    await sign_in(desk.app, Role.RECEPTIONIST)
    start, end = stay(desk.clock)
    desk.sim.set_outage(True)
    code = await desk.app.codes.create(FRONT, name="Ann Lee", starts_at=start, ends_at=end)
    await run_desk_for(desk, timedelta(minutes=30))
    (alert,) = (await desk.app.sync.status()).alerts
    assert alert.kind == "create_delayed" and alert.access_code_local_id == code.local_id

    dismissed = await desk.app.codes.dismiss_alert(alert.alert_id)
    assert dismissed.alert_id == alert.alert_id
    await run_desk_for(desk, timedelta(minutes=30))  # the outage goes on
    status = await desk.app.sync.status()
    assert status.alerts == ()  # not shown again while the same problem lasts
    assert status.pending == 1  # the change itself is still waiting to be sent
    with pytest.raises(AlertNotFound):
        await desk.app.codes.dismiss_alert(99_999)

    desk.sim.set_outage(False)
    await run_desk_for(desk, timedelta(seconds=INTERVAL + 1))
    assert (await desk.app.codes.get(code.local_id)).sync_state == "synced"  # the retry got through

    desk.sim.set_outage(True)  # the problem comes back: a new change cannot reach the lock
    await desk.app.codes.update(code.local_id, starts_at=start, ends_at=end + timedelta(days=1))
    await run_desk_for(desk, timedelta(minutes=30))
    (again,) = (await desk.app.sync.status()).alerts
    assert again.kind == "update_delayed" and again.alert_id != alert.alert_id

    await sign_in(desk.app, Role.MANAGER)
    (row,) = await desk.app.queries.audit(action="sync.alert_dismissed")
    assert row.operator == NAMES[Role.RECEPTIONIST] and str(alert.alert_id) in row.sentence
