# Shared steps of the two quick-start commands (sourced, not run). Debian, as root, or with sudo.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Install the Debian packages that are missing; nothing when all are there (no network needed then).
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # Node.js may come from elsewhere (e.g. NodeSource, whose nodejs conflicts with Debian's npm):
  # ask apt for node and npm only when there is no node at all.
  if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Packages the desk itself needs: Qt's X11/EGL libraries, fonts, PC/SC, the Secret Service.
RUNTIME_PACKAGES=(
  python3 python3-venv python3-dev gcc swig
  pcscd libpcsclite-dev
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 fonts-dejavu-core dbus-daemon dbus-x11 gnome-keyring libsecret-tools xvfb xauth
)
# What the tests add: the virtual reader, PostgreSQL, screenshots.
TEST_PACKAGES=(vsmartcard-vpcd pcsc-tools postgresql imagemagick xdotool)

python_env() {
  local extras="$1"
  if [ ! -x "$PY" ]; then
    say "Creating the Python environment in .venv"
    python3 -m venv "$VENV"
  fi
  say "Installing FrontDesk and its Python packages ($extras)"
  "$PY" -m pip install -q --upgrade pip
  "$PY" -m pip install -q -e "$ROOT[$extras]"
}

# Runs "$@" inside a D-Bus session with an unlocked GNOME keyring (the real Secret Service),
# unless the desktop already offers one. The keyring files live under $XDG_DATA_HOME.
with_secret_service() {
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && "$PY" -c 'import keyring, sys; from keyring.backends.SecretService import Keyring as S; sys.exit(0 if isinstance(keyring.get_keyring(), S) else 1)' 2>/dev/null; then
    "$@"
    return
  fi
  # The unlock password travels in the environment, not in argv, so `ps` never shows it.
  FRONTDESK_KEYRING_PASSWORD="${FRONTDESK_KEYRING_PASSWORD:-frontdesk-local-keyring}" dbus-run-session -- bash -c '
    printf %s "$FRONTDESK_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset FRONTDESK_KEYRING_PASSWORD
    exec "$@"' _ "$@"
}
