"""A channel's view readings as numpy columns, cleaned once, and every post's views at a window.

:class:`ReadingTable` holds one row per view reading (post index, age in hours, views) and one
entry per post (when it was posted, its ad mark, album, text, latest views, forwards and
reactions). :func:`ReadingTable.from_columns` builds it from the columns storage reads in one
query; cleaning (sorted, equal ages averaged, decreasing counts pooled by isotonic regression, as
:func:`pricing.reach.clean_snapshots` does for one post) is done with array operations, the
pooling only for the few posts whose counters went down.

:func:`estimate_at` is :func:`pricing.reach.estimate_clean_reach` for every post of a table at
once: measured, interpolated along the curve, or scaled by the curve from the nearest reading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from pricing.ads import looks_like_ads
from pricing.errors import InputError
from pricing.reach_curve import Curve, FloatArray, IntArray, RatioRows, isotonic, ratio_rows

BoolArray = npt.NDArray[np.bool_]

#: Views above this are not a Telegram view count (more than the world's population).
MAX_VIEWS = 10**10

#: Snapshots closer to the window than ``max(this, 2 % of the window)`` count as "measured".
MEASURED_TOLERANCE_HOURS = 0.25

#: Extrapolating from an age below one minute would divide by almost nothing.
MIN_AGE_HOURS = 1 / 60

METHOD_MEASURED = "measured"
METHOD_INTERPOLATED = "interpolated"
METHOD_CURVE = "curve"
METHOD_DEFAULT_CURVE = "default_curve"

#: Codes of :attr:`Estimates.method` and :attr:`Estimates.confidence`, in the order of their names.
METHODS = (METHOD_MEASURED, METHOD_INTERPOLATED, METHOD_CURVE, METHOD_DEFAULT_CURVE)
CONFIDENCES = ("high", "medium", "low")

#: A snapshot up to this long before its post (clock skew) counts as age 0.
CLOCK_SKEW_HOURS = 5 / 60

_US_PER_HOUR = 3_600_000_000


@dataclass(frozen=True)
class ReadingTable:
    """A channel's posts and their view readings as columns.

    Readings (``post``, ``age``, ``views``) are clean: grouped by post in post order, ages
    strictly increasing and views non-decreasing within a post; ``starts[i]:starts[i + 1]`` are
    post ``i``'s rows. Per post: ``posted_us`` (microseconds since 1970, UTC), ``is_ad`` (the
    user's mark), ``grouped_id`` (``has_group`` says whether there is one), ``text``, and the
    latest reading's ``latest_views`` with the highest ``forwards`` and ``reactions`` ever read.
    ``min_raw_age`` is the lowest reading age before clamping to 0 (a reading older than its post
    is refused where that matters); ``naive`` says the times had no zone (all of them).
    """

    post: IntArray
    age: FloatArray
    views: FloatArray
    starts: IntArray
    posted_us: IntArray
    is_ad: BoolArray
    grouped_id: IntArray
    has_group: BoolArray
    text: tuple[str | None, ...]
    latest_views: IntArray
    forwards: IntArray
    reactions: IntArray
    min_raw_age: float = 0.0
    naive: bool = False
    _ads: dict[str | None, BoolArray] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _rows: list[RatioRows] = field(default_factory=list, init=False, compare=False, repr=False)

    @property
    def n_posts(self) -> int:
        return len(self.posted_us)

    @property
    def counts(self) -> IntArray:
        """Clean readings per post."""
        return np.diff(self.starts)

    def last_index(self) -> IntArray:
        """Row of each post's last (oldest-age) clean reading; ``-1`` for posts without one."""
        counts = self.counts
        return np.where(counts > 0, self.starts[1:] - 1, -1)

    def max_age(self) -> FloatArray:
        """Each post's oldest clean reading age in hours (0 for a post without readings)."""
        last = self.last_index()
        return np.where(last >= 0, self.age[last] if len(self.age) else 0.0, 0.0)

    def latest_moment_us(self, among: BoolArray | None = None) -> int | None:
        """The newest observation: a post's time plus its oldest reading age, the latest of all
        posts, or of those ``among`` marks (``timedelta`` rounds the hours to whole
        microseconds, so does this)."""
        moments = self.posted_us + np.round(self.max_age() * _US_PER_HOUR).astype(np.int64)
        if among is not None:
            moments = moments[among]
        return int(moments.max()) if len(moments) else None

    def ads(self, own_username: str | None) -> BoolArray:
        """Each post's ad flag: marked by the user or recognised by ``looks_like_ad`` (kept per
        username, so the reach and the quality signals read the texts once)."""
        found = self._ads.get(own_username)
        if found is None:
            recognised = np.array(looks_like_ads(self.text, own_username), dtype=bool)
            found = self.is_ad | recognised if len(recognised) else self.is_ad.copy()
            self._ads[own_username] = found
        return found

    def fit_rows(self) -> RatioRows:
        """The curve fit's rows of all the posts (worked out once, then kept: the reach and the
        quality signals fit on the same readings, or on some of their posts)."""
        if not self._rows:
            self._rows.append(ratio_rows(self.post, self.age, self.views))
        return self._rows[0]

    def ages_now(self, now_us: int) -> FloatArray:
        """Each post's age at ``now_us`` in hours, as ``timedelta.total_seconds() / 3600``."""
        return ((now_us - self.posted_us) / 1e6) / 3600

    def select(self, keep: BoolArray) -> ReadingTable:
        """The table of the posts where ``keep`` is true, in the same order."""
        if keep.all():
            return self
        rows = keep[self.post]
        renumber = np.cumsum(keep) - 1
        counts = self.counts[keep]
        return ReadingTable(
            post=renumber[self.post[rows]],
            age=self.age[rows],
            views=self.views[rows],
            starts=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
            posted_us=self.posted_us[keep],
            is_ad=self.is_ad[keep],
            grouped_id=self.grouped_id[keep],
            has_group=self.has_group[keep],
            text=tuple(t for t, k in zip(self.text, keep.tolist(), strict=True) if k),
            latest_views=self.latest_views[keep],
            forwards=self.forwards[keep],
            reactions=self.reactions[keep],
            min_raw_age=self.min_raw_age,
            naive=self.naive,
        )

    @classmethod
    def from_columns(
        cls,
        *,
        posted_us: Sequence[int] | IntArray,
        is_ad: Sequence[bool | None],
        grouped_id: Sequence[int | None],
        text: Sequence[str | None],
        reading_post: Sequence[int] | IntArray,
        taken_us: Sequence[int] | IntArray,
        views: Sequence[int] | IntArray,
        forwards: Sequence[int] | IntArray | None = None,
        reactions: Sequence[int] | IntArray | None = None,
    ) -> ReadingTable:
        """A table from storage's columns: per post, then per reading (``reading_post`` the
        post's index, ``taken_us`` microseconds since 1970; readings in the order taken)."""
        posted = np.asarray(posted_us, dtype=np.int64)
        post = np.asarray(reading_post, dtype=np.int64)
        taken = np.asarray(taken_us, dtype=np.int64)
        raw_age = ((taken - posted[post]) / 1e6) / 3600
        return cls.from_ages(
            posted_us=posted,
            is_ad=is_ad,
            grouped_id=grouped_id,
            text=text,
            reading_post=post,
            ages=raw_age,
            views=np.asarray(views, dtype=np.int64),
            forwards=forwards,
            reactions=reactions,
        )

    @classmethod
    def from_ages(
        cls,
        *,
        posted_us: Sequence[int] | IntArray,
        is_ad: Sequence[bool | None],
        grouped_id: Sequence[int | None],
        text: Sequence[str | None],
        reading_post: IntArray,
        ages: FloatArray,
        views: IntArray | FloatArray,
        forwards: Sequence[int] | IntArray | None = None,
        reactions: Sequence[int] | IntArray | None = None,
        latest_views: Sequence[int] | IntArray | None = None,
        naive: bool = False,
    ) -> ReadingTable:
        """A table from readings given as ages in hours (in the order taken within a post);
        ``latest_views`` (default: each post's last reading) are the posts' current views."""
        posted = np.asarray(posted_us, dtype=np.int64)
        n = len(posted)
        post = np.asarray(reading_post, dtype=np.int64)
        raw_age = np.asarray(ages, dtype=float)
        raw_views = np.asarray(views)
        if len(raw_views) and (
            not np.all(np.isfinite(raw_views)) or raw_views.min() < 0 or raw_views.max() > MAX_VIEWS
        ):
            raise InputError(f"views must be a whole number from 0 to {MAX_VIEWS}")
        # The latest reading of each post: the last given for it (stable sort keeps the order).
        order = np.argsort(post, kind="stable")
        counts = np.bincount(post, minlength=n)
        ends = np.cumsum(counts)
        has = counts > 0
        last_rows = order[np.where(has, ends - 1, 0)] if len(order) else np.zeros(n, np.int64)
        if latest_views is None:
            latest = np.where(has, raw_views[last_rows] if len(order) else 0, 0).astype(np.int64)
        else:
            latest = np.asarray(latest_views, dtype=np.int64).reshape(n)

        def highest(values: Sequence[int] | IntArray | None) -> IntArray:
            if values is None or not len(post):
                return np.zeros(n, dtype=np.int64)
            column = np.asarray(values, dtype=np.int64)
            result = np.zeros(n, dtype=np.int64)
            np.maximum.at(result, post, column)
            return result

        clean_post, clean_age, clean_views = clean_readings(
            post, np.maximum(raw_age, 0.0), raw_views.astype(float)
        )
        starts = np.concatenate([[0], np.cumsum(np.bincount(clean_post, minlength=n))])
        return cls(
            post=clean_post,
            age=clean_age,
            views=clean_views,
            starts=starts.astype(np.int64),
            posted_us=posted,
            is_ad=np.array([bool(a) for a in is_ad], dtype=bool).reshape(n),
            grouped_id=np.array([g or 0 for g in grouped_id], dtype=np.int64).reshape(n),
            has_group=np.array([g is not None for g in grouped_id], dtype=bool).reshape(n),
            text=tuple(text),
            latest_views=latest,
            forwards=highest(forwards),
            reactions=highest(reactions),
            min_raw_age=float(raw_age.min()) if len(raw_age) else 0.0,
            naive=naive,
        )


def clean_readings(
    post: IntArray, age: FloatArray, views: FloatArray
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Readings sorted by post then age, equal ages of a post averaged, and each post's views made
    non-decreasing by isotonic regression (weighted by how many readings each age merged)."""
    in_order = len(post) < 2 or bool(
        np.all((post[1:] > post[:-1]) | ((post[1:] == post[:-1]) & (age[1:] > age[:-1])))
    )
    if not in_order:  # storage's columns come in order; anything else is sorted here
        order = np.lexsort((views, age, post))
        post, age, views = post[order], age[order], views[order]
    weight = np.ones(len(post))
    if len(post) > 1:
        repeated = (post[1:] == post[:-1]) & (age[1:] == age[:-1])
        if repeated.any():
            first = np.concatenate([[True], ~repeated])
            starts = np.flatnonzero(first)
            sums = np.add.reduceat(views, starts)
            weight = np.diff(np.append(starts, len(views))).astype(float)
            post, age, views = post[starts], age[starts], sums / weight
    if len(post) > 1:
        drops = (post[1:] == post[:-1]) & (views[1:] < views[:-1])
        if drops.any():
            views = views.copy()
            bounds = np.searchsorted(post, np.unique(post[1:][drops]), side="left")
            ends = np.searchsorted(post, post[bounds], side="right")
            for lo, hi in zip(bounds.tolist(), ends.tolist(), strict=True):
                views[lo:hi] = isotonic(views[lo:hi].tolist(), weight[lo:hi].tolist())
    return post, age, views


@dataclass(frozen=True)
class Estimates:
    """Every post's views at one window (posts without a reading: ``valid`` false).

    ``method`` and ``confidence`` index :data:`METHODS` and :data:`CONFIDENCES`; ``views`` are
    rounded as :class:`pricing.reach.ReachEstimate` rounds them; ``based_on`` the readings' ages
    (the second ``nan`` unless interpolated).
    """

    views: IntArray
    method: IntArray
    confidence: IntArray
    valid: BoolArray
    based_on: FloatArray


def estimate_at(table: ReadingTable, window: float, curve: Curve | None) -> Estimates:
    """:func:`pricing.reach.estimate_clean_reach` of every post of ``table`` at ``window`` hours
    (``curve`` None: the default curve, labelled ``"default_curve"``)."""
    from pricing.reach_curve import DEFAULT_CURVE

    shape = curve or DEFAULT_CURVE
    fitted = curve is not None and not curve.is_default
    n = table.n_posts
    age, views, post = table.age, table.views, table.post
    counts = table.counts
    first = table.starts[:-1]
    n_below = np.bincount(post[age < window], minlength=n)
    n_not_above = np.bincount(post[age <= window], minlength=n)
    valid = counts > 0
    has_below = n_below > 0
    has_above = n_not_above < counts
    has_equal = n_not_above > n_below
    last = max(len(age) - 1, 0)
    below_row = np.clip(first + n_below - 1, 0, last)
    above_row = np.clip(first + n_not_above, 0, last)
    equal_row = np.clip(first + n_below, 0, last)
    if not len(age):
        empty = np.zeros(n, dtype=np.int64)
        return Estimates(empty, empty, empty, valid, np.full((n, 2), np.nan))
    a_below, v_below = age[below_row], views[below_row]
    a_above, v_above = age[above_row], views[above_row]
    d_below = np.where(has_below, np.abs(a_below - window), np.inf)
    d_above = np.where(has_above, np.abs(a_above - window), np.inf)
    # The nearest reading; on a tie the later one (as ``min`` by (distance, -age) picks).
    take_above = d_above <= d_below
    nearest_age = np.where(has_equal, age[equal_row], np.where(take_above, a_above, a_below))
    nearest_views = np.where(has_equal, views[equal_row], np.where(take_above, v_above, v_below))
    nearest_distance = np.where(has_equal, 0.0, np.minimum(d_below, d_above))
    tolerance = max(MEASURED_TOLERANCE_HOURS, 0.02 * window)
    measured = valid & (nearest_distance <= tolerance)
    between = valid & ~measured & has_below & has_above
    one_side = valid & ~measured & ~between

    f_window = shape.fraction(window)
    f1 = shape.fractions_at(a_below)
    f2 = shape.fractions_at(a_above)
    with np.errstate(divide="ignore", invalid="ignore"):
        by_curve = (f_window - f1) / (f2 - f1)
        by_clock = (window - a_below) / (a_above - a_below)
        position = np.where(f2 - f1 > 1e-12, by_curve, by_clock)
        interpolated = v_below + position * (v_above - v_below)
        spread = (v_above - v_below) / np.maximum(interpolated, 1.0)
    spread_confidence = np.where(spread <= 0.25, 0, np.where(spread <= 0.8, 1, 2))

    side_age = np.where(has_below, a_below, a_above)
    side_views = np.where(has_below, v_below, v_above)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = f_window / shape.fractions_at(np.maximum(side_age, MIN_AGE_HOURS))
        scaled = np.minimum(side_views * ratio, MAX_VIEWS)
        limit = math.log(1.3) if fitted else math.log(1.1)
        curve_confidence = np.where(np.abs(np.log(ratio)) <= limit, 1, 2)

    result = np.where(measured, nearest_views, np.where(between, interpolated, scaled))
    method = np.where(measured, 0, np.where(between, 1, 2 if fitted else 3))
    confidence = np.where(measured, 0, np.where(between, spread_confidence, curve_confidence))
    based_on = np.full((n, 2), np.nan)
    based_on[:, 0] = np.where(measured, nearest_age, np.where(between, a_below, side_age))
    based_on[:, 1] = np.where(between, a_above, np.nan)
    with np.errstate(invalid="ignore"):
        rounded = np.where(valid & (measured | between | one_side), np.round(result), 0)
    return Estimates(rounded.astype(np.int64), method, confidence, valid, based_on)
