"""The installed Qt bindings must not leak references to None (6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 300  # few enough that an affected build fails the assertion, not the process


def test_void_calls_keep_none_refcount(qapp) -> None:
    # An affected build drops one reference per call; CPython < 3.12 then aborts with
    # "none_dealloc" hours into a shift. pyproject excludes it; this catches a new one.
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            label.setText("x")
            painter.setPen(Qt.GlobalColor.red)
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < CALLS // 10, f"None lost {lost} references over {CALLS} void calls"
