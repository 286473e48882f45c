"""Repeated failed sign-ins are limited: after 5 failures in a row an operator's sign-in waits 30
seconds, doubling with each further failure (at most 15 minutes); every failure and every lock is
an audit row without the password; the count is in the database, so another desk and a restart
see it; a successful sign-in starts again from zero."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.domain.audit import AuditFilter
from frontdesk.domain.operators import Role, SignInRefused
from frontdesk.domain.sign_in_limits import SignInLocked, lock_after, wait_words
from frontdesk.services.bootstrap import bootstrap
from tests.operator_fixtures import NAMES, PASSWORDS, add_staff, sign_in

RITA, PIN = NAMES[Role.RECEPTIONIST], PASSWORDS[Role.RECEPTIONIST]


async def _fail(app, times: int) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        with pytest.raises(SignInRefused):
            await app.operators.sign_in(RITA, "0000")


async def test_five_failures_lock_sign_in_for_a_growing_wait(app, clock, db_url) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    await _fail(app, 4)
    with pytest.raises(SignInLocked) as locked:
        await app.operators.sign_in(RITA, "0000")
    assert locked.value.status == 429
    assert locked.value.title == "Too many failed sign-ins for Rita: try again in 30 seconds."
    # The right PIN does not help while the wait lasts, and the wait does not grow.
    clock.now += timedelta(seconds=20)
    with pytest.raises(SignInLocked) as still:
        await app.operators.sign_in(RITA, PIN)
    assert still.value.title == "Too many failed sign-ins for Rita: try again in 10 seconds."

    # Another desk, started afresh on the same database, sees the same lock.
    other = bootstrap(db_url, clock=clock, workstation="desk-2")
    try:
        with pytest.raises(SignInLocked):
            await other.operators.sign_in(RITA, PIN)
        clock.now += timedelta(seconds=11)
        with pytest.raises(SignInLocked) as doubled:  # the 6th failure: 60 seconds
            await other.operators.sign_in(RITA, "1234")
        assert doubled.value.title == "Too many failed sign-ins for Rita: try again in 1 minute."
    finally:
        await other.aclose()

    clock.now += timedelta(seconds=61)
    await app.operators.sign_in(RITA, PIN)  # the right PIN after the wait: signed in, count reset
    app.operators.sign_out()
    await _fail(app, 4)  # four more are free again
    await app.operators.sign_in(RITA, PIN)

    await sign_in(app, Role.MANAGER)
    rows = await app.audit.search(AuditFilter(guest=None, limit=100))
    failed = [r for r in rows if r.action == "operator.sign_in_failed"]
    locks = [r for r in rows if r.action == "operator.sign_in_locked"]
    assert len(failed) == 10 and {r.outcome for r in failed} == {"refused"}
    assert [r.details["seconds"] for r in locks] == [60, 30]  # newest first
    first_lock = "Sign-in as Rita waits 30 seconds after 5 failed sign-ins in a row (test-desk)"
    assert locks[-1].sentence == first_lock
    for row in failed + locks:
        assert "0000" not in str(row.details) + row.sentence and PIN not in str(row.details) + row.sentence


async def test_a_wrong_name_counts_nothing_and_gets_the_same_answer(app) -> None:  # type: ignore[no-untyped-def]
    await add_staff(app)
    for _ in range(7):
        with pytest.raises(SignInRefused):
            await app.operators.sign_in("Nobody", "0000")
    await app.operators.sign_in(RITA, PIN)


def test_the_wait_doubles_up_to_fifteen_minutes_and_reads_as_words() -> None:
    waits = [None, timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert [lock_after(n) for n in (4, 5, 6, 7)] == waits
    assert lock_after(9) == timedelta(minutes=8) and lock_after(10) == lock_after(50) == timedelta(minutes=15)
    assert wait_words(timedelta(seconds=90)) == "1 minute 30 seconds"
    assert wait_words(timedelta(seconds=0.2)) == "1 second"
