"""The provider's API key goes only to a secure keyring, never to the database."""

from __future__ import annotations

from typing import Any

import pytest
from keyring.backends import fail, null

from frontdesk.domain.errors import Unavailable
from tests.services.cards.test_card_keys import PlaintextKeyring

API_KEY = "seam_test_key_7f3a9c"


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()], ids=["fail", "null", "plaintext"]
)
async def test_api_key_is_refused_without_a_secure_keyring(
    app: Any, secret_service: Any, backend: Any
) -> None:
    previous = secret_service.get_keyring()
    secret_service.set_keyring(backend)
    try:
        with pytest.raises(Unavailable) as refused:
            await app.settings.set_provider("seam", "http://127.0.0.1:9", API_KEY)
    finally:
        secret_service.set_keyring(previous)
    assert refused.value.title == "No secure keyring is available for the provider's API key."
    assert PlaintextKeyring.stored == {}
    # Nothing half-done: the driver choice was not saved either.
    assert (await app.settings.provider()).source != "settings"


async def test_api_key_goes_to_the_secret_service_and_not_the_database(
    app: Any, secret_service: Any, db_url: str
) -> None:
    await app.settings.set_provider("seam", "http://127.0.0.1:9", API_KEY)
    try:
        assert secret_service.get_password("frontdesk", "seam-api-key") == API_KEY
        database = db_url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            try:
                content = open(database + suffix, "rb").read()  # noqa: SIM115
            except FileNotFoundError:
                continue
            assert API_KEY.encode() not in content
    finally:
        secret_service.delete_password("frontdesk", "seam-api-key")
