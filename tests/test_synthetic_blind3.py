"""The third blind generator: reproducible, well-formed channels, bought shares as described."""

import itertools
import statistics

import pytest

from pricing.synthetic_blind3 import BOT_STRATEGIES, generate_channels, one_fetch
from pricing.synthetic_blind3_curve import READ_LAG_HOURS, READ_RELATIVE_ERROR


def _bought_share(channel) -> float:
    """The median post's share of bot views at 7 days (as the quality benchmark computes it)."""
    shares = [
        p.curve.bot_views / total for p in channel.posts if (total := p.curve.views_at(168)) > 0
    ]
    return statistics.median(shares) if shares else 0.0


@pytest.fixture(scope="module")
def channels():
    return generate_channels(3, 6, days=14)


def test_same_seed_gives_the_same_channels_and_another_seed_others(channels):
    again = generate_channels(3, 6, days=14)
    assert [c.posts for c in again] == [c.posts for c in channels]
    assert [c.subscriber_history for c in again] == [c.subscriber_history for c in channels]
    other = generate_channels(4, 6, days=14)
    assert [c.subscribers for c in other] != [c.subscribers for c in channels]


def test_kinds_and_counts_organic_first(channels):
    assert [c.kind for c in channels] == ["organic"] * 6 + ["botted"] * 6
    assert all(c.base_kind in BOT_STRATEGIES for c in channels if c.is_botted)
    assert len({c.username for c in channels}) == 12
    assert [c.kind for c in generate_channels(3, 2, kinds=("botted",), days=3)] == ["botted"] * 2
    with pytest.raises(ValueError):
        generate_channels(3, 1, kinds=("fast",))


def test_views_never_fall_with_age(channels):
    ages = [0.05 * 1.12**k for k in range(80)]  # 3 minutes … about 40 days
    for channel in channels:
        for post in channel.posts:
            values = [post.curve.views_at(age) for age in ages]
            assert all(b >= a for a, b in itertools.pairwise(values)), channel.username


def test_readings_follow_the_curve_within_counting_noise(channels):
    checked = 0
    for channel in channels:
        for post in channel.posts:
            end_age = (channel.observed_at - post.posted_at).total_seconds() / 3600
            readings = [*post.snapshots, (end_age, post.views)]
            for age, views in readings:
                low = post.curve.views_at(age - READ_LAG_HOURS) * (1 - READ_RELATIVE_ERROR) - 1
                high = post.curve.views_at(age) * (1 + READ_RELATIVE_ERROR) + 1
                assert low <= views <= high, (channel.username, age, views, low, high)
                checked += 1
            assert all(0 < age <= end_age + 1e-3 for age, _ in post.snapshots)
    assert checked > 500


def test_organic_channels_buy_nothing_and_botted_channels_buy_what_is_claimed():
    organic = generate_channels(11, 8, kinds=("organic",), days=10)
    assert all(p.curve.bot_views == 0 for c in organic for p in c.posts)
    botted = generate_channels(11, 16, kinds=("botted",), days=10)
    shares = [_bought_share(c) for c in botted]
    assert 0.35 <= statistics.median(shares) <= 0.8
    for channel, share in zip(botted, shares, strict=True):
        if channel.base_kind not in ("ads_only", "some_days"):
            assert 0.12 <= share <= 0.98, (channel.base_kind, share)


def test_one_fetch_keeps_the_current_counts_only(channels):
    channel = channels[-1]
    fetched = one_fetch(channel)
    assert fetched.subscriber_history == ()
    assert all(p.snapshots == () for p in fetched.posts)
    assert [p.views for p in fetched.posts] == [p.views for p in channel.posts]
    assert fetched.observed_at == channel.observed_at
    assert any(p.snapshots for p in channel.posts) and channel.subscriber_history
