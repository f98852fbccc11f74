"""Sync problems: rows the server refused (with Retry) and feed rows this desk had to skip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.sync.local_store import LocalStore
from app.services.sync.status import RejectedRow, SkippedFeedRow
from app.views.common.keyboard import keyboard_list
from app.views.common.labels import entity_name
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner


class RejectedModel(RowTableModel[RejectedRow]):
    """Refused outbox rows: what, which record, and the server's message."""

    def columns(self) -> tuple[Column[RejectedRow], ...]:
        return (
            Column(self.tr("What"), lambda row: entity_name(row.entity)),
            Column(self.tr("Record"), lambda row: str(row.entity_id)),
            Column(self.tr("Server's message"), lambda row: row.message),
        )


class SkippedModel(RowTableModel[SkippedFeedRow]):
    """Feed rows this desk could not read or store: what, which record, why (newest first)."""

    def columns(self) -> tuple[Column[SkippedFeedRow], ...]:
        return (
            Column(self.tr("What"), lambda row: entity_name(row.entity)),
            Column(self.tr("Record"), lambda row: row.entity_key),
            Column(self.tr("Why it was skipped"), lambda row: row.reason),
        )


class SyncProblemsWindow(QMainWindow):
    """Lists refused rows off the GUI thread; Retry queues them again and syncs at once."""

    loaded = Signal()
    retried = Signal(int)

    def __init__(
        self,
        runner: Runner,
        store: LocalStore,
        sync_now: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store
        self.setWindowTitle(self.tr("Sync problems — aCRM Desk"))
        self.model = RejectedModel(self)
        self.table = keyboard_list(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.skipped_model = SkippedModel(self)
        self.skipped_table = keyboard_list(QTableView())
        self.skipped_table.setModel(self.skipped_model)
        self.skipped_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped_table.verticalHeader().hide()
        header = self.skipped_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.skipped_summary = QLabel()
        self.skipped_summary.setObjectName("muted")
        self.skipped_summary.setWordWrap(True)
        self.retry = QPushButton(self.tr("Retry refused rows"))
        self.retry.clicked.connect(self.retry_rejected)
        sync_button = QPushButton(self.tr("Sync now"))
        sync_button.clicked.connect(sync_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(sync_button)
        buttons.addWidget(self.retry)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.skipped_summary)
        layout.addWidget(self.skipped_table, 1)
        self.setCentralWidget(root)
        self.resize(900, 420)

    def refresh(self) -> None:
        self._runner.submit(
            Operation(
                work=lambda: (self._store.rejected(), self._store.skipped()),
                on_success=self._show,
                on_failure=self._failed,
                key="sync-problems",
            )
        )

    def _show(self, found: tuple[list[RejectedRow], list[SkippedFeedRow]]) -> None:
        rows, skipped = found
        self._show_skipped(skipped)
        self.model.set_rows(rows)
        self.retry.setEnabled(bool(rows))
        if rows:
            text = self.tr(
                "The server refused %n row(s). Ask an administrator to fix the cause, then "
                "retry; until then they stay on this desktop only.",
                "",
                len(rows),
            )
        else:
            text = self.tr("Nothing refused: everything saved here reaches the server.")
        self.summary.setText(text)
        self.loaded.emit()

    def _show_skipped(self, skipped: list[SkippedFeedRow]) -> None:
        self.skipped_model.set_rows(skipped)
        self.skipped_table.setVisible(bool(skipped))
        if skipped:
            text = self.tr(
                "%n feed row(s) skipped: they could not be read or stored on this desktop. "
                "Everything else was applied. Tell an administrator.",
                "",
                len(skipped),
            )
        else:
            text = self.tr("No feed rows skipped.")
        self.skipped_summary.setText(text)

    def _failed(self, error: BaseException) -> None:
        text = self.tr("Could not read the sync problems: %1")
        self.summary.setText(text.replace("%1", str(error)))

    def retry_rejected(self) -> None:
        self.retry.setEnabled(False)  # one retry at a time; the list tells when it is done
        self._runner.submit(
            Operation(
                work=self._store.retry_rejected,
                on_success=self._retried,
                on_failure=self._failed,
                write=True,
            )
        )

    def _retried(self, count: int) -> None:
        self.retried.emit(count)
        self.refresh()
