"""The Telegram panel mounted in a window: status bar, menu, sign-in to sync, flood wait, cancel."""

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fake_telegram import FakeTelegramClient, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from telethon.tl import functions

from storage import Storage, open_database
from storage.models import Post, ViewSnapshot
from tgclient.service import State, SyncSettings
from ui.dialogs import DialogService
from ui.services import Services
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
    services = Services(storage=storage, database_label="test", telegram=service, dialogs=Answers())
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
    assert menu_texts(panel) == ["Sign in…", "Choose my channel…", "Refresh now", "Log out"]
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
    assert not panel.cancel_button.isVisible()
    assert panel.refresh_action.isEnabled()


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
    from ui.mychannel_view import MyChannelArea

    settings = SyncSettings(history_days=30, max_posts=None, views_window_days=30)
    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", subscribers=8000, admin=True)
    channel.views_step = 40
    channel.add_posts(
        60, newest_at=datetime.now(UTC) - timedelta(hours=1), spacing=timedelta(hours=6)
    )
    service = fake_service(storage, client, settings)
    services = Services(storage=storage, database_label="test", telegram=service, dialogs=Answers())
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

    area = window.findChild(MyChannelArea)
    area.reload()
    assert area.name.text() == "@my_channel"
    assert area.subscribers.text() == "8000"
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
    qtbot.wait(20)  # the deferred start runs: it must not build a client
    assert window.services.telegram.state == State.NOT_CONFIGURED
    assert not window.services.telegram.session_file.exists()
