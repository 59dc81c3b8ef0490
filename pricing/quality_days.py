"""The bought-days sign: views per post that jump on some calendar days while engagement does not.

A channel that buys views only on some days (a subscription switched on and off, a seller paid
by the week) shows two kinds of day: on bought days every post gets a package, so views per post
jump; the real readers are the same, so forwards and reactions per post stay where they were and
engagement *per view* falls. Real audiences have good and bad days too (a viral post, a quiet
weekend, an ad campaign that brings readers), but the readers who come on a good day forward
and react as the others do, so engagement per view holds or rises.

The check (:func:`check_day_jumps`, one reading per post is enough): the posts of two days or
more (their views divided by the channel's curve at their age, as for ``views_cv``) are grouped
by calendar day, each day's level is the median of its posts; the days are split into a low and
a high group where the two are furthest apart in units of the spread within them. The sign fires
when the high days' posts have at least :data:`DAY_JUMP_MIN` times the views of the low days'
(the groups :data:`DAY_JUMP_SEPARATION` spreads apart, high days coming and going at least twice,
not one step up or down), *and* the high days' engagement per view is below
:data:`DAY_JUMP_RATE_MAX` of the low days' (median of the days' forwards + reactions per view);
far past below :data:`DAY_JUMP_RATE_DECISIVE`.
"""

from __future__ import annotations

import math

import numpy as np

from pricing.quality_types import (
    DAY_JUMP_MIN,
    DAY_JUMP_MIN_DAYS,
    DAY_JUMP_MIN_SIDE,
    DAY_JUMP_RATE_DECISIVE,
    DAY_JUMP_RATE_MAX,
    DAY_JUMP_RUNS,
    DAY_JUMP_SEPARATION,
    MIN_ENGAGEMENT,
    STRONG,
    FigureColumns,
    Signal,
)

_DAY_US = 86_400 * 1_000_000


def _best_split(levels: np.ndarray) -> tuple[float, float, float]:
    """Where the sorted day levels split into two groups furthest apart: (separation in units
    of the spread within the groups, gap between their means (log), the split level)."""
    ordered = np.sort(levels)
    n = len(ordered)
    best = (-1.0, 0.0, 0.0)
    for k in range(DAY_JUMP_MIN_SIDE, n - DAY_JUMP_MIN_SIDE + 1):
        low, high = ordered[:k], ordered[k:]
        within = math.sqrt(
            (float(((low - low.mean()) ** 2).sum()) + float(((high - high.mean()) ** 2).sum()))
            / (n - 2)
        )
        gap = float(high.mean() - low.mean())
        separation = gap / max(within, 0.02)
        if separation > best[0]:
            best = (separation, gap, float(ordered[k - 1] + ordered[k]) / 2)
    return best


def _not_compared(why: str, params: dict[str, float | int | str]) -> Signal:
    """The sign left uncomputed, saying what was missing."""
    return Signal(
        "day_jumps", None, DAY_JUMP_RATE_MAX, False, STRONG, f"Days not compared: {why}", params
    )


def check_day_jumps(posts: FigureColumns) -> Signal:
    """Views per post that jump on some days while engagement per view falls (module doc)."""
    key = "day_jumps"
    with np.errstate(invalid="ignore"):
        usable = posts.normalised > 0  # nan (younger than two days) is not > 0
    day = posts.posted_us[usable] // _DAY_US
    level = np.log(posts.normalised[usable])
    views = posts.views[usable].astype(float)
    engagement = posts.engagement[usable].astype(float)
    days = np.unique(day)
    if len(days) < DAY_JUMP_MIN_DAYS:
        return _not_compared(
            f"posts of {len(days)} days older than two days ({DAY_JUMP_MIN_DAYS} needed).",
            {"days": len(days), "needed": DAY_JUMP_MIN_DAYS},
        )
    index = np.searchsorted(days, day)
    day_level = np.array([float(np.median(level[index == i])) for i in range(len(days))])
    day_views = np.bincount(index, weights=views, minlength=len(days))
    day_engagement = np.bincount(index, weights=engagement, minlength=len(days))
    separation, gap, split = _best_split(day_level)
    high = day_level > split
    runs = 1 + int(np.count_nonzero(np.diff(high.astype(int))))
    jump = math.exp(gap)
    low_engagement = float(day_engagement[~high].sum())
    high_engagement = float(day_engagement[high].sum())
    rate = day_engagement / day_views
    low_rate = float(np.median(rate[~high]))
    high_days = int(high.sum())
    params: dict[str, float | int | str] = {
        "days": len(days),
        "high_days": high_days,
        "jump": jump,
        "jump_min": DAY_JUMP_MIN,
        "separation": separation,
        "runs": runs,
    }
    if min(low_engagement, high_engagement) < MIN_ENGAGEMENT or low_rate <= 0:
        params.update(engagement=min(low_engagement, high_engagement))
        params.update(engagement_needed=MIN_ENGAGEMENT)
        return _not_compared(
            f"{min(low_engagement, high_engagement):.0f} forwards and reactions on the weaker "
            f"side ({MIN_ENGAGEMENT} needed).",
            params,
        )
    value = float(np.median(rate[high])) / low_rate
    jumped = jump >= DAY_JUMP_MIN and separation >= DAY_JUMP_SEPARATION and runs >= DAY_JUMP_RUNS
    params["jumped"] = int(jumped)
    fired = jumped and value < DAY_JUMP_RATE_MAX
    if fired:
        text = (
            f"On {high_days} of {len(days)} days posts got {jump:.1f}× the views of the other days "
            f"(at least {DAY_JUMP_MIN:g}×), yet their forwards and reactions per view were "
            f"{value:.2f} of the other days' (below {DAY_JUMP_RATE_MAX:.2f}): the extra views "
            "brought no engagement, as views bought on some days do."
        )
    elif jumped:
        text = (
            f"On {high_days} of {len(days)} days posts got {jump:.1f}× the views of the other "
            f"days, and their forwards and reactions per view kept up ({value:.2f} of the other "
            f"days', at or above {DAY_JUMP_RATE_MAX:.2f}): real readers."
        )
    else:
        text = (
            f"Views per post do not jump on some days: the best split of {len(days)} days gives "
            f"{jump:.1f}× (a jump needs at least {DAY_JUMP_MIN:g}× on days that stand clearly "
            "apart and come and go)."
        )
    return Signal(
        key,
        value,
        DAY_JUMP_RATE_MAX,
        fired,
        STRONG,
        text,
        params,
        DAY_JUMP_RATE_DECISIVE,
        fired and value < DAY_JUMP_RATE_DECISIVE,
    )
