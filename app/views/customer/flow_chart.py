"""Monthly inflow/outflow bars for the last 12 months (pyqtgraph), money axis through QLocale."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.dto import MonthlyFlow
from app.views.common import formatting

INFLOW_COLOUR = "#2e7d5b"
OUTFLOW_COLOUR = "#b5543c"


class MoneyAxis(pg.AxisItem):
    def __init__(self, locale: QLocale) -> None:
        super().__init__(orientation="left")
        self._locale = locale

    def tickStrings(self, values, scale, spacing):
        return [formatting.short_money(v * scale, self._locale) for v in values]


class FlowChart(QWidget):
    """Two bars per month; a legend names the colours so the chart is readable without them."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setAccessibleName(self.tr("Monthly inflow and outflow, last 12 months"))
        self.plot = pg.PlotWidget(axisItems={"left": MoneyAxis(locale)}, background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.15)
        item = self.plot.getPlotItem()
        currency = formatting.currency_symbol(formatting.HOME_CURRENCY, locale)
        item.setLabel("left", self.tr("Amount (%1)").replace("%1", currency), color="#4a5560")
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(7.0, tick_font.pointSizeF() - 1.5))
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setTextPen("#4a5560")
            axis.setPen("#c5ccd3")
            axis.setStyle(tickFont=tick_font)
        self.plot.setFixedHeight(150)  # fixed: the plot would otherwise claim any spare room
        self.bars_in = pg.BarGraphItem(x=[], height=[], width=0.38, brush=INFLOW_COLOUR, pen=None)
        self.bars_out = pg.BarGraphItem(x=[], height=[], width=0.38, brush=OUTFLOW_COLOUR, pen=None)
        item.addItem(self.bars_in)
        item.addItem(self.bars_out)
        # The legend sits under the plot in words, so it never covers a bar.
        inflow, outflow = self.tr("Inflow"), self.tr("Outflow")
        legend = QLabel(
            f'<span style="color:{INFLOW_COLOUR}">■</span> {inflow}'
            f'&nbsp;&nbsp;&nbsp;<span style="color:{OUTFLOW_COLOUR}">■</span> {outflow}'
        )
        legend.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot)
        layout.addWidget(legend, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_flows(self, flows: Sequence[MonthlyFlow]) -> None:
        # The two bar items are reused: re-creating them costs more than the rest of the card.
        item = self.plot.getPlotItem()
        xs = list(range(len(flows)))
        inflow = [float(f.inflow) for f in flows]
        outflow = [float(f.outflow) for f in flows]
        self.bars_in.setOpts(x=[x - 0.2 for x in xs], height=inflow)
        self.bars_out.setOpts(x=[x + 0.2 for x in xs], height=outflow)
        ticks = [
            (x, formatting.month_label(f.month, self._locale))
            for x, f in zip(xs, flows, strict=False)
        ]
        item.getAxis("bottom").setTicks([ticks])
        top = max([*inflow, *outflow, 1.0])
        item.setXRange(-0.7, max(len(xs), 1) - 0.3, padding=0)
        item.setYRange(0, top * 1.18, padding=0)
