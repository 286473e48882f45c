"""No password, PIN-less secret or session token in the database, its WAL, the logs or the process
arguments, after the first administrator, a login, a script token, a sign-in through the GUI's
service and an export of the PIN key (neither its passphrase nor the key, raw or hex, anywhere but
the keyring, the export file holding it sealed): the real command line in subprocesses, the real
Secret Service keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from frontdesk.services.operators.session_keyring import KEYRING_SERVICE, entry_name

ADMIN_PASSWORD = "correct-horse-battery-staple"
CLERK_PASSWORD = "rita-front-desk-2026"
PASSPHRASE = "a pin key travels on a usb stick"


def _frontdesk(db: str, env: dict[str, str], *args: str, secret: str | None = None) -> Any:
    """Run the command; while it waits for its password on stdin, read its arguments from /proc."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontdesk", "--database", db, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    cmdline = b""
    for _ in range(100):
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes() if proc.poll() is None else cmdline
        if b"frontdesk" in cmdline:
            break
        time.sleep(0.02)
    out, err = proc.communicate(secret + "\n" if secret is not None else "", timeout=120)
    assert proc.returncode == 0, err
    for needle in (ADMIN_PASSWORD, CLERK_PASSWORD, PASSPHRASE):
        assert needle.encode() not in cmdline
    return json.loads(out)


def test_no_password_or_token_in_database_logs_or_arguments_no_key_bytes(
    tmp_path: Path, secret_service: Any
) -> None:
    db_file = tmp_path / "desk.db"
    db = f"sqlite:///{db_file}"
    logs = tmp_path / "logs"
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "FRONTDESK_LOG_DIR": str(logs)}
    env.pop("FRONTDESK_TOKEN", None)
    _frontdesk(db, env, "demo")  # the demo day: its guests have PIN codes, so the PIN key exists
    _frontdesk(
        db, env, "operators", "create", "Ann", "--role", "admin", "--password-stdin", secret=ADMIN_PASSWORD
    )
    _frontdesk(db, env, "login", "Ann", "--password-stdin", secret=ADMIN_PASSWORD)
    session = secret_service.get_password(KEYRING_SERVICE, entry_name(db))
    assert session and session.startswith("fdt_")  # the session is in the keyring, where it belongs
    _frontdesk(db, env, "operators", "create", "Rita", "--role", "receptionist", "--password-stdin",
               secret=CLERK_PASSWORD)  # fmt: skip
    script_token = _frontdesk(db, env, "operators", "token", "Rita")["token"]
    assert _frontdesk(db, {**env, "FRONTDESK_TOKEN": script_token}, "entrances", "list")
    failed = subprocess.run(  # a wrong password is not logged either
        [sys.executable, "-m", "frontdesk", "--database", db, "login", "Rita", "--password-stdin"],
        input=ADMIN_PASSWORD + "-wrong\n", env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert failed.returncode == 1 and ADMIN_PASSWORD not in failed.stderr
    exported = tmp_path / "pin-key.fdkey"
    done = _frontdesk(db, env, "pin-key", "export", "--to", str(exported), secret=PASSPHRASE)
    pin_key = secret_service.get_password("frontdesk", f"pin-key:{done['pin_key_id']}")
    assert pin_key and exported.exists()
    _frontdesk(db, env, "logout")

    needles = [ADMIN_PASSWORD, CLERK_PASSWORD, PASSPHRASE, session, script_token, pin_key]
    scanned = [p for p in tmp_path.glob("desk.db*") if p.is_file()] + [
        p for p in logs.rglob("*") if p.is_file()
    ]  # the export file holds the PIN key sealed: not its bytes, not its hex, not the passphrase
    scanned.append(exported)
    assert any(p.suffix == ".log" for p in scanned) and any(p.name == "desk.db" for p in scanned)
    for path in scanned:
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, (path.name, needles.index(needle))
            assert needle.encode().hex().encode() not in data.lower(), (path.name, needles.index(needle))
        assert bytes.fromhex(pin_key) not in data, path.name  # the PIN key's raw bytes
