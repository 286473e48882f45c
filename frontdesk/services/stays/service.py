"""The receptionist's operations: check in, add guest, move room, change dates, check out, staff.

Every method is async and returns a `Change`. The database work runs on the database thread;
each operation is one transaction with its audit lines.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from frontdesk.domain import events as ev
from frontdesk.domain.commands import (
    AddGuest,
    CardsAtCheckOut,
    ChangeDates,
    CheckIn,
    CheckOut,
    CreateGrant,
    DeleteGrant,
    GrantStaffAccess,
    MoveRoom,
    UpdateGrant,
)
from frontdesk.domain.errors import (
    Conflict,
    FrontDeskError,
    InvalidInput,
    NotFound,
    ReservationKeyNotSupported,
)
from frontdesk.domain.model import ReservationStatus, UserKind
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.reservations import check_time_frame, resolve_entrances
from frontdesk.domain.second_look import staff_access_risk
from frontdesk.domain.words import say
from frontdesk.services.operators.second_look import may_force, second_look
from frontdesk.services.request_ids import once
from frontdesk.services.results import Change
from frontdesk.services.stays import out_of_order
from frontdesk.services.stays.grants import (
    check_new_times,
    end_grant,
    flag_cards,
    issue_grant,
    new_reservation_key,
    refuse_occupied,
    update_grant_times,
)
from frontdesk.services.stays.views import OutOfOrderView
from frontdesk.services.transactions import Transactions
from frontdesk.store.card_repository import LIVE_CARD_STATUSES
from frontdesk.store.unit_of_work import UnitOfWork

T = TypeVar("T")


def check_in_stay(uow: UnitOfWork, cmd: CheckIn, now: datetime) -> Change:
    """One stay's check-in inside the caller's transaction (a single check-in or a whole group)."""
    names = [n for n in cmd.guest_names if n.strip()]
    if not names:
        raise InvalidInput(say("No guest named."), say("Type at least one guest's name."))
    key = (cmd.reservation_key or "").strip() or new_reservation_key()
    if uow.desk.reservation(key) is not None:
        raise Conflict(
            say("This reservation key is already in use."),
            say("Use 'Add guest' to join that stay, or leave the key empty to get a new one."),
            detail={"reservation_key": key},
        )
    check_new_times(uow, cmd.starts_at, cmd.ends_at, now)
    # Out of order beats --override: taking a room from a stay is a choice, a broken room is not.
    out_of_order.refuse_out_of_order(uow, cmd.entrance_ids, max(cmd.starts_at, now), cmd.ends_at)
    if not cmd.override_live:
        refuse_occupied(uow, cmd.entrance_ids, key, cmd.starts_at, cmd.ends_at, cmd.override_stays)
    change = Change(reservation_key=key, time_zone=uow.desk.property().time_zone)
    for name in names:
        change.merge(
            issue_grant(
                uow,
                CreateGrant(
                    name,
                    cmd.entrance_ids,
                    cmd.starts_at,
                    cmd.ends_at,
                    UserKind.GUEST,
                    key,
                    cmd.access_methods,
                ),
                now,
            )
        )
    change.events.append(
        ev.GuestCheckedIn(key, tuple(g.user_name for g in change.grants_created), frozenset(cmd.entrance_ids))
    )
    return change


def check_in_group_stays(
    tx: Transactions, uow: UnitOfWork, cmds: list[CheckIn], now: datetime
) -> list[Change]:
    """Every room's check-in, its handlers (PINs) and audit lines, in the caller's one transaction.

    The handlers run here, per stay, because `Transactions.write` only dispatches a single
    `Change`; so each stay keeps its own PINs and a handler's failure names its room too."""
    changes: list[Change] = []
    for index, cmd in enumerate(cmds):
        try:
            change = check_in_stay(uow, cmd, now)
            tx.handlers.dispatch(uow, change, now)
        except FrontDeskError as error:
            doors = ", ".join(cmd.entrance_ids)
            error.detail.update(group_index=index, group_size=len(cmds), entrance_ids=list(cmd.entrance_ids))
            error.hint = (
                f"Nothing was checked in: room {index + 1} of {len(cmds)} ({doors}) failed. {error.hint}"
            )
            raise
        uow.record(*change.events)
        changes.append(change)
    return changes


class DeskService:
    """Write operations on stays and grants."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    # --- generic grants ------------------------------------------------------------------------

    async def create_grant(self, cmd: CreateGrant, *, request_id: str | None = None) -> Change:
        await self._tx.guard.require(P.STAFF_CARDS if cmd.kind is UserKind.STAFF else P.STAYS)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            check_new_times(uow, cmd.starts_at, cmd.ends_at, now)
            return issue_grant(uow, cmd, now)

        return await self._tx.write(
            lambda uow, now: once(
                uow, request_id, "grants-create", cmd, now, lambda: work(uow, now), self._tx.handlers
            )
        )

    async def update_grant(self, cmd: UpdateGrant) -> Change:
        await self._tx.guard.require(P.STAYS)
        return await self._tx.write(lambda uow, now: update_grant_times(uow, cmd, now))

    async def delete_grant(self, cmd: DeleteGrant) -> Change:
        await self._tx.guard.require(P.STAYS)
        return await self._tx.write(
            lambda uow, now: end_grant(uow, uow.desk.grant(cmd.access_grant_id), "deleted", now)
        )

    # --- stays ---------------------------------------------------------------------------------

    async def check_in(self, cmd: CheckIn, *, request_id: str | None = None) -> Change:
        """`request_id`: the same id again returns this first result (services/request_ids.py)."""
        await self._tx.guard.require(P.OVERRIDE if cmd.override_live or cmd.override_stays else P.STAYS)
        change = await self._tx.write(
            lambda uow, now: once(
                uow, request_id, "check-in", cmd, now, lambda: check_in_stay(uow, cmd, now), self._tx.handlers
            )
        )
        return await self._still_active(change)

    async def _still_active(self, change: Change) -> Change:
        """Read the stay again after its commit: another desk may have taken its rooms meanwhile.

        Two desks checking in to one room at once both commit; the later one overrides the earlier.
        The earlier desk must not report an active stay then, so its result says who took over.
        """
        key = change.reservation_key
        if not key:
            return change

        def work(uow: UnitOfWork, now: datetime) -> tuple[ReservationStatus, str | None] | None:
            stay = uow.desk.reservation(key)
            return None if stay is None else (stay.status, stay.overridden_by)

        found = await self._tx.read(work)
        if found is not None and found[0] is ReservationStatus.OVERRIDDEN:
            change.reservation_status[key] = found[0]
            change.overridden_by = found[1]
        return change

    async def check_in_group(self, cmds: list[CheckIn]) -> list[Change]:
        """Check in every room of a group in ONE transaction: all of them, or none if one fails.

        The failing room's error is raised again with `detail["group_index"]` (0-based) and its
        doors, so the caller can say which room it was; the rollback leaves nothing written."""
        await self._tx.guard.require(P.OVERRIDE if any(c.override_live for c in cmds) else P.STAYS)
        return await self._tx.write(lambda uow, now: check_in_group_stays(self._tx, uow, cmds, now))

    async def add_guest(self, cmd: AddGuest, *, request_id: str | None = None) -> Change:
        await self._tx.guard.require(P.STAYS)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            reservation = uow.desk.require_reservation(cmd.reservation_key)
            live = reservation.live_grants
            if not live:
                raise Conflict(
                    say("This stay has no guests to join."),
                    say("Check the guest in as a new stay, or use the reservation that is in the house."),
                    detail={"reservation_key": cmd.reservation_key},
                )
            first = live[0]
            entrance_ids = cmd.entrance_ids or tuple(sorted(first.entrance_ids))
            change = issue_grant(
                uow,
                CreateGrant(
                    cmd.guest_name,
                    entrance_ids,
                    first.starts_at,
                    first.ends_at,
                    UserKind.GUEST,
                    cmd.reservation_key,
                    cmd.access_methods,
                ),
                now,
            )
            change.events.append(ev.GuestAdded(cmd.reservation_key, change.grants_created[0].user_name))
            return change

        return await self._tx.write(
            lambda uow, now: once(
                uow, request_id, "add-guest", cmd, now, lambda: work(uow, now), self._tx.handlers
            )
        )

    # --- rooms out of order ---------------------------------------------------------------------

    async def set_out_of_order(self, room: str, reason: str, until: datetime) -> OutOfOrderView:
        """Take a room out of service until `until` (stays/out_of_order.py says the rules)."""
        await self._tx.guard.require(P.STAYS)
        return await self._tx.write(
            lambda uow, now: out_of_order.set_out_of_order(uow, now, room, reason, until)
        )

    async def back_in_order(self, room: str) -> OutOfOrderView:
        """Put a room out of order back in service now."""
        await self._tx.guard.require(P.STAYS)
        return await self._tx.write(lambda uow, now: out_of_order.back_in_order(uow, now, room))

    async def move_room(self, cmd: MoveRoom) -> Change:
        """Clear the stay's grants and issue them again on the new doors, in one transaction."""
        await self._tx.guard.require(P.OVERRIDE if cmd.override_live or cmd.override_stays else P.STAYS)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            desk = uow.desk
            reservation = desk.require_reservation(cmd.reservation_key)
            live = reservation.live_grants
            if not live:
                raise Conflict(
                    say("This stay has no guests to move."),
                    say("Check the guests in on the new room instead."),
                )
            entrances = desk.entrances()
            targets = resolve_entrances(cmd.entrance_ids, entrances)
            new_capable = frozenset(e.entrance_id for e in targets if e.can_belong_to_reservation)
            if not new_capable:
                raise ReservationKeyNotSupported(detail={"entrance_ids": sorted(cmd.entrance_ids)})
            if new_capable == reservation.door_set:
                raise InvalidInput(
                    say("The stay is already on these doors."), say("Pick the room the guests move to.")
                )
            starts_at = min(g.starts_at for g in live)
            ends_at = max(g.ends_at for g in live)
            out_of_order.refuse_out_of_order(uow, cmd.entrance_ids, max(starts_at, now), ends_at)
            if not cmd.override_live:
                refuse_occupied(
                    uow, cmd.entrance_ids, cmd.reservation_key, starts_at, ends_at, cmd.override_stays
                )
            old_doors = reservation.door_set
            change = Change(reservation_key=cmd.reservation_key, time_zone=desk.property().time_zone)
            flag_cards(uow, [g.access_grant_id for g in live], "room moved", change)
            for grant in live:
                change.merge(end_grant(uow, grant, "moved", now))
            for grant in live:
                kept = sorted(d for d in grant.entrance_ids if not entrances[d].can_belong_to_reservation)
                doors = tuple(dict.fromkeys([*cmd.entrance_ids, *kept]))
                change.merge(
                    issue_grant(
                        uow,
                        CreateGrant(
                            grant.user_name,
                            doors,
                            grant.starts_at,
                            grant.ends_at,
                            grant.kind,
                            cmd.reservation_key,
                            grant.access_methods,
                        ),
                        now,
                    )
                )
            change.events.append(ev.RoomMoved(cmd.reservation_key, old_doors, new_capable))
            return change

        return await self._still_active(await self._tx.write(work))

    async def change_dates(self, cmd: ChangeDates) -> Change:
        await self._tx.guard.require(P.STAYS)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            check_time_frame(cmd.starts_at, cmd.ends_at)
            reservation = uow.desk.require_reservation(cmd.reservation_key)
            live = reservation.live_grants
            if not live:
                raise Conflict(
                    say("This stay has no live access."),
                    say("Only a stay in progress or to come can be changed."),
                )
            change = Change(reservation_key=cmd.reservation_key, time_zone=uow.desk.property().time_zone)
            for grant in live:
                # Every grant gets the same window, so Rule 4 holds among them by construction.
                change.merge(
                    update_grant_times(
                        uow,
                        UpdateGrant(grant.access_grant_id, cmd.starts_at, cmd.ends_at),
                        now,
                        check_rule4=False,
                    )
                )
            change.events.append(ev.StayDatesChanged(cmd.reservation_key, cmd.starts_at, cmd.ends_at))
            return change

        return await self._tx.write(work)

    async def check_out(self, cmd: CheckOut) -> Change:
        await self._tx.guard.require(P.STAYS)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            reservation = uow.desk.require_reservation(cmd.reservation_key)
            if reservation.status is ReservationStatus.ENDED:
                raise Conflict(
                    say("This stay is already checked out."), say("Nothing to do; look the guest up again.")
                )
            change = Change(reservation_key=cmd.reservation_key, time_zone=uow.desk.property().time_zone)
            live = reservation.live_grants
            if cmd.cards is None:
                cards = uow.cards.cards(grant_ids=[g.access_grant_id for g in live])
                working = [c for c in cards if c.status in LIVE_CARD_STATUSES and c.ends_at > now]
                if working:
                    raise Conflict(
                        say("This stay's key cards still open doors."),
                        say(
                            "Say whether the cards were handed back or are to be revoked: "
                            "--cards-collected or --revoke-cards."
                        ),
                        detail={"card_serials": [c.card_serial for c in working]},
                    )
            collected = cmd.cards is CardsAtCheckOut.COLLECTED
            for grant in live:
                change.merge(end_grant(uow, grant, "checked_out", now, cards_collected=collected))
            if reservation.status is not ReservationStatus.ENDED and not reservation.live_grants:
                reservation.status = ReservationStatus.ENDED
                uow.desk.save_reservation(reservation)
                change.reservation_status[reservation.reservation_key] = reservation.status
            change.events.append(ev.GuestCheckedOut(cmd.reservation_key))
            return change

        return await self._tx.write(work)

    async def grant_staff_access(self, cmd: GrantStaffAccess) -> Change:
        await self._tx.guard.require(P.STAFF_CARDS)
        await may_force(self._tx, cmd.force)

        def work(uow: UnitOfWork, now: datetime) -> Change:
            groups = uow.desk.door_groups()
            doors: list[str] = list(cmd.entrance_ids)
            for name in cmd.door_groups:
                if name not in groups:
                    raise NotFound(
                        say("Door group not found."),
                        say(
                            "Known groups: {groups}.",
                            groups=", ".join(sorted(groups)) or "none",
                        ),
                        detail={"door_group": name},
                    )
                doors += sorted(groups[name].entrance_ids)
            if not doors:
                raise InvalidInput(
                    say("No doors chosen for the staff member."), say("Pick a door group or some doors.")
                )
            check_new_times(uow, cmd.starts_at, cmd.ends_at, now)
            risk = staff_access_risk(doors, uow.desk.entrances(), cmd.starts_at, cmd.ends_at)
            forced = second_look(self._tx, risk, cmd.force)
            change = issue_grant(
                uow,
                CreateGrant(
                    cmd.staff_name, tuple(dict.fromkeys(doors)), cmd.starts_at, cmd.ends_at, UserKind.STAFF
                ),
                now,
            )
            change.events.extend(forced)
            return change

        return await self._tx.write(work)
