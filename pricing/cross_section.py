"""A channel's accumulation curve from one reading per post: the cross-section of its posts.

A buyer who pastes a link has one fetch: every post's current views at its current age, no
history. Posts of different ages are then points along the channel's accumulation curve, each
scaled by its own appeal: ``log views_i = level + log fraction(age_i) + appeal_i``. Fitting the
curve *across* posts recovers the channel's typical shape without a second reading of any post.

The fit (:func:`fit_cross_section_curve`) is a robust penalised least-squares fit of that model:

* ``log fraction`` is piecewise linear in log-age on the knots of :data:`pricing.reach.CURVE_AGES`
  (the same family as the curve fitted from snapshots), so every estimator in ``pricing.reach``
  can use the result;
* a penalty keeps each step between neighbouring knots close to the typical curve's step
  (:data:`pricing.reach.DEFAULT_CURVE`): knots with few posts around them follow the typical
  shape, knots with many posts follow the channel;
* Huber weights (re-weighted five times, scale from the median absolute residual) stop a viral
  post or an ad with a different audience from bending the curve;
* the knots are made non-decreasing (views never go down) and scaled so the fraction at 7 days
  is 1, as for every :class:`~pricing.reach.Curve`.

:class:`CrossSection` also keeps each post's *appeal* – its views divided by the curve at its age,
relative to the channel's typical post – which is what the quality signals compare from post to
post. numpy does the linear algebra; the result depends only on the input (no randomness).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from pricing.errors import InputError
from pricing.reach import CURVE_AGES, DEFAULT_CURVE, REFERENCE_AGE_HOURS, Curve

#: Fewer posts with a reading than this and the typical curve is kept.
MIN_CROSS_SECTION_POSTS = 8

#: How strongly each knot-to-knot step is held to the typical curve's step, in units of one
#: post's squared log-deviation: post-to-post appeal varies by ~0.3–0.8 in log terms, so one
#: post weighs 1–10; a penalty of 4 lets a handful of posts near a knot decide it.
_STEP_PENALTY = 4.0
_HUBER_K = 1.345
_ITERATIONS = 5

SOURCE_CROSS_SECTION = "cross_section"


@dataclass(frozen=True)
class CrossSection:
    """The fitted curve, the typical post's 7-day views, and each post's appeal (log scale).

    ``appeal`` is in the order of the readings given (``None`` for a reading with no views or
    no age); 0 is a typical post, +0.7 a post with twice the typical views.
    """

    curve: Curve
    level: float
    appeal: tuple[float | None, ...]


def _basis(age: float) -> list[tuple[int, float]]:
    """``log fraction(age)`` as weights on the knots (constant offsets dropped: see the fit)."""
    ages = CURVE_AGES
    if age <= ages[0]:
        return [(0, 1.0)]
    if age >= ages[-1]:
        return [(len(ages) - 1, 1.0)]
    hi = next(i for i, knot in enumerate(ages) if knot > age)
    lo = hi - 1
    t = (math.log(age) - math.log(ages[lo])) / (math.log(ages[hi]) - math.log(ages[lo]))
    return [(lo, 1.0 - t), (hi, t)]


def _log_offset(age: float) -> float:
    """Below the first knot the curve is linear in age: log fraction gains log(age / knot)."""
    return math.log(age / CURVE_AGES[0]) if age < CURVE_AGES[0] else 0.0


def fit_cross_section_curve(readings: Iterable[tuple[float, float]]) -> CrossSection:
    """The channel's curve from one ``(age_hours, views)`` reading per post (see module doc).

    Readings with no views or an age of 0 carry no shape information and get no appeal. With
    fewer than :data:`MIN_CROSS_SECTION_POSTS` usable readings the typical curve is returned
    (``curve.is_default``), with the appeals measured against it.
    """
    given: object = readings  # checked as it arrives: callers outside mypy pass anything
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise InputError("readings must be a list of (age in hours, views) pairs")
    pairs: list[tuple[float, float]] = []
    for item in readings:
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InputError(f"a reading must be an (age in hours, views) pair, got {item!r}")
        age, views = float(item[0]), float(item[1])
        if not (math.isfinite(age) and math.isfinite(views)) or age < 0 or views < 0:
            raise InputError(f"a reading must have an age and views of 0 or more, got {item!r}")
        pairs.append((age, views))
    usable = [i for i, (age, views) in enumerate(pairs) if age > 0 and views > 0]
    prior = np.log(np.array(DEFAULT_CURVE.fractions))
    n_knots = len(CURVE_AGES)

    if len(usable) < MIN_CROSS_SECTION_POSTS:
        curve = Curve(
            CURVE_AGES,
            DEFAULT_CURVE.fractions,
            source="default",
            n_posts=len(usable),
            note=(
                f"too little data: {len(usable)} post(s) with views, "
                f"{MIN_CROSS_SECTION_POSTS} needed; the typical curve is used"
            ),
        )
        log_fraction = prior
    else:
        # Unknowns: the knots' log-fractions, then the channel's level.
        design = np.zeros((len(usable), n_knots + 1))
        target = np.zeros(len(usable))
        for row, index in enumerate(usable):
            age, views = pairs[index]
            for knot, weight in _basis(age):
                design[row, knot] = weight
            design[row, n_knots] = 1.0
            target[row] = math.log(views) - _log_offset(age)
        steps = np.zeros((n_knots - 1, n_knots + 1))
        for k in range(n_knots - 1):
            steps[k, k], steps[k, k + 1] = -1.0, 1.0
        step_target = np.diff(prior)
        # The level and the curve trade off freely; pin the fraction at 7 days to the prior's.
        pin = np.zeros((1, n_knots + 1))
        reference_knot = CURVE_AGES.index(REFERENCE_AGE_HOURS)
        pin[0, reference_knot] = 1.0
        penalty = math.sqrt(_STEP_PENALTY)
        robust = np.ones(len(usable))
        solution = np.zeros(n_knots + 1)
        for _ in range(_ITERATIONS):
            weights = np.sqrt(robust)
            matrix = np.vstack([design * weights[:, None], penalty * steps, 100.0 * pin])
            vector = np.concatenate([target * weights, penalty * step_target, [0.0]])
            solution = np.linalg.lstsq(matrix, vector, rcond=None)[0]
            residuals = target - design @ solution
            scale = max(1.4826 * float(np.median(np.abs(residuals))), 0.01)
            size = np.abs(residuals)
            robust = np.where(
                size > _HUBER_K * scale, _HUBER_K * scale / np.maximum(size, 1e-12), 1.0
            )
        log_fraction = np.maximum.accumulate(solution[:n_knots])
        curve = Curve(
            CURVE_AGES,
            tuple(float(f) for f in np.exp(log_fraction - log_fraction[reference_knot])),
            source=SOURCE_CROSS_SECTION,
            n_posts=len(usable),
            note=f"fitted across {len(usable)} posts, one reading each",
        )

    logs = [
        math.log(views / curve.fraction(age)) if age > 0 and views > 0 else None
        for age, views in pairs
    ]
    known = sorted(v for v in logs if v is not None)
    level = float(np.median(known)) if known else 0.0
    appeal = tuple(None if v is None else v - level for v in logs)
    return CrossSection(curve, math.exp(level) if known else 0.0, appeal)
