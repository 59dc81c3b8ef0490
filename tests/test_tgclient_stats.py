"""Telegram statistics: view graphs (real TL objects, built offline) → reach at 24/48 hours."""

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
from fake_telegram import NOW, FakeTelegramClient, no_network  # noqa: F401
from telethon.extensions import BinaryReader
from telethon.tl import types

from application.own_stats import read_own_stats
from application.reach import METHOD_TELEGRAM_STATS, ReachService
from storage import Storage, open_database
from storage.records import PostData
from tgclient.gateway import TelethonGateway
from tgclient.stats import (
    StatsUnavailable,
    graph_data,
    load_graph,
    views_by_age,
)

POSTED = datetime(2025, 2, 20, 10, 0, tzinfo=UTC)


def views_graph(posted_at, hourly, *, offset_hours=0.0, names=None):
    """A ``StatsGraph`` as Telegram sends it: views per hour from ``posted_at + offset``."""
    start = int((posted_at.timestamp() + offset_hours * 3600) * 1000)
    xs = [start + i * 3_600_000 for i in range(len(hourly))]
    data = {
        "columns": [["x", *xs], ["y0", *hourly], ["y1", *[1] * len(hourly)]],
        "types": {"y0": "line", "y1": "line", "x": "x"},
        "names": names or {"y0": "Views", "y1": "Shares"},
    }
    graph = types.StatsGraph(json=types.DataJSON(data=json.dumps(data)))
    return BinaryReader(bytes(graph)).tgread_object()  # as it comes off the wire


def test_views_by_age_is_the_running_sum_at_interval_ends():
    graph = views_graph(POSTED, [50, 30, 20, 10])
    assert views_by_age(graph_data(graph), POSTED) == [(1.0, 50), (2.0, 80), (3.0, 100), (4.0, 110)]


def test_intervals_before_publication_are_skipped_and_series_found_by_name():
    graph = views_graph(POSTED, [0, 40, 60], offset_hours=-1, names={"y0": "Shares", "y1": "Views"})
    # "Views" is y1 here (all ones): the first interval ends at publication and is dropped
    assert views_by_age(graph_data(graph), POSTED) == [(1.0, 2), (2.0, 3)]


def test_error_and_unloaded_graphs_are_unavailable():
    with pytest.raises(StatsUnavailable):
        graph_data(types.StatsGraphError(error="not enough data"))
    with pytest.raises(StatsUnavailable):
        graph_data(types.StatsGraphAsync(token="tok"))
    with pytest.raises(StatsUnavailable):
        graph_data(types.StatsGraph(json=types.DataJSON(data="{not json")))


class StatsClient(FakeTelegramClient):
    """The fake Telegram plus message statistics: a view graph per post, some loaded async."""

    def __init__(self, graphs, **kwargs):
        super().__init__(**kwargs)
        self.graphs = graphs  # message id → StatsGraph (or StatsGraphAsync)
        self.loaded: dict[str, types.StatsGraph] = {}

    def _answer_GetMessageStatsRequest(self, request):
        self._channel(request.channel, request)
        return types.stats.MessageStats(
            views_graph=self.graphs[request.msg_id],
            reactions_by_emotion_graph=types.StatsGraphError(error="none"),
        )

    def _answer_LoadAsyncGraphRequest(self, request):
        return self.loaded[request.token]


def test_load_graph_follows_async_tokens():
    client = StatsClient({}, authorized=True)
    client.connected = True
    client.loaded["tok"] = views_graph(POSTED, [5, 5])
    loaded = asyncio.run(load_graph(client, types.StatsGraphAsync(token="tok")))
    assert views_by_age(graph_data(loaded), POSTED)[-1] == (2.0, 10)


def test_read_own_stats_records_exact_reach(tmp_path):
    storage = Storage(open_database(tmp_path / "stats.sqlite3"))
    posted = {1: NOW - timedelta(days=3), 2: NOW - timedelta(days=4), 3: NOW - timedelta(hours=5)}
    hourly = {1: [100] * 72, 2: [300] * 72}
    client = StatsClient({}, authorized=True)
    fake = client.add_channel("own_channel", "Own", subscribers=5000, admin=True)
    client.graphs = {mid: views_graph(posted[mid], hours) for mid, hours in hourly.items()}
    client.graphs[2] = types.StatsGraphAsync(token="late")
    client.loaded["late"] = views_graph(posted[2], hourly[2])
    client.connected = True
    channel = storage.channels.upsert_telegram(
        fake.telegram_id, fake.access_hash, "own_channel", "Own", 5000
    )
    storage.history.upsert_posts(
        channel.id, [PostData(mid, at, text="post") for mid, at in posted.items()]
    )
    reach = ReachService(storage, lambda: NOW)
    gateway = TelethonGateway(client, history_wait=0)

    found = asyncio.run(read_own_stats(gateway, reach, channel.id, now=NOW, pause=0))

    assert found[24].views == (2400 + 7200) // 2 and found[24].n_posts == 2
    assert found[48].views == (4800 + 14400) // 2
    assert client.requests["GetMessageStatsRequest"] == 2  # the 5-hour-old post is not asked
    figure = reach.reach(channel.id, 24)
    assert figure.method == METHOD_TELEGRAM_STATS and figure.views == 4800


def test_read_own_stats_needs_can_view_stats(tmp_path):
    storage = Storage(open_database(tmp_path / "stats.sqlite3"))
    client = StatsClient({}, authorized=True)
    fake = client.add_channel("someone_else", "Not mine", subscribers=5000, admin=False)
    client.connected = True
    channel = storage.channels.upsert_telegram(
        fake.telegram_id, fake.access_hash, "someone_else", "Not mine", 5000
    )
    reach = ReachService(storage, lambda: NOW)
    gateway = TelethonGateway(client, history_wait=0)
    assert asyncio.run(read_own_stats(gateway, reach, channel.id, now=NOW, pause=0)) == {}
    assert client.requests["GetMessageStatsRequest"] == 0


def test_statistics_are_read_after_a_sync_of_the_own_channel(tmp_path):
    from application.own_stats import read_stats_after_own_sync
    from tgclient.service import Listeners, SyncReport

    storage = Storage(open_database(tmp_path / "stats.sqlite3"))
    client = StatsClient({}, authorized=True)
    fake = client.add_channel("own_channel", "Own", subscribers=5000, admin=True)
    client.connected = True
    channel = storage.channels.upsert_telegram(
        fake.telegram_id, fake.access_hash, "own_channel", "Own", 5000
    )
    storage.channels.set_own(channel.id)
    posted = datetime.now(UTC) - timedelta(days=3)
    storage.history.upsert_posts(channel.id, [PostData(1, posted, text="post")])
    client.graphs = {1: views_graph(posted, [10] * 60)}
    gateway = TelethonGateway(client, history_wait=0)

    class Telegram:  # the service's listener and gateway, nothing else
        synced = Listeners()

        def gateway(self):
            return gateway

    reach = ReachService(storage)
    found = []
    read_stats_after_own_sync(Telegram(), reach, lambda: found.append(True))

    async def run():
        Telegram.synced.emit(SyncReport(channel.id + 1, "@other"))  # not the own channel
        Telegram.synced.emit(SyncReport(channel.id, "@own_channel"))
        for _ in range(200):
            if found:
                break
            await asyncio.sleep(0.01)

    asyncio.run(run())
    assert found and reach.reach(channel.id, 48).views == 480
    assert client.requests["GetMessageStatsRequest"] == 1
