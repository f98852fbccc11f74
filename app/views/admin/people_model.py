"""The console's people and teams tables: named columns, translated roles, sortable values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt

from app.services.admin.people import PersonRow, TeamRow
from app.views.common.formatting import local_datetime
from app.views.common.table_model import Column, RowTableModel

translate = QCoreApplication.translate
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the login or the team name of the row
ROLE_ORDER = ("agent", "team_lead", "rule_author", "admin")
LOGIN, NAME, ROLE, TEAM, STATE, LAST_SEEN = range(6)
TEAM_NAME, MEMBERS, LEADS = range(3)


def role_name(role: str) -> str:
    names = {
        "agent": translate("PeopleTab", "Agent"),
        "team_lead": translate("PeopleTab", "Team lead"),
        "rule_author": translate("PeopleTab", "Rule author"),
        "admin": translate("PeopleTab", "Administrator"),
    }
    return names.get(role, role)


class PeopleModel(RowTableModel[PersonRow]):
    """One row a person; the state column says it in words (colour is only beside it)."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> Sequence[Column[PersonRow]]:
        none, never = self.tr("(none)"), self.tr("never")
        active, inactive = self.tr("active"), self.tr("deactivated")
        return (
            Column(self.tr("Login"), lambda p: p.login),
            Column(self.tr("Name"), lambda p: p.display_name),
            Column(self.tr("Role"), lambda p: role_name(p.role)),
            Column(self.tr("Team"), lambda p: p.team or none),
            Column(self.tr("State"), lambda p: active if p.active else inactive,
                   foreground=lambda p: None if p.active else Qt.GlobalColor.darkRed),
            Column(self.tr("Last seen"),
                   lambda p: local_datetime(p.last_seen, self._locale) or never),
        )  # fmt: skip

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (SORT_ROLE, KEY_ROLE):
            person = self.row(index.row())
            if role == KEY_ROLE:
                return person.login
            if index.column() == ROLE:
                return ROLE_ORDER.index(person.role) if person.role in ROLE_ORDER else 9
            if index.column() == LAST_SEEN:
                return person.last_seen.timestamp() if person.last_seen else 0.0
            if index.column() == STATE:
                return int(person.active)
            return str(super().data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        return super().data(index, role)


class TeamsModel(RowTableModel[TeamRow]):
    """One row a team: how many active members, and its active team leads."""

    def columns(self) -> Sequence[Column[TeamRow]]:
        none = self.tr("(none)")
        return (
            Column(self.tr("Team"), lambda t: t.name),
            Column(self.tr("Members"), lambda t: str(t.members), right=True),
            Column(self.tr("Team leads"), lambda t: ", ".join(t.leads) or none),
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (SORT_ROLE, KEY_ROLE):
            team = self.row(index.row())
            if role == KEY_ROLE:
                return team.name
            if index.column() == MEMBERS:
                return team.members
            return str(super().data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        return super().data(index, role)
