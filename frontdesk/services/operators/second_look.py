"""How the services apply the domain's second-look checks (domain/second_look.py): refuse, or with
`force` by an administrator do it and audit it as forced."""

from __future__ import annotations

from frontdesk.domain.operators import DangerousChangeForced, Permission
from frontdesk.domain.second_look import NeedsSecondLook
from frontdesk.services.transactions import Transactions


async def may_force(tx: Transactions, force: bool) -> None:
    """`--force` is an administrator's (403 otherwise); checked before the change is looked at."""
    if force:
        await tx.guard.require(Permission.FORCE)


def second_look(tx: Transactions, risk: tuple[str, str] | None, force: bool) -> list[DangerousChangeForced]:
    """No events for an ordinary change; NeedsSecondLook for a risky one; the audit event if forced."""
    if risk is None:
        return []
    reason, hint = risk
    if not force:
        raise NeedsSecondLook(reason, hint)
    return [DangerousChangeForced(tx.actor() or "nobody (no administrator yet)", reason)]
