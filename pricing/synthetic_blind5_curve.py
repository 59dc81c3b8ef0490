"""View curves of the fifth blind generator: readers' daily clock, organic waves and bot deliveries.

A post's organic views are a mixture of waves on the readers' clock (hours weighted by how
much the channel's audience reads at that hour of the day): a subscriber wave (log-logistic
in active hours), a long power-law (Lomax) tail, and optional delayed waves for reposts
into chats and Telegram's "similar channels" recommendations. Bought views are delivered
on the wall clock along piecewise-linear knots (instant, spread, waves or drip).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

# Audience reading profiles: (hour of local day, weight, width in hours) bumps over a floor.
READING_PROFILES: dict[str, tuple[float, tuple[tuple[float, float, float], ...]]] = {
    "commute": (0.15, ((8.5, 1.6, 1.3), (13.0, 0.7, 1.5), (18.5, 1.3, 1.5), (22.0, 0.8, 1.5))),
    "office": (0.15, ((10.0, 1.0, 2.0), (13.0, 1.2, 1.5), (16.0, 0.8, 2.0), (21.0, 0.6, 2.0))),
    "evening": (0.12, ((9.0, 0.5, 1.5), (13.5, 0.5, 1.5), (20.5, 1.8, 2.0), (23.0, 1.0, 1.5))),
    "night": (0.25, ((12.0, 0.5, 2.0), (21.0, 1.0, 2.0), (0.5, 1.6, 2.0), (2.5, 0.8, 1.5))),
    "flat": (0.45, ((9.0, 0.5, 3.0), (14.0, 0.5, 3.0), (20.0, 0.6, 3.0))),
}
GRID = 96  # quarter-hour cells of the reading clock


@dataclass(frozen=True)
class ReaderClock:
    """Cumulative reading weight over one local day (mean weight 1 per hour)."""

    profile: str
    cumulative: tuple[float, ...]  # GRID + 1 values, 0 .. 24

    @classmethod
    def of(cls, profile: str) -> ReaderClock:
        floor, bumps = READING_PROFILES[profile]
        weights = []
        for cell in range(GRID):
            hour = (cell + 0.5) * 24 / GRID
            w = floor
            for centre, height, width in bumps:
                d = abs(hour - centre)
                d = min(d, 24 - d)
                w += height * math.exp(-0.5 * (d / width) ** 2)
            weights.append(w)
        mean = sum(weights) / GRID
        cum = [0.0]
        for w in weights:
            cum.append(cum[-1] + w / mean * 24 / GRID)
        return cls(profile, tuple(cum))

    def at(self, hour: float) -> float:
        """Active hours from local midnight of day 0 to ``hour`` (may exceed 24)."""
        days, rest = divmod(hour, 24.0)
        x = rest / 24 * GRID
        i = min(int(x), GRID - 1)
        frac = x - i
        cum = self.cumulative
        return days * 24 + cum[i] + (cum[i + 1] - cum[i]) * frac

    def weight(self, hour: float) -> float:
        """Reading weight at a local hour (mean 1)."""
        i = int((hour % 24) / 24 * GRID) % GRID
        return (self.cumulative[i + 1] - self.cumulative[i]) * GRID / 24


def wave_cdf(family: str, t: float, a: float, b: float) -> float:
    """Share of a wave read after ``t`` active hours."""
    if t <= 0:
        return 0.0
    if family == "loglogistic":  # median a, shape b
        return 1.0 / (1.0 + (t / a) ** -b)
    if family == "lomax":  # scale a, tail power b: slow, still growing after weeks
        return 1.0 - (1.0 + t / a) ** -b
    if family == "weibull":  # scale a, shape b
        return 1.0 - math.exp(-((t / a) ** b))
    raise ValueError(family)


@dataclass(frozen=True)
class Blind5Curve:
    """Expected views of one post by age in hours: organic waves plus bought views.

    ``waves`` are ``(share, family, a, b, delay_active_hours)``; ``bot_knots`` are
    ``(age_hours, delivered_share)`` pairs rising from 0 to 1.
    """

    organic: float
    waves: tuple[tuple[float, str, float, float, float], ...]
    clock: ReaderClock
    posted_hour: float  # local hour of day the post went out
    bot_views: float = 0.0
    bot_knots: tuple[tuple[float, float], ...] = ()

    def organic_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        start = self.clock.at(self.posted_hour)
        e = self.clock.at(self.posted_hour + age) - start
        return self.organic * sum(
            share * wave_cdf(family, e - delay, a, b) for share, family, a, b, delay in self.waves
        )

    def bots_at(self, age: float) -> float:
        if not self.bot_views or age <= 0:
            return 0.0
        return self.bot_views * delivered_share(self.bot_knots, age)

    def views_at(self, age: float) -> float:
        return self.organic_at(age) + self.bots_at(age)


def delivered_share(knots: tuple[tuple[float, float], ...], age: float) -> float:
    """Linear interpolation along increasing knots (0 before the first, 1 after the last)."""
    if age <= knots[0][0]:
        return 0.0
    if age >= knots[-1][0]:
        return 1.0
    i = bisect_right([k[0] for k in knots], age)
    (t0, s0), (t1, s1) = knots[i - 1], knots[i]
    return s0 + (s1 - s0) * (age - t0) / (t1 - t0) if t1 > t0 else s1
