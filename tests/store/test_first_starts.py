"""Many desks switched on at once on a new database: every one of them starts."""

from __future__ import annotations

import multiprocessing

import pytest

from frontdesk.services.bootstrap import bootstrap
from frontdesk.store.migrate import database_revision, script_head
from tests.store.start_worker import start_desk

DESKS = 60


def start_all_at_once(url: str, desks: int) -> dict[str, str]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(desks)
    out = ctx.Queue()
    procs = [ctx.Process(target=start_desk, args=(url, f"desk-{n}", barrier, out)) for n in range(desks)]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=600) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    return results


def check_all_started(url: str, results: dict[str, str], desks: int) -> None:
    failed = {desk: outcome for desk, outcome in results.items() if outcome != "ok"}
    assert not failed, f"{len(failed)} of {desks} desks did not start: {sorted(failed.items())[:3]}"
    app = bootstrap(url)
    try:
        assert database_revision(app.engines) == script_head()
    finally:
        app.close()


@pytest.mark.postgres
def test_sixty_desks_started_at_once_on_a_new_postgres_database(postgres_url: str) -> None:
    check_all_started(postgres_url, start_all_at_once(postgres_url, DESKS), DESKS)
