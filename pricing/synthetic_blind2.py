"""A second blind generator of synthetic channels, with its own model, for judging the vetting.

Written without reading the quality signals, their thresholds, the benchmark's judging or the
other generators' models (only the output types of :mod:`pricing.synthetic` and the interface
of :mod:`pricing.synthetic_blind`); nothing here was adjusted after seeing how the signals score
it. It returns :class:`pricing.synthetic.SyntheticChannel` objects whose posts carry a
:class:`pricing.synthetic_blind2_curve.Blind2Curve` (``views_at(age)``, ``organic`` = organic
views at 7 days, ``bot_views`` = the whole bought package). Default sets: seeds 2032 and 2033,
``generate_channels(seed, 150)`` = 150 organic + 150 botted channels. Channel ``i`` of a kind
comes from its own numpy generator seeded with ``(seed, kind, i)``.

**Channels.** Subscribers 500–500,000 (log-uniform, bought ones included). A channel has a
*format* that sets its pace and content mix, an *audience* whose clock may differ from the
admin's, and a history:

=========  ============  ==============================================
format     posts a day   content mix (news / meme / longread / photo)
=========  ============  ==============================================
news       4–12          0.75 / 0.05 / 0.10 / 0.10
memes      3–10          0.05 / 0.80 / 0.00 / 0.15
longreads  0.3–1.5       0.10 / 0.00 / 0.80 / 0.10
mixed      1–4           0.30 / 0.25 / 0.25 / 0.20
=========  ============  ==============================================

* Audience: "day" (evening peak), "night" (peak 22:00–02:00, 20 % of channels) or "office" (working
  hours, weekends × 0.5–0.7); readers' clock is the admin's (3 in 7 channels) or +2, +4, +8 or −5
  hours off it (a Moscow admin writing for Siberia, a channel for emigrants). Hourly weights get
  ±15 % per-channel jitter. The admin posts in his own waking hours (8:00–24:00), 40 % of admins by
  a schedule of fixed slots (± 5 min), the rest at random times with bursts of 2–3 posts minutes
  apart.
* 15 % of channels went silent for 7–20 days inside the month and then restarted: the first
  posts after the break reach 40–70 % of the usual readers, recovering over 5–10 days.
* Ads: 0–30 % of posts (15–35 % in channels that buy views only on ads); 75 % carry a marker; an ad
  reaches 60–90 % of a usual post's readers.

**Organic views of a post** at age ``t`` hours: three audiences.

* *Subscribers*: ``R · (1 − (1 + E(t)/(α τ))^−α)`` – a Lomax mixture of readers who open the
  app at different rates (α 1.2–3, τ 2–10 activity-hours, × 0.6 for news, × 1.8 for longreads).
  ``E(t)`` is *exposure*: the hourly reader activity (weekly profile in the audience's local
  time) summed over the post's life, each hour divided by ``1 + newer/depth`` where ``newer``
  is how many later posts sit above it in the feed (``depth`` 3–10, × 2 for longreads). So a
  busy channel buries its own posts, and a post at 03:00 for a day audience waits till morning.
* ``R`` = real subscribers at posting × the channel's read rate (0.12–0.6 for 10k subscribers, ×
  (subscribers/10k)^−0.1) × the content type's weight (news 1.0, meme 1.1, longread 0.8, photo 0.9)
  × ``appeal^0.6``; ``appeal`` is per post, lognormal(0, 0.3–0.6), the same for views, forwards and
  reactions.
* *Evergreen trickle*: ``R · g · ln(1 + t/48)`` from search and links (g 0.03–0.10 for
  longreads, 0.01–0.04 for photos/memes, 0.002–0.004 for news) – old posts keep growing slowly.
* *Reposts*: a post is reposted by a bigger channel with probability ``0.02 · appeal^1.5``
  (max 0.3), 2–72 h after posting, bringing non-subscriber readers worth 0.1–1.5 × the
  channel's subscribers (log-uniform) within a time constant of 0.5–3 h; those readers forward
  3–8 % of what they see.
* Engagement rises with appeal and differs by type: forwards ``base · appeal^0.8`` (news 0.6 %,
  meme 2.5 %, longread 1.5 %, photo 0.8 %), reactions ``base · appeal^0.5`` (news 1.5 %, meme
  4 %, longread 2 %, photo 3 %); 15 % of channels have reactions off.
* Subscribers: −0.3…+1 % a day; 20 % of organic channels (and 10 % of botted ones) run an ad
  campaign: a jump of 8–30 % in a day whose newcomers read at 40–80 % of the old read rate;
  a repost converts 0.5–3 % of its readers into subscribers on that day.

**Botted channels** (kind "botted"; ``base_kind`` is the buying strategy) are organic channels
as above whose admin also buys:

* ``all_posts`` (40 %): every post, the median bought post 40–90 % bots;
* ``most_posts`` (30 %): 60–90 % of the posts, median share 30–70 %;
* ``ads_only`` (30 %): the ad posts (and 0–20 % of the others), median share 20–40 %.

Packages come from 1–3 *sellers* per channel, each post from one of them (weights Dirichlet(1));
each seller has its own delivery: ``instant`` (time constant 5–20 min), ``linear`` over 1–6 h,
``mimic`` (a slow drip shaped like a reader curve, τ 2–6 h, complete by ≤ 120 h) or ``staged`` (70
% at once, 30 % a day later, 18–30 h). Package size by channel: *fixed* (the same package on every
bought post, snapped to a seller's round size when within 10 %, ± 3 %), *top-up* (bots fill each
post up to a target, at least 5 % of it), or *proportional* (share drawn per post around the
target, ± 20 %); each keeps the median bought post's share at the channel's target. 40 % also buy
reactions at 1–4 % of the bot views; 50 % buy subscribers that never read: 1–3 packages of 10–100 %
of the real subscribers over 0.5–2 days, of which 5–25 % are removed over the next week.

**Readings.** *Tracked* (``generate_channels``): the buyer tracks the channel from 3–30 days before
the fetch; the app reads on opening, 0–4 times a day (a day without opening 15 % of the time) in
the buyer's waking hours (7:00–24:00), and reads every post younger than 7 days; the fetch itself
is the last reading. Views are the curve's value rounded down, so readings never go down.
Subscriber history: one count per day with an opening. *One fetch* (:func:`one_fetch`): each post's
current views only, no snapshots, no subscriber history.

``base_kind`` labels the buying strategy of a botted channel and the format of an organic one.
Not modelled: albums, deleted posts, edited posts, bought forwards.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from pricing.synthetic import SyntheticChannel, SyntheticPost
from pricing.synthetic_blind2_curve import (
    WEEK_HOURS,
    Blind2Curve,
    BotDelivery,
    weekly_activity,
    with_organic,
)

KINDS = ("organic", "botted")
SEEDS = (2032, 2033)
MIN_SUBSCRIBERS, MAX_SUBSCRIBERS = 500, 500_000
TRACKED_HOURS = 168.0
FORMATS = {  # posts a day, content mix (news, meme, longread, photo)
    "news": ((4.0, 12.0), (0.75, 0.05, 0.10, 0.10)),
    "memes": ((3.0, 10.0), (0.05, 0.80, 0.00, 0.15)),
    "longreads": ((0.3, 1.5), (0.10, 0.00, 0.80, 0.10)),
    "mixed": ((1.0, 4.0), (0.30, 0.25, 0.25, 0.20)),
}
CONTENT = ("news", "meme", "longread", "photo")
# per content type: read weight, tau factor, depth factor, evergreen range, forwards, reactions
_TYPE = {
    "news": (1.0, 0.6, 1.0, (0.002, 0.004), 0.006, 0.015),
    "meme": (1.1, 1.0, 1.0, (0.01, 0.04), 0.025, 0.04),
    "longread": (0.8, 1.8, 2.0, (0.03, 0.10), 0.015, 0.02),
    "photo": (0.9, 1.0, 1.0, (0.01, 0.04), 0.008, 0.03),
}
STRATEGIES = {  # median bought-post share of bot views
    "all_posts": (0.40, 0.90),
    "most_posts": (0.30, 0.70),
    "ads_only": (0.20, 0.40),
}
_STRATEGY_WEIGHTS = (0.4, 0.3, 0.3)
SELLER_STYLES = ("instant", "linear", "mimic", "staged")
_PACKAGES = (100, 200, 300, 500, 700, 1000, 1500, 2000, 3000, 5000, 7000, 10000, 15000, 20000)
_START = datetime(2026, 4, 6, tzinfo=UTC)  # a Monday
_TEXTS = {
    "news": ("Срочно: новые правила въезда с понедельника.", "Главное к этому часу."),
    "meme": ("Когда пятница, а дедлайн в понедельник 😅", "Мем дня."),
    "longread": ("Большой разбор: почему дорожает аренда. Читать 12 минут.", "Лонгрид недели."),
    "photo": ("Фото дня.", "Кадры с набережной."),
}
_AD_TEXTS = (
    "Реклама. ИП Иванов, ИНН 770000000000. erid: 2VtzqxAbC1\nКурсы английского онлайн.",
    "#реклама Подписывайтесь на канал о финансах: t.me/+QwErTy123",
    "Партнёрский пост. Скидка 15 % по промокоду SPRING.",
)
_HIDDEN_AD_TEXTS = ("Друзья запустили классный канал, загляните!", "Нашёл полезного бота.")


def _loguniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def _posting_hours(rng, days: int, per_day: float, admin_tz: int, breaks) -> list[float]:
    """Posting moments in hours since the start (UTC), in the admin's waking hours."""
    moments: list[float] = []
    scheduled = rng.random() < 0.4
    slots = np.sort(rng.uniform(8, 24, max(1, round(per_day))))
    for day in range(days):
        if breaks and breaks[0] <= day < breaks[1]:
            continue
        if scheduled:
            local = [s + rng.normal(0, 0.08) for s in slots if rng.random() < min(1.0, per_day)]
        else:
            local = []
            for _ in range(rng.poisson(per_day)):
                t = rng.uniform(8, 24)
                local.append(t)
                if rng.random() < 0.15:  # a burst: a few posts minutes apart
                    local += [t + 0.05 * k for k in range(1, int(rng.integers(2, 4)))]
        moments += [day * 24 + t - admin_tz for t in local if day * 24 + t - admin_tz >= 0]
    return sorted(moments)


def _subscriber_path(rng, days, subs_now_real, campaign, reposts):
    """Real subscribers by day (index 0..days) and the readers' weight of each day's crowd."""
    growth = rng.uniform(-0.003, 0.01)
    daily = np.exp(growth + rng.normal(0, 0.002, days + 1))
    jumps = np.ones(days + 1)
    if campaign:
        jumps[campaign[0]] *= 1 + campaign[1]
    for day, gained_share in reposts:
        jumps[day] *= 1 + gained_share
    path = np.cumprod(daily * jumps)
    return path * subs_now_real / path[-1]


def generate_channel(
    rng: np.random.Generator, kind: str, days: int = 30, username: str = "channel"
) -> SyntheticChannel:
    """One channel of ``kind`` ("organic" or "botted"); see the module docstring."""
    botted = kind == "botted"
    fmt = str(rng.choice(list(FORMATS)))
    (lo, hi), mix = FORMATS[fmt]
    per_day = _loguniform(rng, lo, hi)
    profile = str(rng.choice(["day", "night", "office"], p=[0.6, 0.2, 0.2]))
    weekend = rng.uniform(0.5, 0.7) if profile == "office" else rng.uniform(0.9, 1.15)
    activity = weekly_activity(rng, profile, weekend)
    admin_tz = int(rng.choice([2, 3, 3, 3, 5]))
    audience_tz = admin_tz + int(rng.choice([0, 0, 0, 2, 4, 8, -5]))
    breaks = None
    if rng.random() < 0.15:
        length = int(rng.integers(7, 21))
        begin = int(rng.integers(2, max(3, days - length - 3)))
        breaks = (begin, begin + length)
    recovery = rng.uniform(5, 10)
    restart_level = rng.uniform(0.4, 0.7)
    moments = _posting_hours(rng, days, per_day, admin_tz, breaks)
    if len(moments) < 5:
        moments = sorted(moments + [24.0 * days - 24 * k - 6 for k in range(1, 6)])
    observed_hours = days * 24 + rng.uniform(0, 6)
    moments = [m for m in moments if m < observed_hours - 0.2]

    strategy = str(rng.choice(list(STRATEGIES), p=_STRATEGY_WEIGHTS)) if botted else ""
    ad_rate = rng.uniform(0.15, 0.35) if strategy == "ads_only" else rng.uniform(0, 0.3)
    subs_total = _loguniform(rng, MIN_SUBSCRIBERS, MAX_SUBSCRIBERS)
    bought_subs = botted and rng.random() < 0.5
    bought_share_of_subs = rng.uniform(0.1, 1.0) if bought_subs else 0.0
    real_now = subs_total / (1 + bought_share_of_subs)
    read_rate = rng.uniform(0.12, 0.6) * (real_now / 10_000) ** -0.1
    tau = rng.uniform(2, 10)
    alpha = rng.uniform(1.2, 3.0)
    depth = rng.uniform(3, 10)
    appeal_sd = rng.uniform(0.3, 0.6)
    reactions_on = rng.random() >= 0.15
    campaign = None
    if rng.random() < (0.1 if botted else 0.2):
        campaign = (int(rng.integers(1, days)), rng.uniform(0.08, 0.3), rng.uniform(0.4, 0.8))

    # posts: type, appeal, reposts (the reposts feed the subscriber path)
    drafts = []
    reposts: list[tuple[int, float]] = []
    for m in moments:
        ctype = str(rng.choice(CONTENT, p=mix))
        appeal = float(rng.lognormal(0, appeal_sd))
        is_ad = rng.random() < ad_rate
        repost = None
        if not is_ad and rng.random() < min(0.3, 0.02 * appeal**1.5):
            at = rng.uniform(2, 72)
            readers = real_now * _loguniform(rng, 0.1, 1.5)
            repost = (at, readers, rng.uniform(0.5, 3), rng.uniform(0.03, 0.08))
            day = min(days, int((m + at) // 24))
            reposts.append((day, readers * rng.uniform(0.005, 0.03) / real_now))
        drafts.append((m, ctype, appeal, is_ad, repost))
    real_path = _subscriber_path(rng, days, real_now, campaign, reposts)

    sellers = [_seller(rng) for _ in range(int(rng.integers(1, 4)))]
    seller_weights = rng.dirichlet(np.ones(len(sellers)))
    sizing = str(rng.choice(["fixed", "top_up", "proportional"]))
    target = rng.uniform(*STRATEGIES[strategy]) if botted else 0.0
    buys_reactions = botted and rng.random() < 0.4
    bot_reaction_rate = rng.uniform(0.01, 0.04)
    most_share = rng.uniform(0.6, 0.9)
    ads_extra = rng.uniform(0, 0.2)

    curves = []
    for idx, (m, ctype, appeal, is_ad, repost) in enumerate(drafts):
        weight, tau_f, depth_f, (g_lo, g_hi), _, _ = _TYPE[ctype]
        day = min(days, int(m // 24))
        real = real_path[day]
        level = 1.0
        if campaign and day >= campaign[0]:
            level = (1 + campaign[1] * campaign[2]) / (1 + campaign[1])
        if breaks and day >= breaks[1]:
            since = (m / 24) - breaks[1]
            level *= restart_level + (1 - restart_level) * min(1.0, since / recovery)
        if is_ad:
            level *= rng.uniform(0.6, 0.9)
        readers = real * read_rate * weight * appeal**0.6 * level
        newer = tuple(n - m for n in moments[idx + 1 : idx + 61])
        local_week = int((m + audience_tz + 10 * WEEK_HOURS) // 1) % WEEK_HOURS
        curve = Blind2Curve(
            readers=readers,
            read_hours=tau * tau_f,
            read_shape=alpha,
            feed_depth=depth * depth_f,
            newer=newer,
            activity=activity,
            start_hour=local_week,
            evergreen=readers * rng.uniform(g_lo, g_hi),
            repost_at=repost[0] if repost else -1.0,
            repost_views=repost[1] if repost else 0.0,
            repost_hours=repost[2] if repost else 1.0,
        )
        curves.append(with_organic(curve))

    if botted:
        buys = _choose_bought(rng, strategy, drafts, most_share, ads_extra)
        curves = _add_bots(rng, curves, buys, sizing, target, sellers, seller_weights)

    observed_at = _START + timedelta(hours=observed_hours)
    tracked_from = max(0.0, observed_hours - 24 * rng.uniform(3, 30))
    opens = _app_opens(rng, tracked_from, observed_hours, admin_tz)
    posts = []
    for (m, ctype, appeal, is_ad, repost), curve in zip(drafts, curves, strict=True):
        age = observed_hours - m
        read_ages = [o - m for o in opens if 0 < o - m <= TRACKED_HOURS]
        readings = np.floor(curve.views_many([*read_ages, age])).astype(int)
        views = int(readings[-1])
        snaps = tuple(
            (round(float(a), 4), int(v)) for a, v in zip(read_ages, readings[:-1], strict=True)
        )
        _, _, _, _, fwd_base, react_base = _TYPE[ctype]
        organic_now = curve.organic_at(age)
        reader_part = organic_now
        forwards_mean = fwd_base * appeal**0.8 * reader_part
        if repost and age > repost[0]:
            reposted = repost[1] * (1 - math.exp(-(age - repost[0]) / repost[2]))
            forwards_mean += reposted * (repost[3] - fwd_base * appeal**0.8)
        reactions_mean = react_base * appeal**0.5 * organic_now if reactions_on else 0.0
        if buys_reactions and curve.bot_views:
            reactions_mean += bot_reaction_rate * curve.bots_at(age)
        if is_ad:
            text = str(rng.choice(_AD_TEXTS if rng.random() < 0.75 else _HIDDEN_AD_TEXTS))
        else:
            text = str(rng.choice(_TEXTS[ctype]))
        posts.append(
            SyntheticPost(
                posted_at=_START + timedelta(hours=m),
                curve=curve,
                views=views,
                forwards=int(rng.poisson(max(0.0, forwards_mean))),
                reactions=int(rng.poisson(max(0.0, reactions_mean))),
                snapshots=snaps,
                is_ad=bool(is_ad),
                grouped_id=None,
                text=text,
            )
        )

    history = _subscriber_history(rng, real_path, bought_share_of_subs, days, opens, observed_hours)
    return SyntheticChannel(
        kind=kind,
        base_kind=strategy if botted else fmt,
        username=username,
        subscribers=round(subs_total),
        posts=tuple(posts),
        subscriber_history=history,
        observed_at=observed_at,
    )


def _seller(rng) -> tuple[BotDelivery, int]:
    """A seller: his delivery and the smallest package he sells."""
    style = str(rng.choice(SELLER_STYLES))
    hours = {
        "instant": rng.uniform(5, 20) / 60,
        "linear": rng.uniform(1, 6),
        "mimic": rng.uniform(2, 6),
        "staged": rng.uniform(18, 30),
    }[style]
    return BotDelivery(style, hours, shape=rng.uniform(1.2, 2.5)), int(rng.choice([100, 500]))


def _choose_bought(rng, strategy, drafts, most_share, ads_extra) -> list[bool]:
    if strategy == "all_posts":
        buys = [True] * len(drafts)
    elif strategy == "most_posts":
        buys = [bool(rng.random() < most_share) for _ in drafts]
    else:
        buys = [bool(d[3] or rng.random() < ads_extra) for d in drafts]
    if not any(buys):  # a buyer buys at least once
        buys[int(rng.integers(len(buys)))] = True
    return buys


def _add_bots(rng, curves, buys, sizing, target, sellers, weights):
    """The curves with bot packages; the median bought post's share of bots is ``target``."""
    organic = np.array([c.organic for c in curves])
    bought_organic = organic[np.array(buys)]
    median = float(np.median(bought_organic))
    fixed = target / (1 - target) * median
    top = median / (1 - target)
    out = []
    for curve, buy in zip(curves, buys, strict=True):
        if not buy:
            out.append(curve)
            continue
        delivery, smallest = sellers[int(rng.choice(len(sellers), p=weights))]
        if sizing == "fixed":
            bots = fixed * rng.uniform(0.97, 1.03)
        elif sizing == "top_up":
            bots = max(0.05 * top, top - curve.organic)
        else:
            share = min(0.97, target * rng.uniform(0.8, 1.2))
            bots = share / (1 - share) * curve.organic
        if sizing == "fixed":
            packs = [p for p in _PACKAGES if p >= smallest]
            near = min(packs, key=lambda p: abs(math.log(p / max(bots, 1.0))))
            if abs(math.log(near / max(bots, 1.0))) < 0.1:
                bots = near * rng.uniform(0.97, 1.03)
        out.append(replace(curve, bot_views=float(bots), bot=delivery))
    return out


def _app_opens(rng, start: float, end: float, tz: int) -> list[float]:
    """Moments (hours since the start, UTC) the buyer opens the app; the fetch is the last."""
    opens = []
    for day in range(int(start // 24), int(end // 24) + 1):
        if rng.random() < 0.15:
            continue
        for _ in range(int(rng.integers(0, 5))):
            t = day * 24 + rng.uniform(7, 24) - tz
            if start <= t < end:
                opens.append(t)
    return [*sorted(opens), end]


def _subscriber_history(rng, real_path, bought_share, days, opens, end):
    """One ``(taken_at, subscribers)`` per day with an opening, bought subscribers included."""
    bought = np.zeros(days + 1)
    if bought_share:
        n = int(rng.integers(1, 4))
        for part in rng.dirichlet(np.ones(n)):
            start = rng.uniform(0, days - 1)
            span = rng.uniform(0.5, 2)
            removed = rng.uniform(0.05, 0.25)
            for d in range(days + 1):
                got = min(1.0, max(0.0, (d - start) / span))
                lost = removed * min(1.0, max(0.0, (d - start - span) / 7))
                bought[d] += part * (got - lost)
        bought *= bought_share * real_path[-1] / max(bought[-1], 1e-9)
    seen = {}
    for o in opens:
        d = min(days, int(o // 24))
        seen.setdefault(d, o)
    return tuple(
        (_START + timedelta(hours=o), round(real_path[d] + bought[d]))
        for d, o in sorted(seen.items())
        if o <= end
    )


def generate_channels(
    seed: int, n_per_kind: int, kinds: tuple[str, ...] = KINDS, days: int = 30
) -> list[SyntheticChannel]:
    """``n_per_kind`` channels of each kind, reproducible from ``seed``."""
    if any(kind not in KINDS for kind in kinds):
        raise ValueError(f"kind must be one of {KINDS}")
    return [
        generate_channel(
            np.random.default_rng([seed, KINDS.index(kind), i]),
            kind,
            days=days,
            username=f"blind2_{kind}_{i}",
        )
        for kind in kinds
        for i in range(n_per_kind)
    ]


def one_fetch(channel: SyntheticChannel) -> SyntheticChannel:
    """The channel as one fetch sees it: each post's current views only, no subscriber history."""
    return replace(
        channel,
        posts=tuple(replace(p, snapshots=()) for p in channel.posts),
        subscriber_history=(),
    )
