"""Time in the blind synthetic generator: readers' clock, posting, subscribers, the app's syncs.

Part of :mod:`pricing.synthetic_blind` (its docstring describes the model); all times are hours
since the generator's start (a Monday, 00:00 UTC) and ``tz`` is the channel's UTC offset.
"""

from __future__ import annotations

import math

import numpy as np

from pricing.synthetic_blind_curve import ReaderClock


def logu(rng: np.random.Generator, lo: float, hi: float) -> float:
    """Log-uniform in ``[lo, hi]``."""
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def reader_clock(rng, hours: int, tz: int, weekend_activity: float) -> ReaderClock:
    """The channel's readers by hour: night floor, morning, midday and evening bumps, weekends."""
    h = np.arange(hours, dtype=float)
    day, local = np.divmod(h + tz, 24.0)
    weekend = day % 7 >= 5
    shift = np.where(weekend, rng.uniform(1.0, 2.5), 0.0)

    def bump(centre: float, width: float) -> np.ndarray:
        distance = (local - centre - shift + 12.0) % 24.0 - 12.0
        return np.exp(-0.5 * (distance / width) ** 2)

    activity = (
        rng.uniform(0.06, 0.25)
        + rng.uniform(0.3, 1.0) * bump(rng.uniform(7.0, 10.0), 1.3)
        + rng.uniform(0.2, 0.7) * bump(13.0, 1.6)
        + rng.uniform(0.6, 1.4) * bump(rng.uniform(19.0, 22.5), 2.0)
    )
    activity *= np.where(weekend, weekend_activity, 1.0)
    daily = rng.lognormal(0.0, 0.08, size=int(day.max()) + 1)
    activity *= daily[day.astype(int)]
    activity /= activity.mean()
    return ReaderClock(np.concatenate(([0.0], np.cumsum(activity))))


def drop_hours(rng, days: int, tz: int, niche) -> list[tuple[float, int]]:
    """(hour since start, size) of each drop of posts; a drop of size 1 is a single post."""
    _, (post_lo, post_hi), (rate_lo, rate_hi), night_share = niche
    rate = logu(rng, rate_lo, rate_hi)
    weekend_posting = rng.uniform(post_lo, post_hi)
    mean_drop = rng.uniform(1.1, 2.9)
    dispersion = rng.uniform(1.0, 4.0)
    centres = rng.uniform(7.0, 23.0, size=int(rng.integers(1, 4)))
    spread = rng.uniform(0.7, 2.5)
    scheduled = rng.random() < 0.3
    silent: set[int] = set()
    if rng.random() < 0.3:
        first = int(rng.integers(0, days))
        silent = set(range(first, first + int(rng.integers(1, 5))))
    drops = []
    for day in range(days):
        if day in silent:
            continue
        mean = rate * (weekend_posting if day % 7 >= 5 else 1.0)
        count = int(rng.poisson(mean * rng.gamma(dispersion, 1.0 / dispersion)))
        while count > 0:
            size = min(count, int(rng.geometric(1.0 / mean_drop)))
            count -= size
            if rng.random() < night_share:
                local = rng.uniform(0.0, 24.0)
            else:
                local = rng.normal(float(rng.choice(centres)), spread) % 24.0
            if scheduled:
                local = round(local * 2.0) / 2.0 % 24.0
            drops.append((day * 24.0 - tz + local, size))
    return sorted(drops)


def subscriber_shape(rng, kind: str, days: int):
    """Functions of the hour giving (old real, campaign newcomers, bought) subscribers, unscaled."""
    growth = rng.uniform(-0.004, 0.012) / 24.0
    campaign = rng.random() < (0.25 if kind == "organic" else 0.10)
    c_start = rng.uniform(0.1, 0.1 + 23.0 / 30.0) * days * 24.0  # days 3–26 of a month
    c_size, c_hours = rng.uniform(0.15, 1.5), rng.uniform(1.0, 5.0) * 24.0
    bought = kind == "botted" and rng.random() < 0.6
    b_start = rng.uniform(0.3, 4.0) if bought else 0.0
    purchases = [
        (rng.uniform(0.0, days * 24.0), rng.uniform(0.1, 0.8), rng.uniform(0.1, 2.0) * 24.0)
        for _ in range(int(rng.integers(0, 3)) if bought else 0)
    ]
    drain = rng.uniform(0.003, 0.015) / 24.0 if bought and rng.random() < 0.5 else 0.0

    def ramp(t, start, length):
        x = np.clip((np.asarray(t, dtype=float) - start) / length, 0.0, 1.0)
        return x * x * (3.0 - 2.0 * x)

    def old(t):
        return np.exp(growth * np.asarray(t, dtype=float))

    def newcomers(t):
        return c_size * old(c_start) * ramp(t, c_start, c_hours) if campaign else 0.0 * old(t)

    def bots(t):
        t = np.asarray(t, dtype=float)
        total = b_start * np.exp(-drain * t)
        for at, size, length in purchases:
            before = old(at) + newcomers(at) + b_start * np.exp(-drain * at)
            total = total + size * before * ramp(t, at, length) * np.exp(
                -drain * np.maximum(t - at, 0.0)
            )
        return total

    return old, newcomers, bots, campaign


def sync_hours(rng, observed: float, tz: int) -> tuple[list[float], list[float]]:
    """The app's syncs and the syncs that also read the subscriber count (session starts)."""
    open_share = rng.uniform(0.35, 0.95)
    habits = list(rng.uniform(7.5, 23.5, size=int(rng.integers(1, 3))))
    if rng.random() < 0.15:
        habits.append(rng.uniform(24.5, 26.0))
    syncs, starts = [], []
    for day in range(int(observed // 24) + 1):
        if rng.random() > open_share:
            continue
        for _ in range(int(rng.integers(1, 4))):
            start = day * 24.0 - tz + rng.normal(float(rng.choice(habits)), 1.0)
            times = start + np.cumsum(
                np.concatenate(([0.0], rng.uniform(1 / 3, 1.5, int(rng.integers(0, 3)))))
            )
            kept = [float(t) for t in times if 0.0 < t < observed - 0.05]
            syncs += kept
            starts += kept[:1]
    return [*sorted(set(syncs)), observed], [*sorted(starts), observed]
