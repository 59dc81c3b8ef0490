"""Quality signals: organic channels pass, botted ones are caught, every signal explains itself."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from pricing import InputError, PostStats, QualityReport, assess_channel
from pricing.synthetic import generate_channel

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def _organic_views(rng, i):
    return round(2000 * rng.lognormvariate(0, 0.5))


def _posts(views, *, days=25, engagement=0.03, snapshots=None, ads=0):
    """One post a day for ``days`` days; ``views`` gives each post's views by index."""
    posts = []
    for i in range(days):
        v = views(i)
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(days=i + 0.5),
                views=v,
                forwards=round(v * engagement / 3),
                reactions=round(v * engagement * 2 / 3),
                snapshots=snapshots(v) if snapshots else (),
                is_ad=i < ads,
            )
        )
    return posts


def _organic_shape(v):
    return (
        (0.5, round(v * 0.12)),
        (1.5, round(v * 0.3)),
        (5, round(v * 0.5)),
        (30, round(v * 0.8)),
        (80, round(v * 0.92)),
    )


def _botted_shape(v):
    return (
        (0.5, round(v * 0.8)),
        (1.5, round(v * 0.93)),
        (5, round(v * 0.95)),
        (30, round(v * 0.97)),
        (80, round(v * 0.99)),
    )


def test_a_healthy_channel_fires_nothing():
    rng = random.Random(1)
    posts = _posts(lambda i: _organic_views(rng, i), snapshots=_organic_shape)
    report = assess_channel(
        10_000, posts, [(NOW - timedelta(days=d), 10_000 - d * 10) for d in range(30)]
    )
    assert isinstance(report, QualityReport)
    assert report.risk == "low"
    assert report.fired == ()
    assert not report.insufficient_data
    keys = {s.key for s in report.signals}
    assert {
        "err",
        "err24",
        "views_cv",
        "hollow_reach",
        "first_hour",
        "early_flat",
        "subscriber_jumps",
        "ad_share",
    } <= keys


def test_flat_first_hour_hollow_views_are_high_risk_with_reasons():
    rng = random.Random(2)
    posts = _posts(
        lambda i: round(15_000 * (1 + rng.gauss(0, 0.03))),
        engagement=0.001,
        snapshots=_botted_shape,
    )
    report = assess_channel(10_000, posts)
    assert report.risk == "high"
    fired = {s.key for s in report.fired}
    assert {"views_cv", "first_hour", "hollow_reach", "err"} <= fired
    cv = report.signal("views_cv")
    assert cv.severity == "strong" and cv.value < cv.threshold
    assert f"{cv.value:.2f}" in cv.explanation
    hollow = report.signal("hollow_reach")
    assert "views per subscriber" in hollow.explanation
    assert "views_cv" in report.summary


def test_subscriber_jump_without_more_reach_fires_and_with_it_does_not():
    rng = random.Random(3)
    posts = _posts(lambda i: _organic_views(rng, i), days=28)
    jump_day = NOW - timedelta(days=14)
    moments = [NOW - timedelta(days=d) for d in range(30)]
    history = [(t, 10_000 if t < jump_day else 13_000) for t in moments]
    report = assess_channel(13_000, posts, history)
    jump = report.signal("subscriber_jumps")
    assert jump.fired and jump.severity == "strong"
    assert jump.value == pytest.approx(0.3)
    assert "30 %" in jump.explanation

    grown = _posts(lambda i: round(_organic_views(rng, i) * (1.4 if i < 14 else 1.0)), days=28)
    report = assess_channel(13_000, grown, history)
    assert not report.signal("subscriber_jumps").fired


def test_ad_heavy_channel_is_flagged_as_weak_signal():
    rng = random.Random(4)
    posts = _posts(lambda i: _organic_views(rng, i), ads=12)
    signal = assess_channel(10_000, posts).signal("ad_share")
    assert signal.fired and signal.severity == "weak"
    assert signal.value == pytest.approx(12 / 25)


def test_too_little_data_is_low_risk_but_visibly_unchecked():
    posts = _posts(lambda i: 1000, days=2)
    report = assess_channel(10_000, posts)
    assert report.risk == "low"
    assert report.insufficient_data
    assert [s.key for s in report.fired] == ["not_enough_data"]
    assert "Not enough data" in report.fired[0].explanation
    assert report.signal("views_cv").value is None


def test_no_posts_at_all():
    report = assess_channel(0, [])
    assert report.risk == "low" and report.insufficient_data


@pytest.mark.parametrize(
    ("subscribers", "posts", "history", "message"),
    [
        (-1, [], (), "subscribers"),
        (10, ["post"], (), "PostStats"),
        (10, [PostStats(NOW, views=-3)], (), "views"),
        (10, [], [(NOW, "a lot")], "subscriber count"),
        (10, [], [("today", 5)], "datetime"),
    ],
)
def test_bad_input_raises_input_error(subscribers, posts, history, message):
    with pytest.raises(InputError, match=message):
        assess_channel(subscribers, posts, history)


@pytest.mark.parametrize("seed", range(6))
def test_synthetic_organic_channels_are_not_high_risk(seed):
    rng = random.Random(seed)
    for kind in ("fast", "slow"):
        channel = generate_channel(rng, kind)
        report = assess_channel(
            channel.subscribers,
            channel.post_stats(),
            channel.subscriber_history,
            now=channel.observed_at,
        )
        assert report.risk != "high", report.summary
        assert not any(s.severity == "strong" for s in report.fired) or kind == "fast"


@pytest.mark.parametrize("seed", range(6))
def test_synthetic_botted_channels_fire_strong_signals(seed):
    channel = generate_channel(random.Random(100 + seed), "botted")
    report = assess_channel(
        channel.subscribers,
        channel.post_stats(),
        channel.subscriber_history,
        now=channel.observed_at,
    )
    assert any(s.severity == "strong" for s in report.fired), report.summary
    assert report.risk in {"medium", "high"}
