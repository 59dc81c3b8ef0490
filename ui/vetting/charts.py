"""The vetting screen's two charts: views by post age, and the views of recent posts by date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QHBoxLayout, QWidget

from application.vetting import VettingResult
from ui import formatting
from ui.chart_texts import vetting_chart_text


class VettingCharts(QWidget):
    """Draws the shown result's charts when visible (matplotlib loads on the first draw)."""

    def __init__(self, ask_path: Callable[[], str], parent=None):
        super().__init__(parent)
        self._ask_path = ask_path  # where "Save as PNG/SVG…" writes ('' when the user cancels)
        self.charts: dict = {}
        self.result: VettingResult | None = None
        self._stale = True
        self.charts_row = QHBoxLayout(self)
        self.setMinimumHeight(260)

    def show_result(self, result: VettingResult | None) -> None:
        """Redraw now if the tab is showing, else when it is next shown.

        matplotlib is loaded on the first draw, so a window that opens on another tab starts
        without it.
        """
        self.result = result
        self._stale = True
        if self.isVisible():  # on a cold start, once the window shows its numbers
            from charts.canvas import after_first_paint

            after_first_paint(self, self._draw_if_stale)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:  # once the area has shown its numbers
            from charts.canvas import after_first_paint

            after_first_paint(self, self._draw_if_stale, paint_first=True)

    def _draw_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.draw()

    def _chart(self, key: str):
        view = self.charts.get(key)
        if view is None:
            from charts.canvas import ChartView

            view = ChartView(self._ask_path, self)
            self.charts_row.addWidget(view, 1)
            self.charts[key] = view
        return view

    def draw(self) -> dict:
        """Draw both charts from the current result (each only if what it shows changed);
        returns what each plotted."""
        from charts.vetting import plot_views_by_age

        by_age, recent = self._chart("by_age"), self._chart("recent")
        result = self.result
        text = vetting_chart_text()
        posts = result.posts if result else ()
        window = result.request.format.reach_window_hours if result else None
        drawn = {
            "by_age": by_age.plot(
                plot_views_by_age,
                by_age.ax,
                [p.snapshots for p in posts if not p.is_ad],
                result.reach.curve if result else None,
                window=window,
                text=text,
                number=formatting.number,
            ),
            "recent": recent.plot(
                plot_recent_posts_in_local_dates,
                recent.ax,
                [(p.posted_at.astimezone(), p.views, p.is_ad) for p in posts],
                reach=result.reach.views if result else None,
                window=window,
                text=text,
                number=formatting.number,
            ),
        }
        self._stale = False
        return drawn


def plot_recent_posts_in_local_dates(ax, posts, **options) -> dict:
    """:func:`charts.vetting.plot_recent_posts`, its dates in the UI language ("15 нояб."),
    not matplotlib's English month names."""
    from charts.vetting import plot_recent_posts

    drawn = plot_recent_posts(ax, posts, **options)
    if drawn["posts"] or drawn["ads"]:
        from matplotlib.ticker import FuncFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(date_tick))
    return drawn


def date_tick(value: float, _pos=None) -> str:
    from matplotlib.dates import num2date

    moment = num2date(value).astimezone()
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM")
