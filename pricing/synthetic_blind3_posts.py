"""Organic channel types of the third blind generator and the posts they publish.

Parameters are listed in the docstring of :mod:`pricing.synthetic_blind3`.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from pricing.synthetic import SyntheticPost
from pricing.synthetic_blind3_curve import MixtureCurve, ReaderClock, read_views
from pricing.synthetic_blind3_world import (
    Audience,
    Cohort,
    PostingHabit,
    Timeline,
    ad_text,
    build_audience,
    log_uniform,
    organic_text,
    poisson,
    posting_hours,
    reader_activity,
)

# name → (weight, (subscribers, views per subscriber, posts a day, first-wave median hours,
#                  reactions per view, forwards per view))
ORGANIC_TYPES = {
    "tiny_niche": (
        0.15,
        ((150, 1500), (0.35, 0.9), (0.2, 1.5), (1, 6), (0.01, 0.06), (0.005, 0.03)),
    ),
    "author_blog": (
        0.17,
        ((2e3, 8e4), (0.15, 0.6), (0.7, 4), (0.7, 4), (0.01, 0.05), (0.003, 0.02)),
    ),
    "big_news": (
        0.12,
        ((5e4, 1.2e6), (0.04, 0.2), (12, 40), (0.25, 1), (0.002, 0.02), (0.001, 0.01)),
    ),
    "evergreen": (0.13, ((5e3, 2e5), (0.08, 0.4), (0.3, 2), (2, 8), (0.005, 0.03), (0.005, 0.04))),
    "catalogue": (0.12, ((1e4, 3e5), (0.06, 0.3), (1, 5), (0.6, 3), (0.004, 0.03), (0.002, 0.015))),
    "ad_grown": (0.12, ((3e3, 1e5), (0.15, 0.5), (1, 3), (0.7, 4), (0.008, 0.04), (0.003, 0.02))),
    "viral": (0.12, ((2e3, 6e4), (0.15, 0.5), (1, 4), (0.7, 3), (0.008, 0.04), (0.003, 0.02))),
    "aggregator": (
        0.07,
        ((5e3, 1.5e5), (0.05, 0.25), (4, 15), (0.4, 2), (0.003, 0.02), (0.002, 0.015)),
    ),
}
_THEMES = {
    "tiny_niche": ("life", "tech", "crypto"),
    "author_blog": ("life", "tech", "finance"),
    "big_news": ("news",),
    "evergreen": ("tech", "life", "finance"),
    "catalogue": ("life", "finance", "crypto"),
    "ad_grown": ("finance", "tech", "life"),
    "viral": ("life", "news", "tech"),
    "aggregator": ("news", "crypto", "finance"),
}
# post type → (views factor, reactions factor, forwards factor); "repost" and "ad" views vary.
_TYPES = {
    "text": (1.0, 1.0, 1.0),
    "photo": (1.05, 1.2, 0.8),
    "video": (1.1, 1.1, 1.4),
    "poll": (1.15, 0.4, 0.3),
    "repost": (None, 0.6, 0.5),
    "ad": (None, 0.25, 0.15),
}
_LATEST_READ = 100  # messages the app reads per sync
_FRESH_HOURS = 168.0  # after the first sync only posts this young are read


@dataclass
class ChannelPlan:
    """A channel's drawn parameters; ``audience`` is built once all cohorts are known."""

    organic_type: str
    timeline: Timeline
    origin: datetime
    clock: ReaderClock
    habit: PostingHabit
    theme: str
    base_subscribers: float
    views_per_sub: float
    growth_per_day: float
    first_wave_median: tuple[float, float]
    reaction_rate: float
    forward_rate: float
    appeal_sigma: float
    ad_share: float
    ad_factor: float
    ad_lifetime: float | None
    repost_share: float
    reposts_own: bool
    pinned_at: float | None
    search_share: float
    viral_at: list[float]
    curve_shape: dict[str, float]
    cohorts: list[Cohort] = field(default_factory=list)
    audience: Audience | None = None

    def build_audience(self, rng: random.Random) -> None:
        hours = self.timeline.days * 24 + 1
        self.audience = build_audience(
            rng, hours, self.base_subscribers, self.views_per_sub, self.growth_per_day, self.cohorts
        )

    def expected_views(self, hour: float) -> float:
        """What an average post published at ``hour`` collects from the audience (``N_typ``)."""
        assert self.audience is not None
        return self.audience.reading[min(len(self.audience.reading) - 1, int(hour))]


def plan_channel(
    rng: random.Random, organic_type: str, timeline: Timeline, origin: datetime, botted: bool
) -> ChannelPlan:
    """Draw an organic channel of ``organic_type`` (thinner real readers when ``botted``)."""
    subs, vps, per_day, median, reactions, forwards = ORGANIC_TYPES[organic_type][1]
    end = timeline.end
    hours = (timeline.days + 10) * 24
    style = (
        "stream"
        if organic_type in ("big_news", "aggregator")
        else rng.choice(("sessions", "sessions", "scheduled"))
    )
    favourite = [
        rng.choice((8, 9, 10, 12, 13, 15, 18, 19, 20, 21, 22)) + rng.choice((0.0, 0.0, 0.0, 0.5))
        for _ in range(rng.randint(1, 3))
    ]
    habit = PostingHabit(
        per_day=log_uniform(rng, *per_day),
        weekend=rng.uniform(0.3, 1.1),
        style=style,
        favourite_hours=favourite,
        album_share=rng.choice((0.0, 0.0, rng.uniform(0.02, 0.2))),
    )
    views_per_sub = log_uniform(rng, *vps) * (rng.uniform(0.4, 1.0) if botted else 1.0)
    plan = ChannelPlan(
        organic_type=organic_type,
        timeline=timeline,
        origin=origin,
        clock=ReaderClock(reader_activity(rng, timeline, hours)),
        habit=habit,
        theme=rng.choice(_THEMES[organic_type]),
        base_subscribers=log_uniform(rng, *subs),
        views_per_sub=views_per_sub,
        growth_per_day=rng.uniform(-0.002, 0.008),
        first_wave_median=median,
        reaction_rate=0.0 if rng.random() < 0.15 else log_uniform(rng, *reactions),
        forward_rate=log_uniform(rng, *forwards),
        appeal_sigma=rng.uniform(0.15, 0.45),
        ad_share=rng.uniform(0, 0.08) if organic_type == "big_news" else rng.uniform(0, 0.35),
        ad_factor=rng.uniform(0.55, 0.9),
        ad_lifetime=rng.choice((24.0, 24.0, 48.0, 72.0)) if rng.random() < 0.4 else None,
        repost_share=0.4 if organic_type == "aggregator" else 0.05,
        reposts_own=rng.random() < 0.25,
        pinned_at=rng.uniform(0, end * 0.6) if rng.random() < 0.35 else None,
        search_share=rng.uniform(0.003, 0.02) if organic_type == "evergreen" else 0.0,
        viral_at=[],
        curve_shape={
            "fast_share": rng.uniform(0.45, 0.8),
            "late_part": rng.uniform(0.5, 0.8),
            "fast_shape": rng.uniform(1.3, 2.6),
            "fast_median": log_uniform(rng, *median),
            "late_scale": rng.uniform(8, 60),
            "late_shape": rng.uniform(0.6, 1.0),
            "tail_scale": rng.uniform(24, 120),
            "tail_alpha": rng.uniform(0.4, 1.2),
        },
    )
    base = plan.base_subscribers
    viral = organic_type == "viral" or (not botted and rng.random() < 0.15)
    if viral:
        for _ in range(rng.randint(1, 2) if organic_type == "viral" else 1):
            moment = rng.uniform(0, end - 12)
            plan.viral_at.append(moment)
            size = base * rng.uniform(0.01, 0.08)
            churn = rng.uniform(0.05, 0.2)
            plan.cohorts.append(
                Cohort(moment + 6, rng.uniform(12, 48), size, views_per_sub * 0.7, churn, 7)
            )
    campaigns = (
        rng.randint(1, 3) if organic_type == "ad_grown" else int(not botted and rng.random() < 0.15)
    )
    for _ in range(campaigns):
        start, size = rng.uniform(0, end), base * rng.uniform(0.04, 0.2)
        reading, churn = views_per_sub * rng.uniform(0.5, 0.9), rng.uniform(0.1, 0.25)
        plan.cohorts.append(Cohort(start, rng.uniform(12, 48), size, reading, churn, 10))
    if organic_type == "catalogue":
        for _ in range(rng.randint(1, 3)):
            start, size = rng.uniform(0, end), base * rng.uniform(0.15, 0.6)
            reading, churn = views_per_sub * rng.uniform(0.05, 0.2), rng.uniform(0.15, 0.35)
            plan.cohorts.append(Cohort(start, rng.uniform(4, 36), size, reading, churn, 14))
    return plan


def _post_type(rng: random.Random, plan: ChannelPlan) -> str:
    if rng.random() < plan.ad_share:
        return "ad"
    if rng.random() < plan.repost_share:
        return "repost"
    return rng.choices(("text", "photo", "video", "poll"), (0.45, 0.35, 0.13, 0.07))[0]


def build_posts(
    rng: random.Random, plan: ChannelPlan, bots, syncs: list[float]
) -> list[SyntheticPost]:
    """The channel's posts as fetched at the window's end, with readings at every sync."""
    assert plan.audience is not None
    timeline, end, shape = plan.timeline, plan.timeline.end, plan.curve_shape
    tiny = plan.base_subscribers < 2000
    drafts = []  # (hour, curve, type, appeal, viral, ad) per message
    viral_left = sorted(plan.viral_at)
    pinned_at = plan.pinned_at
    next_group = rng.randrange(10**17, 10**18)
    for hour in posting_hours(rng, plan.habit, timeline):
        post_type = _post_type(rng, plan)
        factor = _TYPES[post_type][0]
        if post_type == "ad":
            factor = plan.ad_factor
            if plan.ad_lifetime is not None and end - hour > plan.ad_lifetime:
                continue  # a "1/24"-style ad already deleted by the fetch
        elif post_type == "repost":
            factor = rng.uniform(0.6, 0.9)
        if plan.reposts_own and post_type != "ad" and rng.random() < 0.02:
            hour += rng.uniform(0.1, 2.0)  # deleted and re-posted: the original is gone
            factor *= 0.7
            if hour >= end - 0.02:
                continue
        appeal = rng.lognormvariate(0, plan.appeal_sigma) * (
            rng.uniform(1.5, 3) if rng.random() < 0.03 else 1
        )
        viral = bool(viral_left) and hour >= viral_left[0] and post_type != "ad"
        if viral:
            viral_left.pop(0)
            appeal *= rng.uniform(3, 8)
        organic = plan.expected_views(hour) * appeal * factor
        if tiny:
            organic = float(max(1, poisson(rng, organic)))
        a = min(0.9, shape["fast_share"] + rng.gauss(0, 0.05))
        curve = MixtureCurve(
            clock=plan.clock,
            posted_hour=hour,
            organic=organic,
            fast_share=a,
            fast_scale=shape["fast_median"] * rng.lognormvariate(0, 0.25),
            fast_shape=shape["fast_shape"] * rng.lognormvariate(0, 0.1),
            late_share=(1 - a) * shape["late_part"],
            late_scale=shape["late_scale"] * rng.lognormvariate(0, 0.25),
            late_shape=shape["late_shape"],
            tail_scale=shape["tail_scale"],
            tail_alpha=shape["tail_alpha"],
            echo_views=organic * rng.uniform(2, 25) if viral else 0.0,
            echo_delay=rng.uniform(2, 30) if viral else 0.0,
            echo_scale=rng.uniform(6, 30) if viral else 1.0,
            pinned_per_hour=0.0,
            search_per_day=organic * plan.search_share,
        )
        if pinned_at is not None and hour >= pinned_at:
            curve = replace(curve, pinned_per_hour=organic * rng.uniform(0.001, 0.006))
            pinned_at = None
        album = 1
        if post_type in ("text", "photo", "video") and rng.random() < plan.habit.album_share:
            album = rng.choices((2, 3, 4, 5, 6), (0.35, 0.25, 0.2, 0.1, 0.1))[0]
        group = None
        if album > 1:
            group, next_group = next_group, next_group + rng.randrange(1, 10**6)
        for k in range(album):
            member = curve
            if k:
                member = replace(
                    curve,
                    organic=curve.organic * rng.uniform(0.97, 1.0),
                    posted_hour=hour + k / 3600,
                )
            drafts.append((hour + k / 3600, member, post_type, appeal, viral, group, k))
    drafts.sort(key=lambda d: d[0])
    hours = [d[0] for d in drafts]
    posts = []
    for index, (hour, curve, post_type, appeal, viral, group, k) in enumerate(drafts):
        bought_reactions = 0.0
        if bots is not None:
            deliveries, bought_reactions = bots.deliveries(
                rng, plan, hour, curve, post_type == "ad", k
            )
            if deliveries:
                curve = replace(
                    curve, deliveries=deliveries, bot_views=sum(d[2] for d in deliveries)
                )
        age = end - hour
        views = read_views(curve, age, rng)
        snapshots = []
        for sync in syncs[bisect.bisect_right(syncs, hour) :]:
            newer = bisect.bisect_left(hours, sync) - index - 1
            if newer < _LATEST_READ and (sync == syncs[0] or sync - hour <= _FRESH_HOURS):
                reading = views if sync == end else read_views(curve, sync - hour, rng)
                snapshots.append((round(sync - hour, 4), reading))
        _, react_factor, forward_factor = _TYPES[post_type]
        organic_now = curve.organic_at(age)
        reactions = poisson(rng, organic_now * plan.reaction_rate * react_factor * appeal**0.5)
        if bought_reactions and curve.bot_views:
            reactions += round(bought_reactions * curve.bots_at(age) / curve.bot_views)
        forwards = poisson(rng, organic_now * plan.forward_rate * forward_factor * min(appeal, 4.0)
                           * (rng.uniform(3, 10) if viral else 1.0))  # fmt: skip
        if k > 0:
            text = ""
        elif post_type == "ad":
            text = ad_text(rng)
        else:
            text = organic_text(rng, plan.theme, post_type)
        posts.append(
            SyntheticPost(
                posted_at=plan.origin + timedelta(hours=hour),
                curve=curve,
                views=views,
                forwards=forwards,
                reactions=reactions,
                snapshots=tuple(snapshots),
                is_ad=post_type == "ad",
                grouped_id=group,
                text=text,
            )
        )
    return posts
