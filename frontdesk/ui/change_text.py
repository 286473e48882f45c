"""What the desk tells the receptionist after an operation, in plain words (what to do next first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from frontdesk.domain.words import say_plural
from frontdesk.services.stays.views import ChangeView
from frontdesk.ui.service_words import shown


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def _cards(change: ChangeView) -> str:
    if not change.cards_to_reencode:
        return ""
    serials = ", ".join(f"#{s}" for s in change.cards_to_reencode)
    return shown(
        say_plural(
            "Re-encode card {serials}: it still carries the old doors or dates.",
            "Re-encode cards {serials}: they still carry the old doors or dates.",
            n=len(change.cards_to_reencode),
            serials=serials,
        )
    )


def _overrides(change: ChangeView) -> str:
    if not change.reservations_overridden:
        return ""
    keys = ", ".join(r.reservation_key for r in change.reservations_overridden)
    return tr("Overrides {keys}: their cards stop working once the new card is first used.").format(keys=keys)


def _lost(change: ChangeView) -> str:
    if not change.overridden_by:
        return ""
    return tr(
        "Another desk checked {other} in to this room at the same time: {key} is overridden, its cards "
        "stop working once the new card is first used."
    ).format(other=change.overridden_by, key=change.reservation_key or "")


def describe(action: str, change: ChangeView, rooms: list[str]) -> tuple[str, str]:
    """(status line, notice). The notice is empty when nothing needs the receptionist's attention."""
    key = change.reservation_key or ""
    names = ", ".join(dict.fromkeys(g.user_name for g in change.grants_created))
    where = ", ".join(rooms)
    status = {
        "check_in": tr("Checked in {names} in {rooms} ({key}).").format(names=names, rooms=where, key=key),
        "add_guest": tr("Added {names} to {key}.").format(names=names, key=key),
        "move_room": tr("Moved {key} to {rooms}.").format(key=key, rooms=where),
        "change_dates": tr("Changed the dates of {key}.").format(key=key),
        "check_out": tr("Checked out {key}.").format(key=key),
    }.get(action, key)
    notice = " ".join(p for p in (_lost(change), _overrides(change), _cards(change)) if p)
    if action == "move_room" and not change.cards_to_reencode:
        notice = (
            notice + " " + tr("No card had been encoded for this stay: encode cards for the new room.")
        ).strip()
    return status, notice
