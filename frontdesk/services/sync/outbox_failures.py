"""What the outbox sender writes when a change does not get through: a wait before the next try
(with one alert, in words, once it has kept failing), or, when retrying cannot help, a failed code
and an alert. No PIN in any message: the provider's own text can carry it (a duplicate code)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from frontdesk.domain.codes import AccessCode, CodeIssue, OutboxOperation, SyncState
from frontdesk.domain.words import say, say_plural
from frontdesk.services.codes.provider import ProviderError
from frontdesk.services.sync.healing import hotel_time
from frontdesk.services.sync.policy import RetryPolicy
from frontdesk.store.code_repository import OutboxItem
from frontdesk.store.unit_of_work import UnitOfWork

# Alerts saying a change keeps being retried; closed once the change gets through.
DELAYED_ALERTS = tuple(f"{op.value}_delayed" for op in OutboxOperation)
HIDDEN_PIN = "••••"


def without_pin(text: str, pin: str | None) -> str:
    """The text with the code's PIN blanked out (the provider's messages may quote it); a text
    without the PIN is kept as it is (still translatable when it is the desk's own words)."""
    return text.replace(pin, HIDDEN_PIN) if pin and pin in text else text


def describe(exc: ProviderError, pin: str | None = None) -> str:
    """The failure in words for alerts, `last_error` and reports, without the PIN."""
    said = say(" Provider said: {message}", message=exc.provider_message) if exc.provider_message else ""
    kind = f" ({exc.error_type})" if exc.error_type else ""
    # The title is the desk's (translatable); the provider's own message and reason code are not.
    return say(
        "{title}{kind}{said}", title=without_pin(exc.title, pin), kind=kind, said=without_pin(said, pin)
    )


def _every(span: timedelta) -> str:
    minutes = max(1, round(span.total_seconds() / 60))
    return say_plural("every minute", "every {n} minutes", n=minutes)


def _still_valid(code: AccessCode, uow: UnitOfWork) -> str:
    if code.ends_at is None:
        return say("for as long as the code exists")
    return say("for as long as the code is valid (until {time})", time=hotel_time(uow, code.ends_at))


# One text per operation (not its name inside the sentence), so each reads in the desk's language.
_CHANGE = {
    OutboxOperation.CREATE: say("A PIN code change has not reached the lock yet (create)."),
    OutboxOperation.UPDATE: say("A PIN code change has not reached the lock yet (update)."),
    OutboxOperation.DELETE: say("A PIN code change has not reached the lock yet (delete)."),
}
_FAILED = {
    OutboxOperation.CREATE: say("A PIN code change did not reach the lock (create)."),
    OutboxOperation.UPDATE: say("A PIN code change did not reach the lock (update)."),
    OutboxOperation.DELETE: say("A PIN code change did not reach the lock (delete)."),
}


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
            _CHANGE[item.operation],
            say(
                "{message} The desk keeps trying at least {every} {how_long}, and at once when the "
                "provider answers again.",
                message=message,
                every=_every(policy.cap),
                how_long=_still_valid(current, uow),
            ),
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
    why = say(" because the code's end has passed") if current.has_ended(now) else ""
    uow.sync_records.add_alert(
        now,
        f"{item.operation.value}_failed",
        _FAILED[item.operation],
        say(
            "{message} The desk stopped retrying{why}; check the door, then change or re-create the code.",
            message=message,
            why=why,
        ),
        device_id=item.device_id,
        local_id=item.local_id,
        outbox_id=item.outbox_id,
    )
