"""Contacts per hour today against the same weekday last week, and per agent today (pyqtgraph)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.reports.figures import AgentFigures, HourlyFigures
from app.views.common import formatting

TODAY_COLOUR = "#1f5fa8"  # strong blue: today is what the lead reads first
LAST_WEEK_COLOUR = "#9a6b16"  # ochre, dashed: tells apart from blue without colour vision too
AGENT_COLOUR = "#2e7d5b"
TEXT_COLOUR = "#4a5560"
AXIS_COLOUR = "#c5ccd3"


class CountAxis(pg.AxisItem):
    """Whole numbers through QLocale ("1 234"); fractional ticks are left out."""

    def __init__(self, orientation: str, locale: QLocale) -> None:
        super().__init__(orientation=orientation)
        self._locale = locale

    def tickStrings(self, values, scale, spacing):
        return [
            formatting.number(round(v * scale), self._locale) if float(v).is_integer() else ""
            for v in values
        ]


def _plot(locale: QLocale, font: QFont, bottom: pg.AxisItem, left: pg.AxisItem) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={"bottom": bottom, "left": left}, background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    tick_font = QFont(font)
    tick_font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    for side in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(side)
        axis.setTextPen(TEXT_COLOUR)
        axis.setPen(AXIS_COLOUR)
        axis.setStyle(tickFont=tick_font)
    return plot


class HoursTab(QWidget):
    """Left: two series by hour with a legend; right: one bar per agent, most contacts on top."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.hours = _plot(locale, self.font(), CountAxis("bottom", locale),
                           CountAxis("left", locale))  # fmt: skip
        self.hours.setAccessibleName(self.tr("Contacts per hour, today and last week"))
        self.hours.showGrid(y=True, alpha=0.15)
        item = self.hours.getPlotItem()
        item.setLabel("bottom", self.tr("Hour"), color=TEXT_COLOUR)
        item.setLabel("left", self.tr("Contacts"), color=TEXT_COLOUR)
        item.getAxis("bottom").setTicks([[(h, str(h)) for h in range(0, 24, 2)]])
        self.legend = item.addLegend(offset=(10, 5), labelTextColor=TEXT_COLOUR)
        self.last_week = item.plot([], [], name=self.tr("Same weekday last week"),
                                   pen=pg.mkPen(LAST_WEEK_COLOUR, width=2,
                                                style=Qt.PenStyle.DashLine))  # fmt: skip
        self.today = item.plot([], [], name=self.tr("Today"), pen=pg.mkPen(TODAY_COLOUR, width=3),
                               symbol="o", symbolSize=5, symbolBrush=TODAY_COLOUR,
                               symbolPen=None)  # fmt: skip
        item.setXRange(-0.5, 23.5, padding=0)
        self.agents = _plot(locale, self.font(), CountAxis("bottom", locale),
                            pg.AxisItem("left"))  # fmt: skip
        self.agents.setAccessibleName(self.tr("Contacts today per agent"))
        self.agents.showGrid(x=True, alpha=0.15)
        self.agents.getPlotItem().setLabel("bottom", self.tr("Contacts today"), color=TEXT_COLOUR)
        self.agents.getPlotItem().invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=AGENT_COLOUR, pen=None)
        self.agents.addItem(self.bars)
        self.shown_agents: list[tuple[str, int]] = []  # (name, contacts today), top to bottom
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.hours_title = QLabel(self.tr("Contacts per hour"))
        self.agents_title = QLabel(self.tr("Contacts today per agent"))
        self.setLayout(self._layout())

    def _layout(self) -> QVBoxLayout:
        row = QHBoxLayout()
        for title, plot, stretch in ((self.hours_title, self.hours, 3),
                                     (self.agents_title, self.agents, 2)):  # fmt: skip
            title.setObjectName("sectionTitle")
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(plot, 1)
            row.addLayout(column, stretch)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.summary)
        return layout

    def show_figures(
        self, hourly: HourlyFigures, agents: Sequence[AgentFigures], hour_now: int = 23
    ) -> None:
        """`hour_now`: today's line stops at the current hour (the rest has not happened)."""
        hours = list(range(24))
        self.today.setData(hours[: hour_now + 1], list(hourly.today[: hour_now + 1]))
        self.last_week.setData(hours, list(hourly.last_week))
        top = max([*hourly.today, *hourly.last_week, 1])
        self.hours.getPlotItem().setYRange(-top * 0.03, top * 1.1, padding=0)  # 0 gets its label
        self._show_agents(agents)
        # Like for like: today so far against last week up to the same hour.
        today, before = sum(hourly.today), sum(hourly.last_week[: hour_now + 1])
        self.summary.setText(
            self.tr("%n contact(s) today", "", today)
            + " · "
            + self.tr("%n by this hour on the same weekday last week", "", before)
        )

    def _show_agents(self, agents: Sequence[AgentFigures]) -> None:
        ranked = sorted(agents, key=lambda a: (-a.contacts, (a.display_name or a.agent).casefold()))
        self.bars.setOpts(x0=[0] * len(ranked), y=list(range(len(ranked))),
                          width=[a.contacts for a in ranked])  # fmt: skip
        self.shown_agents = [(a.display_name or a.agent, a.contacts) for a in ranked]
        names = [(i, name) for i, (name, _n) in enumerate(self.shown_agents)]
        self.agents.getPlotItem().getAxis("left").setTicks([names])
        widest = max([a.contacts for a in ranked] or [1])
        self.agents.getPlotItem().setXRange(-widest * 0.02, max(widest, 1) * 1.08, padding=0)
        self.agents.getPlotItem().setYRange(-0.6, max(len(ranked), 1) - 0.4, padding=0)
