"""The fourth blind generator's world: calendar, readers' clocks, posting and subscribers.

Everything here is a mechanism the channel's curves are built from (see
:mod:`pricing.synthetic_blind4` for the full description): readers' daily activity by country
and weekday with holiday dips, the admin's posting sessions (bursts, albums, ads), and the
subscriber count over time (growth, bought ads elsewhere, viral bumps, bought subscribers and their
purge).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

STEP_HOURS = 0.25
_EPOCH = datetime(2025, 2, 1, tzinfo=UTC)
_LAST = datetime(2026, 11, 20, tzinfo=UTC)

# Relative activity of a reader by local hour (0..23): asleep at night, a morning commute rise,
# a flat working day, the evening peak 19–22 h.
_LOCAL_PROFILE = np.array(
    [
        0.55,
        0.3,
        0.15,
        0.1,
        0.08,
        0.1,
        0.25,
        0.6,
        0.9,
        1.0,
        1.0,
        1.05,
        1.1,
        1.1,
        1.05,
        1.0,
        1.0,
        1.05,
        1.15,
        1.3,
        1.45,
        1.5,
        1.35,
        0.95,
    ]
)
_LOCAL_PROFILE = _LOCAL_PROFILE / _LOCAL_PROFILE.mean()

# Country → UTC offset of its audience (hours). Moscow time is the home audience.
COUNTRIES = {
    "ru_msk": 3,
    "ru_east": 7,
    "kz_uz": 5,
    "by_ua": 2,
    "ge_am": 4,
    "tr": 3,
    "de_eu": 1,
    "il": 2,
    "us": -5,
}


@dataclass(frozen=True)
class Timeline:
    """A 15-minute absolute grid around one channel's fetch, with its readers' activity."""

    start: datetime
    hours: np.ndarray  # hours since start, one per step
    activity: np.ndarray  # readers' activity rate (mean about 1)
    cumulative: np.ndarray  # activity-hours since start
    geo_cumulative: np.ndarray  # activity-hours of the Moscow audience only (geo-targeted bots)

    def index(self, when: datetime) -> int:
        return round((when - self.start).total_seconds() / 3600 / STEP_HOURS)


def draw_observed_at(rng: np.random.Generator) -> datetime:
    """The moment the buyer fetches: any day Feb 2025 – Nov 2026, any minute."""
    span = (_LAST - _EPOCH).total_seconds()
    return (_EPOCH + timedelta(seconds=float(rng.uniform(0, span)))).replace(
        second=0, microsecond=0
    )


def season_factor(day: datetime) -> float:
    """Readers' activity dip: New Year holidays, May holidays, summer."""
    m, d = day.month, day.day
    if (m == 1 and d <= 8) or (m == 12 and d == 31):
        return 0.75
    if m == 5 and (d <= 3 or 8 <= d <= 11):
        return 0.88
    if m in (7, 8):
        return 0.92
    return 1.0


def draw_country_mix(rng: np.random.Generator, local_only: bool) -> dict[str, float]:
    """Share of the audience by country: mostly Moscow time, plus 0–3 diaspora/region groups."""
    if local_only:
        home = str(rng.choice(["ru_msk", "ru_msk", "ru_east", "kz_uz", "by_ua"]))
        return {home: 1.0}
    home_share = float(rng.uniform(0.5, 1.0))
    others = [c for c in COUNTRIES if c != "ru_msk"]
    k = int(rng.integers(0, 4))
    mix = {"ru_msk": home_share}
    if k:
        chosen = rng.choice(others, size=k, replace=False)
        shares = rng.dirichlet(np.ones(k)) * (1 - home_share)
        mix.update({str(c): float(s) for c, s in zip(chosen, shares, strict=True)})
    else:
        mix["ru_msk"] = 1.0
    return mix


def build_timeline(
    start: datetime, hours: float, mix: dict[str, float], weekend_readers: float
) -> Timeline:
    n = int(hours / STEP_HOURS) + 1
    h = np.arange(n) * STEP_HOURS
    activity = np.zeros(n)
    geo = None
    for country, share in mix.items():
        local = (start.hour + start.minute / 60 + h + COUNTRIES[country]) % 24
        lo = np.floor(local).astype(int)
        w = local - lo
        prof = _LOCAL_PROFILE[lo] * (1 - w) + _LOCAL_PROFILE[(lo + 1) % 24] * w
        activity += share * prof
        if country == "ru_msk":
            geo = prof
    if geo is None:
        local = (start.hour + start.minute / 60 + h + 3) % 24
        geo = _LOCAL_PROFILE[np.floor(local).astype(int)]
    # Weekday and season, by the Moscow calendar day.
    day_index = np.floor((start.hour + start.minute / 60 + h + 3) / 24).astype(int)
    first_day = (start + timedelta(hours=3)).replace(hour=0, minute=0)
    n_days = int(day_index.max()) + 1
    per_day = np.ones(n_days)
    for d in range(n_days):
        day = first_day + timedelta(days=d)
        per_day[d] = season_factor(day) * (weekend_readers if day.weekday() >= 5 else 1.0)
    factor = per_day[day_index]
    activity = activity * factor
    geo = geo * factor
    cumulative = np.concatenate([[0.0], np.cumsum(activity[:-1]) * STEP_HOURS])
    geo_cum = np.concatenate([[0.0], np.cumsum(geo[:-1]) * STEP_HOURS])
    return Timeline(start, h, activity, cumulative, geo_cum)


@dataclass(frozen=True)
class PostPlan:
    """One message as the admin publishes it (before any views)."""

    posted_at: datetime
    event: int  # posting event number: album messages share it
    grouped_id: int | None
    is_ad: bool
    style: str  # "plain", "photo", "long", "poll", "repost", "ad"


def plan_posts(
    rng: np.random.Generator,
    first: datetime,
    last: datetime,
    posts_per_day: float,
    burst_mean: float,
    album_rate: float,
    ad_rate: float,
    weekend_posting: float,
    admin_offset: int,
) -> list[PostPlan]:
    """The admin's posting sessions between ``first`` and ``last``.

    Sessions are a Poisson process per day (rate ``posts_per_day / burst_mean`` × weekday factor ×
    holiday factor, 4 % of days off entirely) at hours drawn from the admin's waking day; each
    session publishes a geometric number of posts (mean ``burst_mean``) 1–15 minutes apart; a post
    is an album of 2–6 messages with probability ``album_rate``.
    """
    plans: list[PostPlan] = []
    hour_weights = _LOCAL_PROFILE.copy()
    hour_weights[:7] *= 0.3
    hour_weights /= hour_weights.sum()
    day = first.replace(hour=0, minute=0, second=0, microsecond=0)
    event = 0
    gid = int(rng.integers(10**12, 10**13))
    while day <= last:
        local_day = day + timedelta(hours=admin_offset)
        rate = posts_per_day / burst_mean * season_factor(local_day) ** 2
        if local_day.weekday() >= 5:
            rate *= weekend_posting
        if rng.random() < 0.04:
            rate = 0.0
        for _ in range(int(rng.poisson(rate))):
            hour = rng.choice(24, p=hour_weights) + rng.random()
            t = day + timedelta(hours=float(hour) - admin_offset)
            for _ in range(int(rng.geometric(1 / burst_mean))):
                if first <= t <= last:
                    is_ad = bool(rng.random() < ad_rate)
                    style = (
                        "ad"
                        if is_ad
                        else str(
                            rng.choice(
                                ["plain", "photo", "long", "poll", "repost"],
                                p=[0.4, 0.3, 0.15, 0.05, 0.1],
                            )
                        )
                    )
                    size = int(rng.integers(2, 7)) if rng.random() < album_rate else 1
                    group = None
                    if size > 1:
                        gid += int(rng.integers(1, 50))
                        group = gid
                    for _ in range(size):
                        plans.append(PostPlan(t.replace(microsecond=0), event, group, is_ad, style))
                    event += 1
                t += timedelta(minutes=float(rng.uniform(1, 15)))
        day += timedelta(days=1)
    plans.sort(key=lambda p: p.posted_at)
    return plans


@dataclass(frozen=True)
class Subscribers:
    """Subscriber counts by hour: real readers, how well they read, and bought accounts."""

    start: datetime
    real: np.ndarray  # hourly
    reading: np.ndarray  # hourly: real subscribers weighted by how likely they read (new = less)
    bought: np.ndarray  # hourly

    def at(self, when: datetime) -> tuple[float, float, float]:
        i = int(np.clip((when - self.start).total_seconds() // 3600, 0, len(self.real) - 1))
        return float(self.real[i]), float(self.reading[i]), float(self.bought[i])

    def count(self, when: datetime) -> int:
        real, _, bought = self.at(when)
        return round(real + bought)


def simulate_subscribers(
    rng: np.random.Generator,
    start: datetime,
    hours: int,
    size: float,
    growth_per_day: float,
    campaign: bool,
    viral_times: list[datetime],
    bought_subs: str | None,
) -> Subscribers:
    """Hourly subscriber counts: drift with noise, an ad campaign, viral bumps, bought accounts.

    * drift: ``growth_per_day`` per day spread over the hours, daily noise sd 0.15 %;
    * ``campaign``: the admin bought an ad elsewhere — +3–20 % over 12–48 h at a random time;
      these newcomers read at 40–70 % of the old audience's rate;
    * each viral post: +0.5–4 % over the next 24 h, newcomers reading at 60 %;
    * ``bought_subs`` ``"drip"``: +0.5–3 % of the size a day for 3–15 days; ``"jump"``: +10–60 %
      within 2–8 hours; either way 0–30 % of the bought accounts are purged over the next 1–3 weeks.
    """
    n = hours + 1
    daily = rng.normal(growth_per_day, 0.0015, size=n // 24 + 2)
    per_hour = np.repeat(daily / 24, 24)[:n]
    real = size * np.exp(np.cumsum(per_hour))
    reading = real.copy()

    def add_ramp(amount: float, at: int, over: int, read_rate: float) -> None:
        ramp = np.clip((np.arange(n) - at) / max(over, 1), 0, 1) * amount
        real[:] += ramp
        reading[:] += ramp * read_rate

    if campaign:
        add_ramp(
            size * rng.uniform(0.03, 0.2),
            int(rng.integers(0, n)),
            int(rng.integers(12, 49)),
            rng.uniform(0.4, 0.7),
        )
    for t in viral_times:
        at = int((t - start).total_seconds() // 3600)
        add_ramp(size * rng.uniform(0.005, 0.04), at, 24, 0.6)
    bought = np.zeros(n)
    if bought_subs:
        at = int(rng.integers(0, n))
        if bought_subs == "drip":
            days = int(rng.integers(3, 16))
            total = size * rng.uniform(0.005, 0.03) * days
            over = days * 24
        else:
            total = size * rng.uniform(0.1, 0.6)
            over = int(rng.integers(2, 9))
        ramp = np.clip((np.arange(n) - at) / over, 0, 1) * total
        purge_from = at + over + int(rng.integers(24, 96))
        purge = np.clip((np.arange(n) - purge_from) / int(rng.integers(168, 505)), 0, 1)
        bought = ramp * (1 - rng.uniform(0, 0.3) * purge)
    return Subscribers(start, real, reading, bought)
