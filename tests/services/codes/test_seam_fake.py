"""The desk against Seam's own fake server on loopback (the Seam driver, real HTTP).

The fake never moves a code's status and has no update_multiple, so
lifecycle and fault tests use the simulated provider; these check the wire and the outbox.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, timedelta

import httpx
import pytest
import pytest_asyncio

from drivers.seam import SeamProvider
from frontdesk.domain.codes import LinkedCodeRequest
from frontdesk.services.bootstrap import App
from frontdesk.services.clock import FixedClock
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam
ROOM, FRONT, BACK = "hotel_room_101", "august_device_1", "august_device_2"


@pytest_asyncio.fixture
async def seam_app(app: App, clock: FixedClock, fake_seam: FakeSeam) -> AsyncIterator[App]:
    app.sync.use_provider(SeamProvider(fake_seam.url, fake_seam.api_key, timeout=5.0))

    async def move_clock(seconds: float) -> None:  # backoff waits move the desk's clock, not the test's
        clock.advance(seconds=seconds + 0.001)

    app.sync.set_timing(sleep=move_clock)
    yield app
    await app.sync.close()


def fake_codes(server: FakeSeam) -> list[dict]:
    db = httpx.get(f"{server.url}/_fake/database", timeout=10).json()
    return [c for c in db["access_codes"] if c.get("is_managed", True)]


async def test_devices_create_linked_update_delete_against_the_fake(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    now = seam_app.clock()
    devices = {d.device_id: d for d in await seam_app.codes.devices()}
    assert devices[ROOM].supports_backup_access_code_pool and devices[ROOM].source == "provider"
    assert devices["hotel_cottage_1"].time_slots[0] == "Standard 4pm-10am"

    single = await seam_app.codes.create(
        ROOM, name="Ann", starts_at=now + timedelta(hours=2), ends_at=now + timedelta(days=2)
    )
    assert "0" not in single.code and len(single.code) in (4, 6)  # the lock's constraints
    linked = await seam_app.codes.create_multiple(
        LinkedCodeRequest(
            (FRONT, BACK), name="Bob", starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
        )
    )
    report = await seam_app.sync.run_once(force=True)
    assert report.pending == 0 and report.gave_up == 0
    codes = {c.local_id: c for c in await seam_app.codes.list()}
    assert all(c.sync_state == "synced" and c.access_code_id for c in codes.values())
    at_fake = {c["access_code_id"]: c for c in fake_codes(fake_seam)}
    assert at_fake[codes[single.local_id].access_code_id]["code"] == single.code
    pins = {at_fake[codes[c.local_id].access_code_id]["code"] for c in linked.access_codes}
    assert len(pins) == 1

    new_end = now + timedelta(days=3)
    await seam_app.codes.update_multiple(linked.common_code_key, now + timedelta(hours=1), new_end)
    assert (await seam_app.sync.run_once(force=True)).pending == 0
    for c in linked.access_codes:
        stored = at_fake_now = {x["access_code_id"]: x for x in fake_codes(fake_seam)}
        assert stored[codes[c.local_id].access_code_id]["ends_at"].startswith(
            new_end.strftime("%Y-%m-%dT%H:%M")
        )
        assert at_fake_now

    await seam_app.codes.delete(single.local_id)
    assert (await seam_app.sync.run_once(force=True)).pending == 0
    assert codes[single.local_id].access_code_id not in {c["access_code_id"] for c in fake_codes(fake_seam)}


async def test_backup_pull_from_the_fakes_pool(seam_app: App, fake_seam: FakeSeam) -> None:
    now = seam_app.clock()
    await seam_app.codes.devices()
    guest = await seam_app.codes.create(
        ROOM,
        name="Cleo",
        starts_at=now + timedelta(hours=1),
        ends_at=now + timedelta(days=2),
        use_backup_pool=True,
    )
    await seam_app.sync.run_once(force=True)
    # The room keeps the provider's pool: the desk orders no "Backup code" of its own beside it.
    assert [c for c in await seam_app.codes.list(ROOM) if c.in_backup_pool] == []
    assert not [c for c in fake_codes(fake_seam) if c["device_id"] == ROOM and c.get("name") == "Backup code"]
    backup = await seam_app.codes.pull_backup(guest.local_id)
    assert backup.code == "7391" and backup.is_backup and backup.pulled_for == guest.local_id
    assert (await seam_app.sync.run_once(force=True)).pending == 0
    stored = {
        c["access_code_id"]: c for c in httpx.get(f"{fake_seam.url}/_fake/database").json()["access_codes"]
    }
    assert stored[backup.access_code_id]["ends_at"] is not None  # bounded to the stay at the provider


async def test_outage_and_stopped_server_lose_nothing_and_duplicate_nothing(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    now = seam_app.clock()
    await seam_app.codes.devices()
    fake_seam.simulate_outage(["/access_codes/create", "/access_codes/list", "/devices/list"])
    made = [
        await seam_app.codes.create(
            ROOM if n % 2 else FRONT,
            name=f"G{n}",
            starts_at=now + timedelta(hours=1),
            ends_at=now + timedelta(days=1),
        )
        for n in range(6)
    ]
    report = await seam_app.sync.run_once(force=True)
    assert report.pending == 6 and not report.provider_reachable
    assert all(c.pending for c in await seam_app.codes.list())

    fake_seam.stop()  # the whole service goes away
    made.append(
        await seam_app.codes.create(
            BACK, name="G6", starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
        )
    )
    report = await seam_app.sync.run_once(force=True)
    assert report.pending == 7

    fake_seam.start()  # a fresh fake: nothing of ours reached it before
    report = await seam_app.sync.run_until_idle()
    assert report.pending == 0 and report.gave_up == 0
    at_fake = Counter((c["device_id"], c["code"]) for c in fake_codes(fake_seam))
    for code in await seam_app.codes.list():
        if code.is_backup:
            continue
        assert code.sync_state == "synced"
        assert at_fake[(code.device_id, code.code)] == 1
    assert {c["name"] for c in fake_codes(fake_seam)} >= {m.name for m in made}


async def test_a_30_minute_outage_at_the_fake_loses_no_live_guest_pin(
    seam_app: App, fake_seam: FakeSeam, clock: FixedClock
) -> None:
    """As the GUI loop runs (a run, then wait for the next retry, at most 30 s) on the desk's fake clock."""
    now = clock()
    await seam_app.codes.devices()
    fake_seam.simulate_outage(
        ["/access_codes/create", "/access_codes/list", "/access_codes/get", "/devices/list"]
    )
    made = [
        await seam_app.codes.create(
            (ROOM, FRONT, BACK)[n % 3],
            name=f"Guest {n}",
            starts_at=now + timedelta(hours=1),
            ends_at=now + timedelta(days=1),
        )
        for n in range(9)
    ]

    async def run_for(seconds: float) -> None:
        until = clock() + timedelta(seconds=seconds)
        while clock() < until:
            await seam_app.sync.run_once()
            clock.advance(seconds=await seam_app.sync.seconds_until_next_run(30.0))

    await run_for(30 * 60)
    assert {(await seam_app.codes.get(m.local_id)).sync_state for m in made} == {"pending_create"}
    fake_seam.end_outage()
    await run_for(31)
    at_fake = Counter((c["device_id"], c["code"]) for c in fake_codes(fake_seam))
    for m in made:
        code = await seam_app.codes.get(m.local_id)
        assert code.sync_state == "synced" and at_fake[(code.device_id, code.code)] == 1


async def test_a_code_deleted_at_the_fake_is_put_back_with_the_same_pin(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    now = seam_app.clock()
    await seam_app.codes.devices()
    made = await seam_app.codes.create(
        ROOM, name="Eve", starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
    )
    await seam_app.sync.run_once(force=True)
    first = await seam_app.codes.get(made.local_id)
    httpx.post(
        f"{fake_seam.url}/access_codes/delete",
        json={"access_code_id": first.access_code_id},
        headers={"Authorization": f"Bearer {fake_seam.api_key}"},
        timeout=10,
    ).raise_for_status()  # someone removed it in the provider's console
    await seam_app.sync.run_once()
    again = await seam_app.codes.get(made.local_id)
    assert again.sync_state == "synced" and again.access_code_id != first.access_code_id
    at_fake = {c["access_code_id"]: c for c in fake_codes(fake_seam)}
    assert at_fake[again.access_code_id]["code"] == first.code and first.access_code_id not in at_fake
    alerts = [a.kind for a in (await seam_app.sync.status()).alerts]
    assert "code_recreated" in alerts


async def test_a_duplicate_pin_at_the_fake_fails_truthfully_and_its_pin_stays_out_of_alerts(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    from frontdesk.domain.codes import OutboxState

    now = seam_app.clock()
    await seam_app.codes.devices()
    pin = "7351"
    httpx.post(
        f"{fake_seam.url}/access_codes/create",
        json={"device_id": ROOM, "code": pin, "name": "someone else's code"},
        headers={"Authorization": f"Bearer {fake_seam.api_key}"},
        timeout=10,
    ).raise_for_status()
    made = await seam_app.codes.create(
        ROOM, code=pin, name="Typed", starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
    )
    await seam_app.sync.run_once(force=True)

    def said(uow, now):  # type: ignore[no-untyped-def]  # everything the desk wrote about the failure
        alerts = [f"{a.title} {a.message}" for a in uow.sync_records.alerts(open_only=False)]
        items = uow.outbox.outbox(states=tuple(OutboxState), limit=100)
        return [
            *alerts,
            *(i.last_error or "" for i in items),
            *(e.message for e in uow.codes.get(made.local_id).errors),
            uow.codes.extras(made.local_id).sync_error or "",
        ]

    texts = await seam_app.tx.read(said)
    assert any("duplicate" in t.lower() for t in texts)  # the provider's reason is kept ...
    assert all(pin not in t for t in texts)  # ... without the PIN it quoted
    shown = await seam_app.codes.get(made.local_id)
    assert shown.sync_state == "failed" and not shown.status_text.startswith("Will be programmed")


async def _synced_code(seam_app: App) -> tuple:  # type: ignore[type-arg]
    now = seam_app.clock()
    await seam_app.codes.devices()
    made = await seam_app.codes.create(
        ROOM, name="Fay", starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=1)
    )
    await seam_app.sync.run_once(force=True)
    new_end = now + timedelta(days=2)
    await seam_app.codes.update(made.local_id, starts_at=now + timedelta(hours=1), ends_at=new_end)
    return made, new_end


async def test_an_update_whose_read_back_is_lost_is_done_not_retried(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    made, new_end = await _synced_code(seam_app)
    fake_seam.hook("/_frontdesk/fail_next", {"route": "/access_codes/get", "status": 503})
    report = await seam_app.sync.run_once()
    assert report.retrying == 0 and report.pending == 0  # the action attempt said the update was taken
    shown = await seam_app.codes.get(made.local_id)
    assert shown.sync_state == "synced" and shown.ends_at == new_end
    at_fake = {c["access_code_id"]: c for c in fake_codes(fake_seam)}
    assert at_fake[shown.access_code_id]["ends_at"].startswith(
        new_end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    )


async def test_an_update_whose_action_attempt_failed_is_not_shown_as_done(
    seam_app: App, fake_seam: FakeSeam
) -> None:
    made, _ = await _synced_code(seam_app)
    failed_attempt = {
        "action_attempt": {
            "action_attempt_id": "attempt_1",
            "action_type": "UPDATE_ACCESS_CODE",
            "status": "error",
            "result": None,
            "error": {"type": "failed_to_update", "message": "The lock did not take the change"},
        },
        "ok": True,
    }
    fake_seam.hook(
        "/_frontdesk/fail_next", {"route": "/access_codes/update", "status": 200, "body": failed_attempt}
    )
    await seam_app.sync.run_once()
    shown = await seam_app.codes.get(made.local_id)
    assert shown.sync_state == "failed"
    assert shown.status_text.endswith("its last change did not reach the lock")
    (alert,) = [a for a in (await seam_app.sync.status()).alerts if a.kind == "update_failed"]
    assert "The lock did not take the change" in alert.message
