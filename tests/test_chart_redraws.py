"""A chart is drawn again only when what it shows changed: a reload, View → Refresh or a tab
shown again costs no drawing (a tenth of a second or more per figure) when its numbers are
the same, and a changed number is always drawn."""

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QWidget

from charts.canvas import ChartView
from storage import QuoteDraft
from tests.ui_helpers import DEMO_NOW, make_services, make_window, wait_for_charts

pytestmark = pytest.mark.gui


def bars(ax, heights, *, title=""):
    """A small drawing function: the bars it drew, and a title."""
    ax.clear()
    ax.bar(range(len(heights)), heights)
    ax.set_title(title)
    return list(heights)


def counting(qtbot, view: ChartView) -> list[int]:
    """The canvas's draws from now on."""
    wait_for_charts(qtbot)  # a drawing pending from before is done first
    calls: list[int] = []
    draw = view.canvas.draw

    def counted():
        calls.append(1)
        draw()

    view.canvas.draw = counted
    return calls


def test_the_same_call_draws_nothing_and_a_changed_one_draws(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    heights = [3, 1, 4]
    assert view.plot(bars, view.ax, heights, title="CPM") == [3, 1, 4]
    draws = counting(qtbot, view)

    assert view.plot(bars, view.ax, [3, 1, 4], title="CPM") == [3, 1, 4]  # equal: not drawn
    wait_for_charts(qtbot)
    assert draws == []

    heights[2] = 5  # the same list, changed in place since: drawn
    assert view.plot(bars, view.ax, heights, title="CPM") == [3, 1, 5]
    wait_for_charts(qtbot)
    assert len(draws) == 1
    assert view.plot(bars, view.ax, heights, title="CPM, ₽") == [3, 1, 5]  # a new title: drawn
    wait_for_charts(qtbot)
    assert len(draws) == 2 and view.ax.get_title() == "CPM, ₽"


class PaintLog(QObject):
    """Records, in order, each canvas's renders and its paints onto the screen."""

    def __init__(self, views):
        super().__init__()
        self.events: list[tuple[str, int]] = []
        for number, view in enumerate(views):
            draw = view.canvas.draw

            def logged(draw=draw, number=number):
                self.events.append(("render", number))
                draw()

            view.canvas.draw = logged
            view.canvas.installEventFilter(self)
        self._numbers = {view.canvas: n for n, view in enumerate(views)}

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in self._numbers:
            self.events.append(("paint", self._numbers[watched]))
        return False


def test_charts_of_one_area_reach_the_screen_one_by_one_each_rendered_once(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    views = [ChartView(parent=row) for _ in range(3)]
    for view in views:
        layout.addWidget(view)
    row.resize(900, 300)
    row.show()
    qtbot.waitExposed(row)
    wait_for_charts(qtbot)
    log = PaintLog(views)

    for number, view in enumerate(views):
        view.plot(bars, view.ax, [number + 1, 2, 3], title=f"chart {number}")
    row.resize(960, 320)  # a resize before they are rendered asks matplotlib to draw too
    wait_for_charts(qtbot)
    qtbot.wait(50)

    renders = [number for kind, number in log.events if kind == "render"]
    assert renders == [0, 1, 2]  # each once, in the order asked
    first_paint = {n: log.events.index(("paint", n)) for n in range(3)}
    # the first chart is on screen before the second is rendered, and so on
    assert first_paint[0] < log.events.index(("render", 1))
    assert first_paint[1] < log.events.index(("render", 2))
    assert [view.ax.get_title() for view in views] == ["chart 0", "chart 1", "chart 2"]


def opened_on_screen(qtbot, tmp_path, key):
    """The demo's window on screen at 1280×720 on the price book, then the area ``key``
    opened (built now); returns the services and the window."""
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_area(key)
    return services, window


def history_shown(qtbot, tmp_path):
    """The demo's window at 1280×720 on History, its first chart drawn."""
    services, window = opened_on_screen(qtbot, tmp_path, "history")
    history = window.history
    qtbot.waitUntil(lambda: history.chart is not None and not history._dirty, timeout=10000)
    return services, window, history


def test_history_redraws_a_channel_only_when_its_quotes_changed(qtbot, tmp_path):
    services, window, history = history_shown(qtbot, tmp_path)
    channel = history.channels.currentItem().text().rsplit("  (", 1)[0]
    draws = counting(qtbot, history.chart)

    window.reload()  # nothing changed
    window.show_area("pricebook")
    window.show_area("history")
    qtbot.wait(50)
    wait_for_charts(qtbot)
    assert draws == []

    services.storage.quotes.add(
        QuoteDraft(channel=channel, price=Decimal(9900), quoted_at=DEMO_NOW, reach=9000)
    )
    window.reload()
    qtbot.waitUntil(lambda: len(draws) == 1)
    wait_for_charts(qtbot)
    assert len(draws) == 1
    assert history.draw()["price"][-1][1] == 9900.0  # the new quote is on the chart
    assert "₽9,900" in history.summary.text()


def test_a_quote_of_another_channel_leaves_the_chart_as_drawn(qtbot, tmp_path):
    services, window, history = history_shown(qtbot, tmp_path)
    draws = counting(qtbot, history.chart)
    services.storage.quotes.add(
        QuoteDraft(
            channel="@garden_tips",
            price=Decimal(900),
            quoted_at=DEMO_NOW - timedelta(days=3),
            reach=1500,
            niche="Сад и огород",
        )
    )
    window.reload()
    qtbot.wait(50)
    wait_for_charts(qtbot)
    assert draws == []


class FirstPaint(QObject):
    """Records, at a widget's first paint, what ``seen()`` says then."""

    def __init__(self, widget, seen):
        super().__init__()
        self.seen, self.at_first_paint = seen, []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.at_first_paint:
            self.at_first_paint.append(self.seen())
        return False


def test_history_opened_in_a_window_on_screen_shows_its_list_before_building_its_charts(
    qtbot, tmp_path
):
    history = opened_on_screen(qtbot, tmp_path, "history")[1].history
    watch = FirstPaint(history, lambda: history.chart is not None)
    assert history.chart is None and history.channels.count() > 0  # the list is filled already
    assert history.summary.text().startswith("Quotes in RUB")  # and the sentence written
    qtbot.waitUntil(lambda: history.chart is not None and not history._dirty, timeout=10000)
    wait_for_charts(qtbot)
    assert watch.at_first_paint == [False]  # painted with its list, then the charts were built
    assert history.chart.ax.get_title().startswith("Price and CPM of ")


def test_the_suggestion_opened_on_screen_is_painted_before_building_its_chart(qtbot, tmp_path):
    area = opened_on_screen(qtbot, tmp_path, "suggestion")[1].suggestion
    watch = FirstPaint(area, lambda: bool(area.charts))
    assert not area.charts
    qtbot.waitUntil(lambda: bool(area.charts), timeout=10000)
    wait_for_charts(qtbot)
    assert watch.at_first_paint == [False]
    assert area.charts["cpm_vs_niche"].ax.get_title()
