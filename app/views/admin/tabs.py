"""Which tabs the administrator's console has, in order (each area adds its line here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common.workers import Runner

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.views.admin.console import AdminConsoleWindow


def add_console_tabs(
    console: AdminConsoleWindow, services: Services, runner: Runner, locale: QLocale
) -> None:
    """People and teams, rule-set versions, wrap-up codes, desks' health, the audit log."""
    from app.views.admin.people_tab import PeopleTab
    from app.views.admin.teams_tab import TeamsTab

    console.add_tab(
        PeopleTab(runner, services.admin_people, locale), translate("AdminConsoleWindow", "People")
    )
    console.add_tab(
        TeamsTab(runner, services.admin_people), translate("AdminConsoleWindow", "Teams")
    )
