"""The blind synthetic generator: the properties its docstring promises, checked on its output."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import timedelta

import numpy as np
import pytest

from pricing.synthetic import SyntheticChannel
from pricing.synthetic_blind import (
    BOUGHT_TIERS,
    DELIVERY_STYLES,
    KINDS,
    MAX_SUBSCRIBERS,
    MIN_SUBSCRIBERS,
    ORGANIC_EVENTS,
    TRACKED_HOURS,
    generate_channels,
    one_fetch,
)
from pricing.synthetic_blind_calendar import reader_clock

PER_KIND = 16


@pytest.fixture(scope="module")
def channels() -> list[SyntheticChannel]:
    return generate_channels(2030, PER_KIND)


@pytest.fixture(scope="module")
def more_channels() -> list[SyntheticChannel]:
    """Another seed, more channels: rarer styles and events show up."""
    return generate_channels(2031, 30)


def _organic(channels):
    return [c for c in channels if not c.is_botted]


def _botted(channels):
    return [c for c in channels if c.is_botted]


def _age(channel, post) -> float:
    return (channel.observed_at - post.posted_at).total_seconds() / 3600


def _bought_share(channel) -> float:
    return statistics.median(
        p.curve.bot_views / p.curve.views_at(TRACKED_HOURS)
        for p in channel.posts
        if p.curve.views_at(TRACKED_HOURS) > 0
    )


def test_each_kind_has_n_channels_labelled(channels):
    assert [c.kind for c in channels] == ["organic"] * PER_KIND + ["botted"] * PER_KIND
    assert {c.kind for c in channels} == set(KINDS)
    for channel in _organic(channels):
        assert not channel.is_botted
        assert channel.base_kind in ORGANIC_EVENTS
    for channel in _botted(channels):
        assert channel.base_kind in DELIVERY_STYLES
    assert len({c.username for c in channels}) == len(channels)


def test_views_never_decrease_along_a_posts_readings(channels):
    for channel in channels:
        for post in channel.posts:
            counts = [views for _, views in post.snapshots] + [post.views]
            assert counts == sorted(counts), (channel.username, post.posted_at)


def test_tracked_readings_are_sorted_within_seven_days_and_end_at_the_fetch(channels):
    for channel in channels:
        assert channel.posts, channel.username
        for post in channel.posts:
            ages = [age for age, _ in post.snapshots]
            assert ages == sorted(ages)
            assert all(0 < age <= TRACKED_HOURS for age in ages)
            age_now = _age(channel, post)
            if age_now <= TRACKED_HOURS:
                assert ages[-1] == pytest.approx(age_now)
                assert post.snapshots[-1][1] == post.views


def test_tracked_posts_have_several_readings_and_a_subscriber_history(channels):
    readings = [len(p.snapshots) for c in channels for p in c.posts]
    assert statistics.median(readings) >= 3
    for channel in channels:
        history = channel.subscriber_history
        assert len(history) >= 5
        assert [t for t, _ in history] == sorted(t for t, _ in history)
        assert history[-1] == (channel.observed_at, channel.subscribers)


def test_one_fetch_has_one_reading_per_post_and_no_history(channels):
    for channel in channels:
        fetched = one_fetch(channel)
        assert fetched.subscriber_history == ()
        assert len(fetched.posts) == len(channel.posts)
        for post, tracked in zip(fetched.posts, channel.posts, strict=True):
            assert post.snapshots == ()
            assert post.views == tracked.views
        assert all(s.snapshots == () for s in fetched.post_stats())


def test_subscribers_within_the_stated_range_and_spread_over_it(channels):
    sizes = [c.subscribers for c in channels]
    assert all(MIN_SUBSCRIBERS <= s <= MAX_SUBSCRIBERS for s in sizes)
    assert min(sizes) < 3_000 and max(sizes) > 100_000


def test_bought_share_within_the_tiers_and_every_tier_present(channels):
    tiers = defaultdict(int)
    for channel in _botted(channels):
        share = _bought_share(channel)
        matches = [name for name, (lo, hi) in BOUGHT_TIERS.items() if lo - 0.01 <= share <= hi]
        assert matches, (channel.username, share)
        tiers[matches[0]] += 1
    assert set(tiers) == set(BOUGHT_TIERS)
    for channel in _organic(channels):
        assert all(p.curve.bot_views == 0 for p in channel.posts)


def test_more_channels_show_every_delivery_style(more_channels):
    styles = {c.base_kind for c in _botted(more_channels)}
    assert styles == set(DELIVERY_STYLES)


def test_instant_packages_arrive_within_the_hour_and_others_within_six_and_a_half(
    more_channels,
):
    for channel in _botted(more_channels):
        for post in channel.posts:
            curve = post.curve
            if not curve.bot_views or channel.base_kind in ("mimic", "manual"):
                continue
            done_by = 0.75 if channel.base_kind == "instant" else 6.4
            assert curve.bots_at(done_by) == pytest.approx(curve.bot_views)
            assert curve.bots_at(0.0) == 0


def test_counts_follow_the_curve(channels):
    """The reading at the fetch is the post's curve, give or take counting noise."""
    ratios = [
        post.views / expected
        for channel in channels
        for post in channel.posts
        if (expected := post.curve.views_at(_age(channel, post))) > 2_000
    ]
    assert len(ratios) > 100
    assert 0.97 < statistics.median(ratios) < 1.03
    assert sum(0.8 < r < 1.25 for r in ratios) / len(ratios) > 0.95


def test_same_seed_same_channels_more_channels_only_add():
    def signature(chs):
        return [(c.username, c.subscribers, tuple(p.views for p in c.posts)) for c in chs]

    first = generate_channels(2030, 3)
    assert signature(first) == signature(generate_channels(2030, 3))
    assert signature(generate_channels(2030, 5))[:3] == signature(first)[:3]
    assert signature(generate_channels(2032, 3)) != signature(first)


def test_unknown_kind_or_empty_window_is_refused():
    with pytest.raises(ValueError, match="kind"):
        generate_channels(2030, 1, kinds=("fast",))
    with pytest.raises(ValueError, match="days"):
        generate_channels(2030, 1, days=0)


def test_posting_is_bursty(channels):
    gaps = [
        (b.posted_at - a.posted_at).total_seconds() / 3600
        for c in channels
        for a, b in zip(c.posts, c.posts[1:], strict=False)
        if b.grouped_id is None or b.grouped_id != a.grouped_id
    ]
    assert sum(g < 0.1 for g in gaps) / len(gaps) > 0.15  # several posts in a row
    assert sum(g > 6 for g in gaps) / len(gaps) > 0.05  # then hours of nothing


def test_albums_share_time_and_caption(channels):
    albums = defaultdict(list)
    for index, channel in enumerate(channels):
        for post in channel.posts:
            if post.grouped_id is not None:
                albums[index, post.grouped_id].append(post)
    assert albums
    for members in albums.values():
        assert len({p.posted_at for p in members}) == 1
        assert [bool(p.text) for p in members][1:] == [False] * (len(members) - 1)


def test_some_ads_and_viral_posts_in_organic_channels(channels):
    organic = _organic(channels)
    assert any(p.is_ad for c in organic for p in c.posts)
    viral = [c for c in organic if c.base_kind in ("viral", "viral_campaign")]
    assert viral
    for channel in viral:
        peak = max(p.curve.views_at(TRACKED_HOURS) for p in channel.posts)
        typical = statistics.median(p.curve.views_at(TRACKED_HOURS) for p in channel.posts)
        assert peak > 2.5 * typical


def test_a_growth_campaign_adds_subscribers_who_read_less(more_channels):
    campaigns = [
        c for c in _organic(more_channels) if c.base_kind in ("campaign", "viral_campaign")
    ]
    assert campaigns
    for channel in campaigns:
        history = channel.subscriber_history
        assert history[-1][1] > 1.1 * history[0][1]
        first_week = [p for p in channel.posts if p.posted_at < history[0][0] + timedelta(days=3)]
        last_week = [
            p for p in channel.posts if p.posted_at > channel.observed_at - timedelta(days=3)
        ]
        if len(first_week) < 5 or len(last_week) < 5:
            continue
        reach_growth = statistics.median(p.curve.organic for p in last_week) / statistics.median(
            p.curve.organic for p in first_week
        )
        assert reach_growth < history[-1][1] / history[0][1] * 1.5


def test_reader_clock_sleeps_at_night_and_keeps_the_niches_weekend():
    rng = np.random.default_rng(7)
    clock = reader_clock(rng, 14 * 24, 3, weekend_activity=0.6)
    hourly = np.diff(clock.cumulative)
    local_hour = (np.arange(len(hourly)) + 3) % 24
    weekday = ((np.arange(len(hourly)) + 3) // 24) % 7
    night = hourly[(local_hour >= 2) & (local_hour < 6)].mean()
    evening = hourly[(local_hour >= 19) & (local_hour < 23)].mean()
    assert night < 0.5 * evening
    assert hourly[weekday >= 5].mean() < 0.85 * hourly[weekday < 5].mean()
    assert hourly.mean() == pytest.approx(1.0)
