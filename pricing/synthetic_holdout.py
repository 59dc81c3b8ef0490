"""A third, held-out generator of synthetic channels: no threshold was set while looking at it.

The quality thresholds were tuned on :mod:`pricing.synthetic` (seed 2026) and
:mod:`pricing.synthetic_independent` (seed 2027) and frozen (commit "Thresholds frozen on the
development sets") *before* this module was written. It differs from both wherever a signal
could have learnt their habits, above all in how bots deliver views and in how real engagement
behaves, and returns the same :class:`pricing.synthetic.SyntheticChannel`. Everything is drawn
from one ``random.Random(seed)``.

**View curves** – a Weibull family ``F(t) = 1 − exp(−(t/τ)^k)`` (``τ`` 1–20 h, ``k`` 0.5–1.2)
for the first wave plus a slow *repost tail* of 0–30 % of the views that keeps growing like
``log(1 + t/24) / log(31)`` for a month (reposts in other channels and search).
Per post, ``τ`` varies × lognormal(0, 0.4). Readers follow a daily cycle (peak 08:00–23:00,
amplitude 0–0.8); there is no weekday effect on the curve.

**Organic shapes** (``kind`` ``"steady"`` or ``"seasonal"``):

* ``"seasonal"`` channels' audience swings by ±10–40 % over a period of 7–30 days (a sports or
  school-year rhythm), so the same post gets different views depending on when it was posted;
* sizes: a third are *very small* (typical post 200–2,000 views), a sixth *very large*
  (300,000–2,000,000 subscribers), the rest in between; a typical post's 7-day views are
  8–80 % of subscribers;
* a quarter are *repost-heavy* (forwards 2–8 % of views). In every organic channel engagement per
  view rises a little with a post's appeal (elasticity 0–0.3: a post people like is also
  forwarded more), which a real audience does and neither development generator did;
* post-to-post appeal is log-normal (σ 0.2–0.7) with 0–8 % *flops* at a third of the views;
* posting frequency changes within the month: two regimes of 0.3–12 posts a day, switched at a
  random day, with 0–5 silent days.

**Botted channels** buy 20–85 % of their views in one of three ways (a third each):

* ``"drip"``: a fixed package (± 5–15 %) spread evenly over 12–36 hours;
* ``"proportional"``: bot views are the organic views × share ÷ (1 − share) × lognormal(0, 0.1–
  0.3), delivered over 0.5–4 hours – the seller scales the package to the post;
* ``"fast"``: a fixed package delivered over 0.5–3 hours.

Half the botted channels also buy reactions (0.5–3 % of bot views), one in ten buys forwards
(0.2–1 %); 40 % buy subscribers (one jump of 15–60 % over 1–4 days). Botted channels use the
same organic shapes as organic ones.

**Readings.** Tracked: the app is opened on 50–95 % of days (per channel), 1–6 syncs between
08:00 and 24:00 local; each sync reads every post younger than 7 days; subscriber counts are read
only on days the app was opened.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pricing.synthetic import SyntheticChannel, SyntheticPost

KINDS = ("steady", "seasonal", "botted")
BOT_STYLES = ("drip", "proportional", "fast")
_START = datetime(2026, 1, 5, tzinfo=UTC)
_LOCAL = timedelta(hours=3)
_MONTH_TAIL = math.log(31)


@dataclass(frozen=True)
class HoldoutCurve:
    """Expected views of one post by age (hours); see the module docstring."""

    organic: float
    scale_hours: float
    shape: float
    tail_share: float
    posted_hour: float
    peak_hour: float
    rhythm: float
    bot_views: float = 0.0
    bot_delay: float = 0.0
    bot_hours: float = 1.0

    def _active_age(self, age: float) -> float:
        k = 2 * math.pi / 24
        start = self.posted_hour - self.peak_hour
        return age + self.rhythm / k * (math.sin(k * (start + age)) - math.sin(k * start))

    def organic_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        e = max(self._active_age(age), 1e-9)
        wave = 1 - math.exp(-((e / self.scale_hours) ** self.shape))
        tail = min(math.log(1 + age / 24) / _MONTH_TAIL, 1.0)
        return self.organic * ((1 - self.tail_share) * wave + self.tail_share * tail)

    def bots_at(self, age: float) -> float:
        if not self.bot_views or age <= self.bot_delay:
            return 0.0
        return self.bot_views * min(1.0, (age - self.bot_delay) / self.bot_hours)

    def views_at(self, age: float) -> float:
        return self.organic_at(age) + self.bots_at(age)


def _noisy(rng: random.Random, views: float) -> int:
    return max(0, round(views + rng.gauss(0, 0.6 * math.sqrt(views) + 0.002 * views)))


def _loguniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _local_hour(moment: datetime) -> float:
    local = moment + _LOCAL
    return local.hour + local.minute / 60


_TEXTS = (
    "Разбираем вопрос подписчика.",
    "Подборка ссылок на выходные.",
    "Свежие цифры и наш комментарий.",
)
_AD_TEXTS = (
    "#реклама Курсы программирования со скидкой.",
    "Реклама. ООО «Ромашка». erid: 2VtzqwXyZ12\nДоставка цветов.",
)


def _post_times(rng: random.Random, start: datetime, end: datetime) -> list[datetime]:
    """Two posting regimes switched at a random day, and a few silent days."""
    rates = (_loguniform(rng, 0.3, 12), _loguniform(rng, 0.3, 12))
    switch = start + (end - start) * rng.uniform(0.2, 0.8)
    silent = {rng.randrange(0, (end - start).days + 1) for _ in range(rng.randint(0, 5))}
    times: list[datetime] = []
    moment = start
    while True:
        rate = rates[0] if moment < switch else rates[1]
        moment += timedelta(hours=rng.expovariate(rate / 24))
        if moment >= end:
            return times
        if (moment - start).days not in silent and 7 <= _local_hour(moment) <= 23.5:
            times.append(moment)


def _sync_times(rng: random.Random, start: datetime, end: datetime) -> list[datetime]:
    opened_share = rng.uniform(0.5, 0.95)
    syncs, day = [], start.replace(hour=0, minute=0, second=0, microsecond=0) - _LOCAL
    while day < end:
        if rng.random() < opened_share:
            for _ in range(rng.randint(1, 6)):
                moment = day + timedelta(hours=rng.uniform(8, 24))
                if start <= moment < end:
                    syncs.append(moment)
        day += timedelta(days=1)
    syncs.append(end)
    return sorted(syncs)


def generate_channel(
    rng: random.Random, kind: str, days: int = 30, username: str = "channel"
) -> SyntheticChannel:
    """One channel of ``kind`` (``"steady"``, ``"seasonal"`` or ``"botted"``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    botted = kind == "botted"
    shape_kind = rng.choice(("steady", "seasonal")) if botted else kind
    scale, shape = _loguniform(rng, 1, 20), rng.uniform(0.5, 1.2)
    tail_share = rng.uniform(0, 0.3)
    peak, rhythm = rng.uniform(8, 23), rng.uniform(0, 0.8)
    appeal_sd, flop_rate = rng.uniform(0.2, 0.7), rng.uniform(0, 0.08)
    season = (rng.uniform(0.1, 0.4), rng.uniform(7, 30), rng.uniform(0, 2 * math.pi))

    size = rng.random()
    reach_share = _loguniform(rng, 0.08, 0.8)
    if size < 1 / 3:  # very small: 200–2000 views on a typical post
        subscribers0 = _loguniform(rng, 200, 2000) / reach_share
    elif size < 0.5:
        subscribers0 = _loguniform(rng, 300_000, 2_000_000)
    else:
        subscribers0 = _loguniform(rng, 2_000, 300_000)
    growth = rng.uniform(-0.002, 0.006)
    repost_heavy = rng.random() < 0.25
    forward_rate = rng.uniform(0.02, 0.08) if repost_heavy else rng.uniform(0.001, 0.02)
    reaction_rate = 0.0 if rng.random() < 0.15 else rng.uniform(0.002, 0.04)
    elasticity = rng.uniform(0, 0.3)
    ad_rate = rng.uniform(0, 0.25)

    total_days = days + 10
    start = _START + timedelta(days=rng.uniform(0, 250))
    observed_at = start + timedelta(days=total_days, hours=rng.uniform(0, 24))

    style = rng.choice(BOT_STYLES) if botted else ""
    bot_share = rng.uniform(0.2, 0.85) if botted else 0.0
    bot_hours = {"drip": rng.uniform(12, 36), "proportional": rng.uniform(0.5, 4)}.get(
        style, rng.uniform(0.5, 3)
    )
    bot_jitter = rng.uniform(0.05, 0.15) if style != "proportional" else rng.uniform(0.1, 0.3)
    bought_reactions = rng.uniform(0.005, 0.03) if botted and rng.random() < 0.5 else 0.0
    bought_forwards = rng.uniform(0.002, 0.01) if botted and rng.random() < 0.1 else 0.0
    jump = None
    if botted and rng.random() < 0.4:
        jump = (rng.uniform(3, total_days - 3), rng.uniform(0.15, 0.6), rng.uniform(1, 4))

    def audience(day: float) -> float:
        level = subscribers0 * math.exp(growth * day)
        if shape_kind == "seasonal":
            amplitude, period, phase = season
            level *= 1 + amplitude * math.sin(2 * math.pi * day / period + phase)
        return level

    def subscribers_at(day: float) -> float:
        real = subscribers0 * math.exp(growth * day)
        if jump:
            real *= 1 + jump[1] * min(1.0, max(0.0, (day - jump[0]) / jump[2]))
        return real

    times = _post_times(rng, start, observed_at - timedelta(minutes=20))
    syncs = _sync_times(rng, start, observed_at)
    posts: list[SyntheticPost] = []
    for posted_at in times:
        day = (posted_at - start).total_seconds() / 86400
        typical = audience(day) * reach_share
        log_appeal = rng.gauss(0, appeal_sd) - appeal_sd**2 / 2
        if rng.random() < flop_rate:
            log_appeal += math.log(1 / 3)
        organic = typical * math.exp(log_appeal)
        is_ad = rng.random() < ad_rate
        if is_ad:
            organic *= rng.uniform(0.5, 0.9)
        post_scale = scale * math.exp(rng.gauss(0, 0.4))
        shape_curve = HoldoutCurve(1.0, post_scale, shape, tail_share, 12.0, peak, 0.0)
        seven_day_share = max(shape_curve.organic_at(168), 1e-6)
        bot_views = 0.0
        if botted:
            odds = bot_share / (1 - bot_share)
            base = organic if style == "proportional" else typical
            bot_views = max(base * odds * math.exp(rng.gauss(0, bot_jitter)), 0.0)
        curve = HoldoutCurve(
            organic=organic / seven_day_share,
            scale_hours=post_scale,
            shape=shape,
            tail_share=tail_share,
            posted_hour=_local_hour(posted_at),
            peak_hour=peak,
            rhythm=rhythm,
            bot_views=bot_views,
            bot_delay=rng.uniform(0, 0.7) if botted else 0.0,
            bot_hours=bot_hours,
        )
        age_now = (observed_at - posted_at).total_seconds() / 3600
        views = _noisy(rng, curve.views_at(age_now))
        organic_now = curve.organic_at(age_now)
        liking = math.exp(elasticity * log_appeal)
        bots_now = curve.bots_at(age_now)
        reactions = organic_now * reaction_rate * liking * math.exp(rng.gauss(0, 0.45))
        reactions += bots_now * bought_reactions
        forwards = organic_now * forward_rate * liking * math.exp(rng.gauss(0, 0.6))
        forwards += bots_now * bought_forwards
        snapshots = tuple(
            (age, _noisy(rng, curve.views_at(age)))
            for moment in syncs
            if 0 < (age := (moment - posted_at).total_seconds() / 3600) <= 168
        )
        posts.append(
            SyntheticPost(
                posted_at=posted_at,
                curve=curve,  # type: ignore[arg-type]  # same views_at() interface
                views=views,
                forwards=max(0, round(rng.gauss(forwards, math.sqrt(forwards)))),
                reactions=max(0, round(rng.gauss(reactions, math.sqrt(reactions)))),
                snapshots=snapshots,
                is_ad=is_ad,
                grouped_id=None,
                text=rng.choice(_AD_TEXTS) if is_ad else rng.choice(_TEXTS),
            )
        )

    history: list[tuple[datetime, int]] = []
    for moment in syncs:
        if not history or moment.date() != history[-1][0].date():
            count = subscribers_at((moment - start).total_seconds() / 86400)
            history.append((moment, round(count * (1 + rng.gauss(0, 0.002)))))
    subscribers = round(subscribers_at((observed_at - start).total_seconds() / 86400))
    return SyntheticChannel(
        kind="botted" if botted else kind,
        base_kind=style or shape_kind,
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
    return [
        generate_channel(rng, kind, days=days, username=f"{kind}_{i}")
        for kind in kinds
        for i in range(n_per_kind)
    ]
