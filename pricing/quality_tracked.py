"""The quality signals that need a tracked channel: readings over time, subscriber history."""

from __future__ import annotations

import math
import statistics
import sys
from datetime import UTC, datetime, timedelta
from operator import mul

import numpy as np

from pricing.quality_types import (
    EARLY_FLAT_CV_MAX,
    EARLY_FLAT_DECISIVE,
    EARLY_FLAT_RATIO_MAX,
    FIRST_HOUR_DECISIVE,
    FIRST_HOUR_SHARE_MAX,
    MIN_POSTS_CV,
    STRONG,
    SUBSCRIBER_JUMP_DAYS,
    SUBSCRIBER_JUMP_DECISIVE,
    SUBSCRIBER_JUMP_MIN,
    SUBSCRIBER_JUMP_READ_MIN,
    VIEWS_CV_MIN,
    WEAK,
    FigureColumns,
    Signal,
    percent,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def check_first_hour(posts: FigureColumns) -> Signal:
    """Share of the first day's views in the first hour (``views_at`` 1 and 24, by the curve)."""
    shares: list[float] = []
    if len(posts):
        with np.errstate(invalid="ignore"):  # nan (no readings) is neither <= 2 nor >= 12
            usable = (posts.first_age <= 2) & (posts.last_age >= 12)
        day = posts.views_at[24]
        usable &= day > 0
        shares = np.minimum(1.0, posts.views_at[1][usable] / day[usable]).tolist()
    if len(shares) < 3:
        return Signal(
            "first_hour",
            None,
            FIRST_HOUR_SHARE_MAX,
            False,
            STRONG,
            f"Views by hour not computed: {len(shares)} posts with a snapshot in their first two "
            "hours and one after 12 hours (3 needed).",
            {"posts": len(shares), "needed": 3},
        )
    value = statistics.median(shares)
    fired = value >= FIRST_HOUR_SHARE_MAX
    text = (
        f"In {len(shares)} posts, a median {percent(value)} of the first day's views arrived "
        f"in the first hour ({'at or above' if fired else 'below'} "
        f"{percent(FIRST_HOUR_SHARE_MAX)})"
        + (": real readers arrive over many hours, view bots at once." if fired else ".")
    )
    params = {"posts": len(shares)}
    decisive = fired and value >= FIRST_HOUR_DECISIVE
    return Signal(
        "first_hour",
        value,
        FIRST_HOUR_SHARE_MAX,
        fired,
        STRONG,
        text,
        params,
        FIRST_HOUR_DECISIVE,
        decisive,
    )


def _cv(values: list[int]) -> float:
    mean = statistics.fmean(values)
    return _pstdev(values) / mean if mean > 0 else 0.0


def _pstdev(values: list[int]) -> float:
    """``statistics.pstdev`` of whole numbers, correctly rounded as it is, from exact integer
    sums instead of one fraction per value."""
    n = len(values)
    total = sum(values)
    # n² times the variance, exact: n · Σx² − (Σx)².
    squares: int = sum(map(mul, values, values))
    numerator, denominator = n * squares - total * total, n * n
    if numerator <= 0:
        return 0.0
    # The square root of numerator / denominator, correctly rounded (as the statistics module
    # does it): an integer square root with enough extra bits, its last bit set if inexact.
    shift = (numerator.bit_length() - denominator.bit_length() - _SQRT_BITS) // 2
    if shift >= 0:
        root = _sqrt_round_to_odd(numerator, denominator << 2 * shift) << shift
        return float(root)
    return _sqrt_round_to_odd(numerator << -2 * shift, denominator) / (1 << -shift)


_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _sqrt_round_to_odd(n: int, m: int) -> int:
    """The integer square root of n / m, with its last bit set when it is not exact."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def check_early_flat(posts: FigureColumns) -> Signal:
    """Post-to-post spread of the views of the first 6 hours against those of 6 to 48 hours.

    Fires when the early views vary less than :data:`EARLY_FLAT_RATIO_MAX` times as much as the
    later ones *and* are flat themselves (variation below :data:`EARLY_FLAT_CV_MAX`): in real
    channels the subscribers who read in the first hours vary less than the shares and reposts
    that bring the later views, but they still vary as real audiences do.
    """
    key, threshold = "early_flat", EARLY_FLAT_RATIO_MAX
    early: list[int] = []
    late: list[int] = []
    if len(posts):
        with np.errstate(invalid="ignore"):  # nan (no readings) is neither <= 8 nor >= 36
            usable = (posts.first_age <= 8) & (posts.last_age >= 36)
        six = posts.views_at[6][usable]
        early = six.tolist()
        late = np.maximum(posts.views_at[48][usable] - six, 0).tolist()
    late_cv = _cv(late) if len(early) >= MIN_POSTS_CV else 0.0
    if len(early) < MIN_POSTS_CV or late_cv == 0:
        return Signal(
            key,
            None,
            threshold,
            False,
            STRONG,
            f"Early and late views not compared: {len(early)} posts with a snapshot before "
            f"8 hours and one after 36 hours ({MIN_POSTS_CV} needed).",
            {"posts": len(early), "needed": MIN_POSTS_CV},
        )
    early_cv = _cv(early)
    value = early_cv / late_cv
    fired = value < threshold and early_cv < EARLY_FLAT_CV_MAX
    if fired:
        text = (
            f"Views of the first 6 hours are almost the same on every post (variation "
            f"{early_cv:.2f}, below {EARLY_FLAT_CV_MAX:.2f}) while later views vary naturally "
            f"({late_cv:.2f}); a ratio of {value:.2f}, below {threshold:.2f}, is the mark of a "
            "fixed package of bought views."
        )
    else:
        text = (
            f"Views of the first 6 hours vary from post to post (variation {early_cv:.2f}; later "
            f"views {late_cv:.2f}, ratio {value:.2f}): not a fixed package (that needs a ratio "
            f"below {threshold:.2f} and early variation below {EARLY_FLAT_CV_MAX:.2f})."
        )
    params = {"posts": len(early), "early_cv": early_cv, "late_cv": late_cv}
    # Far past: the early views themselves flat too, not only flatter than very uneven late ones.
    decisive = fired and value <= EARLY_FLAT_DECISIVE and early_cv < VIEWS_CV_MIN
    return Signal(key, value, threshold, fired, STRONG, text, params, EARLY_FLAT_DECISIVE, decisive)


def _reach_proxies(posts: FigureColumns, after_us: int, until_us: int, closed: str) -> list[float]:
    """The 24-hour reach of the posts posted in the span (``closed`` says which end belongs to
    it: "left" or "right"), or, without one, their views once two days old."""
    posted = posts.posted_us
    if closed == "left":
        inside = (posted >= after_us) & (posted < until_us)
    else:
        inside = (posted > after_us) & (posted <= until_us)
    reach = posts.reach24[inside]
    old_views = np.where(posts.age_now[inside] >= 48, posts.views[inside], np.nan)
    proxies = np.where(np.isnan(reach), old_views, reach)
    found: list[float] = proxies[~np.isnan(proxies)].tolist()
    return found


def _microseconds(moment: datetime, naive: bool) -> int:
    """``moment`` on the posts' clock; comparing naive and aware times fails as datetimes do."""
    if (moment.tzinfo is None) != naive:
        raise TypeError("can't compare offset-naive and offset-aware datetimes")
    epoch = _EPOCH.replace(tzinfo=None) if naive else _EPOCH
    return (moment - epoch) // _MICROSECOND


def check_subscriber_jumps(history: list[tuple[datetime, int]], posts: FigureColumns) -> Signal:
    """The largest subscriber jump within :data:`SUBSCRIBER_JUMP_DAYS` days against the reach.

    Fires when the median reach of the two weeks after the jump grew by less than
    :data:`SUBSCRIBER_JUMP_READ_MIN` of the subscriber growth: subscribers won by an ad read,
    if less than the old ones; bought subscribers do not read at all.
    """
    key, threshold = "subscriber_jumps", SUBSCRIBER_JUMP_MIN
    if len(history) < 2:
        return Signal(
            key,
            None,
            threshold,
            False,
            STRONG,
            "Subscriber jumps not checked: no subscriber history.",
        )
    worst: tuple[float, datetime, datetime] | None = None
    window = timedelta(days=SUBSCRIBER_JUMP_DAYS)
    for i, (start, count) in enumerate(history):
        if count <= 0:
            continue
        for end, later in history[i + 1 :]:
            if end - start > window:
                break
            growth = later / count - 1
            if growth >= threshold and (worst is None or growth > worst[0]):
                worst = (growth, start, end)
    if worst is None:
        return Signal(
            key,
            0.0,
            threshold,
            False,
            STRONG,
            f"No subscriber jump of {percent(threshold)} or more within "
            f"{SUBSCRIBER_JUMP_DAYS:g} days.",
            {"days": SUBSCRIBER_JUMP_DAYS},
        )
    growth, start, end = worst
    week = timedelta(days=14)
    before: list[float] = []
    after: list[float] = []
    if len(posts):
        naive = posts.naive
        before = _reach_proxies(
            posts, _microseconds(start - week, naive), _microseconds(start, naive), "left"
        )
        after = _reach_proxies(
            posts, _microseconds(end, naive), _microseconds(end + week, naive), "right"
        )
    day = start.date().isoformat()
    if len(before) < 3 or len(after) < 3 or statistics.median(before) <= 0:
        return Signal(
            key,
            growth,
            threshold,
            True,
            WEAK,
            f"Subscribers jumped by {percent(growth)} around {day}; too few posts around it to "
            "tell whether reach grew with them.",
            {"day": day},
        )
    reach_growth = statistics.median(after) / statistics.median(before) - 1
    fired = reach_growth < growth * SUBSCRIBER_JUMP_READ_MIN
    if fired:
        text = (
            f"Subscribers jumped by {percent(growth)} around {day} but reach changed by "
            f"{percent(reach_growth)} (below {percent(SUBSCRIBER_JUMP_READ_MIN)} of the jump): the "
            "new subscribers do not read – likely bought."
        )
    else:
        text = (
            f"Subscribers jumped by {percent(growth)} around {day} and reach grew by "
            f"{percent(reach_growth)} with them: a real promotion."
        )
    params: dict[str, float | int | str] = {"day": day, "reach_growth": reach_growth}
    # Far past: subscribers up by 30 % or more while reach did not grow at all.
    decisive = fired and growth >= SUBSCRIBER_JUMP_DECISIVE and reach_growth <= 0
    return Signal(
        key, growth, threshold, fired, STRONG, text, params, SUBSCRIBER_JUMP_DECISIVE, decisive
    )
