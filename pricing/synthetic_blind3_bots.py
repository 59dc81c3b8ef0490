"""The third blind generator's view-buying strategies: what is bought, on which posts, how.

Parameters are listed in the docstring of :mod:`pricing.synthetic_blind3`.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

from pricing.synthetic_blind3_curve import Delivery, MixtureCurve
from pricing.synthetic_blind3_world import Cohort

# strategy → weight among botted channels
BOT_STRATEGIES = {
    "autoviews": 0.18,
    "rounded_packages": 0.15,
    "some_days": 0.12,
    "top_up_floor": 0.12,
    "imitation": 0.12,
    "night_batches": 0.10,
    "ads_only": 0.09,
    "dead_audience": 0.12,
}
_LADDER = (100, 200, 300, 500, 1000, 1500, 2000, 2500, 3000, 5000, 7500, 10000, 15000, 20000,
           25000, 50000, 100000)  # fmt: skip
_SPEEDS = (15, 30, 60, 120, 300, 1000)  # views a minute a seller's auto-views deliver


def round_to_ladder(amount: float) -> int:
    """The seller's package nearest (in ratio) to ``amount``."""
    return min(_LADDER, key=lambda step: abs(math.log(step / max(amount, 1.0))))


@dataclass
class BotPlan:
    """One botted channel's buying habits."""

    strategy: str
    share: float
    spread: float = 0.1
    speed: float = 60.0
    buy_probability: float = 1.0
    album_all: bool = False
    reaction_share: float = 0.0
    reaction_round: int = 0
    floor_ratio: float = 2.0
    floor_smooth: bool = False
    imitation_median: float = 3.0
    imitation_sigma: float = 0.3
    chunks: int = 3
    bought_days: set[int] = field(default_factory=set)
    bulk: list[tuple[float, float, float, float]] = field(
        default_factory=list
    )  # at, span h, amount, hours

    def package(self, expected: float) -> float:
        """The package that makes ``share`` of an average post's 7-day views bought."""
        return self.share / (1 - self.share) * 0.85 * expected

    def _bought_reactions(self, rng: random.Random, amount: float) -> float:
        if self.reaction_round:
            return float(self.reaction_round)
        return amount * self.reaction_share

    def deliveries(
        self,
        rng: random.Random,
        plan,
        hour: float,
        curve: MixtureCurve,
        is_ad: bool,
        album_index: int,
    ) -> tuple[tuple[Delivery, ...], float]:
        """The deliveries bought for the message published at ``hour`` and its bought reactions."""
        if album_index > 0 and not self.album_all:
            return (), 0.0
        expected = plan.expected_views(hour)
        package = self.package(expected)
        out: list[Delivery] = []
        strategy = self.strategy
        if strategy in ("autoviews", "dead_audience") or (
            strategy == "some_days" and plan.timeline.local_day(hour) in self.bought_days
        ):
            amount = package * rng.uniform(1 - self.spread, 1 + self.spread)
            out.append(
                (rng.uniform(0.01, 0.1), max(0.02, amount / (self.speed * 60)), amount, "linear")
            )
        elif strategy == "rounded_packages" and rng.random() < self.buy_probability:
            local = plan.timeline.local_hour(hour)
            if local < 8 or local > 23.5:  # the admin buys when awake
                start = (rng.uniform(9, 11) - local) % 24
            else:
                start = rng.uniform(0.05, 1.5)
            out.append(
                (
                    start,
                    rng.uniform(1, 6),
                    float(round_to_ladder(package * rng.uniform(0.8, 1.25))),
                    "linear",
                )
            )
        elif strategy == "top_up_floor":
            floor = 0.85 * expected * self.floor_ratio
            gap = floor - curve.organic_at(24)
            if gap > 0.05 * floor:
                shape = "smooth" if self.floor_smooth else "linear"
                out.append(
                    (rng.uniform(0.5, 4), rng.uniform(2, 12), gap * rng.uniform(0.97, 1.08), shape)
                )
        elif strategy == "imitation":
            amount = package * rng.lognormvariate(0, self.imitation_sigma)
            median = self.imitation_median * rng.lognormvariate(0, 0.2)
            out.append((rng.uniform(0, 0.3), 2 * median, amount, "smooth"))
        elif strategy == "night_batches":
            weights = [rng.random() + 0.2 for _ in range(self.chunks)]
            for weight in weights:
                amount = package * weight / sum(weights)
                out.append((rng.uniform(0, 24), rng.uniform(0.15, 0.7), amount, "linear"))
        elif strategy == "ads_only":
            if is_ad:
                out.append(
                    (
                        rng.uniform(0.05, 1.0),
                        rng.uniform(1, 4),
                        0.85 * expected * rng.uniform(0.5, 1.5),
                        "linear",
                    )
                )
            elif rng.random() < self.buy_probability:
                out.append((rng.uniform(0.05, 1.0), rng.uniform(1, 4), package, "linear"))
        for at, span, size, hours in self.bulk:
            if 0 < at - hour <= span:
                amount = round_to_ladder(self.package(plan.expected_views(at)) * size)
                out.append((at - hour, hours, float(amount), "linear"))
        if not out:
            return (), 0.0
        total = sum(d[2] for d in out)
        reactions = (
            self._bought_reactions(rng, total)
            if (self.reaction_share or self.reaction_round)
            else 0.0
        )
        return tuple(out), reactions


def plan_bots(rng: random.Random, strategy: str, plan) -> BotPlan:
    """Draw the buying habits of ``strategy`` and change the channel plan they imply."""
    end = plan.timeline.end
    bots = BotPlan(strategy=strategy, share=0.5, album_all=rng.random() < 0.75)
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            bots.reaction_share = rng.uniform(0.005, 0.03)
        else:
            bots.reaction_round = rng.choice((10, 20, 25, 50, 100))
    if strategy == "autoviews":
        bots.share = rng.uniform(0.4, 0.92)
        bots.spread = rng.uniform(0.03, 0.3)
        bots.speed = rng.choice(_SPEEDS)
    elif strategy == "rounded_packages":
        bots.share = rng.uniform(0.3, 0.85)
        bots.buy_probability = rng.uniform(0.6, 1.0)
        if rng.random() < 0.4:
            # the last 10–40 posts, at most a week back
            span = min(168.0, 24 * rng.uniform(10, 40) / max(plan.habit.per_day, 0.2))
            for _ in range(rng.randint(1, 3)):
                size = rng.uniform(0.3, 1.0)
                bots.bulk.append((rng.uniform(0, end), span, size, rng.uniform(1, 3)))
    elif strategy == "some_days":
        bots.share = rng.uniform(0.45, 0.9)
        bots.spread = rng.uniform(0.03, 0.3)
        bots.speed = rng.choice(_SPEEDS)
        on_share, state = rng.uniform(0.4, 0.8), rng.random() < 0.5
        for day in range(-1, plan.timeline.days + 2):
            if rng.random() > 0.7:
                state = rng.random() < on_share
            if state:
                bots.bought_days.add(day)
    elif strategy == "top_up_floor":
        bots.floor_ratio = rng.uniform(1.4, 3.5)
        bots.floor_smooth = rng.random() < 0.5
    elif strategy == "imitation":
        bots.share = rng.uniform(0.2, 0.6)
        bots.imitation_median = rng.uniform(1, 6)
        bots.imitation_sigma = rng.uniform(0.2, 0.45)
    elif strategy == "night_batches":
        bots.share = rng.uniform(0.35, 0.8)
        bots.chunks = rng.randint(2, 4)
    elif strategy == "ads_only":
        bots.share = rng.uniform(0.3, 0.6)
        bots.buy_probability = rng.uniform(0, 0.3)
        plan.ad_share = rng.uniform(0.25, 0.5)
        plan.ad_lifetime = None
    elif strategy == "dead_audience":
        bots.share = rng.uniform(0.85, 0.97)
        bots.speed = rng.choice(_SPEEDS[3:])
        bots.spread = rng.uniform(0.02, 0.15)
        thin = rng.uniform(0.03, 0.15)
        plan.views_per_sub *= thin
        plan.cohorts[:] = [replace(c, views_per_sub=c.views_per_sub * thin) for c in plan.cohorts]
    if strategy == "dead_audience" or rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            plan.cohorts.append(
                Cohort(
                    start=rng.uniform(0, end),
                    hours=rng.uniform(0.5, 24),
                    size=plan.base_subscribers * rng.uniform(0.1, 1.2),
                    views_per_sub=0.0,
                    churn_share=rng.uniform(0.05, 0.2),
                    churn_days=rng.uniform(3, 10),
                )
            )
    return bots
