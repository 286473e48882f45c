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
# One dpkg-query for the whole list, so a start with everything installed costs a few milliseconds.
apt_install() {
  local missing=()
  mapfile -t missing < <(
    dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '$NF == "installed" {print $1}' \
      | sort -u | comm -13 - <(printf '%s\n' "$@" | sort -u)
  )
  # Node.js may come from elsewhere (e.g. NodeSource, whose nodejs conflicts with Debian's npm):
  # ask apt for node and npm only when there is no node at all.
  if [ "${NEEDS_NODE:-0}" = 1 ] && ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      >/dev/null
  fi
}

# Packages the desk itself needs: Qt's X11/EGL libraries, fonts, PC/SC, the Secret Service.
RUNTIME_PACKAGES=(
  python3 python3-venv python3-dev gcc swig
  pcscd libpcsclite-dev
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 fonts-dejavu-core fonts-noto-core fonts-noto-cjk dbus-daemon dbus-x11 gnome-keyring
  libsecret-tools xvfb xauth x11-utils openbox
)
# What installer/build.sh adds: PyInstaller reads the libraries' headers with objdump (binutils).
BUILD_PACKAGES=(binutils)
# What the tests add: the virtual reader, PostgreSQL, screenshots.
TEST_PACKAGES=(vsmartcard-vpcd pcsc-tools postgresql imagemagick xdotool)

# The venv with FrontDesk and the extras named in $1 (comma-separated). pip runs only when the venv
# is new, an extra was not installed yet, or pyproject.toml changed since the last install; its
# output goes to .venv/pip.log and is shown only when it fails.
python_env() {
  local extras="$1" stamp="$VENV/.installed" want
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) $extras"
  if [ ! -x "$PY" ]; then
    say "Creating the Python environment in .venv"
    python3 -m venv "$VENV"
  fi
  if [ -f "$stamp" ] && grep -qxF "$want" "$stamp" && "$PY" -c "$PACKAGES_PRESENT" 2>/dev/null; then
    return
  fi
  say "Installing FrontDesk and its Python packages ($extras)"
  if ! { "$PY" -m pip install -q --upgrade pip && "$PY" -m pip install -q -e "$ROOT[$extras]"; } \
      >"$VENV/pip.log" 2>&1; then
    tail -n 30 "$VENV/pip.log" >&2
    say "pip failed; the whole log is in $VENV/pip.log"
    return 1
  fi
  # Compiled once here, so a start never compiles the desk's own modules again.
  "$PY" -m compileall -q "$ROOT/frontdesk" "$ROOT/drivers" >/dev/null 2>&1 || true
  { grep -F "${want%% *} " "$stamp" 2>/dev/null || true; echo "$want"; } | sort -u >"$stamp.new"
  mv "$stamp.new" "$stamp"
}
# Every distribution FrontDesk requires is still installed (cheap: metadata only, nothing imported).
PACKAGES_PRESENT='
import re, sys
from importlib.metadata import PackageNotFoundError, distribution, requires
try:
    needed = [r for r in requires("frontdesk") or [] if "extra ==" not in r]
    for r in needed:
        distribution(re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0])
except PackageNotFoundError:
    sys.exit(1)
'

# Runs "$@" inside a D-Bus session with an unlocked GNOME keyring (the real Secret Service),
# unless the desktop already offers one. The keyring files live under $XDG_DATA_HOME.
with_secret_service() {
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && "$PY" -c 'import keyring, sys; from keyring.backends.SecretService import Keyring as S; sys.exit(0 if isinstance(keyring.get_keyring(), S) else 1)' 2>/dev/null; then
    "$@"
    return
  fi
  # The unlock password travels in the environment, not in argv, so `ps` never shows it.
  # quiet-dbus-daemon: the session bus's own complaints (fd limits in containers) are not the desk's.
  FRONTDESK_KEYRING_PASSWORD="${FRONTDESK_KEYRING_PASSWORD:-frontdesk-local-keyring}" \
    dbus-run-session --dbus-daemon="$ROOT/installer/quiet-dbus-daemon" -- bash -c '
    printf %s "$FRONTDESK_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    unset FRONTDESK_KEYRING_PASSWORD
    exec "$@"' _ "$@"
}
