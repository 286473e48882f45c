""" "The guest can't get in": everything the receptionist needs on one screen, and one action to fix it.

`lookup` gathers the stay's PIN codes with their state in plain words, a verdict for each key card
the desk issued, what to do next, and a text ready to send to the guest. `pull_backup` hands out
a backup PIN (from the desk's pool, so it works with the internet down) and returns the same view.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.domain.cards.reasons import reason_words
from frontdesk.domain.codes import AccessCode, CodeType, works_now
from frontdesk.domain.codes.lifecycle import MONTHS
from frontdesk.domain.commands import ChangeDates
from frontdesk.domain.errors import NotFound
from frontdesk.domain.operators import Permission as P
from frontdesk.domain.words import joined, say
from frontdesk.services.codes.service import CodeService
from frontdesk.services.codes.views import (
    CardVerdict,
    CodeView,
    LetInResult,
    LockoutCardView,
    LockoutCodeCheck,
    LockoutView,
    LockoutWithBackup,
    code_view,
)
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork


def _when(value: datetime, zone: str) -> str:
    local = value.astimezone(ZoneInfo(zone))
    hhmm = f"{local.hour:02d}:{local.minute:02d}"
    return say("{time} on {day} {month}", time=hhmm, day=local.day, month=MONTHS[local.month - 1])


def lock_history_words(reached: datetime | None, used: datetime | None, zone: str) -> str:
    """When the PIN reached its lock and last opened the door, as the provider's events told; empty
    when no event told either (a provider that sends no events, or a code not yet followed)."""
    parts = []
    if reached is not None:
        parts.append(say("Reached the lock at {when}.", when=_when(reached, zone)))
    if used is not None:
        parts.append(say("Last used at the door at {when}.", when=_when(used, zone)))
    elif reached is not None:
        parts.append(say("Not used at the door yet."))
    return joined(" ", parts)


# Card states in which the card opens nothing for the guest (or is refused once a door learns of it).
_DEAD_CARDS = {
    "cancelled": say("the card was cancelled"),
    "revoked": say("the card was revoked (its access ended)"),
    "returned": say("the card was encoded again for something else"),
    "replaced": say("the card was written over for another stay"),
    "failed": say("the card's write failed, it holds no key"),
    "unconfirmed": say("the card's write was never confirmed and it has been revoked"),
    "collected": say("the card was handed back at check-out"),
}


def card_verdict(
    card: Mapping[str, Any], reservation_status: str | None, now: datetime
) -> tuple[CardVerdict, str]:
    """(verdict, reason) for one issued card, from what the desk recorded when it encoded it."""
    dead = _DEAD_CARDS.get(card["status"])
    if dead is not None:
        return CardVerdict.WILL_NOT_OPEN, say("{reason}; encode a new one", reason=dead)
    if card["status"] == "writing":
        return CardVerdict.MAY_NOT_OPEN, say("the card's write did not finish; encode a new one")
    if reservation_status == "overridden":
        return CardVerdict.WILL_NOT_OPEN, say("a newer stay took over the room; this card is overridden")
    if now < card["starts_at"]:
        return CardVerdict.WILL_NOT_OPEN, say("the card is not valid yet")
    if now >= card["ends_at"]:
        return CardVerdict.WILL_NOT_OPEN, say("the card has expired; re-encode it with the new dates")
    if card["status"] == "needs_reencode":
        return (
            CardVerdict.MAY_NOT_OPEN,
            say(
                "re-encode the card ({reason})",
                reason=reason_words(card["reencode_reason"]) or say("details changed"),
            ),
        )
    return (
        CardVerdict.SHOULD_OPEN,
        say("the card is valid: check the card is held flat on the reader and the lock's battery"),
    )


def guest_message(
    guest: str,
    codes: Iterable[CodeView],
    door_names: Mapping[str, str],
    zone: str,
    *,
    pins_coming: bool = True,
) -> str:
    """The text to send the guest: each door and its PIN, and until when it works.

    `codes` are the PINs that work now; a PIN that does not is never put in the message. Without
    one, the text promises a door code only when the stay has PINs (`pins_coming`) the desk is
    waiting for or can back up; a stay of key cards alone is asked to the desk for its key.
    """
    greeting = say("Hello {guest},", guest=guest) if guest else say("Hello,")
    lines: list[str] = [say("{greeting} here are your door codes:", greeting=greeting)]
    shown = [c for c in codes if c.code is not None]
    for code in shown:
        door = door_names.get(code.device_id, code.device_id)
        if code.ends_at:
            lines.append(
                say("- {door}: {pin} until {when}", door=door, pin=code.code, when=_when(code.ends_at, zone))
            )
        else:
            lines.append(say("- {door}: {pin}", door=door, pin=code.code))
    if not shown and not pins_coming:
        return say(
            "{greeting} please come to the front desk: we will give you your key there.", greeting=greeting
        )
    if not shown:
        return say(
            "{greeting} the front desk is preparing a door code for you and will send it in a moment.",
            greeting=greeting,
        )
    lines.append(say("Type the code on the keypad. If a door still does not open, call the front desk."))
    return joined("\n", lines)


def _online_by_device(uow: UnitOfWork) -> dict[str, bool | None]:
    """Each lock's online state as the provider last reported it (cached by the sync)."""
    out: dict[str, bool | None] = {}
    for data, _refreshed in uow.sync_records.devices():
        online = (data.get("properties") or {}).get("online")
        out[str(data["device_id"])] = None if online is None else bool(online)
    return out


class LockoutNotFound(NotFound):
    """Nothing matched the lockout search; worded for the screen, no command named."""

    title = say("No stay or code matches.")
    hint = say("Check the reservation number or the code's id, or search by the guest's room on the rack.")


def _code_to_back_up(view: LockoutView) -> CodeView | None:
    """The guest's first PIN that does not work now and a backup can stand in for."""
    for code in view.codes:
        check = view.check_of(code)
        if check is None or check.works_now or code.is_backup or code.pulled_backup_access_code_id:
            continue
        if code.type is CodeType.TIME_BOUND and not code.is_offline_access_code:
            return code
    return None


def _door(view: LockoutView, code: CodeView) -> str:
    check = view.check_of(code)
    return check.door if check is not None else code.device_id


_LOCKOUT_FIELDS = tuple(f.name for f in dataclasses.fields(LockoutView))


class LockoutService:
    """Answers a lockout call in seconds, online or not."""

    def __init__(self, tx: Transactions, codes: CodeService) -> None:
        self._tx = tx
        self._codes = codes

    async def lookup(self, query: str) -> LockoutView:
        """A reservation key, an access grant id, or the id of one of the guest's codes."""
        await self._tx.guard.require(P.LOCKOUT)

        return await self._tx.read(lambda uow, now: self._view(uow, query.strip(), now))

    async def pull_backup(self, access_code_id: str) -> LockoutWithBackup:
        """Give the guest a backup PIN for the code that failed; returns the backup and the updated view."""
        await self._tx.guard.require(P.LOCKOUT)
        backup = await self._codes.pull_backup(access_code_id)
        view = await self.lookup(
            backup.reservation_key or backup.access_grant_id or backup.pulled_for or backup.local_id
        )
        return LockoutWithBackup(**{f: getattr(view, f) for f in _LOCKOUT_FIELDS}, backup=backup)

    async def let_in_now(
        self, reservation_key: str, change_dates: Callable[[ChangeDates], Awaitable[object]]
    ) -> LetInResult:
        """Get the guest in now: start a stay that has not started yet, then a backup PIN that works at once.

        `change_dates` is the stays service's own date change (the caller passes it: codes do not
        drive stays). The key cards cannot be re-encoded here (they need the reader): `left` says so.
        """
        await self._tx.guard.require(P.LOCKOUT)

        def window(uow: UnitOfWork, now: datetime) -> tuple[datetime, datetime, datetime] | None:
            live = [g for g in uow.desk.grants(reservation_key=reservation_key) if g.is_live]
            if not live:
                return None
            return min(g.starts_at for g in live), max(g.ends_at for g in live), now

        found = await self._tx.read(window)
        if found is None:
            raise LockoutNotFound(detail={"reservation_key": reservation_key})
        starts_at, ends_at, now = found
        done: list[str] = []
        started_now = starts_at > now
        if started_now:
            await change_dates(ChangeDates(reservation_key, now, ends_at))
            done.append("The stay now starts now.")
        view = await self.lookup(reservation_key)
        backup = None
        target = _code_to_back_up(view)
        if target is not None:
            pulled = await self.pull_backup(target.some_id)
            view, backup = pulled, pulled.backup
            done.append(f"Backup PIN {backup.code} given for {_door(view, backup)}; it works now.")
        elif not view.any_works_now:
            done.append("No PIN to replace with a backup on this stay.")
        left = []
        if view.cards or started_now:
            left.append("Re-encode the key cards: the cards on hand do not carry the new start.")
        return LetInResult(view, backup, started_now, tuple(done), tuple(left))

    def _view(self, uow: UnitOfWork, query: str, now: datetime) -> LockoutView:
        desk, codes_repo = uow.desk, uow.codes
        zone = desk.property().time_zone
        key: str | None = None
        loose: list[AccessCode] = []  # a code given without a stay (codes create): it and its backups
        if desk.reservation(query) is not None:
            key = query
            grants = desk.grants(reservation_key=key)
        else:
            try:
                grants = [desk.grant(query)]
            except NotFound:
                code = self._find_code(uow, query)
                grants = [desk.grant(code.access_grant_id)] if code.access_grant_id else []
                if not grants:
                    same_door = codes_repo.codes(device_id=code.device_id)
                    loose = [code, *(c for c in same_door if c.pulled_for == code.local_id)]
            key = grants[0].reservation_key if grants else None
        live = [g for g in grants if g.is_live] or grants
        grant_ids = [g.access_grant_id for g in live]
        codes = [c for gid in grant_ids for c in codes_repo.codes(access_grant_id=gid)] + loose
        views = [code_view(c, zone, now) for c in codes]
        status = uow.lockout_reads.reservation_status(key) if key else None
        cards = []
        for card in uow.lockout_reads.cards_of_grants(grant_ids):
            verdict, reason = card_verdict(card, status, now)
            cards.append(
                LockoutCardView(card["card_serial"], card["access_grant_id"], card["status"], verdict, reason)
            )
        door_names = {e.device_id: e.name for e in desk.entrances().values() if e.device_id}
        online = _online_by_device(uow)
        tz = ZoneInfo(zone)
        history = uow.codes.lock_history(c.local_id for c in codes)
        checks = []
        for code in codes:
            reached, used = history.get(code.local_id, (None, None))
            pin = works_now(code, now, online.get(code.device_id), tz)
            door = door_names.get(code.device_id, code.device_id)
            checks.append(
                LockoutCodeCheck(
                    code.local_id,
                    code.access_code_id,
                    code.device_id,
                    door,
                    pin.works,
                    pin.reason,
                    online.get(code.device_id),
                    pin.later,
                    reached,
                    used,
                    # "Reached the lock" of a PIN that does not work now (failed, removed) would read
                    # as if it did: only the last use is said then.
                    lock_history_words(reached if pin.works or pin.later else None, used, zone),
                )
            )
        starts_at = min((g.starts_at for g in live if g.is_live), default=None)
        not_started = starts_at if starts_at is not None and starts_at > now else None
        suggestions = self._suggestions(views, checks, cards, not_started, zone)
        # What to tell the guest: only PINs that work now, a pulled backup instead of the code it replaces.
        works_by_id = {c.local_id: c.works_now for c in checks}
        working = [
            v
            for v in views
            if works_by_id[v.local_id] and not v.pulled_backup_access_code_id and not v.in_backup_pool
        ]
        # A code given without a stay has no guest name: its own name ("Backup code") is no greeting.
        named = [c.name for c in loose if c.name and not c.is_backup and not c.pulled_for]
        guest = live[0].user_name if live else (named[0] if named else "")
        return LockoutView(
            reservation_key=key,
            reservation_status=status,
            guests=tuple(g.user_name for g in live),
            access_grant_ids=tuple(grant_ids),
            codes=tuple(views),
            cards=tuple(cards),
            suggestions=tuple(suggestions),
            message=guest_message(guest, working, door_names, zone, pins_coming=bool(views)),
            checks=tuple(checks),
        )

    @staticmethod
    def _find_code(uow: UnitOfWork, query: str) -> AccessCode:
        """The code the receptionist typed, with an error that names no command (the GUI shows it)."""
        try:
            return uow.codes.find(query)
        except NotFound:
            raise LockoutNotFound(detail={"query": query}) from None

    @staticmethod
    def _suggestions(
        codes: list[CodeView],
        checks: list[LockoutCodeCheck],
        cards: list[LockoutCardView],
        not_started: datetime | None,
        zone: str,
    ) -> list[str]:
        out: list[str] = []
        if not_started is not None:
            out.append(
                say(
                    "The stay starts {when}: no key of it opens a door before then. "
                    "Get the guest in now starts it now.",
                    when=_when(not_started, zone),
                )
            )
        by_id = {c.local_id: c for c in checks}
        guest_codes = [c for c in codes if not c.in_backup_pool and not c.pulled_backup_access_code_id]
        offline = sorted({c.door for c in checks if c.keypad_online is False})
        for door in offline:
            out.append(
                say(
                    "The keypad of {door} is offline: new codes cannot reach it until it is back online.",
                    door=door,
                )
            )
        for code in guest_codes:
            check = by_id[code.local_id]
            if not check.works_now and code.type is CodeType.TIME_BOUND and not code.is_backup:
                out.append(
                    say(
                        "{door}: the PIN does not work now ({reason}). Pull a backup PIN.",
                        door=check.door,
                        reason=check.reason,
                    )
                )
        if guest_codes and not any(by_id[c.local_id].works_now for c in guest_codes):
            out.append(say("No PIN of this stay works now: pull a backup PIN, it works at once."))
        for card in cards:
            if card.verdict is not CardVerdict.SHOULD_OPEN:
                out.append(say("Card {serial}: {reason}", serial=card.card_serial, reason=card.reason))
        if not codes and not cards:
            # Nothing to check is not "looks right": the guest holds no key of the desk's.
            out.append(say("This stay has no key card and no PIN: encode a card for the guest."))
        if not out:
            out.append(
                say(
                    "Codes and cards look right: check the guest types the code shown and the lock has power."
                )
            )
        return out
