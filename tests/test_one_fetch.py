"""One reading per post: the cross-section curve, the one-fetch signals and the risk rule."""

import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from pricing import InputError, PostStats, assess_channel
from pricing.cross_section import fit_cross_section_curve
from pricing.quality import ONE_FETCH_ENOUGH, STRONG, WEAK, Signal, risk_level
from pricing.synthetic import generate_channel

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def _true_fraction(age):
    """A known organic curve (share of the 7-day views), unlike the built-in typical one."""
    return (1 - math.exp(-age / 3)) * 0.7 + 0.3 * min(age / 168, 1.2)


def _one_fetch_posts(views_at, n=60, every_hours=11.0, engagement=0.03):
    posts = []
    for i in range(n):
        age = 0.4 + i * every_hours
        views = round(views_at(i, age))
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(hours=age),
                views=views,
                forwards=round(views * engagement / 3),
                reactions=round(views * engagement * 2 / 3),
            )
        )
    return posts


def test_the_cross_section_recovers_the_channel_curve_and_ignores_a_viral_post():
    rng = random.Random(5)
    ages = [0.5 + i * 3.1 for i in range(90)]  # a post every three hours, read once
    appeal = [rng.lognormvariate(0, 0.2) for _ in ages]
    readings = [(a, 5000 * _true_fraction(a) * k) for a, k in zip(ages, appeal, strict=True)]
    fitted = fit_cross_section_curve(readings)
    assert not fitted.curve.is_default and fitted.curve.n_posts == 90

    def shape(curve, age):
        return curve.fraction(age) / curve.fraction(48)

    for age in (12, 24, 96):
        expected = _true_fraction(age) / _true_fraction(48)
        assert shape(fitted.curve, age) == pytest.approx(expected, rel=0.15)

    viral = list(readings)
    viral[5] = (viral[5][0], viral[5][1] * 40)  # one post read by forty times the usual audience
    bent = fit_cross_section_curve(viral)
    for age in (6, 12, 24, 96):
        assert shape(bent.curve, age) == pytest.approx(shape(fitted.curve, age), rel=0.1)
    assert bent.appeal[5] > 3  # the viral post stands out instead of bending the curve


def test_too_few_posts_keep_the_typical_curve_and_bad_readings_are_refused():
    assert fit_cross_section_curve([(5, 100), (30, 300)]).curve.is_default
    with pytest.raises(InputError):
        fit_cross_section_curve([(5, -1)])
    with pytest.raises(InputError):
        fit_cross_section_curve("5,100")


def test_one_fetch_of_a_flat_channel_is_high_on_the_spread_alone():
    rng = random.Random(6)
    posts = _one_fetch_posts(lambda i, age: 4000 * min(1, 0.9 + age / 200) * rng.gauss(1, 0.04))
    report = assess_channel(20_000, posts)
    assert report.one_fetch
    spread = report.signal("views_cv")
    assert spread.fired and spread.decisive and spread.value < spread.decisive_threshold
    assert report.risk == "high", report.summary
    assert "far past" in report.summary
    # what one fetch cannot tell is marked, not guessed
    for key in ("first_hour", "early_flat", "subscriber_jumps"):
        assert report.signal(key).value is None and not ONE_FETCH_ENOUGH[key]


def test_one_fetch_of_an_organic_channel_is_low():
    rng = random.Random(7)
    posts = _one_fetch_posts(lambda i, age: 4000 * _true_fraction(age) * rng.lognormvariate(0, 0.5))
    report = assess_channel(20_000, posts)
    assert report.one_fetch and report.risk == "low", report.summary
    assert not report.signal("views_cv").fired


def test_young_posts_with_a_full_day_of_views_fire_young_share():
    rng = random.Random(8)

    def views(i, age):  # one post an hour for the first six hours (already full), then daily
        return (4400 if age < 6 else 4000) * rng.lognormvariate(0, 0.1)

    posts = [
        PostStats(NOW - timedelta(hours=h), round(views(0, h)), 10, 30)
        for h in (0.5, 1.5, 2.5, 3.5, 4.5, *(24 * d + 5 for d in range(1, 20)))
    ]
    signal = assess_channel(20_000, posts, now=NOW).signal("young_share")
    assert signal.value is not None and signal.fired and signal.severity == WEAK
    assert signal.params["posts"] == 5


def _signal(key, fired, severity=STRONG, decisive=False):
    return Signal(key, 0.1, 0.2, fired, severity, "", {}, 0.15, decisive)


@pytest.mark.parametrize(
    ("signals", "risk"),
    [
        ([_signal("views_cv", True, decisive=True)], "high"),
        ([_signal("views_cv", True)], "medium"),
        ([_signal("views_cv", True), _signal("early_flat", True)], "high"),
        (
            [
                _signal("views_cv", True),
                _signal("err", True, WEAK),
                _signal("ad_share", True, WEAK),
            ],
            "high",
        ),
        ([_signal("err", True, WEAK), _signal("ad_share", True, WEAK)], "medium"),
        ([_signal("err", True, WEAK), _signal("views_cv", False)], "low"),
    ],
)
def test_the_risk_rule(signals, risk):
    assert risk_level(signals) == risk


@pytest.mark.parametrize("seed", range(4))
def test_one_fetch_of_synthetic_channels(seed):
    rng = random.Random(200 + seed)
    botted = generate_channel(rng, "botted")
    organic = generate_channel(rng, rng.choice(("fast", "slow")))
    bot = assess_channel(
        botted.subscribers, botted.post_stats(with_snapshots=False), now=botted.observed_at
    )
    real = assess_channel(
        organic.subscribers, organic.post_stats(with_snapshots=False), now=organic.observed_at
    )
    assert bot.one_fetch and bot.risk in {"medium", "high"}, bot.summary
    assert real.risk == "low", real.summary


def _engagement_channel(package_share, seed=11, n=60):
    """Posts read once; real readers forward and react at 3 %, bought views do not."""
    rng = random.Random(seed)
    typical = 4000
    posts = []
    for i in range(n):
        age = 50 + i * 10.0
        real = typical * rng.lognormvariate(0, 0.5) * _true_fraction(age)
        bought = typical * package_share / (1 - package_share) * _true_fraction(age)
        engagement = real * 0.03 * rng.lognormvariate(0, 0.4)
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(hours=age),
                views=round(real + bought),
                forwards=round(engagement / 3),
                reactions=round(engagement * 2 / 3),
            )
        )
    return posts


def test_a_fixed_package_of_views_makes_engagement_per_view_rise_with_views():
    # 80 % bought: slope ≈ 0.8 ÷ 0.2 = 4, far above what honest audiences reach (1.5)
    report = assess_channel(40_000, _engagement_channel(0.8), now=NOW)
    slope = report.signal("engagement_slope")
    assert slope.fired and slope.value > slope.threshold >= 1.5
    assert "forwards and reactions per view" in slope.explanation
    assert report.risk in ("medium", "high")
    assert ONE_FETCH_ENOUGH["engagement_slope"]


def test_real_engagement_per_view_does_not_rise_with_views():
    slope = assess_channel(40_000, _engagement_channel(0.0), now=NOW).signal("engagement_slope")
    assert slope.value is not None and abs(slope.value) < 0.3
    assert not slope.fired


def test_engagement_slope_needs_enough_forwards_and_reactions():
    posts = [PostStats(p.posted_at, p.views, 0, 0) for p in _engagement_channel(0.4)]
    slope = assess_channel(40_000, posts, now=NOW).signal("engagement_slope")
    assert slope.value is None and not slope.fired
    assert slope.params["engagement"] == 0


def _outside_channel(subscribers, forward_rate, seed=3, n=30):
    """Posts read once, a typical 7-day post of 6,000 views; forwards at ``forward_rate``."""
    rng = random.Random(seed)
    posts = []
    for i in range(n):
        age = 30 + i * 20.0
        views = round(6000 * rng.lognormvariate(0, 0.4) * _true_fraction(age))
        posts.append(
            PostStats(
                posted_at=NOW - timedelta(hours=age),
                views=views,
                forwards=round(views * forward_rate),
                reactions=round(views * 0.01),
            )
        )
    return posts


def test_more_readers_than_subscribers_with_no_forwards_is_a_strong_sign_far_past():
    # 3,000 subscribers, the typical post read by about 6,000, one reader in 400 forwards.
    report = assess_channel(3000, _outside_channel(3000, 0.0025), now=NOW)
    sign = report.signal("outside_reach")
    assert sign.fired and sign.severity == STRONG and sign.decisive
    assert sign.value > 1.5 and sign.params["forwards"] < 0.01
    assert sign.threshold == 1.0 and sign.decisive_threshold == 1.5
    assert "only 0.3 % of its views come with a forward" in sign.explanation
    assert report.risk == "high"
    assert "outside_reach (far past)" in report.summary
    assert ONE_FETCH_ENOUGH["outside_reach"]


def test_readers_beyond_subscribers_explained_by_forwards_are_not_a_sign():
    # The same reach, but one reader in 25 forwards: reposts bring the other readers.
    sign = assess_channel(3000, _outside_channel(3000, 0.04), now=NOW).signal("outside_reach")
    assert sign.value > 1.5 and not sign.fired
    assert "no unexplained readers" in sign.explanation


def test_a_channel_read_by_a_third_of_its_subscribers_shows_no_outside_readers():
    sign = assess_channel(18_000, _outside_channel(18_000, 0.0025), now=NOW).signal("outside_reach")
    assert 0.2 < sign.value < 0.5 and not sign.fired


def test_one_viral_post_does_not_make_outside_readers():
    posts = _outside_channel(10_000, 0.0025)
    viral = posts[4]
    posts[4] = PostStats(viral.posted_at, viral.views * 60, 0, 0)
    report = assess_channel(10_000, posts, now=NOW)
    assert report.signal("err").fired  # the mean is pulled past the subscribers
    assert not report.signal("outside_reach").fired  # the median post is not


def test_outside_readers_need_five_posts_a_day_old():
    sign = assess_channel(3000, _outside_channel(3000, 0.0025, n=4), now=NOW).signal(
        "outside_reach"
    )
    assert sign.value is None and not sign.fired
    assert sign.params == {"posts": 4, "needed": 5}
