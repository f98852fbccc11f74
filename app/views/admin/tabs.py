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
    from app.views.admin.audit_tab import AuditTab
    from app.views.admin.codes_tab import CodesTab
    from app.views.admin.rule_versions_tab import RuleVersionsTab

    rule_versions = RuleVersionsTab(runner, services.rulebook, locale)
    console.add_tab(rule_versions, console.tr("Rule versions"))
    console.add_tab(CodesTab(runner, services.admin_codes, locale), console.tr("Wrap-up codes"))
    console.add_tab(AuditTab(runner, services.admin_audit, locale), console.tr("Audit log"))
