"""The niche builder as a user meets it: the real window, SQLite, and a fake Telegram answering
with real TL objects. From the own channel to 20 competitors with their reach read in one pass,
prices typed for some, and the niche's CPM trend under History."""

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_recommendations import RecommendingClient
from fake_telegram import NOW, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from telethon.tl import functions
from ui_helpers import services_for

import main
from application.niche import NicheService
from application.pricebook import PriceBookService
from application.reach import ReachService
from storage import Storage, open_database
from storage.records import QuoteDraft
from tgclient.service import State
from ui import formatting
from ui.niche.models import PRICE_COLUMN
from ui.tables import refill_waiting

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]

RECOMMEND = functions.channels.GetChannelRecommendationsRequest.__name__
FULL = functions.channels.GetFullChannelRequest.__name__
HISTORY = functions.messages.GetHistoryRequest.__name__
VIEWS = functions.messages.GetMessagesViewsRequest.__name__


def clock():
    return NOW + timedelta(minutes=5)


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "niche_view.sqlite3")
    yield Storage(db)
    db.close()


def start(qtbot, storage, client, tmp_path):
    """The app's own wiring, with the clocks held at the fake Telegram's "now"."""
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    telegram = fake_service(storage, client, clock=clock)
    task = asyncio.ensure_future(telegram.connect())
    qtbot.waitUntil(task.done, timeout=3000)
    assert telegram.state == State.READY
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    services = services_for(storage, telegram=telegram, settings=settings, clock=clock)
    window = MainWindow(services)
    qtbot.addWidget(window)
    main._mount_telegram(services, window)
    main._mount_niche(services, window)
    area = window.area("niche")
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(area.reloaded, timeout=5000):
        window.show_area("niche")
    return window, area


def own_channel_and_rivals(storage, client, count=20):
    fake_own = client.add_channel("my_digest", "My digest", subscribers=20000, admin=True)
    niche = storage.niches.get_or_create("Finance")
    own = storage.channels.upsert_telegram(fake_own.telegram_id, fake_own.access_hash,
                                           "my_digest", "My digest")  # fmt: skip
    storage.channels.set_own(own.id)
    storage.channels.update(own.id, niche_id=niche.id)
    storage.channels.set_typed_reach(own.id, 24, 4000)
    storage.own_prices.set_price(own.id, Decimal(2000), "RUB", 1, 24,
                                 valid_from=NOW - timedelta(days=120))  # fmt: skip
    rivals = client.add_competitors(count)
    client.recommend(fake_own, rivals)
    return niche, own, rivals


def quote(storage, name, price, reach, days_ago):
    return storage.quotes.add(
        QuoteDraft(name, Decimal(price), NOW - timedelta(days=days_ago), reach=reach,
                   niche="Finance")
    )  # fmt: skip


def tick(qtbot, area, row):
    index = area.model.index(row, 0)
    area.table.setCurrentIndex(index)
    with qtbot.waitSignal(area.reloaded, timeout=5000):
        qtbot.keyClick(area.table, Qt.Key.Key_Space)  # the check box follows the keyboard


def type_price(qtbot, area, row, text, saved=True):
    table = area.collect_table
    index = area.collect_model.index(row, PRICE_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    [editor] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClicks(editor, text)
    if not saved:  # the delegate commits on the next loop turn; the message says why not
        before = area.message.text()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: area.message.text() != before, timeout=3000)
        return
    commit_price(qtbot, area, editor)


def commit_price(qtbot, area, editor):
    """Return in the price cell: the price is saved and the list reloaded."""
    with qtbot.waitSignal(area.reloaded, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    # a list that arrived while the cell was being edited is filled in on the next loop turn
    qtbot.waitUntil(lambda: not refill_waiting(area.collect_table), timeout=3000)


def test_from_the_own_channel_to_twenty_competitors_with_reach_prices_and_the_trend(
    qtbot, storage, tmp_path
):
    client = RecommendingClient(authorized=True)
    _niche, _own, _rivals = own_channel_and_rivals(storage, client)
    # the price book already holds quotes from three months ago (CPM 400), one of them from a
    # channel Telegram will name: it is to be asked again
    quote(storage, "@old_quote_a", 800, 2000, 95)
    quote(storage, "@old_quote_b", 1200, 3000, 92)
    quote(storage, "@rival_19", 1000, 2500, 100)
    window, area = start(qtbot, storage, client, tmp_path)
    assert area.source_combo.currentText() == "@my_digest (my channel)"
    assert area.find_button.isEnabled(), area.find_button.toolTip()

    with qtbot.waitSignal(area.reloaded, timeout=5000):
        qtbot.mouseClick(area.find_button, Qt.MouseButton.LeftButton)
    assert area.model.rowCount() == 20 and client.requests[RECOMMEND] == 1
    assert "Telegram named 20 similar channels" in area.message.text()
    first = area.model.index(0, 0)
    assert first.data() == "@rival_00"
    assert area.model.index(0, 2).data() == formatting.number(5000)  # from the recommendation
    assert area.model.index(0, 3).data() == "—"  # no reach read yet

    for row in range(20):
        tick(qtbot, area, row)
    assert all(
        area.model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for r in range(20)
    )
    assert "20 found, 20 ticked as competitors; 20 need their reach read." in (
        area.count_label.text()
    )
    assert area.fetch_button.isEnabled(), area.fetch_button.toolTip()

    with qtbot.waitSignal(area.reloaded, timeout=20000):
        qtbot.mouseClick(area.fetch_button, Qt.MouseButton.LeftButton)
        assert area.cancel_button.isVisible() and area.progress_bar.isVisible()
    qtbot.waitUntil(lambda: not area.passing, timeout=5000)
    assert area.pass_label.text() == "Reach read for 20 of 20 competitors."
    assert (client.requests[FULL], client.requests[HISTORY], client.requests[VIEWS]) == (20, 20, 0)
    # the list is reloaded in a worker once the pass has ended: wait for that reload
    qtbot.waitUntil(
        lambda: all(area.model.index(r, 3).data() != "—" for r in range(20)), timeout=5000
    )
    assert all(area.model.index(r, 3).data() != "—" for r in range(20))  # reach 24 h
    assert all(area.model.index(r, 4).data() != "—" for r in range(20))  # reach 48 h
    assert area.model.index(0, 5).data().endswith("%")  # ERR
    assert not area.fetch_button.isEnabled()  # every competitor is fresh now

    # prices to collect: 20 rows; @rival_19's three-month-old quote is stale (ask again)
    listing = area.collect_model.listing
    assert len(listing.rows) == 20 and listing.niche_cpm == Decimal(400)
    assert [r.channel.username for r in listing.ask_again] == ["rival_19"]
    assert "ask again" in area.collect_label.text() and "@rival_19" in area.collect_label.text()
    top = listing.rows[0]
    shown = area.collect_model.index(0, 2).data()
    assert shown == formatting.money(top.price_at_niche, "RUB")

    # bad input never saves
    count = storage.quotes.count()
    type_price(qtbot, area, 0, "a lot", saved=False)
    assert storage.quotes.count() == count
    assert "Price must be a positive number" in area.message.text()

    # the user types five prices, at a CPM of 500: each row leaves the list as it is saved
    for _ in range(5):
        row = area.collect_model.rows[0]
        type_price(qtbot, area, 0, str(row.reach // 2))
        assert "Saved: @" in area.message.text()
    stale_row = next(
        i for i, r in enumerate(area.collect_model.rows) if r.channel.username == "rival_19"
    )
    type_price(qtbot, area, stale_row, "1 500")
    assert storage.quotes.count() == count + 6
    assert len(area.collect_model.rows) == 14

    # History: the niche's 1/24 CPM by month, and how it moved
    with qtbot.waitSignal(window.history.niche_section.reloaded, timeout=5000):
        window.show_area("history")
    section = window.history.niche_section
    trend = section.trend
    assert [m.month.month for m in trend.months] == [11, 3]  # Nov 2024 and Mar 2025
    assert trend.months[0].mean == Decimal(400)
    change = trend.change
    assert change.months == 4 and change.percent > 0
    assert f"Niche 1/24 CPM +{change.percent} % over 4 months" in section.sentence.text()
    own_cpm = formatting.money(Decimal(500), "RUB")  # 2000 ₽ for 4000 views
    assert f"Your price's CPM: {own_cpm}" in section.sentence.text()
    assert section.drawn["months"] == 2 and section.drawn["own"] == [500.0, 500.0]
    # @rival_19's new price against its quote of three months ago, highlighted
    changes = section.changes
    row = next(i for i, r in enumerate(changes.rows) if r.channel_name == "@rival_19")
    assert changes.index(row, 4).data() == "+50 %"
    assert changes.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_cancelling_the_pass_keeps_what_was_read_and_the_next_pass_goes_on(
    qtbot, storage, tmp_path
):
    client = RecommendingClient(authorized=True)
    niche, own, _rivals = own_channel_and_rivals(storage, client, count=5)
    service = NicheService(storage, PriceBookService(storage, reach=ReachService(storage)),
                           ReachService(storage), None, clock=clock)  # fmt: skip
    storage_candidates = service.candidates_repo
    rivals = [storage.channels.upsert_telegram(c.telegram_id, c.access_hash, c.username, c.title)
              for c in client.similar[client.channels[own.telegram_id].telegram_id]]  # fmt: skip
    storage_candidates.add(niche.id, [r.id for r in rivals], "recommended", NOW, own.id)
    for rival in rivals:
        storage_candidates.set_competitor(niche.id, rival.id, True)
    client.fail(FULL, flood_wait(30), at_call=2)
    _window, area = start(qtbot, storage, client, tmp_path)
    assert "5 need their reach read" in area.count_label.text()

    qtbot.mouseClick(area.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "resuming in" in area.pass_label.text(), timeout=15000)
    assert "Telegram asks to wait" in area.pass_label.text()
    with qtbot.waitSignal(area.reloaded, timeout=15000):
        qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
    assert area.pass_label.text().startswith("Stopped. What was read is kept")
    assert "4 need their reach read" in area.count_label.text()

    with qtbot.waitSignal(area.reloaded, timeout=20000):
        qtbot.mouseClick(area.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not area.passing, timeout=15000)
    assert area.pass_label.text() == "Reach read for 4 of 4 competitors."
    assert client.requests[HISTORY] == 5  # nobody's posts were read twice


@pytest.fixture
def russian(qapp):
    from ui.i18n import install_translators

    assert install_translators(qapp, "ru") == "ru"
    yield
    install_translators(qapp, "en")


def test_the_demo_niche_offline_in_russian(qtbot, qtmodeltester, tmp_path, russian):
    """No Telegram: the stored checklist, the list of prices, a pasted list kept by name, and
    the niche over time, all in Russian."""
    from ui_helpers import DEMO_NOW, make_services

    from ui.main_window import MainWindow

    services = make_services(tmp_path, clock=lambda: DEMO_NOW)
    window = MainWindow(services)
    qtbot.addWidget(window)
    main._mount_niche(services, window)
    area = window.area("niche")
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(area.reloaded, timeout=10000):
        window.show_area("niche")

    assert window.tabs.tabText(window.tabs.indexOf(area)) == "Ниша"
    assert area.count_label.text() == (
        "Найдено: 20, отмечено конкурентами: 14; охват нужно прочитать: 0."
    )
    assert not area.find_button.isEnabled()
    assert area.find_button.toolTip() == "Telegram не настроен: войдите через меню Telegram."
    assert area.model.index(0, 6).data() == "похож на @my_crypto_digest"
    assert area.model.index(0, 3).data() != "—"  # the demo's competitors have their reach
    listing = area.collect_model.listing
    assert listing.niche_cpm is not None and listing.ask_again
    assert "спросить заново" in area.collect_label.text()
    qtmodeltester.check(area.model)
    qtmodeltester.check(area.collect_model)

    area.paste_edit.setPlainText("@fresh_rival_one, t.me/+AbCdEfGhIjKl")
    with qtbot.waitSignal(area.reloaded, timeout=10000):
        qtbot.mouseClick(area.paste_button, Qt.MouseButton.LeftButton)
    assert area.message.text() == (
        "Добавлено в список: 1. Не каналы или не найдены: t.me/+AbCdEfGhIjKl"
    )
    assert area.model.rowCount() == 21
    assert area.model.index(20, 6).data() == "вставленный список"

    section = window.history.niche_section
    with qtbot.waitSignal(section.reloaded, timeout=10000):
        window.show_area("history")
    assert section.sentence.text().startswith("CPM ниши 1/24: +")
    assert " за 3 мес. (" in section.sentence.text()
    assert "CPM вашей цены:" in section.sentence.text()
    assert section.drawn["months"] >= 12  # a year of history
    assert section.changes.rowCount() > 0
    qtmodeltester.check(section.changes)


def test_a_reload_landing_while_a_price_is_typed_keeps_the_typing(qtbot, storage, tmp_path):
    """The list of prices reloads in a worker after every change (a sync, a tick, another
    window's save); one landing while the user types a price must not close the editor and
    drop what was typed."""
    client = RecommendingClient(authorized=True)
    niche, own, _rivals = own_channel_and_rivals(storage, client, count=3)
    candidates = NicheService(storage, PriceBookService(storage, reach=ReachService(storage)),
                              ReachService(storage), None, clock=clock).candidates_repo  # fmt: skip
    rivals = [storage.channels.upsert_telegram(c.telegram_id, c.access_hash, c.username, c.title)
              for c in client.similar[client.channels[own.telegram_id].telegram_id]]  # fmt: skip
    candidates.add(niche.id, [r.id for r in rivals], "recommended", NOW, own.id)
    for rival in rivals:
        candidates.set_competitor(niche.id, rival.id, True)
        storage.channels.set_typed_reach(rival.id, 24, 3000)
    quote(storage, "@old_quote_a", 800, 2000, 5)
    _window, area = start(qtbot, storage, client, tmp_path)
    assert len(area.collect_model.rows) == 3
    channel = area.collect_model.rows[0].channel.display_name
    count = storage.quotes.count()

    table = area.collect_table
    index = area.collect_model.index(0, PRICE_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    [editor] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClicks(editor, "1 2")
    with qtbot.waitSignal(area.reloaded, timeout=5000):
        area.reload()  # e.g. a sync ended meanwhile
    assert editor.isVisible() and editor.text() == "1 2"
    qtbot.keyClicks(editor, "00")
    commit_price(qtbot, area, editor)
    assert storage.quotes.count() == count + 1
    assert f"Saved: {channel} asks {formatting.money(Decimal(1200), 'RUB')}" in area.message.text()
    qtbot.waitUntil(lambda: len(area.collect_model.rows) == 2, timeout=5000)
