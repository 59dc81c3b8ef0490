"""A fourth, independent generator of synthetic Telegram channels, built from mechanisms.

DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import datetime, timedelta

import numpy as np

from pricing.synthetic import SyntheticChannel, SyntheticPost
from pricing.synthetic_blind4_readers import Blind4Curve, age_grid, draw_readership, organic_tables
from pricing.synthetic_blind4_sellers import (
    FORWARD_PACKS,
    REACTION_PACKS,
    choose_packages,
    delivered,
    draw_purchase,
    tier,
)
from pricing.synthetic_blind4_texts import (
    PROFILES,
    STYLE_FORWARDS,
    STYLE_REACTIONS,
    STYLE_VIEWS,
    post_text,
)
from pricing.synthetic_blind4_world import (
    COUNTRIES,
    STEP_HOURS,
    build_timeline,
    draw_country_mix,
    draw_observed_at,
    plan_posts,
    simulate_subscribers,
)

KINDS = ("organic", "botted")


def _log_uniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(np.exp(rng.uniform(np.log(lo), np.log(hi))))


def _tracking_times(rng: np.random.Generator, observed_at: datetime) -> list[datetime]:
    """When the app synced while the buyer tracked the channel, ending with the fetch itself.

    Tracking began 0.5–21 days before the fetch (log-uniform). The buyer (Moscow time) opens the app
    Poisson(1–4) times a working day, half as often at weekends, at 8–23 h; 30 % of buyers leave it
    open 0.5–4 h after opening, and it syncs every hour while open.
    """
    began = observed_at - timedelta(days=_log_uniform(rng, 0.5, 21))
    per_day = rng.uniform(1, 4)
    leaves_open = rng.random() < 0.3
    times: list[datetime] = []
    day = (began + timedelta(hours=3)).replace(hour=0, minute=0, second=0, microsecond=0)
    while day <= observed_at + timedelta(hours=3):
        rate = per_day * (0.5 if day.weekday() >= 5 else 1.0)
        for _ in range(int(rng.poisson(rate))):
            t = day + timedelta(hours=float(rng.uniform(8, 23.5)) - 3)
            times.append(t)
            if leaves_open:
                for h in range(1, int(rng.uniform(0.5, 4)) + 1):
                    times.append(t + timedelta(hours=h))
        day += timedelta(days=1)
    times = sorted(t for t in times if began <= t < observed_at)
    return [*times, observed_at]


def generate_channel(
    rng: np.random.Generator, kind: str, days: int = 30, username: str = ""
) -> SyntheticChannel:
    """One channel: its audience, posts, curves, counts and the buyer's tracking readings."""
    names = list(PROFILES)
    weights = np.array([PROFILES[n]["weight"] for n in names])
    channel_kind = str(rng.choice(names, p=weights / weights.sum()))
    prof = PROFILES[channel_kind]
    purchase = draw_purchase(rng) if kind == "botted" else None
    observed_at = draw_observed_at(rng)
    first = observed_at - timedelta(days=days)
    max_age = 24 * days + 48
    mix = draw_country_mix(rng, prof["local"])
    start = first - timedelta(days=3)
    timeline = build_timeline(
        start,
        (observed_at - start).total_seconds() / 3600 + max_age + 8,
        mix,
        float(rng.uniform(0.75, 1.15)),
    )
    plans = plan_posts(
        rng,
        first - timedelta(days=2),
        observed_at,
        posts_per_day=float(rng.uniform(*prof["ppd"])),
        burst_mean=float(rng.uniform(*prof["burst"])),
        album_rate=float(rng.uniform(0.02, 0.2)),
        ad_rate=float(rng.uniform(*prof["ads"])),
        weekend_posting=float(rng.uniform(0.2, 1.1)),
        admin_offset=COUNTRIES[max(mix, key=mix.get)],
    )
    if not plans:
        plans = plan_posts(
            rng, observed_at - timedelta(hours=30), observed_at, 2.0, 1.0, 0.0, 0.0, 1.0, 3
        )
    # One entry per posting event (albums share a curve).
    events: dict[int, list] = {}
    for p in plans:
        events.setdefault(p.event, []).append(p)
    event_ids = sorted(events)
    event_times = [events[e][0].posted_at for e in event_ids]
    event_index = np.array(
        [int(np.ceil((t - start).total_seconds() / 3600 / STEP_HOURS)) for t in event_times]
    )
    in_window = np.array([t >= first for t in event_times])
    viral_rate = prof["viral"]
    viral_flag = rng.random(len(event_ids)) < viral_rate
    viral_flag &= in_window
    subs = simulate_subscribers(
        rng,
        start,
        int((observed_at - start).total_seconds() // 3600) + 2,
        _log_uniform(rng, *prof["size"]),
        growth_per_day=float(rng.normal(0.001, 0.0025)),
        campaign=bool(rng.random() < 0.35),
        viral_times=[t for t, v in zip(event_times, viral_flag, strict=True) if v],
        bought_subs=purchase.subscribers if purchase else None,
    )
    readers = draw_readership(rng, prof)
    reach_frac = _log_uniform(rng, *prof["reach"])
    if purchase:
        reach_frac *= float(rng.uniform(0.3, 1.0))  # bought audiences dilute the live one
    appeal_sd = float(rng.uniform(0.15, 0.4))
    sel = np.flatnonzero(in_window)
    first_plan = [events[event_ids[j]][0] for j in sel]
    appeal = np.exp(rng.normal(0, appeal_sd, size=len(sel)))
    style_factor = np.array(
        [rng.uniform(0.75, 0.95) if p.is_ad else STYLE_VIEWS[p.style] for p in first_plan]
    )
    reading = np.array([subs.at(p.posted_at)[1] for p in first_plan])
    reach = reading * reach_frac * appeal * style_factor
    viral = np.where(
        viral_flag[sel], reach * np.exp(rng.normal(np.log(3), 0.6, size=len(sel))), 0.0
    )
    ages = age_grid(max_age)
    organic = organic_tables(
        timeline,
        readers,
        event_index[sel],
        event_index,
        reach,
        viral,
        rng.uniform(6, 48, size=len(sel)),
        rng.uniform(1.5, 3.0, size=len(sel)),
        ages,
    )
    organic = np.maximum.accumulate(organic, axis=1)
    bots = np.zeros_like(organic)
    packages = np.zeros(len(sel))
    delivery = np.zeros_like(organic)
    if purchase:
        at = lambda h: np.array([np.interp(h, ages, row) for row in organic])  # noqa: E731
        days_of = np.array(
            [int((p.posted_at - first).total_seconds() // 86400) for p in first_plan]
        )
        packages, begin, which = choose_packages(
            rng,
            purchase,
            at(168),
            at(purchase.check_hours),
            at(24),
            days_of,
            np.array([p.is_ad for p in first_plan]),
            np.arange(len(sel)),
        )
        for k, service in enumerate(purchase.services):
            rows = np.flatnonzero((which == k) & (packages > 0))
            if not len(rows):
                continue
            geo = None
            if service.mode == "geo":
                base = event_index[sel][rows]
                idx = np.minimum(
                    base[:, None] + np.round(ages / STEP_HOURS).astype(int)[None, :],
                    len(timeline.geo_cumulative) - 1,
                )
                geo = timeline.geo_cumulative[idx] - timeline.geo_cumulative[base][:, None]
            delivery[rows] = delivered(service, ages, begin[rows], geo)
        bots = packages[:, None] * delivery
    tables = organic + bots
    reactions_on = rng.random() > 0.15
    rr, fr = rng.uniform(*prof["rr"]), rng.uniform(*prof["fr"])
    marked = float(rng.uniform(0.5, 0.95))
    deletes_ads = float(rng.uniform(0, 0.7)) if rng.random() < 0.5 else 0.0
    lag_minutes = float(rng.uniform(0, 5))
    syncs = _tracking_times(rng, observed_at)
    all_times = sorted(p.posted_at for p in plans)

    def window_start(t: datetime) -> datetime:
        """A sync reads the channel's latest 100 messages: the oldest one it still reaches."""
        k = bisect.bisect_left(all_times, t)
        return all_times[max(k - 100, 0)] if k else t

    posts: list[SyntheticPost] = []
    for row, j in enumerate(sel):
        group = events[event_ids[j]]
        posted_at = group[0].posted_at
        age_now = (observed_at - posted_at).total_seconds() / 3600
        if group[0].is_ad and age_now > 24 and rng.random() < deletes_ads:
            continue  # a "1/24" ad: deleted a day after posting, so the fetch never sees it
        org_now = float(np.interp(age_now, ages, organic[row]))
        got = float(np.interp(age_now, ages, delivery[row])) if packages[row] else 0.0
        style = group[0].style
        for m, plan in enumerate(group):
            share = (
                1.0 if m == 0 else float(rng.uniform(0.96, 1.0))
            )  # album messages: near-equal counts
            curve = Blind4Curve(
                ages, (tables[row] * share).astype(np.float32), float(packages[row] * share)
            )
            seen_lag = lag_minutes / 60
            views = round(curve.views_at(max(age_now - seen_lag, 0.0)))
            r = 0
            if reactions_on and m == 0:
                r = int(rng.poisson(org_now * rr * appeal[row] ** 1.5 * STYLE_REACTIONS[style]))
                if purchase and purchase.reactions and packages[row]:
                    r += round(tier(packages[row] * rng.uniform(0.01, 0.05), REACTION_PACKS) * got)
            f_rate = fr * appeal[row] ** 2 * STYLE_FORWARDS[style] * (5 if viral[row] else 1)
            f = (
                int(rng.poisson(org_now * f_rate))
                if m == 0
                else int(rng.poisson(org_now * f_rate * 0.1))
            )
            if m == 0 and purchase and purchase.forwards and packages[row]:
                f += round(tier(packages[row] * rng.uniform(0.002, 0.01), FORWARD_PACKS) * got)
            read_at = [t for t in syncs[:-1] if window_start(t) <= posted_at < t]
            if read_at:
                a = np.array([(t - posted_at).total_seconds() / 3600 for t in read_at])
                seen = np.interp(np.maximum(a - seen_lag, 0.0), ages, curve.table)
                snaps = [(float(x), round(v)) for x, v in zip(a, seen, strict=True)]
            else:
                snaps = []
            if len(syncs) > 1:
                snaps.append((age_now, views))
            text = post_text(rng, channel_kind, style, marked) if m == 0 else ""
            posts.append(
                SyntheticPost(
                    posted_at=posted_at,
                    curve=curve,
                    views=views,
                    forwards=f,
                    reactions=r,
                    snapshots=tuple(snaps),
                    is_ad=plan.is_ad,
                    grouped_id=plan.grouped_id,
                    text=text,
                )
            )
    history = tuple((t, subs.count(t)) for t in syncs)
    return SyntheticChannel(
        kind=kind,
        base_kind=purchase.strategy if purchase else channel_kind,
        username=username,
        subscribers=subs.count(observed_at),
        posts=tuple(posts),
        subscriber_history=history,
        observed_at=observed_at,
    )


def generate_channels(
    seed: int, n_per_kind: int, kinds: tuple[str, ...] = KINDS, days: int = 30
) -> list[SyntheticChannel]:
    """``n_per_kind`` channels of each kind (organic first), reproducible from ``seed``."""
    if any(kind not in KINDS for kind in kinds):
        raise ValueError(f"kind must be one of {KINDS}")
    ordered = [k for k in KINDS if k in kinds]
    return [
        generate_channel(
            np.random.default_rng([seed, KINDS.index(kind), i]),
            kind,
            days=days,
            username=f"blind4_{kind}_{i}",
        )
        for kind in ordered
        for i in range(n_per_kind)
    ]


def one_fetch(channel: SyntheticChannel) -> SyntheticChannel:
    """The channel as one fetch sees it: each post's current views only, no subscriber history."""
    return replace(
        channel,
        posts=tuple(replace(p, snapshots=()) for p in channel.posts),
        subscriber_history=(),
    )
