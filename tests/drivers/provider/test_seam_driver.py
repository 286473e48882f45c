"""Seam-driver specifics: calling convention, error mapping, secrecy of the API key, the keyring.

Real fake server where it can show the behaviour; httpx.MockTransport only for what the fake
cannot produce (timeouts, malformed answers, paging, a server that has update_multiple).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import keyring
import keyring.backend
import keyring.errors
import pytest

import drivers.seam as seam_driver
from drivers.seam import SeamProvider
from frontdesk.domain.errors import Unavailable
from frontdesk.services.codes.provider import (
    AccessCodeSpec,
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderError,
    ProviderUnreachable,
)
from tests.seam_fixtures import FakeSeam

pytestmark = [pytest.mark.asyncio, pytest.mark.seam]

SECRET_KEY = "seam_test_0123456789abcdefSECRET"


def mock_provider(handler: Callable[[httpx.Request], httpx.Response]) -> SeamProvider:
    return SeamProvider("https://seam.invalid", SECRET_KEY, transport=httpx.MockTransport(handler))


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert SECRET_KEY not in text


def error_texts(error: ProviderError) -> list[str]:
    return [str(error), repr(error), json.dumps(error.to_dict()), error.title, error.hint]


async def test_every_call_is_a_json_post_with_the_bearer_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        code = {"access_code_id": "ac1", "device_id": "d1", "code": "1234", "common_code_key": "k"}
        return httpx.Response(
            200,
            json={
                "ok": True,
                "access_code": code,
                "access_codes": [code],
                "backup_access_code": code,
                "devices": [{"device_id": "d1"}],
                "device": {"device_id": "d1"},
                "generated_code": code,
            },
        )

    provider = mock_provider(handler)
    await provider.list_devices()
    await provider.get_device("d1")
    await provider.create_access_code(AccessCodeSpec("d1", code="1234"))
    await provider.create_multiple(["d1"])
    await provider.update_access_code("ac1", name="n")
    await provider.update_multiple("k", name="n")
    await provider.delete_access_code("ac1")
    await provider.get_access_code("ac1")
    await provider.list_access_codes("d1")
    await provider.pull_backup_access_code("ac1")
    await provider.generate_code("d1")
    await provider.close()
    assert {r.method for r in seen} == {"POST"}
    assert all(r.headers["content-type"] == "application/json" for r in seen)
    assert all(r.headers["authorization"] == f"Bearer {SECRET_KEY}" for r in seen)
    assert "/access_codes/update_multiple" in {r.url.path for r in seen}


async def test_update_multiple_is_one_call_where_the_server_has_it() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json={"ok": True})

    provider = mock_provider(handler)
    await provider.update_multiple("group-1", name="Renamed")
    assert paths == ["/access_codes/update_multiple"]


async def test_update_multiple_falls_back_per_code_on_the_fake(fake_seam: FakeSeam) -> None:
    provider = SeamProvider(fake_seam.url, fake_seam.api_key)
    linked = await provider.create_multiple(["august_device_1", "august_device_2"], name="Linked")
    lone = await provider.create_access_code(AccessCodeSpec("hotel_room_101", name="Not linked", code="4444"))
    await provider.update_multiple(linked[0].common_code_key or "", name="Renamed group")
    for code in linked:
        assert (await provider.get_access_code(code.access_code_id)).name == "Renamed group"
    assert (await provider.get_access_code(lone.access_code_id)).name == "Not linked"
    await provider.close()


async def test_update_multiple_fallback_fails_loudly_when_the_server_dropped_the_key(
    fake_seam: FakeSeam,
) -> None:
    provider = SeamProvider(fake_seam.url, fake_seam.api_key)
    linked = await provider.create_multiple(["august_device_1", "august_device_2"], name="Linked")
    key = linked[0].common_code_key or ""
    for code in linked:  # the server lost the group: its codes no longer carry the key
        fake_seam.hook(
            "/_frontdesk/update_access_code", {"access_code_id": code.access_code_id, "common_code_key": None}
        )
    with pytest.raises(ProviderBadResponse) as nothing_updated:
        await provider.update_multiple(key, name="Renamed group")
    assert nothing_updated.value.title.startswith("No code of this linked group could be found")
    for code in linked:
        assert (await provider.get_access_code(code.access_code_id)).name == "Linked"
    await provider.close()


async def test_injected_server_errors_are_retryable(fake_seam: FakeSeam) -> None:
    provider = SeamProvider(fake_seam.url, fake_seam.api_key)
    fake_seam.hook("/_frontdesk/fail_next", {"route": "/access_codes/get", "status": 500})
    fake_seam.hook(
        "/_frontdesk/fail_next",
        {
            "route": "/devices/list",
            "status": 429,
            "body": {"error": {"type": "rate_limited", "message": "slow"}},
        },
    )
    with pytest.raises(ProviderUnreachable) as server_error:
        await provider.get_access_code("anything")
    assert (server_error.value.http_status, server_error.value.error_type) == (500, "internal_server_error")
    assert server_error.value.request_id
    with pytest.raises(ProviderUnreachable) as throttled:
        await provider.list_devices()
    assert throttled.value.http_status == 429
    assert await provider.list_devices()  # injected failures are one-shot
    await provider.close()


async def test_outage_503_with_empty_body(fake_seam: FakeSeam) -> None:
    provider = SeamProvider(fake_seam.url, fake_seam.api_key)
    fake_seam.simulate_outage(["/access_codes/create"])
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.create_access_code(AccessCodeSpec("hotel_room_101", code="1212"))
    assert caught.value.http_status == 503 and caught.value.error_type is None
    await provider.close()


async def test_timeout_is_unreachable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(ProviderUnreachable) as caught:
        await mock_provider(handler).list_devices()
    assert caught.value.retryable is True


async def test_answer_that_is_not_json_is_a_bad_response() -> None:
    provider = mock_provider(lambda request: httpx.Response(200, text="<html>captive portal</html>"))
    with pytest.raises(ProviderBadResponse):
        await provider.list_devices()


async def test_lists_follow_pages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = json.loads(request.content).get("page_cursor")
        if cursor is None:
            page = {
                "devices": [{"device_id": "a"}],
                "pagination": {"has_next_page": True, "next_page_cursor": "p2"},
            }
        else:
            page = {"devices": [{"device_id": "b"}], "pagination": {"has_next_page": False}}
        return httpx.Response(200, json=page | {"ok": True})

    assert [d.device_id for d in await mock_provider(handler).list_devices()] == ["a", "b"]


async def test_pull_backup_reads_the_spec_response_key() -> None:
    body = {"ok": True, "access_code": {"access_code_id": "b1", "device_id": "d", "is_backup": True}}
    backup = await mock_provider(lambda request: httpx.Response(200, json=body)).pull_backup_access_code("a1")
    assert (backup.access_code_id, backup.is_backup) == ("b1", True)


async def test_api_key_never_appears_in_errors_reprs_or_logs(
    fake_seam: FakeSeam, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong_key = SeamProvider(fake_seam.url, SECRET_KEY)
    with pytest.raises(ProviderAuthFailed) as refused:
        await wrong_key.list_devices()
    assert refused.value.http_status == 401 and refused.value.retryable is False
    assert "--api-key-stdin" in refused.value.hint
    fake_seam.stop()
    with pytest.raises(ProviderUnreachable) as unreachable:
        await wrong_key.list_devices()

    def echoing(request: httpx.Request) -> httpx.Response:  # a server that repeats the header back
        message = f"bad token {request.headers['authorization']}"
        return httpx.Response(400, json={"error": {"type": "invalid_input", "message": message}})

    with pytest.raises(ProviderError) as echoed:
        await mock_provider(echoing).list_devices()
    assert "bad token" in (echoed.value.provider_message or "")
    for error in (refused.value, unreachable.value, echoed.value):
        assert_no_secret(*error_texts(error))
    assert_no_secret(repr(wrong_key), caplog.text)
    await wrong_key.close()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A stand-in for the OS keyring, so the test controls what is stored."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, stored: dict[tuple[str, str], str] | None = None, broken: bool = False) -> None:
        super().__init__()
        self.stored = stored or {}
        self.broken = broken

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringLocked("locked")
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def use_keyring() -> Any:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


async def test_from_keyring_uses_the_stored_key(fake_seam: FakeSeam, use_keyring: Any) -> None:
    use_keyring(MemoryKeyring({("frontdesk", "seam-api-key"): fake_seam.api_key}))
    provider = seam_driver.from_keyring(fake_seam.url)
    assert (await provider.get_device("hotel_room_101")).display_name == "Room 101"
    await provider.close()


@pytest.mark.parametrize("backend", [MemoryKeyring(), MemoryKeyring(broken=True)], ids=["empty", "locked"])
async def test_from_keyring_without_a_key_is_unavailable(backend: MemoryKeyring, use_keyring: Any) -> None:
    use_keyring(backend)
    with pytest.raises(Unavailable) as caught:
        seam_driver.from_keyring("http://127.0.0.1:9")
    assert caught.value.status == 503
    if not backend.broken:
        assert "frontdesk provider set --endpoint URL --api-key-stdin" in caught.value.hint
