"""The fourth blind generator gives reproducible, self-consistent organic and botted channels."""

import statistics

import pytest

from pricing.synthetic_blind4 import generate_channels, one_fetch


@pytest.fixture(scope="module")
def channels():
    return generate_channels(11, 3)


def _bought_share(channel) -> float:
    shares = [
        p.curve.bot_views / total for p in channel.posts if (total := p.curve.views_at(168)) > 0
    ]
    return statistics.median(shares) if shares else 0.0


def test_a_seed_gives_the_same_channels(channels):
    again = generate_channels(11, 3)
    assert [(c.username, c.subscribers, len(c.posts)) for c in again] == [
        (c.username, c.subscribers, len(c.posts)) for c in channels
    ]
    assert [p.views for c in again for p in c.posts] == [p.views for c in channels for p in c.posts]
    other = generate_channels(12, 1, kinds=("organic",))[0]
    assert [p.views for p in other.posts] != [p.views for p in channels[0].posts]


def test_kinds_come_in_order_and_number(channels):
    assert [c.kind for c in channels] == ["organic"] * 3 + ["botted"] * 3
    assert len(generate_channels(3, 2, kinds=("botted",))) == 2
    with pytest.raises(ValueError):
        generate_channels(3, 1, kinds=("fast",))


def test_views_never_fall_with_age(channels):
    ages = [0.01, 0.1, 0.5, 1, 2, 3, 6, 12, 24, 48, 100, 168, 400, 2000]
    for channel in channels:
        for post in channel.posts:
            curve = [post.curve.views_at(a) for a in ages]
            assert curve == sorted(curve)


def test_snapshots_read_the_curve(channels):
    snaps = 0
    for channel in channels:
        for post in channel.posts:
            for age, views in post.snapshots:
                # The counter the app reads lags the true count by at most a few minutes.
                assert post.curve.views_at(age - 0.1) - 1 <= views <= post.curve.views_at(age) + 1
                snaps += 1
            age_now = (channel.observed_at - post.posted_at).total_seconds() / 3600
            assert post.curve.views_at(age_now - 0.1) - 1 <= post.views
            assert post.views <= post.curve.views_at(age_now) + 1
    assert snaps > 100


def test_only_botted_channels_carry_bought_views(channels):
    assert all(p.curve.bot_views == 0 for c in channels if not c.is_botted for p in c.posts)
    shares = [_bought_share(c) for c in channels if c.is_botted]
    assert 0.25 <= statistics.median(shares) <= 0.85


def test_one_fetch_keeps_views_and_drops_history(channels):
    channel = next(c for c in channels if c.subscriber_history and c.posts[-1].snapshots)
    fetched = one_fetch(channel)
    assert fetched.subscriber_history == ()
    assert all(p.snapshots == () for p in fetched.posts)
    assert [p.views for p in fetched.posts] == [p.views for p in channel.posts]
