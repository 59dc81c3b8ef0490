"""The suggestion's three charts (own CPM against the niche, reach against price, the CPM
distribution), each drawn when its tab is first shown and redrawn only when its data changed."""

from __future__ import annotations

from ui import formatting
from ui.chart_texts import chart_number, desk_chart_text


class SuggestionChartsMixin:
    """Part of :class:`ui.suggestion.area.SuggestionArea` (its ``chart_tabs`` and pages)."""

    def _chart(self, key: str):
        """The chart view for a tab, created when first needed (matplotlib loads then)."""
        view = self.charts.get(key)
        if view is None:
            from charts.canvas import ChartView

            view = ChartView(lambda: self.services.dialogs.save_chart(self), self)
            self._chart_pages[key].layout().addWidget(view)
            self.charts[key] = view
        return view

    def _draw_charts(self) -> None:
        """Draw the chart on the visible chart tab if its data changed; the others wait."""
        current = list(self._chart_pages)[max(0, self.chart_tabs.currentIndex())]
        if current in self._charts_dirty or current not in self.charts:
            self.draw_charts([current])

    def draw_charts(self, which=None) -> dict:
        """Draw charts now (all, or the keys in ``which``); returns what each plotted."""
        from charts.figures import plot_cpm_distribution, plot_cpm_vs_niche, plot_reach_vs_price

        which = set(which or self._chart_pages)
        for key in which:
            self._chart(key)
        text, number = desk_chart_text(), chart_number
        view, suggestion = self.view, self.suggestion
        currency = formatting.symbol(view.currency) if view else "₽"
        own = self.service.own_channel()
        own_cpm = self.verdict.own_cpm if self.verdict else None
        summary = view.summary if view else None
        rows = view.rows if view else ()
        flags = view.outlier_flags if view else ()
        cpms = [r.cpm for r in rows]
        drawn = {}
        if "cpm_vs_niche" in which:
            chart = self.charts["cpm_vs_niche"]
            drawn["cpm_vs_niche"] = chart.plot(
                plot_cpm_vs_niche,
                chart.ax,
                [r.record.channel_name for r in rows],
                cpms,
                mean=summary.mean_cpm if summary else None,
                median=summary.median_cpm if summary else None,
                own_cpm=own_cpm,
                own_name=own.display_name if own else "",
                outliers=flags,
                currency=currency,
                text=text,
                number=number,
            )
        if "reach_vs_price" in which:
            basis = suggestion.basis_cpm if suggestion else None
            if basis is None and summary is not None:
                basis = summary.mean_cpm
            own_price = self.own_price
            if own_price is None and suggestion is not None:
                own_price = suggestion.price
            chart = self.charts["reach_vs_price"]
            drawn["reach_vs_price"] = chart.plot(
                plot_reach_vs_price,
                chart.ax,
                [r.record.reach for r in rows],
                [r.record.price for r in rows],
                niche_cpm=basis,
                own_reach=suggestion.own_reach if suggestion else None,
                own_price=own_price,
                outliers=flags,
                names=[r.record.channel_name for r in rows],
                currency=currency,
                text=text,
                number=number,
            )
            chart.set_hover(drawn["reach_vs_price"]["hover"])
        if "distribution" in which:
            chart = self.charts["distribution"]
            drawn["distribution"] = chart.plot(
                plot_cpm_distribution,
                chart.ax,
                cpms,
                mean=summary.mean_cpm if summary else None,
                median=summary.median_cpm if summary else None,
                p25=summary.p25_cpm if summary else None,
                p75=summary.p75_cpm if summary else None,
                own_cpm=own_cpm,
                currency=currency,
                text=text,
                number=number,
            )
        self._charts_dirty -= set(drawn)
        return drawn
