"""What the provider says about a code, taken into the desk's copy of it (after a send or a listing)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import Any

from frontdesk.domain.codes import AccessCode, CodeAppearance, OracodeMetadata
from frontdesk.services.codes.provider import ProviderAccessCode


def _oracode(data: Any) -> OracodeMetadata | None:
    if not data:
        return None
    names = {f.name for f in dataclasses.fields(OracodeMetadata)}
    return OracodeMetadata(**{k: v for k, v in dict(data).items() if k in names})


def merge_provider_fields(code: AccessCode, p: ProviderAccessCode) -> AccessCode:
    """The desk's code with what the provider owns (state, problems, flags) taken from `p`.

    The desk keeps what it owns: name, times, grant links, backup-pool membership. Offline codes
    take the provider's times, which the provider rounds to the lock's time slot.
    """
    times: dict[str, Any] = {}
    if code.is_offline_access_code and p.starts_at and p.ends_at:
        times = {"starts_at": p.starts_at_time, "ends_at": p.ends_at_time}
    appearance = code.appearance
    if isinstance(p.appearance, dict) and p.appearance.get("name"):
        appearance = CodeAppearance(
            str(p.appearance["name"]), p.appearance.get("first_name"), p.appearance.get("last_name")
        )
    return replace(
        code,
        access_code_id=p.access_code_id,
        code=code.code if code.code is not None else p.code,
        status=p.status or code.status,
        errors=p.errors,
        warnings=p.warnings,
        pending_mutations=p.pending_mutations,
        is_backup_access_code_available=bool(p.is_backup_access_code_available),
        is_external_modification_allowed=bool(p.is_external_modification_allowed),
        is_managed=p.is_managed if p.is_managed is not None else code.is_managed,
        is_offline_access_code=code.is_offline_access_code or bool(p.is_offline_access_code),
        is_one_time_use=bool(p.is_one_time_use),
        is_scheduled_on_device=p.is_scheduled_on_device,
        is_waiting_for_code_assignment=(code.code is None and p.code is None),
        appearance=appearance,
        pulled_backup_access_code_id=code.pulled_backup_access_code_id or p.pulled_backup_access_code_id,
        dormakaba_oracode_metadata=_oracode(p.dormakaba_oracode_metadata) or code.dormakaba_oracode_metadata,
        workspace_id=p.workspace_id or code.workspace_id,
        **times,
    )
