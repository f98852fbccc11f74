"""Which tabs the administrator's console has, in order (each area adds its line here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

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
    del console, services, runner, locale  # no area has joined yet
