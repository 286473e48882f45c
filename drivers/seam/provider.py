"""`LockProvider` over the Seam Connect HTTP API (and Seam's public fake server).

Known gaps of the fake that this driver absorbs rather than hides:
`/access_codes/list` ignores `device_id` (we filter client-side), `pull_backup_access_code`
answers under `backup_access_code` instead of `access_code` (we read either), and
`/access_codes/update_multiple` does not exist (we fall back to updating each linked code, and fail
loudly when no listed code carries the group's `common_code_key`: updating nothing is no success).
An update answers with an action attempt: an attempt in error raises; an accepted one stands even
when reading the code back fails (`update_access_code` then returns None).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx

from drivers.seam.transport import SeamTransport, envelope_item
from frontdesk.domain.words import say
from frontdesk.services.codes.provider import (
    EVENT_TYPES,
    AccessCodeSpec,
    ProviderAccessCode,
    ProviderBadResponse,
    ProviderConflict,
    ProviderDevice,
    ProviderEvent,
    ProviderUnreachable,
    ProviderUnsupported,
    format_provider_time,
)

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://connect.getseam.com"


def _times(starts_at: datetime | None, ends_at: datetime | None) -> dict[str, str]:
    body: dict[str, str] = {}
    if starts_at is not None:
        body["starts_at"] = format_provider_time(starts_at)
    if ends_at is not None:
        body["ends_at"] = format_provider_time(ends_at)
    return body


def refused_by_attempt(attempt: dict[str, Any]) -> None:
    """Raise when the action attempt an update returned says the change failed."""
    if attempt.get("status") != "error":
        return
    said = attempt.get("error")
    error: dict[str, Any] = said if isinstance(said, dict) else {}
    raise ProviderConflict(
        say("The lock provider could not apply the change."),
        error_type=str(error.get("type") or "action_attempt_failed"),
        provider_message=str(error.get("message") or "") or None,
    )


def _without_none(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


class SeamProvider:
    """Talks to one Seam endpoint with one API key. Async; one instance per event loop."""

    def __init__(
        self,
        endpoint: str,
        api_key: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._http = SeamTransport(endpoint, api_key, timeout=timeout, transport=transport)
        self._has_update_multiple = True

    @property
    def endpoint(self) -> str:
        return self._http.endpoint

    def __repr__(self) -> str:
        return f"SeamProvider(endpoint={self.endpoint!r})"

    async def close(self) -> None:
        await self._http.close()

    async def _paged(self, route: str, body: dict[str, Any], key: str) -> list[dict[str, Any]]:
        """Collect every page of a list route (the fake does not page; the real API may)."""
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            data = await self._http.post(route, body | ({"page_cursor": cursor} if cursor else {}))
            items.extend(envelope_item(data, key))
            pagination = data.get("pagination") or {}
            cursor = pagination.get("next_page_cursor")
            if not pagination.get("has_next_page") or not cursor:
                return items

    # --- devices -------------------------------------------------------------------------------

    async def list_devices(self) -> list[ProviderDevice]:
        return [ProviderDevice.from_dict(d) for d in await self._paged("/devices/list", {}, "devices")]

    async def get_device(self, device_id: str) -> ProviderDevice:
        data = await self._http.post("/devices/get", {"device_id": device_id})
        return ProviderDevice.from_dict(envelope_item(data, "device"))

    # --- access codes --------------------------------------------------------------------------

    async def create_access_code(self, spec: AccessCodeSpec) -> ProviderAccessCode:
        body = _without_none(
            device_id=spec.device_id,
            name=spec.name,
            code=spec.code,
            use_backup_access_code_pool=spec.use_backup_access_code_pool,
            is_offline_access_code=spec.is_offline_access_code,
            max_time_rounding=spec.max_time_rounding,
            is_one_time_use=spec.is_one_time_use,
            # The API only takes a preferred length when it picks the PIN itself.
            preferred_code_length=spec.preferred_code_length if spec.code is None else None,
            common_code_key=spec.common_code_key,
        ) | _times(spec.starts_at, spec.ends_at)
        data = await self._http.post("/access_codes/create", body)
        return ProviderAccessCode.from_dict(envelope_item(data, "access_code"))

    async def create_multiple(
        self,
        device_ids: Sequence[str],
        *,
        behavior_when_code_cannot_be_shared: str | None = None,
        preferred_code_length: int | None = None,
        name: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> list[ProviderAccessCode]:
        body = _without_none(
            device_ids=list(device_ids),
            behavior_when_code_cannot_be_shared=behavior_when_code_cannot_be_shared,
            preferred_code_length=preferred_code_length,
            name=name,
        ) | _times(starts_at, ends_at)
        data = await self._http.post("/access_codes/create_multiple", body)
        return [ProviderAccessCode.from_dict(c) for c in envelope_item(data, "access_codes")]

    async def update_access_code(
        self,
        access_code_id: str,
        *,
        name: str | None = None,
        code: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        make_ongoing: bool = False,
    ) -> ProviderAccessCode | None:
        body = _without_none(access_code_id=access_code_id, name=name, code=code)
        if make_ongoing:
            body["type"] = "ongoing"
        else:
            body |= _times(starts_at, ends_at)
            if starts_at is not None and ends_at is not None:
                body["type"] = "time_bound"
        # The answer is an action attempt, not the code: it says whether the change was taken, then
        # the code is read back. A lost read-back does not undo a change the attempt accepted.
        data = await self._http.post("/access_codes/update", body)
        found = data.get("action_attempt")
        attempt: dict[str, Any] = found if isinstance(found, dict) else {}
        refused_by_attempt(attempt)
        try:
            return await self.get_access_code(access_code_id)
        except ProviderUnreachable:
            if attempt.get("status") in ("pending", "success"):
                log.info(
                    "update of %s accepted (action attempt %s); read-back lost",
                    access_code_id,
                    attempt.get("action_attempt_id"),
                )
                return None
            raise

    async def update_multiple(
        self,
        common_code_key: str,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        name: str | None = None,
    ) -> None:
        if self._has_update_multiple:
            body = _without_none(common_code_key=common_code_key, name=name) | _times(starts_at, ends_at)
            try:
                await self._http.post("/access_codes/update_multiple", body)
                return
            except ProviderUnsupported:
                log.info("%s has no update_multiple; updating linked codes one by one", self.endpoint)
                self._has_update_multiple = False
        linked_codes = await self._linked_codes(common_code_key)
        if not linked_codes:
            # Updating nothing and saying "done" would leave every door of the group on its old times
            # (the fake drops `common_code_key` from the codes it lists, so none can be found).
            raise ProviderBadResponse(
                say("No code of this linked group could be found at the provider; nothing was updated."),
                say("Update the group's codes one by one, or re-create them."),
                error_type="linked_codes_not_found",
                provider_message=f"no listed access code has common_code_key {common_code_key}",
            )
        for linked in linked_codes:
            await self.update_access_code(
                linked.access_code_id, name=name, starts_at=starts_at, ends_at=ends_at
            )

    async def _linked_codes(self, common_code_key: str) -> list[ProviderAccessCode]:
        """Every code of a linked group. No route filters by key, so walk the devices."""
        found: dict[str, ProviderAccessCode] = {}
        for device in await self.list_devices():
            for listed in await self.list_access_codes(device.device_id):
                if listed.common_code_key == common_code_key:
                    found[listed.access_code_id] = listed
        return list(found.values())

    async def delete_access_code(self, access_code_id: str) -> None:
        await self._http.post("/access_codes/delete", {"access_code_id": access_code_id})

    async def get_access_code(self, access_code_id: str) -> ProviderAccessCode:
        data = await self._http.post("/access_codes/get", {"access_code_id": access_code_id})
        return ProviderAccessCode.from_dict(envelope_item(data, "access_code"))

    async def list_access_codes(self, device_id: str) -> list[ProviderAccessCode]:
        listed = await self._paged("/access_codes/list", {"device_id": device_id}, "access_codes")
        # The fake ignores the device filter and mixes in unmanaged codes; keep only what we asked for.
        return [
            ProviderAccessCode.from_dict(c)
            for c in listed
            if c.get("device_id") == device_id and c.get("is_managed", True) is not False
        ]

    async def pull_backup_access_code(self, access_code_id: str) -> ProviderAccessCode:
        data = await self._http.post(
            "/access_codes/pull_backup_access_code", {"access_code_id": access_code_id}
        )
        # The spec answers with `access_code` and `backup_access_code`; the fake only with the latter.
        return ProviderAccessCode.from_dict(envelope_item(data, "backup_access_code", "access_code"))

    async def generate_code(self, device_id: str) -> str:
        data = await self._http.post("/access_codes/generate_code", {"device_id": device_id})
        return str(envelope_item(envelope_item(data, "generated_code"), "code"))

    # --- events --------------------------------------------------------------------------------

    async def list_events(
        self, since: datetime, event_types: Sequence[str] = EVENT_TYPES, *, limit: int = 500
    ) -> list[ProviderEvent]:
        # `since` is required by the API (and by the fake); the answer's order is not promised, so
        # it is sorted here: the desk reads oldest first.
        body = {
            "since": format_provider_time(since),
            "event_types": list(event_types),
            "limit": min(limit, 500),
        }  # the API allows 500
        data = await self._http.post("/events/list", body)
        events = [ProviderEvent.from_dict(e) for e in envelope_item(data, "events")]
        return sorted(events, key=lambda e: (e.created_at, e.event_id))[:limit]
