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
(:func:`post_view_graphs`) reads the graphs of the posts it is given; which posts, and what
becomes of the points, is ``application.own_stats``'s. Qt-free.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from tgclient.errors import TelegramError
from tgclient.records import ChannelPeer

# Telethon is imported inside the functions: the statistics hook is wired at start-up, and
# Telethon itself stays off the start-up path until the first connect.

log = logging.getLogger(__name__)


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


async def post_view_graphs(
    gateway,
    peer: ChannelPeer,
    posts: Sequence[tuple[int, datetime]],
    *,
    pause: float = 0.5,
) -> dict[int, list[tuple[float, int]]]:
    """Each post's cumulative ``(age_hours, views)`` from Telegram's view graphs.

    ``gateway`` is the Telethon gateway (its ``client`` answers ``get_stats``); ``posts`` are
    ``(message_id, posted_at)`` pairs of the channel ``peer``. Returns an empty dict when Telegram
    does not allow statistics for the channel; a post without a graph is left out, and a Telegram
    error ends the reading with what was read so far.
    """
    from telethon.tl import types

    from tgclient.gateway import translate

    if not (await gateway.channel_stats(peer)).can_view_stats:
        return {}
    input_channel = types.InputChannel(peer.telegram_id, peer.access_hash)
    per_post: dict[int, list[tuple[float, int]]] = {}
    for message_id, posted_at in posts:
        try:
            per_post[message_id] = await message_views_by_age(
                gateway.client, input_channel, message_id, posted_at
            )
        except StatsUnavailable as error:
            log.info("No view graph for post %s: %s", message_id, error)
        except Exception as error:
            ours = translate(error)
            if ours is None:
                raise
            log.info("Statistics stopped: %s", type(ours).__name__)
            break
        await asyncio.sleep(pause)  # a request per post: keep well below flood limits
    return per_post
