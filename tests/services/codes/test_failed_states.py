"""A failed code says it failed: its state text, the lockout check and the guest message never
promise that it "will be programmed"."""

from __future__ import annotations

from frontdesk.services.codes.provider import AccessCodeSpec, ProviderAccessCode, ProviderInvalidInput
from tests.services.codes.conftest import Desk
from tests.services.codes.test_pin_stays import check_in, guest_codes

FRONT, BACK = "front-door-keypad", "back-door-keypad"


async def test_a_linked_code_the_provider_rejected_reads_as_not_on_the_lock(desk: Desk) -> None:
    original = desk.sim.create_access_code

    async def refuse_front(spec: AccessCodeSpec) -> ProviderAccessCode:
        if spec.device_id == FRONT:
            raise ProviderInvalidInput(error_type="invalid_input", http_status=400)
        return await original(spec)

    desk.sim.create_access_code = refuse_front  # type: ignore[method-assign]
    key = await check_in(desk, doors=("room-101", FRONT, BACK))
    await desk.settle()
    codes = {c.device_id: c for c in guest_codes(await desk.codes())}
    front = codes[FRONT]
    assert front.sync_state == "failed" and front.errors == ()  # refused, no issue attached
    assert front.status_text == "Not on the lock: the provider refused it. Change or re-create the code."
    assert codes[BACK].status_text.startswith("Will be programmed at")  # the other door is fine

    view = await desk.app.lockout.lookup(key)
    check = next(c for c in view.checks if c.device_id == FRONT)
    assert not check.works_now and not check.works_later
    assert "will be programmed" not in check.reason
    assert any(s.startswith("Front door keypad: the PIN does not work now") for s in view.suggestions)


async def test_a_duplicate_pin_typed_by_a_person_reads_as_not_on_the_lock(desk: Desk) -> None:
    await desk.sim.create_access_code(AccessCodeSpec(FRONT, code="4242", name="someone else's code"))
    created = await desk.app.codes.create(FRONT, code="4242", name="Typed")
    await desk.app.sync.run_once()
    shown = await desk.app.codes.get(created.local_id)
    assert shown.sync_state == "failed"
    assert shown.status_text == (
        "Not on the lock: the same PIN is already on this lock. Change or re-create the code."
    )
