"""Runs `acrm desk` as a consultant would use it and says on stdout when (bench_startup.py).

Watches from outside the desk's code, so a before/after comparison measures both the same way:
an application-wide event filter notes the main window's first paint and which widget has the
keyboard focus; then it types a name prefix into the search box at once, notes when the typed
search shows its results, presses Enter on the first hit, notes when that customer's card is
painted, and quits. Each line is flushed when it happens; the bench takes its arrival time,
measured from the process's spawn.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

QUERY = "ko"  # two letters: the search starts at two characters


def say(what: str) -> None:
    print(f"probe: {what}", flush=True)


class Probe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window = None
        self.answered = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.window is None
            and event.type() == QEvent.Type.UpdateRequest
            and type(watched).__name__ == "MainWindow"
        ):
            self.window = watched
            # The window's focus widget: an offscreen window is never the active one.
            focused = watched.focusWidget()
            say(f"window painted, focus on {focused.objectName() if focused else None}")
            QTimer.singleShot(0, self.type_query)
        return False

    def type_query(self) -> None:
        from PySide6.QtTest import QTest

        box = self.window.findChild(QLineEdit, "searchBox")
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClicks(box, QUERY)
        say(f"typed {QUERY!r}")
        results = self.window.search.model
        results.modelReset.connect(lambda: self.results(box, results.rowCount()))
        self.window.cardPainted.connect(self.painted)

    def results(self, box: QLineEdit, hits: int) -> None:
        from PySide6.QtTest import QTest

        if hits and not self.answered:
            self.answered = True
            say(f"search answered, {hits} hits")
            # After the panel has made the first hit current (this runs inside its reset).
            QTimer.singleShot(0, lambda: QTest.keyClick(box, Qt.Key.Key_Return))

    def painted(self, *_args: object) -> None:
        say("card painted")
        QTimer.singleShot(0, lambda: QApplication.instance().exit(0))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    from app.cli import main as acrm

    return acrm(["desk", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
