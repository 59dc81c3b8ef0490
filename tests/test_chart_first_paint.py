"""A window opening on a chart paints its numbers first; charts and hidden tabs' work follow."""

import pytest
from PySide6.QtWidgets import QLabel

from charts.canvas import after_first_paint

pytestmark = pytest.mark.gui


def test_a_chart_waits_for_the_first_paint(qtbot):
    widget = QLabel("Suggested price 2,514")
    qtbot.addWidget(widget)
    calls = []
    after_first_paint(widget, lambda: calls.append("drawn"))
    qtbot.wait(50)
    assert calls == []  # not on screen yet: nothing is loaded or drawn
    widget.show()
    qtbot.waitUntil(lambda: calls == ["drawn"])


def test_a_window_already_on_screen_draws_at_once(qtbot):
    widget = QLabel("Suggested price 2,514")
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    calls = []
    after_first_paint(widget, lambda: calls.append("drawn"))
    assert calls == ["drawn"]


def test_asked_twice_before_the_paint_draws_once(qtbot):
    widget = QLabel("Suggested price 2,514")
    qtbot.addWidget(widget)
    calls = []

    def draw():
        calls.append("drawn")

    after_first_paint(widget, draw)
    after_first_paint(widget, draw)
    widget.show()
    qtbot.waitUntil(lambda: calls == ["drawn"])
    qtbot.wait(100)
    assert calls == ["drawn"]
