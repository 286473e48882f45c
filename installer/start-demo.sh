#!/usr/bin/env bash
# Quick start: installs what is missing, creates the demo property (Harbor View Hotel, with a
# believable day) once and opens the desk. A second start installs nothing and starts at once.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

apt_install "${RUNTIME_PACKAGES[@]}"
python_env postgres

# What this script started (a virtual screen, its window manager) is stopped when the desk quits.
started=()
stop_started() {
  local pid
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_started EXIT

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # A server without a screen: a virtual one, and openbox on it so dialogs get title bars and the
  # keyboard focus goes back to the window when a dialog closes.
  export DISPLAY="${FRONTDESK_VIRTUAL_DISPLAY:-:97}"
  if ! xdpyinfo -display "$DISPLAY" >/dev/null 2>&1; then
    apt_install imagemagick  # for the screenshot hint below
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    started+=($!)
    for _ in $(seq 1 50); do xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 && break; sleep 0.1; done
    openbox --sm-disable >/dev/null 2>&1 &
    started+=($!)
    say "No screen found: the desk runs on a virtual one, $DISPLAY (take a look: DISPLAY=$DISPLAY import -window root shot.png)"
  fi
fi

# The demo needs no reader and no internet: simulated encoder and lock provider, whose virtual
# cards and codes are kept next to the demo database so they are still there tomorrow.
DATA="${XDG_DATA_HOME:-$HOME/.local/share}/frontdesk"
export FRONTDESK_ENCODER="${FRONTDESK_ENCODER:-simulated}"
export FRONTDESK_LOCK_PROVIDER="${FRONTDESK_LOCK_PROVIDER:-simulated}"
export FRONTDESK_SIMULATED_CARDS="${FRONTDESK_SIMULATED_CARDS:-$DATA/simulated-cards.json}"
export FRONTDESK_SIMULATED_PROVIDER_STATE="${FRONTDESK_SIMULATED_PROVIDER_STATE:-$DATA/simulated-provider.json}"

# The demo (and its day's key cards, whose secret goes to the keyring) is made once: skipped when
# the default database is already there. `frontdesk demo --reset` makes the day anew.
make_demo=1
if [ -z "${FRONTDESK_DATABASE_URL:-}" ] && [ -f "$DATA/frontdesk.db" ] && [ ! -f "$DATA/.demo-pending" ]; then
  make_demo=0
fi
mkdir -p "$DATA"
[ "$make_demo" = 1 ] && say "Creating the demo property and its day (once)" && touch "$DATA/.demo-pending"
say "Starting the desk"
set +e
with_secret_service bash -c '
  if [ "$1" = 1 ]; then
    "$2/bin/frontdesk" demo >/dev/null || exit 1  # a failure says why on stderr (title and hint)
    rm -f "$3/.demo-pending"
  fi
  shift 3
  exec "$@"' _ "$make_demo" "$VENV" "$DATA" "$VENV/bin/frontdesk" "$@"
status=$?
exit $status
