"""Resting the pointer on a reach-vs-price dot names the channel and its figures."""

import pytest

from tests.ui_helpers import make_services, make_window
from ui.workers import wait_for_tasks

pytestmark = pytest.mark.gui


def test_hover_over_a_dot_names_its_channel(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    window.resize(1280, 720)
    window.show()
    window.show_area("suggestion")
    wait_for_tasks()
    area = window.suggestion
    area.chart_tabs.setCurrentIndex(1)
    area.draw_charts(["reach_vs_price"])
    view = area.charts["reach_vs_price"]
    view.canvas.draw()
    collection, labels = view._hover_targets[0]
    x, y = collection.get_offset_transform().transform(collection.get_offsets()[0])
    text = view.hover_text_at(x, y)
    assert text == labels[0] and text.startswith("@")
    assert "CPM" in text
    assert view.hover_text_at(1, 1) == ""
