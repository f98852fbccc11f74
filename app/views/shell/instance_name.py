"""The desk's single-instance socket name and answer: Qt-free, so a hand-over loads no Qt."""

from __future__ import annotations

import getpass
import os
import re

NAME_ENV = "ACRM_INSTANCE_NAME"
ACK = b"ok\n"  # what the desk answers once it has taken a hand-over message


def server_name() -> str:
    """Per user, so two consultants on one terminal server each get their own desktop."""
    override = os.environ.get(NAME_ENV)
    if override:
        return override
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())
    return f"acrm-desk-{user}"
