"""A chart is drawn again only when what it shows changed: a reload, View → Refresh or a tab
shown again costs no drawing (a tenth of a second or more per figure) when its numbers are
the same, and a changed number is always drawn."""

from datetime import timedelta
from decimal import Decimal

import pytest

from charts.canvas import ChartView
from storage import QuoteDraft
from tests.ui_helpers import DEMO_NOW, make_services, make_window

pytestmark = pytest.mark.gui


def bars(ax, heights, *, title=""):
    """A small drawing function: the bars it drew, and a title."""
    ax.clear()
    ax.bar(range(len(heights)), heights)
    ax.set_title(title)
    return list(heights)


def counting(qtbot, view: ChartView) -> list[int]:
    """The canvas's draws from now on."""
    qtbot.wait(20)  # a drawing pending from before is done first
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
    qtbot.wait(20)
    assert draws == []

    heights[2] = 5  # the same list, changed in place since: drawn
    assert view.plot(bars, view.ax, heights, title="CPM") == [3, 1, 5]
    qtbot.wait(20)
    assert len(draws) == 1
    assert view.plot(bars, view.ax, heights, title="CPM, ₽") == [3, 1, 5]  # a new title: drawn
    qtbot.wait(20)
    assert len(draws) == 2 and view.ax.get_title() == "CPM, ₽"


def history_shown(qtbot, tmp_path):
    """The demo's window at 1280×720 on History, its first chart drawn."""
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    window.resize(1280, 720)
    window.show()
    window.show_area("history")
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
    assert draws == []

    services.storage.quotes.add(
        QuoteDraft(channel=channel, price=Decimal(9900), quoted_at=DEMO_NOW, reach=9000)
    )
    window.reload()
    qtbot.wait(50)
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
    assert draws == []
