"""Shared fixtures: an isolated environment per test run, the app on a real SQLite file, and one
offscreen QApplication for the GUI tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontdesk.services.config import SIMULATOR_FILES

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and the default database go to the test's own folder, never the developer's."""
    monkeypatch.setenv("FRONTDESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("FRONTDESK_WORKSTATION", "test-desk")
    monkeypatch.delenv("FRONTDESK_DATABASE_URL", raising=False)
    # The simulators keep their state in memory in tests (empty: no file), unless a test names one;
    # set, they are not given the files beside the database the desk's own start gives them.
    for variable, _ in SIMULATOR_FILES:
        monkeypatch.setenv(variable, "")


@pytest.fixture(autouse=True)
def _os_keyring_by_default() -> Iterator[None]:
    """PIN values are encrypted with a key from the OS keyring, so every test that stores a PIN
    needs one: the Secret Service the test script runs, chosen explicitly (keyring's automatic
    choice would consider the test modules' own backend classes, which the desk refuses). A test
    that wants another keyring sets it itself; without a Secret Service nothing is changed here and
    the tests that need one fail through the `secret_service` fixture, saying why."""
    import keyring
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    try:
        usable = SecretServiceKeyring.priority > 0
    except Exception:
        usable = False
    previous = keyring.get_keyring()
    if usable:
        keyring.set_keyring(SecretServiceKeyring())
    yield
    keyring.set_keyring(previous)


# A Tuesday in November, property time America/Los_Angeles (UTC-8).
NOW = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)  # 10:00 at the hotel


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'frontdesk.db'}"


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    from frontdesk.services.clock import FixedClock

    return FixedClock(NOW)


@pytest.fixture
async def app(db_url: str, clock):  # type: ignore[no-untyped-def]
    """The application on a real SQLite file with the demo property."""
    from frontdesk.services.bootstrap import bootstrap

    application = bootstrap(db_url, clock=clock, workstation="test-desk")
    await application.setup.create_demo()
    try:
        yield application
    finally:
        await application.aclose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the real PostgreSQL server the test script started.

    Fails (never skips) when the server is missing: run ./installer/run-tests.sh, which starts it.
    """
    import uuid

    import psycopg

    base = os.environ.get("FRONTDESK_TEST_POSTGRES", "host=/var/run/postgresql dbname=postgres")
    name = f"frontdesk_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(base, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable ({exc}). Start it with ./installer/run-tests.sh "
            "or set FRONTDESK_TEST_POSTGRES to a libpq connection string."
        )
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    params = dict(p.split("=", 1) for p in base.split())
    host = params.get("host", "/var/run/postgresql")
    user = params.get("user", "")
    yield f"postgresql+psycopg://{user}@/{name}?host={host}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def secret_service():  # type: ignore[no-untyped-def]
    """The real Secret Service keyring (gnome-keyring in the test script's D-Bus session).

    Fails, never skips, when it is not there: run the tests through ./installer/run-tests.sh.
    Yields the keyring module; entries the test wrote under the "frontdesk" service are removed after.
    """
    import keyring
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    try:
        usable = SecretServiceKeyring.priority > 0  # raises when no Secret Service answers on D-Bus
    except Exception as exc:
        usable, why = False, f"{type(exc).__name__}: {exc}"
    else:
        why = "its priority is 0"
    if not usable:
        pytest.fail(
            f"The Secret Service keyring is not available ({why}). Run the tests with "
            "./installer/run-tests.sh, which starts gnome-keyring in a private D-Bus session."
        )
    # Chosen explicitly: a test module may define its own backend class, and keyring's automatic
    # choice considers every backend class that has been imported.
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretServiceKeyring())
    yield keyring
    keyring.set_keyring(previous)
