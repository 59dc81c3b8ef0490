"""The placements' three charts: joins over time, cost per subscriber by seller, and the CPM
paid against the seller's quote and the niche (drawn from the table's rows)."""

from __future__ import annotations

from statistics import mean

from PySide6.QtCore import QCoreApplication

from ui import formatting
from ui.chart_texts import placement_chart_text


def window_labels() -> dict[int, str]:
    return {
        24: QCoreApplication.translate("PlacementCharts", "24 h"),
        48: QCoreApplication.translate("PlacementCharts", "48 h"),
        168: QCoreApplication.translate("PlacementCharts", "7 days"),
    }


class PlacementChartsMixin:
    """Part of :class:`ui.placements.area.PlacementsArea` (its ``charts``, ``chart_row`` and
    ``chart_layout``)."""

    def _chart(self, key: str):
        view = self.charts.get(key)
        if view is None:
            from charts.canvas import ChartView

            view = ChartView(lambda: self.services.dialogs.save_chart(self), self.chart_row)
            self.chart_layout.addWidget(view, 1)
            self.charts[key] = view
        return view

    def draw_charts(self) -> dict:
        """Draw the three charts from the table's rows (each only if what it shows changed);
        returns what each plotted."""
        from charts.placements import (
            CpmBar,
            JoinSeries,
            plot_cost_per_subscriber,
            plot_joins_over_time,
            plot_paid_cpm_vs_niche,
        )
        from ui.chart_texts import chart_number

        results = sorted(self.model.rows(), key=lambda r: r.record.posted_at)
        text, number = placement_chart_text(), chart_number
        # all three in the row before any is drawn: each is drawn once, at its final width
        joins, cost, cpm = self._chart("joins"), self._chart("cost"), self._chart("cpm")
        drawn = {}
        drawn["joins"] = joins.plot(
            plot_joins_over_time,
            joins.ax,
            [JoinSeries(r.record.seller_name, r.join_curve) for r in results if r.join_curve],
            text=text,
            number=number,
            window_labels=window_labels(),
        )
        currency = results[0].record.currency if results else "RUB"
        same = [r for r in results if r.record.currency == currency]
        by_seller: dict[str, list] = {}
        for r in same:
            if r.figures.cost_per_subscriber is not None:
                by_seller.setdefault(r.record.seller_name, []).append(r.figures.cost_per_subscriber)
        drawn["cost"] = cost.plot(
            plot_cost_per_subscriber,
            cost.ax,
            [(name, mean(values)) for name, values in by_seller.items()],
            currency=formatting.symbol(currency),
            text=text,
            number=number,
        )
        measured = [r for r in same if r.figures.paid_cpm is not None]
        niche = next((r.niche for r in measured if r.niche is not None), None)
        drawn["cpm"] = cpm.plot(
            plot_paid_cpm_vs_niche,
            cpm.ax,
            [CpmBar(r.record.seller_name, r.figures.paid_cpm, r.quoted_cpm) for r in measured],
            niche=(niche.p25, niche.median, niche.p75) if niche else None,
            currency=formatting.symbol(currency),
            text=text,
            number=number,
        )
        return drawn
