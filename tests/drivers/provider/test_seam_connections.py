"""The Seam driver's own HTTP/1.1 transport (drivers/seam/connections.py) against a loopback server
that answers with raw bytes: keep-alive, a server that closes, one that never answers, one that
breaks off mid-answer. Its failures must reach the desk as ProviderUnreachable, without the key."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import pytest

from drivers.seam import SeamProvider
from frontdesk.services.codes.provider import ProviderUnreachable
from tests.drivers.provider.test_seam_driver import SECRET_KEY, assert_no_secret, error_texts

pytestmark = pytest.mark.asyncio

DEVICES = json.dumps({"ok": True, "devices": [{"device_id": "d1"}]}).encode()


def answer(body: bytes = DEVICES, *, close: bool = False) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + ("Connection: close\r\n" if close else "") + "\r\n").encode() + body


class RawServer:
    """Reads each request (head and Content-Length body) and lets `reply` write what it likes."""

    def __init__(self, reply: Callable[[int], bytes | None], *, hang_up: bool = False) -> None:
        self.reply = reply
        self.hang_up = hang_up  # close each connection after one answer, without saying so
        self.connections = 0
        self.requests: list[bytes] = []
        self.url = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                self.requests.append(head + await reader.readexactly(length))
                data = self.reply(len(self.requests))
                if data is None:  # never answer
                    await asyncio.sleep(3600)
                writer.write(data)
                await writer.drain()
                if self.hang_up or b"Connection: close" in data or not data.endswith(b"}"):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def started(raw: RawServer) -> asyncio.Server:
    server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    raw.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    return server


async def test_requests_one_after_another_share_one_connection() -> None:
    raw = RawServer(lambda n: answer())
    server = await started(raw)
    provider = SeamProvider(raw.url, SECRET_KEY)
    for _ in range(5):
        assert [d.device_id for d in await provider.list_devices()] == ["d1"]
    await provider.close()
    server.close()
    assert raw.connections == 1 and len(raw.requests) == 5
    assert all(b"Bearer " + SECRET_KEY.encode() in r for r in raw.requests)


async def test_a_server_that_closes_after_its_answer_gets_a_new_connection() -> None:
    raw = RawServer(lambda n: answer(close=True))
    server = await started(raw)
    provider = SeamProvider(raw.url, SECRET_KEY)
    for _ in range(3):
        await provider.list_devices()
    await provider.close()
    server.close()
    assert raw.connections == 3


async def test_an_idle_connection_the_server_hung_up_is_not_reused() -> None:
    raw = RawServer(lambda n: answer(), hang_up=True)  # as a server's keep-alive timeout does
    server = await started(raw)
    provider = SeamProvider(raw.url, SECRET_KEY)
    for _ in range(3):
        await provider.list_devices()
        await asyncio.sleep(0.05)
    await provider.close()
    server.close()
    assert raw.connections == 3


async def test_an_answer_that_never_comes_times_out_as_unreachable() -> None:
    raw = RawServer(lambda n: None)
    server = await started(raw)
    provider = SeamProvider(raw.url, SECRET_KEY, timeout=0.2)
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.list_devices()
    assert "ReadTimeout" in (caught.value.provider_message or "")
    assert_no_secret(*error_texts(caught.value))
    await provider.close()
    server.close()


async def test_an_answer_broken_off_is_unreachable_and_the_next_call_reconnects() -> None:
    raw = RawServer(lambda n: answer()[:-5] if n == 1 else answer())
    server = await started(raw)
    provider = SeamProvider(raw.url, SECRET_KEY)
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.list_devices()
    assert_no_secret(*error_texts(caught.value))
    assert [d.device_id for d in await provider.list_devices()] == ["d1"]
    await provider.close()
    server.close()
    assert raw.connections == 2


async def test_nobody_listening_is_unreachable() -> None:
    raw = RawServer(lambda n: answer())
    server = await started(raw)
    url = raw.url
    server.close()
    await server.wait_closed()
    provider = SeamProvider(url, SECRET_KEY)
    with pytest.raises(ProviderUnreachable) as caught:
        await provider.list_devices()
    assert "ConnectError" in (caught.value.provider_message or "")
    assert_no_secret(*error_texts(caught.value))
    await provider.close()


async def test_a_proxy_named_by_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # A hotel network that lets nothing out but through its proxy: the desk's own transport knows
    # no proxies, so then httpx's does the sending, as it did before the desk had its own.
    proxy = RawServer(lambda n: answer())
    server = await started(proxy)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    provider = SeamProvider("http://seam.example", SECRET_KEY)
    assert [d.device_id for d in await provider.list_devices()] == ["d1"]
    await provider.close()
    server.close()
    (request,) = proxy.requests
    assert request.startswith(b"POST http://seam.example/devices/list HTTP/1.1")  # as proxies are asked

    monkeypatch.setenv("NO_PROXY", "seam.example")  # and not when the endpoint is exempted
    from drivers.seam.transport import through_env_proxy

    assert not through_env_proxy("http://seam.example")
    assert through_env_proxy("http://other.example")
