"""The sync problems window lists feed rows this desk skipped, with the reason, in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.services.sync import skips
from app.services.sync.local_store import LocalStore
from app.services.sync.status import SkippedFeedRow, SyncStatus
from app.views.sync.problems import SyncProblemsWindow
from app.views.sync.status import SyncStatusWidget
from tests.gui.conftest import desk_in

ROWS = [
    SkippedFeedRow(812, 3, "contact", "not-a-uuid", "'not-a-uuid' is not a valid contact key"),
    SkippedFeedRow(815, 1, "pigeon", "7", "unknown entity 'pigeon'"),
]


@pytest.fixture
def english(qapp, monkeypatch):
    """The desk in English: acrm_en holds the English plural forms."""
    with desk_in(qapp, monkeypatch, "en_GB"):
        yield


def test_skipped_feed_rows_are_listed_with_their_reason(qtbot, sqlite_db, runner, english):
    store = LocalStore(sqlite_db)
    window = SyncProblemsWindow(runner, store, lambda: None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.refresh()
    assert window.skipped_summary.text() == "No feed rows skipped."
    with sqlite_db.engine.begin() as connection:
        skips.record(connection, ROWS)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.refresh()
    assert window.skipped_summary.text().startswith("2 feed rows skipped:")
    model = window.skipped_model
    texts = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert texts == [  # newest first
        ["pigeon", "7", "unknown entity 'pigeon'"],
        ["Contact", "not-a-uuid", "'not-a-uuid' is not a valid contact key"],
    ]


def test_the_status_bar_says_how_many_feed_rows_were_skipped(qtbot, english) -> None:
    widget = SyncStatusWidget(QLocale("en_GB"))
    qtbot.addWidget(widget)
    widget.show_status(SyncStatus(True, online=True, feed_skipped=1))
    assert widget.text() == "Synced · 1 feed row skipped"
    assert widget.state == "synced"
