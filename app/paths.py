"""Where the bundled files (migrations, resources) are: beside the package, or in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The checkout's root, or PyInstaller's unpacked bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """Icons, stylesheets, translations and the demo rule pack."""
    return bundle_root() / "resources"
