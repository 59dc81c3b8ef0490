"""Honest channels whose engagement, early views or subscribers move for real reasons stay "low".

Each case is a small hand-made channel beside a botted twin: the sign must stay quiet on the
honest one and be named, with the risk it brings, on the botted one.
"""

import math
import random
from datetime import UTC, datetime, timedelta

from pricing import PostStats, assess_channel

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def _fraction(age):
    return (1 - math.exp(-age / 3)) * 0.7 + 0.3 * min(age / 168, 1.2)


def _appeal_channel(
    package_share,
    elasticity,
    seed=7,
    n=60,
    *,
    every_hours=10.0,
    appeal_sd=0.5,
    level=4000,
    rate=0.03,
    rate_noise=0.3,
):
    """Posts read once, one every ``every_hours``. Readers forward and react at ``rate`` ×
    appeal^``elasticity`` (people pass on what they like); a package of bought views, the same
    on every post, brings nothing."""
    rng = random.Random(seed)
    posts = []
    for i in range(n):
        age = 50 + i * every_hours
        appeal = rng.lognormvariate(0, appeal_sd)
        real = level * appeal * _fraction(age)
        bought = level * package_share / (1 - package_share) * _fraction(age)
        engagement = real * rate * appeal**elasticity * rng.lognormvariate(0, rate_noise)
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(hours=age),
                views=round(real + bought),
                forwards=round(engagement / 3),
                reactions=round(engagement * 2 / 3),
            )
        )
    return posts


def test_engagement_rising_with_appeal_is_not_read_as_bots():
    report = assess_channel(40_000, _appeal_channel(0.0, 0.5), now=NOW)
    slope = report.signal("engagement_slope")
    assert slope.value is not None and slope.value > 0.2  # it does rise, as real engagement does
    assert not slope.fired
    assert slope.threshold > 0.5  # what honest audiences allow, plus the measuring error
    assert report.risk == "low", report.summary


def test_engagement_rising_faster_than_views_is_not_read_as_bots():
    # readers who forward what they like much more readily than they read it: engagement ×
    # appeal^2.2 against views × appeal, a slope near 1.2 with no view bought
    report = assess_channel(40_000, _appeal_channel(0.0, 1.2), now=NOW)
    slope = report.signal("engagement_slope")
    assert slope.value is not None and slope.value > 0.9
    assert not slope.fired
    assert report.risk == "low", report.summary


def test_a_bought_package_on_an_appealing_channel_is_still_named():
    report = assess_channel(40_000, _appeal_channel(0.6, 0.5), now=NOW)
    slope = report.signal("engagement_slope")
    assert slope.fired and slope.value > slope.threshold
    assert "forwards and reactions per view" in slope.explanation
    assert f"{slope.threshold:.2f}" in slope.explanation
    assert report.risk in ("medium", "high")
    assert "engagement_slope" in report.summary


def _tracked_posts(early_views, late_views, days=20):
    """One post a day with readings at 2, 6, 30 and 60 hours (only those already taken)."""
    posts = []
    for i in range(days):
        age = 12 + i * 24.0
        early, late = early_views(i), late_views(i)
        shape = {2: early * 0.6, 6: early, 30: early + late * 0.8, 60: early + late}
        snapshots = tuple((h, round(v)) for h, v in shape.items() if h <= age)
        views = snapshots[-1][1]
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(hours=age),
                views=views,
                forwards=round(views * 0.01),
                reactions=round(views * 0.02),
                snapshots=snapshots,
            )
        )
    return posts


def test_early_views_that_vary_less_than_late_ones_but_still_vary_are_honest():
    rng = random.Random(8)
    appeal = [rng.lognormvariate(0, 1.0) for _ in range(20)]
    # Subscribers read the first hours (spread 0.4); shares and reposts bring the rest (spread ~1).
    early = [1500 * rng.lognormvariate(0, 0.4) for _ in range(20)]
    posts = _tracked_posts(lambda i: early[i], lambda i: 1500 * appeal[i])
    report = assess_channel(10_000, posts, now=NOW)
    flat = report.signal("early_flat")
    assert flat.value is not None and flat.value < 0.5  # flatter than the late views …
    assert flat.params["early_cv"] >= 0.3  # … but not flat the way a package is
    assert not flat.fired
    assert report.risk == "low", report.summary


def test_a_fixed_early_package_is_named():
    rng = random.Random(9)
    appeal = [rng.lognormvariate(0, 0.5) for _ in range(20)]
    posts = _tracked_posts(lambda i: 3000 * rng.lognormvariate(0, 0.05), lambda i: 1000 * appeal[i])
    report = assess_channel(10_000, posts, now=NOW)
    flat = report.signal("early_flat")
    assert flat.fired and flat.params["early_cv"] < 0.3
    assert "fixed package of bought views" in flat.explanation
    assert report.risk in ("medium", "high")


def _jump_channel(reach_after):
    """A post a day for four weeks; subscribers 10,000 → 13,000 two weeks ago."""
    jump_day = NOW - timedelta(days=14)
    posts = []
    for d in range(28):
        posted = NOW - timedelta(days=d + 0.5)
        factor = reach_after if posted > jump_day else 1
        views = round(2000 * (0.6, 1.0, 1.6)[d % 3] * factor)  # varied, as real posts are
        posts.append(PostStats(posted, views, round(views * 0.01), round(views * 0.02)))
    history = [
        (t, 10_000 if t < jump_day else 13_000)
        for t in (NOW - timedelta(days=d) for d in range(30))
    ]
    return posts, history


def test_an_ad_campaign_whose_new_subscribers_read_less_is_honest():
    # 30 % more subscribers, reach 12 % up: the newcomers read, less than the old readers do.
    posts, history = _jump_channel(1.12)
    report = assess_channel(13_000, posts, history, now=NOW)
    jump = report.signal("subscriber_jumps")
    assert jump.value is not None and jump.value > 0.29
    assert not jump.fired
    assert "with them" in jump.explanation
    assert report.risk == "low", report.summary


def test_bought_subscribers_who_never_read_are_named():
    posts, history = _jump_channel(1.0)
    report = assess_channel(13_000, posts, history, now=NOW)
    jump = report.signal("subscriber_jumps")
    assert jump.fired and jump.severity == "strong"
    assert "likely bought" in jump.explanation
    assert report.risk in ("medium", "high")


def _slow_channel(package_share, seed, appeal_sd=0.17, elasticity=1.7, n=20):
    """One post a day for 20 days, read once: a narrow range of appeal (sd 0.17) and readers who
    forward and react at 5 % × appeal^1.7 — the slow-posting honest channel whose views barely
    vary and whose engagement rises with appeal; a bought package is the same on every post."""
    return _appeal_channel(
        package_share,
        elasticity,
        seed,
        n,
        every_hours=24.0,
        appeal_sd=appeal_sd,
        level=3000,
        rate=0.05,
        rate_noise=0.1,
    )


def test_a_slow_honest_channel_only_just_past_a_threshold_is_not_flagged():
    # views that vary a little less than the threshold, within one standard error of it
    flat = assess_channel(20_000, _slow_channel(0.0, seed=17), now=NOW)
    cv = flat.signal("views_cv")
    assert cv.fired and cv.params["clear"] <= cv.value < cv.threshold
    assert cv.severity == "weak" and not cv.decisive
    assert "weak sign" in cv.explanation
    assert flat.risk == "low", flat.summary
    # engagement per view rising just past the slope's allowance, within 1.5 standard errors
    rising = assess_channel(20_000, _slow_channel(0.0, seed=2), now=NOW)
    slope = rising.signal("engagement_slope")
    assert slope.fired and slope.threshold < slope.value <= slope.params["clear"]
    assert slope.severity == "weak"
    assert rising.risk == "low", rising.summary


def test_a_package_on_the_same_slow_channels_is_still_high():
    for seed in (17, 2):
        report = assess_channel(20_000, _slow_channel(0.7, seed=seed), now=NOW)
        assert report.risk == "high", report.summary
        assert report.signal("views_cv").severity == "strong"
        assert report.signal("views_cv").decisive
        assert report.signal("engagement_slope").severity == "strong"
