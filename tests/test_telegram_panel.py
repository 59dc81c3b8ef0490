"""The Telegram panel mounted in a window: status bar, menu, sign-in to sync, flood wait, cancel."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fake_telegram import FakeTelegramClient, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from telethon import errors
from telethon.tl import functions
from ui_helpers import services_for

from storage import Storage, open_database
from storage.models import Post, ViewSnapshot
from tgclient.service import State, SyncSettings
from ui.dialogs import DialogService
from ui.formatting import number
from ui.signin_dialog import SignInDialog
from ui.telegram_panel import ChooseChannelDialog, TelegramPanel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]

HISTORY = functions.messages.GetHistoryRequest.__name__


class Answers(DialogService):
    def __init__(self, confirm: bool = True):
        self.answer = confirm
        self.asked: list[str] = []

    def confirm(self, parent, title, text) -> bool:
        self.asked.append(text)
        return self.answer


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.reloads = 0

    def reload(self):
        self.reloads += 1


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    yield Storage(db)
    db.close()


def short_sleep(seconds):
    return asyncio.sleep(0.005)


def mount(qtbot, storage, service, window=None):
    window = window or Window()
    qtbot.addWidget(window)
    services = services_for(storage, telegram=service, dialogs=Answers())
    panel = TelegramPanel(services, window)
    if hasattr(window, "reload"):
        panel.data_changed.connect(window.reload)
    window.show()
    return window, panel


def choose_own(qtbot, service):
    task = asyncio.ensure_future(service.admin_channels())
    qtbot.waitUntil(task.done, timeout=3000)
    return service.choose_own_channel(task.result()[0])


def menu_texts(panel):
    return [a.text() for a in panel.menu.actions() if not a.isSeparator()]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_demo_mode_says_telegram_is_not_connected(qtbot, storage):
    window, panel = mount(qtbot, storage, None)
    assert panel.status_label.text() == "Demo: Telegram not connected"
    assert menu_texts(panel) == [
        "Sign in…",
        "Choose my channel…",
        "Refresh now",
        "Refresh every",
        "Log out",
        "Forget the API id and hash…",
    ]
    assert not any(a.isEnabled() for a in panel.menu.actions() if not a.isSeparator())
    assert panel.menu.menuAction() in window.menuBar().actions()


def test_sign_in_choose_channel_and_sync_updates_the_window(qtbot, storage):
    client = FakeTelegramClient()
    channel = client.add_channel("my_channel", "My channel", subscribers=3200, admin=True)
    channel.add_posts(450, albums=True)
    client.add_channel("not_mine", "Someone else's", admin=False).add_posts(3)
    service = fake_service(storage, client)
    window, panel = mount(qtbot, storage, service)
    assert panel.status_label.text() == "Telegram: not signed in"
    assert panel.sign_in_action.isEnabled() and not panel.refresh_action.isEnabled()

    panel.sign_in_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.code_page, timeout=3000)
    qtbot.keyClicks(dialog.code_edit, "12345")
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: service.state == State.READY, timeout=3000)
    assert panel.status_label.text() == "Telegram: connected as Ada Admin"
    dialog.accept()

    # with no own channel yet, choosing one comes next
    qtbot.waitUntil(lambda: isinstance(panel.dialog, ChooseChannelDialog), timeout=3000)
    chooser = panel.dialog
    qtbot.waitUntil(lambda: not chooser.loading, timeout=3000)
    assert chooser.list.count() == 1 and "@my_channel" in chooser.list.item(0).text()
    with qtbot.waitSignal(panel.data_changed, timeout=3000):
        chooser.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not service.busy and Post.select().count() == 450, timeout=5000)
    own = storage.channels.own()
    assert own.username == "my_channel" and own.subscribers == 3200
    assert window.reloads >= 2
    assert not panel.progress_bar.isVisible()


def test_flood_wait_shows_a_countdown_and_the_sync_resumes(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", admin=True)
    channel.add_posts(400)
    service = fake_service(storage, client, sleep=short_sleep)
    _window, panel = mount(qtbot, storage, service)
    own = choose_own(qtbot, service)
    client.fail(HISTORY, flood_wait(20), at_call=2)
    seen = []
    service.flood_wait.connect(lambda left: seen.append(panel.status_label.text()))

    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=3000)
    assert "Telegram asks to wait 20 s" in seen[0]
    assert panel.progress_bar.isVisible() and panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)
    assert Post.select().where(Post.channel == own.id).count() == 400
    assert ViewSnapshot.select().count() == 400
    assert service.state == State.READY


def test_cancel_stops_the_sync_and_keeps_what_was_read(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("my_channel", "My channel", admin=True).add_posts(1000)
    service = fake_service(storage, client, sleep=short_sleep)
    _window, panel = mount(qtbot, storage, service)
    choose_own(qtbot, service)
    client.fail(HISTORY, flood_wait(600), at_call=3)  # a long wait: the user gives up

    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: service.state == State.FLOOD_WAIT, timeout=3000)
    qtbot.waitUntil(panel.cancel_button.isVisible, timeout=1000)
    click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: not service.busy and service.state == State.READY, timeout=3000)
    assert Post.select().count() == 200
    # the panel hears of the end on the loop's next turn (slower on a loaded machine)
    qtbot.waitUntil(panel.refresh_action.isEnabled, timeout=3000)
    assert not panel.cancel_button.isVisible()


def test_log_out_asks_first_then_deletes_the_session(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    service = fake_service(storage, client)
    _window, panel = mount(qtbot, storage, service)
    service.session_file.parent.mkdir(parents=True, exist_ok=True)
    service.session_file.write_bytes(b"login")
    task = asyncio.ensure_future(service.connect())
    qtbot.waitUntil(task.done, timeout=3000)
    assert panel.log_out_action.isEnabled()

    panel.services.dialogs.answer = False
    panel.log_out_action.trigger()
    assert service.session_file.exists()

    panel.services.dialogs.answer = True
    panel.log_out_action.trigger()
    qtbot.waitUntil(lambda: not service.session_file.exists(), timeout=3000)
    assert panel.status_label.text() == "Telegram: not signed in"
    assert panel.sign_in_action.isEnabled()


def test_my_channel_in_the_real_window_shows_fetched_data(qtbot, storage):
    from ui.main_window import MainWindow

    settings = SyncSettings(history_days=30, max_posts=None, views_window_days=30)
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", subscribers=8000, admin=True)
    channel.views_step = 40
    channel.add_posts(
        60, newest_at=datetime.now(UTC) - timedelta(hours=1), spacing=timedelta(hours=6)
    )
    service = fake_service(storage, client, settings)
    services = services_for(storage, telegram=service, dialogs=Answers())
    window = MainWindow(services)
    qtbot.addWidget(window)
    panel = TelegramPanel(services, window)
    panel.data_changed.connect(window.reload)
    window.show()

    task = asyncio.ensure_future(service.admin_channels())
    qtbot.waitUntil(task.done, timeout=3000)
    panel._own_channel_chosen(task.result()[0])
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)
    # The menu enables "Refresh now" once the first reading is over; a user clicks it then.
    qtbot.waitUntil(panel.refresh_action.isEnabled, timeout=5000)
    panel.refresh_action.trigger()  # a second reading of every post
    assert service.busy
    qtbot.waitUntil(lambda: not service.busy, timeout=5000)

    area = window.my_channel  # built when first asked for, as when its tab is first shown
    area.reload()
    assert area.name.text() == "@my_channel"
    assert area.subscribers.text() == number(8000)  # grouped the user's way ("8,000")
    assert all(
        len(p.snapshots) == 2 for p in storage.history.post_histories(storage.channels.own().id)
    )


def test_the_app_mounts_the_panel_demo_without_telegram(qtbot, tmp_path):
    import main

    window = main.compose(main.parse_args(["--demo"]), tmp_path)
    qtbot.addWidget(window)
    panel = window.findChild(TelegramPanel)
    assert window.services.telegram is None
    assert panel.status_label.text() == "Demo: Telegram not connected"
    assert not list(tmp_path.rglob("*.session"))


def test_the_app_starts_offline_without_credentials_and_offers_sign_in(qtbot, tmp_path):
    import main

    window = main.compose(main.parse_args(["--db", str(tmp_path / "app.sqlite3")]), tmp_path)
    qtbot.addWidget(window)
    panel = window.findChild(TelegramPanel)
    assert panel.status_label.text() == "Telegram: not set up"
    assert panel.sign_in_action.isEnabled()
    # the deferred start runs to its end: it must not build a client
    qtbot.waitUntil(lambda: panel.start_task is not None and panel.start_task.done(), timeout=3000)
    assert window.services.telegram.state == State.NOT_CONFIGURED
    assert not window.services.telegram.session_file.exists()


def interval_texts(panel):
    return [a.text() for a in panel.interval_menu.actions()]


def checked_interval(panel):
    return next(a.text() for a in panel.interval_menu.actions() if a.isChecked())


def test_refresh_every_is_saved_applied_at_once_and_restored_on_start(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    client.add_channel("my_channel", "My channel", admin=True).add_posts(3)
    service = fake_service(storage, client)
    _window, panel = mount(qtbot, storage, service)
    assert interval_texts(panel) == [
        "30 minutes",
        "1 hour",
        "2 hours (default)",
        "6 hours",
        "12 hours",
        "Off",
    ]
    assert checked_interval(panel) == "2 hours (default)"
    task = asyncio.ensure_future(service.connect())
    qtbot.waitUntil(task.done, timeout=3000)
    service.start_schedule()
    assert service.schedule_active and service.settings.refresh_interval == 7200

    panel.interval_actions[30].trigger()  # Telegram → Refresh every → 30 minutes
    assert checked_interval(panel) == "30 minutes"
    assert service.settings.refresh_interval == 1800 and service.schedule_active

    # the next start: a new service and panel over the same settings file
    restarted = fake_service(storage, client)
    _window2, panel2 = mount(qtbot, storage, restarted)
    assert checked_interval(panel2) == "30 minutes"
    assert restarted.settings.refresh_interval == 1800
    restarted.has_session = lambda: True  # the fake client keeps no session file
    task = asyncio.ensure_future(restarted.start())
    qtbot.waitUntil(task.done, timeout=3000)
    assert restarted.schedule_active

    panel2.interval_actions[0].trigger()  # Off
    assert checked_interval(panel2) == "Off"
    assert restarted.settings.refresh_interval is None and not restarted.schedule_active
    restarted.start_schedule()  # signing in again does not bring it back
    assert not restarted.schedule_active


def test_the_schedule_reads_a_tracked_competitor_with_the_own_channel(qtbot, storage):
    from tgclient.service import SyncSettings

    client = FakeTelegramClient(authorized=True)
    client.add_channel("my_channel", "My channel", admin=True).add_posts(5)
    client.add_channel("rival_news", "Rival news").add_posts(7)
    client.add_channel("ignored_one", "Not tracked").add_posts(9)
    settings = SyncSettings(history_days=None, max_posts=None, views_window_days=None)
    service = fake_service(storage, client, settings)
    _window, panel = mount(qtbot, storage, service)
    choose_own(qtbot, service)
    for name in ("rival_news", "ignored_one"):
        task = asyncio.ensure_future(service.resolve(f"@{name}"))
        qtbot.waitUntil(task.done, timeout=3000)
    rival = storage.channels.find_by_username("rival_news")
    panel.services.pricebook.set_tracked([rival.id], True)  # what "Track this channel" does

    service.set_refresh_interval(0.01)  # a scheduled round comes quickly
    qtbot.waitUntil(lambda: Post.select().count() == 12, timeout=5000)
    service.stop_schedule()
    qtbot.waitUntil(lambda: not service.busy, timeout=3000)
    counts = {
        c.username: Post.select().where(Post.channel == c.id).count()
        for c in storage.channels.all()
    }
    assert counts == {"my_channel": 5, "rival_news": 7, "ignored_one": 0}


def signed_in_panel(qtbot, storage, posts=50):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", admin=True)
    channel.add_posts(posts)
    service = fake_service(storage, client, sleep=short_sleep)
    window, panel = mount(qtbot, storage, service)
    choose_own(qtbot, service)
    qtbot.waitUntil(lambda: service.state == State.READY and not panel.busy, timeout=3000)
    return client, channel, service, window, panel


def test_after_telegram_was_unreachable_refresh_now_reconnects(qtbot, storage):
    client, channel, service, window, panel = signed_in_panel(qtbot, storage)
    client.unreachable = True
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: service.state == State.OFFLINE and not service.busy, timeout=5000)
    assert panel.status_label.text() == "Telegram: not connected"
    assert "could not be reached" in window.statusBar().currentMessage()
    # the session is fine: refresh, not sign in (the panel hears of the end a turn later)
    qtbot.waitUntil(panel.refresh_action.isEnabled, timeout=3000)
    assert not panel.sign_in_action.isEnabled()

    client.unreachable = False
    channel.add_posts(2)
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: service.state == State.READY and not service.busy, timeout=5000)
    assert Post.select().count() == 52
    assert panel.status_label.text() == "Telegram: connected as Ada Admin"


@pytest.mark.parametrize(
    ("request_name", "error", "expected"),
    [
        (HISTORY, errors.ChannelPrivateError(request=None), "@my_channel: the channel is private"),
        (
            functions.messages.GetMessagesViewsRequest.__name__,
            errors.ServerError(request=None, message="INTERNAL", code=500),
            "@my_channel: Telegram had a problem",
        ),
        (
            HISTORY,
            errors.TimedOutError(request=None, message="Timeout", code=-503),
            "@my_channel: Telegram had a problem",
        ),
    ],
)
def test_a_failed_refresh_says_so_and_why(qtbot, storage, request_name, error, expected):
    client, channel, service, window, panel = signed_in_panel(qtbot, storage, posts=120)
    panel.refresh_action.trigger()
    # the action is enabled again once the panel has heard the refresh end
    qtbot.waitUntil(
        lambda: Post.select().count() == 120 and panel.refresh_action.isEnabled(), timeout=5000
    )
    snapshots = ViewSnapshot.select().count()
    channel.add_posts(150)
    client.fail(request_name, error, at_call=client.requests[request_name] + 1)
    window.statusBar().clearMessage()
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: not service.busy and not panel.busy, timeout=5000)
    message = window.statusBar().currentMessage()
    assert message.startswith("The refresh failed.") and expected in message
    assert panel.status_label.text() == "Telegram: connected as Ada Admin"
    assert Post.select().count() >= 120 and ViewSnapshot.select().count() >= snapshots


def test_a_refused_channel_without_a_username_is_asked_to_be_opened_again(qtbot, storage):
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel(None, "My private channel", admin=True)
    channel.add_posts(20)
    service = fake_service(storage, client, sleep=short_sleep)
    window, panel = mount(qtbot, storage, service)
    own = choose_own(qtbot, service)
    qtbot.waitUntil(lambda: panel.refresh_action.isEnabled(), timeout=3000)
    # signed in with another account that has never seen the channel: its hash is refused
    channel.access_hash += 1
    channel.member = False
    window.statusBar().clearMessage()
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: not service.busy and not panel.busy, timeout=5000)
    message = window.statusBar().currentMessage()
    assert message.startswith("The refresh failed.")
    assert "My private channel: needs to be opened again (paste its link" in message
    assert storage.channels.get(own.id).needs_reopen


def test_an_error_the_app_does_not_know_is_named_and_the_other_channels_are_read(qtbot, storage):
    client, _channel, service, window, panel = signed_in_panel(qtbot, storage, posts=20)
    rival = client.add_channel("tracked_rival", "Rival")
    rival.add_posts(7)
    tracked = storage.channels.get_or_create("@tracked_rival")
    storage.channels.update(tracked.id, tracked=True)
    name = functions.channels.GetFullChannelRequest.__name__
    unknown = errors.BadRequestError(request=None, message="SOMETHING_NEW_INVALID")
    client.fail(name, unknown, at_call=client.requests[name] + 1)
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: not service.busy and not panel.busy, timeout=5000)
    message = window.statusBar().currentMessage()
    assert "@my_channel: Telegram answered SOMETHING_NEW_INVALID" in message
    assert Post.select().where(Post.channel == tracked.id).count() == 7


def test_a_catch_up_cut_by_the_post_limit_says_how_much_it_left_out(qtbot, storage):
    settings = SyncSettings(history_days=None, max_posts=300, views_window_days=None)
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", admin=True)
    channel.add_posts(100)
    service = fake_service(storage, client, settings, sleep=short_sleep)
    window, panel = mount(qtbot, storage, service)
    choose_own(qtbot, service)
    panel.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: Post.select().count() == 100 and panel.refresh_action.isEnabled(), timeout=5000
    )
    channel.add_posts(1000)  # a long absence
    panel.refresh_action.trigger()
    qtbot.waitUntil(lambda: not service.busy and not panel.busy, timeout=5000)
    assert window.statusBar().currentMessage() == (
        "@my_channel: up to 700 older posts were left out (a channel keeps its newest 300 posts)."
    )
    assert Post.select().count() == 400


def test_forgetting_the_api_pair_logs_out_and_deletes_it_from_this_computer(qtbot, storage):
    from tgclient.credentials import ApiCredentials, credentials_path, save_credentials

    _client, _channel, service, _window, panel = signed_in_panel(qtbot, storage)
    save_credentials(ApiCredentials(1, "0" * 32, "typed"))  # as "Remember" in the sign-in
    panel._update_actions()
    assert credentials_path().exists() and panel.forget_action.isEnabled()
    posts_before = Post.select().count()

    panel.services.dialogs.answer = False
    panel.forget_action.trigger()  # the user changes their mind: nothing happens
    assert credentials_path().exists() and service.signed_in

    panel.services.dialogs.answer = True
    panel.forget_action.trigger()
    qtbot.waitUntil(lambda: service.state == State.NOT_CONFIGURED, timeout=5000)
    assert not credentials_path().exists() and not service.has_session()
    assert "delete the saved API id and hash" in panel.services.dialogs.asked[-1]
    qtbot.waitUntil(lambda: not panel.forget_action.isEnabled(), timeout=3000)
    assert panel.sign_in_action.isEnabled()
    assert Post.select().count() == posts_before  # everything fetched stays
