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
    from app.views.admin.audit_tab import AuditTab
    from app.views.admin.codes_tab import CodesTab
    from app.views.admin.desks_tab import DesksTab
    from app.views.admin.people_tab import PeopleTab
    from app.views.admin.rule_versions_tab import RuleVersionsTab
    from app.views.admin.teams_tab import TeamsTab

    # A title is translated in a context lupdate files it under: the tab's own tr(), or an
    # explicit translate(); `console.tr` would be looked up as AdminConsoleWindow at run time
    # but filed by lupdate under "console", so it would never be translated.
    people = PeopleTab(runner, services.admin_people, locale)
    console.add_tab(people, translate("AdminConsoleWindow", "People"))
    console.add_tab(
        TeamsTab(runner, services.admin_people), translate("AdminConsoleWindow", "Teams")
    )
    versions = RuleVersionsTab(runner, services.rulebook, locale)
    console.add_tab(versions, versions.title())
    codes = CodesTab(runner, services.admin_codes, locale)
    console.add_tab(codes, codes.title())
    desks = DesksTab(runner, services.desk_health, locale)
    console.add_tab(desks, translate("AdminConsoleWindow", "Desks"))
    audit = AuditTab(runner, services.admin_audit, locale)
    console.add_tab(audit, audit.title())
