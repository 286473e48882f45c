""" "The guest can't get in": everything the receptionist needs on one screen, and one action to fix it.

`lookup` gathers the stay's PIN codes with their state in plain words, a verdict for each key card
the desk issued, what to do next, and a text ready to send to the guest. `pull_backup` hands out
a backup PIN (from the desk's pool, so it works with the internet down) and returns the same view.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.domain.codes import PROGRAMMING_LEAD, AccessCode, CodeType
from frontdesk.domain.errors import NotFound
from frontdesk.services.codes.service import CodeService
from frontdesk.services.codes.views import (
    CardVerdict,
    CodeView,
    LockoutCardView,
    LockoutView,
    LockoutWithBackup,
    code_view,
)
from frontdesk.services.transactions import Transactions
from frontdesk.store.unit_of_work import UnitOfWork

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _when(value: datetime, zone: str) -> str:
    local = value.astimezone(ZoneInfo(zone))
    return f"{local.hour:02d}:{local.minute:02d} on {local.day} {_MONTHS[local.month - 1]}"


def card_verdict(
    card: Mapping[str, Any], reservation_status: str | None, now: datetime
) -> tuple[CardVerdict, str]:
    """(verdict, reason) for one issued card, from what the desk recorded when it encoded it."""
    if card["status"] in ("cancelled", "returned"):
        return CardVerdict.WILL_NOT_OPEN, f"the card was {card['status']}; encode a new one"
    if reservation_status == "overridden":
        return CardVerdict.WILL_NOT_OPEN, "a newer stay took over the room; this card is overridden"
    if now < card["starts_at"]:
        return CardVerdict.WILL_NOT_OPEN, "the card is not valid yet"
    if now >= card["ends_at"]:
        return CardVerdict.WILL_NOT_OPEN, "the card has expired; re-encode it with the new dates"
    if card["status"] == "needs_reencode":
        return (
            CardVerdict.MAY_NOT_OPEN,
            f"re-encode the card ({card['reencode_reason'] or 'details changed'})",
        )
    return (
        CardVerdict.SHOULD_OPEN,
        "the card is valid: check the card is held flat on the reader and the lock's battery",
    )


def guest_message(guest: str, codes: Iterable[CodeView], door_names: Mapping[str, str], zone: str) -> str:
    """The text to send the guest: each door and its PIN, and until when it works."""
    lines = [f"Hello {guest}, here are your door codes:"]
    for code in codes:
        door = door_names.get(code.device_id, code.device_id)
        if code.code is None:
            lines.append(f"- {door}: your code will follow shortly.")
            continue
        until = f" until {_when(code.ends_at, zone)}" if code.ends_at else ""
        lines.append(f"- {door}: {code.code}{until}")
    lines.append("Type the code on the keypad. If a door still does not open, call the front desk.")
    return "\n".join(lines)


_LOCKOUT_FIELDS = tuple(f.name for f in dataclasses.fields(LockoutView))


class LockoutService:
    """Answers a lockout call in seconds, online or not."""

    def __init__(self, tx: Transactions, codes: CodeService) -> None:
        self._tx = tx
        self._codes = codes

    async def lookup(self, query: str) -> LockoutView:
        """A reservation key, an access grant id, or the id of one of the guest's codes."""

        return await self._tx.read(lambda uow, now: self._view(uow, query.strip(), now))

    async def pull_backup(self, access_code_id: str) -> LockoutWithBackup:
        """Give the guest a backup PIN for the code that failed; returns the backup and the updated view."""
        backup = await self._codes.pull_backup(access_code_id)
        view = await self.lookup(backup.reservation_key or backup.access_grant_id or backup.local_id)
        return LockoutWithBackup(**{f: getattr(view, f) for f in _LOCKOUT_FIELDS}, backup=backup)

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
                code = codes_repo.find(query)  # raises 404 with a hint when nothing matches
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
        suggestions = self._suggestions(views, cards, now)
        # What to tell the guest: live codes, a pulled backup instead of the code it replaces.
        working = [
            v
            for v in views
            if v.status != "removing" and not v.pulled_backup_access_code_id and not v.in_backup_pool
        ]
        guest = live[0].user_name if live else (loose[0].name if loose and loose[0].name else "guest")
        return LockoutView(
            reservation_key=key,
            reservation_status=status,
            guests=tuple(g.user_name for g in live),
            access_grant_ids=tuple(grant_ids),
            codes=tuple(views),
            cards=tuple(cards),
            suggestions=tuple(suggestions),
            message=guest_message(guest, working, door_names, zone),
        )

    @staticmethod
    def _suggestions(codes: list[CodeView], cards: list[LockoutCardView], now: datetime) -> list[str]:
        out: list[str] = []
        for code in codes:
            if code.is_backup or code.is_offline_access_code or code.type is not CodeType.TIME_BOUND:
                continue
            if code.pulled_backup_access_code_id:
                continue
            # A time-bound code always has a start.
            due = code.starts_at is not None and code.starts_at - PROGRAMMING_LEAD <= now
            if code.errors or (due and code.status != "set"):
                out.append(
                    f"Pull a backup PIN for {code.device_id}: frontdesk codes pull-backup {code.some_id}"
                )
        for card in cards:
            if card.verdict is not CardVerdict.SHOULD_OPEN:
                out.append(f"Card {card.card_serial}: {card.reason}")
        if not out:
            out.append(
                "Codes and cards look right: check the guest types the code shown and the lock has power."
            )
        return out
