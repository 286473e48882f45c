"""The demo property a newcomer can try everything on: Harbor View Hotel."""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.events import PropertyCreated
from frontdesk.domain.model import CredentialKind
from frontdesk.services.property.views import DemoResult
from frontdesk.services.transactions import Transactions
from frontdesk.store.setup import DoorSpec, PropertySpec, create_property
from frontdesk.store.unit_of_work import UnitOfWork

CARD = (CredentialKind.CARD,)
ONLINE_PIN = (CredentialKind.ONLINE_PIN,)
OFFLINE_PIN = (CredentialKind.OFFLINE_PIN,)


def harbor_view() -> PropertySpec:
    doors: list[DoorSpec] = []
    for floor in (1, 2, 3):
        for n in range(1, 13):
            room = f"{floor}{n:02d}"
            doors.append(
                DoorSpec(
                    f"room-{room}",
                    f"Room {room}",
                    f"room-{room}",
                    f"Room {room}",
                    "guest_room",
                    "card-locks",
                    True,
                    CARD,
                )
            )
    for suite in ("401", "402"):
        for part, label in (("entry", "entry"), ("bedroom", "bedroom")):
            doors.append(
                DoorSpec(
                    f"suite-{suite}-{part}",
                    f"Suite {suite} {label}",
                    f"suite-{suite}",
                    f"Suite {suite}",
                    "suite",
                    "card-locks",
                    True,
                    CARD,
                )
            )
    for common in ("lobby", "gym", "pool", "parking"):
        doors.append(
            DoorSpec(
                common, common.capitalize(), common, common.capitalize(), "common", "card-locks", False, CARD
            )
        )
    doors.append(
        DoorSpec(
            "front-door-keypad",
            "Front door keypad",
            "entry-front",
            "Front entry",
            "common",
            "keypads",
            False,
            ONLINE_PIN,
            device_id="front-door-keypad",
        )
    )
    doors.append(
        DoorSpec(
            "back-door-keypad",
            "Back door keypad",
            "entry-back",
            "Back entry",
            "common",
            "keypads",
            False,
            ONLINE_PIN,
            device_id="back-door-keypad",
        )
    )
    doors.append(
        DoorSpec(
            "cottage-1",
            "Cottage 1 keypad",
            "cottage-1",
            "Cottage 1",
            "unit",
            "offline-keypads",
            False,
            OFFLINE_PIN,
            device_id="cottage-1",
        )
    )
    guest_doors = [d.entrance_id for d in doors if d.space_kind in ("guest_room", "suite")]
    return PropertySpec(
        property_id="harbor-view",
        name="Harbor View Hotel",
        time_zone="America/Los_Angeles",
        lock_systems=(
            ("card-locks", "Guest room card locks (offline, override/joiner)", True),
            ("keypads", "Online PIN keypads (remote lock provider)", False),
            ("offline-keypads", "Offline time-slot PIN keypads", False),
        ),
        doors=tuple(doors),
        door_groups=(
            ("housekeeping", tuple(guest_doors)),
            ("maintenance", tuple(d.entrance_id for d in doors)),
        ),
    )


class SetupService:
    """Creating properties. The demo is created once; running it again changes nothing."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    async def create_demo(self) -> DemoResult:
        spec = harbor_view()

        def work(uow: UnitOfWork, now: datetime) -> DemoResult:
            if uow.desk.has_property():
                p = uow.desk.property()
                return DemoResult(False, p.property_id, p.name)
            create_property(uow.session, spec, now)
            uow.record(PropertyCreated(spec.property_id, spec.name, {"doors": len(spec.doors)}))
            return DemoResult(True, spec.property_id, spec.name)

        return await self._tx.write(work)
