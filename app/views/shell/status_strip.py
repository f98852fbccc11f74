"""The status bar: which database, which agent, whether the desk is ready, and its sync."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


def describe_database(url: str) -> str:
    """A database URL fit to show: the file name for SQLite, host/name for a server, no password."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return path.rsplit("/", 1)[-1] or ":memory:"
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}{parts.path}"


class StatusStrip(QStatusBar):
    def __init__(self, db_url: str, agent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel(self.tr("Ready"), self)
        self.state.setObjectName("stateLabel")
        self.state.setAccessibleName(self.tr("Desk state"))
        database = QLabel(self.tr("Database: %1").replace("%1", describe_database(db_url)), self)
        agent_label = QLabel(self.tr("Agent: %1").replace("%1", agent), self)
        for label in (database, agent_label):
            label.setObjectName("muted")
        self.addWidget(self.state, 1)
        self.addPermanentWidget(database)
        self.addPermanentWidget(agent_label)

    def add_sync(self, widget: QWidget) -> None:
        """The sync state, left of the database name; only when a server is configured."""
        # Indices count the normal widgets too: 1 is right after the desk state.
        self.insertPermanentWidget(1, widget)

    def set_state(self, text: str) -> None:
        if text != self.state.text():  # an unchanged text should not cost a repaint
            self.state.setText(text)
