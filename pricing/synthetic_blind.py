"""A blind generator of synthetic channels, written apart from the quality signals to judge them.

It exists to judge the vetting honestly. It was written without reading the signals, their
thresholds or the other generators' models (only the output types of :mod:`pricing.synthetic`),
and nothing in it was adjusted after seeing how the signals score it. It returns the same
:class:`pricing.synthetic.SyntheticChannel`; the curve of each post is a
:class:`pricing.synthetic_blind_curve.BlindCurve` with the same ``views_at(age)``, ``organic``
and ``bot_views``. Default sets: seeds 2030 and 2031, ``generate_channels(seed, 150)`` = 150
organic + 150 botted channels. Channel ``i`` of a kind is drawn from its own numpy generator
seeded with ``(seed, kind, i)``, so a seed always gives the same channels and a larger ``n``
only adds channels.

**Channels.** Subscribers at the moment of the fetch are log-uniform in 300–1,000,000 (bought
subscribers included). Each channel has a niche, which sets its weekly rhythm and pace:

=============  ======================  ==================  ============  ===========
niche          weekend reader activity weekend posting     posts a day   night posts
=============  ======================  ==================  ============  ===========
news           × 0.75–0.95             × 0.5–0.9           3–15          12 %
business       × 0.55–0.80             × 0.15–0.6          0.5–5         2 %
entertainment  × 1.05–1.35             × 0.8–1.2           1–10          6 %
hobby          × 0.95–1.20             × 0.7–1.1           0.3–4         3 %
regional       × 0.85–1.05             × 0.6–1.0           1–8           4 %
=============  ======================  ==================  ============  ===========

and a time zone of UTC+2 to UTC+7 (mostly +3).

**Reader clock.** Readers' activity by local hour is a night floor (0.06–0.25) plus three bumps –
morning (07:00–10:00), midday (13:00) and evening (19:00–22:30), each of its own height – all
later by 1–2.5 h on Saturday and Sunday, the weekend scaled by the niche's factor, each day
× lognormal(0, 0.08), and the whole averaging 1 per hour. A post's *exposure* at age ``t`` is the
activity summed from its publishing to ``t``; organic curves run on exposure, so a post published
at 02:00 waits for the morning and a Sunday post of a business channel grows slowly.

**Organic views** of a post at exposure ``e``: ``N · F(e)``, with one family per channel:

* ``"loglogistic"`` (35 %): ``F = 1 / (1 + (τ/e)^β)``, ``τ`` 0.8–10 h, ``β`` 0.9–2.0;
* ``"wave_tail"`` (40 %): a fast subscriber wave – exponential or Erlang-2 with time constant
  0.4–3 h – carrying 55–90 % of the views, plus a slow search/repost tail, a Lomax power law
  ``1 − (1 + e/τ₂)^(−α)`` with ``τ₂`` 8–60 h and ``α`` 0.5–1.5;
* ``"lognormal"`` (25 %): ``F = Φ((ln e − ln m) / σ)``, median ``m`` 1.5–12 h, ``σ`` 1.1–2.3 (a
  long, fat start and tail).

``τ``/``θ``/``m`` vary per post × lognormal(0, 0.25). The ceiling ``N`` = reach ratio × readers at
publishing × appeal. The *reach ratio* is log-uniform 0.08–0.7, a little lower for bigger channels
(× (real subscribers / 10,000)^−0.06, kept within 0.02–0.9); *readers* are the real subscribers,
where those won by an ad campaign count at 20–50 %. *Appeal* is the product of a rubric factor (2–4
rubrics per channel, lognormal(0, 0.3) each, drawn with uneven weights), lognormal(0, 0.15–0.55), a
flop (0–4 % of posts, × 0.25–0.5), the weekend factor ^0.7 for posts published on a local weekend, ×
0.5–0.9 for ads, and *feed burial*: a post followed by ``k`` others within 2 h keeps ``1 − s · k /
(k + 3)`` of its readers (``s`` 0.05–0.4 per channel: readers who jump to the newest post skip the
ones in between).

**Late cascades** on the organic curve (running on exposure from their start, log-logistic with
``β`` 1.6): a *viral* post (22 % of organic channels, 8 % of botted; one or two posts) gains
3–30 × ``N`` more, starting 0.5–48 h after publishing, half of it within 2–12 exposure hours, and
is forwarded 3–6 × as often; *mentions*: each post with a channel probability of 0–6 % gains
0.2–1.5 × ``N`` from a repost elsewhere 1–72 h later.

**Posting** is bursty: the day's number of posts is negative-binomial (mean the niche's rate,
weekends × the niche's factor, dispersion 1–4), 30 % of channels have one silent stretch of 1–4
days; the day's posts come in *drops* of a geometric number of posts (mean 1.1–2.9) 1–6 minutes
apart, each drop at one of the admin's 1–3 usual hours (07:00–23:00, ± 0.7–2.5 h) or, for the
niche's night share, at any hour; 30 % of admins schedule drops on the hour or half hour.
*Albums*: 5–20 % of posts in entertainment and hobby channels, 0–8 % elsewhere, are albums of
2–6 messages sharing a ``grouped_id`` (the caption on the first; the others see 82–100 % of its
views; reactions and forwards go to the first).

**Ads and deletions.** 60 % of organic channels (75 % of botted) sell ads, 5–30 % of their posts;
the rest 0–4 %. 80 % of ads carry a visible marker ("Реклама", erid, #реклама), 20 % do not. An ad
keeps the top of the feed for an hour in 60 % of cases (the channel's next posts wait), and is
deleted 24 h (35 %) or 48 h (35 %) after publishing; deleted ads are missing from the channel, as
are 0–3 % of other posts the admin removed within two days. Deleted posts still buried their
neighbours.

**Subscribers.** Real subscribers grow by −0.4 to +1.2 % a day. *Ad-driven growth campaign*
(25 % of organic channels, 10 % of botted): on a day 10–87 % into the window (days 3–26 of 30), they
jump by 15–150 % over 1–5 days (a smooth ramp); the newcomers read at 20–50 % of the old
readers' rate, so reach rises much less than subscribers. Botted channels (60 %) also hold bought
subscribers: 0.3–4 × the real ones from the start, plus 0–2 purchases of 10–80 % of the count
spread over 0.1–2 days; half of them lose 0.3–1.5 % of the bought ones a day (bot purges). Bought
subscribers never read.

**Botted channels** are the same channels with a weaker own audience: a channel that buys a share
``b`` of its views has its reach ratio × min(1, (1 − b) · 1–2.5), so its total views per subscriber
look like an organic channel's, up to 2.5 × more. Their *bought share* – the median post's bot views
÷ its views at 7 days – is set exactly (by bisection on the package size) to a tier: ``"partial"``
30–50 % (35 % of channels), ``"mostly"`` 50–80 % (40 %), ``"almost_all"`` 80–95 % (25 %). Each
message gets the channel's package × lognormal(0, 0–0.3) (the services' randomisation), × 1.3–2 on
ad posts for 40 % of channels (pleasing the advertiser). Delivery (``base_kind``):

* ``"even"`` (25 %): at a constant rate over 1–6 h, starting 0–20 min after publishing;
* ``"front_loaded"`` (20 %): over 1–6 h, fastest at first (``1 − (1 − x)^2.5``);
* ``"instant"`` (20 %): starting 0–6 min after publishing, delivered over 6–36 min;
* ``"mimic"`` (15 %): 60–80 % front-loaded over 1–6 h, the rest trickled over the next 12–48 h;
* ``"manual"`` (20 %): bought by hand for 70–100 % of posts, 0.2–3 h after publishing, or at
  08:00–10:00 local for posts of the night; delivered evenly over 1–6 h.

Bots view at night as by day. Half of the botted channels that have reactions on also buy
reactions (0.5–4 % of bot views per post, × lognormal(0, 0.15)), 10 % buy forwards (0.1–0.5 %).

**Engagement.** Reactions are on in 85 % of channels: 0.3–6 % of organic views (log-uniform),
× appeal^0.5 × lognormal(0, 0.5) per post, ads × 0.2. Forwards 0.05–2.5 % of organic views,
× appeal^0.4 × lognormal(0, 0.6), ads × 0.1. Both are Poisson counts at the fetch.

**Readings.** Counters never fall: organic views arrive as a Poisson count with a gamma-mixed rate
(relative spread √φ, φ 0.0003–0.003 per channel), bought views as delivered. *Tracked*: the
buyer opens the app on 35–95 % of days, 1–3 sessions a day around their 1–2 habitual hours
(07:30–23:30 local ± 1 h; 15 % of buyers also around 00:30–02:00), 1–3 syncs per session
20–90 min apart; each sync reads every post younger than 7 days and, at a session's first sync,
the subscriber count. The last sync is at ``observed_at``, 0–3 h after the posting window ends;
``views``, ``forwards`` and ``reactions`` are that sync's counts for every post. *One fetch*
(:func:`one_fetch`): the same channel as a buyer who pastes a link has it – each post's single
reading at its current age (``views``), no snapshots, no subscriber history.

**Labels.** ``kind`` is ``"organic"`` or ``"botted"``; ``base_kind`` is the organic channel's
event (``"plain"``, ``"viral"``, ``"campaign"``, ``"viral_campaign"``) or the botted channel's
delivery style. Each post's ``curve`` holds its family, its organic ceiling, cascade and package.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from pricing.synthetic import SyntheticChannel, SyntheticPost
from pricing.synthetic_blind_calendar import (
    drop_hours,
    logu,
    reader_clock,
    subscriber_shape,
    sync_hours,
)
from pricing.synthetic_blind_curve import BlindCurve, package_size, read_views

KINDS = ("organic", "botted")
ORGANIC_EVENTS = ("plain", "viral", "campaign", "viral_campaign")
DELIVERY_STYLES = ("even", "front_loaded", "instant", "mimic", "manual")
_DELIVERY_WEIGHTS = (0.25, 0.20, 0.20, 0.15, 0.20)
BOUGHT_TIERS = {"partial": (0.30, 0.50), "mostly": (0.50, 0.80), "almost_all": (0.80, 0.95)}
_TIER_WEIGHTS = (0.35, 0.40, 0.25)
MIN_SUBSCRIBERS, MAX_SUBSCRIBERS = 300, 1_000_000
TRACKED_HOURS = 168.0  # the app reads a post until it is 7 days old
# niche: weekend reader activity ×, weekend posting ×, posts a day, share of night posts
NICHES = {
    "news": ((0.75, 0.95), (0.5, 0.9), (3.0, 15.0), 0.12),
    "business": ((0.55, 0.80), (0.15, 0.6), (0.5, 5.0), 0.02),
    "entertainment": ((1.05, 1.35), (0.8, 1.2), (1.0, 10.0), 0.06),
    "hobby": ((0.95, 1.20), (0.7, 1.1), (0.3, 4.0), 0.03),
    "regional": ((0.85, 1.05), (0.6, 1.0), (1.0, 8.0), 0.04),
}
_TIME_ZONES = (2, 3, 3, 3, 3, 3, 4, 5, 7)
_START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday

_TEXTS = (
    "Утренний дайджест: пять новостей, которые стоит знать.",
    "Длинный разбор: почему это случилось и что будет дальше.",
    "Мем дня 😄",
    "Голосуем! Какой вариант выбрали бы вы?",
    "Инструкция по шагам, сохраните себе.",
    "Короткая заметка из поездки.",
    "Ответы на вопросы подписчиков.",
    "Видео: как это выглядит вживую.",
)
_ALBUM_CAPTIONS = ("Фотоотчёт с места событий.", "Подборка кадров недели.", "Было / стало.")
_AD_TEXTS = (
    "Реклама. ООО «Вектор», ИНН 7712345678. erid: LjN8KXvWz\nОбучение аналитике с нуля.",
    "#реклама Сервис аренды самокатов дарит первую поездку: t.me/scoot_promo_bot",
    "Реклама. Подписывайтесь на канал о путешествиях t.me/+QwErTy098765 erid: 2SDnjcWq1",
    "#промо Магазин кофе: скидка 15 % по промокоду BLIND.",
)
_HIDDEN_AD_TEXTS = (
    "Мы давно читаем этот канал и вам советуем: t.me/+ZxCvBn112233",
    "Нашли отличный сервис, делимся: t.me/good_service_bot",
)


def _pick(rng: np.random.Generator, options, weights=None):
    return options[int(rng.choice(len(options), p=weights))]


def _local(hour: float, tz: int) -> tuple[int, float]:
    """(day index, local hour) of a moment ``hour`` hours after the start."""
    day, at = divmod(hour + tz, 24.0)
    return int(day), at


@dataclass(frozen=True)
class _Slot:
    """One publication: a post or an album."""

    hour: float
    is_ad: bool
    members: int
    deleted_at: float | None


@dataclass(frozen=True)
class _Message:
    slot: int
    member: int
    curve: BlindCurve
    appeal: float


def _curve_family(rng) -> tuple[str, dict[str, float]]:
    family = _pick(rng, ("loglogistic", "wave_tail", "lognormal"), (0.35, 0.40, 0.25))
    if family == "loglogistic":
        return family, {"scale_hours": logu(rng, 0.8, 10.0), "shape": rng.uniform(0.9, 2.0)}
    if family == "wave_tail":
        return family, {
            "scale_hours": logu(rng, 0.4, 3.0),
            "shape": float(rng.choice((1.0, 2.0))),
            "tail_share": rng.uniform(0.10, 0.45),
            "tail_hours": logu(rng, 8.0, 60.0),
            "tail_power": rng.uniform(0.5, 1.5),
        }
    return family, {"scale_hours": logu(rng, 1.5, 12.0), "shape": rng.uniform(1.1, 2.3)}


def _publish(rng, days: int, tz: int, niche, observed: float, botted: bool) -> list[_Slot]:
    """The channel's publications: drops of posts, ads holding the top, albums, deletions."""
    visual = niche in (NICHES["entertainment"], NICHES["hobby"])
    albums = rng.uniform(0.05, 0.2) if visual else rng.uniform(0.0, 0.08)
    sells_ads = rng.random() < (0.75 if botted else 0.6)
    ad_rate = rng.uniform(0.05, 0.3) if sells_ads else rng.uniform(0.0, 0.04)
    delete_rate = rng.uniform(0.0, 0.03)
    slots = []
    blocked_until = prev = -1.0
    for hour, count in drop_hours(rng, days, tz, niche):
        at = hour
        for j in range(count):
            if j:
                at += rng.uniform(1.0, 6.0) / 60.0
            if at < blocked_until or at <= prev:
                at = max(blocked_until, prev) + rng.uniform(0.01, 0.1)
            if not 0.0 <= at < observed - 1.0 / 12.0:
                continue
            is_ad = rng.random() < ad_rate
            if is_ad and rng.random() < 0.6:
                blocked_until = at + 1.0
            lifetime = _pick(rng, (24.0, 48.0, None), (0.35, 0.35, 0.30)) if is_ad else None
            if lifetime is None and rng.random() < delete_rate:
                lifetime = rng.uniform(0.05, 48.0)
            members = int(rng.integers(2, 7)) if rng.random() < albums else 1
            slots.append(_Slot(at, is_ad, members, None if lifetime is None else at + lifetime))
            prev = at
    return slots


def _organic_messages(rng, slots, readers, reach_ratio, tz, weekend_activity, botted, clock):
    """One organic curve per message, and the slots whose post went viral."""
    family, base = _curve_family(rng)
    rubrics = rng.lognormal(0.0, 0.3, size=int(rng.integers(2, 5)))
    rubric_weights = rng.dirichlet(np.ones(len(rubrics)))
    appeal_sigma, flop_rate = rng.uniform(0.15, 0.55), rng.uniform(0.0, 0.04)
    burial, ad_appeal = rng.uniform(0.05, 0.4), rng.uniform(0.5, 0.9)
    mention_rate = rng.uniform(0.0, 0.06)
    viral: set[int] = set()
    candidates = [i for i, slot in enumerate(slots) if not slot.is_ad]
    if candidates and rng.random() < (0.08 if botted else 0.22):
        count = min(len(candidates), int(rng.integers(1, 3)))
        viral = {int(i) for i in rng.choice(candidates, size=count, replace=False)}
    hours = np.array([slot.hour for slot in slots])
    messages = []
    for index, slot in enumerate(slots):
        appeal = float(rubrics[rng.choice(len(rubrics), p=rubric_weights)])
        appeal *= rng.lognormal(0.0, appeal_sigma)
        if rng.random() < flop_rate:
            appeal *= rng.uniform(0.25, 0.5)
        if _local(slot.hour, tz)[0] % 7 >= 5:
            appeal *= weekend_activity**0.7
        if slot.is_ad:
            appeal *= ad_appeal * rng.lognormal(0.0, 0.1)
        followers = int(np.count_nonzero((hours > slot.hour) & (hours <= slot.hour + 2.0)))
        appeal *= 1.0 - burial * followers / (followers + 3.0)
        ceiling = reach_ratio * readers(slot.hour) * appeal
        cascade = {}
        if index in viral:
            cascade = {
                "cascade_views": ceiling * logu(rng, 3.0, 30.0),
                "cascade_delay": logu(rng, 0.5, 48.0),
                "cascade_hours": logu(rng, 2.0, 12.0),
            }
        elif not slot.is_ad and rng.random() < mention_rate:
            cascade = {
                "cascade_views": ceiling * logu(rng, 0.2, 1.5),
                "cascade_delay": logu(rng, 1.0, 72.0),
                "cascade_hours": logu(rng, 1.0, 8.0),
            }
        params = dict(base, scale_hours=base["scale_hours"] * rng.lognormal(0.0, 0.25))
        for member in range(slot.members):
            share = 1.0 if member == 0 else rng.uniform(0.82, 1.0)
            curve = BlindCurve(
                family=family,
                organic=ceiling * share,
                posted_hour=slot.hour,
                clock=clock,
                **params,
                **{k: v * share if k == "cascade_views" else v for k, v in cascade.items()},
            )
            messages.append(_Message(index, member, curve, appeal))
    return messages, viral


def _buy_views(rng, messages, slots, tz, target, observed) -> str:
    """Adds the bought views to every message's curve; returns the delivery style."""
    style = _pick(rng, DELIVERY_STYLES, _DELIVERY_WEIGHTS)
    jitter = rng.uniform(0.0, 0.3)
    ad_boost = rng.uniform(1.3, 2.0) if rng.random() < 0.4 else 1.0
    coverage = rng.uniform(0.7, 1.0) if style == "manual" else 1.0
    late_share = rng.uniform(0.2, 0.4)
    weights = np.array(
        [
            (rng.random() < coverage)
            * rng.lognormal(0.0, jitter)
            * (ad_boost if slots[m.slot].is_ad else 1.0)
            for m in messages
        ]
    )
    # the share is set on the posts still there at the fetch
    kept = np.array([not _deleted(slots[m.slot], observed) for m in messages])
    week = np.array([m.curve.organic_at(TRACKED_HOURS) for m in messages])
    package = package_size(week[kept], weights[kept], target) if kept.any() else 0.0
    for n, message in enumerate(messages):
        if not weights[n]:
            continue
        delay, hours = rng.uniform(0.0, 1 / 3), rng.uniform(1.0, 6.0)
        if style == "instant":
            delay, hours = rng.uniform(0.0, 0.1), rng.uniform(0.1, 0.6)
        elif style == "manual":
            local = _local(slots[message.slot].hour, tz)[1]
            delay = rng.uniform(0.2, 3.0) if local >= 8.0 else 8.0 - local + rng.uniform(0, 2)
        curve = replace(
            message.curve,
            bot_views=package * float(weights[n]),
            bot_delay=delay,
            bot_hours=hours,
            bot_profile=style,
            bot_late_share=late_share if style == "mimic" else 0.0,
            bot_late_hours=rng.uniform(12.0, 48.0),
        )
        messages[n] = replace(message, curve=curve)
    return style


def _deleted(slot: _Slot, observed: float) -> bool:
    return slot.deleted_at is not None and slot.deleted_at < observed


def generate_channel(
    rng: np.random.Generator, kind: str, days: int = 30, username: str = "channel"
) -> SyntheticChannel:
    """One channel of ``kind`` (``"organic"`` or ``"botted"``); see the module docstring."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    if days < 1:
        raise ValueError("days must be at least 1")
    botted = kind == "botted"
    niche = NICHES[_pick(rng, tuple(NICHES))]
    tz = int(rng.choice(_TIME_ZONES))
    weekend_activity = rng.uniform(*niche[0])
    observed = days * 24.0 + rng.uniform(0.0, 3.0)
    clock = reader_clock(rng, (days + 10) * 24, tz, weekend_activity)

    # subscribers, scaled so that the count at the fetch is the drawn size
    old, newcomers, bought_subscribers, campaign = subscriber_shape(rng, kind, days)
    size = logu(rng, MIN_SUBSCRIBERS, MAX_SUBSCRIBERS)
    scale = size / float(old(observed) + newcomers(observed) + bought_subscribers(observed))
    newcomer_reading = rng.uniform(0.2, 0.5)
    real_now = scale * float(old(observed) + newcomers(observed))
    reach_ratio = min(0.9, max(0.02, logu(rng, 0.08, 0.7) * (real_now / 1e4) ** -0.06))
    target = 0.0
    if botted:
        target = rng.uniform(*BOUGHT_TIERS[_pick(rng, tuple(BOUGHT_TIERS), _TIER_WEIGHTS)])
        # a channel buying most of its views has little audience of its own
        reach_ratio *= min(1.0, (1.0 - target) * rng.uniform(1.0, 2.5))

    def readers(hour: float) -> float:
        return scale * float(old(hour) + newcomer_reading * newcomers(hour))

    slots = _publish(rng, days, tz, niche, observed, botted)
    messages, viral = _organic_messages(
        rng, slots, readers, reach_ratio, tz, weekend_activity, botted, clock
    )
    style = _buy_views(rng, messages, slots, tz, target, observed) if botted and messages else ""
    syncs, subscriber_syncs = sync_hours(rng, observed, tz)
    posts = _read_posts(rng, messages, slots, viral, syncs, observed, botted)
    history = []
    for hour in subscriber_syncs:
        total = scale * float(old(hour) + newcomers(hour) + bought_subscribers(hour))
        noise = 0.0 if hour == observed else rng.normal(0.0, 0.3 * math.sqrt(total))
        history.append((_START + timedelta(hours=hour), max(0, round(total + noise))))
    return SyntheticChannel(
        kind=kind,
        base_kind=style if botted else ORGANIC_EVENTS[bool(viral) + 2 * campaign],
        username=username,
        subscribers=round(size),
        posts=tuple(posts),
        subscriber_history=tuple(history),
        observed_at=_START + timedelta(hours=observed),
    )


def _read_posts(rng, messages, slots, viral, syncs, observed, botted) -> list[SyntheticPost]:
    """The posts still there at the fetch, with the app's readings, forwards and reactions."""
    dispersion = logu(rng, 3e-4, 3e-3)
    reactions_on = rng.random() < 0.85
    reaction_rate, forward_rate = logu(rng, 0.003, 0.06), logu(rng, 0.0005, 0.025)
    bot_reactions = (
        rng.uniform(0.005, 0.04) if botted and reactions_on and rng.random() < 0.5 else 0
    )
    bot_forwards = rng.uniform(0.001, 0.005) if botted and rng.random() < 0.1 else 0.0
    sync_array = np.array(syncs)
    median_appeal = float(np.median([m.appeal for m in messages])) if messages else 1.0
    posts = []
    for message in messages:
        slot, curve = slots[message.slot], message.curve
        if _deleted(slot, observed):
            continue
        age_now = observed - slot.hour
        since = sync_array - slot.hour
        tracked = since[(since > 0) & (since <= TRACKED_HOURS)]
        ages = np.unique(np.concatenate((tracked, [age_now])))
        counts = read_views(rng, curve, ages, dispersion)
        snapshots = tuple(
            (float(a), v) for a, v in zip(ages, counts, strict=True) if a <= TRACKED_HOURS
        )
        reactions = forwards = 0
        if message.member == 0:
            relative = message.appeal / median_appeal
            organic_now, bots_now = curve.organic_at(age_now), curve.bots_at(age_now)
            rate = forward_rate * relative**0.4 * rng.lognormal(0.0, 0.6)
            if slot.is_ad:
                rate *= 0.1
            elif message.slot in viral:
                rate *= rng.uniform(3.0, 6.0)
            forwards = int(rng.poisson(organic_now * rate + bots_now * bot_forwards))
            if reactions_on:
                rate = reaction_rate * relative**0.5 * rng.lognormal(0.0, 0.5)
                rate *= 0.2 if slot.is_ad else 1.0
                bought = bots_now * bot_reactions * rng.lognormal(0.0, 0.15)
                reactions = int(rng.poisson(organic_now * rate)) + round(bought)
        if message.member:
            text = ""
        elif slot.is_ad:
            text = str(_pick(rng, _AD_TEXTS if rng.random() < 0.8 else _HIDDEN_AD_TEXTS))
        else:
            text = str(_pick(rng, _ALBUM_CAPTIONS if slot.members > 1 else _TEXTS))
        posts.append(
            SyntheticPost(
                posted_at=_START + timedelta(hours=slot.hour),
                curve=curve,  # type: ignore[arg-type]  # same views_at() interface
                views=counts[-1],
                forwards=forwards,
                reactions=reactions,
                snapshots=snapshots,
                is_ad=slot.is_ad,
                grouped_id=message.slot + 1 if slot.members > 1 else None,
                text=text,
            )
        )
    return posts


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
            username=f"blind_{kind}_{i}",
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
