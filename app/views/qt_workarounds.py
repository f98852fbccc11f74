"""Work-arounds for bugs in the Qt bindings, each applied only where the bug exists."""

from __future__ import annotations

import ctypes
import logging
import sys

import PySide6

log = logging.getLogger(__name__)

# Found on this project's machine: with PySide6 6.12.0 on CPython 3.11, every QPainter.setPen /
# setBrush call from Python drops one reference to None (measured: -1000 per 1000 calls; 6.11.3 is
# clean), and True/False fare no better. pyqtgraph calls them on each chart repaint, so after
# some thousands of repaints CPython aborts with "none_dealloc: deallocating None" — mid-call,
# hours into a shift. From 3.12 on, None is immortal and the bug is harmless.
_AFFECTED_MINOR = (6, 12)
_HEADROOM = 1 << 40


def none_refcount_bug_applies() -> bool:
    return sys.version_info < (3, 12) and tuple(PySide6.__version_info__[:2]) == _AFFECTED_MINOR


def guard_none_refcount() -> bool:
    """Give None, True and False references enough that the leak never reaches zero."""
    if not none_refcount_bug_applies():
        return False
    guarded = False
    # True and False leak the same way (seen at interpreter exit after a long benchmark run).
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: PyObject's 1st field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
            guarded = True
    if guarded:
        log.warning(
            "PySide6 %s leaks references to None in QPainter; guarded (upgrade or pin PySide6)",
            PySide6.__version__,
        )
    return True
