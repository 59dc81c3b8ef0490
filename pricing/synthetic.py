"""Seeded synthetic Telegram channels: known true reach, sparse snapshots, organic and botted.

Used by the tests and the reach/quality benchmark (and usable as demo data). Everything is drawn
from one ``random.Random(seed)``, so a seed always gives the same channels.

**Organic views of a post** at age ``t`` hours::

    views(t) = N * (w * (1 - exp(-E(t) / wave)) + (1 - w) * (1 - exp(-(E(t) / tail) ** p)))

* a *subscriber wave* (share ``w``, time constant ``wave``) – the channel's followers opening it –
  plus a slow *tail* (``tail``, ``p``) from search, forwards and late readers;
* ``E(t)`` is *activity-weighted* age: readers follow a daily rhythm
  ``1 + A * cos(2π (hour - 16) / 24)`` (local time; peak 16:00, trough 04:00,
  ``A`` 0.5–0.85 per channel), so a post published at 23:00 collects its first views much more
  slowly than one published at 18:00. This alone makes every post's curve shape different;
* per-post variation on top: ``wave`` and ``tail`` × lognormal(0, 0.35) and ``w`` ± 0.08 around
  the channel's values; ``N`` is lognormal around the channel's typical size with σ 0.3–0.65
  (organic post-to-post CV ≈ 0.3–0.7); ad posts collect 60–85 % of a normal post.

Channel kinds:

* ``"fast"`` – news: ``wave`` 0.5–1.6 h, ``w`` 0.6–0.8, ``tail`` 30–90 h; 2–6 posts a day.
* ``"slow"`` – evergreen: ``wave`` 3–9 h, ``w`` 0.35–0.6, ``tail`` 80–300 h; 0.5–2 posts a day.
* ``"botted"`` – a fast or slow organic channel whose admin buys views: per post a near-constant
  package of bot views (±4 %) that makes 60–95 % of the views, delivered within the first hour
  (time constant 0.1–0.4 h) by 80 % of channels or spread over 2–6 h by the rest. Bots neither
  react nor forward, except for 30 % of channels that also buy reactions (1–3 % of bot views).
  60 % of botted channels also buy subscribers: 1–3 jumps of 15–60 % within a day or two, which
  bring no views. The result: flat post-to-post views, views arriving in the first hour, many
  views per subscriber with little engagement, subscriber jumps – each with channel-to-channel
  variation, so not every botted channel shows every sign.

Sizes: 2,000–300,000 subscribers (log-uniform); organic 7-day views per subscriber 0.08–0.7
(log-uniform); reactions 0.5–4 % of views (off entirely for 20 % of channels), forwards 0.2–2 %.
Subscribers grow −0.2…+1 % a day with small noise; 20 % of organic channels have one advertising
campaign that adds 3–12 % subscribers in a day and a matching (60–100 %) rise in views. 8 % of
posts are albums of 2–4 messages; 0–35 % of posts are ads, 80 % of them with a visible marker.

Snapshots: the app syncs at random moments (a Poisson process of 1–4 syncs a day); every post
younger than 7 days gets a snapshot at each sync, with counting noise (sd ``0.5·√v + 0.2 %``, so
counts can even go backwards a little). :meth:`SyntheticPost.observe` gives noisy snapshots at any
ages, for experiments with other schedules. True reach at 24/48 h is the noise-free curve value.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pricing.reach import PostSnapshots, PostStats

KINDS = ("fast", "slow", "botted")
_START = datetime(2025, 3, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ViewCurve:
    """The expected views of one post by age (hours); see the module docstring."""

    organic: float
    wave_share: float
    wave_hours: float
    tail_hours: float
    tail_power: float
    posted_hour: float
    rhythm: float
    bot_views: float = 0.0
    bot_hours: float = 0.0
    bot_drip: bool = False

    def active_age(self, age: float) -> float:
        """Age weighted by the readers' daily rhythm (mean weight 1)."""
        k = 2 * math.pi / 24
        start = self.posted_hour - 16
        return age + self.rhythm / k * (math.sin(k * (start + age)) - math.sin(k * start))

    def views_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        e = self.active_age(age)
        organic = self.organic * (
            self.wave_share * (1 - math.exp(-e / self.wave_hours))
            + (1 - self.wave_share) * (1 - math.exp(-((e / self.tail_hours) ** self.tail_power)))
        )
        if self.bot_views:
            if self.bot_drip:
                bots = self.bot_views * min(1.0, age / self.bot_hours)
            else:
                bots = self.bot_views * (1 - math.exp(-age / self.bot_hours))
            organic += bots
        return organic


def _noisy(rng: random.Random, views: float) -> int:
    return max(0, round(views + rng.gauss(0, 0.5 * math.sqrt(views) + 0.002 * views)))


@dataclass(frozen=True)
class SyntheticPost:
    posted_at: datetime
    curve: ViewCurve
    views: int
    forwards: int
    reactions: int
    snapshots: tuple[tuple[float, int], ...]
    is_ad: bool
    grouped_id: int | None
    text: str

    @property
    def true_reach_24h(self) -> int:
        return round(self.curve.views_at(24))

    @property
    def true_reach_48h(self) -> int:
        return round(self.curve.views_at(48))

    def true_reach(self, hours: float) -> int:
        return round(self.curve.views_at(hours))

    def observe(self, ages: list[float], rng: random.Random) -> list[tuple[float, int]]:
        """Noisy ``(age_hours, views)`` snapshots at the given ages."""
        return [(age, _noisy(rng, self.curve.views_at(age))) for age in ages]


@dataclass(frozen=True)
class SyntheticChannel:
    kind: str
    base_kind: str
    username: str
    subscribers: int
    posts: tuple[SyntheticPost, ...]
    subscriber_history: tuple[tuple[datetime, int], ...]
    observed_at: datetime

    @property
    def is_botted(self) -> bool:
        return self.kind == "botted"

    def post_stats(self, with_snapshots: bool = True, mark_ads: bool = False) -> list[PostStats]:
        """The posts as :class:`PostStats`; ``mark_ads`` copies the true ad flag (user marks)."""
        return [
            PostStats(
                posted_at=p.posted_at,
                views=p.views,
                forwards=p.forwards,
                reactions=p.reactions,
                snapshots=p.snapshots if with_snapshots else (),
                is_ad=p.is_ad and mark_ads,
                grouped_id=p.grouped_id,
                text=p.text,
            )
            for p in self.posts
        ]

    def post_snapshots(self) -> list[PostSnapshots]:
        """The posts as storage would hold them: ``(taken_at, views)`` snapshots."""
        return [
            PostSnapshots(
                posted_at=p.posted_at,
                snapshots=tuple((p.posted_at + timedelta(hours=a), v) for a, v in p.snapshots),
                grouped_id=p.grouped_id,
                text=p.text,
            )
            for p in self.posts
        ]


_ORGANIC_TEXTS = (
    "Главное за день: курс, погода, пробки.",
    "Разбор новой статьи, подробности по ссылке t.me/sourcechannel/1234",
    "Подборка полезных материалов недели.",
    "Опрос: что вы думаете о новом законе?",
    "Фото дня.",
)
_AD_TEXTS = (
    "Реклама. ООО «Ромашка», ИНН 7700000000. erid: 2VtzqwQKd7P\nЛучшие курсы по Python!",
    "Подписывайтесь на канал про инвестиции: t.me/+AbCdEfGh12345 #реклама",
    "Бот, который найдёт вам квартиру: t.me/flatfinder_bot?start=ad",
    "#ad Новый сервис доставки — скидка 20 % по промокоду.",
)
_HIDDEN_AD_TEXTS = ("Советуем канал наших друзей, там много интересного.",)


def _loguniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def album_posts(
    rng: random.Random,
    members: int,
    min_share: float,
    *,
    posted_at: datetime,
    curve: ViewCurve,
    views: int,
    forwards: float,
    reactions: float,
    snapshots: tuple[tuple[float, int], ...],
    is_ad: bool,
    grouped_id: int | None,
    text: str,
) -> list[SyntheticPost]:
    """A post published as ``members`` messages (1: no album). Each extra message is seen by a
    share ``min_share``–1 of the first one's audience (one draw each); only the first has text."""
    posts = []
    for m in range(members):
        factor = 1.0 if m == 0 else rng.uniform(min_share, 1.0)
        posts.append(
            SyntheticPost(
                posted_at=posted_at,
                curve=curve,
                views=round(views * factor),
                forwards=max(0, round(forwards * factor)),
                reactions=max(0, round(reactions * factor)),
                snapshots=tuple((a, round(v * factor)) for a, v in snapshots),
                is_ad=is_ad,
                grouped_id=grouped_id,
                text=text if m == 0 else "",
            )
        )
    return posts


def generate_channel(
    rng: random.Random, kind: str, days: int = 30, username: str = "channel"
) -> SyntheticChannel:
    """One synthetic channel of ``kind`` (``"fast"``, ``"slow"`` or ``"botted"``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    base_kind = rng.choice(("fast", "slow")) if kind == "botted" else kind
    botted = kind == "botted"

    # Channel-level shape.
    if base_kind == "fast":
        wave, share, tail = rng.uniform(0.5, 1.6), rng.uniform(0.6, 0.8), rng.uniform(30, 90)
        per_day = rng.uniform(2, 6)
    else:
        wave, share, tail = rng.uniform(3, 9), rng.uniform(0.35, 0.6), rng.uniform(80, 300)
        per_day = rng.uniform(0.5, 2)
    power = rng.uniform(0.6, 0.85)
    rhythm = rng.uniform(0.5, 0.85)
    size_sigma = rng.uniform(0.3, 0.65)

    real_subs0 = _loguniform(rng, 2000, 300000)
    err = _loguniform(rng, 0.08, 0.7)
    growth = rng.uniform(-0.002, 0.01)
    reaction_rate = 0.0 if rng.random() < 0.2 else rng.uniform(0.005, 0.04)
    forward_rate = rng.uniform(0.002, 0.02)
    ad_rate = rng.uniform(0, 0.35)

    total_days = days + 7  # a week of history before the assessed month
    start = _START + timedelta(days=rng.uniform(0, 300))
    observed_at = start + timedelta(days=total_days, hours=rng.uniform(0, 12))

    # Real subscriber jumps (ad campaigns, organic channels) and bought ones (botted).
    campaign: tuple[float, float, float] | None = None  # (day, size, reach response)
    if not botted and rng.random() < 0.2:
        campaign = (rng.uniform(5, total_days - 5), rng.uniform(0.03, 0.12), rng.uniform(0.6, 1))
    bought: list[tuple[float, float, float]] = []  # (day, size as share, duration days)
    buys_subscribers = botted and rng.random() < 0.6
    if buys_subscribers:
        for _ in range(rng.randint(1, 3)):
            bought.append(
                (rng.uniform(3, total_days - 3), rng.uniform(0.15, 0.6), rng.uniform(0.2, 1.5))
            )

    def real_subs(day: float) -> float:
        subs = real_subs0 * math.exp(growth * day)
        if campaign and day >= campaign[0]:
            subs *= 1 + campaign[1]
        return subs

    def reach_level(day: float) -> float:
        level = real_subs0 * math.exp(growth * day) * err
        if campaign and day >= campaign[0]:
            level *= 1 + campaign[1] * campaign[2]
        return level

    def subscribers_at(day: float) -> float:
        subs = real_subs(day)
        bought_share = 0.0
        for jump_day, size, duration in bought:
            progress = min(1.0, max(0.0, (day - jump_day) / duration))
            bought_share += size * progress
        return subs * (1 + bought_share)

    # Bought views.
    bot_share = rng.uniform(0.6, 0.95) if botted else 0.0
    bot_drip = botted and rng.random() < 0.2
    bot_hours = rng.uniform(2, 6) if bot_drip else rng.uniform(0.1, 0.4)
    bought_reactions = rng.uniform(0.01, 0.03) if botted and rng.random() < 0.3 else 0.0

    # Sync moments (Poisson) for snapshots.
    syncs_per_day = rng.uniform(1, 4)
    syncs = []
    t = 0.0
    while True:
        t += rng.expovariate(syncs_per_day / 24)
        moment = start + timedelta(hours=t)
        if moment >= observed_at:
            break
        syncs.append(moment)
    syncs.append(observed_at)

    posts: list[SyntheticPost] = []
    next_group = 1
    t = 0.0
    while True:
        t += rng.expovariate(per_day / 24)
        posted_at = start + timedelta(hours=t)
        # Admins rarely post at night: move night posts into the morning.
        hour = (posted_at.hour + posted_at.minute / 60 + 3) % 24  # local time, UTC+3
        if hour < 7:
            posted_at += timedelta(hours=7 - hour + rng.uniform(0, 2))
            hour = (posted_at.hour + posted_at.minute / 60 + 3) % 24
        if posted_at >= observed_at - timedelta(hours=1):
            break
        day = (posted_at - start).total_seconds() / 86400
        is_ad = rng.random() < ad_rate
        typical = reach_level(day) / 1.0  # 7-day views of a typical post
        organic = typical * math.exp(rng.gauss(0, size_sigma) - size_sigma**2 / 2)
        if is_ad:
            organic *= rng.uniform(0.6, 0.85)
        bot_views = 0.0
        if botted:
            package = typical * bot_share / (1 - bot_share)
            bot_views = package * (1 + rng.gauss(0, 0.04))
        curve = ViewCurve(
            organic=organic / 0.93,  # 7-day fraction of the mixture is ~0.93 on average
            wave_share=min(0.95, max(0.1, share + rng.gauss(0, 0.08))),
            wave_hours=wave * math.exp(rng.gauss(0, 0.35)),
            tail_hours=tail * math.exp(rng.gauss(0, 0.35)),
            tail_power=power,
            posted_hour=hour,
            rhythm=rhythm,
            bot_views=bot_views,
            bot_hours=bot_hours,
            bot_drip=bot_drip,
        )
        age_now = (observed_at - posted_at).total_seconds() / 3600
        views = _noisy(rng, curve.views_at(age_now))
        organic_now = curve.views_at(age_now) - (
            bot_views * (min(1.0, age_now / bot_hours) if bot_drip else 1.0) if botted else 0
        )
        reactions = organic_now * reaction_rate * math.exp(rng.gauss(0, 0.4))
        reactions += bot_views * bought_reactions
        forwards = organic_now * forward_rate * math.exp(rng.gauss(0, 0.5))
        snapshots = tuple(
            (age, _noisy(rng, curve.views_at(age)))
            for moment in syncs
            if 0 < (age := (moment - posted_at).total_seconds() / 3600) <= 168
        )
        if is_ad:
            text = rng.choice(_AD_TEXTS) if rng.random() < 0.8 else rng.choice(_HIDDEN_AD_TEXTS)
        else:
            text = rng.choice(_ORGANIC_TEXTS)
        members = rng.randint(2, 4) if rng.random() < 0.08 else 1
        group = None
        if members > 1:
            group = next_group
            next_group += 1
        posts += album_posts(
            rng,
            members,
            0.9,
            posted_at=posted_at,
            curve=curve,
            views=views,
            forwards=forwards,
            reactions=reactions,
            snapshots=snapshots,
            is_ad=is_ad,
            grouped_id=group,
            text=text,
        )

    history = []
    for d in range(total_days + 1):
        moment = start + timedelta(days=d, hours=rng.uniform(0, 2))
        if moment > observed_at:
            break
        count = subscribers_at(d) * (1 + rng.gauss(0, 0.001))
        history.append((moment, round(count)))
    subscribers = round(subscribers_at((observed_at - start).total_seconds() / 86400))
    # Only the last `days` days are what the app would assess; earlier posts stay as history.
    return SyntheticChannel(
        kind=kind,
        base_kind=base_kind,
        username=username,
        subscribers=subscribers,
        posts=tuple(posts),
        subscriber_history=tuple(history),
        observed_at=observed_at,
    )


def generate_channels(
    seed: int, n_per_kind: int, kinds: tuple[str, ...] = KINDS, days: int = 30
) -> list[SyntheticChannel]:
    """``n_per_kind`` channels of each kind, reproducible from ``seed``."""
    rng = random.Random(seed)
    channels = []
    for kind in kinds:
        for i in range(n_per_kind):
            channels.append(generate_channel(rng, kind, days=days, username=f"{kind}_{i}"))
    return channels
