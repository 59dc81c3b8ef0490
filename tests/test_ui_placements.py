"""The Placements area driven as a user would: the demo's results in English and Russian, the
form with undo, invite links pasted or created on (fake) Telegram, typed joins, the price book."""

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_invites import InviteTelegramClient
from fake_telegram import NOW, fake_service, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from application.placements import PlacementService
from storage.placement_records import PlacementDraft
from storage.records import QuoteSource
from tests.ui_helpers import DEMO_NOW, make_services, make_window, wait_for_charts
from ui.placement_form import PlacementForm, ValueDialog
from ui.placement_model import COLUMN
from ui.placements.area import PlacementsArea

pytestmark = pytest.mark.gui


def mount(qtbot, services, clock=lambda: DEMO_NOW):
    """The main window with the Placements area, wired as main.py does."""
    window = make_window(qtbot, services)
    service = PlacementService(services.storage, services.pricebook, services.telegram, clock)
    area = PlacementsArea(services, service, window.undo_stack, window)
    window.add_area(area, "Placements", "placements")
    area.changed.connect(window.reload)
    window.show()
    with qtbot.waitSignal(area.loaded, timeout=10000):
        window.show_area("placements")
    return window, area


def cell(area, seller: str, column: str) -> str:
    for row in range(area.proxy.rowCount()):
        if area.proxy.index(row, COLUMN["seller"]).data() == seller:
            return area.proxy.index(row, COLUMN[column]).data()
    raise AssertionError(f"no row for {seller}")


def select(area, seller: str) -> None:
    result = next(r for r in area.model.rows() if r.record.seller_name == seller)
    area.select_ids([result.record.id])


def reloaded(qtbot, area, action):
    with qtbot.waitSignal(area.loaded, timeout=10000):
        action()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@pytest.fixture
def services(tmp_path):
    return make_services(tmp_path)


def test_the_demo_shows_cost_per_subscriber_and_paid_cpm_against_the_niche(
    qtbot, qtmodeltester, services
):
    _window, area = mount(qtbot, services)
    assert area.model.rowCount() == 5
    qtmodeltester.check(area.model)
    # @coin_daily: 2,800 paid for ~6,158 views at 24 h; 96 joined through its link in a week
    assert digits(cell(area, "@coin_daily", "paid_cpm")) == "455"
    assert digits(cell(area, "@coin_daily", "quoted_cpm")) == "449"
    assert cell(area, "@coin_daily", "joins_7d") == "96"
    assert digits(cell(area, "@coin_daily", "cost_per_subscriber")) == "2917"  # 29.17
    assert digits(cell(area, "@coin_daily", "niche_cpm")) != ""
    assert cell(area, "@invest_brief", "joins_7d") == "*23"  # typed by hand
    select(area, "@coin_daily")
    summary = area.summary.text()
    assert "Paid CPM" in summary and "niche median" in summary and "per subscriber" in summary
    drawn = area.draw_charts()
    assert len(drawn["joins"]) == 4 and len(drawn["cost"]) == 5 and len(drawn["cpm"]) == 5
    # in the demo Telegram is not connected: the link cannot be made here, and says why
    assert not area.create_link_action.isEnabled()
    assert "demo" in area.create_link_action.toolTip()


def test_the_area_speaks_russian(qtbot, services, qapp):
    from ui.i18n import install_translators

    install_translators(qapp, "ru")
    _window, area = mount(qtbot, services)
    titles = [area.model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert titles == ["Продавец", "Формат", "Пост"]
    assert area.action_buttons["createInvite"].text() == "Создать ссылку"
    select(area, "@coin_daily")
    assert "за подписчика" in area.summary.text() and "медиана ниши" in area.summary.text()
    assert cell(area, "@defi_digest", "joins_7d").endswith("пока")


def test_adding_a_placement_with_the_form_and_undoing_it(qtbot, services):
    window, area = mount(qtbot, services)
    form = area.add_placement()
    assert isinstance(form, PlacementForm)
    qtbot.keyClicks(form.link, "https://t.me/hodl_notes/77")
    assert form.seller.currentText() == "@hodl_notes"  # read from the ad post link
    form.price.setText("abc")
    assert not form.save_button.isEnabled()  # bad input never saves
    assert form.fields["price"].message.isVisible()
    form.price.setText("1500")
    qtbot.keyClicks(form.views, "3000")
    assert digits(form.preview.text()) == "500"  # 1500 / 3000 × 1000
    qtbot.keyClicks(form.joins, "10")
    reloaded(qtbot, area, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert area.model.rowCount() == 6
    assert digits(cell(area, "@hodl_notes", "paid_cpm")) == "500"
    assert digits(cell(area, "@hodl_notes", "cost_per_subscriber")) == "150"

    reloaded(qtbot, area, window.undo_stack.undo)
    assert area.model.rowCount() == 5
    reloaded(qtbot, area, window.undo_stack.redo)
    assert cell(area, "@hodl_notes", "views") == "*3,000"


def test_pasting_an_invite_link_typed_joins_and_their_undo(qtbot, services):
    window, area = mount(qtbot, services)
    select(area, "@invest_brief")
    QGuiApplication.clipboard().setText("not a link")
    dialog = area.paste_invite()
    assert isinstance(dialog, ValueDialog) and dialog.editor.text() == ""
    qtbot.keyClicks(dialog.editor, "hello")
    assert not dialog.save_button.isEnabled()
    assert "Not an invite link" in dialog.field.message.text()
    dialog.editor.setText("t.me/joinchat/SellerMade42")
    reloaded(qtbot, area, lambda: dialog.save_button.click())
    assert cell(area, "@invest_brief", "link") == "t.me/+SellerMade42"
    reloaded(qtbot, area, window.undo_stack.undo)
    assert cell(area, "@invest_brief", "link") == "none"

    select(area, "@invest_brief")
    joins = area.type_joins()
    joins.editor.setText("40")
    reloaded(qtbot, area, lambda: joins.save_button.click())
    assert digits(cell(area, "@invest_brief", "cost_per_subscriber")) == "80"  # 3200 / 40


def test_delete_and_undo_brings_the_joins_back(qtbot, services):
    window, area = mount(qtbot, services)
    select(area, "@coin_daily")
    reloaded(qtbot, area, area.delete_selected)
    assert area.model.rowCount() == 4
    reloaded(qtbot, area, window.undo_stack.undo)
    assert cell(area, "@coin_daily", "joins_7d") == "96"


def test_add_to_price_book_saves_an_own_purchase_quote_once(qtbot, services):
    window, area = mount(qtbot, services)
    select(area, "@coin_daily")
    assert area.pricebook_action.isEnabled()
    reloaded(qtbot, area, area.pricebook_action.trigger)
    [quote] = [q for q in services.storage.quotes.all() if q.source == QuoteSource.OWN_PURCHASE]
    assert (quote.channel_name, quote.price, quote.reach) == ("@coin_daily", Decimal(2800), 6158)
    select(area, "@coin_daily")
    area.pricebook_action.trigger()
    assert area.last_message == "This placement is already in the price book."
    reloaded(qtbot, area, window.undo_stack.undo)
    assert not [q for q in services.storage.quotes.all() if q.source == QuoteSource.OWN_PURCHASE]


@pytest.mark.usefixtures("qt_loop")
def test_create_a_link_copy_it_refresh_and_see_the_joins(qtbot, tmp_path):
    """End to end with the fake Telegram: the button makes the link, the clipboard has it, a
    refresh reads who joined, and the table shows the cost per subscriber."""
    client = InviteTelegramClient(authorized=True)
    client.now = NOW - timedelta(days=9)
    mine = client.add_channel("my_channel", "My channel", admin=True)
    services = make_services(tmp_path, demo=False)
    services.telegram = fake_service(services.storage, client, clock=lambda: NOW)
    own = services.storage.channels.upsert_telegram(
        mine.telegram_id, mine.access_hash, "my_channel", "My channel", 1000
    )
    services.storage.channels.set_own(own.id)
    posted = NOW - timedelta(days=8)
    service = PlacementService(services.storage, services.pricebook, services.telegram)
    service.add(
        PlacementDraft(
            seller="@seller_chan",
            price=Decimal("900"),
            posted_at=posted,
            promoted_id=own.id,
            typed_views=3000,
        )
    )
    connected = asyncio.ensure_future(services.telegram.connect())
    qtbot.waitUntil(connected.done, timeout=3000)
    _window, area = mount(qtbot, services, clock=lambda: NOW)
    select(area, "@seller_chan")
    assert area.create_link_action.isEnabled()

    reloaded(qtbot, area, area.action_buttons["createInvite"].click)
    link = QGuiApplication.clipboard().text()
    assert link.startswith("https://t.me/+") and client.invite(mine, link).title.startswith(
        "@seller_chan"
    )
    assert cell(area, "@seller_chan", "link") == link.removeprefix("https://")

    client.join(mine, link, 45, start=posted, spacing=timedelta(hours=2))
    reloaded(qtbot, area, area.refresh_action.trigger)
    assert cell(area, "@seller_chan", "joins_24h") == "13"  # joins at 0, 2, …, 24 h
    assert cell(area, "@seller_chan", "joins_7d") == "45"
    assert digits(cell(area, "@seller_chan", "cost_per_subscriber")) == "20"  # 900 / 45
    assert "Joins read for 1 links (45 new)" in area.last_message


def test_replacing_a_link_and_undoing_it_brings_its_joins_back(qtbot, services):
    window, area = mount(qtbot, services)
    select(area, "@coin_daily")
    dialog = area.paste_invite()
    qtbot.keyClicks(dialog.editor, "https://t.me/+AnotherOne9")  # replaces the selected link
    reloaded(qtbot, area, lambda: dialog.save_button.click())
    assert cell(area, "@coin_daily", "link") == "t.me/+AnotherOne9"
    assert cell(area, "@coin_daily", "joins_7d") == "—"  # the new link has no joins yet
    reloaded(qtbot, area, window.undo_stack.undo)
    assert cell(area, "@coin_daily", "joins_7d") == "96"
    reloaded(qtbot, area, window.undo_stack.redo)
    assert cell(area, "@coin_daily", "link") == "t.me/+AnotherOne9"


def test_the_app_mounts_the_area_with_the_demo_placements(qtbot, tmp_path):
    import main

    window = main.compose(main.parse_args(["--demo", "--lang", "en"]), tmp_path)
    qtbot.addWidget(window)
    assert "placements" in window.area_keys()
    area = window.area("placements")
    with qtbot.waitSignal(area.loaded, timeout=20000):
        assert window.show_area("Placements")
    assert area.model.rowCount() == 5
    assert window.undo_stack is area.undo_stack  # one undo history with the price book


def count_draws(qtbot, area) -> dict[str, list[int]]:
    """Each chart's canvas draws from now on, by chart (a draw is when matplotlib renders)."""
    qtbot.waitUntil(lambda: set(area.charts) == {"joins", "cost", "cpm"}, timeout=10000)
    wait_for_charts(qtbot)  # the first drawing, pending on the canvases, is done
    counts: dict[str, list[int]] = {}
    for key, view in area.charts.items():
        counts[key] = calls = []
        draw = view.canvas.draw

        def counted(draw=draw, calls=calls):
            calls.append(1)
            draw()

        view.canvas.draw = counted
    return counts


def test_a_reload_redraws_only_the_charts_whose_numbers_changed(qtbot, services):
    window, area = mount(qtbot, services)
    draws = count_draws(qtbot, area)
    reloaded(qtbot, area, window.reload)  # View → Refresh with nothing changed
    wait_for_charts(qtbot)
    assert {key: len(calls) for key, calls in draws.items()} == {"joins": 0, "cost": 0, "cpm": 0}

    select(area, "@invest_brief")  # 3,200 paid; 23 joins typed, 139 a subscriber
    joins = area.type_joins()
    joins.editor.setText("40")
    reloaded(qtbot, area, lambda: joins.save_button.click())
    qtbot.wait(50)
    wait_for_charts(qtbot)
    # only the cost per subscriber changed: that chart alone is drawn again, with the new cost
    assert {key: len(calls) for key, calls in draws.items()} == {"joins": 0, "cost": 1, "cpm": 0}
    assert dict(area.draw_charts()["cost"])["@invest_brief"] == pytest.approx(80)
