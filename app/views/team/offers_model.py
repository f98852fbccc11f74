"""Per-rule offer figures as a table: outcomes and conversion with its 95 % interval."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.services.reports.figures import OfferFigures
from app.views.common.labels import decline_reason_name
from app.views.common.table_model import Column
from app.views.team import figures_text as ft
from app.views.team.figure_model import FigureTableModel


class OffersModel(FigureTableModel[OfferFigures]):
    """One row per rule (offer); the declined cell's tooltip breaks it down by reason."""

    (RULE, PRESENTED, ACCEPTED, DECLINED, LATER, NOT_RELEVANT, NO_OUTCOME, CONVERSION) = range(8)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = QLocale(locale)
        super().__init__(parent)

    def columns(self) -> tuple[Column[OfferFigures], ...]:
        n = lambda value: ft.count(value, self._locale)  # noqa: E731
        return (
            Column(self.tr("Rule"), lambda r: r.rule_id),
            Column(self.tr("Presented"), lambda r: n(r.presented), right=True),
            Column(self.tr("Accepted"), lambda r: n(r.accepted), right=True),
            Column(self.tr("Declined"), lambda r: n(r.declined), tip=self.reasons, right=True),
            Column(self.tr("Later"), lambda r: n(r.later), right=True),
            Column(self.tr("Not relevant"), lambda r: n(r.not_relevant), right=True),
            Column(self.tr("No outcome"), lambda r: n(r.no_outcome), right=True),
            Column(self.tr("Conversion (95 % interval)"), self._conversion, right=True),
        )

    def sort_keys(self):
        return (
            lambda r: r.rule_id.casefold(),
            lambda r: r.presented,
            lambda r: r.accepted,
            lambda r: r.declined,
            lambda r: r.later,
            lambda r: r.not_relevant,
            lambda r: r.no_outcome,
            lambda r: ft.sort_key(r.conversion),
        )

    def row_key(self, row: OfferFigures) -> str:
        return row.rule_id

    def _conversion(self, row: OfferFigures) -> str:
        return ft.with_interval(row.conversion, row.conversion_low, row.conversion_high,
                                self._locale)  # fmt: skip

    def reasons(self, row: OfferFigures) -> str:
        """Declined by reason, most frequent first, one per line."""
        if not row.declined_by_reason:
            return self.tr("No reasons recorded")
        ranked = sorted(row.declined_by_reason.items(), key=lambda item: (-item[1], item[0]))
        return "\n".join(
            f"{decline_reason_name(code)}: {ft.count(n, self._locale)}" for code, n in ranked
        )
