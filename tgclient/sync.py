"""Reading channels through the Telegram service: subscribers, new posts, fresh views, one task.

Every page is stored in its own transaction together with the message ids it covered
(``tgclient.coverage``), so a cancelled or interrupted fetch leaves a consistent database and the
next one fills exactly what is missing, without duplicates; a flood wait or a reconnect resumes
from what the database says was read.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import TypeVar

from peewee import chunked

from storage.records import ChannelRecord
from tgclient.coverage import CatchUpResult, HistoryCatchUp, Window
from tgclient.errors import (
    AccountWideError,
    ChannelAccessInvalid,
    ChannelNotFound,
    SyncFailed,
    TelegramError,
    UnexpectedError,
)
from tgclient.records import ChannelPeer
from tgclient.state import Phase, Progress, State, SyncReport, SyncSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

VIEWS_PER_CALL = 100


class SyncMethods:
    """Fetching and the one background task of :class:`tgclient.service.TelegramService`."""

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
            except AccountWideError:
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

    # --- the work itself -------------------------------------------------------------------

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
            await self._call(catch_up.run)
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

    def _report(self, callback: Callable[[Progress], None] | None, value: Progress) -> None:
        self.progress.emit(value)
        if callback is not None:
            callback(value)

    # --- background tasks (what the UI starts and cancels) ---------------------------------

    @property
    def busy(self) -> bool:
        return self._sync_task is not None and not self._sync_task.done()

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
