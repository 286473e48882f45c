"""Where the desk keeps its data and what this workstation is called."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_ENV = "FRONTDESK_DATABASE_URL"
WORKSTATION_ENV = "FRONTDESK_WORKSTATION"


def default_database_path() -> Path:
    # Imported here: a desk given its database (--database, FRONTDESK_DATABASE_URL) opens its window
    # without it (docs/benchmarks.md "Cold start").
    from platformdirs import user_data_dir

    return Path(user_data_dir("frontdesk", appauthor=False)) / "frontdesk.db"


def database_url(explicit: str | None = None) -> str:
    """The --database option, else FRONTDESK_DATABASE_URL, else SQLite in the user's data directory."""
    if explicit:
        return explicit
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


def workstation_name() -> str:
    import socket  # here: the window's quick start reads the database's address only

    return os.environ.get(WORKSTATION_ENV, "").strip() or socket.gethostname()


def redact_url(url: str) -> str:
    """A database URL as it may be shown: never with its password."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


# The simulated lock provider's codes and the simulated encoder's cards (drivers/simulated) live in
# memory unless these name a file. In memory, a second start of the desk met a provider that had
# forgotten every code the first start made, and handed out their ids again.
SIMULATOR_FILES = (
    ("FRONTDESK_SIMULATED_PROVIDER_STATE", "simulated-provider.json"),
    ("FRONTDESK_SIMULATED_CARDS", "simulated-cards.json"),
)


def keep_simulators_with(database: str | None) -> None:
    """Unless set already, keep the simulators' state in files beside the SQLite database (in the
    user's data directory for another database), so that they remember across starts and commands
    what they were given, as a real provider and real cards do."""
    url = database_url(database)
    plain = url.split("?", 1)[0]
    if plain.startswith("sqlite:///") and len(plain) > len("sqlite:///"):
        path = Path(plain.removeprefix("sqlite:///"))
        folder, stem = path.parent, path.stem
    else:
        folder, stem = default_database_path().parent, "frontdesk"
    for variable, name in SIMULATOR_FILES:
        os.environ.setdefault(variable, str(folder / f"{stem}.{name}"))
