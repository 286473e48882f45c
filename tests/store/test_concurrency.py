"""Two desks (two processes) checking guests in to the same room at the same moment."""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing

import pytest

from frontdesk.services.bootstrap import bootstrap
from tests.store.race_worker import worker

ROUNDS = 40


def race(url: str) -> dict[str, list[str]]:
    app = bootstrap(url)
    asyncio.run(app.setup.create_demo())
    app.close()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    out = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(url, f"desk-{n}", ROUNDS, barrier, out)) for n in (1, 2)]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=240) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    for desk, keys in results.items():
        assert isinstance(keys, list), f"{desk} failed: {keys}"
    return results


def check_one_override_chain(url: str, results: dict[str, list[str]]) -> None:
    app = bootstrap(url)
    try:
        keys = [k for ks in results.values() for k in ks]
        assert len(set(keys)) == 2 * ROUNDS
        shown = [asyncio.run(app.queries.reservation(k)) for k in keys]
        by_sequence = sorted(shown, key=lambda r: r.sequence)
        # Every check-in took its own override number: none was lost or given twice.
        assert [r.sequence for r in by_sequence] == list(range(1, 2 * ROUNDS + 1))
        # One chain: each stay is overridden by exactly the next one, and only the last is active.
        for older, newer in itertools.pairwise(by_sequence):
            assert (older.status, older.overridden_by) == ("overridden", newer.reservation_key)
        assert by_sequence[-1].status == "active"
        audit = asyncio.run(app.queries.audit(limit=10_000))
        assert sum(a.action == "stay.checked_in" for a in audit) == 2 * ROUNDS
        assert {a.workstation for a in audit if a.action == "stay.checked_in"} == {"desk-1", "desk-2"}
    finally:
        app.close()


def test_two_processes_same_room_same_moment_on_sqlite(db_url: str) -> None:
    check_one_override_chain(db_url, race(db_url))


@pytest.mark.postgres
def test_two_processes_same_room_same_moment_on_postgres(postgres_url: str) -> None:
    check_one_override_chain(postgres_url, race(postgres_url))
