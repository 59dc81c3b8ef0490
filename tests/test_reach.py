"""Reach at a placement window from view snapshots: methods, accuracy, curves, channel mean."""

import itertools
import math
import random
import statistics
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pricing import (
    DEFAULT_CURVE,
    ChannelReach,
    InputError,
    PostSnapshots,
    PostStats,
    channel_reach,
    estimate_reach,
    fit_accumulation_curve,
    looks_like_ad,
    snapshots_by_age,
)
from pricing.synthetic import generate_channel, generate_channels

T0 = datetime(2025, 5, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def channels():
    return generate_channels(11, 4)


def _old_posts(channel):
    return [
        p
        for p in channel.posts
        if (p.grouped_id is None or p.text)
        and (channel.observed_at - p.posted_at) >= timedelta(days=7)
        and p.true_reach_24h >= 50
    ]


# --- the curve ---


def test_default_curve_is_relative_to_seven_days_and_non_decreasing():
    assert DEFAULT_CURVE.is_default
    assert DEFAULT_CURVE.fraction(168) == pytest.approx(1.0)
    assert DEFAULT_CURVE.fraction(0) == 0
    ages = [0.1 * 1.1**i for i in range(100)]
    fractions = [DEFAULT_CURVE.fraction(a) for a in ages]
    assert fractions == sorted(fractions)
    assert 0.7 < DEFAULT_CURVE.fraction(24) < 0.8


def test_too_little_data_falls_back_to_the_default_curve_and_says_so():
    curve = fit_accumulation_curve([[(1, 100), (24, 300)], [(5, 10)]])
    assert curve.is_default
    assert curve.source == "default"
    assert "too little data" in curve.note
    assert curve.n_posts == 1


def test_fitted_curve_tells_fast_channels_from_slow_ones():
    rng = random.Random(3)
    fits = {}
    for kind in ("fast", "slow"):
        channel = generate_channel(rng, kind)
        fits[kind] = fit_accumulation_curve([p.snapshots for p in channel.posts])
        assert fits[kind].source == "fitted"
        assert fits[kind].fraction(168) == pytest.approx(1.0)
    speed = {k: c.fraction(2) / c.fraction(24) for k, c in fits.items()}
    assert speed["fast"] > speed["slow"] + 0.15


def test_fit_is_robust_to_a_few_odd_posts():
    rng = random.Random(5)
    channel = generate_channel(rng, "fast")
    posts = [p.snapshots for p in channel.posts]
    clean = fit_accumulation_curve(posts)
    odd = [[(1, 10), (2, 5000), (100, 5001)], [(3, 100), (150, 90000)], [(1, 1), (5, 9000)]]
    noisy = fit_accumulation_curve(posts + odd)
    for age in (1, 6, 24, 48):
        assert noisy.fraction(age) == pytest.approx(clean.fraction(age), rel=0.05)


# --- one post: methods ---


def test_snapshot_at_the_window_is_measured():
    estimate = estimate_reach([(3, 400), (24.2, 1000), (30, 1100)], 24)
    assert (estimate.views, estimate.method, estimate.confidence) == (1000, "measured", "high")


def test_bracketing_snapshots_interpolate_along_the_curve_not_a_straight_line():
    estimate = estimate_reach([(40, 1200), (6, 600)], 24)
    assert estimate.method == "interpolated"
    assert estimate.based_on == (6, 40)
    straight = 600 + (24 - 6) / (40 - 6) * 600
    assert straight < estimate.views < 1200


def test_snapshots_on_one_side_use_the_curve_and_say_which():
    early = [(2, 300), (5, 450)]
    default = estimate_reach(early, 24)
    assert default.method == "default_curve"
    assert default.views == round(450 * DEFAULT_CURVE.fraction(24) / DEFAULT_CURVE.fraction(5))
    assert default.confidence == "low"

    rng = random.Random(8)
    channel = generate_channel(rng, "fast")
    curve = fit_accumulation_curve([p.snapshots for p in channel.posts])
    fitted = estimate_reach(early, 24, curve)
    assert fitted.method == "curve"
    late = estimate_reach([(30, 1000)], 24, curve)
    assert late.method == "curve"
    assert late.views < 1000
    assert late.confidence == "medium"


def test_duplicates_and_decreasing_counts_are_smoothed_not_trusted():
    estimate = estimate_reach([(30, 900), (10, 1000), (10, 800), (20, 950)], 24)
    # Views never decrease: the estimate lies within the cleaned counts.
    assert 900 <= estimate.views <= 1000
    assert estimate.method == "interpolated"


def test_zero_views_stay_zero():
    assert estimate_reach([(2, 0)], 24).views == 0


@pytest.mark.parametrize(
    ("snapshots", "hours", "message"),
    [
        ([], 24, "no view snapshots"),
        ([(-1, 5)], 24, "cannot be negative"),
        ([(1, -5)], 24, "views must be"),
        ([(1, float("nan"))], 24, "finite"),
        ([(1, 5, 7)], 24, "pair"),
        ([("1h", 5)], 24, "must be a number"),
        ("1,5", 24, "list"),
        ([(1, 5)], 0, "positive number of hours"),
        ([(1, 5)], "24", "number"),
    ],
)
def test_bad_input_raises_a_readable_input_error(snapshots, hours, message):
    with pytest.raises(InputError, match=message):
        estimate_reach(snapshots, hours)


_anything = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.text(max_size=3),
    st.none(),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(st.tuples(_anything, _anything), st.lists(_anything, max_size=3), _anything),
        max_size=6,
    ),
    st.one_of(st.floats(), st.integers(min_value=-5, max_value=10**6)),
)
def test_estimate_reach_raises_nothing_but_input_error(snapshots, hours):
    try:
        estimate = estimate_reach(snapshots, hours)
    except InputError:
        return
    assert isinstance(estimate.views, int) and estimate.views >= 0
    assert estimate.method in {"measured", "interpolated", "default_curve"}
    assert estimate.confidence in {"high", "medium", "low"}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=2000, allow_nan=False),
            st.integers(min_value=0, max_value=10**7),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([24, 48]),
)
def test_estimate_stays_within_the_cleaned_counts_when_bracketed(snapshots, hours):
    estimate = estimate_reach(snapshots, hours)
    if estimate.method == "interpolated":
        views = [v for _, v in snapshots]
        assert min(views) - 1 <= estimate.views <= max(views) + 1


# --- accuracy on synthetic channels ---


def _errors(channels, rng, k, hours=24):
    errors = []
    for channel in channels:
        posts = _old_posts(channel)
        ages = [[rng.uniform(1, 168) for _ in range(k)] for _ in posts]
        observed = [p.observe(a, rng) for p, a in zip(posts, ages, strict=True)]
        curve = fit_accumulation_curve(observed)
        for post, snapshots in zip(posts, observed, strict=True):
            estimate = estimate_reach(snapshots, hours, curve)
            errors.append(abs(estimate.views / post.true_reach(hours) - 1))
    return errors


@pytest.mark.parametrize("kind", ["fast", "slow", "botted"])
def test_reach_from_sparse_irregular_snapshots_is_within_ten_percent(channels, kind):
    rng = random.Random(21)
    errors = _errors([c for c in channels if c.kind == kind], rng, k=3)
    within = sum(e <= 0.10 for e in errors) / len(errors)
    assert within >= 0.88
    assert statistics.median(errors) < 0.04


def test_more_snapshots_never_make_the_estimate_worse_on_average(channels):
    rng = random.Random(4)
    mean_error = {}
    for k in (1, 2, 4, 6):
        mean_error[k] = statistics.fmean(_errors(channels, random.Random(rng.random()), k))
    assert mean_error[1] >= mean_error[2] >= mean_error[4] * 0.98
    assert mean_error[4] >= mean_error[6] * 0.98
    assert mean_error[6] < mean_error[1] / 2


def test_nested_snapshots_improve_each_post_set_on_average(channels):
    rng = random.Random(9)
    totals = [0.0] * 5
    n = 0
    for channel in channels:
        for post in _old_posts(channel):
            ages = [rng.uniform(1, 168) for _ in range(5)]
            observed = post.observe(ages, rng)
            for k in range(1, 6):
                estimate = estimate_reach(observed[:k], 24)
                totals[k - 1] += abs(estimate.views / post.true_reach_24h - 1)
            n += 1
    means = [t / n for t in totals]
    assert all(later <= earlier * 1.02 for earlier, later in itertools.pairwise(means))


# --- the channel ---


def _post(hours_ago, snapshots, **kwargs):
    posted_at = T0 - timedelta(hours=hours_ago)
    rows = tuple((posted_at + timedelta(hours=a), v) for a, v in snapshots)
    return PostSnapshots(posted_at, rows, **kwargs)


def test_snapshots_by_age_turns_storage_rows_into_ages():
    posted = T0
    rows = [(T0 + timedelta(hours=2), 50), (T0 - timedelta(minutes=2), 0)]
    assert snapshots_by_age(posted, rows) == [(2.0, 50), (0.0, 0)]
    with pytest.raises(InputError, match="older than its post"):
        snapshots_by_age(posted, [(T0 - timedelta(hours=1), 3)])
    with pytest.raises(InputError, match="naive"):
        snapshots_by_age(posted, [(datetime(2025, 5, 2), 3)])


def test_channel_reach_averages_recent_posts_and_labels_the_method():
    posts = [_post(100 + i * 24, [(20, 900 + i), (30, 1100 + i)]) for i in range(6)]
    posts.append(_post(40 * 24, [(20, 50_000), (30, 60_000)]))  # older than 30 days
    result = channel_reach(posts, 24, now=T0)
    assert isinstance(result, ChannelReach)
    assert result.n_posts == 6
    assert result.method == "interpolated"
    assert 900 < result.mean < 1110
    assert result.median is not None


def test_channel_reach_counts_albums_once_and_leaves_ads_out():
    posts = [_post(100 + i * 24, [(24, 1000)]) for i in range(4)]
    posts += [_post(50, [(24, 3000)], grouped_id=7), _post(50, [(24, 2990)], grouped_id=7)]
    posts.append(_post(60, [(24, 400)], text="Реклама. ООО «Ромашка», erid: 2VtzqwQKd7P"))
    posts.append(_post(70, [(24, 300)], is_ad=True))
    result = channel_reach(posts, 24, now=T0)
    assert (result.n_posts, result.excluded_ads, result.method) == (5, 2, "measured")
    assert result.mean == round((4 * 1000 + 3000) / 5)
    with_ads = channel_reach(posts, 24, exclude_ads=False, now=T0)
    assert with_ads.n_posts == 7


def test_young_posts_wait_unless_asked_and_then_count_as_curve():
    posts = [_post(100 + i * 24, [(20, 900), (30, 1100)]) for i in range(4)]
    posts.append(_post(5, [(4, 300)]))
    result = channel_reach(posts, 24, now=T0)
    assert (result.n_posts, result.excluded_young) == (4, 1)
    mixed = channel_reach(posts, 24, now=T0, include_young=True)
    assert mixed.n_posts == 5
    assert mixed.method == "mixed (1 of 5 from curve)"
    assert mixed.n_from_curve == 1


def test_channel_with_no_usable_posts_has_no_reach_rather_than_zero():
    result = channel_reach([_post(3, [(2, 10)])], 24, now=T0)
    assert (result.mean, result.median, result.n_posts, result.method) == (
        None,
        None,
        0,
        "no posts",
    )


def test_channel_reach_on_a_synthetic_channel_is_close_to_the_truth(channels):
    channel = next(c for c in channels if c.kind == "slow")
    result = channel_reach(channel.post_snapshots(), 24, now=channel.observed_at)
    first_of_album = [p for p in channel.posts if p.grouped_id is None or p.text]
    eligible = [
        p
        for p in first_of_album
        if timedelta(hours=24) <= channel.observed_at - p.posted_at <= timedelta(days=30)
        and not looks_like_ad(p.text)
    ]
    truth = statistics.fmean(p.true_reach_24h for p in eligible)
    assert result.n_posts == len(eligible)
    assert result.mean == pytest.approx(truth, rel=0.05)


def test_channel_reach_accepts_post_stats_and_plain_snapshot_lists():
    stats = [
        PostStats(T0 - timedelta(days=d), views=1000, snapshots=((10, 600), (40, 1000)))
        for d in (2, 3, 4)
    ]
    assert channel_reach(stats, 24, now=T0).n_posts == 3
    # Without snapshots, the current views are the one snapshot at the post's age now.
    bare = [PostStats(T0 - timedelta(days=d), views=1000) for d in (2, 3, 4)]
    result = channel_reach(bare, 24, now=T0)
    assert result.method == "default_curve"
    assert result.mean < 1000
    plain = channel_reach([[(20, 100), (30, 120)], [(24, 200)]], 24)
    assert plain.n_posts == 2


@pytest.mark.parametrize(
    "text",
    [
        "Реклама. ООО «Ромашка», ИНН 7700000000",
        "Скидки! #реклама",
        "#ad New course",
        "Курс по Python. erid: 2VtzqwQKd7P",
        "Подписывайтесь: t.me/+AbCdEf123",
        "Наш партнёр: https://t.me/investchannel",
        "Бот: t.me/flatfinder_bot?start=ad",
        "Материал опубликован на правах рекламы",
    ],
)
def test_ad_markers_are_recognised(text):
    assert looks_like_ad(text)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "Главное за день",
        "Источник: t.me/sourcechannel/1234",
        "#adventure time",
        "Подробнее в нашем канале t.me/mychannel",
        "рекламная кампания провалилась, пишут аналитики",
    ],
)
def test_ordinary_posts_are_not_taken_for_ads(text):
    assert not looks_like_ad(text, own_username="@mychannel")


def test_fraction_interpolates_in_log_age():
    mid = math.sqrt(12 * 18)
    expected = (DEFAULT_CURVE.fraction(12) + DEFAULT_CURVE.fraction(18)) / 2
    assert DEFAULT_CURVE.fraction(mid) == pytest.approx(expected)
