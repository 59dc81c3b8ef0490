"""Honest readers for the fourth blind generator: how organic views accumulate; the curve type.

Readers come in segments — notified readers, muted readers who open the app in sessions and read
the backlog, discovery through forwards and search, web embeds, and a viral cascade — each a
mechanism on the channel's :class:`~pricing.synthetic_blind4_world.Timeline` (see
:mod:`pricing.synthetic_blind4` for the parameters).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pricing.synthetic_blind4_world import STEP_HOURS, Timeline


def age_grid(max_hours: float) -> np.ndarray:
    """Ages (hours) a curve is tabulated at: 2-minute steps in the first 2 h, then coarser."""
    return np.concatenate(
        [
            np.arange(0, 2, 1 / 30),
            np.arange(2, 48, 0.25),
            np.arange(48, 168, 1.0),
            np.arange(168, max(max_hours, 176) + 4, 4.0),
        ]
    )


@dataclass(frozen=True, eq=False)
class Blind4Curve:
    """Expected total views of one post by age (organic + bought); ``bot_views`` is the package."""

    ages: np.ndarray
    table: np.ndarray
    bot_views: float = 0.0

    def views_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        return float(np.interp(age, self.ages, self.table))


@dataclass(frozen=True)
class Readership:
    """How one channel's audience reads; shares of a post's expected reach by segment."""

    notified: float  # share with notifications on
    frequent_rate: float  # muted readers who open Telegram often: sessions per activity-hour
    occasional_rate: float  # muted readers who open it every day or two
    frequent_share: float  # of the muted readers
    backlog_depth: float  # posts a muted reader scrolls back through before jumping to the end
    discovery: float  # share from forwards, search, "similar channels"
    discovery_hours: float
    discovery_power: float
    web: float  # share from embeds on websites (0 if none)
    web_hours: float


def draw_readership(rng: np.random.Generator, profile: dict) -> Readership:
    lo, hi = profile["notify"]
    web = float(rng.uniform(0.03, 0.15)) if rng.random() < profile["web"] else 0.0
    return Readership(
        notified=float(rng.uniform(lo, hi)),
        frequent_rate=float(rng.uniform(0.08, 0.35)),
        occasional_rate=float(rng.uniform(0.02, 0.06)),
        frequent_share=float(rng.uniform(0.4, 0.75)),
        backlog_depth=float(rng.uniform(*profile["backlog"])),
        discovery=float(rng.uniform(*profile["discovery"])),
        discovery_hours=float(rng.uniform(6, 48)),
        discovery_power=float(rng.uniform(0.5, 1.2)),
        web=web,
        web_hours=float(rng.uniform(2, 24)),
    )


def organic_tables(
    timeline: Timeline,
    readers: Readership,
    post_index: np.ndarray,
    event_index: np.ndarray,
    reach: np.ndarray,
    viral: np.ndarray,
    viral_hours: np.ndarray,
    viral_power: np.ndarray,
    ages: np.ndarray,
) -> np.ndarray:
    """Cumulative organic views (events × ``ages``) of the posting events at ``post_index``.

    ``event_index`` holds the timeline index of every posting event of the channel (also before the
    window), so a muted reader's backlog counts the posts published after this one.
    """
    # 15-minute columns for the first 48 h, hourly after (the same cumulative sum carries on).
    fine = int(48 / STEP_HOURS)
    per_hour = round(1 / STEP_HOURS)
    n_coarse = int(np.ceil((ages[-1] - 48) / 1.0)) + 2
    k = np.concatenate([np.arange(fine + 1), fine + per_hour * np.arange(1, n_coarse + 1)])
    width = np.diff(k, prepend=-1) * STEP_HOURS
    col_ages = k * STEP_HOURS
    idx = np.minimum(post_index[:, None] + k[None, :], len(timeline.activity) - 1)
    activity = timeline.activity[idx]
    e = timeline.cumulative[idx] - timeline.cumulative[post_index][:, None]
    newer = (
        np.searchsorted(event_index, idx, side="right")
        - np.searchsorted(event_index, post_index, side="right")[:, None]
    )
    keep = np.exp(-np.maximum(newer, 0) / readers.backlog_depth)
    muted = 1 - readers.notified - readers.discovery - readers.web
    shape = readers.notified * (1 - np.exp(-e / 0.35))
    for rate, share in (
        (readers.frequent_rate, readers.frequent_share),
        (readers.occasional_rate, 1 - readers.frequent_share),
    ):
        density = rate * activity * np.exp(-rate * e) * keep
        shape += muted * share * np.cumsum(density * width, axis=1)
    shape += readers.discovery * (1 - (1 + e / readers.discovery_hours) ** -readers.discovery_power)
    if readers.web:
        hours = k * STEP_HOURS
        shape += (
            readers.web
            * np.log1p(hours / readers.web_hours)[None, :]
            / np.log1p(720 / readers.web_hours)
        )
    views = reach[:, None] * shape
    if viral.any():
        ek = np.power(e, viral_power[:, None])
        views += viral[:, None] * ek / (np.power(viral_hours, viral_power)[:, None] + ek)
    views[:, 0] = 0.0
    # Down to the curve's own ages (linear between columns).
    hi = np.clip(np.searchsorted(col_ages, ages, side="right"), 1, len(col_ages) - 1)
    lo = hi - 1
    w = np.clip((ages - col_ages[lo]) / (col_ages[hi] - col_ages[lo]), 0, 1)
    return views[:, lo] * (1 - w) + views[:, hi] * w
