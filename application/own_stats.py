"""The own channel's exact reach from Telegram's statistics: which posts to read, and when.

Telegram gives an administrator the view graph of each post of a channel that allows statistics;
after every completed sync of the own channel the recent posts old enough to cover the 48-hour
window are read (:func:`tgclient.stats.post_view_graphs`) and their reach is kept by
:meth:`application.reach.ReachService.record_stats`. Failures are logged: the reach worked out
from the app's own readings stays in use. Qt-free.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storage.clock import utc_now
from tgclient.errors import TelegramError
from tgclient.records import ChannelPeer
from tgclient.stats import post_view_graphs

if TYPE_CHECKING:  # the reach maths (numpy) load at the first reading, not at start-up
    from application.reach import ReachService, StatsReach

log = logging.getLogger(__name__)

#: How many of the own channel's recent posts are read (one request each, spaced out).
MAX_POSTS = 20
#: Posts must be at least this old so their graph covers the 48-hour window.
MIN_AGE = timedelta(hours=49)
#: ...and at most this old (the estimators use the last 30 days).
MAX_AGE = timedelta(days=30)


async def read_own_stats(
    gateway,
    reach: ReachService,
    channel_id: int,
    *,
    now: datetime | None = None,
    max_posts: int = MAX_POSTS,
    pause: float = 0.5,
) -> dict[int, StatsReach]:
    """Read the view graphs of the channel's recent posts and keep their 24/48 h reach.

    Returns what :meth:`ReachService.record_stats` returns (window → ``StatsReach``); an empty
    dict when the channel was never resolved on Telegram, Telegram does not allow statistics
    for it, or no post could be read.
    """
    storage = reach.storage
    channel = storage.channels.get(channel_id)
    if channel is None or not channel.telegram_id or channel.access_hash is None:
        return {}
    now = now or utc_now()
    posts = [
        (h.message_id, h.posted_at)
        for h in storage.history.post_histories(channel_id, since=now - MAX_AGE)
        if now - h.posted_at >= MIN_AGE
    ][:max_posts]
    peer = ChannelPeer(channel.telegram_id, channel.access_hash)
    per_post = await post_view_graphs(gateway, peer, posts, pause=pause)
    if not per_post:
        return {}
    return reach.record_stats(channel_id, per_post)


def read_stats_after_own_sync(
    telegram, reach: ReachService, on_found: Callable[[], None] | None = None
) -> None:
    """After each completed sync of the own channel, read its statistics in the background.

    ``telegram`` is the ``TelegramService``; ``on_found()`` runs when new figures were recorded
    (the window reloads). One reading at a time: a sync that ends while one runs starts none.
    """
    state: dict[str, asyncio.Task] = {}

    async def run(channel_id: int) -> None:
        try:
            # get_stats needs the Telethon client: the one gateway the service built
            found = await read_own_stats(telegram.gateway(), reach, channel_id)
        except TelegramError as error:
            log.info("Channel statistics not read: %s", type(error).__name__)
            return
        if found and on_found is not None:
            on_found()

    def synced(report) -> None:
        own = reach.storage.channels.own()
        if own is None or report.channel_id != own.id or report.cancelled:
            return
        task = state.get("task")
        if task is not None and not task.done():
            return
        state["task"] = asyncio.get_running_loop().create_task(run(own.id))

    telegram.synced.connect(synced)
