"""A fourth, independent generator of synthetic Telegram channels, built from mechanisms.

Written apart from the app's detector and from the project's other synthetic generators: none of
their code or documentation was read beyond the interface (the output types at the top of
:mod:`pricing.synthetic`, the signatures of ``generate_channels``/``one_fetch``, and the benchmark's
``bought_share``), and nothing here was tuned to any detector output. It models *mechanisms* — who
reads a post, when, and what a view seller delivers — and lets the statistics follow from them.
numpy only; ``numpy.random`` ``default_rng([seed, kind index, i])`` per channel, so every channel is
reproducible on its own.

Rooms: this module assembles channels; :mod:`pricing.synthetic_blind4_world` holds the calendar,
readers' clocks, posting and subscribers; :mod:`pricing.synthetic_blind4_readers` the organic
readers and the curve type; :mod:`pricing.synthetic_blind4_sellers` the view sellers;
:mod:`pricing.synthetic_blind4_texts` the channel kinds and texts.

**Time and place.** The fetch (``observed_at``) is uniform over Feb 2025 – Nov 2026; posts cover the
``days`` before it. Readers' activity is a 24-value local-hour profile (night trough 03–05 h ≈ 0.1,
flat day ≈ 1, evening peak 20–21 h ≈ 1.6, normalised to mean 1), summed over the channel's
countries: Moscow time with share U(0.5, 1) plus 0–3 other audiences (Siberia UTC+7,
Kazakhstan/Uzbekistan +5, Belarus/Ukraine +2, Caucasus +4, Turkey +3, Germany/EU +1, Israel +2, USA
−5; Dirichlet(1) shares of the rest); city channels have one home zone only. Weekends multiply
activity by U(0.75, 1.15) per channel; New Year (31 Dec – 8 Jan) by 0.75, May holidays by 0.88,
July–August by 0.92. ``E(t)`` below is *activity-hours*: the integral of this rate (15-minute grid),
so a post at 23:00 waits for morning.

**Channel kinds** (organic ``base_kind``; weights; subscribers log-uniform; posts a day; mean burst;
views per subscriber factor ``reach``; notified share; backlog depth; discovery share; reactions and
forwards per organic view):

====== ==== ======= ======= ===== ========= ========= ===== ========= ======= ========
kind   w    subs    posts/d burst reach     notified  depth disc.     react.  forwards
====== ==== ======= ======= ===== ========= ========= ===== ========= ======= ========
news   0.20 5k–1M   6–20    1.5–3 0.06–0.30 0.05–0.20 3–8   0.05–0.15 0.3–2%  0.3–1.5%
author 0.18 1k–150k 0.7–3   1–1.5 0.15–0.60 0.20–0.45 6–20  0.05–0.20 2–7%    0.2–1%
expert 0.17 1k–80k  0.3–1.5 1–1.3 0.20–0.60 0.15–0.40 8–25  0.10–0.30 1–3%    1–4%
memes  0.15 10k–1M  5–15    1.5–4 0.05–0.25 0.03–0.12 3–10  0.05–0.20 2–8%    0.5–3%
city   0.12 3k–200k 3–10    1.2–2 0.10–0.40 0.08–0.25 4–12  0.03–0.10 0.5–2%  0.5–2%
deals  0.10 5k–500k 10–30   2–5   0.03–0.15 0.02–0.10 2–6   0.02–0.08 0.2–1%  0.5–2%
brand  0.08 1k–50k  0.3–1   1–1.2 0.10–0.35 0.10–0.30 8–20  0.03–0.10 0.5–2%  0.1–0.6%
====== ==== ======= ======= ===== ========= ========= ===== ========= ======= ========

(``author_blog``, ``niche_expert``, ``city_local`` in full.) Ads are U(ads) of posts: news 2–15 %,
author 5–30 %, expert 0–20 %, memes 5–30 %, city 5–25 %, deals 20–45 %, brand 0–2 %. A viral post
happens with probability 1 % (news, author), 2 % (expert, city), 3 % (memes), 0.5 % (deals, brand)
per posting event; 20/10/40/5/20/5/50 % of channels are embedded on websites.

**Posting.** The admin (home zone) opens posting sessions as a Poisson process per day with rate
``posts a day / burst``, × U(0.2, 1.1) at weekends, × season² (holidays), and 4 % of days off; the
session hour follows the readers' profile with 00–06 h × 0.3. A session publishes Geometric(1/burst)
posts 1–15 min apart; a post is an album of 2–6 messages (shared ``grouped_id``, near-equal views
× U(0.96, 1)) with probability U(0.02, 0.2) per channel. Styles: plain 40 %, photo 30 %, long 15 %,
poll 5 %, repost 10 % (ads are their own style).

**Subscribers** (hourly): start size log-uniform as above; daily drift N(+0.1 %, 0.25 %) per channel
with daily noise sd 0.15 %; 35 % of channels bought an ad elsewhere — +3–20 % over 12–48 h,
newcomers reading at 40–70 %; a viral post brings +0.5–4 % over 24 h (reading at 60 %). Views follow
the *reading* audience, not the count.

**Organic views of a posting event** with reading audience ``S`` at posting time::

    R = S · reach · appeal · style,   appeal ~ lognormal(0, U(0.15, 0.4)),
    style: ad U(0.75, 0.95), photo 1.05, long 0.95, repost 0.9, else 1.
    views(a) = R · [ n · (1 − exp(−E/0.35))                                 notified readers
                   + m · Σ_g s_g ∫ r_g A(t) exp(−r_g E) exp(−newer(t)/D) dt  muted readers, backlog
                   + d · (1 − (1 + E/τ_d)^(−α))                              forwards, search
                   + w · ln(1 + a/τ_w) / ln(1 + 720/τ_w) ]                   website embeds
               + V · E^k / (c^k + E^k)                                        viral cascade

``n`` notified share (table); muted share ``m = 1 − n − d − w``, split into frequent readers (share
U(0.4, 0.75), sessions at rate r = U(0.08, 0.35) per activity-hour) and occasional readers (r =
U(0.02, 0.06)). A muted reader reads the post at their first session after it, unless ``newer``
posts have piled up since: they then read it with probability exp(−newer/D) (``D`` the depth in
the table) — so a burst's posts get their views together, the latest ones more. Discovery: τ_d
U(6, 48) h, α U(0.5, 1.2) (a power-law tail). Web embeds: share U(0.03, 0.15), τ_w U(2, 24) h, on
wall-clock age ``a`` (websites are read around the clock). Viral: V = R · lognormal(ln 3, 0.6),
c U(6, 48) activity-hours, k U(1.5, 3) (log-logistic). ``reach`` is also × U(0.3, 1) for botted
channels (part of their audience was bought). Curves are tabulated (2-min steps to 2 h, 15 min to
48 h, hourly to 168 h, 4 h after) and read by linear interpolation; they never decrease.

**Engagement** at the fetch, on organic views only: reactions ~ Poisson(views · rate · appeal^1.5 ·
style) with style photo 1.3, plain 1, long 0.9, repost 0.7, poll 0.5, ad 0.25 (album: first message
only); 15 % of channels have reactions off. Forwards ~ Poisson(views · rate · appeal² · style) with
long 2, plain/photo 1, repost 0.5, poll 0.3, ad 0.15, viral × 5; other album messages × 0.1.

**Ads.** Texts carry "Реклама"/erid/#реклама with probability U(0.5, 0.95) per channel; the rest
60 % a bare t.me/+ link, 40 % nothing. Half the channels run "1/24" ads: U(0, 0.7) of ads are
deleted a day after posting, so a fetch never sees them once older than 24 h.

**View sellers** (botted ``base_kind`` = strategy; weight; target share ``s`` of bot views on a
bought post; service): instant_all 0.20, 0.45–0.95, instant; smart_all 0.20, 0.30–0.85, spread;
geo_all 0.10, 0.30–0.80, geo; natural_mimic 0.15, 0.15–0.55, natural; some_days 0.12, 0.35–0.85,
instant or spread (a day is covered with probability U(0.5, 0.85)); ads_first 0.08, 0.30–0.80,
instant or spread (every ad, with a 1–2× package, and other posts with probability U(0.4, 0.8));
topup_underperformers 0.15, 0.20–0.60, spread (the admin looks at U(2, 12) h and, if the post is
behind a 24 h target of U(1.3, 3) × the channel's median, buys the missing views, guessing the rest
of the post's day from the channel's usual curve). The package is the price-list tier (100 … 100,000
views, 18 tiers) nearest in log to ``median organic 7-day views · s / (1 − s)``; each delivery is ×
U(0.98, 1.08); "all" strategies miss 3 % of posts. Delivery by age after a start delay: instant —
delay U(0, 0.1) h, 1 − exp(−t/τ), τ U(0.05, 0.3) h; spread — delay U(0.02, 0.25) h, 1 − (1 − t/D)^p
over D U(1, 6) h, p U(1, 2.5); geo — Moscow activity-hours, 1 − exp(−3 E/D), D U(1, 6); natural —
w(1 − exp(−t/τ)) + (1 − w)(t/T)^0.6, w U(0.4, 0.7), τ U(0.7, 3) h, T U(24, 72) h. 40 % of botted
channels also buy reactions (the tier of 1–5 % of the package, 10 … 1,000) and 20 % forwards (0.2–1
%, 5 … 100), delivered with the views; 60 % buy subscribers who never read: drip (+0.5–3 % a day for
3–15 days) or a jump (+10–60 % within 2–8 h), 0–30 % of them purged over 1–3 weeks.

**What the app saw.** The buyer tracked the channel for log-uniform 0.5–21 days before the fetch and
opened the app (Moscow time, 08–23:30) Poisson(U(1, 4)) times a working day, half as often at
weekends; 30 % of buyers leave it open 0.5–4 h, syncing hourly. A sync reads the latest 100 messages
(the posts and a subscriber count); the fetch is the last sync. The counter the API returns lags
the true count by U(0, 5) minutes per channel; readings are the curve at that lagged age, rounded.
``one_fetch`` keeps only the fetch.

**Measured** (seeds 2041 and 2042, 150 + 150 channels each; median over a channel's posts of
bot views / views at 168 h, then the median over channels): instant_all 0.74 / 0.68, smart_all
0.61 / 0.52, geo_all 0.59 / 0.52, natural_mimic 0.31 / 0.41, some_days 0.47 / 0.40, ads_first
0.43 / 0.41, topup_underperformers 0.48 / 0.51; all botted 0.54 / 0.52, 10th–90th percentile
0.29–0.81 (a few some_days/ads_first channels have a median post with nothing bought). Organic
7-day views per subscriber: 10th/50th/90th percentile 0.04 / 0.15–0.16 / 0.38–0.40; views in the
first hour / views at 24 h, median 0.43–0.44. 150 + 150 channels take 40–50 s on an
idle 2-core machine, 60–85 s when it is shared.
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
            t = (day + timedelta(hours=float(rng.uniform(8, 23.5)) - 3)).replace(microsecond=0)
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
