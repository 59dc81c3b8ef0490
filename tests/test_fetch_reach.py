"""A price-book quote's reach fetched from Telegram, as a user does it: select the row, press
"Fetch reach", read the status bar, undo. Real window, SQLite, fake Telegram (real TL objects)."""

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_telegram import NOW, FakeTelegramClient, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from telethon import errors
from telethon.tl import functions
from ui_helpers import services_for

import main
from application.reach import ReachService
from storage import Storage, open_database
from storage.records import QuoteDraft, ReachOrigin
from tgclient.service import State
from ui.texts import reach_method_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]

FULL_CHANNEL = functions.channels.GetFullChannelRequest.__name__


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "fetch.sqlite3")
    yield Storage(db)
    db.close()


def add_quote(storage, channel, reach=None, feed_hours=24):
    return storage.quotes.add(
        QuoteDraft(
            channel=channel,
            price=Decimal(3000),
            quoted_at=NOW - timedelta(days=1),
            feed_hours=feed_hours,
            reach=reach,
            niche="Finance",
        )
    )


def open_window(qtbot, storage, telegram):
    from ui.main_window import MainWindow

    services = services_for(storage, telegram=telegram)
    window = MainWindow(services)
    qtbot.addWidget(window)
    main._mount_telegram(services, window)  # the app's own wiring of the Telegram panel
    window.resize(1280, 820)
    window.show()
    window.show_area("pricebook")
    return window


def signed_in(qtbot, storage, client, **kwargs):
    telegram = fake_service(storage, client, clock=lambda: NOW, **kwargs)
    task = asyncio.ensure_future(telegram.connect())
    qtbot.waitUntil(task.done, timeout=3000)
    assert telegram.state == State.READY
    return telegram


def select(book, quote_id):
    book.select_ids([quote_id])
    assert book.selected_ids() == [quote_id]


def press_fetch(qtbot, window):
    book = window.pricebook
    assert book.fetch_button.isEnabled(), book.fetch_button.toolTip()
    qtbot.mouseClick(book.fetch_button, Qt.MouseButton.LeftButton)
    # the task ends one loop turn before its done-callback reports: wait for the report
    # (the callback drops the task first, then writes the status message, in one go)
    qtbot.waitUntil(lambda: not book.fetching and book._fetch_task is None, timeout=5000)
    return window.statusBar().currentMessage()


def test_fetch_fills_the_reach_as_fetched_and_undo_restores_the_typed_one(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("rival_news", "Rival news", subscribers=9000)
    channel.add_posts(40, newest_at=NOW - timedelta(hours=1), spacing=timedelta(hours=8))
    quote = add_quote(storage, "@rival_news", reach=1500)
    telegram = signed_in(qtbot, storage, client)
    window = open_window(qtbot, storage, telegram)
    book = window.pricebook
    select(book, quote.id)
    assert book.fetch_action in book.table.actions()  # the row's context menu offers it

    message = press_fetch(qtbot, window)

    saved = storage.quotes.get(quote.id)
    assert saved.reach_origin == ReachOrigin.FETCHED
    expected = ReachService(storage).reach(saved.channel_id, 24)  # as the vetting screen does
    assert saved.reach == expected.views and saved.reach != 1500
    assert reach_method_text(expected.as_own_reach()) in message
    assert "Reach of @rival_news at 24 h" in message and "saved as fetched" in message
    assert str(saved.reach) in message
    assert client.requests[FULL_CHANNEL] == 1  # the subscribers were read too
    assert storage.channels.find_by_username("rival_news").subscribers == 9000
    shown = book.model.row_at(book.model.row_of(quote.id)).record
    assert shown.reach == saved.reach  # the table shows the new figure

    assert book.undo_stack.count() == 1  # one step
    book.undo_stack.undo()
    restored = storage.quotes.get(quote.id)
    assert (restored.reach, restored.reach_origin) == (1500, ReachOrigin.TYPED)
    book.undo_stack.redo()
    assert storage.quotes.get(quote.id).reach == saved.reach


def test_too_little_data_says_so_and_changes_nothing(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("brand_new", "Brand new")
    channel.add_posts(5, newest_at=NOW - timedelta(hours=1), spacing=timedelta(hours=2))
    quote = add_quote(storage, "@brand_new", reach=800, feed_hours=48)
    window = open_window(qtbot, storage, signed_in(qtbot, storage, client))
    select(window.pricebook, quote.id)

    message = press_fetch(qtbot, window)

    assert "Too little data for the reach of @brand_new at 48 h" in message
    assert "unchanged" in message
    assert storage.quotes.get(quote.id).reach == 800
    assert storage.quotes.get(quote.id).reach_origin == ReachOrigin.TYPED
    assert window.pricebook.undo_stack.count() == 0


def test_unknown_username_and_private_channel_give_their_own_messages(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("closed_club", "Closed club").add_posts(10)
    unknown = add_quote(storage, "@nobody_has_this")
    private = add_quote(storage, "@closed_club")
    window = open_window(qtbot, storage, signed_in(qtbot, storage, client))
    book = window.pricebook

    select(book, unknown.id)
    assert "No channel has this username." in press_fetch(qtbot, window)

    client.fail(FULL_CHANNEL, errors.ChannelPrivateError(request=None))
    select(book, private.id)
    assert "This channel is private" in press_fetch(qtbot, window)
    assert storage.quotes.get(private.id).reach is None
    assert book.undo_stack.count() == 0


def test_a_flood_wait_counts_down_in_the_status_bar_and_the_fetch_finishes(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("rival_news", "Rival news")
    channel.add_posts(30, newest_at=NOW - timedelta(hours=1), spacing=timedelta(hours=8))
    quote = add_quote(storage, "@rival_news")
    telegram = signed_in(qtbot, storage, client, sleep=lambda s: asyncio.sleep(0.005))
    window = open_window(qtbot, storage, telegram)
    client.fail(FULL_CHANNEL, flood_wait(12))
    waits = []
    telegram.flood_wait.connect(lambda left: waits.append(left))
    select(window.pricebook, quote.id)

    message = press_fetch(qtbot, window)

    assert waits[0] == 12
    assert "saved as fetched" in message
    assert storage.quotes.get(quote.id).reach_origin == ReachOrigin.FETCHED


def test_cancel_in_the_status_bar_stops_the_fetch_and_changes_nothing(qtbot, storage):
    from ui.telegram_panel import TelegramPanel

    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("rival_news", "Rival news")
    channel.add_posts(30, newest_at=NOW - timedelta(hours=1), spacing=timedelta(hours=8))
    quote = add_quote(storage, "@rival_news", reach=700)
    telegram = signed_in(qtbot, storage, client, sleep=lambda s: asyncio.sleep(0.005))
    window = open_window(qtbot, storage, telegram)
    panel = window.findChild(TelegramPanel)
    client.fail(FULL_CHANNEL, flood_wait(600))  # a long wait: the user gives up
    book = window.pricebook
    select(book, quote.id)

    qtbot.mouseClick(book.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.cancel_button.isVisible, timeout=3000)
    assert not book.fetch_button.isEnabled()  # one fetch at a time
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not book.fetching and book._fetch_task is None, timeout=3000)

    assert "cancelled" in window.statusBar().currentMessage()
    assert storage.quotes.get(quote.id).reach == 700
    assert book.fetch_button.isEnabled()


def test_without_telegram_the_action_is_disabled_and_says_why(qtbot, storage, tmp_path):
    quote = add_quote(storage, "@rival_news")
    demo = open_window(qtbot, storage, None)
    select(demo.pricebook, quote.id)
    assert not demo.pricebook.fetch_button.isEnabled()
    assert "demo" in demo.pricebook.fetch_action.toolTip()
    assert not demo.pricebook.track_action.isEnabled()

    client = FakeTelegramClient(authorized=False)
    telegram = fake_service(storage, client, clock=lambda: NOW)
    window = open_window(qtbot, storage, telegram)
    select(window.pricebook, quote.id)
    assert not window.pricebook.fetch_button.isEnabled()
    assert "Sign in to Telegram" in window.pricebook.fetch_button.toolTip()

    # signing in enables it without touching the selection
    client.authorized = True
    task = asyncio.ensure_future(telegram.connect())
    qtbot.waitUntil(task.done, timeout=3000)
    qtbot.waitUntil(window.pricebook.fetch_button.isEnabled, timeout=1000)


def test_a_channel_without_username_or_telegram_id_cannot_be_fetched(qtbot, storage):
    quote = add_quote(storage, "Some channel by title")
    window = open_window(
        qtbot, storage, signed_in(qtbot, storage, FakeTelegramClient(authorized=True))
    )
    select(window.pricebook, quote.id)
    assert not window.pricebook.fetch_button.isEnabled()
    assert "no @username" in window.pricebook.fetch_button.toolTip()


def test_track_this_channel_on_a_row_is_saved_and_shown_checked(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("rival_news", "Rival news").add_posts(4)
    quote = add_quote(storage, "@rival_news")
    other = add_quote(storage, "@someone_else")
    window = open_window(qtbot, storage, signed_in(qtbot, storage, client))
    book = window.pricebook
    assert book.track_action in book.table.actions()  # in the row's context menu
    select(book, quote.id)
    assert book.track_action.isEnabled() and not book.track_action.isChecked()

    book.track_action.trigger()
    assert [c.username for c in storage.channels.tracked()] == ["rival_news"]
    assert "Tracking @rival_news" in window.statusBar().currentMessage()
    select(book, other.id)
    assert not book.track_action.isChecked()
    select(book, quote.id)
    assert book.track_action.isChecked()

    book.track_action.trigger()
    assert storage.channels.tracked() == []
