#!/usr/bin/env bash
# CI's package check: build the bundle and the .deb (installer/build.sh), install the .deb into a
# clean directory tree with dpkg, check that its declared dependencies are satisfiable here, and
# run the installed `frontdesk self-test` from the PATH against the real pcscd with the vpcd
# virtual readers, the Secret Service keyring and the simulated lock provider, with no screen.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

./installer/build.sh
DEB=$(ls -t dist/frontdesk_*.deb | head -n 1)

say "Installing $DEB into a clean tree"
WORK=$(mktemp -d)
TREE="$WORK/root"
mkdir -p "$TREE/var/lib/dpkg/info" "$TREE/var/lib/dpkg/updates"
touch "$TREE/var/lib/dpkg/status" "$TREE/var/lib/dpkg/available"
# The tree has no other packages, so dpkg is told to install despite the Depends; the next step
# checks those against this machine instead.
as_root dpkg --root="$TREE" --force-depends -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log"; exit 1; }
as_root apt-get install --simulate -qq "./$DEB" >"$WORK/apt.log" 2>&1 || {
  cat "$WORK/apt.log"
  say "The package's dependencies cannot be satisfied on this machine"
  exit 1
}
test -x "$TREE/opt/frontdesk/frontdesk" && test -f "$TREE/usr/share/applications/frontdesk.desktop"

say "pcscd with the virtual readers"
pcscd_pid=""
if ! pgrep -x pcscd >/dev/null; then
  rm -f /run/pcscd/pcscd.comm /run/pcscd/pcscd.pid  # left by a pcscd that was killed
  /usr/sbin/pcscd --foreground >/dev/null 2>&1 &
  pcscd_pid=$!
  for _ in $(seq 1 50); do [ -S /run/pcscd/pcscd.comm ] && break; sleep 0.1; done
fi
stop_pcscd() { if [ -n "$pcscd_pid" ]; then kill "$pcscd_pid" 2>/dev/null; wait "$pcscd_pid" 2>/dev/null; fi; }
trap 'stop_pcscd; rm -rf "$WORK"' EXIT

say "The installed self-test"
export XDG_DATA_HOME="$WORK/data" FRONTDESK_LOG_DIR="$WORK/log"
export FRONTDESK_DATABASE_URL="sqlite:///$WORK/frontdesk.db" FRONTDESK_LOCK_PROVIDER=simulated
unset DISPLAY WAYLAND_DISPLAY
set +e
PATH="$TREE/usr/bin:$PATH" with_secret_service frontdesk self-test | tee "$WORK/self-test.txt"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then say "self-test failed (exit $status)"; exit 1; fi
grep -q "Virtual PCD 00 00" "$WORK/self-test.txt" || { say "self-test did not list the vpcd readers"; exit 1; }
say "Package check passed: built, installed in a clean tree, self-test ok"
