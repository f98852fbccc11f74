"""Monthly inflow/outflow bars for the last 12 months (pyqtgraph), money axis through QLocale."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.dto import MonthlyFlow
from app.views.common import formatting

INFLOW_COLOUR = "#2e7d5b"
OUTFLOW_COLOUR = "#b5543c"
LABEL_GAP = 6  # pixels between two month labels


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
        self._months: list[tuple[int, str]] = []
        self._tick_font = tick_font
        self._step = 0
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self._relabel_if_needed)

    def label_step(self) -> int:
        """Every month labelled when the labels fit side by side, else every second or third:
        in a narrow card "lut", "mar", "kwi" ran into one another."""
        if not self._months:
            return 1
        metrics = QFontMetrics(self._tick_font)
        widest = max(metrics.horizontalAdvance(text) for _x, text in self._months)
        view = self.plot.getPlotItem().getViewBox()
        left, right = view.viewRange()[0]
        per_month = view.width() / max(right - left, 1e-6)
        for step in (1, 2, 3, 4, 6):
            if per_month * step >= widest + LABEL_GAP:
                return step
        return 12

    def _label_months(self) -> None:
        step = self.label_step()
        self._step = step
        # Counted from the newest month, so the current one always has its label.
        last = len(self._months) - 1
        shown = [(x, text) for x, text in self._months if (last - x) % step == 0]
        self.plot.getPlotItem().getAxis("bottom").setTicks([shown])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The plot lays its view box out after this widget; relabel once it has. The timer
        # is the chart's own, so it goes with the chart (a card closed meanwhile).
        self._relabel.start()

    def _relabel_if_needed(self) -> None:
        if self._months and self.label_step() != self._step:
            self._label_months()

    def show_flows(self, flows: Sequence[MonthlyFlow]) -> None:
        # The two bar items are reused: re-creating them costs more than the rest of the card.
        item = self.plot.getPlotItem()
        xs = list(range(len(flows)))
        inflow = [float(f.inflow) for f in flows]
        outflow = [float(f.outflow) for f in flows]
        self.bars_in.setOpts(x=[x - 0.2 for x in xs], height=inflow)
        self.bars_out.setOpts(x=[x + 0.2 for x in xs], height=outflow)
        self._months = [
            (x, formatting.month_label(f.month, self._locale))
            for x, f in zip(xs, flows, strict=False)
        ]
        self._label_months()
        top = max([*inflow, *outflow, 1.0])
        item.setXRange(-0.7, max(len(xs), 1) - 0.3, padding=0)
        item.setYRange(0, top * 1.18, padding=0)
        self._label_months()  # again with the range just set
