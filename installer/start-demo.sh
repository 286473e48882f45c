#!/usr/bin/env bash
# Quick start: installs what is missing, creates the demo property (Harbor View Hotel) and opens the desk.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

apt_install "${RUNTIME_PACKAGES[@]}"
python_env postgres

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # A server without a screen: give the desk a virtual one so it still starts (see README).
  export DISPLAY="${FRONTDESK_VIRTUAL_DISPLAY:-:97}"
  if ! xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 && ! pgrep -f "Xvfb $DISPLAY" >/dev/null; then
    say "No screen found: starting a virtual one on $DISPLAY (take a look with: import -window root shot.png)"
    Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
    sleep 1
  fi
fi

# The demo needs no reader and no internet: simulated encoder and lock provider, whose virtual
# cards and codes are kept next to the demo database so they are still there tomorrow.
DATA="${XDG_DATA_HOME:-$HOME/.local/share}/frontdesk"
export FRONTDESK_ENCODER="${FRONTDESK_ENCODER:-simulated}"
export FRONTDESK_LOCK_PROVIDER="${FRONTDESK_LOCK_PROVIDER:-simulated}"
export FRONTDESK_SIMULATED_CARDS="${FRONTDESK_SIMULATED_CARDS:-$DATA/simulated-cards.json}"
export FRONTDESK_SIMULATED_PROVIDER_STATE="${FRONTDESK_SIMULATED_PROVIDER_STATE:-$DATA/simulated-provider.json}"
say "Creating the demo property (once)"
"$VENV/bin/frontdesk" demo
say "Starting the desk"
with_secret_service "$VENV/bin/frontdesk" "$@"
