"""The console's Teams tab: each team with its members and leads; Ctrl+N a new one, F2 rename."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.admin.people import PeopleService
from app.views.admin.people_model import TeamsModel
from app.views.admin.table_panel import TablePanelTab
from app.views.common.workers import Runner


class TeamsTab(TablePanelTab):
    """The teams with their members and leads; create and rename."""

    stretch_column = 2  # the team leads

    def __init__(self, runner: Runner, people: PeopleService, parent: QWidget | None = None):
        super().__init__(runner, TeamsModel(), "", parent)
        self.filter.setPlaceholderText(self.tr("Filter teams (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter teams"))
        self._people = people
        self.name_edit = QLineEdit(self.panel)
        self.name_edit.setPlaceholderText(self.tr("team name"))
        self.name_edit.setAccessibleName(self.tr("team name"))
        self.name_edit.setMinimumWidth(220)
        self.name_edit.hide()
        self.action_button(self.tr("New team"), "Ctrl+N", self.start_create)
        self.action_button(self.tr("Rename"), "F2", self.start_rename)

    def refresh(self) -> None:
        self.load(self._people.teams, "admin-teams")

    def start_create(self) -> None:
        self.name_edit.clear()
        people = self._people

        def make_work():
            name = self.name_edit.text()
            return lambda: people.create_team(name)

        self.open_panel(self.tr("Create"), make_work,
                        lambda name: self.tr("Team %1 is created.").replace("%1", name),
                        (self.name_edit,), self.tr("The new team's name:"))  # fmt: skip

    def start_rename(self) -> None:
        old = self.selected_key()
        if old is None:
            self.open_panel(self.tr("Close"), lambda: lambda: None, lambda _r: "",
                            prompt=self.tr("Choose a team in the table first."))  # fmt: skip
            self.apply_button.setEnabled(False)
            return
        self.name_edit.setText(old)
        people = self._people

        def make_work():
            new = self.name_edit.text()
            return lambda: people.rename_team(old, new)

        done = self.tr("Team %1 is now called %2.")
        self.open_panel(self.tr("Rename"), make_work,
                        lambda new: done.replace("%1", old).replace("%2", new),
                        (self.name_edit,),
                        self.tr("A new name for %1:").replace("%1", old))  # fmt: skip
