"""View curves and readings of the blind synthetic generator (:mod:`pricing.synthetic_blind`).

Kept apart from the channel assembly so that each stays readable: here is *how many views a post
has at an age* (:class:`BlindCurve`) and *what a reading of it returns* (:func:`read_views`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CURVE_FAMILIES = ("loglogistic", "wave_tail", "lognormal")
BOT_PROFILES = ("even", "front_loaded", "instant", "mimic", "manual")

# Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): numpy has no erf and scipy is not a
# dependency of the project.
_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def _erf(x: np.ndarray) -> np.ndarray:
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + _ERF_P * x)
    a1, a2, a3, a4, a5 = _ERF_A
    poly = ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t
    return sign * (1.0 - poly * np.exp(-x * x))


@dataclass(frozen=True, eq=False)
class ReaderClock:
    """Cumulative reader activity of a channel, hour by hour since the channel's start.

    ``cumulative[h]`` is the activity summed over the first ``h`` hours; the activity averages 1
    per hour, so one hour of "exposure" is one average hour of readers. Past the end of the table
    the activity is taken as its mean (1 per hour).
    """

    cumulative: np.ndarray

    def at(self, hours: np.ndarray) -> np.ndarray:
        hours = np.asarray(hours, dtype=float)
        end = len(self.cumulative) - 1
        clipped = np.clip(hours, 0.0, end)
        whole = np.minimum(clipped.astype(int), end - 1)
        below, above = self.cumulative[whole], self.cumulative[whole + 1]
        inside = below + (above - below) * (clipped - whole)
        return inside + np.maximum(hours - end, 0.0)


def _loglogistic(exposure: np.ndarray, scale: float, shape: float) -> np.ndarray:
    e = np.maximum(exposure, 1e-12)
    return 1.0 / (1.0 + (scale / e) ** shape)


def _share_of_audience(
    family: str, e: np.ndarray, scale: float, shape: float, tail: tuple[float, float, float]
) -> np.ndarray:
    """Share of a post's eventual organic views reached after ``e`` hours of exposure."""
    e = np.maximum(e, 0.0)
    if family == "loglogistic":
        return np.where(e > 0, _loglogistic(e, scale, shape), 0.0)
    if family == "wave_tail":
        tail_share, tail_hours, tail_power = tail
        x = e / scale
        wave = 1.0 - np.exp(-x) if shape < 1.5 else 1.0 - (1.0 + x) * np.exp(-x)
        slow = 1.0 - (1.0 + e / tail_hours) ** (-tail_power)
        return (1.0 - tail_share) * wave + tail_share * slow
    if family == "lognormal":
        z = (np.log(np.maximum(e, 1e-12)) - np.log(scale)) / (shape * np.sqrt(2.0))
        return np.where(e > 0, 0.5 * (1.0 + _erf(z)), 0.0)
    raise ValueError(f"family must be one of {CURVE_FAMILIES}")


@dataclass(frozen=True, eq=False)
class BlindCurve:
    """The expected views of one post by age in hours: organic, a late repost cascade, bots.

    Same interface as :class:`pricing.synthetic.ViewCurve` where the benchmark reads it:
    ``views_at(age)``, ``organic`` and ``bot_views`` (the post's eventual bought views).
    """

    family: str
    organic: float  # eventual organic views (the curve's ceiling)
    scale_hours: float  # log-logistic τ, wave θ or log-normal median, in exposure hours
    shape: float  # log-logistic β, Erlang order of the wave (1 or 2), log-normal σ
    posted_hour: float  # hours since the channel's start
    clock: ReaderClock
    tail_share: float = 0.0  # wave_tail only: share of the slow power-law tail
    tail_hours: float = 24.0
    tail_power: float = 1.0
    cascade_views: float = 0.0  # repost cascade (viral post or a mention elsewhere)
    cascade_delay: float = 0.0  # hours after publishing the repost comes
    cascade_hours: float = 4.0  # exposure hours to half of the cascade's views
    bot_views: float = 0.0
    bot_delay: float = 0.0  # hours after publishing delivery starts
    bot_hours: float = 1.0  # hours the package is delivered over
    bot_profile: str = "even"
    bot_late_share: float = 0.0  # "mimic": share topped up slowly after the package
    bot_late_hours: float = 24.0

    def exposure(self, age: np.ndarray) -> np.ndarray:
        """Reader activity a post has met by ``age`` hours (activity-weighted age)."""
        age = np.maximum(np.asarray(age, dtype=float), 0.0)
        return self.clock.at(self.posted_hour + age) - self.clock.at(self.posted_hour)

    def organic_many(self, ages: np.ndarray) -> np.ndarray:
        ages = np.asarray(ages, dtype=float)
        e = self.exposure(ages)
        tail = (self.tail_share, self.tail_hours, self.tail_power)
        views = self.organic * _share_of_audience(
            self.family, e, self.scale_hours, self.shape, tail
        )
        if self.cascade_views:
            since = e - self.exposure(np.asarray(self.cascade_delay))
            cascade = np.where(
                ages > self.cascade_delay, _loglogistic(since, self.cascade_hours, 1.6), 0.0
            )
            views = views + self.cascade_views * cascade
        return np.where(ages > 0, views, 0.0)

    def bots_many(self, ages: np.ndarray) -> np.ndarray:
        if not self.bot_views:
            return np.zeros_like(np.asarray(ages, dtype=float))
        ages = np.asarray(ages, dtype=float)
        x = np.clip((ages - self.bot_delay) / self.bot_hours, 0.0, 1.0)
        if self.bot_profile in ("front_loaded", "mimic"):
            x = 1.0 - (1.0 - x) ** 2.5
        if self.bot_profile == "mimic":
            late = np.clip((ages - self.bot_delay - self.bot_hours) / self.bot_late_hours, 0.0, 1.0)
            x = (1.0 - self.bot_late_share) * x + self.bot_late_share * late
        return self.bot_views * x

    def organic_at(self, age: float) -> float:
        return float(self.organic_many(np.asarray([age]))[0])

    def bots_at(self, age: float) -> float:
        return float(self.bots_many(np.asarray([age]))[0])

    def views_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        return self.organic_at(age) + self.bots_at(age)


def read_views(
    rng: np.random.Generator, curve: BlindCurve, ages: np.ndarray, dispersion: float
) -> list[int]:
    """What the counter shows at each of the sorted ``ages``: a counting process, never falling.

    Organic views arrive as a Poisson count whose rate wobbles from one reading to the next (a
    gamma mixture of relative spread ``√dispersion``); bought views are delivered as ordered.
    """
    ages = np.asarray(ages, dtype=float)
    organic = np.diff(curve.organic_many(ages), prepend=0.0)
    organic = np.maximum(organic, 0.0)
    wobble = rng.gamma(1.0 / dispersion, dispersion, size=len(ages))
    counted = rng.poisson(organic * wobble)
    bots = np.diff(np.round(curve.bots_many(ages)), prepend=0.0)
    return [int(v) for v in np.cumsum(counted + np.maximum(bots, 0.0))]


def package_size(organic_week: np.ndarray, weights: np.ndarray, share: float) -> float:
    """The package for which the median message's bought share is ``share`` (bisection)."""
    scale = max(float(np.median(organic_week)), 1.0)
    lo, hi = math.log(scale * 1e-3), math.log(scale * 1e4)
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        bots = math.exp(mid) * weights
        shares = np.median(bots / np.maximum(bots + organic_week, 1e-9))
        lo, hi = (mid, hi) if shares < share else (lo, mid)
    return math.exp(0.5 * (lo + hi))
