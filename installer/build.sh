#!/usr/bin/env bash
# Builds the desktop bundle and its Linux packages in one go (Debian, as root or with sudo):
#   dist/frontdesk/                               PyInstaller one-folder bundle (PySide6-Essentials)
#   dist/frontdesk-VERSION-linux-ARCH.tar.gz      that folder, for any Linux with Qt's X11 libraries
#   dist/frontdesk_VERSION_ARCH.deb               installs under /opt/frontdesk, `frontdesk` on PATH,
#                                                 a menu entry and its icon
# Installs what it needs itself (apt packages, the venv with the `bundle` extra). Built artefacts
# live in build/ and dist/, which git ignores. Windows and macOS: see installer/windows and
# installer/macos.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

apt_install "${RUNTIME_PACKAGES[@]}" "${BUILD_PACKAGES[@]}"
python_env postgres,bundle

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
BUILD="$ROOT/build/bundle"
rm -rf "$BUILD" dist/frontdesk
mkdir -p "$BUILD" dist

say "Translations and icons"
for ts in resources/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
QT_QPA_PLATFORM=offscreen "$PY" installer/bundle/render_icon.py "$BUILD/icons"

say "PyInstaller one-folder bundle (log: build/bundle/pyinstaller.log)"
if ! FRONTDESK_ICON_DIR="$BUILD/icons" "$VENV/bin/pyinstaller" --noconfirm --clean \
    --distpath dist --workpath "$BUILD/work" installer/bundle/frontdesk.spec >"$BUILD/pyinstaller.log" 2>&1; then
  tail -n 40 "$BUILD/pyinstaller.log" >&2
  exit 1
fi

say "Linux tarball"
TARBALL="dist/frontdesk-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$TARBALL" frontdesk

say "Debian package"
DEB_ROOT="$BUILD/deb"
install -d "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" "$DEB_ROOT/usr/share/applications" \
  "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps" "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a dist/frontdesk "$DEB_ROOT/opt/frontdesk"
ln -s ../../opt/frontdesk/frontdesk "$DEB_ROOT/usr/bin/frontdesk"  # relative: works in any root
install -m 644 installer/deb/frontdesk.desktop "$DEB_ROOT/usr/share/applications/frontdesk.desktop"
install -m 644 "$BUILD/icons/frontdesk.png" "$DEB_ROOT/usr/share/icons/hicolor/256x256/apps/frontdesk.png"
install -m 644 resources/icons/frontdesk.svg "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps/frontdesk.svg"
SIZE=$(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" installer/deb/control \
  >"$DEB_ROOT/DEBIAN/control"
DEB="dist/frontdesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zzstd -z9 --build "$DEB_ROOT" "$DEB" >/dev/null

say "Built"
du -sh dist/frontdesk "$TARBALL" "$DEB" | sed 's/^/    /'
