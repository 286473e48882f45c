"""One `provider_env` fixture, parametrized over every LockProvider implementation.

`seam-on-fake` is the Seam driver against Seam's public fake server (a real subprocess on
loopback); `simulated` is the in-memory provider on a hand-moved clock. Both expose the same
doors under neutral names so the contract tests read the same for both.

The parameters come from the ``frontdesk.lock_providers`` entry point group: every installed
provider driver runs the contract suite, and one installed without an environment here fails it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.metadata import entry_points
from typing import Any

import pytest
import pytest_asyncio

from drivers.seam import SeamProvider
from drivers.simulated.provider import ManualClock, SimulatedProvider
from frontdesk.services.codes.provider import LockProvider
from frontdesk.services.drivers import LOCK_PROVIDERS
from tests.seam_fixtures import FakeSeam, ensure_fake_installed, fake_seam, free_loopback_port

__all__ = ["fake_seam"]  # re-exported as a fixture for the Seam-specific tests

START = datetime(2030, 6, 1, 9, 0, tzinfo=UTC)


@dataclass
class ProviderEnv:
    """A provider under test plus the knobs the contract tests need."""

    kind: str
    provider: LockProvider
    keypad: str  # an online keypad with a backup pool and no codes of the test yet
    other_keypad: str  # a second online keypad, for linked codes
    offline_door: str  # an offline time-slot door
    settle: Callable[[], None]  # let the provider finish pending work (move the clock)
    start_outage: Callable[[], None]  # the service answers but refuses (503)
    end_outage: Callable[[], None]
    stop_service: Callable[[], None]  # the service is gone (connection refused)
    start_service: Callable[[], None]
    add_issues: Callable[[str, list[dict], list[dict]], None]  # put errors/warnings on a code


def _seam_env(server: FakeSeam) -> ProviderEnv:
    def add_issues(access_code_id: str, errors: list[dict], warnings: list[dict]) -> None:
        server.hook(
            "/_frontdesk/update_access_code",
            {"access_code_id": access_code_id, "errors": errors, "warnings": warnings},
        )

    return ProviderEnv(
        kind="seam-on-fake",
        provider=SeamProvider(server.url, server.api_key, timeout=5.0),
        keypad="hotel_room_101",
        other_keypad="august_device_1",
        offline_door="hotel_cottage_1",
        settle=lambda: None,  # the fake applies every change at once (and never moves statuses)
        start_outage=lambda: server.simulate_outage(
            ["/devices/list", "/devices/get", "/access_codes/create", "/access_codes/get"]
        ),
        end_outage=server.end_outage,
        stop_service=server.stop,
        start_service=server.start,
        add_issues=add_issues,
    )


def _simulated_env() -> ProviderEnv:
    clock = ManualClock(START)
    sim = SimulatedProvider(clock, seed=7, provider_pool=True)

    def add_issues(access_code_id: str, errors: list[dict], warnings: list[dict]) -> None:
        for error in errors:
            sim.add_code_error(access_code_id, error["error_code"], error.get("message"))
        for warning in warnings:
            sim.add_code_warning(access_code_id, warning["warning_code"], warning.get("message"))

    return ProviderEnv(
        kind="simulated",
        provider=sim,
        keypad="front-door-keypad",
        other_keypad="back-door-keypad",
        offline_door="cottage-1",
        settle=lambda: clock.advance(timedelta(minutes=10)),
        start_outage=lambda: sim.set_outage(True),
        end_outage=lambda: sim.set_outage(False),
        stop_service=lambda: sim.set_outage(True),
        start_service=lambda: sim.set_outage(False),
        add_issues=add_issues,
    )


# How each provider driver runs the suite: the test id, and the marks it needs.
DRIVER_PARAMS: dict[str, tuple[str, tuple[Any, ...]]] = {
    "seam": ("seam-on-fake", (pytest.mark.seam,)),
    "simulated": ("simulated", ()),
}


def _provider_params() -> list[Any]:
    """One parameter per entry point of the lock provider group (the driver's name)."""
    params = []
    for ep in sorted(entry_points(group=LOCK_PROVIDERS), key=lambda e: e.name):
        test_id, marks = DRIVER_PARAMS.get(ep.name, (ep.name, ()))
        params.append(pytest.param(ep.name, id=test_id, marks=marks))
    return params


@pytest_asyncio.fixture(params=_provider_params())
async def provider_env(request: pytest.FixtureRequest) -> AsyncIterator[ProviderEnv]:
    server: FakeSeam | None = None
    if request.param == "seam":
        server = FakeSeam(ensure_fake_installed(), free_loopback_port())
        server.start()
        env = _seam_env(server)
    elif request.param == "simulated":
        env = _simulated_env()
    else:
        pytest.fail(
            f"No contract environment for the lock provider '{request.param}': add one to {__file__}."
        )
    try:
        yield env
    finally:
        await env.provider.close()
        if server is not None:
            server.stop()
