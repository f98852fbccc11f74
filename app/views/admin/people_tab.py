"""The console's People tab: everyone with role, team and state; actions by keyboard.

Ctrl+N a new person, Ctrl+D deactivate or reactivate, Ctrl+P a new password, Ctrl+R change
the role, Ctrl+M move to another team. A generated password is shown once, in a read-only
field with a Copy button, and is never written to the log; the next action clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from app.services.admin.people import Moved, PeopleService, PersonRow
from app.views.admin.people_model import ROLE_ORDER, PeopleModel, role_name
from app.views.admin.table_panel import TablePanelTab
from app.views.common.workers import Operation, Runner


class PeopleTab(TablePanelTab):
    """The centre's people; create, deactivate, new password, role and team by keyboard."""

    stretch_column = 1  # the person's name

    def __init__(
        self, runner: Runner, people: PeopleService, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, PeopleModel(locale), "", parent)
        self.filter.setPlaceholderText(self.tr("Filter people (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self._people = people
        self.login_edit = QLineEdit(self.panel)
        self.login_edit.setPlaceholderText(self.tr("login"))
        self.login_edit.setAccessibleName(self.tr("login"))
        self.name_edit = QLineEdit(self.panel)
        self.name_edit.setPlaceholderText(self.tr("full name"))
        self.name_edit.setAccessibleName(self.tr("full name"))
        self.role_box = QComboBox(self.panel)
        self.role_box.setAccessibleName(self.tr("Role"))
        for role in ROLE_ORDER:
            self.role_box.addItem(role_name(role), role)
        self.team_box = QComboBox(self.panel)
        self.team_box.setEditable(True)
        self.team_box.setAccessibleName(self.tr("Team"))
        self.team_box.setMinimumWidth(160)
        self.password = QLineEdit(self.panel)
        self.password.setReadOnly(True)
        self.password.setMinimumWidth(230)
        self.password.setAccessibleName(self.tr("New password"))
        self.copy_button = QPushButton(self.tr("Copy"), self.panel)
        self.copy_button.clicked.connect(self._copy)
        for widget in (
            self.login_edit,
            self.name_edit,
            self.role_box,
            self.team_box,
            self.password,
            self.copy_button,
        ):
            widget.hide()  # fmt: skip
        self.action_button(self.tr("New person"), "Ctrl+N", self.start_create)
        self.action_button(self.tr("Deactivate / reactivate"), "Ctrl+D", self.start_toggle)
        self.action_button(self.tr("New password"), "Ctrl+P", self.start_reset)
        self.action_button(self.tr("Change role"), "Ctrl+R", self.start_role)
        self.action_button(self.tr("Move to team"), "Ctrl+M", self.start_move)

    def refresh(self) -> None:
        self.load(self._people.people, "admin-people")
        teams = Operation(work=self._people.teams, on_success=self._teams_loaded,
                          on_failure=lambda _e: None, key="admin-people-teams")  # fmt: skip
        self._runner.submit(teams)

    # --- actions ----------------------------------------------------------------------------

    def start_create(self) -> None:
        self._forget_password()
        self.login_edit.clear()
        self.name_edit.clear()
        people = self._people

        def make_work():
            login, name = self.login_edit.text().strip(), self.name_edit.text()
            role, team = self.role_box.currentData(), self.team_box.currentText()
            return lambda: (login, people.create_person(login, role, team, name))

        prompt = self.tr("A new person: login, full name, role and team (a new team is made).")
        fields = (self.login_edit, self.name_edit, self.role_box, self.team_box)
        self.open_panel(self.tr("Create"), make_work, self._created, fields, prompt)

    def start_toggle(self) -> None:
        person = self._current()
        if person is None:
            return
        login, people = person.login, self._people
        if person.active:
            done = self.tr("%1 is deactivated: no more logins, history kept.").replace("%1", login)
            prompt = self.tr("Deactivate %1? Their open sessions end.").replace("%1", login)
            self.open_panel(self.tr("Deactivate"), lambda: lambda: people.deactivate(login),
                            lambda _r: done, prompt=prompt)  # fmt: skip
        else:
            done = self.tr("%1 may log in again.").replace("%1", login)
            prompt = self.tr("Reactivate %1?").replace("%1", login)
            self.open_panel(self.tr("Reactivate"), lambda: lambda: people.reactivate(login),
                            lambda _r: done, prompt=prompt)  # fmt: skip

    def start_reset(self) -> None:
        person = self._current()
        if person is None:
            return
        login, people = person.login, self._people
        prompt = self.tr("A new password for %1; the old one stops working at once.")
        self.open_panel(self.tr("Set a new password"),
                        lambda: lambda: (login, people.reset_password(login)),
                        self._created, prompt=prompt.replace("%1", login))  # fmt: skip

    def start_role(self) -> None:
        person = self._current()
        if person is None:
            return
        login, people = person.login, self._people
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(person.role)))

        def make_work():
            role = self.role_box.currentData()
            return lambda: (people.set_role(login, role), role)

        prompt = self.tr("The new role of %1:").replace("%1", login)
        self.open_panel(self.tr("Change role"), make_work,
                        lambda result: self._role_changed(login, *result), (self.role_box,),
                        prompt)  # fmt: skip

    def start_move(self) -> None:
        person = self._current()
        if person is None:
            return
        login, people = person.login, self._people
        self.team_box.setCurrentText(person.team)

        def make_work():
            team = self.team_box.currentText()
            return lambda: people.move_team(login, team)

        prompt = self.tr("Move %1 to the team (their open items of the old team go back to "
                         "its pool):").replace("%1", login)  # fmt: skip
        self.open_panel(self.tr("Move"), make_work, self._moved, (self.team_box,), prompt)

    # --- outcomes ---------------------------------------------------------------------------

    def _created(self, result: tuple[str, str | None]) -> str:
        login, password = result
        if password is None:
            return self.tr("%1 is saved.").replace("%1", login)
        self._show_password(password)
        return self.tr("The password of %1, shown only now: copy it and hand it over "
                       "safely.").replace("%1", login)  # fmt: skip

    def _role_changed(self, login: str, old: str, new: str) -> str:
        if old == new:
            return self.tr("%1 already has this role; nothing changed.").replace("%1", login)
        return (self.tr("%1: %2 → %3").replace("%1", login).replace("%2", role_name(old))
                .replace("%3", role_name(new)))  # fmt: skip

    def _moved(self, moved: Moved) -> str:
        if moved.old_team == moved.new_team:
            text = self.tr("%1 is already in %2.")
            return text.replace("%1", moved.login).replace("%2", moved.new_team)
        text = self.tr("%1 moved to %2; %3 open item(s) went back to the pool of %4.")
        text = text.replace("%1", moved.login).replace("%2", moved.new_team)
        return text.replace("%3", str(moved.returned_items)).replace("%4", moved.old_team or "—")

    # --- helpers ----------------------------------------------------------------------------

    def _show_password(self, password: str) -> None:
        for widget in (self.login_edit, self.name_edit, self.role_box, self.team_box):
            widget.hide()
        self.panel_fields.insertWidget(0, self.password)
        self.panel_fields.insertWidget(1, self.copy_button)
        self.password.setText(password)
        self.password.show()
        self.copy_button.show()
        self.copy_button.setFocus()

    def _current(self) -> PersonRow | None:
        self._forget_password()
        key = self.selected_key()
        found = [p for p in self.model.rows() if p.login == key]
        if not found:
            self.open_panel(self.tr("Close"), lambda: lambda: None, lambda _r: "",
                            prompt=self.tr("Choose a person in the table first."))  # fmt: skip
            self.apply_button.setEnabled(False)
            return None
        return found[0]

    def _teams_loaded(self, teams) -> None:
        current = self.team_box.currentText()
        self.team_box.clear()
        self.team_box.addItems([team.name for team in teams])
        self.team_box.setCurrentText(current)

    def _forget_password(self) -> None:
        self.password.clear()
        self.password.hide()
        self.copy_button.hide()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
