"""Reach of a post over a placement window (24 h for "1/24", 48 h for "1/48") from view snapshots.

Telegram only ever tells the *current* view count of a post, so the app keeps snapshots
``(age_hours, views)`` and turns them into the views the post had collected at the window:

* **measured** – a snapshot was taken at the window (within ``max(15 min, 2 % of the window)``);
  its views are used as they are.
* **interpolated** – snapshots bracket the window. The position between the two bracketing
  snapshots is taken from the accumulation curve ("curve-fraction space"), not from the clock:
  views arrive fast at first and slowly later, so a straight line in time would underestimate.
* **curve** / **default_curve** – every snapshot is on one side of the window; the nearest one is
  scaled by ``curve.fraction(window) / curve.fraction(age)``. ``"curve"`` means the channel's own
  fitted curve, ``"default_curve"`` the built-in typical curve (:data:`DEFAULT_CURVE`).

One estimate uses exactly one of these methods; they are never mixed inside one figure.

**Accumulation curve.** :class:`Curve` (:mod:`pricing.reach_curve`) gives the typical fraction
of a post's views by age, relative to the views at 7 days; :func:`fit_accumulation_curve` fits it
on a channel's posts that have at least two snapshots, falling back on the default curve with
fewer than :data:`MIN_FIT_POSTS` of them (``Curve.is_default`` says so).

**Confidence** is a label, ``"high"``, ``"medium"`` or ``"low"``:

* measured: high;
* interpolated: high when the bracketing snapshots differ by at most 25 % of the estimate, medium up
  to 80 %, low beyond (the truth is always between them);
* channel curve: medium when the curve scales the snapshot by at most ×1.3 either way, else low;
* default curve: medium when it scales by at most ×1.1 either way, else low.

**Channel reach** (:func:`channel_reach`) averages the estimate over the channel's recent posts.
Policies: the last 30 days before ``now`` (default: the latest observation in the data); an album
(same ``grouped_id``) counts once, as its most viewed message; ad posts – marked by the user or
recognised by :func:`looks_like_ad` – are left out when ``exclude_ads``; posts younger than the
window at ``now`` are left out unless ``include_young=True`` (then they are extrapolated by curve
and counted as such), because a few hours of views extrapolated to a day are the least reliable
figure.

**Speed.** :func:`channel_reach` works on the channel's readings as numpy columns
(:class:`pricing.reach_table.ReadingTable`): storage can hand them over as such, and lists of
posts are turned into one table first. Cleaning, the curve fit and every post's estimate are
array operations over all the readings at once.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt

from pricing.ads import looks_like_ad
from pricing.errors import InputError
from pricing.reach_curve import (
    CURVE_AGES,
    DEFAULT_CURVE,
    MIN_FIT_POSTS,
    REFERENCE_AGE_HOURS,
    Curve,
    fit_curve_on_readings,
    fit_curve_on_rows,
)
from pricing.reach_post import (
    ReachEstimate,
    age_hours,
    check_hours,
    clean_snapshots,
    estimate_clean_reach,
    estimate_reach,
    snapshots_by_age,
)
from pricing.reach_table import (
    CLOCK_SKEW_HOURS,
    MAX_VIEWS,
    MEASURED_TOLERANCE_HOURS,
    METHOD_CURVE,
    METHOD_DEFAULT_CURVE,
    METHOD_INTERPOLATED,
    METHOD_MEASURED,
    BoolArray,
    ReadingTable,
    estimate_at,
)

__all__ = [
    "CURVE_AGES",
    "DEFAULT_CURVE",
    "MAX_VIEWS",
    "MEASURED_TOLERANCE_HOURS",
    "METHOD_CURVE",
    "METHOD_DEFAULT_CURVE",
    "METHOD_INTERPOLATED",
    "METHOD_MEASURED",
    "MIN_FIT_POSTS",
    "REFERENCE_AGE_HOURS",
    "ChannelReach",
    "Curve",
    "PostSnapshots",
    "PostStats",
    "ReachEstimate",
    "ReadingTable",
    "channel_reach",
    "clean_snapshots",
    "estimate_clean_reach",
    "estimate_reach",
    "fit_accumulation_curve",
    "fit_clean_curve",
    "fit_table_curve",
    "looks_like_ad",
    "microseconds",
    "posts_table",
    "snapshots_by_age",
]


@dataclass(frozen=True)
class PostStats:
    """One post as the quality signals and :func:`channel_reach` see it.

    ``views``, ``forwards`` and ``reactions`` are the latest counts; ``snapshots`` are
    ``(age_hours, views)`` pairs. ``grouped_id`` marks album messages, ``text`` lets ads be
    recognised by :func:`looks_like_ad`.
    """

    posted_at: datetime
    views: int
    forwards: int = 0
    reactions: int = 0
    snapshots: tuple[tuple[float, int], ...] = ()
    is_ad: bool = False
    grouped_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class PostSnapshots:
    """One post as storage keeps it: ``snapshots`` are ``(taken_at, views)`` pairs.

    Build it straight from a ``Post`` row and its ``ViewSnapshot`` rows;
    :meth:`age_snapshots` gives the ``(age_hours, views)`` pairs the estimators use.
    """

    posted_at: datetime
    snapshots: tuple[tuple[datetime, int], ...] = ()
    is_ad: bool = False
    grouped_id: int | None = None
    text: str | None = None

    def age_snapshots(self) -> list[tuple[float, int]]:
        return snapshots_by_age(self.posted_at, self.snapshots)


@dataclass(frozen=True)
class ChannelReach:
    """A channel's reach at the window over its recent posts.

    ``mean`` and ``median`` are views (``None`` when no post qualified); ``method`` is
    ``"measured"``, ``"interpolated"`` (no curve needed; some may be measured), ``"curve"``,
    ``"default_curve"``, ``"mixed (k of n from curve)"`` or ``"no posts"``. ``n_from_curve``
    lets the UI word the mixed case itself. ``excluded_ads`` and ``excluded_young`` count the
    posts left out by those policies; ``curve`` is the curve used.
    """

    mean: int | None
    median: int | None
    n_posts: int
    method: str
    confidence: str = "low"
    n_from_curve: int = 0
    excluded_ads: int = 0
    excluded_young: int = 0
    curve: Curve = field(default=DEFAULT_CURVE, repr=False)


# --- the channel's curve ------------------------------------------------------------------------


def _post_age_pairs(post: object) -> object:
    """``(age_hours, views)`` pairs of one item of ``posts_snapshots``."""
    if isinstance(post, PostSnapshots):
        return post.age_snapshots()
    if isinstance(post, PostStats):
        return post.snapshots
    return post


def fit_accumulation_curve(posts_snapshots: Iterable[object]) -> Curve:
    """The channel's typical fraction of 7-day views by age, from several posts' snapshots.

    Each item is one post: a sequence of ``(age_hours, views)`` pairs, a :class:`PostStats` or a
    :class:`PostSnapshots`. Only posts with at least two snapshots (with views) at different
    ages carry shape information; with fewer than :data:`MIN_FIT_POSTS` of them the result is
    :data:`DEFAULT_CURVE`-shaped with ``source="default"`` and a note saying why.
    """
    if isinstance(posts_snapshots, str | bytes) or not isinstance(posts_snapshots, Iterable):
        raise InputError("posts_snapshots must be a list with one list of snapshots per post")
    return fit_clean_curve(clean_snapshots(_post_age_pairs(post)) for post in posts_snapshots)


def fit_clean_curve(posts_points: Iterable[Sequence[tuple[float, float]]]) -> Curve:
    """:func:`fit_accumulation_curve` of posts whose points :func:`clean_snapshots` gave:
    callers that hold clean points skip cleaning them again."""
    posts = list(posts_points)
    lengths = np.array([len(points) for points in posts], dtype=np.int64)
    flat = np.array([pair for points in posts for pair in points], dtype=float).reshape(-1, 2)
    post_index = np.repeat(np.arange(len(posts), dtype=np.int64), lengths)
    return fit_curve_on_readings(post_index, flat[:, 0], flat[:, 1])


def fit_table_curve(table: ReadingTable, among: BoolArray | None = None) -> Curve:
    """:func:`fit_accumulation_curve` of every post of a :class:`ReadingTable`, or of the posts
    ``among`` marks (the same curve as fitting ``table.select(among)``)."""
    rows = table.fit_rows()
    return fit_curve_on_rows(rows if among is None else rows.of_posts(among))


# --- the channel --------------------------------------------------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = _EPOCH.replace(tzinfo=None)  # the same clock, for times without a zone
_MICROSECOND = timedelta(microseconds=1)


def microseconds(moment: datetime) -> int:
    """Microseconds since 1970 (UTC for an aware time, the same clock for a naive one)."""
    epoch = _NAIVE_EPOCH if moment.tzinfo is None else _EPOCH
    return (moment - epoch) // _MICROSECOND


_PLAIN = {int, float}


def _checked_pairs(pairs: object) -> list[tuple[float, float]] | None:
    """The pairs as they are, when they are plain ``(number, number)`` tuples of valid readings
    (checked a column at a time); None when the generic checks must say what is wrong."""
    if type(pairs) not in (list, tuple) or not isinstance(pairs, list | tuple):
        return None
    items: list[tuple[float, float]] = list(pairs)
    if not items:
        return []
    if set(map(type, items)) != {tuple} or set(map(len, items)) != {2}:
        return None
    ages, views = zip(*items, strict=True)
    if not set(map(type, ages)) <= _PLAIN or not set(map(type, views)) <= _PLAIN:
        return None
    try:
        age_column = np.array(ages, dtype=float)
        view_column = np.array(views, dtype=float)
    except OverflowError:
        return None
    if not (np.all(age_column >= 0) and np.all(age_column < math.inf)):
        return None
    if not (np.all(view_column >= 0) and np.all(view_column <= MAX_VIEWS)):
        return None
    return items


def _item_columns(item: object, now: datetime | None) -> tuple[object, datetime | None]:
    """``(age, views)`` pairs of one item of ``channel_reach`` and when it was posted."""
    if isinstance(item, PostSnapshots):
        return item.age_snapshots(), item.posted_at
    if isinstance(item, PostStats):
        if not item.snapshots and now is not None:
            # Without snapshots the latest count is the one snapshot, at the post's age now.
            return [(max(age_hours(item.posted_at, now), 0.0), item.views)], item.posted_at
        return item.snapshots, item.posted_at
    return item, None


def posts_table(
    items: Sequence[object], now: datetime | None = None
) -> tuple[ReadingTable, npt.NDArray[np.bool_]]:
    """One :class:`ReadingTable` of ``channel_reach``'s items and which posts have a date
    (plain ``(age, views)`` sequences have none)."""
    post_index: list[int] = []
    pairs: list[tuple[float, float]] = []
    posted: list[int] = []
    dated: list[bool] = []
    zones: set[bool] = set()
    for i, item in enumerate(items):
        raw, posted_at = _item_columns(item, now)
        checked = _checked_pairs(raw)
        if checked is None:
            checked = clean_snapshots(raw)  # the generic checks say what is wrong, or clean
        pairs.extend(checked)
        post_index.extend([i] * len(checked))
        dated.append(posted_at is not None)
        if posted_at is not None:
            zones.add(posted_at.tzinfo is None)
            posted.append(microseconds(posted_at))
        else:
            posted.append(0)
    if len(zones) > 1:
        raise InputError("mixing timezone-aware and naive datetimes")
    columns = np.array(pairs, dtype=float).reshape(-1, 2)
    table = ReadingTable.from_ages(
        posted_us=posted,
        is_ad=[getattr(item, "is_ad", False) for item in items],
        grouped_id=[getattr(item, "grouped_id", None) for item in items],
        text=[getattr(item, "text", None) for item in items],
        reading_post=np.array(post_index, dtype=np.int64),
        ages=columns[:, 0],
        views=columns[:, 1],
        naive=zones == {True},
    )
    return table, np.array(dated, dtype=bool)


def _merge_albums(table: ReadingTable, ads: BoolArray) -> tuple[BoolArray, BoolArray]:
    """An album's messages count once: the most viewed message (the first of equals), an ad if
    any message is. Returns which posts stay and their ad flags."""
    keep = ~table.has_group
    merged_ads = ads.copy()
    grouped = np.flatnonzero(table.has_group)
    if not len(grouped):
        return keep, merged_ads
    last = table.last_index()
    most = np.where(last >= 0, table.views[last] if len(table.views) else 0.0, 0.0)
    groups = table.grouped_id[grouped]
    order = np.lexsort((-grouped, most[grouped], groups))
    groups, members = groups[order], grouped[order]
    ends = np.append(np.flatnonzero(groups[1:] != groups[:-1]), len(groups) - 1)
    begins = np.concatenate([[0], ends[:-1] + 1])
    best = members[ends]
    keep[best] = True
    merged_ads[best] = np.maximum.reduceat(ads[members], begins)
    return keep, merged_ads


def _cross_section_curve(readings: list[tuple[float, float]]) -> Curve | None:
    """The curve across the posts' latest readings, when no post was read twice (one fetch)."""
    from pricing.cross_section import fit_cross_section_curve  # it builds on this module

    fitted = fit_cross_section_curve(readings).curve
    return None if fitted.is_default else fitted


def channel_reach(
    posts_snapshots: Iterable[object] | ReadingTable,
    hours: object,
    exclude_ads: bool = True,
    *,
    days: float = 30,
    now: datetime | None = None,
    curve: Curve | None = None,
    include_young: bool = False,
    own_username: str | None = None,
) -> ChannelReach:
    """The channel's reach at ``hours`` averaged over its posts of the last ``days`` days.

    Items of ``posts_snapshots`` are :class:`PostSnapshots` (storage rows), :class:`PostStats`
    (whose ``views`` serve as the one snapshot, at its age at ``now``, when it has no snapshots) or
    plain ``(age_hours, views)`` sequences (no date: the recent-days filter, the young-post policy
    and album/ad handling cannot apply to them); or all of them at once as a
    :class:`ReadingTable`. ``now`` defaults to the latest observation in the data. ``curve``
    defaults to one fitted on all the given posts (see :func:`fit_accumulation_curve`); when no
    post has two readings (a single fetch), to the curve fitted across the posts' single readings
    (:func:`pricing.cross_section.fit_cross_section_curve`). See the module docstring for the
    policies.
    """
    window = check_hours(hours)
    if now is not None and not isinstance(now, datetime):
        raise InputError("now must be a datetime")
    if isinstance(posts_snapshots, ReadingTable):
        table = posts_snapshots
        dated = np.ones(table.n_posts, dtype=bool)
        if table.min_raw_age < -CLOCK_SKEW_HOURS:
            raise InputError("a view snapshot was taken before its post")
    else:
        if isinstance(posts_snapshots, str | bytes) or not isinstance(posts_snapshots, Iterable):
            raise InputError("posts must be a list of posts with their view snapshots")
        table, dated = posts_table(list(posts_snapshots), now)
    if now is not None and dated.any() and (now.tzinfo is None) != table.naive:
        raise InputError("mixing timezone-aware and naive datetimes")
    keep, ads = _merge_albums(table, table.ads(own_username) & dated)
    table, ads, dated = table.select(keep), ads[keep], dated[keep]
    if now is not None:
        reference_us: int | None = microseconds(now)
    else:
        reference_us = table.latest_moment_us(among=dated)
    last = table.last_index()
    has_readings = last >= 0
    limited = dated & (reference_us is not None)
    age_now = table.ages_now(reference_us or 0)
    recent = ~limited | (age_now <= days * 24)
    if curve is None:
        curve = fit_table_curve(table)
        if curve.is_default:
            usable = np.flatnonzero(has_readings & ~ads & recent)
            readings = list(
                zip(
                    table.age[last[usable]].tolist(),
                    table.views[last[usable]].tolist(),
                    strict=True,
                )
            )
            curve = _cross_section_curve(readings) or curve

    old = limited & (age_now > days * 24)
    young = limited & ~old & (age_now < window) & (not include_young)
    is_ad = ads & exclude_ads
    excluded_young = int(np.count_nonzero(has_readings & young))
    excluded_ads = int(np.count_nonzero(has_readings & ~old & ~young & is_ad))
    counted = has_readings & ~old & ~young & ~is_ad
    if not counted.any():
        return ChannelReach(
            None, None, 0, "no posts", "low", 0, excluded_ads, excluded_young, curve
        )
    estimates = estimate_at(table, window, curve)
    views = estimates.views[counted]
    methods = estimates.method[counted]
    n = len(views)
    from_curve = int(np.count_nonzero(methods >= 2))
    if from_curve == 0:
        method = METHOD_MEASURED if bool(np.all(methods == 0)) else METHOD_INTERPOLATED
    elif from_curve == n:
        method = METHOD_DEFAULT_CURVE if curve.is_default else METHOD_CURVE
    else:
        method = f"mixed ({from_curve} of {n} from curve)"
    share = from_curve / n
    if n >= 10 and share <= 0.25:
        confidence = "high"
    elif n >= 5 and (share <= 0.5 or not curve.is_default):
        confidence = "medium"
    else:
        confidence = "low"
    return ChannelReach(
        mean=round(int(views.sum()) / n),
        median=round(float(np.median(views))),
        n_posts=n,
        method=method,
        confidence=confidence,
        n_from_curve=from_curve,
        excluded_ads=excluded_ads,
        excluded_young=excluded_young,
        curve=curve,
    )
