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

**Accumulation curve.** :class:`Curve` gives the typical fraction of a post's views by age,
relative to the views at 7 days (``fraction(168) == 1.0``; it may exceed 1.0 after 7 days, since
posts keep collecting a few views). Between knots it is piecewise linear in log-age, from age 0 to
the first knot linear in age, and flat after the last knot (30 days).
:func:`fit_accumulation_curve` fits it on a channel's posts that have at least two snapshots: the
log-ratios of consecutive snapshots of one post only depend on the curve (the post's size cancels
out), so the curve is the robust (Huber) least-squares fit to those ratios, shrunk towards the
default curve's shape where the channel has no data, then made non-decreasing. With fewer than
:data:`MIN_FIT_POSTS` such posts the default curve is returned and ``Curve.is_default`` says so.

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

**Speed.** The fit works on all the channel's readings at once with numpy (the normal equations
are summed knot pair by knot pair, each row touching at most four knots); readings as storage
gives them are checked without the generic checks' cost, and points once cleaned are not
cleaned again (:func:`estimate_clean_reach`, :func:`fit_clean_curve`).
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from numbers import Real

import numpy as np

from pricing.errors import InputError

#: The reference age of :class:`Curve`: ``fraction(REFERENCE_AGE_HOURS) == 1.0`` (7 days).
REFERENCE_AGE_HOURS = 168.0

#: A fitted curve needs at least this many posts with two or more snapshots.
MIN_FIT_POSTS = 5

#: Views above this are not a Telegram view count (more than the world's population).
MAX_VIEWS = 10**10

#: Snapshots closer to the window than ``max(this, 2 % of the window)`` count as "measured".
MEASURED_TOLERANCE_HOURS = 0.25

#: Extrapolating from an age below one minute would divide by almost nothing.
_MIN_AGE_HOURS = 1 / 60

METHOD_MEASURED = "measured"
METHOD_INTERPOLATED = "interpolated"
METHOD_CURVE = "curve"
METHOD_DEFAULT_CURVE = "default_curve"

#: Knot ages of every curve, hours: dense where views change fast, up to 30 days.
CURVE_AGES: tuple[float, ...] = (
    0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720,
)  # fmt: skip

# A typical mid-speed channel: about a quarter of the week's views in the first hour, three
# quarters by 24 h, 87 % by 48 h, a slow tail afterwards (+8 % from day 7 to day 30).
_DEFAULT_FRACTIONS: tuple[float, ...] = (
    0.09, 0.16, 0.25, 0.36, 0.43, 0.48, 0.55, 0.60, 0.67, 0.72, 0.76,
    0.82, 0.86, 0.91, 0.94, 0.965, 1.0, 1.03, 1.05, 1.07, 1.08,
)  # fmt: skip


@dataclass(frozen=True)
class Curve:
    """A channel's typical view accumulation: fraction of the 7-day views by post age.

    ``source`` is ``"default"`` (the built-in typical curve) or ``"fitted"``; ``n_posts`` how many
    posts the fit used; ``note`` a sentence saying where the curve comes from.
    """

    ages: tuple[float, ...]
    fractions: tuple[float, ...]
    source: str = "default"
    n_posts: int = 0
    note: str = ""

    def __post_init__(self) -> None:
        if len(self.ages) != len(self.fractions) or len(self.ages) < 2:
            raise InputError("a curve needs as many fractions as ages, at least two")
        if any(not math.isfinite(a) or a <= 0 for a in self.ages):
            raise InputError("curve ages must be positive hours")
        if any(b <= a for a, b in zip(self.ages, self.ages[1:], strict=False)):
            raise InputError("curve ages must increase")
        if any(not math.isfinite(f) or f <= 0 for f in self.fractions):
            raise InputError("curve fractions must be positive")
        if any(b < a for a, b in zip(self.fractions, self.fractions[1:], strict=False)):
            raise InputError("curve fractions must not decrease with age")

    @property
    def is_default(self) -> bool:
        return self.source == "default"

    def fraction(self, age_hours: float) -> float:
        """Views at ``age_hours`` as a fraction of the views at 7 days (non-decreasing in age)."""
        age = float(age_hours)
        ages, fractions = self.ages, self.fractions
        if age <= 0:
            return 0.0
        if age <= ages[0]:
            return fractions[0] * age / ages[0]
        if age >= ages[-1]:
            return fractions[-1]
        hi = _bisect(ages, age)
        lo = hi - 1
        t = (math.log(age) - math.log(ages[lo])) / (math.log(ages[hi]) - math.log(ages[lo]))
        return fractions[lo] + t * (fractions[hi] - fractions[lo])


def _bisect(ages: Sequence[float], age: float) -> int:
    """Index of the first knot above ``age`` (``ages[0] < age < ages[-1]``)."""
    lo, hi = 0, len(ages) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ages[mid] <= age:
            lo = mid
        else:
            hi = mid
    return hi


DEFAULT_CURVE = Curve(
    CURVE_AGES,
    _DEFAULT_FRACTIONS,
    source="default",
    note="typical curve: ~25 % of the 7-day views in 1 h, ~76 % in 24 h, ~86 % in 48 h",
)


@dataclass(frozen=True)
class ReachEstimate:
    """Views a post collected at the window, how they were obtained, and how sure we are.

    ``method`` is one of ``"measured"``, ``"interpolated"``, ``"curve"``, ``"default_curve"``;
    ``confidence`` is ``"high"``, ``"medium"`` or ``"low"``; ``based_on`` the snapshot ages (hours)
    the figure was computed from.
    """

    views: int
    method: str
    confidence: str
    based_on: tuple[float, ...] = ()


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


# --- input checking ---------------------------------------------------------------------------


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise InputError(f"{what} must be a number, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError(f"{what} must be a number, got {value!r}") from exc
    if not math.isfinite(number):
        raise InputError(f"{what} must be a finite number, got {value!r}")
    return number


def _check_hours(hours: object) -> float:
    value = _number(hours, "the window in hours")
    if value <= 0:
        raise InputError(f"the window must be a positive number of hours, got {hours!r}")
    return value


def _snapshot_pairs(snapshots: object) -> list[tuple[float, float]]:
    """Validated ``(age_hours, views)`` pairs, in the given order."""
    if isinstance(snapshots, str | bytes) or not isinstance(snapshots, Iterable):
        raise InputError("snapshots must be a list of (age in hours, views) pairs")
    pairs = []
    for item in snapshots:
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InputError(f"a snapshot must be an (age in hours, views) pair, got {item!r}")
        age = _number(item[0], "a snapshot's age in hours")
        views = _number(item[1], "a snapshot's views")
        if age < 0:
            raise InputError(f"a snapshot's age cannot be negative, got {item[0]!r}")
        if views < 0 or views > MAX_VIEWS:
            raise InputError(f"views must be a whole number from 0 to {MAX_VIEWS}, got {item[1]!r}")
        pairs.append((age, views))
    return pairs


_PLAIN_NUMBERS = (int, float)


def _plain_pairs(snapshots: object) -> list[tuple[float, float]] | None:
    """The pairs of :func:`_snapshot_pairs` when every item is a valid plain ``(number, number)``
    tuple (what storage gives), else None: the common case without the generic checks' cost."""
    if type(snapshots) not in (list, tuple):
        return None
    pairs = []
    try:
        for item in snapshots:
            if type(item) is not tuple or len(item) != 2:
                return None
            age, views = item
            if type(age) not in _PLAIN_NUMBERS or type(views) not in _PLAIN_NUMBERS:
                return None
            age, views = float(age), float(views)
            # NaN fails every comparison, so it goes to the generic checks and their message.
            if not (0 <= age < math.inf and 0 <= views <= MAX_VIEWS):
                return None
            pairs.append((age, views))
    except OverflowError:
        return None
    return pairs


def clean_snapshots(snapshots: object) -> list[tuple[float, float]]:
    """Sorted snapshots with duplicates merged and counts made non-decreasing.

    Views never really decrease, so a later snapshot with fewer views is noise: equal ages are
    averaged and any decrease is resolved by isotonic regression (pool-adjacent-violators), which
    replaces the offending run by its average instead of trusting either side.
    """
    pairs = _plain_pairs(snapshots)
    if pairs is None:
        pairs = _snapshot_pairs(snapshots)
    pairs.sort()
    if all(a1 < a2 and v1 <= v2 for (a1, v1), (a2, v2) in itertools.pairwise(pairs)):
        return pairs  # already clean: what the merging and pooling below would return
    merged: list[list[float]] = []  # [age, views sum, count]
    for age, views in pairs:
        if merged and merged[-1][0] == age:
            merged[-1][1] += views
            merged[-1][2] += 1
        else:
            merged.append([age, views, 1])
    ages = [m[0] for m in merged]
    values = _isotonic([m[1] / m[2] for m in merged], [m[2] for m in merged])
    return list(zip(ages, values, strict=True))


def _isotonic(values: Sequence[float], weights: Sequence[float]) -> list[float]:
    """Weighted non-decreasing least-squares fit (pool adjacent violators)."""
    blocks: list[list[float]] = []  # [mean, weight, length]
    for value, weight in zip(values, weights, strict=True):
        blocks.append([value, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, n2 = blocks.pop()
            v1, w1, n1 = blocks[-1]
            blocks[-1] = [(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2]
    result: list[float] = []
    for value, _weight, length in blocks:
        result.extend([value] * int(length))
    return result


def snapshots_by_age(
    posted_at: datetime, snapshots: Iterable[tuple[datetime, int]]
) -> list[tuple[float, int]]:
    """Turn ``(taken_at, views)`` rows of a post into ``(age_hours, views)`` pairs.

    A snapshot up to 5 minutes before ``posted_at`` (clock skew) counts as age 0; earlier ones
    are an error. Both datetimes must be timezone-aware or both naive.
    """
    result = []
    plain_post = type(posted_at) is datetime
    for item in snapshots:
        if plain_post and type(item) is tuple and len(item) == 2 and type(item[0]) is datetime:
            taken_at, views = item  # storage's rows: the checks below without their cost
            try:
                age = (taken_at - posted_at).total_seconds() / 3600
            except TypeError as exc:
                raise InputError("mixing timezone-aware and naive datetimes") from exc
            if age < -5 / 60:
                raise InputError(f"a view snapshot taken at {taken_at} is older than its post")
            result.append((max(age, 0.0), views))
            continue
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InputError(f"a snapshot must be a (taken at, views) pair, got {item!r}")
        taken_at, views = item
        age = _age_hours(posted_at, taken_at)
        if age < -5 / 60:
            raise InputError(f"a view snapshot taken at {taken_at} is older than its post")
        result.append((max(age, 0.0), views))
    return result


def _age_hours(posted_at: object, moment: object) -> float:
    if not isinstance(posted_at, datetime) or not isinstance(moment, datetime):
        raise InputError("post and snapshot times must be datetimes")
    try:
        delta = moment - posted_at
    except TypeError as exc:
        raise InputError("mixing timezone-aware and naive datetimes") from exc
    return delta.total_seconds() / 3600


# --- one post -----------------------------------------------------------------------------------


def estimate_reach(snapshots: object, hours: object, curve: Curve | None = None) -> ReachEstimate:
    """Views one post collected in its first ``hours`` hours, from ``(age_hours, views)`` pairs.

    Raises :class:`InputError` for malformed snapshots or window, or when there is no snapshot.
    """
    window = _check_hours(hours)
    if curve is not None and not isinstance(curve, Curve):
        raise InputError("curve must be a Curve (see fit_accumulation_curve)")
    points = clean_snapshots(snapshots)
    if not points:
        raise InputError("there are no view snapshots to estimate reach from")
    return estimate_clean_reach(points, window, curve)


_age_of = operator.itemgetter(0)


def estimate_clean_reach(
    points: Sequence[tuple[float, float]], window: float, curve: Curve | None = None
) -> ReachEstimate:
    """:func:`estimate_reach` of points already cleaned by :func:`clean_snapshots` (not empty),
    at a checked window: callers that hold clean points skip cleaning them again."""
    shape = curve or DEFAULT_CURVE

    tolerance = max(MEASURED_TOLERANCE_HOURS, 0.02 * window)
    # Clean points have distinct ages in order: the nearest one is next to the window.
    first_not_below = bisect.bisect_left(points, window, key=_age_of)
    first_above = bisect.bisect_right(points, window, key=_age_of)
    neighbours = points[max(first_not_below - 1, 0) : first_above + 1]
    nearest_age, nearest_views = min(neighbours, key=lambda p: (abs(p[0] - window), -p[0]))
    if abs(nearest_age - window) <= tolerance:
        return ReachEstimate(round(nearest_views), METHOD_MEASURED, "high", (nearest_age,))

    below = points[first_not_below - 1] if first_not_below > 0 else None
    above = points[first_above] if first_above < len(points) else None
    if below is not None and above is not None:
        (a1, v1), (a2, v2) = below, above
        f1, f2, fw = shape.fraction(a1), shape.fraction(a2), shape.fraction(window)
        # In the flat tail of the curve (both after 30 days) fall back to the clock.
        position = (fw - f1) / (f2 - f1) if f2 - f1 > 1e-12 else (window - a1) / (a2 - a1)
        views = v1 + position * (v2 - v1)
        spread = (v2 - v1) / max(views, 1.0)
        confidence = "high" if spread <= 0.25 else "medium" if spread <= 0.8 else "low"
        return ReachEstimate(round(views), METHOD_INTERPOLATED, confidence, (a1, a2))

    side = below if below is not None else above
    if side is None:
        raise InputError("there are no view snapshots to estimate reach from")
    age, views = side
    ratio = shape.fraction(window) / shape.fraction(max(age, _MIN_AGE_HOURS))
    fitted = curve is not None and not curve.is_default
    limit = math.log(1.3) if fitted else math.log(1.1)
    confidence = "medium" if abs(math.log(ratio)) <= limit else "low"
    method = METHOD_CURVE if fitted else METHOD_DEFAULT_CURVE
    return ReachEstimate(round(min(views * ratio, MAX_VIEWS)), method, confidence, (age,))


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
    post_index = np.repeat(np.arange(len(posts)), lengths)
    # Readings without views or at age 0 say nothing about the shape.
    usable = (flat[:, 0] > 0) & (flat[:, 1] > 0)
    knots, coefficients, target, weight, n_posts = _ratio_rows(
        post_index[usable], flat[usable, 0], flat[usable, 1]
    )
    if n_posts < MIN_FIT_POSTS:
        return Curve(
            CURVE_AGES,
            _DEFAULT_FRACTIONS,
            source="default",
            n_posts=n_posts,
            note=(
                f"too little data: {n_posts} post(s) with two or more snapshots, "
                f"{MIN_FIT_POSTS} needed; the typical curve is used"
            ),
        )
    log_fractions = _fit_log_curve(knots, coefficients, target, weight)
    fractions = [math.exp(g) for g in log_fractions]
    reference = Curve(CURVE_AGES, tuple(fractions), source="fitted").fraction(REFERENCE_AGE_HOURS)
    fractions = [f / reference for f in fractions]
    return Curve(
        CURVE_AGES,
        tuple(fractions),
        source="fitted",
        n_posts=n_posts,
        note=f"fitted on {n_posts} posts with two or more snapshots",
    )


_LOG_KNOTS = np.log(np.array(CURVE_AGES))


def _log_basis(age: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """log(fraction(age)) of each age as weights on two knots' log-fractions plus a constant:
    ``(knots, weights, offset)`` with ``knots`` and ``weights`` of shape (ages, 2). Between the
    first and the last knot it is linear in log-age; outside, one knot carries it all."""
    n = len(CURVE_AGES)
    hi = np.clip(np.searchsorted(CURVE_AGES, age, side="right"), 1, n - 1)
    lo = hi - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (np.log(age) - _LOG_KNOTS[lo]) / (_LOG_KNOTS[hi] - _LOG_KNOTS[lo])
    first = age <= CURVE_AGES[0]
    last = ~first & (age >= CURVE_AGES[-1])
    lo = np.where(first, 0, np.where(last, n - 1, lo))
    hi = np.where(first, 0, np.where(last, n - 1, hi))
    w_lo = np.where(first | last, 1.0, 1.0 - t)
    w_hi = np.where(first | last, 0.0, t)
    offset = np.zeros(len(age))
    offset[first] = np.log(age[first] / CURVE_AGES[0])
    return np.stack([lo, hi], axis=1), np.stack([w_lo, w_hi], axis=1), offset


def _ratio_rows(
    post_index: np.ndarray, ages: np.ndarray, views: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    """One least-squares row per pair of consecutive readings of a post (points in post order,
    ages increasing within a post), each row four (knot, coefficient) entries: the basis
    difference; its log-ratio target and weight; and how many posts gave at least one row."""
    same_post = post_index[1:] == post_index[:-1]
    a1, a2 = ages[:-1], ages[1:]
    v1, v2 = views[:-1], views[1:]
    # Readings too close in age say nothing about the shape.
    keep = same_post & ~(a2 < a1 * 1.05)
    a1, a2, v1, v2 = a1[keep], a2[keep], v1[keep], v2[keep]
    knots1, weights1, offset1 = _log_basis(a1)
    knots2, weights2, offset2 = _log_basis(a2)
    knots = np.concatenate([knots2, knots1], axis=1)
    coefficients = np.concatenate([weights2, -weights1], axis=1)
    target = np.log(v2) - np.log(v1) - (offset2 - offset1)
    # Small counts are noisy in log terms; weigh them down.
    smaller = np.minimum(v1, v2)
    weight = smaller / (smaller + 25.0)
    n_posts = len(np.unique(post_index[1:][keep]))
    return knots, coefficients, target, weight, n_posts


# How strongly the fit keeps the default curve's step between neighbouring knots: about as much
# as one pair of snapshots. Where the channel has data the data decide, elsewhere the default.
_PRIOR_WEIGHT = 1.0
_HUBER_K = 1.345


def _fit_log_curve(
    knots: np.ndarray, coefficients: np.ndarray, target: np.ndarray, weight: np.ndarray
) -> list[float]:
    """Robust least squares for the knots' log-fractions from within-post log-ratios.

    Each row touches at most four knots, so the normal equations are summed entry by entry
    (``bincount`` over the rows' 16 knot pairs) instead of through a dense design matrix.
    """
    n = len(CURVE_AGES)
    prior = np.log(np.array(_DEFAULT_FRACTIONS))
    # The prior holds each step between neighbouring knots to the default curve's step.
    steps = np.zeros((n - 1, n))
    steps[np.arange(n - 1), np.arange(n - 1)] = -1.0
    steps[np.arange(n - 1), np.arange(1, n)] = 1.0
    prior_matrix = _PRIOR_WEIGHT * steps.T @ steps
    prior_vector = _PRIOR_WEIGHT * steps.T @ np.diff(prior)
    # Ratios fix the curve only up to a constant; a faint pull pins its level.
    prior_matrix += 1e-6 * np.eye(n)
    prior_vector += 1e-6 * prior
    pair_index = (knots[:, :, None] * n + knots[:, None, :]).ravel()
    pair_product = (coefficients[:, :, None] * coefficients[:, None, :]).reshape(len(target), -1)
    robust = np.ones(len(target))
    solution = prior
    for _ in range(5):
        w = weight * robust
        matrix = np.bincount(
            pair_index, weights=(pair_product * w[:, None]).ravel(), minlength=n * n
        ).reshape(n, n)
        vector = np.bincount(
            knots.ravel(), weights=(coefficients * (w * target)[:, None]).ravel(), minlength=n
        )
        solution = np.linalg.solve(matrix + prior_matrix, vector + prior_vector)
        residuals = target - (coefficients * solution[knots]).sum(axis=1)
        size = np.abs(residuals)
        scale = max(1.4826 * float(np.median(size)), 0.01)
        robust = np.where(
            size > 0, np.minimum(1.0, _HUBER_K * scale / np.where(size > 0, size, 1.0)), 1.0
        )
    return _isotonic([float(x) for x in solution], [1.0] * n)


# --- ads ----------------------------------------------------------------------------------------

_AD_MARKERS = re.compile(
    r"(?:^|\s)#(?:реклама|ad|ads|промо|promo|sponsored|партн[её]р)(?![\w])"
    r"|\berid\b\s*[:=]?\s*[0-9a-z]{5,}"
    r"|(?:^|\n)\s*реклама\s*[.:,]"
    r"|на\s+правах\s+рекламы",
    re.IGNORECASE,
)
_TG_LINK = re.compile(
    r"(?:https?://)?(?:t\.me|telegram\.me)/(\+[\w-]+|joinchat/[\w-]+|[a-z][\w]{3,})(/\d+)?(\?\S*)?",
    re.IGNORECASE,
)


def looks_like_ad(text: str | None, own_username: str | None = None) -> bool:
    """Whether a post's text carries the usual signs of a paid placement.

    Signs: "#реклама", "#ad", "#промо" and similar tags; an "erid" token (Russian ad registry);
    a line starting "Реклама." / "Реклама:" (the legal label); "на правах рекламы"; and links that
    invite to another channel or bot: ``t.me/name``, ``t.me/+invite``, ``t.me/joinchat/...``,
    ``t.me/somebot?start=...``. A link to a single post (``t.me/name/123``) is a citation, not an
    ad, and links to ``own_username`` are ignored.
    """
    if not text:
        return False
    if _AD_MARKERS.search(text):
        return True
    own = (own_username or "").lstrip("@").lower()
    for match in _TG_LINK.finditer(text):
        target, post_id, _query = match.groups()
        if target.startswith("+") or target.lower().startswith("joinchat/"):
            return True
        if post_id or target.lower() == own:
            continue
        return True
    return False


# --- the channel --------------------------------------------------------------------------------


@dataclass
class _Post:
    posted_at: datetime | None
    snapshots: list[tuple[float, float]]
    is_ad: bool
    grouped_id: int | None


def _normalise_post(item: object, now: datetime | None, own_username: str | None) -> _Post:
    if isinstance(item, PostSnapshots):
        snapshots = clean_snapshots(item.age_snapshots())
        is_ad = item.is_ad or looks_like_ad(item.text, own_username)
        return _Post(item.posted_at, snapshots, is_ad, item.grouped_id)
    if isinstance(item, PostStats):
        pairs: object = item.snapshots
        if not item.snapshots and now is not None:
            # Without snapshots the latest count is the one snapshot, at the post's age now.
            pairs = [(max(_age_hours(item.posted_at, now), 0.0), item.views)]
        snapshots = clean_snapshots(pairs)
        is_ad = item.is_ad or looks_like_ad(item.text, own_username)
        return _Post(item.posted_at, snapshots, is_ad, item.grouped_id)
    return _Post(None, clean_snapshots(item), False, None)


def _latest_moment(posts: Sequence[_Post]) -> datetime | None:
    moments = [
        p.posted_at + timedelta(hours=max((a for a, _ in p.snapshots), default=0.0))
        for p in posts
        if p.posted_at is not None
    ]
    return max(moments, default=None)


def _merge_albums(posts: list[_Post]) -> list[_Post]:
    """An album's messages count once: the most viewed message, an ad if any message is."""
    singles = [p for p in posts if p.grouped_id is None]
    albums: dict[int, list[_Post]] = {}
    for p in posts:
        if p.grouped_id is not None:
            albums.setdefault(p.grouped_id, []).append(p)
    for members in albums.values():
        best = max(members, key=lambda p: max((v for _, v in p.snapshots), default=0.0))
        is_ad = any(m.is_ad for m in members)
        singles.append(_Post(best.posted_at, best.snapshots, is_ad, best.grouped_id))
    return singles


def _cross_section_curve(
    posts: Sequence[_Post], reference: datetime | None, days: float
) -> Curve | None:
    """The curve across the posts' latest readings, when no post was read twice (one fetch)."""
    from pricing.cross_section import fit_cross_section_curve  # it builds on this module

    readings = [
        p.snapshots[-1]
        for p in posts
        if p.snapshots
        and not p.is_ad
        and (
            p.posted_at is None
            or reference is None
            or _age_hours(p.posted_at, reference) <= days * 24
        )
    ]
    fitted = fit_cross_section_curve(readings).curve
    return None if fitted.is_default else fitted


def channel_reach(
    posts_snapshots: Iterable[object],
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
    and album/ad handling cannot apply to them). ``now`` defaults to the latest observation in the
    data. ``curve`` defaults to one fitted on all the given posts (see
    :func:`fit_accumulation_curve`); when no post has two readings (a single fetch), to the
    curve fitted across the posts' single readings
    (:func:`pricing.cross_section.fit_cross_section_curve`). See the module docstring for the
    policies.
    """
    window = _check_hours(hours)
    if isinstance(posts_snapshots, str | bytes) or not isinstance(posts_snapshots, Iterable):
        raise InputError("posts must be a list of posts with their view snapshots")
    items = list(posts_snapshots)
    if now is not None and not isinstance(now, datetime):
        raise InputError("now must be a datetime")
    posts = [_normalise_post(item, now, own_username) for item in items]
    posts = _merge_albums(posts)
    reference = now or _latest_moment(posts)
    if curve is None:
        curve = fit_clean_curve(p.snapshots for p in posts)
        if curve.is_default:
            curve = _cross_section_curve(posts, reference, days) or curve

    counted: list[ReachEstimate] = []
    excluded_ads = excluded_young = 0
    for post in posts:
        if not post.snapshots:
            continue
        if post.posted_at is not None and reference is not None:
            age_now = _age_hours(post.posted_at, reference)
            if age_now > days * 24:
                continue
            if age_now < window and not include_young:
                excluded_young += 1
                continue
        if exclude_ads and post.is_ad:
            excluded_ads += 1
            continue
        counted.append(estimate_clean_reach(post.snapshots, window, curve))

    if not counted:
        return ChannelReach(
            None, None, 0, "no posts", "low", 0, excluded_ads, excluded_young, curve
        )
    views = [e.views for e in counted]
    methods = [e.method for e in counted]
    from_curve = sum(m in (METHOD_CURVE, METHOD_DEFAULT_CURVE) for m in methods)
    n = len(counted)
    if from_curve == 0:
        method = (
            METHOD_MEASURED if all(m == METHOD_MEASURED for m in methods) else (METHOD_INTERPOLATED)
        )
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
        mean=round(statistics.fmean(views)),
        median=round(statistics.median(views)),
        n_posts=n,
        method=method,
        confidence=confidence,
        n_from_curve=from_curve,
        excluded_ads=excluded_ads,
        excluded_young=excluded_young,
        curve=curve,
    )
