"""Per-agent figures as a table: workload, speed and how their offers convert."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.services.reports.figures import AgentFigures
from app.views.common.table_model import Column
from app.views.team import figures_text as ft
from app.views.team.figure_model import FigureTableModel


def _on_time_share(row: AgentFigures) -> float | None:
    return row.callbacks_on_time / row.callbacks_due if row.callbacks_due else None


class AgentsModel(FigureTableModel[AgentFigures]):
    """One row per agent of the lead's team."""

    (AGENT, TEAM, OPEN, OVERDUE, CONTACTS, HANDLE, PRESENTED, ACCEPTANCE, ON_TIME) = range(9)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = QLocale(locale)
        super().__init__(parent)

    def columns(self) -> tuple[Column[AgentFigures], ...]:
        n = lambda value: ft.count(value, self._locale)  # noqa: E731
        return (
            Column(self.tr("Agent"), lambda r: r.display_name or r.agent, tip=lambda r: r.agent),
            Column(self.tr("Team"), lambda r: r.team),
            Column(self.tr("Open items"), lambda r: n(r.open_items), right=True),
            Column(self.tr("Overdue"), lambda r: n(r.overdue), right=True),
            Column(self.tr("Contacts"), lambda r: n(r.contacts), right=True),
            Column(
                self.tr("Avg handle time"),
                lambda r: ft.minutes_seconds(r.avg_handle_seconds),
                right=True,
            ),
            Column(self.tr("Offers presented"), lambda r: n(r.offers_presented), right=True),
            Column(
                self.tr("Acceptance rate"), self._acceptance, tip=self._acceptance_tip, right=True
            ),
            Column(self.tr("Callbacks on time"), self._on_time, tip=self._on_time_tip, right=True),
        )

    def sort_keys(self):
        return (
            lambda r: (r.display_name or r.agent).casefold(),
            lambda r: r.team.casefold(),
            lambda r: r.open_items,
            lambda r: r.overdue,
            lambda r: r.contacts,
            lambda r: ft.sort_key(r.avg_handle_seconds),
            lambda r: r.offers_presented,
            lambda r: ft.sort_key(r.acceptance_rate),
            lambda r: ft.sort_key(_on_time_share(r)),
        )

    def row_key(self, row: AgentFigures) -> str:
        return row.agent

    def _acceptance(self, row: AgentFigures) -> str:
        return ft.percent(row.acceptance_rate, self._locale)

    def _acceptance_tip(self, row: AgentFigures) -> str:
        return (
            self.tr("%1 accepted of %2 presented")
            .replace("%1", ft.count(row.offers_accepted, self._locale))
            .replace("%2", ft.count(row.offers_presented, self._locale))
        )

    def _on_time(self, row: AgentFigures) -> str:
        if not row.callbacks_due:
            return ft.EMPTY
        kept, due = row.callbacks_on_time, row.callbacks_due
        return f"{ft.count(kept, self._locale)}/{ft.count(due, self._locale)}"

    def _on_time_tip(self, row: AgentFigures) -> str:
        return (
            self.tr("%n callback(s) due in the period", "", row.callbacks_due)
            + " · "
            + (self.tr("%n kept on time", "", row.callbacks_on_time))
        )
