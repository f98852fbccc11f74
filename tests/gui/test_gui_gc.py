"""Garbage collection happens on the GUI thread's timer, not wherever a worker allocates."""

from __future__ import annotations

import gc
import weakref

from app.views.shell.gui_gc import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_collector_turns_off_automatic_gc_and_collects_on_its_timer(qtbot) -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        node = Node()
        alive = weakref.ref(node)
        del node
        junk = [Node() for _ in range(2000)]  # push generation 0 past its threshold
        del junk
        qtbot.waitUntil(lambda: alive() is None, timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()
