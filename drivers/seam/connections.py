"""A lean HTTP/1.1 transport for the Seam driver's httpx client: h11 over asyncio streams, keep-alive.

Why not httpx's default transport (httpcore): a `sync run` sends a thousand small POSTs and is bound
by the client's CPU, not by the network (docs/benchmarks.md, "Sync"). Per request httpcore tries
`import sniffio` several times (a failed import walks every `sys.path` entry), and before each
request it asks every pooled connection whether it has expired, each asking anyio for its socket's
attributes (two system calls a connection). Here a connection is taken from a list of idle ones,
checked by looking at its stream, and given back after a complete exchange.

httpx still builds every request and reads every response (headers, decoding, redirects refused);
this module only moves the bytes. Its failures are httpx's exceptions (ConnectError, ReadTimeout,
RemoteProtocolError...), so callers map them as before; the timeouts are the request's own.
Nothing is retried here: a POST whose connection broke may have reached the server, and only the
outbox (which looks the code up first) may send it again.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from typing import Any

import h11
import httpx

# Idle connections older than this are closed, not reused: Node's HTTP server (the fake) closes its
# side after 5 s, and a request sent on a connection the server is closing fails.
KEEPALIVE_EXPIRY = 4.0
READ_SIZE = 65536
_DEFAULT_PORTS = {"http": 80, "https": 443}


class _Connection:
    __slots__ = ("http", "idle_since", "reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.http = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0

    def reusable(self, now: float) -> bool:
        return (
            now - self.idle_since < KEEPALIVE_EXPIRY
            and not self.reader.at_eof()
            and not self.writer.transport.is_closing()
        )

    def close(self) -> None:
        self.writer.transport.abort()  # nothing is owed to a server mid-exchange: no wait


class KeepAliveTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over plain TCP or TLS, idle connections kept per (scheme, host, port)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, max_connections: int = 100) -> None:
        self._ssl_context = ssl_context
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._open: set[_Connection] = set()
        self._slots = asyncio.Semaphore(max_connections)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout: dict[str, float | None] = request.extensions.get("timeout", {})
        url = request.url
        if url.scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(f"unsupported scheme {url.scheme!r}", request=request)
        key = (url.scheme, url.host, url.port or _DEFAULT_PORTS[url.scheme])
        body = await request.aread()
        if self._slots.locked():
            try:
                async with asyncio.timeout(timeout.get("pool")):
                    await self._slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no free connection", request=request) from None
        else:
            await self._slots.acquire()
        try:
            connection = self._reuse(key) or await self._connect(key, timeout.get("connect"), request)
            try:
                response = await self._exchange(connection, request, body, timeout)
            except BaseException:
                self._discard(connection)
                raise
        finally:
            self._slots.release()
        http = connection.http
        if http.our_state is h11.DONE and http.their_state is h11.DONE:
            http.start_next_cycle()
            connection.idle_since = time.monotonic()
            self._idle.setdefault(key, []).append(connection)
        else:
            self._discard(connection)  # the server said "close", or the exchange ended oddly
        return response

    def _reuse(self, key: tuple[str, str, int]) -> _Connection | None:
        idle = self._idle.get(key)
        now = time.monotonic()
        while idle:
            connection = idle.pop()
            if connection.reusable(now):
                return connection
            self._discard(connection)
        return None

    async def _connect(
        self, key: tuple[str, str, int], seconds: float | None, request: httpx.Request
    ) -> _Connection:
        scheme, host, port = key
        context = None
        if scheme == "https":
            context = self._ssl_context or httpx.create_ssl_context()
            self._ssl_context = context
        try:
            async with asyncio.timeout(seconds):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=context, server_hostname=host if context else None, limit=READ_SIZE
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out", request=request) from None
        except OSError as exc:  # refused, unreachable, name not found, TLS failures (ssl.SSLError)
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from None
        connection = _Connection(reader, writer)
        self._open.add(connection)
        return connection

    async def _exchange(
        self,
        connection: _Connection,
        request: httpx.Request,
        body: bytes,
        timeout: dict[str, float | None],
    ) -> httpx.Response:
        http = connection.http
        try:
            data = http.send(
                h11.Request(method=request.method, target=request.url.raw_path, headers=request.headers.raw)
            )
            if body:
                data = (data or b"") + (http.send(h11.Data(data=body)) or b"")
            data = (data or b"") + (http.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc), request=request) from None
        writer = connection.writer
        try:
            writer.write(data)
            if writer.transport.get_write_buffer_size() > READ_SIZE:
                async with asyncio.timeout(timeout.get("write")):
                    await writer.drain()
        except TimeoutError:
            raise httpx.WriteTimeout("sending the request timed out", request=request) from None
        except OSError as exc:
            raise httpx.WriteError(f"{type(exc).__name__}: {exc}", request=request) from None
        return await self._receive(connection, request, timeout.get("read"))

    async def _receive(
        self, connection: _Connection, request: httpx.Request, seconds: float | None
    ) -> httpx.Response:
        http, reader = connection.http, connection.reader
        status, reason, headers = 0, b"", list[tuple[bytes, bytes]]()
        chunks: list[bytes] = []
        try:
            while True:
                event: Any = http.next_event()
                if event is h11.NEED_DATA:
                    async with asyncio.timeout(seconds):
                        http.receive_data(await reader.read(READ_SIZE))  # b"": the server closed
                elif isinstance(event, h11.Response):
                    status, reason, headers = event.status_code, event.reason, list(event.headers)
                elif isinstance(event, h11.Data):
                    chunks.append(bytes(event.data))
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    raise httpx.RemoteProtocolError("the server closed the connection", request=request)
                # h11.InformationalResponse (100 Continue): the real answer follows
        except TimeoutError:
            raise httpx.ReadTimeout("waiting for the answer timed out", request=request) from None
        except h11.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from None
        except OSError as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request) from None
        return httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(b"".join(chunks)),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": bytes(reason)},
        )

    def _discard(self, connection: _Connection) -> None:
        self._open.discard(connection)
        connection.close()

    async def aclose(self) -> None:
        self._idle.clear()
        for connection in list(self._open):
            self._discard(connection)
