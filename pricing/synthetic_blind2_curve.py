"""The view curve of one post in the second blind generator: readers, feed burial, reposts, bots.

See :mod:`pricing.synthetic_blind2` for the model; this module holds the curve arithmetic only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

WEEK_HOURS = 168

# Reader activity by local hour (0–23) for each audience type, before per-channel jitter.
_DAY = (0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.4, 0.8, 1.1, 1.2, 1.2, 1.3)
_DAY += (1.5, 1.4, 1.2, 1.2, 1.3, 1.5, 1.7, 1.9, 2.0, 1.8, 1.2, 0.5)
_NIGHT = (1.9, 1.7, 1.3, 0.8, 0.4, 0.2, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6)
_NIGHT += (0.7, 0.7, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.7, 2.0, 2.2, 2.1)
_OFFICE = (0.05, 0.03, 0.03, 0.03, 0.05, 0.1, 0.3, 0.9, 1.8, 2.1, 1.7, 1.5)
_OFFICE += (1.9, 1.8, 1.5, 1.5, 1.6, 1.8, 1.4, 1.0, 0.8, 0.6, 0.4, 0.2)
AUDIENCE_PROFILES = {"day": _DAY, "night": _NIGHT, "office": _OFFICE}


def weekly_activity(rng: np.random.Generator, profile: str, weekend_factor: float) -> np.ndarray:
    """168 hourly reader-activity weights (local time, Monday 00:00 first), mean 1."""
    day = np.asarray(AUDIENCE_PROFILES[profile], dtype=float) * rng.lognormal(0, 0.15, 24)
    week = np.tile(day, 7)
    week[5 * 24 :] *= weekend_factor
    return week / week.mean()


@dataclass(frozen=True, eq=False)
class BotDelivery:
    """How one seller delivers a package: ``style`` and its time scale in hours."""

    style: str  # "instant", "linear", "mimic" or "staged"
    hours: float
    shape: float = 1.5  # for "mimic": the power of the imitated reader curve

    def delivered(self, age: float) -> float:
        """The delivered share (0–1) of the package at ``age`` hours; 1 from ``finish`` on."""
        if age <= 0:
            return 0.0
        if self.style == "instant":
            return 1 - math.exp(-age / self.hours) if age < 12 * self.hours else 1.0
        if self.style == "linear":
            return min(1.0, age / self.hours)
        if self.style == "staged":  # 70 % at once, the rest as a second batch a day later
            first = 0.7 * min(1.0, age / 0.5)
            second = 0.3 * min(1.0, max(0.0, age - self.hours) / 0.5)
            return first + second
        # mimic: a reader-like curve in plain hours, cut off (and completed) at ``finish``
        finish = self.finish

        def lomax(t: float) -> float:
            return 1 - (1 + t / (self.shape * self.hours)) ** -self.shape

        return min(1.0, lomax(min(age, finish)) / lomax(finish))

    @property
    def finish(self) -> float:
        """The age (hours) by which the whole package is delivered (all of it by 120 h)."""
        if self.style == "instant":
            return 12 * self.hours
        if self.style == "staged":
            return self.hours + 0.5
        if self.style == "linear":
            return self.hours
        return min(120.0, 20 * self.hours)


@dataclass(frozen=True, eq=False)
class Blind2Curve:
    """Expected views of one post by age in hours (see :mod:`pricing.synthetic_blind2`).

    ``organic`` is the post's organic views at 7 days and ``bot_views`` the whole bought
    package (delivered in full by 120 h), so ``views_at(168) == organic + bot_views``.
    """

    readers: float  # subscribers who will ever open it (asymptote of the reader part)
    read_hours: float  # exposure hours for a typical reader (tau)
    read_shape: float  # alpha of the Lomax mixture: small = long tail of rare readers
    feed_depth: float  # how many newer posts a reader scrolls past before giving up
    newer: tuple[float, ...]  # ages (hours) of this post at which newer posts appeared
    activity: np.ndarray  # 168 hourly weights, shared by the channel
    start_hour: int  # local hour of the week when posted
    evergreen: float  # trickle views per ln(1 + t/48): search, links, pinned lists
    repost_at: float = -1.0  # age of a repost in a big channel (-1 = none)
    repost_views: float = 0.0
    repost_hours: float = 1.0
    bot_views: float = 0.0
    bot: BotDelivery | None = None
    organic: float = 0.0  # filled in by :func:`with_organic`

    def exposures(self, ages: np.ndarray) -> np.ndarray:
        """Reader-activity hours each age had in the feed, discounted for newer posts above it."""
        ages = np.maximum(np.asarray(ages, dtype=float), 0.0)
        n = math.ceil(float(ages.max(initial=0.0))) + 1
        hours = np.arange(n)
        weights = self.activity[(self.start_hour + hours) % WEEK_HOURS]
        above = np.searchsorted(np.asarray(self.newer), hours + 0.5)
        contrib = weights / (1 + above / self.feed_depth)
        done = np.concatenate(([0.0], np.cumsum(contrib)))
        whole = np.minimum(np.floor(ages).astype(int), n - 1)
        return done[whole] + contrib[whole] * (ages - whole)

    def organic_many(self, ages) -> np.ndarray:
        """Organic views at each age (hours)."""
        ages = np.asarray(ages, dtype=float)
        a = self.read_shape
        e = self.exposures(ages)
        views = self.readers * (1 - (1 + e / (a * self.read_hours)) ** -a)
        views += self.evergreen * np.log1p(np.maximum(ages, 0.0) / 48)
        if self.repost_at >= 0:
            late = np.maximum(ages - self.repost_at, 0.0)
            views += self.repost_views * (1 - np.exp(-late / self.repost_hours))
        return np.where(ages > 0, views, 0.0)

    def views_many(self, ages) -> np.ndarray:
        """Expected views (organic and bought) at each age (hours)."""
        views = self.organic_many(ages)
        if self.bot_views and self.bot is not None:
            views = views + [self.bot_views * self.bot.delivered(float(a)) for a in ages]
        return views

    def organic_at(self, age: float) -> float:
        return float(self.organic_many([age])[0])

    def bots_at(self, age: float) -> float:
        if not self.bot_views or self.bot is None:
            return 0.0
        return self.bot_views * self.bot.delivered(age)

    def views_at(self, age: float) -> float:
        return float(self.views_many([age])[0])


def with_organic(curve: Blind2Curve) -> Blind2Curve:
    """The curve with its ``organic`` field set to the organic views at 7 days."""
    object.__setattr__(curve, "organic", curve.organic_at(WEEK_HOURS))
    return curve
