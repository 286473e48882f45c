#!/usr/bin/env bash
# Installs what the tests need (apt, npm, pip), starts the real parts and runs the whole suite:
# ruff, the import-linter layer contracts, mypy, then pytest with the real pcscd + virtual reader,
# PostgreSQL, Seam's fake server and the Secret Service keyring.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

NEEDS_NODE=1 apt_install "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
python_env test

say "Installing Seam's fake server from the lock file"
(cd installer/fake-seam && npm ci --silent --no-audit --no-fund)

say "Starting PostgreSQL"
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  as_root pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
as_root pg_ctlcluster --skip-systemctl-redirect $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q && break; sleep 0.5; done
me=$(id -un)
as_root su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='$me'\"" | grep -q 1 \
  || as_root su postgres -c "createuser -s $me"
export FRONTDESK_TEST_POSTGRES="host=/var/run/postgresql dbname=postgres user=$me"

say "ruff"
"$VENV/bin/ruff" check .
say "import-linter (layers)"
"$VENV/bin/lint-imports"
say "mypy"
"$VENV/bin/mypy"

say "pytest"
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)"  # a fresh keyring for every run
export QT_QPA_PLATFORM=offscreen
set +e
with_secret_service "$PY" -m pytest "$@"
status=$?
set -e
rm -rf "$XDG_DATA_HOME"
exit $status
