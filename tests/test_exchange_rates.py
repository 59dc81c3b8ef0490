"""Exchange rates the user types: kept with their date, and a USD quote joins a rouble niche."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing import InputError
from pricing.rates import ExchangeRates, Rate, parse_rate
from storage import QuoteDraft
from tests.ui_helpers import DEMO_NOW, make_services, make_window
from ui.exchange_rates import ExchangeRatesDialog, read_rates, write_rate


def test_conversion_goes_through_the_rouble():
    rates = ExchangeRates(
        {
            "USD": Rate("USD", Decimal(90), date(2026, 12, 1)),
            "USDT": Rate("USDT", Decimal(91), date(2026, 12, 1)),
        }
    )
    assert rates.convert(Decimal(30), "USD", "RUB") == Decimal(2700)
    assert rates.convert(Decimal(2700), "RUB", "USD") == Decimal(30)
    assert rates.convert(Decimal(90), "USDT", "USD") == Decimal(91)
    assert rates.convert(Decimal(5), "TON", "RUB") is None


@pytest.mark.parametrize("text", ["", "abc", "0", "-5", "1/2"])
def test_bad_rates_are_refused(text):
    with pytest.raises(InputError):
        parse_rate(text)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100000), places=2))
def test_typed_rates_read_back(value):
    assert parse_rate(str(value).replace(".", ",")) == value


@pytest.mark.gui
def test_rates_typed_in_the_dialog_are_kept_with_their_date(qtbot, tmp_path):
    services = make_services(tmp_path)
    dialog = ExchangeRatesDialog(services.settings)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edits["USD"], "95,5")
    qtbot.keyClicks(dialog.edits["TON"], "lots")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert dialog.errors["TON"].text() and not save.isEnabled()
    dialog.edits["TON"].clear()
    dialog.validate()
    dialog.save()
    rate = read_rates(services.settings).rate("USD")
    assert rate.rub_per_unit == Decimal("95.5") and rate.set_on == date.today()  # noqa: DTZ011
    assert read_rates(services.settings).rate("TON") is None


@pytest.mark.gui
def test_a_usd_quote_joins_a_rouble_niche_marked_as_converted(qtbot, tmp_path):
    services = make_services(tmp_path, demo=False)
    book = services.pricebook
    for i in range(5):
        book.add(QuoteDraft(f"@peer_{i}xx", Decimal(1000), DEMO_NOW, reach=2000, niche="Tech"))
    book.add(
        QuoteDraft("@dollar_chan", Decimal(10), DEMO_NOW, reach=2000, niche="Tech", currency="USD")
    )
    window = make_window(qtbot, services)
    window.show()
    window.show_area("suggestion")
    area = window.suggestion
    assert area.view.summary.count == 5
    assert "1 in other currencies" in area.stats_label.text()

    write_rate(services.settings, "USD", Decimal(100), date(2026, 11, 30))
    window.reload()
    assert area.view.summary.count == 6  # 10 USD × 100 = 1000 ₽ → CPM 500 ₽, as the others
    assert [r.converted_from for r in area.view.rows].count((Decimal(10), "USD")) == 1
    assert "Converted from USD" in area.stats_label.text()
    assert "11/30/2026" in area.stats_label.text()
