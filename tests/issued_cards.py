"""Puts an issued-card record in the database, as the encoder does after a verified write.

Used by tests of the reservation rules that only need to know a card exists, not its bytes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from frontdesk.store.tables import AccessGrantRow, CardRow, PropertyRow


def _insert(session: Session, grant_id: str) -> int:
    prop = session.query(PropertyRow).one()
    prop.card_serial_counter += 1
    grant = session.get(AccessGrantRow, grant_id)
    assert grant is not None
    session.add(
        CardRow(
            card_serial=prop.card_serial_counter,
            property_id=prop.property_id,
            access_grant_id=grant_id,
            kind=grant.kind,
            status="issued",
            card_type="ntag213",
            uid_hex="04A1B2C3D4E5F6",
            key_version=1,
            reservation_sequence=0,
            entrance_ids=grant.entrance_ids,
            starts_at=grant.starts_at,
            ends_at=grant.ends_at,
            issued_at=datetime.now(UTC),
        )
    )
    session.commit()
    return prop.card_serial_counter


async def issue_card_record(app, grant_id: str) -> int:  # type: ignore[no-untyped-def]
    with Session(app.engines.write) as session:
        return _insert(session, grant_id)
