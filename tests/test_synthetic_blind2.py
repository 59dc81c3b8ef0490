"""The second blind synthetic generator: the properties its docstring promises, checked."""

from __future__ import annotations

import statistics

import pytest

from pricing.synthetic import SyntheticChannel
from pricing.synthetic_blind2 import (
    FORMATS,
    KINDS,
    MAX_SUBSCRIBERS,
    MIN_SUBSCRIBERS,
    STRATEGIES,
    TRACKED_HOURS,
    generate_channels,
    one_fetch,
)

PER_KIND = 8


@pytest.fixture(scope="module")
def channels() -> list[SyntheticChannel]:
    return generate_channels(2032, PER_KIND)


def test_each_kind_has_the_asked_number_of_labelled_channels(channels):
    assert [c.kind for c in channels].count("organic") == PER_KIND
    assert [c.kind for c in channels].count("botted") == PER_KIND
    for channel in channels:
        assert channel.kind in KINDS
        assert channel.is_botted == (channel.kind == "botted")
        expected = STRATEGIES if channel.is_botted else FORMATS
        assert channel.base_kind in expected


def test_sizes_stay_in_the_stated_range(channels):
    for channel in channels:
        assert MIN_SUBSCRIBERS * 0.99 <= channel.subscribers <= MAX_SUBSCRIBERS * 1.01
        assert channel.posts


def test_views_never_go_down_along_a_posts_readings(channels):
    for channel in channels:
        for post in channel.posts:
            views = [v for _, v in post.snapshots]
            assert views == sorted(views)
            if views:
                assert post.views >= views[-1]


def test_tracked_readings_stop_at_seven_days_and_are_taken_before_the_fetch(channels):
    tracked = 0
    for channel in channels:
        for post in channel.posts:
            for age, _ in post.snapshots:
                assert 0 < age <= TRACKED_HOURS
                assert (
                    post.posted_at.timestamp() + age * 3600 <= channel.observed_at.timestamp() + 1
                )
            tracked += bool(post.snapshots)
        assert channel.subscriber_history
    assert tracked > 0


def test_bought_share_of_the_median_bought_post_is_in_the_strategys_range(channels):
    for channel in channels:
        shares = [p.curve.bot_views / p.curve.views_at(168) for p in channel.posts]
        if not channel.is_botted:
            assert max(shares) == 0
            continue
        bought = [s for s in shares if s > 0]
        lo, hi = STRATEGIES[channel.base_kind]
        assert lo - 0.05 <= statistics.median(bought) <= hi + 0.05
        if channel.base_kind == "ads_only":
            ads = [p.curve.bot_views > 0 for p in channel.posts if p.is_ad]
            assert all(ads)


def test_seven_day_views_are_organic_plus_the_whole_package(channels):
    for channel in channels:
        for post in channel.posts[:20]:
            total = post.curve.organic + post.curve.bot_views
            assert post.curve.views_at(168) == pytest.approx(total, rel=1e-9)


def test_a_seed_always_gives_the_same_channels_and_another_seed_others(channels):
    again = generate_channels(2032, 2)
    first = [c for c in channels if c.username in {a.username for a in again}]
    assert [(c.username, [p.views for p in c.posts]) for c in first] == [
        (c.username, [p.views for p in c.posts]) for c in again
    ]
    assert [p.snapshots for p in first[0].posts] == [p.snapshots for p in again[0].posts]
    other = generate_channels(2033, 2)
    assert [c.subscribers for c in other] != [c.subscribers for c in again]


def test_one_fetch_keeps_one_reading_per_post_and_no_subscriber_history(channels):
    for channel in channels:
        fetched = one_fetch(channel)
        assert fetched.subscriber_history == ()
        assert all(p.snapshots == () for p in fetched.posts)
        assert [p.views for p in fetched.posts] == [p.views for p in channel.posts]
        assert fetched.kind == channel.kind


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        generate_channels(2032, 1, kinds=("fast",))


def test_every_package_is_delivered_in_full_by_five_days_and_none_before_posting(channels):
    bought = [p.curve for c in channels for p in c.posts if p.curve.bot_views]
    assert bought
    for curve in bought:
        assert curve.bots_at(120) == pytest.approx(curve.bot_views)
        assert curve.bots_at(0) == 0
