"""The campaigns table: each campaign's definition beside its measured results."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt

from app.services.campaigns.values import CampaignRow
from app.services.reports.figures import CampaignFigures
from app.views.common.formatting import local_datetime, number
from app.views.common.table_model import Column, RowTableModel
from app.views.team import campaign_texts as texts

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts as numbers and dates do


@dataclass(frozen=True, slots=True)
class CampaignLine:
    """One campaign and its figures (None when they could not be read)."""

    row: CampaignRow
    figures: CampaignFigures | None


class CampaignModel(RowTableModel[CampaignLine]):
    (NAME, STATUS, TARGET, TEAM, DATES, CAP, ENTRIES, GENERATED,
     TARGETED, REACHED, PRESENTED, ACCEPTED, CONVERSION) = range(13)  # fmt: skip

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> tuple[Column[CampaignLine], ...]:
        count = self._count
        return (
            Column(self.tr("Name"), lambda line: line.row.name),
            Column(self.tr("Status"), lambda line: texts.status_name(line.row.status)),
            Column(self.tr("Target"), lambda line: texts.target_text(line.row)),
            Column(self.tr("Team"), lambda line: texts.team_text(line.row.team)),
            Column(self.tr("Dates"), lambda line: texts.dates_text(line.row, self._locale)),
            Column(
                self.tr("Cap"), lambda line: texts.cap_text(line.row.cap, self._locale), right=True
            ),
            Column(self.tr("Entries"), lambda line: count(line.row.entries), right=True),
            Column(self.tr("Generated"), self._generated),
            Column(self.tr("Targeted"), lambda line: self._figure(line, "targeted"), right=True),
            Column(self.tr("Reached"), lambda line: self._figure(line, "reached"), right=True),
            Column(self.tr("Presented"), lambda line: self._figure(line, "presented"), right=True),
            Column(self.tr("Accepted"), lambda line: self._figure(line, "accepted"), right=True),
            Column(self.tr("Conversion"), self._conversion, right=True),
        )

    def _count(self, value: int) -> str:
        return number(value, self._locale)

    def _figure(self, line: CampaignLine, name: str) -> str:
        return "" if line.figures is None else self._count(getattr(line.figures, name))

    def _generated(self, line: CampaignLine) -> str:
        if line.row.generated_at is None:
            return self.tr("never")
        return local_datetime(line.row.generated_at, self._locale)

    def _conversion(self, line: CampaignLine) -> str:
        figures = line.figures
        if figures is None or figures.conversion is None:
            return ""
        return texts.percent(figures.conversion, self._locale)

    def sort_key(self, line: CampaignLine, column: int) -> object:
        figures = line.figures
        keys = {
            self.CAP: -1 if line.row.cap is None else line.row.cap,
            self.ENTRIES: line.row.entries,
            self.DATES: line.row.starts_on.isoformat(),
            self.GENERATED: line.row.generated_at.isoformat() if line.row.generated_at else "",
            self.CONVERSION: -1.0 if figures is None or figures.conversion is None
            else figures.conversion,
        }  # fmt: skip
        for col, name in ((self.TARGETED, "targeted"), (self.REACHED, "reached"),
                          (self.PRESENTED, "presented"), (self.ACCEPTED, "accepted")):  # fmt: skip
            keys[col] = -1 if figures is None else getattr(figures, name)
        return keys.get(column)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == SORT_ROLE:
            line = self.row(index.row())
            key = self.sort_key(line, index.column())
            return super().data(index).casefold() if key is None else key
        return super().data(index, role)

    def find(self, name: str) -> int:
        """The row of the campaign called `name`, or -1."""
        return next((i for i, line in enumerate(self._rows) if line.row.name == name), -1)
