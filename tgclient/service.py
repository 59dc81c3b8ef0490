"""The Telegram service: sign-in, resolving channels, fetching posts, views and subscribers.

Qt-free and Telethon-free: it talks to a :class:`~tgclient.gateway.TelegramGateway` built lazily
by a factory (so importing Telethon stays off the start-up path) and writes through ``Storage``.
Work runs as asyncio tasks on the application's loop; listeners report state, progress and flood
waits, which the UI turns into Qt signals.

Limits and failures are handled here, once: a flood wait longer than Telethon's
``flood_sleep_threshold`` shows a countdown and the fetch resumes by itself; a dropped connection
is retried with backoff; every page is stored in its own transaction together with the message
ids it covered (``tgclient.coverage``), so a cancelled or interrupted fetch leaves a consistent
database and the next one fills exactly what is missing, without duplicates.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from peewee import chunked

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage.clock import utc_now
from storage.fileperms import tighten_file
from storage.logfile import remember_secret
from storage.records import ChannelRecord
from storage.repositories import Storage
from tgclient import session as sessions
from tgclient.access import resolve_again
from tgclient.coverage import CatchUpResult, HistoryCatchUp, Window
from tgclient.credentials import (
    ApiCredentials,
    CredentialsError,
    delete_credentials,
    load_credentials,
    save_credentials,
)
from tgclient.errors import (
    ChannelAccessInvalid,
    ChannelNotFound,
    ConnectionFailed,
    FloodWait,
    NeedsReopen,
    NotAuthorized,
    NotConfigured,
    PhoneInvalid,
    SyncFailed,
    TelegramError,
    UnexpectedError,
    UsernameInvalid,
)
from tgclient.records import Account, ChannelInfo, ChannelPeer

log = logging.getLogger(__name__)

T = TypeVar("T")

VIEWS_PER_CALL = 100


@dataclass(frozen=True)
class SyncSettings:
    # scheduled refresh while the app is open, in seconds; None: no scheduled refresh
    refresh_interval: float | None = 2 * 3600
    # the history window of every refresh: posts this young, and a channel's newest this many
    history_days: int | None = 90
    max_posts: int | None = 3000
    views_window_days: int | None = 30  # known posts this young get a fresh view reading
    # newest history pages re-read at every refresh: new posts, and the reactions, forwards,
    # edits and deletions of recent ones (a views request carries no reactions)
    recent_pages: int = 1
    connect_timeout: float = 15.0
    flood_sleep_threshold: int = 5  # shorter waits are slept silently by Telethon
    reconnect_delays: tuple[float, ...] = (1, 2, 4, 8, 16, 32)


class State(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no API id / hash yet
    SIGNED_OUT = "signed_out"  # configured, no (valid) session
    CONNECTING = "connecting"
    OFFLINE = "offline"  # Telegram unreachable; stored data still works
    READY = "ready"  # signed in and idle
    SYNCING = "syncing"
    FLOOD_WAIT = "flood_wait"


class Phase(StrEnum):
    SUBSCRIBERS = "subscribers"
    POSTS = "posts"
    VIEWS = "views"


@dataclass(frozen=True)
class Progress:
    channel: str
    phase: Phase
    done: int
    total: int | None  # None: not known yet


@dataclass
class SyncReport:
    channel_id: int
    channel: str
    new_posts: int = 0
    view_readings: int = 0
    subscribers: int | None = None
    cancelled: bool = False
    deleted: int = 0  # posts found deleted on Telegram (no longer asked for)
    # message ids between the window's edge and older stored posts that were left out (an upper
    # bound on the posts: service messages and deleted posts have ids too); why: "date"/"limit"
    skipped_ids: int = 0
    skip_reason: str | None = None


class Listeners:
    """A list of callbacks: the Qt-free stand-in for a signal."""

    def __init__(self) -> None:
        self._callbacks: list[Callable] = []

    def connect(self, callback: Callable) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable) -> None:
        with contextlib.suppress(ValueError):
            self._callbacks.remove(callback)

    def emit(self, *args) -> None:
        for callback in list(self._callbacks):
            callback(*args)


GatewayFactory = Callable[[ApiCredentials, Path, SyncSettings], object]

_PHONE_NOISE = re.compile(r"[\s\-().]")


def normalise_phone(text: str) -> str:
    """ "+7 (999) 123-45-67" → "+79991234567"; raises :class:`PhoneInvalid` if it cannot be one."""
    phone = _PHONE_NOISE.sub("", text or "")
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    digits = phone.removeprefix("+")
    if not digits.isdigit() or not 7 <= len(digits) <= 15:
        raise PhoneInvalid(text)
    return "+" + digits


class TelegramService:
    """Everything the UI asks of Telegram. One instance per app, built in ``main.compose``."""

    def __init__(
        self,
        storage: Storage,
        gateway_factory: GatewayFactory,
        settings: SyncSettings | None = None,
        *,
        data_folder: Path | None = None,
        clock: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.storage = storage
        self.settings = settings or SyncSettings()
        self._factory = gateway_factory
        self._data_folder = data_folder
        self._clock = clock
        self._sleep = sleep
        self._gateway = None
        self._connected = False
        self._credentials: ApiCredentials | None = None
        self.credentials_problem: str | None = None
        self.state = State.NOT_CONFIGURED
        self.account: Account | None = None
        self._phone: str | None = None
        self._phone_code_hash: str | None = None
        self._sync_task: asyncio.Task | None = None
        self._schedule_task: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        # listeners
        self.state_changed = Listeners()  # (State)
        self.progress = Listeners()  # (Progress)
        self.flood_wait = Listeners()  # (seconds_left: int); 0 when the wait is over
        self.synced = Listeners()  # (SyncReport) after each channel, also a cancelled one
        self.failed = Listeners()  # (TelegramError) a background sync stopped on this error
        self.idle = Listeners()  # () the background task ended (done, failed or cancelled)
        self._refresh_state_offline()

    # --- configuration ---------------------------------------------------------------------

    @property
    def session_file(self) -> Path:
        return sessions.session_path(self._data_folder)

    def credentials(self) -> ApiCredentials | None:
        """The API id / hash in use (typed this run, environment, or saved), or None."""
        if self._credentials is None:
            try:
                self._credentials = load_credentials(self._data_folder)
                self.credentials_problem = None
            except CredentialsError as error:
                self.credentials_problem = str(error)
        return self._credentials

    def set_credentials(self, credentials: ApiCredentials, remember: bool = True) -> None:
        """Use this API pair from now on; ``remember`` saves it (0600) for the next start."""
        if remember and credentials.source != "environment":
            save_credentials(credentials, self._data_folder)
        self._credentials = credentials
        self.credentials_problem = None
        self._drop_gateway()
        self._refresh_state_offline()

    def forget_credentials(self) -> None:
        delete_credentials(self._data_folder)
        self._credentials = None
        self._drop_gateway()
        self._refresh_state_offline()

    def has_session(self) -> bool:
        return sessions.has_session(self.session_file)

    def _refresh_state_offline(self) -> None:
        if self.credentials() is None:
            self._set_state(State.NOT_CONFIGURED)
        elif not self._connected:
            self._set_state(State.SIGNED_OUT if not self.has_session() else State.OFFLINE)

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    @property
    def busy(self) -> bool:
        return self._sync_task is not None and not self._sync_task.done()

    @property
    def signed_in(self) -> bool:
        return self.account is not None

    # --- connection ------------------------------------------------------------------------

    def gateway(self):
        """The signed-in gateway, for Telegram features the service itself does not cover
        (the own channel's statistics in ``tgclient.stats``)."""
        return self._get_gateway()

    def _get_gateway(self):
        if self._gateway is None:
            credentials = self.credentials()
            if credentials is None:
                raise NotConfigured(self.credentials_problem or "no API id / hash")
            self._gateway = self._factory(credentials, self.session_file, self.settings)
        return self._gateway

    def _drop_gateway(self) -> None:
        gateway, self._gateway = self._gateway, None
        self._connected = False
        self.account = None
        if gateway is not None:
            with contextlib.suppress(RuntimeError):  # no running loop: nothing to close
                asyncio.get_running_loop().create_task(gateway.disconnect())

    async def connect(self) -> bool:
        """Connect (time-bounded); returns whether the session is signed in."""
        gateway = self._get_gateway()
        if not self._connected:
            self._set_state(State.CONNECTING)
            try:
                await gateway.connect()
            except TelegramError:
                self._set_state(State.OFFLINE)
                raise
            self._connected = True
        try:
            authorized = await gateway.is_authorized()
            if authorized and self.account is None:
                self.account = await gateway.account()
        except NotAuthorized:
            authorized = False
        except ConnectionFailed:
            self._connected = False
            self._set_state(State.OFFLINE)
            raise
        if not authorized:
            self.account = None
        self._set_state(State.READY if authorized else State.SIGNED_OUT)
        return authorized

    async def start(self) -> None:
        """At app start: reconnect a saved session and start the scheduled refresh.

        Without credentials or a session nothing touches the network; the app works offline.
        """
        if self.credentials() is None or not self.has_session():
            self._refresh_state_offline()
            return
        try:
            if await self.connect():
                self.start_schedule()
        except ConnectionFailed as error:
            # the session is still there: the schedule's next round tries again
            log.info("Telegram not reachable at start: %s", type(error).__name__)
            self.start_schedule()
        except TelegramError as error:
            log.info("Telegram not reachable at start: %s", type(error).__name__)

    async def close(self) -> None:
        self.stop_schedule()
        await self.cancel()
        if self._gateway is not None:
            await self._gateway.disconnect()
        self._connected = False

    # --- sign-in ---------------------------------------------------------------------------

    async def send_code(self, phone: str) -> None:
        """Ask Telegram to send a login code to ``phone`` (in the app, or by SMS)."""
        phone = normalise_phone(phone)
        remember_secret(phone)  # never in the log, however an error quotes it
        await self.connect()
        self._phone_code_hash = await self._get_gateway().send_code(phone)
        self._phone = phone

    async def resend_code(self) -> None:
        if self._phone is None:
            raise PhoneInvalid("no phone number yet")
        self._phone_code_hash = await self._get_gateway().send_code(self._phone)

    async def sign_in_code(self, code: str) -> Account:
        """Sign in with the code; raises :class:`PasswordNeeded` when 2FA is on."""
        if self._phone is None or self._phone_code_hash is None:
            raise PhoneInvalid("request a code first")
        code = re.sub(r"\D", "", code or "")
        remember_secret(code)
        account = await self._get_gateway().sign_in_code(self._phone, code, self._phone_code_hash)
        return self._on_signed_in(account)

    async def sign_in_password(self, password: str) -> Account:
        remember_secret(password)
        account = await self._get_gateway().sign_in_password(password)
        return self._on_signed_in(account)

    async def qr_login(self) -> ServiceQrLogin:
        await self.connect()
        return ServiceQrLogin(self, await self._get_gateway().qr_login())

    def _on_signed_in(self, account: Account) -> Account:
        self.account = account
        self._phone = self._phone_code_hash = None
        tighten_file(self.session_file)
        self._set_state(State.READY)
        self.start_schedule()
        return account

    async def log_out(self) -> None:
        """End the session on Telegram (if reachable) and delete the session file. Data stays."""
        self.stop_schedule()
        await self.cancel()
        gateway = self._gateway
        if gateway is not None:
            try:
                if self._connected:
                    await gateway.log_out()
            except TelegramError as error:
                log.info("Log out on Telegram failed: %s", type(error).__name__)
            await gateway.disconnect()
        self._gateway = None
        self._connected = False
        self.account = None
        sessions.delete_session(self.session_file)
        self._refresh_state_offline()

    # --- channels --------------------------------------------------------------------------

    async def admin_channels(self) -> list[ChannelInfo]:
        """Channels the signed-in account administers (to pick the own channel from)."""
        await self._ensure_ready()
        return await self._call(self._get_gateway().admin_channels)

    def choose_own_channel(self, channel: ChannelInfo) -> ChannelRecord:
        record = self.storage.channels.upsert_telegram(
            channel.telegram_id,
            channel.access_hash,
            channel.username,
            channel.title,
            channel.subscribers,
        )
        return self.storage.channels.set_own(record.id)

    async def resolve(self, text: str) -> ChannelRecord:
        """A channel from anything ``parse_channel_ref`` accepts, stored with id and access hash.

        A username already stored with its id is not resolved again (repeated resolving is what
        Telegram punishes with flood waits).
        """
        try:
            ref = parse_channel_ref(text)
        except InputError as error:
            raise UsernameInvalid(str(error)) from None
        stored = None
        if ref.kind == "username":
            stored = self.storage.channels.find_by_username(ref.value)
        elif ref.kind == "channel_id":
            stored = self._stored_by_telegram_id(int(ref.value))
        elif ref.kind == "invite":  # remembered like a username: not checked again
            channel_id = self.storage.sync_state.channel_by_invite_hash(ref.value)
            stored = self.storage.channels.get(channel_id) if channel_id else None
        if (
            stored is not None
            and stored.telegram_id
            and stored.access_hash
            and not stored.needs_reopen
        ):
            return stored
        await self._ensure_ready()
        info = await self._call(lambda: self._get_gateway().resolve(ref))
        record = self.storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )
        if ref.kind == "invite":
            self.storage.sync_state.remember_invite(record.id, ref.value)
            record = self.storage.channels.get(record.id)
        return record

    def _stored_by_telegram_id(self, telegram_id: int) -> ChannelRecord | None:
        return self.storage.channels.find_by_telegram_id(telegram_id)

    async def fetch_public(
        self, text: str, progress: Callable[[Progress], None] | None = None
    ) -> SyncReport:
        """Resolve a competitor's channel and read its recent posts, views and subscribers.

        For the price book and the vetting screen; the channel is stored but not tracked.
        """
        channel = await self.resolve(text)
        return await self.sync_channel(channel.id, progress)

    # --- fetching --------------------------------------------------------------------------

    async def sync_channel(
        self,
        channel_id: int,
        progress: Callable[[Progress], None] | None = None,
        *,
        limits: SyncSettings | None = None,
    ) -> SyncReport:
        """Subscribers, new posts (with a view reading each), and fresh views of known posts.

        ``limits`` replaces the service's history and views windows for this channel only (the
        niche builder reads many competitors with a small budget of requests each).
        """
        await self._ensure_ready()
        async with self._lock:
            channel = self.storage.channels.get(channel_id)
            if channel is None:
                raise ChannelNotFound(str(channel_id))
            report = SyncReport(channel.id, channel.display_name)
            previous = self.state
            self._set_state(State.SYNCING)
            try:
                channel = await self._ensure_peer(channel)
                try:
                    await self._read_channel(channel, report, progress, limits)
                except ChannelAccessInvalid:
                    # the stored access hash is another account's: find the channel once more
                    channel = await self._resolve_again(channel)
                    await self._read_channel(channel, report, progress, limits)
            except asyncio.CancelledError:
                report.cancelled = True
                raise
            finally:
                if self.state in (State.SYNCING, State.FLOOD_WAIT):
                    self._set_state(previous if previous != State.SYNCING else State.READY)
                self.synced.emit(report)
            return report

    async def _read_channel(
        self, channel: ChannelRecord, report: SyncReport, progress, limits=None
    ) -> None:
        peer = ChannelPeer(channel.telegram_id, channel.access_hash)
        report.subscribers = await self._fetch_subscribers(channel, peer, progress)
        fetched = await self._fetch_new_posts(channel, peer, report, progress, limits)
        await self._refresh_views(channel, peer, report, progress, exclude=fetched, limits=limits)

    async def _resolve_again(self, channel: ChannelRecord) -> ChannelRecord:
        return await resolve_again(
            self.storage, channel, lambda ref: self._call(lambda: self._get_gateway().resolve(ref))
        )

    async def refresh_views(
        self, channel_id: int, progress: Callable[[Progress], None] | None = None
    ) -> SyncReport:
        """Only a fresh view reading of the channel's known posts (within the views window)."""
        await self._ensure_ready()
        async with self._lock:
            channel = await self._ensure_peer(self.storage.channels.get(channel_id))
            report = SyncReport(channel.id, channel.display_name)
            try:
                peer = ChannelPeer(channel.telegram_id, channel.access_hash)
                await self._refresh_views(channel, peer, report, progress, exclude=set())
            finally:
                self.synced.emit(report)
            return report

    async def sync_tracked(self, progress: Callable[[Progress], None] | None = None) -> list:
        """The own channel and every tracked competitor, one after another.

        A channel that cannot be read (private now, banned, renamed, Telegram's own trouble)
        does not stop the others, nor does an error nobody foresaw; afterwards
        :class:`SyncFailed` names each one and why. Losing the session or the connection stops
        the whole round at once.
        """
        reports = []
        failures: list[tuple[str, TelegramError]] = []
        channels = sorted(self.storage.channels.tracked(), key=lambda c: not c.is_own)
        for channel in channels:
            try:
                reports.append(await self.sync_channel(channel.id, progress))
            except (NotAuthorized, ConnectionFailed, NotConfigured):
                raise
            except TelegramError as error:
                log.info("Could not read %s: %s", channel.display_name, type(error).__name__)
                failures.append((channel.display_name, error))
            except Exception as error:  # one channel's surprise never ends the round
                log.exception("Reading %s failed", channel.display_name)
                failures.append((channel.display_name, UnexpectedError(type(error).__name__)))
        if failures:
            raise SyncFailed(failures)
        return reports

    # --- background tasks (what the UI starts and cancels) ---------------------------------

    def start_sync(self, channel_ids: Sequence[int] | None = None) -> asyncio.Task:
        """Run a sync as a task (the tracked channels by default); one at a time."""
        if self.busy:
            return self._sync_task
        self._sync_task = asyncio.get_running_loop().create_task(self._run_sync(channel_ids))
        self._sync_task.add_done_callback(self._task_ended)
        return self._sync_task

    async def _run_sync(self, channel_ids: Sequence[int] | None) -> list[SyncReport]:
        try:
            if channel_ids is None:
                return await self.sync_tracked()
            return [await self.sync_channel(cid) for cid in channel_ids]
        except TelegramError as error:
            self.failed.emit(error)
            return []
        except Exception as error:
            log.exception("The Telegram refresh failed")
            self.failed.emit(UnexpectedError(type(error).__name__))
            return []

    async def cancel(self) -> None:
        """Stop the running sync; what it already stored stays."""
        task = self._sync_task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def start_task(self, coroutine: Awaitable[T]) -> asyncio.Task | None:
        """Run ``coroutine`` (work that reads through this service, such as fetching a quote's
        reach) as the one background task, so the status bar's Cancel stops it like a sync.

        Returns None, and closes the coroutine, while another task runs.
        """
        if self.busy:
            coroutine.close()
            return None
        self._sync_task = asyncio.ensure_future(coroutine)
        self._sync_task.add_done_callback(self._task_ended)
        return self._sync_task

    def _task_ended(self, task: asyncio.Task) -> None:
        if task is self._sync_task:
            self.idle.emit()

    def set_refresh_interval(self, seconds: float | None) -> None:
        """Change the scheduled refresh (None: off); a running schedule restarts with it."""
        self.settings = replace(self.settings, refresh_interval=seconds)
        self.stop_schedule()
        if self.signed_in:
            self.start_schedule()

    @property
    def schedule_active(self) -> bool:
        """Whether the scheduled refresh is running (signed in, interval not off)."""
        return self._schedule_task is not None and not self._schedule_task.done()

    def start_schedule(self) -> None:
        """Refresh the tracked channels every ``refresh_interval`` while the app is open."""
        if self.settings.refresh_interval is None:
            return
        if self._schedule_task is None or self._schedule_task.done():
            with contextlib.suppress(RuntimeError):
                loop = asyncio.get_running_loop()
                self._schedule_task = loop.create_task(self._scheduled_refresh())

    def stop_schedule(self) -> None:
        if self._schedule_task is not None:
            self._schedule_task.cancel()
            self._schedule_task = None

    async def _scheduled_refresh(self) -> None:
        # OFFLINE is retried: the round reconnects once the network is back
        while self.settings.refresh_interval is not None:
            await asyncio.sleep(self.settings.refresh_interval)
            if self.state in (State.READY, State.OFFLINE) and not self.busy:
                # wait() instead of awaiting the task: cancelling this round (the status
                # bar's Cancel) must not end the schedule
                await asyncio.wait([self.start_sync()])

    # --- the work itself -------------------------------------------------------------------

    async def _ensure_ready(self) -> None:
        if (self.account is None or not self._connected) and not await self.connect():
            raise NotAuthorized("sign in first")

    async def _ensure_peer(self, channel: ChannelRecord) -> ChannelRecord:
        """A channel typed by hand gets its Telegram id and access hash once; one whose hash was
        refused is skipped until it is opened again (``tgclient.access``)."""
        if channel.needs_reopen:
            raise NeedsReopen(channel.display_name)
        if channel.telegram_id and channel.access_hash:
            return channel
        if not channel.username:
            raise ChannelNotFound(channel.title)
        info = await self._call(lambda: self._get_gateway().resolve(_username_ref(channel)))
        return self.storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )

    async def _fetch_subscribers(self, channel, peer, progress) -> int:
        self._report(progress, Progress(channel.display_name, Phase.SUBSCRIBERS, 0, 1))
        stats = await self._call(lambda: self._get_gateway().channel_stats(peer))
        self.storage.history.add_subscriber_count(channel.id, self._clock(), stats.subscribers)
        self._report(progress, Progress(channel.display_name, Phase.SUBSCRIBERS, 1, 1))
        return stats.subscribers

    async def _fetch_new_posts(self, channel, peer, report, progress, limits=None) -> set[int]:
        """Read what the window is missing (``tgclient.coverage``); returns the ids stored.

        A flood wait or a reconnect resumes from what the database says was read, the same
        way a refresh after a crash or a restart does.
        """
        settings = limits or self.settings
        since = None
        if settings.history_days is not None:
            since = self._clock() - timedelta(days=settings.history_days)
        window = Window(since, settings.max_posts, settings.recent_pages)

        def on_page(result: CatchUpResult, total: int | None) -> None:
            self._report(
                progress,
                Progress(channel.display_name, Phase.POSTS, result.messages_read, total),
            )

        await asyncio.sleep(0)
        catch_up = HistoryCatchUp(
            self.storage, channel.id, peer, self._get_gateway, window, self._clock, on_page
        )
        self._report(progress, Progress(channel.display_name, Phase.POSTS, 0, None))
        try:
            while True:
                try:
                    await catch_up.run()
                    break
                except FloodWait as error:
                    await self._wait_flood(error.seconds)
                except ConnectionFailed:
                    await self._reconnect()
        finally:  # a cancelled refresh reports what it stored too
            result = catch_up.result
            report.new_posts += result.new_posts
            report.view_readings += result.view_readings
            report.deleted += result.deleted
            report.skipped_ids = result.skipped_ids
            report.skip_reason = result.skip_reason
        read = result.messages_read
        self._report(progress, Progress(channel.display_name, Phase.POSTS, read, read))
        return result.stored

    async def _refresh_views(
        self, channel, peer, report, progress, exclude: set[int], limits=None
    ) -> None:
        """A views reading of the known posts in the views window that this refresh has not
        read yet; a post Telegram answers nothing for is marked deleted and not asked again."""
        settings = limits or self.settings
        since = None
        if settings.views_window_days is not None:
            since = self._clock() - timedelta(days=settings.views_window_days)
        await asyncio.sleep(0)  # the reads below take a few ms each on a big channel
        state = self.storage.sync_state
        ids = [i for i in state.live_message_ids(channel.id, since=since) if i not in exclude]
        if not ids:
            return
        await asyncio.sleep(0)
        reactions = self.storage.history.latest_reactions(channel.id)
        await asyncio.sleep(0)
        done = 0
        self._report(progress, Progress(channel.display_name, Phase.VIEWS, 0, len(ids)))
        for chunk in chunked(ids, VIEWS_PER_CALL):
            taken_at = self._clock()
            counts = await self._call(
                lambda chunk=chunk, taken_at=taken_at: self._get_gateway().views(
                    peer, chunk, taken_at, reactions
                )
            )
            answered = {c.message_id for c in counts}
            with self.storage.db.atomic():
                report.view_readings += self.storage.history.add_view_counts(channel.id, counts)
                gone = [i for i in chunk if i not in answered]
                if gone:
                    report.deleted += state.mark_deleted(channel.id, gone, taken_at)
            done += len(chunk)
            self._report(progress, Progress(channel.display_name, Phase.VIEWS, done, len(ids)))
            await asyncio.sleep(0)

    async def request(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request of a feature module (``tgclient.recommendations``): signed in first,
        repeated after a flood wait (with the countdown) or a reconnect, as the sync's are."""
        await self._ensure_ready()
        return await self._call(make)

    async def call(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request made by another ``tgclient`` module (invite links), with the sync's
        handling: a flood wait counted down in the status bar, a dropped connection retried."""
        return await self._call(make)

    def _report(self, callback: Callable[[Progress], None] | None, value: Progress) -> None:
        self.progress.emit(value)
        if callback is not None:
            callback(value)

    async def _call(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request, repeated after a flood wait or a reconnect."""
        while True:
            try:
                return await make()
            except FloodWait as error:
                await self._wait_flood(error.seconds)
            except ConnectionFailed:
                await self._reconnect()
            except NotAuthorized:
                self.account = None
                self._set_state(State.SIGNED_OUT)
                raise

    async def _wait_flood(self, seconds: int) -> None:
        """Count down a flood wait (the status bar shows it), then let the caller resume."""
        previous = self.state
        self._set_state(State.FLOOD_WAIT)
        for left in range(max(int(seconds), 1), 0, -1):
            self.flood_wait.emit(left)
            await self._sleep(1)
        self.flood_wait.emit(0)
        self._set_state(previous if previous != State.FLOOD_WAIT else State.SYNCING)

    async def _reconnect(self) -> None:
        """Reconnect with growing pauses; give up (OFFLINE) after the last one."""
        previous = self.state
        self._connected = False
        gateway = self._get_gateway()
        for delay in self.settings.reconnect_delays:
            self._set_state(State.OFFLINE)
            await self._sleep(delay)
            self._set_state(State.CONNECTING)
            try:
                await gateway.disconnect()
                await gateway.connect()
            except ConnectionFailed:
                continue
            self._connected = True
            self._set_state(previous)
            return
        self._set_state(State.OFFLINE)
        raise ConnectionFailed("Telegram could not be reached")


class ServiceQrLogin:
    """A QR login whose success signs the service in, like a code login does."""

    def __init__(self, service: TelegramService, qr) -> None:
        self._service = service
        self._qr = qr

    @property
    def url(self) -> str:
        return self._qr.url

    @property
    def expires(self) -> datetime:
        return self._qr.expires

    async def wait(self, timeout: float | None = None) -> Account:
        """Until scanned; raises QrExpired on time-out and PasswordNeeded when 2FA is on."""
        account = await self._qr.wait(timeout)
        return self._service._on_signed_in(account)

    async def recreate(self) -> None:
        await self._qr.recreate()


def _username_ref(channel: ChannelRecord):
    return parse_channel_ref(channel.username)


def telethon_gateway_factory(credentials: ApiCredentials, session_file: Path, settings):
    """Build the real gateway; imports Telethon only now, off the app's start-up path."""
    from tgclient.gateway import create_telethon_gateway

    return create_telethon_gateway(
        credentials,
        session_file,
        flood_sleep_threshold=settings.flood_sleep_threshold,
        connect_timeout=settings.connect_timeout,
    )
