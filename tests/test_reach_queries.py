"""Reading a channel for its reach and vetting costs a fixed number of queries, whatever its size.

Counted as peewee's own tests count them (``playhouse.test_utils.count_queries``), on a real
SQLite file: a channel of 300 posts must not need more queries than one of 10.
"""

from datetime import UTC, datetime, timedelta

import pytest
from playhouse.test_utils import count_queries

from application.pricebook import PriceBookService
from application.reach import ReachService
from application.vetting import VettingService
from storage import Storage, open_database
from storage.records import PostData

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _channel(storage: Storage, username: str, n_posts: int) -> int:
    """A channel of ``n_posts`` posts over 30 days, each read five times; one album."""
    channel = storage.channels.get_or_create(username)
    posts = [
        PostData(
            i + 1,
            NOW - timedelta(hours=2 + i * 30 * 24 / n_posts),
            text=f"post {i}",
            grouped_id=7 if i in (3, 4) else None,
        )
        for i in range(n_posts)
    ]
    ids = storage.history.upsert_posts(channel.id, posts)
    rows = []
    for post in posts:
        age_now = (NOW - post.posted_at).total_seconds() / 3600
        for k in range(5):
            age = age_now * (k + 1) / 5
            views = int(1000 * min(age, 24) / 24) + 10
            rows.append(
                (ids[post.message_id], post.posted_at + timedelta(hours=age), views, 1, 0, 2)
            )
    storage.history.add_snapshot_rows(rows)
    storage.history.add_subscriber_count(channel.id, NOW - timedelta(days=3), 2000)
    return channel.id


@pytest.fixture
def stored(tmp_path):
    storage = Storage(open_database(tmp_path / "queries.sqlite3"))
    small = _channel(storage, "@small_channel", 10)
    large = _channel(storage, "@large_channel", 300)
    return storage, small, large


def _queries(action) -> int:
    with count_queries() as counter:
        action()
    return counter.count


def test_reading_a_channel_for_its_reach_is_three_queries_whatever_its_size(stored):
    storage, small, large = stored
    service = ReachService(storage, lambda: NOW)
    assert _queries(lambda: service.readings(small)) == 3
    assert _queries(lambda: service.readings(large)) == 3
    readings = service.readings(large)
    assert readings.n_posts == 300
    assert len(readings.views) == 300 * 5


def test_working_out_and_asking_again_for_reach_cost_the_same_on_any_channel(stored):
    storage, small, large = stored
    service = ReachService(storage, lambda: NOW)
    first = [_queries(lambda c=c: service.reach(c, 24)) for c in (small, large)]
    assert first[0] == first[1] <= 6
    again = [_queries(lambda c=c: service.reach(c, 24)) for c in (small, large)]
    assert again[0] == again[1] <= 2  # the kept figure: only what it depends on is read
    assert service.reach(large, 24).views


def test_vetting_a_channel_costs_the_same_queries_for_10_or_300_posts(stored):
    storage, _small, _large = stored
    counts = []
    for username in ("@small_channel", "@large_channel"):
        reach = ReachService(storage, lambda: NOW)
        vetting = VettingService(
            storage, PriceBookService(storage, reach=reach), reach, None, lambda: NOW
        )
        request = vetting.parse(username, "1000", "1/24", None)
        result = None

        def evaluate(request=request, vetting=vetting):
            nonlocal result
            result = vetting.evaluate(request)

        counts.append(_queries(evaluate))
        assert result is not None and result.reach.views
        assert len(result.posts) == (10 if username == "@small_channel" else 300)
    assert counts[0] == counts[1]
