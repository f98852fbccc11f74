"""Where the administrator's site file is (stdlib only: the logging step reads it early)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SITE_CONFIG_ENV = "ACRM_SITE_CONFIG"
LINUX_SITE_FILE = Path("/etc/acrm/config.toml")


def site_config_file() -> Path:
    """The administrator's file: $ACRM_SITE_CONFIG, else the platform's system-wide place."""
    override = os.environ.get(SITE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "acrm" / "config.toml"
    return LINUX_SITE_FILE
