"""kill -9 of a desk between the card's last write and its record: no ghost card.

The killed desk had recorded the card as `writing` before its first write, so the command line
lists it and `frontdesk cards cancel SERIAL` cancels it; without a cancel, the stay's next card
takes it up as unconfirmed. Either way the card, whole and verified on its chip, is refused at
the door once the stay's newer card has been used there.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from drivers.simulated.encoder import SimulatedEncoder
from frontdesk.domain.commands import CheckIn
from tests.helpers import Cli, at
from tests.services.cards.conftest import Prompter


def _kill_mid_encode(db_url: str, grant_id: str, cards_file: Path) -> None:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.cli.crash_encode_worker", db_url, grant_id, str(cards_file)],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "written"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL


@pytest.mark.parametrize("taken_up_by", ["cards cancel", "next encode", "window start"])
async def test_a_card_whose_desk_was_killed_before_recording_it_is_revoked(
    taken_up_by: str,
    clock: Any,
    app: Any,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    secret_service: Any,
) -> None:
    stay = await app.desk.check_in(CheckIn(("Ann",), ("room-101",), at(17, 15), at(20, 11)))
    grant_id = stay.grants_created[0].access_grant_id
    cards_file = tmp_path / "cards.json"
    _kill_mid_encode(db_url, grant_id, cards_file)

    encoder = SimulatedEncoder(cards_file=cards_file)  # the same virtual cards, as the killed desk left them
    ghost_uid = next(iter(encoder._cards))
    app.cards.use_encoder(encoder)
    cli = Cli(db_url, capsys)
    listed = await asyncio.to_thread(cli.ok, "cards", "list", "--stay", stay.reservation_key)
    assert [(c["status"], c["uid"]) for c in listed] == [("writing", ghost_uid.hex().upper())]
    serial = listed[0]["card_serial"]
    encoder.place_card(uid=ghost_uid)
    assert (await app.doors.tap("room-101", at=at(17, 16), timeout=5)).opened  # a whole, working card

    if taken_up_by == "cards cancel":
        cancelled = await asyncio.to_thread(cli.ok, "cards", "cancel", str(serial))
        assert cancelled["status"] == "cancelled" and cancelled["cancelled_at"] is not None
    elif taken_up_by == "window start":  # later than any encode could still be running
        clock.advance(minutes=11)
        await app.cards.prepare_encoder()
        assert await app.cards.recover_interrupted_writes() == []  # taken up once
        [ghost] = await app.cards.cards(grant_id)
        assert ghost.status == "unconfirmed" and ghost.cancelled_at is not None
    encoder.place_card()
    fresh = await app.cards.encode(grant_id, Prompter(), timeout=5)
    ghost = next(
        c
        for c in await asyncio.to_thread(cli.ok, "cards", "list", "--grant", grant_id)
        if c["card_serial"] == serial
    )
    expected = "cancelled" if taken_up_by == "cards cancel" else "unconfirmed"
    assert ghost["status"] == expected and ghost["cancelled_at"] is not None

    assert (await app.doors.tap("room-101", at=at(17, 17), timeout=5)).opened  # the stay's newer card
    encoder.place_card(uid=ghost_uid)
    refused = await app.doors.tap("room-101", at=at(17, 18), timeout=5)
    assert (refused.opened, refused.reason, refused.card_serial) == (False, "cancelled", serial)
    assert fresh.card_serial > serial
