"""Render resources/icons/<app id>.svg to the PNG sizes the Debian package installs (Qt offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_icons.py

Writes resources/icons/hicolor/<n>x<n>/apps/<app id>.png for n in 48, 128 and 256; run it again
after changing the SVG and commit the PNGs (tools/build_deb.py copies them as they are).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.acrm_desk.Desk"
SIZES = (48, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render_icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target / f"{APP_ID}.png")):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target / f"{APP_ID}.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
