"""The provider's API key is bound to the endpoint it was given for: editing the shared database's
endpoint does not send the key elsewhere, a new endpoint needs the key again, and plain http is
refused unless it stays on this computer."""

from __future__ import annotations

import io
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.helpers import Cli
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam


class Listener:
    """A server on loopback that writes down every request it gets (the intruder's end)."""

    def __init__(self) -> None:
        heard: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                heard.append(self.headers.get("Authorization", ""))
                self.send_response(500)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.heard = heard
        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def intruder() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.server.shutdown()


@pytest.fixture
def cli(db_url, capsys, fake_seam: FakeSeam, secret_service, monkeypatch) -> Cli:  # type: ignore[no-untyped-def]
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    monkeypatch.setattr("sys.stdin", io.StringIO(fake_seam.api_key + "\n"))
    runner.ok("provider", "set", "--driver", "seam", "--endpoint", fake_seam.url, "--api-key-stdin")
    runner.ok("sync", "run")  # the key works where it was given
    return runner


def test_an_endpoint_edited_in_the_database_does_not_get_the_key(
    cli: Cli, db_url: str, intruder: Listener
) -> None:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
        db.execute("UPDATE settings SET value = ? WHERE key = 'lock_provider.endpoint'", (intruder.url,))
    error = cli.fails("sync", "run")
    assert error["status"] == 409
    assert error["title"] == "The lock provider's address is not the one its API key was given for."
    assert "does not send the API key there" in error["hint"]
    assert intruder.heard == []  # not a single request, so no key


def test_a_new_endpoint_clears_the_key_until_it_is_given_again(
    cli: Cli,
    fake_seam: FakeSeam,
    secret_service,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    moved = cli.ok("provider", "set", "--driver", "seam", "--endpoint", fake_seam.url + "/v2")
    assert moved["api_key_stored"] is False
    assert secret_service.get_password("frontdesk", "seam-api-key") is None
    [row, *_] = cli.ok("audit", "list", "--action", "provider.set")
    assert row["details"]["api_key_cleared"] is True
    assert cli.fails("sync", "run")["title"] == "No API key for the lock provider is stored."
    # Back to the first address, with the key given again: it works again.
    monkeypatch.setattr("sys.stdin", io.StringIO(fake_seam.api_key + "\n"))
    cli.ok("provider", "set", "--driver", "seam", "--endpoint", fake_seam.url, "--api-key-stdin")
    cli.ok("sync", "run")


@pytest.mark.parametrize("endpoint", ["http://connect.example.com", "http://192.168.1.20:8080"])
def test_plain_http_off_this_computer_is_refused_and_audited(cli: Cli, endpoint: str) -> None:
    error = cli.fails("provider", "set", "--driver", "seam", "--endpoint", endpoint)
    assert error["title"] == "A plain http:// provider address is refused."
    refused = [r for r in cli.ok("audit", "list", "--action", "provider.set") if r["outcome"] == "refused"]
    assert refused and refused[0]["details"] == {"endpoint": endpoint, "reason": "plain_http"}
    assert cli.ok("audit", "verify")["intact"] is True
