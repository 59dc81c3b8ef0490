"""Reference: ``pricing.quality`` as it was before its hot paths were vectorised with numpy.

Kept unchanged (only its imports point at the other reference modules) so that
``tests/test_reach_vectorised.py`` and ``bench/bench_reach_speed.py`` can compare the
current implementation with it. Not used by the app.

Signs that a channel's views or subscribers are not real, for the ad buyer.

Every signal is a :class:`Signal` with the measured value, the threshold it is compared with,
whether it fired, how much it counts (``severity``), an English sentence with the numbers and
the sentence's other figures in ``params`` (the UI says it in its own language from ``key``,
``value``, ``threshold`` and ``params``). A signal that cannot be computed has ``value=None``,
does not fire and says what is missing.

Signals (computed over the non-ad posts of the last 30 days; an album counts once):

============== ======== ============================================= ====================== =====
key            severity fires when                                    far past ("decisive")  one
                                                                                             fetch
============== ======== ============================================= ====================== =====
err            weak     mean views of posts older than a day /        –                      yes
                        subscribers > 100 %
err24          weak     mean 24-hour reach / subscribers < 3 %        –                      yes
views_cv       strong   post-to-post spread of age-normalised views   below 0.20 ÷ (1 + 2 ÷  yes
                        < 0.20 (organic: 0.3–0.8)                     √(2 n)), n posts
hollow_reach   strong   views per subscriber ≥ 0.5 *and* < 5 forwards ≥ 1.0 and < 2.5        yes
                        + reactions per 1000 views
young_share    weak     posts under 6 h already have ≥ 100 % of the   –                      yes*
                        views older posts had after a day
engagement_... strong   forwards + reactions per view rise with the   slope > max(0.6, 4 se) yes
                        post's views: slope of log(engagement per
                        view) on log(views) > max(0.3, 3 se)
first_hour     strong   median share of the first day's views         ≥ 85 %                 no
                        arriving in the first hour ≥ 70 %
early_flat     strong   views in the first 6 hours vary less than     ratio ≤ 0.3 and early  no
                        half as much from post to post as the views   spread < 0.20
                        from 6 to 48 hours (CV ratio < 0.5)
subscriber_... strong   subscribers grew ≥ 15 % within 2 days while   growth ≥ 30 % and      no
                        reach grew < half as much                     reach did not grow
ad_share       weak     more than 40 % of the posts are ads           –                      yes
============== ======== ============================================= ====================== =====

(*) needs three posts younger than 6 hours in the fetch, which a channel posting less than
every two hours seldom has.

**One fetch.** A buyer who pastes a link has one reading per post, at the post's current age,
and no subscriber history (:attr:`QualityReport.one_fetch`). The readings of posts of different
ages are then a cross-section of the channel's accumulation curve, fitted across the posts by
:func:`pricing.cross_section.fit_cross_section_curve` (robust, so a viral post or an ad does not
bend it); ``views_cv``, ``err24`` and ``young_share`` use that curve. When the channel is tracked
(five or more posts read twice or more) the curve is fitted from each post's own readings
(:func:`pricing.reach.fit_accumulation_curve`), 24-hour reach is interpolated instead of
extrapolated, and ``first_hour``, ``early_flat`` and ``subscriber_jumps`` join in.

``views_cv`` uses posts at least two days old, their views divided by the channel curve's fraction
at their age, so the age differences do not count as variation; the spread is the log-scale
standard deviation read off the 10–90 % range (:func:`robust_spread`), so one viral post does not
hide a flat channel. Its far-past level allows two standard errors of a spread measured on ``n``
posts: 0.17 with 100 posts, 0.15 with 30, 0.14 with 15. ``first_hour`` uses posts with a
snapshot in their first two hours and one after 12 hours. ``early_flat`` catches bought view
packages however they are delivered: a package is the same size on every post and arrives within
hours, so the early views are flat while the later, real views vary as much as real audiences do;
in a real channel both parts scale with the post's appeal and vary alike. It uses posts with a
snapshot before 8 hours and one after 36 hours (8 needed). A subscriber jump whose reach change
cannot be judged (fewer than 3 posts before or after) fires as *weak*.

``engagement_slope`` looks at what a bought package does to engagement: real readers forward
and react in proportion to how many of them read, so engagement per view does not depend on a
post's reach (slope ≈ 0); a package of bought views of the same size on every post brings no
forwards or reactions and dilutes the weaker posts most, so engagement per view rises with
views (slope ≈ bought share ÷ organic share). Its threshold is three standard errors of the
slope measured on the channel's own posts (at least 0.3), far past at four (at least 0.6); it
needs 8 posts older than two days and 30 forwards and reactions between them.

**Risk** is not a score (:func:`risk_level`): ``"high"`` when a strong signal fired far past its
threshold, or two or more strong signals fired, or one strong and two or more weak ones;
``"medium"`` when one strong or two or more weak ones fired; ``"low"`` otherwise. With fewer
than 5 usable posts or no subscriber count the report says ``insufficient_data`` and carries a
fired ``not_enough_data`` signal (severity ``info``), so "low" is never shown as if it had been
checked.

The first thresholds were set on :mod:`pricing.synthetic` and frozen before
:mod:`pricing.synthetic_independent` was written. ``engagement_slope`` was then developed on both
(:mod:`pricing.synthetic` seed 2026, :mod:`pricing.synthetic_independent` seed 2027), and all
thresholds were frozen again before :mod:`pricing.synthetic_holdout` was written; that generator
and :mod:`pricing.synthetic_independent` seed 2028 are held out (``bench/bench_reach_quality.py``).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reference_cross_section import fit_cross_section_curve
from reference_reach import (
    Curve,
    PostStats,
    clean_snapshots,
    estimate_reach,
    fit_accumulation_curve,
    looks_like_ad,
)

from pricing.errors import InputError

STRONG = "strong"
WEAK = "weak"
INFO = "info"

ERR_MAX = 1.0
ERR24_MIN = 0.03
VIEWS_CV_MIN = 0.2
HOLLOW_ERR_MIN = 0.5
HOLLOW_ENGAGEMENT_MAX = 5.0  # forwards + reactions per 1000 views
FIRST_HOUR_SHARE_MAX = 0.7
SUBSCRIBER_JUMP_MIN = 0.15
SUBSCRIBER_JUMP_DAYS = 2.0
SUBSCRIBER_JUMP_READ_MIN = 0.25
AD_SHARE_MAX = 0.4
EARLY_FLAT_RATIO_MAX = 0.5
EARLY_FLAT_CV_MAX = 0.3
YOUNG_SHARE_MAX = 1.0
YOUNG_MAX_HOURS = 6.0
#: engagement_slope: fires above max(ENGAGEMENT_SLOPE_MIN, ENGAGEMENT_SLOPE_Z standard errors).
ENGAGEMENT_SLOPE_MIN = 0.5
ENGAGEMENT_SLOPE_Z = 1.5
ENGAGEMENT_SLOPE_DECISIVE = 0.9
ENGAGEMENT_SLOPE_DECISIVE_Z = 4.0
MIN_ENGAGEMENT = 30  # forwards + reactions over the posts used, or the slope is all noise
MIN_YOUNG_POSTS = 3
MIN_POSTS = 5
MIN_POSTS_CV = 8

# "Far past the threshold": a strong sign this far out is "high" on its own.
#: views_cv: below VIEWS_CV_MIN / (1 + SPREAD_MARGIN_Z / sqrt(2 n)), i.e. below the threshold
#: even after allowing two standard errors of a spread measured on n posts.
SPREAD_MARGIN_Z = 2.0
FIRST_HOUR_DECISIVE = 0.85
EARLY_FLAT_DECISIVE = 0.3
HOLLOW_ERR_DECISIVE = 1.0
HOLLOW_ENGAGEMENT_DECISIVE = 2.5
SUBSCRIBER_JUMP_DECISIVE = 0.3

#: Whether one reading per post (a single fetch, no subscriber history) is enough for the signal.
ONE_FETCH_ENOUGH: dict[str, bool] = {
    "err": True,
    "err24": True,
    "views_cv": True,
    "hollow_reach": True,
    "young_share": True,
    "engagement_slope": True,
    "first_hour": False,
    "early_flat": False,
    "subscriber_jumps": False,
    "ad_share": True,
}


@dataclass(frozen=True)
class Signal:
    """One quality check: ``value`` against ``threshold``; ``value`` is None if not computed.

    ``params`` holds the sentence's other figures by name (post counts, the engagement rate,
    the jump's ``day`` as an ISO date, ...), so a UI can say it in its own language.
    """

    key: str
    value: float | None
    threshold: float
    fired: bool
    severity: str
    explanation: str
    params: Mapping[str, float | int | str] = field(default_factory=dict, hash=False)
    #: Where the sign counts as "far past" its threshold (None: the sign has no such level).
    decisive_threshold: float | None = None
    #: Fired *and* past ``decisive_threshold``: "high" on its own.
    decisive: bool = False


@dataclass(frozen=True)
class QualityReport:
    """The risk level and every signal behind it (fired or not).

    ``one_fetch`` says the posts had one reading each (no tracked history), so the signals that
    need history (:data:`ONE_FETCH_ENOUGH`) could not be computed.
    """

    risk: str
    signals: tuple[Signal, ...]
    insufficient_data: bool = False
    summary: str = ""
    one_fetch: bool = False

    @property
    def fired(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.fired)

    @property
    def decisive(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.decisive)

    def signal(self, key: str) -> Signal | None:
        return next((s for s in self.signals if s.key == key), None)


@dataclass
class _Post:
    posted_at: datetime
    views: int
    engagement: int
    snapshots: list[tuple[float, float]]
    is_ad: bool
    age_now: float
    reach24: float | None = None
    normalised: float | None = field(default=None)


def _check_posts(posts: object) -> list[PostStats]:
    if isinstance(posts, str | bytes) or not isinstance(posts, Iterable):
        raise InputError("posts must be a list of PostStats")
    result = list(posts)
    for post in result:
        if not isinstance(post, PostStats):
            raise InputError(f"each post must be a PostStats, got {type(post).__name__}")
        if not isinstance(post.posted_at, datetime):
            raise InputError("a post's posted_at must be a datetime")
        for name in ("views", "forwards", "reactions"):
            value = getattr(post, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(f"a post's {name} must be a whole number of 0 or more")
    return result


def _check_history(history: object) -> list[tuple[datetime, int]]:
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise InputError("subscriber history must be a list of (date, count) pairs")
    result = []
    for item in history:
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InputError(f"a subscriber history entry must be (date, count), got {item!r}")
        moment, count = item
        if not isinstance(moment, datetime):
            raise InputError("a subscriber history date must be a datetime")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InputError("a subscriber count must be a whole number of 0 or more")
        result.append((moment, count))
    return sorted(result, key=lambda item: item[0])


def _merge_albums(posts: list[PostStats]) -> list[PostStats]:
    singles = [p for p in posts if p.grouped_id is None]
    albums: dict[int, list[PostStats]] = {}
    for p in posts:
        if p.grouped_id is not None:
            albums.setdefault(p.grouped_id, []).append(p)
    for members in albums.values():
        best = max(members, key=lambda p: p.views)
        text = "\n".join(m.text for m in members if m.text)
        singles.append(
            PostStats(
                best.posted_at,
                best.views,
                best.forwards,
                best.reactions,
                best.snapshots,
                any(m.is_ad for m in members),
                best.grouped_id,
                text or None,
            )
        )
    return singles


def _hours(a: datetime, b: datetime) -> float:
    try:
        return (b - a).total_seconds() / 3600
    except TypeError as exc:
        raise InputError("mixing timezone-aware and naive datetimes") from exc


def assess_channel(
    subscribers: int,
    posts: Iterable[PostStats],
    subscriber_history: Iterable[tuple[datetime, int]] = (),
    *,
    now: datetime | None = None,
    days: float = 30,
    own_username: str | None = None,
) -> QualityReport:
    """Check a channel's views and subscribers for signs of cheating; see the module docstring.

    ``now`` (default: the latest observation in ``posts``) dates the posts' current ``views``;
    only posts of the last ``days`` days are assessed.
    """
    if isinstance(subscribers, bool) or not isinstance(subscribers, int) or subscribers < 0:
        raise InputError("subscribers must be a whole number of 0 or more")
    all_posts = _merge_albums(_check_posts(posts))
    history = _check_history(subscriber_history)
    if now is not None and not isinstance(now, datetime):
        raise InputError("now must be a datetime")
    if now is None and all_posts:
        now = max(
            p.posted_at + timedelta(hours=max((float(a) for a, _ in p.snapshots), default=0.0))
            for p in all_posts
        )

    recent = [p for p in all_posts if now is not None and _hours(p.posted_at, now) <= days * 24]
    ads = [p for p in all_posts if p.is_ad or looks_like_ad(p.text, own_username)]
    n_recent_ads = sum(1 for p in recent if p in ads)
    curve = fit_accumulation_curve([p.snapshots for p in recent if p not in ads])
    one_fetch = curve.is_default and len(history) < 2
    if curve.is_default and now is not None:
        # No post was read twice: the posts' single readings at their different ages are a
        # cross-section of the channel's curve (see pricing.cross_section).
        readings = [(max(_hours(p.posted_at, now), 0.0), p.views) for p in recent if p not in ads]
        cross = fit_cross_section_curve(readings).curve
        if not cross.is_default:
            curve = cross
    # Every non-ad post, older ones too: subscriber jumps compare reach before and after.
    history_posts = [_prepare(p, now, curve) for p in all_posts if p not in ads and now]
    organic = [p for p in history_posts if p.age_now <= days * 24]

    signals = [
        _err(subscribers, organic),
        _err24(subscribers, organic),
        _views_cv(organic),
        _hollow_reach(subscribers, organic),
        _young_share(organic, curve),
        _engagement_slope(organic),
        _first_hour(organic, curve),
        _early_flat(organic, curve),
        _subscriber_jumps(history, history_posts),
        _ad_share(n_recent_ads, len(recent)),
    ]
    insufficient = len(organic) < MIN_POSTS or subscribers == 0
    if insufficient:
        signals.append(
            Signal(
                "not_enough_data",
                float(len(organic)),
                float(MIN_POSTS),
                True,
                INFO,
                f"Not enough data to judge the channel: {len(organic)} non-ad posts in the last "
                f"{days:g} days (at least {MIN_POSTS} needed)"
                + (" and no subscriber count." if subscribers == 0 else "."),
                {
                    "posts": len(organic),
                    "days": days,
                    "needed": MIN_POSTS,
                    "no_subscribers": int(subscribers == 0),
                },
            )
        )
    risk = risk_level(signals)
    strong = [s for s in signals if s.fired and s.severity == STRONG]
    weak = [s for s in signals if s.fired and s.severity == WEAK]
    fired_keys = ", ".join(s.key + (" (far past)" if s.decisive else "") for s in strong + weak)
    summary = (
        f"Risk {risk}: {len(strong)} strong and {len(weak)} weak signal(s) fired "
        f"({fired_keys or 'none'})."
    )
    if insufficient:
        summary += " Not enough data for a full check."
    if one_fetch:
        summary += " One reading per post: signals that need tracking were not computed."
    return QualityReport(risk, tuple(signals), insufficient, summary, one_fetch)


def risk_level(signals: Iterable[Signal]) -> str:
    """The rule of the module docstring: "high", "medium" or "low" from the fired signals."""
    fired = [s for s in signals if s.fired]
    strong = [s for s in fired if s.severity == STRONG]
    weak = [s for s in fired if s.severity == WEAK]
    if any(s.decisive for s in strong) or len(strong) >= 2 or (strong and len(weak) >= 2):
        return "high"
    if strong or len(weak) >= 2:
        return "medium"
    return "low"


def _prepare(p: PostStats, now: datetime, curve: Curve) -> _Post:
    """A post's figures at ``now``: its latest views join its snapshots at their age."""
    age_now = max(_hours(p.posted_at, now), 0.0)
    snapshots = clean_snapshots(p.snapshots)
    latest = max((a for a, _ in snapshots), default=-1.0)
    if age_now > latest + 0.1:
        snapshots = clean_snapshots([*snapshots, (age_now, p.views)])
    post = _Post(p.posted_at, p.views, p.forwards + p.reactions, snapshots, False, age_now)
    if snapshots and snapshots[-1][0] >= 12:
        post.reach24 = estimate_reach(snapshots, 24, curve).views
    if age_now >= 48:
        fraction = curve.fraction(age_now)
        post.normalised = p.views / fraction if fraction > 0 else None
    return post


def _percent(x: float) -> str:
    return f"{x * 100:.0f} %"


def _err(subscribers: int, posts: list[_Post]) -> Signal:
    views = [p.views for p in posts if p.age_now >= 24]
    if not views or subscribers == 0:
        return Signal(
            "err",
            None,
            ERR_MAX,
            False,
            WEAK,
            "ERR not computed: no posts older than a day or no subscriber count.",
        )
    value = statistics.fmean(views) / subscribers
    fired = value > ERR_MAX
    text = (
        f"Posts are seen by {_percent(value)} of subscribers on average (ERR; "
        f"{'above' if fired else 'at or below'} {_percent(ERR_MAX)})"
        + (
            ": more views than subscribers, usual only for viral content or bought views."
            if fired
            else "."
        )
    )
    return Signal("err", value, ERR_MAX, fired, WEAK, text)


def _err24(subscribers: int, posts: list[_Post]) -> Signal:
    reach = [p.reach24 for p in posts if p.reach24 is not None]
    if not reach or subscribers == 0:
        return Signal(
            "err24",
            None,
            ERR24_MIN,
            False,
            WEAK,
            "ERR24 not computed: no 24-hour reach or no subscriber count.",
        )
    value = statistics.fmean(reach) / subscribers
    fired = value < ERR24_MIN
    text = (
        f"In the first 24 hours a post reaches {_percent(value)} of subscribers (ERR24; "
        f"{'below' if fired else 'at or above'} {_percent(ERR24_MIN)})"
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
    return (_quantile(logs, 0.9) - _quantile(logs, 0.1)) / (2 * 1.2816)


def _quantile(ordered: Sequence[float], q: float) -> float:
    position = q * (len(ordered) - 1)
    lo = math.floor(position)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (position - lo) * (ordered[hi] - ordered[lo])


def _views_cv(posts: list[_Post]) -> Signal:
    values = [p.normalised for p in posts if p.normalised is not None and p.normalised > 0]
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
    if fired:
        text = (
            f"Views hardly differ from post to post (variation {value:.2f}, below "
            f"{VIEWS_CV_MIN:.2f}; real audiences vary 0.3–0.8): typical of bought view packages."
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
        STRONG,
        text,
        {"posts": len(values)},
        far,
        fired and value < far,
    )


def _hollow_reach(subscribers: int, posts: list[_Post]) -> Signal:
    older = [p for p in posts if p.age_now >= 24]
    total_views = sum(p.views for p in older)
    if not older or subscribers == 0 or total_views == 0:
        return Signal(
            "hollow_reach",
            None,
            HOLLOW_ERR_MIN,
            False,
            STRONG,
            "Reach versus engagement not computed: no posts older than a day with views.",
        )
    per_subscriber = statistics.fmean(p.views for p in older) / subscribers
    engagement = sum(p.engagement for p in older) / total_views * 1000
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


def _young_share(posts: list[_Post], curve: Curve) -> Signal:
    """Views the youngest posts already have, as a share of what older posts had at 24 hours.

    One reading per post is enough: the posts younger than :data:`YOUNG_MAX_HOURS` are compared
    with the channel's own posts of one to seven days (their views brought back to 24 hours
    with the channel's curve). Real readers keep coming for a day, so a post a few hours old
    has less than a day's views; a post that already has a full day's views was served at once.
    """
    key, threshold = "young_share", YOUNG_SHARE_MAX
    older = [
        p.views * curve.fraction(24) / fraction
        for p in posts
        if 24 <= p.age_now <= 168 and (fraction := curve.fraction(p.age_now)) > 0
    ]
    young = [p for p in posts if 0.25 <= p.age_now <= YOUNG_MAX_HOURS]
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
    value = statistics.median(p.views / day for p in young)
    fired = value >= threshold
    text = (
        f"The {len(young)} posts younger than {YOUNG_MAX_HOURS:g} hours already have a median "
        f"{_percent(value)} of the views the channel's older posts had after a day "
        f"({'at or above' if fired else 'below'} {_percent(threshold)})"
        + (": real readers take a day to arrive, bought views come at once." if fired else ".")
    )
    params = {"posts": len(young), "hours": YOUNG_MAX_HOURS}
    return Signal(key, value, threshold, fired, WEAK, text, params)


def _engagement_slope(posts: list[_Post]) -> Signal:
    """How forwards + reactions per view change with a post's (age-normalised) views.

    Real readers forward and react in proportion to how many of them read, so engagement per
    view does not depend on how many views a post got: the slope of log(engagement per view)
    on log(views) is about 0. Bought views bring no engagement; a package of the same size on
    every post dilutes the weak posts most, so engagement per view *rises* with views (slope
    ≈ bought share ÷ organic share). One reading per post is enough. The top 5 % of posts by
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
        cut = _quantile(sorted(r[0] for r in rows), 0.95)
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
    far = max(ENGAGEMENT_SLOPE_DECISIVE, ENGAGEMENT_SLOPE_DECISIVE_Z * error)
    fired = slope > threshold
    if fired:
        text = (
            f"Posts with more views get more forwards and reactions per view (slope {slope:.2f}, "
            f"above {threshold:.2f}; real audiences about 0): bought views bring no engagement "
            "and dilute the weaker posts most."
        )
    else:
        text = (
            f"Forwards and reactions per view do not rise with a post's views (slope "
            f"{slope:.2f}, at or below {threshold:.2f})."
        )
    params = {"posts": len(rows), "error": error, "engagement": total}
    return Signal(key, slope, threshold, fired, STRONG, text, params, far, fired and slope > far)


def _first_hour(posts: list[_Post], curve: Curve) -> Signal:
    shares = []
    for p in posts:
        if not p.snapshots or p.snapshots[0][0] > 2 or p.snapshots[-1][0] < 12:
            continue
        day = estimate_reach(p.snapshots, 24, curve).views
        if day <= 0:
            continue
        shares.append(min(1.0, estimate_reach(p.snapshots, 1, curve).views / day))
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
        f"In {len(shares)} posts, a median {_percent(value)} of the first day's views arrived "
        f"in the first hour ({'at or above' if fired else 'below'} "
        f"{_percent(FIRST_HOUR_SHARE_MAX)})"
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


def _cv(values: list[float]) -> float:
    mean = statistics.fmean(values)
    return statistics.pstdev(values) / mean if mean > 0 else 0.0


def _early_flat(posts: list[_Post], curve: Curve) -> Signal:
    key, threshold = "early_flat", EARLY_FLAT_RATIO_MAX
    early, late = [], []
    for p in posts:
        if not p.snapshots or p.snapshots[0][0] > 8 or p.snapshots[-1][0] < 36:
            continue
        six = estimate_reach(p.snapshots, 6, curve).views
        two_days = estimate_reach(p.snapshots, 48, curve).views
        early.append(six)
        late.append(max(two_days - six, 0))
    if len(early) < MIN_POSTS_CV or _cv(late) == 0:
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
    early_cv, late_cv = _cv(early), _cv(late)
    value = early_cv / late_cv
    fired = value < threshold and early_cv < EARLY_FLAT_CV_MAX
    if fired:
        text = (
            f"Views of the first 6 hours are almost the same on every post (variation "
            f"{early_cv:.2f}) while later views vary naturally ({late_cv:.2f}); a ratio of "
            f"{value:.2f}, below {threshold:.2f}, is the mark of a fixed package of bought views."
        )
    else:
        text = (
            f"Views of the first 6 hours vary from post to post (variation {early_cv:.2f}) much "
            f"like later views ({late_cv:.2f}; ratio {value:.2f}, at or above {threshold:.2f})."
        )
    params = {"posts": len(early), "early_cv": early_cv, "late_cv": late_cv}
    # Far past: the early views themselves flat too, not only flatter than very uneven late ones.
    decisive = fired and value <= EARLY_FLAT_DECISIVE and early_cv < VIEWS_CV_MIN
    return Signal(key, value, threshold, fired, STRONG, text, params, EARLY_FLAT_DECISIVE, decisive)


def _reach_proxy(post: _Post) -> float | None:
    if post.reach24 is not None:
        return post.reach24
    return post.views if post.age_now >= 48 else None


def _subscriber_jumps(history: list[tuple[datetime, int]], posts: list[_Post]) -> Signal:
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
            f"No subscriber jump of {_percent(threshold)} or more within "
            f"{SUBSCRIBER_JUMP_DAYS:g} days.",
            {"days": SUBSCRIBER_JUMP_DAYS},
        )
    growth, start, end = worst
    week = timedelta(days=14)
    before = [
        r
        for p in posts
        if start - week <= p.posted_at < start and (r := _reach_proxy(p)) is not None
    ]
    after = [
        r for p in posts if end < p.posted_at <= end + week and (r := _reach_proxy(p)) is not None
    ]
    day = start.date().isoformat()
    if len(before) < 3 or len(after) < 3 or statistics.median(before) <= 0:
        return Signal(
            key,
            growth,
            threshold,
            True,
            WEAK,
            f"Subscribers jumped by {_percent(growth)} around {day}; too few posts around it to "
            "tell whether reach grew with them.",
            {"day": day},
        )
    reach_growth = statistics.median(after) / statistics.median(before) - 1
    fired = reach_growth < growth * SUBSCRIBER_JUMP_READ_MIN
    if fired:
        text = (
            f"Subscribers jumped by {_percent(growth)} around {day} but reach changed by "
            f"{_percent(reach_growth)}: the new subscribers do not read – likely bought."
        )
    else:
        text = (
            f"Subscribers jumped by {_percent(growth)} around {day} and reach grew by "
            f"{_percent(reach_growth)} with them: a real promotion."
        )
    params = {"day": day, "reach_growth": reach_growth}
    # Far past: subscribers up by 30 % or more while reach did not grow at all.
    decisive = fired and growth >= SUBSCRIBER_JUMP_DECISIVE and reach_growth <= 0
    return Signal(
        key, growth, threshold, fired, STRONG, text, params, SUBSCRIBER_JUMP_DECISIVE, decisive
    )


def _ad_share(n_ads: int, n_posts: int) -> Signal:
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
        f"{n_ads} of {n_posts} recent posts are ads ({_percent(value)}; "
        f"{'above' if fired else 'at or below'} {_percent(AD_SHARE_MAX)})"
        + (": readers see more ads than content, which wears the audience out." if fired else ".")
    )
    return Signal(
        "ad_share", value, AD_SHARE_MAX, fired, WEAK, text, {"ads": n_ads, "posts": n_posts}
    )
