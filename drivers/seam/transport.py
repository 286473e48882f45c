"""The Seam Connect calling convention: POST with a JSON body to every route, bearer API key.

POST + JSON is the one convention the real API accepts on every path and the public fake accepts
on every route it implements (the official SDK's PUT/PATCH/DELETE choices break against the fake).
This module turns HTTP outcomes into `ProviderError`s and keeps the API key out of every message.
"""

from __future__ import annotations

import logging
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import httpx

from drivers.seam.connections import KeepAliveTransport
from frontdesk.services.codes.provider import (
    DuplicateAccessCode,
    ProviderAuthFailed,
    ProviderBadResponse,
    ProviderConflict,
    ProviderError,
    ProviderInvalidInput,
    ProviderNotFound,
    ProviderUnreachable,
    ProviderUnsupported,
)

log = logging.getLogger(__name__)

REQUEST_ID_HEADER = "seam-request-id"


def through_env_proxy(endpoint: str) -> bool:
    """Whether the environment's proxy variables (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY, in
    either case) send requests for `endpoint` through a proxy."""
    parts = urlsplit(endpoint)
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")


class SeamTransport:
    """An httpx.AsyncClient bound to one endpoint and key. Owns the key; never prints it.

    Its bytes go over `KeepAliveTransport` (connections.py: httpx's default transport costs more
    CPU per request than a `sync run` can afford) unless a test hands in its own `transport`, or
    the environment sends the endpoint through a proxy (`through_env_proxy`): httpx honours
    HTTPS_PROXY, ALL_PROXY and NO_PROXY only with its own transport, and a hotel's network may
    let nothing out without its proxy."""

    def __init__(
        self,
        endpoint: str,
        api_key: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._api_key = api_key
        self._client = httpx.AsyncClient(
            base_url=self.endpoint,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            timeout=timeout,
            transport=transport
            if transport is not None or through_env_proxy(endpoint)
            else KeepAliveTransport(),
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"SeamTransport(endpoint={self.endpoint!r})"

    async def close(self) -> None:
        await self._client.aclose()

    def _scrub(self, text: str | None) -> str | None:
        """Remove the API key from text a server or library produced before it reaches a person."""
        if text is None or not self._api_key:
            return text
        return text.replace(self._api_key, "[api key]")

    async def post(self, route: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST `body` to `route` and return the parsed success envelope, or raise a ProviderError."""
        try:
            response = await self._client.post(route, json=body)
        except httpx.TimeoutException as exc:
            log.info("Seam %s timed out", route)
            raise ProviderUnreachable(
                provider_message=self._scrub(f"{type(exc).__name__} after waiting for {route}")
            ) from None
        except httpx.TransportError as exc:
            log.info("Seam %s unreachable: %s", route, type(exc).__name__)
            raise ProviderUnreachable(provider_message=self._scrub(f"{type(exc).__name__}: {exc}")) from None
        request_id = response.headers.get(REQUEST_ID_HEADER)
        log.debug("Seam %s -> %s (request %s)", route, response.status_code, request_id)
        if response.is_success:
            try:
                data = response.json()
            except ValueError:
                data = None
            if not isinstance(data, dict) or data.get("ok") is False:
                raise ProviderBadResponse(http_status=response.status_code, request_id=request_id)
            return data
        raise self._error(route, response, request_id)

    def _error(self, route: str, response: httpx.Response, request_id: str | None) -> ProviderError:
        status = response.status_code
        error_type = message = None
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
            error_type = payload["error"].get("type")
            message = self._scrub(payload["error"].get("message"))
        fields: dict[str, Any] = {
            "error_type": error_type,
            "http_status": status,
            "request_id": request_id,
            "provider_message": message,
        }
        if status == 429 or status >= 500:
            # 503 with an empty body is what an outage looks like (the fake's outage hook does this).
            return ProviderUnreachable(**fields)
        if status in (401, 403):
            return ProviderAuthFailed(**fields)
        if status == 404 and error_type is None:
            # A bare "404" text: the server has no such route (the fake lacks e.g. update_multiple).
            return ProviderUnsupported(**fields | {"provider_message": f"no route {route}"})
        if status == 404:
            return ProviderNotFound(**fields)
        if status == 409:
            if error_type == "duplicate_access_code":
                return DuplicateAccessCode(**fields)
            return ProviderConflict(**fields)
        return ProviderInvalidInput(**fields)


def envelope_item(data: dict[str, Any], *keys: str) -> Any:
    """The first present key of a success envelope, or ProviderBadResponse naming what was missing."""
    for key in keys:
        if data.get(key) is not None:
            return data[key]
    raise ProviderBadResponse(provider_message=f"answer lacks {' or '.join(keys)}")
