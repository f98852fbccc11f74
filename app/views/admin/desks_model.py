"""The desks' table: one row per desk, its state in colour and words, sortable by meaning."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.desks.health import URGENCY, DeskHealth, DeskState, version_key
from app.views.common.formatting import local_datetime, number
from app.views.common.table_model import Column, Role, RowTableModel

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # what the proxy sorts by: times, counts, urgency
STATE, LOGIN, HOST, VERSION, SCHEMA, LAST_SYNC, UNSYNCED, HEARD, ERROR = range(9)
# Tinted backgrounds with the state's word beside them: colour is never the only sign.
TINTS = {
    DeskState.HEALTHY: QBrush(QColor("#dcfce7")),  # green
    DeskState.SILENT: QBrush(QColor("#e5e7eb")),  # grey: nothing heard
    DeskState.FAILING: QBrush(QColor("#f8d7da")),  # red
    DeskState.BEHIND: QBrush(QColor("#fdecc8")),  # amber
}


def state_name(state: DeskState) -> str:
    """The state in the desk's language."""
    names = {
        DeskState.HEALTHY: QCoreApplication.translate("DeskTableModel", "Healthy"),
        DeskState.SILENT: QCoreApplication.translate("DeskTableModel", "Silent"),
        DeskState.FAILING: QCoreApplication.translate("DeskTableModel", "Failing"),
        DeskState.BEHIND: QCoreApplication.translate("DeskTableModel", "Behind"),
    }
    return names[state]


class DeskTableModel(RowTableModel[DeskHealth]):
    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> Sequence[Column[DeskHealth]]:
        when = self._locale
        return (
            Column(self.tr("State"), lambda d: state_name(d.state),
                   tip=lambda d: ", ".join(state_name(p) for p in d.problems) or None),
            Column(self.tr("Login"), lambda d: d.report.login),
            Column(self.tr("Computer"), lambda d: d.report.hostname),
            Column(self.tr("Version"), lambda d: d.report.app_version),
            Column(self.tr("Schema"), lambda d: d.report.schema_revision),
            Column(self.tr("Last sync"), lambda d: local_datetime(d.report.last_sync_at, when)
                   or self.tr("never")),
            Column(self.tr("Unsynced"), lambda d: number(d.report.unsynced, when), right=True),
            Column(self.tr("Last heard"), lambda d: local_datetime(d.report.reported_at, when)),
            Column(self.tr("Last error"), lambda d: d.report.last_error),
        )  # fmt: skip

    def data(self, index: QModelIndex, role: int = Role.DisplayRole):
        if index.isValid() and role == SORT_ROLE:
            return _sort_key(self.row(index.row()), index.column())
        return super().data(index, role)

    def row_data(self, row: DeskHealth, role: int):
        if role == Role.BackgroundRole:
            return TINTS[row.state]
        return None


def _sort_key(desk: DeskHealth, column: int):
    report = desk.report
    if column == STATE:  # the most urgent first when sorted ascending
        return (*URGENCY, DeskState.HEALTHY).index(desk.state)
    if column in (LAST_SYNC, HEARD):
        moment = report.last_sync_at if column == LAST_SYNC else report.reported_at
        return moment.timestamp() if moment else 0.0
    if column == UNSYNCED:
        return report.unsynced
    if column == VERSION:  # 0.9 before 0.10, as releases go
        parts = _flat(version_key(report.app_version))
        return ".".join(f"{part + 1:011d}" for part in parts)
    values = (None, report.login, report.hostname, report.app_version, report.schema_revision,
              None, None, None, report.last_error)  # fmt: skip
    return (values[column] or "").casefold()


def _flat(key: tuple) -> list[int]:
    return [p for item in key for p in (item if isinstance(item, tuple) else (item,))]
