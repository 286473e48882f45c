"""Render resources/icons/frontdesk.svg to the PNG (Linux menus) and ICO (Windows) the bundle needs.

QT_QPA_PLATFORM=offscreen .venv/bin/python installer/bundle/render_icon.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "frontdesk.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication([])
    for name, size in (("frontdesk.png", 256), ("frontdesk.ico", 256)):
        if not render(size).save(str(out / name)):
            print(f"could not write {out / name}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
