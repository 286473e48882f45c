"""`provider set` and `sync run` leave audit rows: who pointed the desk at which provider, and
what each synchronisation asked for by hand did. No API key in any of them."""

from __future__ import annotations

import io

import pytest

from tests.helpers import Cli
from tests.seam_fixtures import FakeSeam
from tests.seam_fixtures import fake_seam as fake_seam

pytestmark = pytest.mark.seam


@pytest.fixture
def cli(
    db_url: str, capsys: pytest.CaptureFixture[str], fake_seam: FakeSeam, secret_service, monkeypatch
) -> Cli:  # type: ignore[no-untyped-def]
    runner = Cli(db_url, capsys)
    runner.ok("demo", "--empty")
    monkeypatch.setattr("sys.stdin", io.StringIO(fake_seam.api_key + "\n"))
    runner.ok("provider", "set", "--endpoint", fake_seam.url, "--api-key-stdin")
    return runner


def test_provider_set_and_sync_run_are_audited(cli: Cli, fake_seam: FakeSeam) -> None:
    [provider] = cli.ok("audit", "list", "--action", "provider.set")
    assert provider["outcome"] == "done"
    assert provider["details"] == {
        "driver": "seam",
        "endpoint": fake_seam.url,
        "api_key_given": True,
        "api_key_cleared": False,
    }
    assert provider["sentence"] == f"The lock provider was set to seam at {fake_seam.url} (test-desk)"
    cli.ok("sync", "run")
    [ran] = cli.ok("audit", "list", "--action", "sync.ran")
    assert ran["outcome"] == "done" and ran["details"]["provider_reachable"] is True
    assert fake_seam.api_key not in str(cli.ok("audit", "list", "--limit", "1000"))
    assert cli.ok("audit", "verify")["intact"] is True
