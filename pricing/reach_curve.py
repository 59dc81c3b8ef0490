"""The accumulation curve of a channel's views by post age, and its fit from view readings.

:class:`Curve` gives the typical fraction of a post's views by age, relative to the views at 7
days (``fraction(168) == 1.0``; it may exceed 1.0 after 7 days, since posts keep collecting a
few views). Between knots it is piecewise linear in log-age, from age 0 to the first knot linear
in age, and flat after the last knot (30 days). :meth:`Curve.fractions_at` is the same function
on a numpy array of ages.

:func:`fit_curve_on_readings` fits it on a channel's readings given as columns (post index, age,
views; clean, in post order, ages increasing within a post): the log-ratios of consecutive
readings of one post only depend on the curve (the post's size cancels out), so the curve is the
robust (Huber) least-squares fit to those ratios, shrunk towards the default curve's shape where
the channel has no data, then made non-decreasing. With fewer than :data:`MIN_FIT_POSTS` posts
with two usable readings the default curve is returned and ``Curve.is_default`` says so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from pricing.errors import InputError

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: The reference age of :class:`Curve`: ``fraction(REFERENCE_AGE_HOURS) == 1.0`` (7 days).
REFERENCE_AGE_HOURS = 168.0

#: A fitted curve needs at least this many posts with two or more snapshots.
MIN_FIT_POSTS = 5

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

    def fractions_at(self, age_hours: FloatArray) -> FloatArray:
        """:meth:`fraction` of every age of an array, at once."""
        age = np.asarray(age_hours, dtype=float)
        knots = np.array(self.ages)
        fractions = np.array(self.fractions)
        n = len(knots)
        hi = np.clip(np.searchsorted(knots, age, side="right"), 1, n - 1)
        lo = hi - 1
        log_knots = np.log(knots)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (np.log(age) - log_knots[lo]) / (log_knots[hi] - log_knots[lo])
            inside = fractions[lo] + t * (fractions[hi] - fractions[lo])
        result = np.where(age >= knots[-1], fractions[-1], inside)
        result = np.where(age <= knots[0], fractions[0] * age / knots[0], result)
        return np.where(age <= 0, 0.0, result)


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


def isotonic(values: Sequence[float], weights: Sequence[float]) -> list[float]:
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


# --- the fit ------------------------------------------------------------------------------------


def fit_curve_on_readings(post: IntArray, ages: FloatArray, views: FloatArray) -> Curve:
    """The channel's curve from clean readings as columns: ``post`` the post index of each
    reading (readings of a post together, ages increasing within a post), ``ages`` in hours."""
    return fit_curve_on_rows(ratio_rows(post, ages, views))


def fit_curve_on_rows(rows: RatioRows) -> Curve:
    """The channel's curve from the rows of :func:`ratio_rows` (or a subset of their posts)."""
    n_posts = rows.n_posts
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
    log_fractions = _fit_log_curve(rows)
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


def _log_basis(age: FloatArray) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    """log(fraction(age)) of each age as ``(1 - t)`` of knot ``lo``'s log-fraction plus ``t`` of
    knot ``hi``'s plus an offset: ``(lo, hi, t, offset)``. Between the first and the last knot
    it is linear in log-age; outside, knot ``lo`` carries it all (``t == 0``)."""
    n = len(CURVE_AGES)
    hi = np.clip(np.searchsorted(CURVE_AGES, age, side="right"), 1, n - 1)
    lo = hi - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (np.log(age) - _LOG_KNOTS[lo]) / (_LOG_KNOTS[hi] - _LOG_KNOTS[lo])
    first = age <= CURVE_AGES[0]
    last = ~first & (age >= CURVE_AGES[-1])
    lo = np.where(first, 0, np.where(last, n - 1, lo))
    hi = np.minimum(lo + 1, n - 1)  # carries nothing outside the knots (t == 0)
    t = np.where(first | last, 0.0, t)
    offset = np.zeros(len(age))
    offset[first] = np.log(age[first] / CURVE_AGES[0])
    return lo, hi, t, offset


@dataclass(frozen=True)
class RatioRows:
    """One least-squares row per pair of consecutive usable readings of a post: the later
    reading's basis (knot ``lo2``, weight ``t2``) minus the earlier one's (``lo1``, ``t1``), the
    log-ratio ``target``, the row's ``weight`` and its ``post``. Rows on the same knots are
    together (sorted by ``key``, stable), so each group is summed at once."""

    lo1: IntArray
    t1: FloatArray
    lo2: IntArray
    t2: FloatArray
    target: FloatArray
    weight: FloatArray
    post: IntArray
    key: npt.NDArray[np.int16]

    @property
    def n_posts(self) -> int:
        """Posts that gave at least one row."""
        return int(np.count_nonzero(np.bincount(self.post))) if len(self.post) else 0

    def of_posts(self, chosen: npt.NDArray[np.bool_]) -> RatioRows:
        """The rows of the posts ``chosen`` marks (indexed by post), in the same order: what
        :func:`ratio_rows` gives for those posts alone."""
        keep = chosen[self.post]
        return RatioRows(
            self.lo1[keep],
            self.t1[keep],
            self.lo2[keep],
            self.t2[keep],
            self.target[keep],
            self.weight[keep],
            self.post[keep],
            self.key[keep],
        )


def ratio_rows(post: IntArray, ages: FloatArray, views: FloatArray) -> RatioRows:
    """The fit's rows from clean readings as columns (see :func:`fit_curve_on_readings`)."""
    # Readings without views or at age 0 say nothing about the shape.
    usable = (ages > 0) & (views > 0)
    return _ratio_rows(post[usable], ages[usable], views[usable])


def _ratio_rows(post_index: IntArray, ages: FloatArray, views: FloatArray) -> RatioRows:
    """The rows of consecutive readings of a post (points in post order, ages increasing within
    a post), grouped by their knots."""
    n = len(CURVE_AGES)
    same_post = post_index[1:] == post_index[:-1]
    # Readings too close in age say nothing about the shape.
    earlier = np.flatnonzero(same_post & ~(ages[1:] < ages[:-1] * 1.05))
    later = earlier + 1
    lo, _hi, t, offset = _log_basis(ages)
    log_views = np.log(views)
    target = (log_views[later] - log_views[earlier]) - (offset[later] - offset[earlier])
    # Small counts are noisy in log terms; weigh them down.
    smaller = np.minimum(views[earlier], views[later])
    weight = smaller / (smaller + 25.0)
    lo1, lo2 = lo[earlier], lo[later]
    # Rows on the same knots are summed together (``hi`` follows from ``lo``); the keys are
    # small, so a stable sort of them is a radix sort.
    key = (lo2 * n + lo1).astype(np.int16)
    order = np.argsort(key, kind="stable")
    return RatioRows(
        lo1[order],
        t[earlier][order],
        lo2[order],
        t[later][order],
        target[order],
        weight[order],
        post_index[later][order],
        key[order],
    )


# How strongly the fit keeps the default curve's step between neighbouring knots: about as much
# as one pair of snapshots. Where the channel has data the data decide, elsewhere the default.
_PRIOR_WEIGHT = 1.0
_HUBER_K = 1.345

# A row's four entries (later lo, later hi, earlier lo, earlier hi) are linear in (1, t1, t2):
# 1 - t2, t2, -(1 - t1), -t1.
_ENTRY_FORMS = np.array([[1, 0, -1], [0, 0, 1], [-1, 1, 0], [0, -1, 0]], dtype=float)


def _product_forms() -> npt.NDArray[np.float64]:
    """Coefficients of each product of two entries on the monomials 1, t1, t2, t1², t2², t1·t2."""
    forms = np.zeros((16, 6))
    for a in range(4):
        for b in range(4):
            x, y = _ENTRY_FORMS[a], _ENTRY_FORMS[b]
            forms[a * 4 + b] = [
                x[0] * y[0],
                x[0] * y[1] + x[1] * y[0],
                x[0] * y[2] + x[2] * y[0],
                x[1] * y[1],
                x[2] * y[2],
                x[1] * y[2] + x[2] * y[1],
            ]
    return forms


_PRODUCT_FORMS = _product_forms()


def _median(values: FloatArray, scratch: FloatArray) -> float:
    """``np.median(values)``, partitioning a copy in ``scratch`` (same length)."""
    scratch[:] = values
    middle = len(values) // 2
    if len(values) % 2:
        scratch.partition(middle)
        return float(scratch[middle])
    scratch.partition((middle - 1, middle))
    return float((scratch[middle - 1] + scratch[middle]) / 2)


def _fit_log_curve(rows: RatioRows) -> list[float]:
    """Robust least squares for the knots' log-fractions from within-post log-ratios.

    Each row touches at most four knots with entries linear in its two interpolation weights,
    so the normal equations need only nine weighted sums per group of rows on the same knots
    (sorted once); each reweighting sums those with one ``reduceat``.
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

    # Rows on the same knots come together (see RatioRows): each group is summed at once.
    key = rows.key
    lo1, t1, lo2, t2 = rows.lo1, rows.t1, rows.lo2, rows.t2
    target, weight = rows.target, rows.weight
    starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
    upper = np.minimum(np.arange(n) + 1, n - 1)  # each knot's ``hi``
    group_knots = np.stack(
        [lo2[starts], upper[lo2[starts]], lo1[starts], upper[lo1[starts]]], axis=1
    )
    pair_cells = (group_knots[:, :, None] * n + group_knots[:, None, :]).reshape(-1)
    # One monomial a row (contiguous), so the sums of each group are one reduceat per line.
    monomials = np.stack(
        [np.ones(len(t1)), t1, t2, t1 * t1, t2 * t2, t1 * t2, target, target * t1, target * t2]
    )

    # Buffers used again in every reweighting (fresh arrays of this size cost page faults).
    rows_count = len(target)
    weighted = np.empty_like(monomials)
    w = np.empty(rows_count)
    size = np.empty(rows_count)
    scratch = np.empty(rows_count)
    robust = np.ones(rows_count)
    solution = prior
    for _ in range(5):
        np.multiply(weight, robust, out=w)
        np.multiply(monomials, w, out=weighted)
        sums = np.add.reduceat(weighted, starts, axis=1).T
        products = sums[:, :6] @ _PRODUCT_FORMS.T  # (groups, 16)
        entries = sums[:, 6:] @ _ENTRY_FORMS.T  # (groups, 4)
        matrix = np.bincount(pair_cells, weights=products.reshape(-1), minlength=n * n)
        vector = np.bincount(group_knots.reshape(-1), weights=entries.reshape(-1), minlength=n)
        solution = np.linalg.solve(matrix.reshape(n, n) + prior_matrix, vector + prior_vector)
        # Residual: target - (log fraction at the later age - at the earlier one).
        step = solution[upper] - solution
        np.take(solution, lo2, out=size)
        np.take(step, lo2, out=scratch)
        scratch *= t2
        size += scratch
        np.take(solution, lo1, out=scratch)
        size -= scratch
        np.take(step, lo1, out=scratch)
        scratch *= t1
        size -= scratch
        np.subtract(target, size, out=size)
        np.abs(size, out=size)
        scale = max(1.4826 * _median(size, scratch), 0.01)
        # Huber weights; an exact fit (size 0) keeps weight 1 like any small residual.
        np.maximum(size, 1e-300, out=scratch)
        np.divide(_HUBER_K * scale, scratch, out=robust)
        np.minimum(robust, 1.0, out=robust)
    return isotonic([float(x) for x in solution], [1.0] * n)
