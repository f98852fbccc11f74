"""Sign out: the password goes from the keyring; the cache only when asked, and unsynced
work only after the person has read how much of it there is and ticked that it may go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.config import ServerSettings
from app.views.common.workers import Operation, Runner
from app.views.first_run.entry_pages import server_place


class SignOutDialog(QDialog):
    """Counts the unsynced work off the GUI thread; OK waits for the count."""

    def __init__(self, runner: Runner, server: ServerSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign out — aCRM Desk"))
        intro = QLabel(
            self.tr("Sign out %1 from %2? The password is removed from the system keyring "
                    "and the desk closes.")
            .replace("%1", server.login).replace("%2", server_place(server.url))
        )  # fmt: skip
        intro.setWordWrap(True)
        self.forget = QCheckBox(self.tr("Also &delete this desk's copy of the data (the cache)"))
        self.warning = QLabel()
        self.warning.setObjectName("fieldError")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.discard = QCheckBox(self.tr("D&iscard the unsynced work"))
        self.discard.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Sign out"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.forget, self.warning, self.discard, self.buttons):
            layout.addWidget(widget)
        self.unsynced: tuple[int, int] | None = None  # (waiting, refused) once counted
        self.forget.toggled.connect(self._update)
        self.discard.toggled.connect(self._update)
        self.resize(480, 0)
        self._update()
        runner.submit(Operation(work=lambda: _count(server), on_success=self._counted,
                                on_failure=self._count_failed))  # fmt: skip

    def _counted(self, counts: tuple[int, int]) -> None:
        self.unsynced = counts
        waiting, refused = counts
        if waiting or refused:
            text = self.tr("%n change(s) have not reached the server yet", "", waiting)
            if refused:
                text += self.tr("; %n were refused by it", "", refused)
            self.warning.setText(self.tr("%1. Deleting the cache loses them for good.")
                                 .replace("%1", text))  # fmt: skip
        self._update()

    def _count_failed(self, error: BaseException) -> None:
        self.unsynced = (-1, 0)  # unknown: deleting the cache then needs the confirmation too
        self.warning.setText(self.tr("Cannot count the unsynced work (%1). Deleting the cache "
                                     "may lose some.").replace("%1", str(error)))  # fmt: skip
        self._update()

    def _update(self) -> None:
        at_risk = self.unsynced is None or any(self.unsynced)
        needs_consent = self.forget.isChecked() and at_risk
        counted = self.unsynced is not None
        self.warning.setVisible(self.forget.isChecked() and counted and at_risk)
        self.discard.setVisible(self.forget.isChecked() and counted and at_risk)
        self.ok.setEnabled(not needs_consent or (counted and self.discard.isChecked()))

    def choice(self) -> tuple[bool, bool]:
        """(delete the cache, discard unsynced work) as confirmed."""
        return self.forget.isChecked(), self.discard.isVisible() and self.discard.isChecked()


def _count(server: ServerSettings) -> tuple[int, int]:
    from app.services.first_run.sign_out import unsynced_work

    return unsynced_work(server)
