"""The price suggestion, My channel and History areas, driven through their widgets."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pricing.parsing import parse_format
from storage import QuoteDraft
from storage.demo import DEMO_NICHE
from tests.ui_helpers import DEMO_NOW, make_services, make_window
from ui import formatting
from ui.workers import wait_for_tasks

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    services = make_services(tmp_path)  # the demo admin has typed 4800 / 5500
    window = make_window(qtbot, services)
    window.show()
    window.show_area("suggestion")
    wait_for_tasks()  # the own reach is computed in a worker
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
    wait_for_tasks()
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


def retype(qtbot, editor, text):
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def test_a_percentage_above_its_limit_is_shown_and_said(qtbot, window):
    area = window.suggestion
    area.adjust_checks["caught_cheating"].setChecked(True)
    spin = area.adjust_pcts["caught_cheating"]
    spin.selectAll()
    qtbot.keyClicks(spin, "95")
    assert spin.text() == "−95 %"  # the keystroke is kept, not silently dropped
    assert area.adjust_message.isVisible()
    assert "accepts 0 to 90 %: 95 % is counted as 90 %" in area.adjust_message.text()
    assert "−90" in area.steps_label.text()
    area.adjust_checks["narrow_niche"].setChecked(True)
    spin = area.adjust_pcts["narrow_niche"]
    spin.selectAll()
    qtbot.keyClicks(spin, "300")
    assert "300 % is counted as 200 %" in area.adjust_message.text()
    assert "+200" in area.steps_label.text()
    spin.selectAll()
    qtbot.keyClicks(spin, "150")
    area.adjust_pcts["caught_cheating"].selectAll()
    qtbot.keyClicks(area.adjust_pcts["caught_cheating"], "50")
    assert not area.adjust_message.isVisible()
    assert "+150" in area.steps_label.text() and "−50" in area.steps_label.text()


def test_own_price_in_another_currency_is_named_not_missing(window):
    area = window.suggestion
    book = window.services.pricebook
    own = book.own_channel()
    fmt = parse_format("1/48")
    book.set_own_price(own.id, Decimal(30), "USD", fmt)
    window.reload()
    area.format.setCurrentText("1/48")
    text = area.verdict_label.text()
    assert "No own price" not in text
    assert "is in USD, the niche's quotes are in RUB" in text
    assert "not compared" in text and area.verdict is None


def test_reach_hint_says_which_window_a_typed_figure_is_from(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = services.pricebook
    for i in range(5):
        book.add(QuoteDraft(f"@peer_{i}xx", Decimal(1000), DEMO_NOW, reach=2000, niche="Tech"))
    own = book.save_own_channel("@my_own_chan", book.niches()[0].id, 10000)
    book.set_typed_reach(own.id, 24, 3000)
    window = make_window(qtbot, services)
    window.show()
    window.show_area("suggestion")
    area = window.suggestion
    assert area.reach_hint.text() == "Typed on “My channel” (24 h window)"
    area.format.setCurrentText("1/48")
    assert area.reach.text() == "3000"
    assert area.reach_hint.text() == "Typed on “My channel” for 24 h; no 48 h figure"


def test_a_data_change_keeps_what_the_user_set_here(qtbot, window):
    area = window.suggestion
    book = window.services.pricebook
    area.adjust_checks["narrow_niche"].setChecked(True)
    area.adjust_checks["growing"].setChecked(False)
    retype(qtbot, area.reach, "5000")
    book.add(QuoteDraft("@one_more_chan", Decimal(2000), DEMO_NOW, reach=4000, niche=DEMO_NICHE))
    window.reload()  # what adding, editing or importing a quote does
    assert area.adjust_checks["narrow_niche"].isChecked()
    assert not area.adjust_checks["growing"].isChecked()
    assert area.reach.text() == "5000"
    assert area.suggestion.own_reach == 5000
    # the own channel saved with other flags and reach on My channel: those are copied in
    own = book.own_channel()
    window.services.storage.channels.update(own.id, narrow_niche=True, caught_cheating=True)
    book.set_typed_reach(own.id, 24, 4100)
    window.reload()
    assert area.adjust_checks["caught_cheating"].isChecked()
    assert area.adjust_checks["growing"].isChecked() == own.under_promotion
    assert area.reach.text() != "5000"


def test_a_bad_format_says_so_instead_of_no_quotes(window):
    area = window.suggestion
    area.format.setCurrentText("xyz")
    assert area.view is None
    text = area.fallback_label.text()
    assert "No quotes" not in text
    assert "1/24, 2/48, 24, forever or native" in text
    assert area.format_field.message.isVisible()
    area.format.setCurrentText("25/24")
    assert "cannot exceed hours in the feed (24)" in area.fallback_label.text()


def test_why_this_price_can_be_checked_by_hand(window):
    area = window.suggestion
    for basis in ("mean", "weighted"):
        area.basis.setCurrentIndex(area.basis.findData(basis))
        suggestion = area.suggestion
        shown_cpm = suggestion.basis_cpm.quantize(Decimal("0.01"))
        text = area.steps_label.text()
        assert formatting.money(shown_cpm, "RUB", 2) in text
        by_hand = (shown_cpm * suggestion.own_reach / 1000).quantize(Decimal(1))
        assert formatting.money(by_hand, "RUB") in text


def test_history_charts_each_currency_of_a_channel(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = services.pricebook
    book.add(QuoteDraft("@two_money_chan", Decimal(50), DEMO_NOW, "USD", reach=1000, niche="Tech"))
    earlier = DEMO_NOW.replace(month=1)
    book.add(QuoteDraft("@two_money_chan", Decimal(1000), earlier, reach=1000, niche="Tech"))
    window = make_window(qtbot, services)
    window.show()
    window.show_area("history")
    area = window.history
    assert area.currency_row.isVisible()
    assert [area.currency.itemText(i) for i in range(area.currency.count())] == ["USD", "RUB"]
    assert "Also quoted in RUB" in area.summary.text()
    area.currency.setCurrentText("RUB")
    drawn = area.draw()
    assert [price for _d, price in drawn["price"]] == [1000.0]
    assert "Quotes in RUB: 1" in area.summary.text() and "Also quoted in USD" in area.summary.text()


def test_an_import_does_not_move_the_niche_selector(qtbot, tmp_path):
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    assert window.niche_combo.currentText() == DEMO_NICHE
    services.pricebook.add(QuoteDraft("@tech_news_chan", Decimal(900), DEMO_NOW, niche="Tech"))
    window.reload()  # what an import does
    assert window.niche_combo.currentText() == DEMO_NICHE
    assert window.niche_combo.findText("Tech") > 0


def test_the_own_reach_is_computed_in_a_worker_once_per_data_change(qtbot, tmp_path):
    """My channel and the suggestion share one figure per window; a reload reuses it."""
    from datetime import timedelta

    from application.pricebook import format_of
    from storage.records import ViewCount

    services = make_services(tmp_path)
    reach = services.pricebook.reach
    window = make_window(qtbot, services)
    window.show()
    window.show_area("mychannel")
    label = window.my_channel.measured_labels[24]
    assert "computing…" in label.text()  # the window stays usable meanwhile
    wait_for_tasks()
    assert "computing…" not in label.text() and digits(label.text())
    window.show_area("suggestion")
    wait_for_tasks()
    after_first = reach.computations
    own = services.pricebook.own_channel()
    windows = {24, 48} | {
        format_of(p).reach_window_hours for p in services.pricebook.own_prices(own.id)
    }
    assert after_first == len(windows)  # once per window, not per label, price row and ERR
    for key in ("mychannel", "suggestion", "mychannel"):
        window.reload()
        window.show_area(key)
        wait_for_tasks()
    window.suggestion.format.setCurrentText("1/48")
    window.suggestion.format.setCurrentText("1/24")
    wait_for_tasks()
    assert reach.computations == after_first  # nothing changed: nothing recomputed
    post = services.storage.history.post_histories(own.id)[-1]
    services.storage.history.add_view_counts(
        own.id, [ViewCount(post.message_id, post.latest.taken_at + timedelta(hours=1), 10**6)]
    )
    window.reload()
    window.show_area("mychannel")
    wait_for_tasks()
    assert reach.computations == 2 * len(windows)  # new data: worked out again
