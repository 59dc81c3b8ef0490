"""Telegram in the main window: a status-bar widget and a "Telegram" menu.

``TelegramPanel(services, window)`` mounts itself: a permanent status widget (connected / not
connected / flood-wait countdown / progress with Cancel) and a menu with Sign in…, Choose my
channel…, Refresh now, Refresh every (the schedule; saved in the settings) and Log out. It emits
``data_changed`` after a sync stored something, so the window can re-read its data. With
``services.telegram`` None (demo mode) it only says so.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tgclient import errors
from tgclient.errors import TelegramError
from tgclient.service import Phase, Progress, State, SyncReport
from ui import settings as opt
from ui.signin_dialog import SignInDialog
from ui.telegram_texts import channel_failure_text, format_wait, telegram_error_text
from ui.workers import when_task_ends

#: The choices of Telegram → Refresh every, in minutes (0: off).
REFRESH_CHOICES = (30, 60, 120, 360, 720, 0)


class ChooseChannelDialog(QDialog):
    """Pick the own channel from the channels the signed-in account administers."""

    chosen = Signal(object)  # tgclient.records.ChannelInfo

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Choose my channel"))
        self.setMinimumWidth(380)
        self.status_label = QLabel(self.tr("Loading the channels you administer…"))
        self.status_label.setWordWrap(True)
        self.list = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        self.list.currentRowChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._update_ok()
        self._loading = True
        self._task = asyncio.ensure_future(self.service.admin_channels())
        when_task_ends(self._task, self, self._show_channels, self._load_failed, self._loaded)

    def _loaded(self) -> None:
        self._loading = False

    def _load_failed(self, error: BaseException) -> None:
        self._loaded()
        if not isinstance(error, TelegramError):  # logged by when_task_ends
            error = errors.UnexpectedError(type(error).__name__)
        self.status_label.setText(telegram_error_text(error))

    def _show_channels(self, channels) -> None:
        self._loaded()
        if not channels:
            self.status_label.setText(
                self.tr("This account administers no channels. Create one or ask to be made admin.")
            )
            return
        self.status_label.setText(self.tr("Your channels:"))
        for info in channels:
            text = info.title
            if info.username:
                text += f"  (@{info.username})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    @property
    def loading(self) -> bool:
        """Whether the list is still being read (or its end not shown yet)."""
        return self._loading

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def done(self, result: int) -> None:
        self._task.cancel()
        super().done(result)


class TelegramPanel(QObject):
    """Mounts the Telegram status widget and menu into ``window``; see the module docstring."""

    data_changed = Signal()
    state_changed = Signal(str)

    def __init__(self, services, window: QMainWindow):
        super().__init__(window)
        self.services = services
        self.service = services.telegram
        self.window = window
        self._dialog: QDialog | None = None
        self._tasks: set[asyncio.Task] = set()
        self.start_task: asyncio.Task | None = None  # the deferred start, once it runs

        self.status_widget = QWidget()
        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self.status_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        self._show_progress(False)
        window.statusBar().addPermanentWidget(self.status_widget)

        self.menu = window.menuBar().addMenu(self.tr("&Telegram"))
        self.sign_in_action = self.menu.addAction(self.tr("Sign in…"))
        self.choose_channel_action = self.menu.addAction(self.tr("Choose my channel…"))
        self.refresh_action = self.menu.addAction(self.tr("Refresh now"))
        self.interval_menu = self.menu.addMenu(self.tr("Refresh every"))
        self.interval_menu.setToolTipsVisible(True)
        self.interval_group = QActionGroup(self)
        self.interval_actions: dict[int, object] = {}
        for minutes in REFRESH_CHOICES:
            action = self.interval_menu.addAction(self._interval_text(minutes))
            action.setCheckable(True)
            action.setData(minutes)
            self.interval_group.addAction(action)
            self.interval_actions[minutes] = action
        self.interval_group.triggered.connect(lambda a: self.set_refresh_minutes(a.data()))
        self.menu.addSeparator()
        self.log_out_action = self.menu.addAction(self.tr("Log out"))
        self.forget_action = self.menu.addAction(self.tr("Forget the API id and hash…"))
        self.forget_action.triggered.connect(self.forget_credentials)
        self.sign_in_action.triggered.connect(self.sign_in)
        self.choose_channel_action.triggered.connect(self.choose_channel)
        self.refresh_action.triggered.connect(self.refresh)
        self.log_out_action.triggered.connect(self.log_out)
        # the saved interval, applied before the schedule first starts
        self.set_refresh_minutes(opt.TELEGRAM_REFRESH_MINUTES.read(services.settings), save=False)

        if self.service is None:
            self.status_label.setText(self.tr("Demo: Telegram not connected"))
            for action in self.menu.actions():
                action.setEnabled(False)
            return

        self.service.state_changed.connect(self._on_state)
        self.service.progress.connect(self._on_progress)
        self.service.flood_wait.connect(self._on_flood_wait)
        self.service.synced.connect(self._on_synced)
        self.service.failed.connect(self._on_sync_failed)
        self.service.idle.connect(self._update_actions)
        self._on_state(self.service.state)
        # connect a saved session once the qasync loop runs (never during start-up itself)
        QTimer.singleShot(0, self._start)

    # --- actions -----------------------------------------------------------------------------

    def sign_in(self) -> None:
        dialog = SignInDialog(self.service, self.window)
        dialog.signed_in.connect(self._after_sign_in)
        self._open(dialog)

    def choose_channel(self) -> None:
        dialog = ChooseChannelDialog(self.service, self.window)
        dialog.chosen.connect(self._own_channel_chosen)
        self._open(dialog)

    def set_refresh_minutes(self, minutes: int, save: bool = True) -> None:
        """Refresh the own channel and tracked competitors every ``minutes`` (0: never)."""
        if minutes not in self.interval_actions:
            minutes = opt.TELEGRAM_REFRESH_MINUTES.default
        self.interval_actions[minutes].setChecked(True)
        if save:
            opt.TELEGRAM_REFRESH_MINUTES.write(self.services.settings, minutes)
            self.services.settings.sync()
        if self.service is not None:
            self.service.set_refresh_interval(minutes * 60 if minutes else None)

    def _interval_text(self, minutes: int) -> str:
        texts = {
            30: self.tr("30 minutes"),
            60: self.tr("1 hour"),
            120: self.tr("2 hours (default)"),
            360: self.tr("6 hours"),
            720: self.tr("12 hours"),
            0: self.tr("Off"),
        }
        return texts[minutes]

    def refresh(self) -> None:
        if self.service is not None and not self.service.busy:
            self._track(self.service.start_sync())

    def cancel(self) -> None:
        if self.service is not None:
            self._spawn(self.service.cancel())

    def log_out(self) -> None:
        confirmed = self.services.dialogs.confirm(
            self.window,
            self.tr("Log out of Telegram"),
            self.tr(
                "Log out of Telegram on this computer? The session file is deleted; "
                "everything already fetched stays."
            ),
        )
        if confirmed:
            self._spawn(self.service.log_out())

    def forget_credentials(self) -> None:
        """Log out and delete the saved API id / hash from this computer (a shared PC, a pair
        the user wants to replace); the price book and everything fetched stay."""
        confirmed = self.services.dialogs.confirm(
            self.window,
            self.tr("Forget the API id and hash"),
            self.tr(
                "Log out of Telegram and delete the saved API id and hash from this computer? "
                "Signing in again asks for them; everything already fetched stays."
            ),
        )
        if confirmed:
            self._spawn(self._forget())

    async def _forget(self) -> None:
        await self.service.log_out()
        self.service.forget_credentials()

    # --- reactions to the service --------------------------------------------------------------

    def _start(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # rendering a screenshot: no loop, no network
            return
        self.start_task = self._spawn(self.service.start())

    def _after_sign_in(self, _name: str) -> None:
        self._update_actions()
        if self.services.storage.channels.own() is None:
            # the natural next step; the user can cancel it
            QTimer.singleShot(0, self.choose_channel)
        else:
            self.refresh()

    def _own_channel_chosen(self, info) -> None:
        own = self.service.choose_own_channel(info)
        self.data_changed.emit()
        if not self.service.busy:
            self._track(self.service.start_sync([own.id]))

    def _on_state(self, state: State) -> None:
        texts = {
            State.NOT_CONFIGURED: self.tr("Telegram: not set up"),
            State.SIGNED_OUT: self.tr("Telegram: not signed in"),
            State.CONNECTING: self.tr("Telegram: connecting…"),
            State.OFFLINE: self.tr("Telegram: not connected"),
            State.SYNCING: self.tr("Telegram: reading…"),
            State.FLOOD_WAIT: self.tr("Telegram: waiting"),
        }
        if state == State.READY:
            account = self.service.account
            text = (
                self.tr("Telegram: connected as %1").replace("%1", account.name)
                if account
                else self.tr("Telegram: connected")
            )
        else:
            text = texts[state]
        self.status_label.setText(text)
        self._show_progress(state in (State.SYNCING, State.FLOOD_WAIT))
        self._update_actions()
        self.state_changed.emit(str(state))

    def _on_progress(self, progress: Progress) -> None:
        labels = {
            Phase.SUBSCRIBERS: self.tr("Subscribers of %1"),
            Phase.POSTS: self.tr("Posts of %1"),
            Phase.VIEWS: self.tr("Views of %1"),
        }
        self.status_label.setText(labels[progress.phase].replace("%1", progress.channel))
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(min(progress.done, progress.total))
            self.progress_bar.setFormat("%v / %m")
        else:
            self.progress_bar.setRange(0, 0)  # busy indicator until the total is known

    def _on_flood_wait(self, seconds_left: int) -> None:
        if seconds_left > 0:
            self.status_label.setText(
                self.tr("Telegram asks to wait %1; the fetch resumes by itself").replace(
                    "%1", format_wait(seconds_left)
                )
            )

    def _on_synced(self, report: SyncReport) -> None:
        if report.new_posts or report.view_readings or report.subscribers is not None:
            self.data_changed.emit()
        if report.skipped_ids:
            self.window.statusBar().showMessage(self._skipped_text(report), 30000)

    def _skipped_text(self, report: SyncReport) -> str:
        """A catch-up that stopped at the history window says what it left out."""
        settings = self.service.settings
        locale = QLocale()
        if report.skip_reason == "date":
            text = self.tr("%1: up to %2 posts older than %3 days were left out.")
            bound = settings.history_days
        else:
            text = self.tr(
                "%1: up to %2 older posts were left out (a channel keeps its newest %3 posts)."
            )
            bound = settings.max_posts
        return (
            text.replace("%1", report.channel)
            .replace("%2", locale.toString(report.skipped_ids))
            .replace("%3", locale.toString(bound or 0))
        )

    def _on_failed(self, error: TelegramError) -> None:
        self.window.statusBar().showMessage(telegram_error_text(error), 15000)

    def _on_sync_failed(self, error: TelegramError) -> None:
        """A refresh stopped or skipped channels: say so and why; stored data stays."""
        if isinstance(error, errors.SyncFailed):
            reason = "; ".join(
                f"{name}: {channel_failure_text(failure)}" for name, failure in error.failures
            )
        else:
            reason = telegram_error_text(error)
        self.window.statusBar().showMessage(
            self.tr("The refresh failed. %1").replace("%1", reason), 30000
        )

    # --- helpers -------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        state = self.service.state
        signed_in = state in (State.READY, State.SYNCING, State.FLOOD_WAIT)
        # offline with a saved session: the session is fine, only the network is not
        session_kept = state in (State.OFFLINE, State.CONNECTING) and (
            self.service.signed_in or self.service.has_session()
        )
        self.sign_in_action.setEnabled(not signed_in and not session_kept)
        self.choose_channel_action.setEnabled(state == State.READY)
        self.refresh_action.setEnabled(
            (state == State.READY or session_kept) and not self.service.busy
        )
        self.log_out_action.setEnabled(signed_in or self.service.has_session())
        credentials = self.service.credentials()
        self.forget_action.setEnabled(
            credentials is not None and credentials.source != "environment"
        )

    def _show_progress(self, visible: bool) -> None:
        self.progress_bar.setVisible(visible)
        self.cancel_button.setVisible(visible)

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # never exec(): Telethon's tasks keep running meanwhile

    @property
    def dialog(self) -> QDialog | None:
        """The dialog the panel opened last (while it is open)."""
        with contextlib.suppress(RuntimeError):  # deleted on close
            if self._dialog is not None and self._dialog.isVisible():
                return self._dialog
        return None

    def _spawn(self, coroutine) -> asyncio.Task:
        task = asyncio.ensure_future(coroutine)
        self._track(task)
        return task

    def _track(self, task: asyncio.Task) -> None:
        self._tasks.add(task)

        def ended(*_result) -> None:
            self._tasks.discard(task)
            self._update_actions()

        def failed(error: BaseException) -> None:
            if isinstance(error, TelegramError):  # any other error is in the log
                self._on_failed(error)
            ended()

        when_task_ends(task, self, ended, failed, ended)

    @property
    def busy(self) -> bool:
        """Whether a task the panel started runs or its end has not been shown yet."""
        return bool(self._tasks)
