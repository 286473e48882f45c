"""Linked codes: one PIN for several locks (front door and room door), moved together.

The desk picks the shared PIN itself, so it can plan while offline: one PIN that every lock's
constraints accept and that is on none of them yet. The codes are grouped by a new
`common_code_key`; changing the group's start and end changes every code of the key at once.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.codes.access_code import AccessCode, SyncState, changed, new_code
from frontdesk.domain.codes.constraints import (
    NO_CONSTRAINTS,
    CodeConstraints,
    choose_length,
    find_shared_pin,
    generate_pin,
)
from frontdesk.domain.codes.errors import (
    CodeCannotBeShared,
    CustomLinkedCode,
    LinkedGroupNotFound,
    LinkedRequestInvalid,
    LockNotKnown,
)
from frontdesk.domain.codes.lifecycle import validate_times
from frontdesk.domain.codes.offline import check_mutable
from frontdesk.domain.words import say

THROW = "throw"
CREATE_RANDOM_CODE = "create_random_code"
BEHAVIORS = frozenset({THROW, CREATE_RANDOM_CODE})


def _new_local_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class DeviceCodeContext:
    """What the desk knows about one lock when choosing a PIN for it."""

    device_id: str
    constraints: CodeConstraints = NO_CONSTRAINTS
    taken: frozenset[str] = frozenset()  # PINs already on the lock (all codes, managed or not)


@dataclass(frozen=True)
class LinkedCodeRequest:
    """Ask for the same PIN on several locks. A custom PIN is not allowed: the desk picks it."""

    device_ids: tuple[str, ...]
    name: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    preferred_code_length: int | None = None
    behavior_when_code_cannot_be_shared: str = THROW
    code: str | None = None  # present only so that a custom PIN can be refused clearly
    access_grant_id: str | None = None
    reservation_key: str | None = None

    def validate(self) -> None:
        """400 for a custom PIN, no or repeated locks, an unknown behaviour or bad times."""
        if self.code is not None:
            raise CustomLinkedCode()
        if not self.device_ids:
            raise LinkedRequestInvalid(hint=say("Name at least one lock for the linked codes."))
        if len(set(self.device_ids)) != len(self.device_ids):
            raise LinkedRequestInvalid(
                hint=say("Name each lock only once."), detail={"device_ids": self.device_ids}
            )
        if self.behavior_when_code_cannot_be_shared not in BEHAVIORS:
            raise LinkedRequestInvalid(
                hint=say("Choose 'throw' or 'create_random_code' for locks that cannot share the PIN."),
                detail={"behavior_when_code_cannot_be_shared": self.behavior_when_code_cannot_be_shared},
            )
        validate_times(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class LinkedCodePlan:
    """The codes to create, all carrying `common_code_key`.

    `shared_pin` is on every lock except those in `own_pin_device_ids`, which got a random PIN
    of their own (or, where the lock assigns PINs itself, none yet).
    """

    common_code_key: str
    shared_pin: str | None
    codes: tuple[AccessCode, ...]
    own_pin_device_ids: tuple[str, ...]


def new_common_code_key(rng: random.Random) -> str:
    """A fresh group key, drawn from the caller's random source (reproducible in tests)."""
    return f"frontdesk_linked_{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def _best_length(contexts: list[DeviceCodeContext], preferred: int | None) -> int | None:
    """The length most locks take; the preferred one wins ties, then the shortest."""
    counts: dict[int, int] = {}
    for ctx in contexts:
        for n in ctx.constraints.allowed_lengths:
            counts[n] = counts.get(n, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], n == preferred, -n))


def _largest_sharing_group(
    rng: random.Random, length: int, contexts: list[DeviceCodeContext]
) -> tuple[str | None, list[DeviceCodeContext]]:
    """Greedily add locks while a common PIN still exists; returns the PIN and the group."""
    group: list[DeviceCodeContext] = []
    pin: str | None = None
    for ctx in contexts:
        if length not in ctx.constraints.allowed_lengths:
            continue
        trial = find_shared_pin(rng, length, [(c.constraints, c.taken) for c in [*group, ctx]])
        if trial is not None:
            group.append(ctx)
            pin = trial
    return pin, group


def plan_linked_codes(
    request: LinkedCodeRequest,
    devices: Mapping[str, DeviceCodeContext],
    rng: random.Random,
    now: datetime,
    *,
    new_id: Callable[[], str] = _new_local_id,
    common_code_key: str | None = None,
) -> LinkedCodePlan:
    """Plan one PIN for every lock of the request.

    When some locks cannot share it: with `throw`, 409 naming those locks; with
    `create_random_code`, those locks get a random PIN of their own.
    """
    request.validate()
    missing = [d for d in request.device_ids if d not in devices]
    if missing:
        raise LockNotKnown(detail={"device_ids": missing})
    contexts = [devices[d] for d in request.device_ids]
    choosable = [c for c in contexts if c.constraints.desk_can_choose_pin]
    length = _best_length(choosable, request.preferred_code_length)
    pin: str | None = None
    group: list[DeviceCodeContext] = []
    if length is not None:
        pin = find_shared_pin(rng, length, [(c.constraints, c.taken) for c in choosable])
        group = list(choosable)
        if pin is None:  # find the locks that can share, to name (or serve) the others
            pin, group = _largest_sharing_group(rng, length, choosable)
    in_group = {c.device_id for c in group}
    outsiders = [c.device_id for c in contexts if c.device_id not in in_group]
    if outsiders and request.behavior_when_code_cannot_be_shared == THROW:
        raise CodeCannotBeShared(
            hint=(
                say(
                    "No single PIN suits {locks} together with the other locks: ask for a random "
                    "code where sharing is impossible, or create separate codes for those locks.",
                    locks=", ".join(outsiders),
                )
            ),
            detail={"device_ids": outsiders},
        )
    key = common_code_key or new_common_code_key(rng)
    codes = []
    for ctx in contexts:
        if ctx.device_id in in_group:
            code: str | None = pin
        elif ctx.constraints.desk_can_choose_pin:
            own_length = choose_length(ctx.constraints, request.preferred_code_length)
            code = generate_pin(rng, own_length, ctx.constraints, ctx.taken)
        else:
            code = None  # the lock maker's system assigns it
        codes.append(
            new_code(
                local_id=new_id(),
                device_id=ctx.device_id,
                now=now,
                code=code,
                name=request.name,
                common_code_key=key,
                starts_at=request.starts_at,
                ends_at=request.ends_at,
                access_grant_id=request.access_grant_id,
                reservation_key=request.reservation_key,
                is_waiting_for_code_assignment=code is None,
            )
        )
    return LinkedCodePlan(key, pin if group else None, tuple(codes), tuple(outsiders))


def update_group_times(
    codes: Iterable[AccessCode],
    common_code_key: str,
    starts_at: datetime | None,
    ends_at: datetime | None,
    *,
    now: datetime | None = None,
) -> tuple[AccessCode, ...]:
    """New start and end for every live code of the group, checked once for all of them.

    Codes already being deleted are left alone; an offline code in the group refuses (409),
    since such codes cannot be changed. Returns the changed copies, marked for sync.
    """
    group = [
        c
        for c in codes
        if c.common_code_key == common_code_key and c.sync_state is not SyncState.PENDING_DELETE
    ]
    if not group:
        raise LinkedGroupNotFound(detail={"common_code_key": common_code_key})
    validate_times(starts_at, ends_at, now=now)
    for code in group:
        check_mutable(code)
    return tuple(
        changed(c, starts_at=starts_at, ends_at=ends_at)
        if (c.starts_at, c.ends_at) != (starts_at, ends_at)
        else c
        for c in group
    )
