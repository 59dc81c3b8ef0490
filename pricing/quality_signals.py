"""The quality signals that one reading per post is enough for (see :mod:`pricing.quality`)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

import numpy as np

from pricing.quality_types import (
    AD_SHARE_MAX,
    ENGAGEMENT_SLOPE_CLEAR_Z,
    ENGAGEMENT_SLOPE_DECISIVE,
    ENGAGEMENT_SLOPE_DECISIVE_Z,
    ENGAGEMENT_SLOPE_MIN,
    ENGAGEMENT_SLOPE_Z,
    ERR24_MIN,
    ERR_MAX,
    HOLLOW_ENGAGEMENT_DECISIVE,
    HOLLOW_ENGAGEMENT_MAX,
    HOLLOW_ERR_DECISIVE,
    HOLLOW_ERR_MIN,
    MIN_ENGAGEMENT,
    MIN_POSTS,
    MIN_POSTS_CV,
    MIN_YOUNG_POSTS,
    OUTSIDE_ERR_DECISIVE,
    OUTSIDE_ERR_MIN,
    OUTSIDE_FORWARDS_DECISIVE,
    OUTSIDE_FORWARDS_MAX,
    SPREAD_MARGIN_Z,
    STRONG,
    VIEWS_CV_CLEAR_Z,
    VIEWS_CV_MIN,
    WEAK,
    YOUNG_MAX_HOURS,
    YOUNG_SHARE_MAX,
    FigureColumns,
    FloatArray,
    IntArray,
    PostFigures,
    Signal,
    percent,
    percent_1,
)
from pricing.reach import Curve


def _fmean(values: FloatArray | IntArray) -> float:
    """``statistics.fmean`` of a column (the same correctly rounded sum)."""
    return math.fsum(values.tolist()) / len(values)


def check_err(subscribers: int, posts: FigureColumns) -> Signal:
    views = posts.views[posts.age_now >= 24]
    if not len(views) or subscribers == 0:
        return Signal(
            "err",
            None,
            ERR_MAX,
            False,
            WEAK,
            "ERR not computed: no posts older than a day or no subscriber count.",
        )
    value = _fmean(views) / subscribers
    fired = value > ERR_MAX
    text = (
        f"Posts are seen by {percent(value)} of subscribers on average (ERR; "
        f"{'above' if fired else 'at or below'} {percent(ERR_MAX)})"
        + (
            ": more views than subscribers, usual only for viral content or bought views."
            if fired
            else "."
        )
    )
    return Signal("err", value, ERR_MAX, fired, WEAK, text)


def check_err24(subscribers: int, posts: FigureColumns) -> Signal:
    reach = posts.reach24[~np.isnan(posts.reach24)]
    if not len(reach) or subscribers == 0:
        return Signal(
            "err24",
            None,
            ERR24_MIN,
            False,
            WEAK,
            "ERR24 not computed: no 24-hour reach or no subscriber count.",
        )
    value = _fmean(reach) / subscribers
    fired = value < ERR24_MIN
    text = (
        f"In the first 24 hours a post reaches {percent(value)} of subscribers (ERR24; "
        f"{'below' if fired else 'at or above'} {percent(ERR24_MIN)})"
        + (": the audience looks inactive or partly bought." if fired else ".")
    )
    return Signal("err24", value, ERR24_MIN, fired, WEAK, text)


def robust_spread(values: Sequence[float]) -> float:
    """Post-to-post spread of positive values: the log-scale sd, read off the 10–90 % range.

    Half the distance between the 10th and 90th percentiles of the logs, divided by 1.2816 (the
    normal distribution's 90th percentile), is the standard deviation for log-normal data and
    ignores the top and bottom tenth, so one viral post cannot make a flat channel look alive.
    On the scale of the coefficient of variation for the usual values (0.2 → 0.20, 0.5 → 0.53).
    """
    logs = sorted(math.log(v) for v in values if v > 0)
    if len(logs) < 2:
        return 0.0
    return (quantile(logs, 0.9) - quantile(logs, 0.1)) / (2 * 1.2816)


def quantile(ordered: Sequence[float], q: float) -> float:
    position = q * (len(ordered) - 1)
    lo = math.floor(position)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (position - lo) * (ordered[hi] - ordered[lo])


def check_views_cv(posts: FigureColumns) -> Signal:
    with np.errstate(invalid="ignore"):
        values = posts.normalised[posts.normalised > 0].tolist()  # nan is not > 0
    if len(values) < MIN_POSTS_CV:
        return Signal(
            "views_cv",
            None,
            VIEWS_CV_MIN,
            False,
            STRONG,
            f"Post-to-post variation not computed: {len(values)} posts older than two days "
            f"({MIN_POSTS_CV} needed).",
            {"posts": len(values), "needed": MIN_POSTS_CV},
        )
    value = robust_spread(values)
    fired = value < VIEWS_CV_MIN
    far = VIEWS_CV_MIN / (1 + SPREAD_MARGIN_Z / math.sqrt(2 * len(values)))
    clear = VIEWS_CV_MIN / (1 + VIEWS_CV_CLEAR_Z / math.sqrt(2 * len(values)))
    barely = fired and value >= clear
    if fired:
        text = (
            f"Views hardly differ from post to post (variation {value:.2f}, below "
            f"{VIEWS_CV_MIN:.2f}; real audiences vary 0.3–0.8): typical of bought view packages."
        )
        if barely:
            text += (
                f" Only just below: within one standard error ({clear:.2f}) of the threshold, "
                "so it counts as a weak sign."
            )
    else:
        text = (
            f"Views vary naturally from post to post (variation {value:.2f}, at or above "
            f"{VIEWS_CV_MIN:.2f})."
        )
    return Signal(
        "views_cv",
        value,
        VIEWS_CV_MIN,
        fired,
        WEAK if barely else STRONG,
        text,
        {"posts": len(values), "clear": clear, "barely": int(barely)},
        far,
        fired and value < far,
    )


def check_hollow_reach(subscribers: int, posts: FigureColumns) -> Signal:
    older = posts.age_now >= 24
    views = posts.views[older]
    total_views = int(views.sum())
    if not len(views) or subscribers == 0 or total_views == 0:
        return Signal(
            "hollow_reach",
            None,
            HOLLOW_ERR_MIN,
            False,
            STRONG,
            "Reach versus engagement not computed: no posts older than a day with views.",
        )
    per_subscriber = _fmean(views) / subscribers
    engagement = int(posts.engagement[older].sum()) / total_views * 1000
    fired = per_subscriber >= HOLLOW_ERR_MIN and engagement < HOLLOW_ENGAGEMENT_MAX
    if fired:
        text = (
            f"Posts collect {per_subscriber:.2f} views per subscriber (unusually many, threshold "
            f"{HOLLOW_ERR_MIN:.2f}) but only {engagement:.1f} forwards and reactions per 1000 "
            f"views (below {HOLLOW_ENGAGEMENT_MAX:g}): the views look hollow."
        )
    else:
        text = (
            f"{per_subscriber:.2f} views per subscriber and {engagement:.1f} forwards and "
            f"reactions per 1000 views: reach and engagement fit together."
        )
    params = {
        "engagement": engagement,
        "engagement_max": HOLLOW_ENGAGEMENT_MAX,
        "engagement_decisive": HOLLOW_ENGAGEMENT_DECISIVE,
    }
    decisive = (
        fired and per_subscriber >= HOLLOW_ERR_DECISIVE and engagement < HOLLOW_ENGAGEMENT_DECISIVE
    )
    return Signal(
        "hollow_reach",
        per_subscriber,
        HOLLOW_ERR_MIN,
        fired,
        STRONG,
        text,
        params,
        HOLLOW_ERR_DECISIVE,
        decisive,
    )


def check_outside_reach(subscribers: int, posts: FigureColumns) -> Signal:
    """The typical post read by more people than subscribe, with nothing that brings outsiders.

    Readers who do not subscribe reach a post mostly through forwards (a repost in another
    channel or chat counts its views on the original). A channel whose *median* post of a day or
    more has more views than the channel has subscribers, while fewer than
    :data:`OUTSIDE_FORWARDS_MAX` of its views come with a forward, shows views that no route
    explains. The median, not the mean, so one viral post does not decide.
    """
    key, threshold = "outside_reach", OUTSIDE_ERR_MIN
    chosen = posts.age_now >= 24
    views = posts.views[chosen].astype(float)
    forwarded = posts.forwards[chosen].astype(float)
    total_views = float(views.sum())
    if len(views) < MIN_POSTS or subscribers == 0 or total_views == 0:
        return Signal(
            key,
            None,
            threshold,
            False,
            STRONG,
            f"Readers beyond the subscribers not checked: {len(views)} posts older than a day "
            f"({MIN_POSTS} needed) or no subscriber count.",
            {"posts": len(views), "needed": MIN_POSTS},
        )
    value = float(np.median(views)) / subscribers
    forwards = float(forwarded.sum()) / total_views
    fired = value >= threshold and forwards < OUTSIDE_FORWARDS_MAX
    if fired:
        text = (
            f"The typical post is seen by {percent(value)} of the subscribers (at or above "
            f"{percent(threshold)}) although only {percent_1(forwards)} of its views come with "
            f"a forward (below {percent_1(OUTSIDE_FORWARDS_MAX)}): nothing brings the readers "
            "who do not subscribe."
        )
    else:
        text = (
            f"The typical post is seen by {percent(value)} of the subscribers, "
            f"{percent_1(forwards)} of its views come with a forward: no unexplained readers."
        )
    params = {
        "posts": len(views),
        "forwards": forwards,
        "forwards_max": OUTSIDE_FORWARDS_MAX,
        "forwards_decisive": OUTSIDE_FORWARDS_DECISIVE,
    }
    decisive = fired and value >= OUTSIDE_ERR_DECISIVE and forwards < OUTSIDE_FORWARDS_DECISIVE
    return Signal(
        key, value, threshold, fired, STRONG, text, params, OUTSIDE_ERR_DECISIVE, decisive
    )


def check_young_share(posts: FigureColumns, curve: Curve) -> Signal:
    """Views the youngest posts already have, as a share of what older posts had at 24 hours.

    One reading per post is enough: the posts younger than :data:`YOUNG_MAX_HOURS` are compared
    with the channel's own posts of one to seven days (their views brought back to 24 hours
    with the channel's curve). Real readers keep coming for a day, so a post a few hours old
    has less than a day's views; a post that already has a full day's views was served at once.
    """
    key, threshold = "young_share", YOUNG_SHARE_MAX
    day_fraction = curve.fraction(24)
    ages = posts.age_now
    week = (ages >= 24) & (ages <= 168)
    older = [
        views * day_fraction / fraction
        for views, age in zip(posts.views[week].tolist(), ages[week].tolist(), strict=True)
        if (fraction := curve.fraction(age)) > 0
    ]
    young = posts.views[(ages >= 0.25) & (ages <= YOUNG_MAX_HOURS)].tolist()
    if len(young) < MIN_YOUNG_POSTS or len(older) < MIN_POSTS or statistics.median(older) <= 0:
        return Signal(
            key,
            None,
            threshold,
            False,
            WEAK,
            f"Young posts not compared: {len(young)} posts younger than "
            f"{YOUNG_MAX_HOURS:g} hours ({MIN_YOUNG_POSTS} needed) and {len(older)} of one to "
            f"seven days ({MIN_POSTS} needed).",
            {"posts": len(young), "needed": MIN_YOUNG_POSTS, "hours": YOUNG_MAX_HOURS},
        )
    day = statistics.median(older)
    value = statistics.median(views / day for views in young)
    fired = value >= threshold
    text = (
        f"The {len(young)} posts younger than {YOUNG_MAX_HOURS:g} hours already have a median "
        f"{percent(value)} of the views the channel's older posts had after a day "
        f"({'at or above' if fired else 'below'} {percent(threshold)})"
        + (": real readers take a day to arrive, bought views come at once." if fired else ".")
    )
    params = {"posts": len(young), "hours": YOUNG_MAX_HOURS}
    return Signal(key, value, threshold, fired, WEAK, text, params)


def check_engagement_slope(posts: list[PostFigures]) -> Signal:
    """How forwards + reactions per view change with a post's (age-normalised) views.

    Bought views bring no engagement; a package of the same size on every post dilutes the weak
    posts most, so engagement per view *rises* steeply with views: the slope of log(engagement
    per view) on log(views) is about bought share ÷ real share (1.5 for 60 % bought, 4 for
    80 %). Real engagement per view can rise too: people forward and react more to the posts
    they like, and the posts they like are the ones read most; where readers forward what they
    like much more readily than they read it (memes beside news, reposts whose readers forward
    again) honest slopes reach about 1.4. So the sign fires only above
    :data:`ENGAGEMENT_SLOPE_MIN` (1.5, what no honest audience measured reaches) plus
    :data:`ENGAGEMENT_SLOPE_Z` standard errors of the slope on the channel's own posts: it
    names packages of more than about 60 % of the views; far past at
    max(:data:`ENGAGEMENT_SLOPE_DECISIVE`, :data:`ENGAGEMENT_SLOPE_DECISIVE_Z` standard errors),
    a package of about 70 % or more. One reading per post is enough. The top 5 % of posts by
    views are left out, so a viral post with its own forwarding crowd does not decide.
    """
    key = "engagement_slope"
    rows = [
        (math.log(p.normalised), math.log((p.engagement + 0.5) / p.views), p.engagement)
        for p in posts
        if p.normalised is not None and p.normalised > 0 and p.views > 0
    ]
    total = sum(r[2] for r in rows)
    if len(rows) >= MIN_POSTS_CV:
        cut = quantile(sorted(r[0] for r in rows), 0.95)
        rows = [r for r in rows if r[0] <= cut]
    xs = [r[0] for r in rows]
    mean_x = statistics.fmean(xs) if xs else 0.0
    sxx = sum((x - mean_x) ** 2 for x in xs)
    if len(rows) < MIN_POSTS_CV or total < MIN_ENGAGEMENT or sxx <= 0:
        return Signal(
            key,
            None,
            ENGAGEMENT_SLOPE_MIN,
            False,
            STRONG,
            f"Engagement against views not compared: {len(rows)} posts older than two days "
            f"({MIN_POSTS_CV} needed) with {total} forwards and reactions ({MIN_ENGAGEMENT} "
            "needed).",
            {
                "posts": len(rows),
                "needed": MIN_POSTS_CV,
                "engagement": total,
                "engagement_needed": MIN_ENGAGEMENT,
            },
        )
    ys = [r[1] for r in rows]
    mean_y = statistics.fmean(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx
    residual = sum((y - mean_y - slope * (x - mean_x)) ** 2 for x, y in zip(xs, ys, strict=True))
    error = math.sqrt(residual / max(len(rows) - 2, 1) / sxx)
    threshold = ENGAGEMENT_SLOPE_MIN + ENGAGEMENT_SLOPE_Z * error
    clear = threshold + ENGAGEMENT_SLOPE_CLEAR_Z * error
    far = max(ENGAGEMENT_SLOPE_DECISIVE, ENGAGEMENT_SLOPE_DECISIVE_Z * error, clear)
    fired = slope > threshold
    barely = fired and slope <= clear
    if fired:
        text = (
            f"Posts with more views get more forwards and reactions per view (slope {slope:.2f}, "
            f"above {threshold:.2f}: the {ENGAGEMENT_SLOPE_MIN:.2f} real audiences reach at most "
            f"because people pass on what they like, plus {ENGAGEMENT_SLOPE_Z:g} standard errors "
            f"of {error:.2f}): bought views bring no engagement, so a package of the same size on "
            "every post dilutes the weaker posts most; this steep a rise takes a package of more "
            "than half the views."
        )
        if barely:
            text += (
                f" Only just above: within {ENGAGEMENT_SLOPE_CLEAR_Z:g} standard errors "
                f"({clear:.2f}) of the threshold, so it counts as a weak sign."
            )
    else:
        text = (
            f"Forwards and reactions per view rise with a post's views no more than real "
            f"audiences' do (slope {slope:.2f}, at or below {threshold:.2f}: "
            f"{ENGAGEMENT_SLOPE_MIN:.2f} plus {ENGAGEMENT_SLOPE_Z:g} standard errors of "
            f"{error:.2f})."
        )
    params = {
        "posts": len(rows),
        "error": error,
        "engagement": total,
        "clear": clear,
        "barely": int(barely),
    }
    severity = WEAK if barely else STRONG
    return Signal(key, slope, threshold, fired, severity, text, params, far, fired and slope > far)


def check_ad_share(n_ads: int, n_posts: int) -> Signal:
    if n_posts == 0:
        return Signal(
            "ad_share",
            None,
            AD_SHARE_MAX,
            False,
            WEAK,
            "Share of ads not computed: no recent posts.",
        )
    value = n_ads / n_posts
    fired = value > AD_SHARE_MAX
    text = (
        f"{n_ads} of {n_posts} recent posts are ads ({percent(value)}; "
        f"{'above' if fired else 'at or below'} {percent(AD_SHARE_MAX)})"
        + (": readers see more ads than content, which wears the audience out." if fired else ".")
    )
    return Signal(
        "ad_share", value, AD_SHARE_MAX, fired, WEAK, text, {"ads": n_ads, "posts": n_posts}
    )
