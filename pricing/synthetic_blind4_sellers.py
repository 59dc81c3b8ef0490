"""View sellers for the fourth blind generator: buying strategies, packages and delivery shapes.

A botted channel's admin subscribes to a seller's service. The service decides *how* the bought
views arrive (instant, spread by a target curve, following one country's clock, mimicking an
organic curve) and the admin's strategy decides *which* posts get a package (all, some days, ads
first, or a top-up of posts that underperform). See :mod:`pricing.synthetic_blind4` for more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Packages sellers sell, in views per post.
PRICE_LIST = np.array(
    [
        100,
        200,
        300,
        500,
        700,
        1000,
        1500,
        2000,
        3000,
        5000,
        7000,
        10000,
        15000,
        20000,
        30000,
        50000,
        75000,
        100000,
    ]
)
REACTION_PACKS = np.array([10, 15, 20, 30, 50, 100, 150, 200, 300, 500, 1000])
FORWARD_PACKS = np.array([5, 10, 20, 30, 50, 100])

# strategy → (weight, bought share range, services it uses)
STRATEGIES = {
    "instant_all": (0.2, (0.45, 0.95), ("instant",)),
    "smart_all": (0.2, (0.3, 0.85), ("spread",)),
    "geo_all": (0.1, (0.3, 0.8), ("geo",)),
    "natural_mimic": (0.15, (0.15, 0.55), ("natural",)),
    "some_days": (0.12, (0.35, 0.85), ("instant", "spread")),
    "ads_first": (0.08, (0.3, 0.8), ("instant", "spread")),
    "topup_underperformers": (0.15, (0.2, 0.6), ("spread",)),
}


def tier(value: float, packs: np.ndarray = PRICE_LIST) -> int:
    """The price-list package nearest to ``value`` on a log scale."""
    value = max(float(value), float(packs[0]))
    return int(packs[np.argmin(np.abs(np.log(packs / value)))])


@dataclass(frozen=True)
class Service:
    """How a seller delivers one package: the shape of its cumulative delivery by age."""

    mode: str  # "instant", "spread", "geo", "natural"
    delay: float  # hours before the first bot view
    scale: float  # instant: time constant; spread/geo: duration; natural: first-wave constant
    power: float  # spread: front-loading power; natural: share of the first wave
    tail: float  # natural: hours over which the rest arrives


def draw_service(rng: np.random.Generator, mode: str) -> Service:
    if mode == "instant":
        return Service(mode, rng.uniform(0.0, 0.1), rng.uniform(0.05, 0.3), 1.0, 0.0)
    if mode == "spread":
        return Service(
            mode, rng.uniform(0.02, 0.25), rng.uniform(1.0, 6.0), rng.uniform(1.0, 2.5), 0.0
        )
    if mode == "geo":
        return Service(mode, rng.uniform(0.05, 0.3), rng.uniform(1.0, 6.0), 1.0, 0.0)
    return Service(
        mode,
        rng.uniform(0.05, 0.5),
        rng.uniform(0.7, 3.0),
        rng.uniform(0.4, 0.7),
        rng.uniform(24, 72),
    )


def delivered(
    service: Service, ages: np.ndarray, start: np.ndarray, geo_at: np.ndarray | None = None
) -> np.ndarray:
    """Share of each package delivered by ``ages`` (posts × ages), starting ``start`` hours in.

    ``geo_at`` (posts × ages): the target country's activity-hours since the post (for "geo").
    Every shape reaches 1 within 168 h of the post.
    """
    s = np.clip(ages[None, :] - start[:, None] - service.delay, 0, None)
    if service.mode == "instant":
        return 1 - np.exp(-s / service.scale)
    if service.mode == "spread":
        u = np.clip(s / service.scale, 0, 1)
        return 1 - (1 - u) ** service.power
    if service.mode == "geo":
        assert geo_at is not None
        start_e = np.array(
            [
                np.interp(st + service.delay, ages, row)
                for st, row in zip(start, geo_at, strict=True)
            ]
        )
        e = np.clip(geo_at - start_e[:, None], 0, None) * (s > 0)
        return 1 - np.exp(-3 * e / service.scale)
    w = service.power
    first = 1 - np.exp(-s / service.scale)
    rest = np.clip(s / service.tail, 0, 1) ** 0.6
    return w * first + (1 - w) * rest


@dataclass(frozen=True)
class Purchase:
    """What a botted channel's admin buys; per post decisions come from :func:`choose_packages`."""

    strategy: str
    share: float  # target share of bot views on a bought post
    services: tuple[Service, ...]
    reactions: bool
    forwards: bool
    subscribers: str | None  # "drip", "jump" or None
    day_on: float  # some_days: chance a day is covered
    other_posts: float  # ads_first: chance a non-ad post is covered too
    check_hours: float  # topup: when the admin looks at a post
    target_boost: float  # topup: the 24 h views the admin wants, × the channel's median


def draw_purchase(rng: np.random.Generator) -> Purchase:
    names = list(STRATEGIES)
    weights = np.array([STRATEGIES[n][0] for n in names])
    strategy = str(rng.choice(names, p=weights / weights.sum()))
    _, (lo, hi), modes = STRATEGIES[strategy]
    services = tuple(draw_service(rng, m) for m in modes)
    return Purchase(
        strategy=strategy,
        share=float(rng.uniform(lo, hi)),
        services=services,
        reactions=bool(rng.random() < 0.4),
        forwards=bool(rng.random() < 0.2),
        subscribers=str(rng.choice(["drip", "jump"])) if rng.random() < 0.6 else None,
        day_on=float(rng.uniform(0.5, 0.85)),
        other_posts=float(rng.uniform(0.4, 0.8)),
        check_hours=float(rng.uniform(2, 12)),
        target_boost=float(rng.uniform(1.3, 3.0)),
    )


def choose_packages(
    rng: np.random.Generator,
    purchase: Purchase,
    organic_168: np.ndarray,
    organic_check: np.ndarray,
    organic_24: np.ndarray,
    days: np.ndarray,
    is_ad: np.ndarray,
    event: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per post: package size (0 = none), delivery start (hours after the post), service index.

    Album messages (same ``event``) share one decision; each of them gets the package.
    """
    n = len(organic_168)
    base = tier(np.median(organic_168) * purchase.share / (1 - purchase.share))
    size = np.zeros(n)
    start = np.zeros(n)
    which = np.zeros(n, dtype=int)
    day_covered = {int(d): rng.random() < purchase.day_on for d in np.unique(days)}
    decided: dict[int, tuple[float, float, int]] = {}
    target_24 = np.median(organic_24) * purchase.target_boost
    check_share = np.median(organic_check / np.maximum(organic_24, 1))
    for i in range(n):
        if int(event[i]) in decided:
            size[i], start[i], which[i] = decided[int(event[i])]
            continue
        k = int(rng.integers(0, len(purchase.services)))
        amount, begin = float(base), 0.0
        if purchase.strategy == "some_days":
            buy = day_covered[int(days[i])]
        elif purchase.strategy == "ads_first":
            buy = bool(is_ad[i]) or rng.random() < purchase.other_posts
            if is_ad[i]:
                amount = tier(base * rng.uniform(1.0, 2.0))
        elif purchase.strategy == "topup_underperformers":
            buy = organic_check[i] < target_24 * check_share
            # The admin sees only the views so far and guesses the rest from the usual curve.
            amount = tier(max(target_24 - organic_check[i] / max(check_share, 0.05), 100))
            begin = purchase.check_hours + rng.uniform(0.05, 0.5)
        else:
            buy = rng.random() < 0.97  # the auto-view subscription misses a post now and then
        if buy:
            amount *= rng.uniform(0.98, 1.08)  # sellers over-deliver a little
        decided[int(event[i])] = (amount if buy else 0.0, begin, k)
        size[i], start[i], which[i] = decided[int(event[i])]
    return size, start, which
