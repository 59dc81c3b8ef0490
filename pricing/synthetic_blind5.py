"""Fifth blind generator of synthetic Telegram channels, organic and botted, for judging vetting.

Written without seeing the app's bought-views detector or any other synthetic generator; only
the data classes (``SyntheticPost``, ``SyntheticChannel``, ``PostStats``) and the interface of
``generate_channels``/``one_fetch`` were looked at. Nothing here was tuned to detector output.

Methods
-------
Channel. ``kind`` "organic" draws a topic (``base_kind``) uniformly from crypto_signals,
regional_news, education, humour, shop, personal_blog, official_org, tech_digest; "botted" draws
a buying strategy (``base_kind``) uniformly from the nine in
:data:`pricing.synthetic_blind5_world.STRATEGIES` and a topic as above. Per topic
(:data:`~pricing.synthetic_blind5_world.KINDS`, uniform draws): log10 subscribers (overall
2.5–6.3, i.e. ~300 to 2M before bought subscribers), posts per day, reach ratio (organic 7-day
views per subscriber at 10k subscribers, scaled by (subscribers/10⁴)^-0.08, capped at 0.95),
appeal spread σ, forwards and reactions per organic view, chance reactions are off, album share,
burst chance, weekend posting and weekend reach factors, ad share, median of the subscriber
wave. Observation time: uniform over 2025-03-01 + 0–600 days, any hour. Readers' local time is
UTC+3 (p 2/3) or UTC+2/+5/+7 (p 1/9 each).

Readers' clock. One of five daily profiles (commute, office, evening, night, flat) allowed for
the topic: a floor plus Gaussian bumps at the hours people read (e.g. commute 8:30 and 18:30,
night 0:30), normalised to mean 1. Curves run on "active hours" = integral of that weight.

Posting. Each local day: Poisson(rate × lognormal(0, 0.35) mood × weekend factor) posts; a
post's hour is drawn from the readers' weight (rejection), or for 35 % of channels half the time
from 1–3 fixed slots (± 3 min). Each post drags follow-ups 1–40 min later with the topic's burst
chance (at most 4). Latest 240 posts kept. Albums: 2–6 messages with one grouped_id, caption on
the first; ads (topic share; in half the channels sold in "1/24"-style formats and deleted 24,
48 or 72 h after posting, so older ads are gone from the fetch), giveaways (3 %, not official),
polls (4 %).

Organic views at 7 days = readers at posting time × reach ratio × appeal (lognormal(0, σ)) ×
weekend reach factor × 0.75 for ads × 1/(1 + 0.08 × posts in the previous 3 h) × (0.85 + 0.15 ×
reading weight at the posting hour), ×U(4, 25) for the one viral post (p 0.25 organic, 0.15
botted). Curve = mixture: subscriber wave U(0.55, 0.85) of log-logistic (shape U(0.9, 1.8)) or
Weibull (shape U(0.6, 1.0)), median ×lognormal(0, 0.2) per post; rest a Lomax tail (scale U(8,
40) h, power U(0.3, 1.0), still growing after weeks); "similar channels" recommendations (p 0.35
per channel: share U(0.05, 0.25), delay U(6, 48) h); reposts into chats or the channel's story,
whose views Telegram counts on the original (chance U(0.05, 0.25) per post, share U(0.05, 0.3),
delay U(0.5, 12) h, sharp); viral post: a repost wave 1–4× the rest, delay 1–20 h. Album
messages after the first: the first one's curve × U(0.93, 1); at least 3 views at 7 days.

Subscribers. Growth U(-0.3, +0.8) % a day. Ad-driven jump (p 0.3): +U(8, 40) % over U(12, 48) h,
15 % of them leave over 7 days, newcomers read 0.6 as much. Bought subscribers (strategy's
chance): 1–3 jumps of U(5, 50) % (at most 300k) (hollow_subscribers: a pre-bought base of U(1.5,
8)× the real one plus jumps of up to 100 %) over U(2, 24) h, U(5, 25) % churn over 10 days;
bought subscribers never read.

Bought views (botted). Nine strategies (:data:`~pricing.synthetic_blind5_world.STRATEGIES`:
share range of a bought post's 7-day views, share of posts bought, delivery): auto_instant
(0.55–0.95, all, instant), auto_spread (0.35–0.85, 95–100 %, spread), drip_natural (0.3–0.7,
all, drip), light_drip (0.15–0.3, all, drip), partial_30_50 (0.3–0.5, 90–100 %, spread),
top_up_target (0.2–0.6, all, spread), selective (0.35–0.8, 60–85 %, spread), farm_waves
(0.4–0.9, all, waves), hollow_subscribers (0.5–0.9, all, spread). The channel's share s ~
U(range). Package size: the auto subscriptions (auto_instant, auto_spread, farm_waves,
hollow_subscribers) buy one flat price-list package per post, the smallest on the list of at
least 85 % of median organic × s/(1-s); drip_natural, light_drip and partial_30_50 buy s'/(1-s')
× the post's organic views, s' = s + N(0, 0.05); top_up_target fills each post up to the 80th
percentile organic post ÷ (1-s), rounded to the list; selective buys a list package of s'/(1-s')
× organic on ads and on posts under 0.8 × median (p 0.95) and on others with p = its coverage.
Sellers over-deliver ×U(1, 1.12). 20 % of buyers (not selective ones) start 10–35 % into the
window; posts before are clean. Album messages all get the package of their first message.
Delivery: auto orders start U(1, 30) min after the post, manual ones (selective, top_up_target)
U(0.5, 6) h; instant: 50–80 % in the first 30 % of U(0.1, 0.7) h, the rest by its end; spread:
over U(1, 6) h on a random monotone path through 4 random knots; drip: a log-logistic (median
U(3, 12) h, shape U(1, 2)) over ~5 days; waves: 2–4 batches (Dirichlet(2) sizes) of U(0.2, 1) h
with U(1, 8) h gaps. Bought reactions (strategy's chance 0.2–0.5): U(0.5, 3) % of delivered bot
views; bought forwards (p 0.1): U(0.1, 0.3) %. Views never fall (sellers' dropped bots are
re-filled).

Engagement (honest). Forwards ~ Poisson(organic views × rate × appeal^0.8 × type factor),
reactions ~ Poisson(organic views × rate × appeal^0.5 × type factor); ads ×0.15/×0.3, giveaways
×3/×4, polls ×1/×0.4, viral ×3/×1.5, album messages after the first ×0.3/×0.2; reactions 0 when
off.

Readings. The buyer tracked the channel for the last U(1, min(days, 20)) days; the app synced on
75 % of days, 1–3 times at local 8–24 h, each time reading the latest U(40, 100) posts and the
subscriber count; the final fetch at ``observed_at`` reads every post. A reading is floor(views
× (1 - U(0, 0.8 %))) (the counter lags), never below the post's earlier reading. ``views`` is
the final reading; ``snapshots`` hold all readings of the post (the final one included) as
``(age_hours, views)``.

Measured median bought share (``bought_share`` of the bench: the median post's bot views ÷ its
views at 7 days), seed 1, 720 botted channels (63–93 per strategy): auto_instant 0.75,
auto_spread 0.63, drip_natural 0.55, light_drip 0.24, partial_30_50 0.41, top_up_target 0.60,
selective 0.60, farm_waves 0.66, hollow_subscribers 0.73; all botted 0.59 (10th–90th
percentile 0.30–0.82, range 0–0.93; under 1 % of buyers bought fewer than half their posts and
so measure 0). The same figures are in :data:`MEASURED_MEDIAN_SHARE`.

Not modelled: edits (no field shows them), comment counts, views that fall.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from pricing.synthetic import SyntheticChannel, SyntheticPost
from pricing.synthetic_blind5_curve import ReaderClock
from pricing.synthetic_blind5_posts import (
    MAX_POSTS,
    Draft,
    bot_packages,
    delivery_knots,
    organic_curve,
    schedule,
)
from pricing.synthetic_blind5_world import KINDS, STRATEGIES, post_text

CHANNEL_KINDS = ("organic", "botted")
MEASURED_MEDIAN_SHARE: dict[str, float] = {  # see the module docstring
    "auto_instant": 0.75,
    "auto_spread": 0.63,
    "drip_natural": 0.55,
    "light_drip": 0.24,
    "partial_30_50": 0.41,
    "top_up_target": 0.60,
    "selective": 0.60,
    "farm_waves": 0.66,
    "hollow_subscribers": 0.73,
    "all": 0.59,
}
_CLOCKS: dict[str, ReaderClock] = {}


def generate_channels(
    seed: int, n_per_kind: int, kinds: tuple[str, ...] = CHANNEL_KINDS, days: int = 30
) -> list[SyntheticChannel]:
    """``n_per_kind`` channels of each kind, organic first, reproducible from ``seed``."""
    if any(kind not in CHANNEL_KINDS for kind in kinds):
        raise ValueError(f"kind must be one of {CHANNEL_KINDS}")
    return [
        generate_channel(
            np.random.default_rng([seed, CHANNEL_KINDS.index(kind), i]),
            kind,
            days,
            f"blind5_{kind}_{i}",
        )
        for kind in sorted(kinds, key=CHANNEL_KINDS.index)
        for i in range(n_per_kind)
    ]


def one_fetch(channel: SyntheticChannel) -> SyntheticChannel:
    """The channel as one fetch sees it: each post's current views only, no subscriber history."""
    return replace(
        channel, posts=tuple(replace(p, snapshots=()) for p in channel.posts), subscriber_history=()
    )


def _clock(profile: str) -> ReaderClock:
    if profile not in _CLOCKS:
        _CLOCKS[profile] = ReaderClock.of(profile)
    return _CLOCKS[profile]


class _Audience:
    """Subscribers over time: real readers, ad-driven newcomers and bought accounts."""

    def __init__(self, rng: np.random.Generator, kind, start: datetime, end: datetime, strategy):
        self.start = start
        self.real = 10 ** float(rng.uniform(*kind.log10_subscribers))
        self.growth = float(rng.uniform(-0.003, 0.008))
        span = (end - start).total_seconds() / 3600
        self.jumps: list[
            tuple[float, float, float, float, float]
        ] = []  # at, size, hours, churn, reads
        if rng.random() < 0.3:
            self.jumps.append(
                (
                    rng.uniform(0.1, 0.9) * span,
                    self.real * rng.uniform(0.08, 0.4),
                    rng.uniform(12, 48),
                    0.15,
                    0.6,
                )
            )
        self.bought_base = 0.0
        if strategy is not None and rng.random() < strategy.bought_subscribers:
            top = 0.5
            if strategy is STRATEGIES["hollow_subscribers"]:  # the drawn size is mostly bought
                total = self.real
                self.real = total / (1 + float(rng.uniform(1.5, 8)))
                self.bought_base, top = total - self.real, 1.0
                for j, jump in enumerate(self.jumps):  # an ad jump scales with the real audience
                    self.jumps[j] = (jump[0], jump[1] * self.real / total, *jump[2:])
            for _ in range(int(rng.integers(1, 4))):
                self.jumps.append(
                    (
                        rng.uniform(0.05, 0.95) * span,
                        min(self.real * rng.uniform(0.05, top), 3e5),
                        rng.uniform(2, 24),
                        rng.uniform(0.05, 0.25),
                        0.0,
                    )
                )

    def _count(self, t: datetime, readers_only: bool) -> float:
        h = (t - self.start).total_seconds() / 3600
        n = self.real * (1 + self.growth * h / 24)
        if not readers_only:
            n += self.bought_base
        for at, size, hours, churn, reads in self.jumps:
            if h <= at:
                continue
            arrived = size * min(1.0, (h - at) / hours)
            left = size * churn * min(1.0, max(0.0, h - at - hours) / (24 * (7 if reads else 10)))
            n += (arrived - left) * (reads if readers_only else 1.0)
        return max(n, 10.0)

    def readers(self, t: datetime) -> float:
        return self._count(t, True)

    def subscribers(self, t: datetime) -> int:
        return round(self._count(t, False))


def generate_channel(
    rng: np.random.Generator, kind: str, days: int, username: str
) -> SyntheticChannel:
    """One channel of ``kind`` ("organic" or "botted") over the last ``days`` days."""
    topic = str(rng.choice(list(KINDS)))
    k = KINDS[topic]
    strategy_name = str(rng.choice(list(STRATEGIES))) if kind == "botted" else None
    strategy = STRATEGIES[strategy_name] if strategy_name else None
    observed_at = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(
        minutes=int(rng.integers(0, 600 * 24 * 60))
    )
    start = observed_at - timedelta(days=days)
    offset = int(rng.choice([3, 3, 3, 3, 3, 3, 2, 5, 7]))
    clock = _clock(str(rng.choice(k.profiles)))
    audience = _Audience(rng, k, start, observed_at, strategy)
    reach_ratio = min(float(rng.uniform(*k.reach_ratio)) * (audience.real / 1e4) ** -0.08, 0.95)
    slots = (
        tuple(float(x) for x in rng.uniform(7, 22, int(rng.integers(1, 4))))
        if rng.random() < 0.35
        else ()
    )
    weibull = rng.random() < 0.35
    channel = {
        "first_family": "weibull" if weibull else "loglogistic",
        "first_shape": float(rng.uniform(0.6, 1.0) if weibull else rng.uniform(0.9, 1.8)),
        "first_wave_hours": float(rng.uniform(*k.first_wave_hours)),
        "tail_scale": float(rng.uniform(8, 40)),
        "tail_power": float(rng.uniform(0.3, 1.0)),
        "recommended": float(rng.uniform(0.05, 0.25)) if rng.random() < 0.35 else 0.0,
        "repost_chance": float(rng.uniform(0.05, 0.25)),
    }
    times = schedule(rng, k, clock, start, observed_at, offset, slots)
    drafts = _drafts(rng, k, topic, times, kind)
    if rng.random() < 0.5:  # "1/24", "2/48" ad formats: the ad is deleted after a day or three
        life = timedelta(hours=float(rng.choice([24, 48, 72])))
        drafts = [d for d in drafts if not d.is_ad or observed_at - d.posted_at < life]
    organic: list[float] = []
    for i, d in enumerate(drafts):
        local = d.posted_at + timedelta(hours=offset)
        hour = local.hour + local.minute / 60
        if d.first_in_album:
            crowd = sum(
                1
                for e in drafts[max(0, i - 30) : i]
                if e.first_in_album
                and timedelta(0) < d.posted_at - e.posted_at < timedelta(hours=3)
            )
            appeal = math.exp(rng.normal(0, k.appeal_sigma)) * (
                float(rng.uniform(4, 25)) if d.post_type == "viral" else 1
            )
            target = (
                audience.readers(d.posted_at)
                * reach_ratio
                * appeal
                / (1 + 0.08 * crowd)
                * (k.weekend_reading if local.weekday() >= 5 else 1.0)
                * (0.75 if d.is_ad else 1.0)
                * (0.85 + 0.15 * min(clock.weight(hour), 2.0) / 2.0)
                * (1.5 if d.post_type == "giveaway" else 1.0)
            )
            d.curve = organic_curve(rng, max(target, 3.0), clock, hour, channel, d)
            d.appeal = appeal
        else:  # album messages after the first: nearly the same readers
            head = drafts[i - 1]
            d.curve = replace(
                head.curve, organic=head.curve.organic * float(rng.uniform(0.93, 1.0))
            )
            d.appeal = head.appeal
        organic.append(d.curve.organic_at(168.0))
    bots = [0.0] * len(drafts)
    react_bought = fwd_bought = 0.0
    if strategy is not None and drafts:
        buy_from = (
            start + timedelta(days=days * float(rng.uniform(0.1, 0.35)))
            if rng.random() < 0.2 and strategy_name != "selective"
            else start
        )
        heads = [i for i, d in enumerate(drafts) if d.first_in_album]
        packs = bot_packages(
            rng,
            strategy,
            strategy_name,
            [drafts[i] for i in heads],
            [organic[i] for i in heads],
            buy_from,
        )
        manual = strategy_name in ("selective", "top_up_target")
        by_head = dict(zip(heads, packs, strict=True))
        knots = None
        for i, d in enumerate(drafts):
            if d.first_in_album:
                bots[i] = by_head[i]
                knots = delivery_knots(rng, strategy.delivery, manual) if bots[i] else None
            else:
                bots[i] = bots[i - 1]  # sellers deliver the package to every message of an album
            if bots[i]:
                d.curve = replace(d.curve, bot_views=bots[i], bot_knots=knots)
        react_bought = (
            float(rng.uniform(0.005, 0.03)) if rng.random() < strategy.bought_reactions else 0.0
        )
        fwd_bought = float(rng.uniform(0.001, 0.003)) if rng.random() < 0.1 else 0.0
    reactions_on = rng.random() >= k.reactions_off
    fwd_rate, react_rate = float(rng.uniform(*k.forward_rate)), float(rng.uniform(*k.reaction_rate))
    readings = _readings(rng, drafts, audience, observed_at, days, offset)
    posts = []
    for i, d in enumerate(drafts):
        snaps = readings[i]
        age = (observed_at - d.posted_at).total_seconds() / 3600
        organic_now = d.curve.organic_at(age)
        bots_now = d.curve.bots_at(age)
        f_type, r_type = _type_factors(d)
        fwd = rng.poisson(organic_now * fwd_rate * d.appeal**0.8 * f_type) + rng.poisson(
            bots_now * fwd_bought
        )
        react = rng.poisson(organic_now * react_rate * d.appeal**0.5 * r_type) + rng.poisson(
            bots_now * react_bought
        )
        posts.append(
            SyntheticPost(
                posted_at=d.posted_at,
                curve=d.curve,
                views=snaps[-1][1],
                forwards=int(fwd),
                reactions=int(react) if reactions_on else 0,
                snapshots=tuple(snaps),
                is_ad=d.is_ad,
                grouped_id=d.grouped_id,
                text=post_text(rng, topic, d.is_ad, d.post_type) if d.first_in_album else "",
            )
        )
    history = readings[-1]
    return SyntheticChannel(
        kind=kind,
        base_kind=strategy_name or topic,
        username=username,
        subscribers=audience.subscribers(observed_at),
        posts=tuple(posts),
        subscriber_history=tuple(history),
        observed_at=observed_at,
    )


def _drafts(
    rng: np.random.Generator, k, topic: str, times: list[datetime], kind: str
) -> list[Draft]:
    """Posting times turned into messages: ads, albums, giveaways, polls, one viral post maybe."""
    ad_share = float(rng.uniform(*k.ad_share))
    drafts: list[Draft] = []
    group = int(rng.integers(10**12, 10**13))
    for t in times:
        is_ad = rng.random() < ad_share
        kind_of = "text"
        if not is_ad and topic != "official_org" and rng.random() < 0.03:
            kind_of = "giveaway"
        elif not is_ad and rng.random() < 0.04:
            kind_of = "poll"
        if kind_of == "text" and not is_ad and rng.random() < k.album_share:
            group += 1
            for j in range(int(rng.integers(2, 7))):
                drafts.append(Draft(t, False, group, "text", j == 0))
        else:
            drafts.append(Draft(t, is_ad, None, kind_of))
    while len(drafts) > MAX_POSTS or (drafts and not drafts[0].first_in_album):
        drafts.pop(0)  # a fetch reads the latest messages only
    heads = [d for d in drafts if d.first_in_album and not d.is_ad and d.post_type == "text"]
    if heads and rng.random() < (0.25 if kind == "organic" else 0.15):
        viral = heads[int(rng.integers(0, len(heads)))]
        if viral.grouped_id is None:
            viral.post_type = "viral"
    return drafts


def _type_factors(d: Draft) -> tuple[float, float]:
    """(forwards, reactions) multipliers by the kind of message."""
    if not d.first_in_album:
        return 0.3, 0.2
    if d.is_ad:
        return 0.15, 0.3
    return {"giveaway": (3.0, 4.0), "poll": (1.0, 0.4), "viral": (3.0, 1.5)}.get(
        d.post_type, (1.0, 1.0)
    )


def _readings(
    rng, drafts: list[Draft], audience: _Audience, observed_at: datetime, days: int, offset: int
):
    """Per post the app's ``(age_hours, views)`` readings, and last the subscriber history."""
    tracked_days = float(rng.uniform(1, max(1.0, min(days, 20))))
    tracked_from = observed_at - timedelta(days=tracked_days)
    syncs: list[datetime] = []
    day = tracked_from
    while day < observed_at:
        if rng.random() < 0.75:
            for _ in range(int(rng.integers(1, 4))):
                local_midnight = (day + timedelta(hours=offset)).replace(hour=0, minute=0, second=0)
                t = (
                    local_midnight
                    - timedelta(hours=offset)
                    + timedelta(hours=float(rng.uniform(8, 24)))
                )
                if tracked_from <= t < observed_at:
                    syncs.append(t.replace(microsecond=0))
        day += timedelta(days=1)
    syncs = sorted(set(syncs))
    limit = int(rng.integers(40, 101))
    readings: list[list[tuple[float, int]]] = [[] for _ in drafts]
    times = [d.posted_at for d in drafts]
    history = []
    for s in [*syncs, observed_at]:
        posted = [i for i, t in enumerate(times) if t < s]
        if s != observed_at:
            posted = posted[-limit:]
        for i in posted:
            age = (s - times[i]).total_seconds() / 3600
            value = math.floor(drafts[i].curve.views_at(age) * (1 - float(rng.uniform(0, 0.008))))
            if readings[i]:
                value = max(value, readings[i][-1][1])
            readings[i].append((round(age, 4), int(value)))
        history.append((s, audience.subscribers(s)))
    return [*readings, history]
