"""A custom keyring backend that keeps secrets in a plain JSON file: exactly what the desk must refuse
when someone selects it through PYTHON_KEYRING_BACKEND or keyringrc.cfg."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class PlainFileKeyring(KeyringBackend):
    priority = 20.0  # claims to be the best there is; the desk must not believe it

    def _path(self) -> Path:
        return Path(os.environ.get("PLAIN_KEYRING_FILE", "/nonexistent/plain-keyring.json"))

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data))
