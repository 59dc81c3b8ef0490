"""One post's view readings: checked, cleaned, turned into ages, and its views at a window.

See :mod:`pricing.reach` for the methods (measured, interpolated, curve, default curve) and
their confidence; :func:`pricing.reach_table.estimate_at` does the same for a whole channel.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from numbers import Real

from pricing.errors import InputError
from pricing.reach_curve import DEFAULT_CURVE, Curve, isotonic
from pricing.reach_table import (
    CLOCK_SKEW_HOURS,
    MAX_VIEWS,
    MEASURED_TOLERANCE_HOURS,
    METHOD_CURVE,
    METHOD_DEFAULT_CURVE,
    METHOD_INTERPOLATED,
    METHOD_MEASURED,
    MIN_AGE_HOURS,
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


def check_hours(hours: object) -> float:
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
    if type(snapshots) not in (list, tuple) or not isinstance(snapshots, list | tuple):
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
    values = isotonic([m[1] / m[2] for m in merged], [m[2] for m in merged])
    return list(zip(ages, values, strict=True))


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
            if age < -CLOCK_SKEW_HOURS:
                raise InputError(f"a view snapshot taken at {taken_at} is older than its post")
            result.append((max(age, 0.0), views))
            continue
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise InputError(f"a snapshot must be a (taken at, views) pair, got {item!r}")
        taken_at, views = item
        age = age_hours(posted_at, taken_at)
        if age < -CLOCK_SKEW_HOURS:
            raise InputError(f"a view snapshot taken at {taken_at} is older than its post")
        result.append((max(age, 0.0), views))
    return result


def age_hours(posted_at: object, moment: object) -> float:
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
    window = check_hours(hours)
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
    ratio = shape.fraction(window) / shape.fraction(max(age, MIN_AGE_HOURS))
    fitted = curve is not None and not curve.is_default
    limit = math.log(1.3) if fitted else math.log(1.1)
    confidence = "medium" if abs(math.log(ratio)) <= limit else "low"
    method = METHOD_CURVE if fitted else METHOD_DEFAULT_CURVE
    return ReachEstimate(round(min(views * ratio, MAX_VIEWS)), method, confidence, (age,))
