"""Telegram's own statistics for the user's channel: exact 24/48-hour views of each post.

For a channel the account administers and Telegram allows (``ChannelFull.can_view_stats``),
``client.get_stats(channel, message=id)`` returns ``stats.MessageStats`` whose ``views_graph`` is a
``StatsGraph`` holding chart JSON: ``columns`` is a list of ``[name, v1, v2, ...]`` lists, the
``"x"`` column holds interval starts in milliseconds since the epoch and the ``"y…"`` columns the
series named in ``names`` ("Views", "Shares"). A series value is the views *during* that interval
(the Telegram apps draw it as the post's hourly interactions), so the post's views at an age are
the running sum up to the end of the interval. A graph may also come as ``StatsGraphAsync`` (a
token loaded with ``stats.loadAsyncGraph``) or ``StatsGraphError``.

:func:`views_by_age` turns a graph into cumulative ``(age_hours, views)`` points; the service part
(:func:`read_own_stats`) reads the recent posts of the own channel and hands the points to
``application.reach.ReachService.record_stats``. Qt-free.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from datetime import UTC, datetime, timedelta

from tgclient.errors import TelegramError

# Telethon is imported inside the functions: main.py wires the statistics hook at start-up,
# and Telethon itself stays off the start-up path until the first connect.

log = logging.getLogger(__name__)

#: How many of the own channel's recent posts are read (one request each, spaced out).
MAX_POSTS = 20
#: Posts must be at least this old so their graph covers the 48-hour window.
MIN_AGE = timedelta(hours=49)
#: ...and at most this old (the estimators use the last 30 days).
MAX_AGE = timedelta(days=30)


class StatsUnavailable(TelegramError):
    """Telegram returned no usable graph (an error graph, or no views series)."""


def graph_data(graph) -> dict:
    """The chart JSON of a loaded ``StatsGraph`` (raises :class:`StatsUnavailable` otherwise)."""
    from telethon.tl import types

    if isinstance(graph, types.StatsGraphError):
        raise StatsUnavailable(graph.error)
    if not isinstance(graph, types.StatsGraph):
        raise StatsUnavailable(f"graph not loaded: {type(graph).__name__}")
    try:
        data = json.loads(graph.json.data)
    except (TypeError, ValueError) as error:
        raise StatsUnavailable(f"graph JSON unreadable: {error}") from None
    if not isinstance(data, dict):
        raise StatsUnavailable("graph JSON is not an object")
    return data


def series(data: dict, name: str = "views") -> list[tuple[int, int]]:
    """``(x_ms, value)`` pairs of the series called ``name`` (else the first y series)."""
    columns = {c[0]: c[1:] for c in data.get("columns", ()) if isinstance(c, list) and c}
    xs = columns.get("x")
    if not xs:
        raise StatsUnavailable("graph has no x column")
    names = data.get("names") or {}
    wanted = next(
        (key for key, label in names.items() if str(label).casefold() == name.casefold()), None
    )
    if wanted not in columns:
        wanted = next((key for key in columns if key != "x"), None)
    if wanted is None:
        raise StatsUnavailable("graph has no series")
    values = columns[wanted]
    return [(int(x), int(v or 0)) for x, v in zip(xs, values, strict=False)]


def views_by_age(data: dict, posted_at: datetime) -> list[tuple[float, int]]:
    """Cumulative ``(age_hours, views)`` at the end of each interval of the views series.

    Intervals that end before the post was published are skipped; the interval length is the
    smallest step between x values (one hour when there is a single point).
    """
    points = sorted(series(data, "views"))
    if not points:
        return []
    steps = [b[0] - a[0] for a, b in itertools.pairwise(points) if b[0] > a[0]]
    step_ms = min(steps) if steps else 3_600_000
    posted_ms = posted_at.astimezone(UTC).timestamp() * 1000
    result: list[tuple[float, int]] = []
    total = 0
    for x, value in points:
        total += max(value, 0)
        end_age = (x + step_ms - posted_ms) / 3_600_000
        if end_age <= 0:
            continue
        result.append((end_age, total))
    return result


async def load_graph(client, graph):
    """A ``StatsGraph``: async graphs are loaded with their token (from the stats data centre)."""
    from telethon import errors
    from telethon.tl import functions, types

    if not isinstance(graph, types.StatsGraphAsync):
        return graph
    request = functions.stats.LoadAsyncGraphRequest(graph.token)
    try:
        return await client(request)
    except errors.StatsMigrateError as error:
        # as Telethon's get_stats does: statistics live on their own data centre
        sender = await client._borrow_exported_sender(error.dc)
        try:
            return await sender.send(request)
        finally:
            await client._return_exported_sender(sender)


async def message_views_by_age(
    client, channel, message_id: int, posted_at: datetime
) -> list[tuple[float, int]]:
    """One post's cumulative views by age from Telegram's statistics (``channel``: InputChannel)."""
    stats = await client.get_stats(channel, message=message_id)
    graph = await load_graph(client, stats.views_graph)
    return views_by_age(graph_data(graph), posted_at)


async def read_own_stats(
    gateway,
    reach_service,
    channel_id: int,
    *,
    now: datetime | None = None,
    max_posts: int = MAX_POSTS,
    pause: float = 0.5,
) -> dict:
    """Read the view graphs of the own channel's recent posts and record their 24/48 h reach.

    ``gateway`` is the Telethon gateway (its ``client`` answers ``get_stats``). Returns what
    ``ReachService.record_stats`` returns (window → ``StatsReach``); an empty dict when Telegram
    does not allow statistics for the channel or no post could be read.
    """
    from telethon.tl import types

    from tgclient.gateway import translate
    from tgclient.records import ChannelPeer

    storage = reach_service.storage
    channel = storage.channels.get(channel_id)
    if channel is None or not channel.telegram_id or channel.access_hash is None:
        return {}
    peer = ChannelPeer(channel.telegram_id, channel.access_hash)
    if not (await gateway.channel_stats(peer)).can_view_stats:
        return {}
    now = now or datetime.now(UTC)
    posts = [
        h
        for h in storage.history.post_histories(channel_id, since=now - MAX_AGE)
        if now - h.posted_at >= MIN_AGE
    ][:max_posts]
    input_channel = types.InputChannel(channel.telegram_id, channel.access_hash)
    per_post: dict[int, list[tuple[float, int]]] = {}
    for history in posts:
        try:
            per_post[history.message_id] = await message_views_by_age(
                gateway.client, input_channel, history.message_id, history.posted_at
            )
        except StatsUnavailable as error:
            log.info("No view graph for post %s: %s", history.message_id, error)
        except Exception as error:
            ours = translate(error)
            if ours is None:
                raise
            log.info("Statistics stopped: %s", type(ours).__name__)
            break
        await asyncio.sleep(pause)  # a request per post: keep well below flood limits
    if not per_post:
        return {}
    return reach_service.record_stats(channel_id, per_post)


def read_stats_after_own_sync(telegram, reach_service, on_found=None) -> None:
    """After each completed sync of the own channel, read its statistics in the background.

    ``telegram`` is the ``TelegramService``; ``on_found()`` runs when new figures were recorded
    (the window reloads). Failures are logged: the snapshot-based reach stays in use.
    """
    state: dict[str, asyncio.Task] = {}

    async def run(channel_id: int) -> None:
        try:
            # get_stats needs the Telethon client: the one gateway the service built
            found = await read_own_stats(telegram.gateway(), reach_service, channel_id)
        except TelegramError as error:
            log.info("Channel statistics not read: %s", type(error).__name__)
            return
        if found and on_found is not None:
            on_found()

    def synced(report) -> None:
        own = reach_service.storage.channels.own()
        if own is None or report.channel_id != own.id or report.cancelled:
            return
        task = state.get("task")
        if task is not None and not task.done():
            return
        state["task"] = asyncio.get_running_loop().create_task(run(own.id))

    telegram.synced.connect(synced)
