"""What the outbox sender writes when a change does not get through: a wait before the next try
(with one alert, in words, once it has kept failing), or, when retrying cannot help, a failed code
and an alert. No PIN in any message: the provider's own text can carry it (a duplicate code)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from frontdesk.domain.codes import AccessCode, CodeIssue, OutboxOperation, SyncState
from frontdesk.services.codes.provider import ProviderError
from frontdesk.services.sync.healing import hotel_time
from frontdesk.services.sync.policy import RetryPolicy
from frontdesk.store.code_repository import OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork

# Alerts saying a change keeps being retried; closed once the change gets through.
DELAYED_ALERTS = tuple(f"{op.value}_delayed" for op in OutboxOperation)
HIDDEN_PIN = "••••"


def without_pin(text: str, pin: str | None) -> str:
    """The text with the code's PIN blanked out (the provider's messages may quote it)."""
    return text.replace(pin, HIDDEN_PIN) if pin else text


def describe(exc: ProviderError, pin: str | None = None) -> str:
    """The failure in words for alerts, `last_error` and reports, without the PIN."""
    said = f" Provider said: {exc.provider_message}" if exc.provider_message else ""
    kind = f" ({exc.error_type})" if exc.error_type else ""
    return without_pin(f"{exc.title}{kind}{said}", pin)


def _minutes(span: timedelta) -> str:
    minutes = max(1, round(span.total_seconds() / 60))
    return "minute" if minutes == 1 else f"{minutes} minutes"


def _still_valid(code: AccessCode, uow: UnitOfWork) -> str:
    if code.ends_at is None:
        return "for as long as the code exists"
    return f"for as long as the code is valid (until {hotel_time(uow, code.ends_at)})"


def wait_for_next_try(
    uow: UnitOfWork,
    now: datetime,
    item: OutboxItem,
    message: str,
    policy: RetryPolicy,
    rng: random.Random,
) -> bool:
    """Schedule the next try of a change that failed on the way; False when the desk stops instead
    (the code's end has passed). After `max_attempts` the desk is told, once, that it keeps trying."""
    attempts = uow.outbox.item(item.outbox_id).attempts
    current = uow.codes.get(item.local_id)
    if policy.gives_up(current, attempts, now):
        return False
    uow.outbox.retry_later(item.outbox_id, now + policy.delay(attempts, rng), message)
    if attempts == policy.max_attempts:
        uow.sync_records.add_alert(
            now,
            f"{item.operation.value}_delayed",
            f"A PIN code change has not reached the lock yet ({item.operation.value}).",
            f"{message} The desk keeps trying at least every {_minutes(policy.cap)} "
            f"{_still_valid(current, uow)}, and at once when the provider answers again.",
            device_id=item.device_id,
            local_id=item.local_id,
            outbox_id=item.outbox_id,
        )
    return True


def mark_failed(
    uow: UnitOfWork,
    now: datetime,
    item: OutboxItem,
    exc: ProviderError,
    message: str,
    issue: str | None,
) -> None:
    """The change will not get through: the item and the code fail, the desk gets an alert."""
    uow.outbox.give_up(item.outbox_id, now, message)
    current = uow.codes.get(item.local_id)
    errors = current.errors
    if issue is not None and all(e.code != issue for e in errors):
        said = without_pin(exc.provider_message or exc.title, current.code)
        errors = (*errors, CodeIssue(issue, said, now))
    uow.codes.save(replace(current, sync_state=SyncState.FAILED, errors=errors), now, sync_error=message)
    why = " because the code's end has passed" if current.has_ended(now) else ""
    uow.sync_records.add_alert(
        now,
        f"{item.operation.value}_failed",
        f"A PIN code change did not reach the lock ({item.operation.value}).",
        f"{message} The desk stopped retrying{why}; check the door, then change or re-create the code.",
        device_id=item.device_id,
        local_id=item.local_id,
        outbox_id=item.outbox_id,
    )
