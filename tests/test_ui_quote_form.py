"""The quote form and My channel's price row as a user types: the currency a price names, and
the parser's own reason when a value is refused."""

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import make_services, make_window
from ui import formatting
from ui.quote_model import COLUMN

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, make_services(tmp_path))
    window.show()
    return window


@pytest.fixture
def form(qtbot, window):
    form = window.pricebook.add_quote()
    qtbot.keyClicks(form.channel, "@some_channel")
    yield form
    form.reject()


def retype(qtbot, editor, text):
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def test_a_currency_named_in_the_price_goes_away_with_it(qtbot, form):
    assert form.currency.currentText() == "RUB"
    qtbot.keyClicks(form.price, "$50")
    assert form.currency.currentText() == "USD"
    retype(qtbot, form.price, "5000")
    assert form.currency.currentText() == "RUB"
    assert form.draft().price == Decimal(5000) and form.draft().currency == "RUB"


def test_a_currency_picked_in_the_box_stays(qtbot, form):
    form.currency.setCurrentText("USD")  # the user's choice
    qtbot.keyClicks(form.price, "$50")
    retype(qtbot, form.price, "5000")
    assert form.currency.currentText() == "USD"
    assert form.draft().currency == "USD"
    form.currency.setCurrentText("EUR")
    retype(qtbot, form.price, "30 USDT")
    assert form.currency.currentText() == "USDT"
    retype(qtbot, form.price, "30")
    assert form.currency.currentText() == "EUR"  # back to what the user had picked


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("150 000 000", "which looks like a typo"),
        ("0.001", "at most 2 decimal places"),
        ("1.5.5", "grouped in threes"),
        ("-100", "cannot be negative"),
    ],
)
def test_the_form_says_why_a_price_is_refused(qtbot, form, typed, shown):
    qtbot.keyClicks(form.price, typed)
    assert form.price_field.message.isVisible()
    assert shown in form.price_field.message.text()
    if typed == "150 000 000":  # the limit in the user's digits
        assert "more than " + formatting.number(100_000_000) in form.price_field.message.text()
    assert not form.save_button.isEnabled()


def test_the_form_says_why_a_format_is_refused(qtbot, form):
    form.format.setCurrentText("25/24")
    assert form.format_field.message.text().startswith(
        "Hours at the top (25) cannot exceed hours in the feed (24)"
    )
    form.format.setCurrentText("xyz")
    assert "1/24, 2/48" in form.format_field.message.text()


def test_a_bad_currency_code_is_refused(qtbot, form):
    qtbot.keyClicks(form.price, "500")
    form.currency.setCurrentText("xyz123")
    assert "3 to 5 Latin letters" in form.currency_field.message.text()
    assert not form.save_button.isEnabled()


def test_my_channel_price_row_follows_the_typed_currency_and_says_why(qtbot, window):
    window.show_area("mychannel")
    area = window.my_channel
    own = window.services.pricebook.own_channel()
    area.price_format.setCurrentText("1/48")
    qtbot.keyClicks(area.price_edit, "$30")
    assert area.price_currency.currentText() == "USD"
    retype(qtbot, area.price_edit, "0.001")
    assert "at most 2 decimal places" in area.price_field.message.text()
    retype(qtbot, area.price_edit, "2500")
    assert area.price_currency.currentText() == "RUB"
    qtbot.mouseClick(area.set_price_button, Qt.MouseButton.LeftButton)
    prices = window.services.pricebook.own_prices(own.id)
    assert {(p.top_hours, p.feed_hours, p.price, p.currency) for p in prices} >= {
        (1, 48, Decimal(2500), "RUB")
    }


def test_my_channel_refuses_a_currency_that_is_not_a_code(qtbot, window):
    window.show_area("mychannel")
    area = window.my_channel
    own = window.services.pricebook.own_channel()
    before = window.services.pricebook.own_prices(own.id)
    area.price_format.setCurrentText("1/48")
    qtbot.keyClicks(area.price_edit, "2000")
    area.price_currency.setCurrentText("xyz123")
    assert area.price_currency_field.message.isVisible()
    assert "3 to 5 Latin letters" in area.price_currency_field.message.text()
    assert not area.set_price_button.isEnabled()
    area.set_price()  # even if called another way, nothing is written
    assert window.services.pricebook.own_prices(own.id) == before
    assert not any("XYZ" in area.prices.item(r, 1).text() for r in range(area.prices.rowCount()))


def test_dates_read_one_way_in_the_table_and_the_form(window, form):
    book = window.pricebook
    shown = book.proxy.index(0, COLUMN["date"]).data()
    assert re.search(r"(?<!\d)20\d\d(?!\d)", shown)  # a four-digit year
    assert "yyyy" in formatting.date_format()
    assert form.quoted_at.displayFormat() == formatting.date_format()
    assert form.quoted_at.text() == form.quoted_at.date().toString(formatting.date_format())
    assert book.date_from.displayFormat() == formatting.date_format()  # the filter too
