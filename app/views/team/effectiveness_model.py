"""Effectiveness as tables: conversion per rule (and group), and champion/challenger pairs."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from app.services.reports.effectiveness_values import ChallengerPair, Conversion
from app.views.common.table_model import Column
from app.views.team import effectiveness_text as et
from app.views.team import figures_text as ft
from app.views.team.figure_model import FigureTableModel


class ConversionModel(FigureTableModel[Conversion]):
    """One row per rule, or per rule and group when broken down (`set_breakdown`)."""

    RULE, GROUP, PRESENTED, ACCEPTED, CONVERSION = range(5)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = QLocale(locale)
        self.by: str | None = None
        super().__init__(parent)

    def set_breakdown(self, by: str | None, rows: list[Conversion]) -> None:
        self.by = by
        self.set_rows(rows)

    def columns(self) -> tuple[Column[Conversion], ...]:
        n = lambda value: ft.count(value, self._locale)  # noqa: E731
        return (
            Column(self.tr("Rule"), lambda r: r.rule_id),
            Column(self.tr("Group"), lambda r: et.group_name(self.by, r.group) if r.group else ""),
            Column(self.tr("Presented"), lambda r: n(r.presented), right=True),
            Column(self.tr("Accepted"), lambda r: n(r.accepted), right=True),
            Column(self.tr("Conversion (95 % interval)"), self._conversion, right=True),
        )

    def sort_keys(self):
        return (
            lambda r: f"{r.rule_id.casefold()}\x1f{r.group.casefold()}",
            lambda r: et.group_name(self.by, r.group).casefold(),
            lambda r: r.presented,
            lambda r: r.accepted,
            lambda r: ft.sort_key(r.conversion),
        )

    def row_key(self, row: Conversion) -> str:
        return f"{row.rule_id}\x1f{row.group}"

    def _conversion(self, row: Conversion) -> str:
        return ft.with_interval(row.conversion, row.conversion_low, row.conversion_high,
                                self._locale)  # fmt: skip


class PairsModel(FigureTableModel[ChallengerPair]):
    """One row per champion rule that names a challenger."""

    (CHAMPION, CHALLENGER, CONFIGURED, OBSERVED, CHAMPION_RATE, CHALLENGER_RATE,
     UPLIFT) = range(7)  # fmt: skip

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = QLocale(locale)
        super().__init__(parent)

    def columns(self) -> tuple[Column[ChallengerPair], ...]:
        return (
            Column(self.tr("Champion"), lambda p: p.champion.rule_id),
            Column(self.tr("Challenger"), lambda p: p.challenger.rule_id),
            Column(self.tr("Challenger share, configured"),
                   lambda p: ft.percent(p.configured_share / 100, self._locale), right=True),
            Column(self.tr("Challenger share, shown"),
                   lambda p: ft.percent(p.observed_share, self._locale), right=True),
            Column(self.tr("Champion conversion"), lambda p: self._rate(p.champion), right=True),
            Column(self.tr("Challenger conversion"), lambda p: self._rate(p.challenger),
                   right=True),
            Column(self.tr("Uplift (95 % interval)"), self._uplift, right=True),
        )  # fmt: skip

    def sort_keys(self):
        return (
            lambda p: p.champion.rule_id.casefold(),
            lambda p: p.challenger.rule_id.casefold(),
            lambda p: p.configured_share,
            lambda p: ft.sort_key(p.observed_share),
            lambda p: ft.sort_key(p.champion.conversion),
            lambda p: ft.sort_key(p.challenger.conversion),
            lambda p: ft.sort_key(p.uplift),
        )

    def row_key(self, row: ChallengerPair) -> str:
        return row.champion.rule_id

    def _rate(self, arm: Conversion) -> str:
        """ "40,0 % (2/5)": the arm's conversion with what it is made of."""
        if arm.conversion is None:
            return ft.EMPTY
        made_of = f"{ft.count(arm.accepted, self._locale)}/{ft.count(arm.presented, self._locale)}"
        return f"{ft.percent(arm.conversion, self._locale)} ({made_of})"

    def _uplift(self, row: ChallengerPair) -> str:
        return et.uplift(row.uplift, row.uplift_low, row.uplift_high, self._locale)
