"""Posts of one channel for the fifth blind generator: schedule, organic curves, bought packages.

See :mod:`pricing.synthetic_blind5` for the model in full; this room draws the posting
times, each post's organic waves, the seller's package and its delivery, and the honest
and bought forwards and reactions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np

from pricing.synthetic_blind5_curve import Blind5Curve, ReaderClock, wave_cdf
from pricing.synthetic_blind5_world import ChannelKind, Strategy, package_for

MAX_POSTS = 240  # the latest posts a fetch reads


@dataclass
class Draft:
    """One message before its counts are read."""

    posted_at: datetime
    is_ad: bool = False
    grouped_id: int | None = None
    post_type: str = "text"  # text | giveaway | poll | viral
    first_in_album: bool = True
    curve: Blind5Curve | None = None
    appeal: float = 1.0


def schedule(
    rng: np.random.Generator,
    kind: ChannelKind,
    clock: ReaderClock,
    start: datetime,
    end: datetime,
    offset_hours: int,
    scheduled_slots: tuple[float, ...],
) -> list[datetime]:
    """Bursty posting times: daily Poisson counts, a weekday rhythm, follow-ups minutes later."""
    rate = float(rng.uniform(*kind.posts_per_day))
    times: list[datetime] = []
    day = (start + timedelta(hours=offset_hours)).replace(hour=0, minute=0, second=0, microsecond=0)
    while day - timedelta(hours=offset_hours) < end:
        weekend = day.weekday() >= 5
        mood = math.exp(rng.normal(0, 0.35))
        n = rng.poisson(rate * mood * (kind.weekend_posting if weekend else 1.0))
        for _ in range(n):
            if scheduled_slots and rng.random() < 0.5:
                hour = float(rng.choice(scheduled_slots)) + rng.normal(0, 0.05)
            else:
                while True:  # admins post when their readers read
                    hour = float(rng.uniform(0, 24))
                    if rng.random() < clock.weight(hour) / 2.2:
                        break
            t = day + timedelta(hours=hour % 24) - timedelta(hours=offset_hours)
            times.append(t)
            follow = 0
            while follow < 4 and rng.random() < kind.burst:
                follow += 1
                t = t + timedelta(minutes=float(rng.uniform(1, 40)))
                times.append(t)
        day += timedelta(days=1)
    cutoff = end - timedelta(minutes=5)
    times = sorted(t.replace(microsecond=0) for t in times if start <= t < cutoff)
    return times[-MAX_POSTS:]


def organic_curve(
    rng: np.random.Generator,
    target_168: float,
    clock: ReaderClock,
    posted_hour: float,
    channel: dict,
    draft: Draft,
) -> Blind5Curve:
    """Organic waves of one post, scaled so its organic views at 7 days are ``target_168``."""
    first_share = float(rng.uniform(0.55, 0.85))
    a = channel["first_wave_hours"] * math.exp(rng.normal(0, 0.2))
    waves = [(first_share, channel["first_family"], a, channel["first_shape"], 0.0)]
    waves.append((1 - first_share, "lomax", channel["tail_scale"], channel["tail_power"], 0.0))
    if channel["recommended"] > 0:  # "similar channels" bring non-subscribers a day or two later
        waves.append(
            (
                channel["recommended"],
                "loglogistic",
                float(rng.uniform(12, 48)),
                1.2,
                float(rng.uniform(6, 48)),
            )
        )
    if draft.post_type == "viral":
        waves.append(
            (
                float(rng.uniform(1.0, 4.0)),
                "loglogistic",
                float(rng.uniform(2, 8)),
                float(rng.uniform(1.5, 3.0)),
                float(rng.uniform(1, 20)),
            )
        )
    elif not draft.is_ad and rng.random() < channel["repost_chance"]:  # reposted into chats
        waves.append(
            (
                float(rng.uniform(0.05, 0.3)),
                "loglogistic",
                float(rng.uniform(2, 6)),
                float(rng.uniform(1.5, 3.0)),
                float(rng.uniform(0.5, 12)),
            )
        )
    total = sum(w[0] for w in waves)
    waves = [(w[0] / total, *w[1:]) for w in waves]
    unit = Blind5Curve(1.0, tuple(waves), clock, posted_hour)
    return replace(unit, organic=target_168 / max(unit.organic_at(168.0), 1e-9))


def delivery_knots(
    rng: np.random.Generator, delivery: str, manual: bool
) -> tuple[tuple[float, float], ...]:
    """When a package's views arrive, as ``(age_hours, delivered_share)`` knots."""
    return tuple((float(t), float(s)) for t, s in _knots(rng, delivery, manual))


def _knots(rng: np.random.Generator, delivery: str, manual: bool):
    start = float(rng.uniform(0.5, 6.0) if manual else rng.uniform(0.02, 0.5))
    if delivery == "instant":
        dur = float(rng.uniform(0.1, 0.7))
        return ((start, 0.0), (start + 0.3 * dur, float(rng.uniform(0.5, 0.8))), (start + dur, 1.0))
    if delivery == "spread":
        dur = float(rng.uniform(1.0, 6.0))
        cuts = np.sort(rng.uniform(0, 1, 4))
        shares = np.sort(rng.uniform(0, 1, 4))
        return (
            (start, 0.0),
            *((start + dur * c, s) for c, s in zip(cuts, shares, strict=True)),
            (start + dur, 1.0),
        )
    if delivery == "drip":  # "natural" service: a log-logistic over days
        median = float(rng.uniform(3, 12))
        shape = float(rng.uniform(1.0, 2.0))
        ages = [0.25 * 1.5**k for k in range(14)]
        last = wave_cdf("loglogistic", ages[-1], median, shape)
        return (
            (start, 0.0),
            *((start + a, wave_cdf("loglogistic", a, median, shape) / last) for a in ages),
        )
    # waves: a farm sends its bots in 2-4 batches
    k = int(rng.integers(2, 5))
    sizes = rng.dirichlet(np.ones(k) * 2)
    knots = [(start, 0.0)]
    t, done = start, 0.0
    for size in sizes:
        t += float(rng.uniform(0.2, 1.0))
        done += float(size)
        knots.append((t, min(done, 1.0)))
        t += float(rng.uniform(1.0, 8.0))
        knots.append((t, min(done, 1.0)))
    knots[-1] = (knots[-1][0], 1.0)
    return tuple(knots[:-1]) if knots[-2][1] >= 1.0 else tuple(knots)


def bot_packages(
    rng: np.random.Generator,
    strategy: Strategy,
    name: str,
    drafts: list[Draft],
    organic: list[float],
    buy_from: datetime,
) -> list[float]:
    """Bought views per post (the whole package, 0 when none)."""
    share = float(rng.uniform(*strategy.share))
    coverage = float(rng.uniform(*strategy.coverage))
    median = float(np.median(organic))
    flat = package_for(median * share / (1 - share))  # an "auto-views" subscription
    target = float(np.quantile(organic, 0.8)) / (1 - share)
    out = []
    for d, o in zip(drafts, organic, strict=True):
        if d.posted_at < buy_from:
            out.append(0.0)
            continue
        if name == "selective":
            chance = 0.95 if d.is_ad or o < 0.8 * median else coverage
            if rng.random() > chance:
                out.append(0.0)
                continue
        elif rng.random() > coverage:
            out.append(0.0)
            continue
        s = min(max(share + rng.normal(0, 0.05), 0.05), 0.97)
        if name == "top_up_target":
            want = max(target - o, 0.0)
            views = package_for(want) if want > 0.02 * target else 0.0
        elif strategy.packaged and name != "selective":
            views = flat
        elif strategy.packaged:
            views = package_for(o * s / (1 - s))
        else:
            views = o * s / (1 - s)
        out.append(float(views) * float(rng.uniform(1.0, 1.12)))  # sellers over-deliver a little
    return out
