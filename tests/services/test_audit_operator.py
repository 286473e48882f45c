"""The audit names who acted: the operator `Transactions.actor` returns, and the workstation."""

from __future__ import annotations

from datetime import timedelta

from frontdesk.domain.commands import CheckIn
from tests.conftest import NOW


async def test_every_row_of_a_write_carries_the_operator_and_a_signed_sentence(app) -> None:  # type: ignore[no-untyped-def]
    app.tx.actor = lambda: "Ann"
    await app.desk.check_in(CheckIn(("Marta Ruiz",), ("room-110",), NOW, NOW + timedelta(days=1)))
    rows = await app.queries.audit(limit=10)
    assert {r.operator for r in rows if r.action.startswith(("stay.", "access.", "reservation."))} == {"Ann"}
    checked_in = next(r for r in rows if r.action == "stay.checked_in")
    assert checked_in.sentence == "Marta Ruiz checked in to Room 110 by Ann (test-desk)"
    assert checked_in.outcome == "done"
    assert checked_in.details["guest_names"] == ["Marta Ruiz"]


async def test_a_refusal_is_recorded_with_its_outcome(app) -> None:  # type: ignore[no-untyped-def]
    await app.tx.record_refusal("provider.set", "Refused a plain http endpoint", {"endpoint": "http://x"})
    row = (await app.queries.audit(limit=1))[0]
    assert (row.action, row.outcome, row.operator) == ("provider.set", "refused", None)
    assert (await app.audit.check()).intact
