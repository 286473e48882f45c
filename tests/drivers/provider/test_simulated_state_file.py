"""The simulated provider can keep its codes in a file, so the command-line demo behaves like a
real provider between commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drivers.simulated.provider import create
from frontdesk.services.codes.provider import AccessCodeSpec, ProviderUnreachable

NOW = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)


async def test_codes_survive_a_new_provider_on_the_same_file(tmp_path: Path) -> None:
    state = tmp_path / "provider.json"
    first = create(clock=lambda: NOW, state_file=state)
    made = await first.create_access_code(
        AccessCodeSpec(
            "front-door-keypad", name="Ann", code="4821", starts_at=NOW, ends_at=NOW + timedelta(days=2)
        )
    )
    first.set_device_online("back-door-keypad", False)
    await first.list_devices()  # any call writes the state

    second = create(clock=lambda: NOW + timedelta(hours=1), state_file=state)
    again = await second.get_access_code(made.access_code_id)
    assert (again.code, again.name, again.device_id) == ("4821", "Ann", "front-door-keypad")
    assert again.status == "set"  # the lifecycle goes on from where it was
    back = await second.get_device("back-door-keypad")
    assert back.online is False
    await second.delete_access_code(made.access_code_id)
    third = create(clock=lambda: NOW + timedelta(days=1), state_file=state)
    assert [c.access_code_id for c in await third.list_access_codes("front-door-keypad")] == []


async def test_work_done_before_a_lost_answer_is_kept(tmp_path: Path) -> None:
    state = tmp_path / "provider.json"
    provider = create(clock=lambda: NOW, state_file=state)
    provider.drop_next(1)
    with pytest.raises(ProviderUnreachable):
        await provider.create_access_code(AccessCodeSpec("front-door-keypad", name="Ann", code="4821"))
    reopened = create(clock=lambda: NOW, state_file=state)
    assert [c.code for c in await reopened.list_access_codes("front-door-keypad")] == ["4821"]


async def test_without_a_file_codes_live_in_memory_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FRONTDESK_SIMULATED_PROVIDER_STATE", raising=False)
    await create(clock=lambda: NOW).create_access_code(
        AccessCodeSpec("front-door-keypad", name="Ann", code="4821")
    )
    assert await create(clock=lambda: NOW).list_access_codes("front-door-keypad") == []


async def test_two_processes_on_one_file_never_reuse_an_id(tmp_path: Path) -> None:
    state = tmp_path / "provider.json"
    ids = set()
    for n in range(3):  # each `create` stands for one command-line run
        provider = create(clock=lambda: NOW, state_file=state)
        made = await provider.create_access_code(
            AccessCodeSpec("front-door-keypad", name=f"Guest {n}", code=f"482{n + 1}")
        )
        ids.add(made.access_code_id)
    assert len(ids) == 3
