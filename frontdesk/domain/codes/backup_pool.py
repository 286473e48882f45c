"""The backup-code pool: PINs already on each guest lock, kept for the guest who cannot get in.

Each keypad lock keeps a few (5 by default) healthy backup codes that nobody sees. When a
guest's own code fails, the desk pulls the oldest healthy one, gives it to the guest until the
reservation ends, links it to the failed code, and orders a fresh one for the pool. A code with
errors never stays in the pool; a pulled code leaves the lock when the reservation ends.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from frontdesk.domain.codes.access_code import AccessCode, CodeStatus, SyncState, changed, new_code
from frontdesk.domain.codes.constraints import NO_CONSTRAINTS, CodeConstraints, generate_pin
from frontdesk.domain.codes.errors import BackupAlreadyPulled, EmptyBackupPool, EndAlreadyPast, NotTimeBound
from frontdesk.domain.codes.lifecycle import require_aware

DEFAULT_POOL_SIZE = 5
BACKUP_CODE_NAME = "Backup code"


def _new_local_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class PoolHealth:
    """The state of one lock's pool and what to do about it.

    `on_the_way`: ordered, not on the lock yet, no errors; they count towards the target so the
    desk does not order the same codes twice. `to_drop`: pool codes to remove.
    """

    healthy: tuple[AccessCode, ...]
    on_the_way: tuple[AccessCode, ...]
    to_drop: tuple[AccessCode, ...]
    to_create: int

    @property
    def healthy_count(self) -> int:
        return len(self.healthy)


@dataclass(frozen=True)
class BackupPull:
    """The result of pulling a backup for a guest whose own code failed.

    `backup`: the pulled code, now bounded to the reservation and assigned to the guest (it
    stays `is_backup`). `failed`: the guest's code, now linked to the backup. `replacement`:
    the new pool code to create.
    """

    backup: AccessCode
    failed: AccessCode
    replacement: AccessCode


def is_healthy_backup(code: AccessCode, now: datetime) -> bool:
    """In the pool, live on the lock, without errors, not leaving and not ended."""
    return (
        code.is_in_backup_pool
        and code.status == CodeStatus.SET
        and not code.errors
        and code.sync_state not in (SyncState.PENDING_DELETE, SyncState.FAILED)
        and not code.has_ended(now)
    )


def pool_health(
    codes_on_device: Iterable[AccessCode], now: datetime, target_size: int = DEFAULT_POOL_SIZE
) -> PoolHealth:
    """Sort one lock's pool codes into healthy, on the way and to drop; count what to order."""
    healthy: list[AccessCode] = []
    on_the_way: list[AccessCode] = []
    to_drop: list[AccessCode] = []
    for code in codes_on_device:
        if not code.is_in_backup_pool or code.sync_state is SyncState.PENDING_DELETE:
            continue
        if code.errors or code.sync_state is SyncState.FAILED or code.has_ended(now):
            to_drop.append(code)
        elif code.status == CodeStatus.REMOVING:
            to_drop.append(code)  # someone is taking it off the lock: it is no longer a backup
        elif is_healthy_backup(code, now):
            healthy.append(code)
        elif code.status in (CodeStatus.SETTING, CodeStatus.UNSET):
            on_the_way.append(code)
        # Any other status (unknown, or a new one): neither counted nor dropped; wait and see.
    to_create = max(0, target_size - len(healthy) - len(on_the_way))
    return PoolHealth(tuple(healthy), tuple(on_the_way), tuple(to_drop), to_create)


def new_pool_codes(
    device_id: str,
    count: int,
    now: datetime,
    *,
    rng: random.Random | None = None,
    constraints: CodeConstraints = NO_CONSTRAINTS,
    taken: Collection[str] = (),
    new_id: Callable[[], str] = _new_local_id,
) -> tuple[AccessCode, ...]:
    """`count` new ongoing backup codes for a lock (ongoing so they go on the lock at once).

    With `rng` the desk picks each PIN (never one on the lock, nor one of the batch); without
    it, or where the lock assigns PINs itself, the provider assigns them.
    """
    in_use = set(taken)
    codes = []
    for _ in range(count):
        pin = None
        if rng is not None and constraints.desk_can_choose_pin:
            pin = generate_pin(rng, None, constraints, in_use)
            in_use.add(pin)
        codes.append(
            new_code(
                local_id=new_id(),
                device_id=device_id,
                now=now,
                code=pin,
                name=BACKUP_CODE_NAME,
                is_backup=True,
                is_waiting_for_code_assignment=pin is None,
            )
        )
    return tuple(codes)


def _age_key(code: AccessCode) -> tuple[bool, float, str]:
    """Oldest first; codes of unknown age after the dated ones; the local id breaks ties."""
    stamp = code.created_at.timestamp() if code.created_at is not None else 0.0
    return (code.created_at is None, stamp, code.local_id)


def pull_backup(
    pool: Iterable[AccessCode],
    failed_code: AccessCode,
    reservation_end: datetime,
    now: datetime,
    *,
    new_id: Callable[[], str] = _new_local_id,
    replacement_pin: str | None = None,
) -> BackupPull:
    """Give the guest the oldest healthy backup code of the failed code's lock.

    400 if the failed code is not time-bound or the reservation has already ended; 409 if a
    backup was already pulled for it, or the lock's pool has no healthy code left.
    """
    require_aware(reservation_end, "reservation_end")
    if not failed_code.is_time_bound:
        raise NotTimeBound(detail={"local_id": failed_code.local_id})
    if reservation_end <= now:
        raise EndAlreadyPast(detail={"reservation_end": reservation_end.isoformat()})
    codes = list(pool)
    earlier = [c for c in codes if c.pulled_for == failed_code.local_id]
    if failed_code.pulled_backup_access_code_id is not None or earlier:
        shown = earlier[0].local_id if earlier else failed_code.pulled_backup_access_code_id
        raise BackupAlreadyPulled(detail={"backup": shown})
    candidates = sorted(
        (c for c in codes if c.device_id == failed_code.device_id and is_healthy_backup(c, now)),
        key=_age_key,
    )
    if not candidates:
        raise EmptyBackupPool(detail={"device_id": failed_code.device_id})
    chosen = candidates[0]
    backup = changed(
        chosen,
        starts_at=now,  # the provider wants both times on a time-bound code; it is on the lock already
        ends_at=reservation_end,
        pulled_for=failed_code.local_id,
        access_grant_id=failed_code.access_grant_id,
        reservation_key=failed_code.reservation_key,
    )
    # The link is the desk's record; the provider keeps its own when asked to pull the backup.
    failed = replace(failed_code, pulled_backup_access_code_id=chosen.access_code_id)
    (replacement,) = new_pool_codes(failed_code.device_id, 1, now, new_id=new_id)
    if replacement_pin is not None:
        replacement = replace(replacement, code=replacement_pin, is_waiting_for_code_assignment=False)
    return BackupPull(backup, failed, replacement)


def codes_to_remove_at_end(
    codes: Iterable[AccessCode], now: datetime, reservation_key: str | None = None
) -> tuple[AccessCode, ...]:
    """Pulled backup codes whose stay is over, to take off the lock (never back into the pool).

    With `reservation_key` (check-out), every pulled backup of that reservation, even before its
    planned end; without it, those whose end has passed.
    """
    out = []
    for code in codes:
        if not code.is_backup or code.pulled_for is None:
            continue
        if code.sync_state is SyncState.PENDING_DELETE or code.is_offline_access_code:
            continue
        if code.has_ended(now) or (reservation_key is not None and code.reservation_key == reservation_key):
            out.append(code)
    return tuple(out)
