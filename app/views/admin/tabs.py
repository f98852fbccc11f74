"""Which tabs the administrator's console has, in order (each area adds its line here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common.workers import Runner

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.views.admin.console import AdminConsoleWindow


def add_console_tabs(
    console: AdminConsoleWindow, services: Services, runner: Runner, locale: QLocale
) -> None:
    """People and teams, rule-set versions, wrap-up codes, desks' health, the audit log."""
    # Each area's tab is built here, e.g.:
    #   from app.views.admin.people_tab import PeopleTab
    #   console.add_tab(PeopleTab(runner, services.admin_people, locale), console.tr("People"))
    from app.views.admin.desks_tab import DesksTab

    # translate() with the window's context: lupdate reads `console.tr` as a context "console".
    desks = QCoreApplication.translate("AdminConsoleWindow", "Desks")
    console.add_tab(DesksTab(runner, services.desk_health, locale), desks)
