"""Two desks check in to one room at once: the one whose stay was taken over is told (issue 9).

The race is played out on two apps over one SQLite file: desk B's overriding check-in commits right
after desk A's own commit, before A has reported; A's result must then say it is overridden.
"""

from __future__ import annotations

from frontdesk.domain.commands import CheckIn, MoveRoom
from frontdesk.services.bootstrap import bootstrap
from tests.helpers import at


async def test_the_desk_that_lost_the_race_is_told_its_stay_is_overridden(
    app, db_url, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other_desk = bootstrap(db_url, clock=clock, workstation="desk-b")
    taken: list[str] = []
    write = app.desk._tx.write

    async def write_then_desk_b_overrides(fn):  # type: ignore[no-untyped-def]
        result = await write(fn)
        if not taken:  # desk B's check-in lands between A's commit and A's report
            b = await other_desk.desk.check_in(
                CheckIn(("Bob",), ("room-101",), at(17, 15), at(19, 11), override_live=True)
            )
            taken.append(str(b.reservation_key))
        return result

    try:
        monkeypatch.setattr(app.desk._tx, "write", write_then_desk_b_overrides)
        ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
        view = ann.view()
        assert view.overridden_by == taken[0]
        assert {g.status for g in view.grants_created} == {"overridden"}
        later = await app.queries.reservation(str(ann.reservation_key))
        assert (later.status, later.overridden_by) == ("overridden", taken[0])
    finally:
        await other_desk.aclose()


async def test_a_stay_nobody_took_over_reports_no_overrider(app) -> None:  # type: ignore[no-untyped-def]
    ann = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(19, 11)))
    moved = await app.desk.move_room(MoveRoom(str(ann.reservation_key), ("room-102",)))
    assert ann.view().overridden_by is None and moved.view().overridden_by is None
    assert {g.status for g in ann.view().grants_created} == {"active"}
