"""The price suggestion, My channel and History areas, driven through their widgets."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage import QuoteDraft
from tests.ui_helpers import DEMO_NOW, make_services, make_window
from ui import formatting

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    services = make_services(tmp_path)  # the demo admin has typed 4800 / 5500
    window = make_window(qtbot, services)
    window.show()
    window.show_area("suggestion")
    return window


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def test_suggestion_reads_own_reach_and_explains_the_price(window):
    area = window.suggestion
    own = window.services.pricebook.own_channel()
    measured = window.services.pricebook.measured_reach(own.id, 24)
    assert area.reach.text() == str(measured.views)  # measured beats typed
    assert "posts" in area.reach_hint.text()
    suggestion = area.suggestion
    basis = area.view.summary.mean_cpm
    assert suggestion.price == (basis * measured.views / 1000).quantize(Decimal(1))
    assert digits(area.price_label.text()) == digits(str(suggestion.price))
    assert digits(str(measured.views)) in digits(area.steps_label.text())
    assert "cheaper than" in area.verdict_label.text()


def test_typed_reach_is_used_without_view_history(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = services.pricebook
    for i in range(5):
        book.add(
            QuoteDraft(f"@peer_{i}xx", Decimal(1000 + 100 * i), DEMO_NOW, reach=2000, niche="Tech")
        )
    own = book.save_own_channel("@my_own_chan", book.niches()[0].id, 10000)
    book.set_typed_reach(own.id, 24, 3000)
    window = make_window(qtbot, services)
    window.show()
    window.show_area("suggestion")
    assert window.suggestion.reach.text() == "3000"
    assert window.suggestion.suggestion.price == Decimal(1800)  # 600 × 3000 / 1000
    assert "Typed on" in window.suggestion.reach_hint.text()
    window.suggestion.format.setCurrentText("1/48")  # nothing typed for 48 h: the 24 h figure
    assert window.suggestion.reach.text() == "3000"


def test_reach_and_adjustments_recompute_at_once(qtbot, window):
    area = window.suggestion
    area.reach.clear()
    qtbot.keyClicks(area.reach, "9600")
    doubled = area.suggestion.price
    assert abs(doubled - area.view.summary.mean_cpm * 9600 / 1000) <= 1
    area.adjust_checks["caught_cheating"].setChecked(True)
    assert (
        area.suggestion.price == (doubled * Decimal("0.6")).quantize(Decimal(1))
        or abs(area.suggestion.price - doubled * Decimal("0.6")) <= 1
    )
    assert "−40" in area.steps_label.text()
    area.reach.clear()
    qtbot.keyClicks(area.reach, "lots")
    assert area.suggestion is None and area.reach_field.message.isVisible()


def test_too_few_quotes_of_a_format_says_what_it_fell_back_to(window):
    area = window.suggestion
    area.format.setCurrentText("3/72")
    assert area.view.too_few
    assert area.fallback_label.isVisible()
    assert "Too few quotes" in area.fallback_label.text()
    area.format.setCurrentText("1/24")
    assert not area.view.too_few and not area.fallback_label.isVisible()


def test_charts_plot_the_niche_and_the_own_channel(window):
    drawn = window.suggestion.draw_charts()
    bars = drawn["cpm_vs_niche"]
    assert sum(own for _n, _c, own in bars) == 1
    assert len(bars) == len(window.suggestion.view.rows) + 1  # every quote compared, and you
    assert drawn["reach_vs_price"]["own"][0] == int(window.suggestion.reach.text())
    assert sum(drawn["distribution"]) == len(window.suggestion.view.rows)


def test_chart_saves_png_and_svg(window, tmp_path):
    window.suggestion.draw_charts()
    chart = window.suggestion.charts["cpm_vs_niche"]
    png = chart.save(str(tmp_path / "cpm.png"))
    svg = chart.save(str(tmp_path / "cpm.svg"))
    assert Path(png).read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in Path(svg).read_text(encoding="utf-8")[:500]


def test_my_channel_saves_reach_and_prices_and_shows_own_cpm(qtbot, window):
    window.show_area("mychannel")
    area = window.my_channel
    area.reach_edits[48].clear()
    qtbot.keyClicks(area.reach_edits[48], "6000")
    qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    own = window.services.storage.channels.own()
    assert own.typed_reach(48) == 6000 and own.typed_reach(24) == 4800
    area.price_format.setCurrentText("2/48")
    qtbot.keyClicks(area.price_edit, "abc")
    assert not area.set_price_button.isEnabled() and area.price_field.message.isVisible()
    area.price_edit.clear()
    qtbot.keyClicks(area.price_edit, "4200")
    qtbot.mouseClick(area.set_price_button, Qt.MouseButton.LeftButton)
    rows = {
        area.prices.item(r, 0).text(): area.prices.item(r, 3).text()
        for r in range(area.prices.rowCount())
    }
    reach = window.services.pricebook.measured_reach(own.id, 48).views  # measured beats typed
    expected = formatting.money(window.services.pricebook.own_cpm(Decimal(4200), reach), "RUB")
    assert rows["2/48"] == expected


def test_history_shows_a_channels_prices_over_time(window):
    window.show_area("history")
    area = window.history
    assert area.channels.count() > 10
    drawn = area.draw()
    points = window.services.pricebook.price_history(area.channel_id)
    assert [price for _d, price in drawn["price"]] == [float(p.price) for p in points]
    assert str(len(points)) in area.summary.text()
