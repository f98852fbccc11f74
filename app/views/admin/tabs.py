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

    # (A title is the tab's own tr(): `console.tr` would be looked up as AdminConsoleWindow
    # at run time but filed by lupdate under "console", so it would never be translated.)
    versions = RuleVersionsTab(runner, services.rulebook, locale)
    console.add_tab(versions, versions.title())
    codes = CodesTab(runner, services.admin_codes, locale)
    console.add_tab(codes, codes.title())
    audit = AuditTab(runner, services.admin_audit, locale)
    console.add_tab(audit, audit.title())
