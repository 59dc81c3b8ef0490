"""A second, independent generator of synthetic channels, to check the quality signals honestly.

The signals' thresholds were tuned on :mod:`pricing.synthetic` and frozen (committed) before this
module was written; nothing here was used to set them. It deliberately differs from the tuning
generator wherever the signals could have learnt its habits, and it returns the same
:class:`pricing.synthetic.SyntheticChannel`, so the benchmark treats both alike. Everything is
drawn from one ``random.Random(seed)``: a seed always gives the same channels.

**View curves** – two other families, chosen per channel (``kind``), of activity-weighted age
``E`` (below), as the share of the post's eventual organic views ``N``:

* ``"loglogistic"`` – ``F(E) = E^β / (τ^β + E^β)``; median time ``τ`` 0.7–10 h, ``β`` 0.7–1.5.
  Half of the views come by ``τ``; there is no separate "subscriber wave".
* ``"powerlaw"`` – a Lomax (power-law) tail ``F(E) = 1 − (1 + E/τ)^(−α)``; ``τ`` 0.3–3 h,
  ``α`` 0.35–0.9. Views keep coming for weeks: a post of 30 days still gains.

Per post, ``τ`` varies × lognormal(0, 0.3) around the channel's value.

**Rhythm.** Readers follow a daily cycle ``1 + A cos(2π (hour − peak) / 24)`` with the peak at
11:00–22:00 local time and ``A`` 0.3–0.9 per channel (the tuning generator: peak 16:00 for all),
and a weekly one: a post published on Saturday or Sunday reaches 60–100 % of a weekday post's
audience, and more slowly.

**Posting** is bursty: sessions arrive as a Poisson process inside the admin's working hours
(from 7–10 to 20–24 local), fewer at weekends (40–100 % of weekdays); a session publishes
1–5 posts (geometric, mean ~1.6) 2–40 minutes apart. 0.7–8 posts a day. 5 % of posts are albums
of 2–3 messages, 0–30 % are ads (70 % with a visible marker).

**Post-to-post appeal** is Student-t (3–8 degrees of freedom, heavier tails than log-normal, cut
at ±5 sd) on the log scale with a standard deviation of 0.25–0.8 per channel – a wider and lower
range than the tuning generator's 0.3–0.65, so some organic channels are flatter than the signals
expect.

**Organic events.** A quarter of organic channels have one *viral* post (× 5–30 views, × 3
forwards); a quarter have an *advertising campaign*: subscribers jump by 10–40 % within 1–2 days
and reach rises by 50–100 % of that jump.

**Botted channels** (``kind="botted"``, on either curve family): a package of bot views on every
post, the same size (± 3–10 %) whatever the post, making **30–90 %** of the views (uniform, so a
third buy only 30–50 %); delivery starts 0–30 min after publishing and is *instant* (time
constant 0.1–0.5 h) for 40 % of channels or spread evenly over **1–6 hours** for the rest. Bots
do not forward; 30 % of botted channels also buy reactions (0.5–2 % of bot views). Half buy
subscribers: 1–2 jumps of 20–80 % over 0.3–3 days that bring no reach. 10 % have a viral post.

**Sizes and engagement.** 1,000–500,000 subscribers (log-uniform); a typical post's 7-day views
are 5–90 % of subscribers (log-uniform); reactions 0.3–5 % of organic views (none at all for a
quarter of channels), forwards 0.1–3 %, each × lognormal(0, 0.5) per post.

**Readings.** Tracked: the app is opened on 70 % of weekdays and 40 % of weekend days, 1–4 syncs
between 09:00 and 23:00 local each time; each sync reads every post younger than 7 days (counting
noise ``0.5·√v + 0.3 %``); the last reading is at ``observed_at``. Subscriber counts are read
once a day at a random hour.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pricing.synthetic import SyntheticChannel, SyntheticPost, album_posts

KINDS = ("loglogistic", "powerlaw", "botted")
_START = datetime(2025, 9, 1, tzinfo=UTC)
_LOCAL = timedelta(hours=3)


@dataclass(frozen=True)
class IndependentCurve:
    """The expected views of one post by age (hours); see the module docstring."""

    family: str
    organic: float
    scale_hours: float
    shape: float
    posted_hour: float
    peak_hour: float
    rhythm: float
    bot_views: float = 0.0
    bot_delay: float = 0.0
    bot_hours: float = 0.0
    bot_instant: bool = True

    def active_age(self, age: float) -> float:
        """Age weighted by the readers' daily rhythm (mean weight 1)."""
        k = 2 * math.pi / 24
        start = self.posted_hour - self.peak_hour
        return age + self.rhythm / k * (math.sin(k * (start + age)) - math.sin(k * start))

    def organic_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        e = max(self.active_age(age), 1e-9)
        if self.family == "loglogistic":
            share = 1 / (1 + (self.scale_hours / e) ** self.shape)
        else:
            share = 1 - (1 + e / self.scale_hours) ** (-self.shape)
        return float(self.organic * share)

    def bots_at(self, age: float) -> float:
        if not self.bot_views or age <= self.bot_delay:
            return 0.0
        run = age - self.bot_delay
        if self.bot_instant:
            return self.bot_views * (1 - math.exp(-run / self.bot_hours))
        return self.bot_views * min(1.0, run / self.bot_hours)

    def views_at(self, age: float) -> float:
        return self.organic_at(age) + self.bots_at(age)


def _noisy(rng: random.Random, views: float) -> int:
    return max(0, round(views + rng.gauss(0, 0.5 * math.sqrt(views) + 0.003 * views)))


def _loguniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _student_t(rng: random.Random, df: float) -> float:
    """A Student-t draw scaled to unit standard deviation, cut at ±5 (no post gets e^20 views)."""
    chi2 = rng.gammavariate(df / 2, 2)
    draw = rng.gauss(0, 1) / math.sqrt(chi2 / df) / math.sqrt(df / (df - 2))
    return max(-5.0, min(5.0, draw))


def _local_hour(moment: datetime) -> float:
    local = moment + _LOCAL
    return local.hour + local.minute / 60


def _weekend(moment: datetime) -> bool:
    return (moment + _LOCAL).weekday() >= 5


_TEXTS = (
    "Коротко о главном за утро.",
    "Новый разбор: что изменилось и почему это важно.",
    "Вопрос дня — пишите в комментариях.",
    "Итоги недели в одной картинке.",
)
_AD_TEXTS = (
    "#реклама Онлайн-школа английского: первый урок бесплатно.",
    "Реклама. ИП Иванов. erid: 4CQwVszH9pW\nСервис аренды самокатов.",
    "Заходите к друзьям: t.me/+XyZ987abcdEF",
)
_HIDDEN_AD_TEXTS = ("Нашли для вас отличный канал о путешествиях — загляните.",)


def _post_times(
    rng: random.Random, start: datetime, end: datetime, per_day: float
) -> list[datetime]:
    """Bursty posting moments inside the admin's working hours, fewer at weekends."""
    first, last = rng.uniform(7, 10), rng.uniform(20, 24)
    weekend_rate = rng.uniform(0.4, 1.0)
    mean_burst = 1.6
    times: list[datetime] = []
    day = start.replace(hour=0, minute=0, second=0, microsecond=0) - _LOCAL
    while day < end:
        rate = per_day / mean_burst * (weekend_rate if _weekend(day + timedelta(hours=12)) else 1)
        sessions = 0
        budget = rng.expovariate(1)
        while budget < rate:  # Poisson number of sessions this day
            sessions += 1
            budget += rng.expovariate(1)
        for _ in range(sessions):
            moment = day + timedelta(hours=rng.uniform(first, last))
            size = 1
            while size < 5 and rng.random() < 1 - 1 / mean_burst:
                size += 1
            for _ in range(size):
                if start <= moment < end:
                    times.append(moment)
                moment += timedelta(minutes=rng.uniform(2, 40))
        day += timedelta(days=1)
    return sorted(times)


def _sync_times(rng: random.Random, start: datetime, end: datetime) -> list[datetime]:
    """When the user's app ran and read the channel: some days, a few times in the day."""
    syncs = []
    day = start.replace(hour=0, minute=0, second=0, microsecond=0) - _LOCAL
    while day < end:
        opened = rng.random() < (0.4 if _weekend(day + timedelta(hours=12)) else 0.7)
        if opened:
            for _ in range(rng.randint(1, 4)):
                moment = day + timedelta(hours=rng.uniform(9, 23))
                if start <= moment < end:
                    syncs.append(moment)
        day += timedelta(days=1)
    syncs.append(end)
    return sorted(syncs)


def generate_channel(
    rng: random.Random, kind: str, days: int = 30, username: str = "channel"
) -> SyntheticChannel:
    """One channel of ``kind`` (``"loglogistic"``, ``"powerlaw"`` or ``"botted"``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    botted = kind == "botted"
    family = rng.choice(("loglogistic", "powerlaw")) if botted else kind
    if family == "loglogistic":
        scale, shape = _loguniform(rng, 0.7, 10), rng.uniform(0.7, 1.5)
    else:
        scale, shape = _loguniform(rng, 0.3, 3), rng.uniform(0.35, 0.9)
    peak, rhythm = rng.uniform(11, 22), rng.uniform(0.3, 0.9)
    weekend_audience = rng.uniform(0.6, 1.0)
    appeal_sd, appeal_df = rng.uniform(0.25, 0.8), rng.uniform(3, 8)
    per_day = _loguniform(rng, 0.7, 8)

    subscribers0 = _loguniform(rng, 1000, 500_000)
    reach_share = _loguniform(rng, 0.05, 0.9)
    growth = rng.uniform(-0.001, 0.008)
    reaction_rate = 0.0 if rng.random() < 0.25 else rng.uniform(0.003, 0.05)
    forward_rate = rng.uniform(0.001, 0.03)
    ad_rate = rng.uniform(0, 0.3)

    total_days = days + 10
    start = _START + timedelta(days=rng.uniform(0, 200))
    observed_at = start + timedelta(days=total_days, hours=rng.uniform(0, 24))

    campaign = None  # (day, subscriber jump, days it takes, reach response)
    if not botted and rng.random() < 0.25:
        campaign = (
            rng.uniform(5, total_days - 5),
            rng.uniform(0.10, 0.40),
            rng.uniform(1, 2),
            rng.uniform(0.5, 1.0),
        )
    bought = []  # (day, size, days it takes)
    if botted and rng.random() < 0.5:
        for _ in range(rng.randint(1, 2)):
            bought.append(
                (rng.uniform(3, total_days - 3), rng.uniform(0.2, 0.8), rng.uniform(0.3, 3))
            )

    def progress(day: float, begin: float, length: float) -> float:
        return min(1.0, max(0.0, (day - begin) / length))

    def real_subscribers(day: float) -> float:
        subs = subscribers0 * math.exp(growth * day)
        if campaign:
            subs *= 1 + campaign[1] * progress(day, campaign[0], campaign[2])
        return subs

    def reach_level(day: float) -> float:
        level = subscribers0 * math.exp(growth * day) * reach_share
        if campaign:
            level *= 1 + campaign[1] * campaign[3] * progress(day, campaign[0], campaign[2])
        return level

    def subscribers_at(day: float) -> float:
        extra = sum(size * progress(day, begin, length) for begin, size, length in bought)
        return real_subscribers(day) * (1 + extra)

    bot_share = rng.uniform(0.3, 0.9) if botted else 0.0
    bot_instant = rng.random() < 0.4
    bot_hours = rng.uniform(0.1, 0.5) if bot_instant else rng.uniform(1, 6)
    bot_jitter = rng.uniform(0.03, 0.10)
    bought_reactions = rng.uniform(0.005, 0.02) if botted and rng.random() < 0.3 else 0.0
    viral_chance = 0.10 if botted else 0.25
    has_viral = rng.random() < viral_chance

    times = _post_times(rng, start, observed_at - timedelta(minutes=30), per_day)
    viral_index = rng.randrange(len(times)) if has_viral and times else -1
    syncs = _sync_times(rng, start, observed_at)

    posts: list[SyntheticPost] = []
    next_group = 1
    for index, posted_at in enumerate(times):
        day = (posted_at - start).total_seconds() / 86400
        weekend = _weekend(posted_at)
        typical = reach_level(day)  # 7-day organic views of a typical weekday post
        appeal = math.exp(appeal_sd * _student_t(rng, appeal_df) - appeal_sd**2 / 2)
        organic = typical * appeal * (weekend_audience if weekend else 1.0)
        is_ad = rng.random() < ad_rate
        if is_ad:
            organic *= rng.uniform(0.5, 0.9)
        viral = index == viral_index
        if viral:
            organic *= rng.uniform(5, 30)
        post_scale = scale * math.exp(rng.gauss(0, 0.3)) / (weekend_audience if weekend else 1)
        shape_curve = IndependentCurve(family, 1.0, post_scale, shape, 12.0, peak, 0.0)
        seven_day_share = max(shape_curve.organic_at(168), 1e-6)
        bot_views = 0.0
        if botted:
            package = typical * bot_share / (1 - bot_share)
            bot_views = package * (1 + rng.gauss(0, bot_jitter))
        curve = IndependentCurve(
            family=family,
            organic=organic / seven_day_share,
            scale_hours=post_scale,
            shape=shape,
            posted_hour=_local_hour(posted_at),
            peak_hour=peak,
            rhythm=rhythm,
            bot_views=max(bot_views, 0.0),
            bot_delay=rng.uniform(0, 0.5) if botted else 0.0,
            bot_hours=bot_hours,
            bot_instant=bot_instant,
        )
        age_now = (observed_at - posted_at).total_seconds() / 3600
        views = _noisy(rng, curve.views_at(age_now))
        organic_now = curve.organic_at(age_now)
        reactions = organic_now * reaction_rate * math.exp(rng.gauss(0, 0.5))
        reactions += curve.bots_at(age_now) * bought_reactions
        forwards = organic_now * forward_rate * math.exp(rng.gauss(0, 0.5)) * (3 if viral else 1)
        snapshots = tuple(
            (age, _noisy(rng, curve.views_at(age)))
            for moment in syncs
            if 0 < (age := (moment - posted_at).total_seconds() / 3600) <= 168
        )
        if is_ad:
            text = rng.choice(_AD_TEXTS) if rng.random() < 0.7 else rng.choice(_HIDDEN_AD_TEXTS)
        else:
            text = rng.choice(_TEXTS)
        members = rng.randint(2, 3) if rng.random() < 0.05 else 1
        group = None
        if members > 1:
            group, next_group = next_group, next_group + 1
        posts += album_posts(
            rng,
            members,
            0.85,
            posted_at=posted_at,
            curve=curve,  # type: ignore[arg-type]  # same views_at() interface
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
        moment = start + timedelta(days=d, hours=rng.uniform(0, 24))
        if moment > observed_at:
            break
        count = subscribers_at((moment - start).total_seconds() / 86400)
        history.append((moment, round(count * (1 + rng.gauss(0, 0.0015)))))
    subscribers = round(subscribers_at((observed_at - start).total_seconds() / 86400))
    return SyntheticChannel(
        kind="botted" if botted else kind,
        base_kind=family,
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
