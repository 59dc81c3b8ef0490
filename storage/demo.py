"""The built-in demo: a realistic crypto/finance niche, an own channel with view history.

Used by ``main.py --demo`` on a throwaway database, so the user's own data is never touched.
Deterministic for a given seed and ``now``, so screenshots and tests see the same numbers.
"""

import math
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from storage.records import PostData, QuoteDraft, QuoteSource, ReachOrigin, ViewCount
from storage.repositories import Storage

DEMO_NICHE = "Крипто и финансы"
OWN_CHANNEL = "my_crypto_digest"

_COMPETITORS = [
    "coin_daily", "btc_insider", "defi_digest", "crypto_pulse", "altcoin_hub", "hodl_notes",
    "tokenomics_ru", "chain_review", "satoshi_letters", "moneyflow_news", "invest_brief",
    "market_makers", "trade_signals_pro", "blockchain_today", "ether_weekly", "nft_radar",
    "fin_literacy", "stocks_and_coins", "crypto_mama", "web3_daily", "airdrop_hunter",
    "bybit_watch", "ton_ecosystem", "mining_notes", "fintech_ru", "wallet_stories",
    "bull_or_bear", "onchain_data", "crypto_lawyer", "dividend_digest", "money_mindset",
    "pump_alerts", "staking_guide", "usdt_exchange_news", "crypto_memes_ru", "risk_manager",
]  # fmt: skip

# (top_hours, feed_hours, native, share of quotes)
_FORMATS = [(1, 24, False, 0.45), (1, 48, False, 0.3), (2, 48, False, 0.1), (3, 72, False, 0.05),
            (1, None, False, 0.05), (1, 24, True, 0.05)]  # fmt: skip
_SOURCES = [QuoteSource.PRICE_LIST, QuoteSource.CHAT, QuoteSource.EXCHANGE, QuoteSource.STATS_SITE]


def _round_price(value: float) -> Decimal:
    step = 100 if value < 5000 else 500
    return Decimal(max(step, round(value / step) * step))


def _accumulated(final_views: float, age_hours: float, tau_hours: float) -> int:
    """Views a post has collected at an age: fast early growth that levels off."""
    return int(final_views * (1 - math.exp(-age_hours / tau_hours)))


def seed_demo(storage: Storage, now: datetime | None = None, seed: int = 7) -> None:
    """Fill an empty database with the demo niche, competitors' quotes and the own channel."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    rng = random.Random(seed)
    niche = storage.niches.get_or_create(DEMO_NICHE, "RUB")

    drafts = []
    for index, name in enumerate(_COMPETITORS):
        reach_24 = rng.lognormvariate(math.log(6000), 0.7)
        niche_cpm = rng.lognormvariate(math.log(420), 0.25)
        if index in (5, 17):  # overpriced exchange listings: the niche's outliers
            niche_cpm *= 3.2
        if index == 29:
            niche_cpm *= 0.25
        for repeat in range(rng.choice((1, 1, 2, 3))):  # some channels have a price history
            top, feed, native, _ = rng.choices(_FORMATS, weights=[f[3] for f in _FORMATS])[0]
            window = feed or 72
            reach = reach_24 * (1 + 0.18 * math.log(window / 24, 2)) if window > 24 else reach_24
            price = niche_cpm * reach / 1000 * (1 + 0.12 * repeat) * (1.25 if native else 1)
            days_ago = rng.randint(3, 190) - repeat * 45
            drafts.append(
                QuoteDraft(
                    channel=f"@{name}",
                    niche=niche.name,
                    price=_round_price(price),
                    currency="RUB",
                    top_hours=top,
                    feed_hours=feed,
                    native=native,
                    reach=int(reach),
                    reach_origin=rng.choice(
                        [ReachOrigin.TYPED, ReachOrigin.TYPED, ReachOrigin.FETCHED]
                    ),
                    quoted_at=now - timedelta(days=max(1, days_ago), hours=rng.randint(0, 23)),
                    source=rng.choice(_SOURCES),
                    note="",
                )
            )
    storage.quotes.add_many(drafts)
    for name in _COMPETITORS[:8]:
        channel = storage.channels.find_by_username(name)
        storage.channels.update(
            channel.id, subscribers=int(rng.lognormvariate(math.log(25000), 0.5))
        )

    own = storage.channels.get_or_create(f"@{OWN_CHANNEL}", niche.name)
    own = storage.channels.update(own.id, title="My Crypto Digest")
    storage.channels.set_own(own.id)
    # the demo admin has typed their reach on "My channel" before any Telegram sync
    storage.channels.set_typed_reach(own.id, 24, 4800)
    storage.channels.set_typed_reach(own.id, 48, 5500)
    for top, feed, price in ((1, 24, "2500"), (1, 48, "3200"), (1, None, "5500")):
        storage.own_prices.set_price(
            own.id, Decimal(price), "RUB", top, feed, valid_from=now - timedelta(days=20)
        )
    _seed_own_history(storage, own.id, now, rng)
    seed_vetting_channels(storage, niche.name, now)

    from storage.demo_placements import seed_demo_placements

    seed_demo_placements(storage, now)  # ads the demo admin bought, with their joins


def _seed_own_history(storage: Storage, channel_id: int, now: datetime, rng: random.Random):
    """Sixty posts over a month, each read every few hours as the app would have done."""
    subscribers = 18500
    for day in range(35, -1, -3):
        subscribers += rng.randint(40, 160)
        storage.history.add_subscriber_count(channel_id, now - timedelta(days=day), subscribers)

    posts, counts = [], []
    for message_id in range(1, 61):
        posted_at = now - timedelta(hours=12 * (60 - message_id) + rng.randint(0, 6), minutes=7)
        is_ad = message_id % 9 == 0
        text = (
            "#реклама Лучшая биржа — t.me/some_exchange" if is_ad else f"Обзор рынка №{message_id}"
        )
        posts.append(PostData(message_id, posted_at, text=text, is_ad=is_ad))
        final = rng.lognormvariate(math.log(5600), 0.3)
        tau = rng.uniform(9, 16)
        age_now = (now - posted_at).total_seconds() / 3600
        reading = rng.uniform(0.5, 2.0)
        while reading <= age_now:
            views = _accumulated(final, reading, tau)
            counts.append(
                ViewCount(
                    message_id,
                    posted_at + timedelta(hours=reading),
                    views,
                    forwards=int(views * rng.uniform(0.004, 0.012)),
                    replies=int(views * rng.uniform(0.001, 0.004)),
                    reactions=int(views * rng.uniform(0.01, 0.03)),
                )
            )
            reading += rng.uniform(1.5, 6) if reading < 72 else rng.uniform(24, 48)
    storage.history.upsert_posts(channel_id, posts)
    storage.history.add_view_counts(channel_id, counts)


# Two competitors with view history for the vetting screen: one organic, one buying views.
VETTING_CHANNELS = (
    ("finance_evening", "Финансы вечером", "slow"),
    ("crypto_rocket_vip", "Crypto Rocket VIP", "botted"),
)


def seed_vetting_channels(storage: Storage, niche: str, now: datetime, seed: int = 0) -> None:
    """Store synthetic channels (``pricing.synthetic``) as if the app had synced them a month."""
    from pricing.synthetic import generate_channel

    rng = random.Random(seed)
    for username, title, kind in VETTING_CHANNELS:
        store_synthetic_channel(
            storage, generate_channel(rng, kind, days=30, username=username), title, niche, now
        )


def store_synthetic_channel(storage: Storage, synthetic, title: str, niche: str, now: datetime):
    """A ``SyntheticChannel`` moved in time so it was last observed at ``now``, then stored."""
    shift = now - synthetic.observed_at
    channel = storage.channels.get_or_create(f"@{synthetic.username}", niche)
    channel = storage.channels.update(channel.id, title=title)
    for taken_at, count in synthetic.subscriber_history:
        storage.history.add_subscriber_count(channel.id, taken_at + shift, count)
    posts, counts = [], []
    for message_id, post in enumerate(synthetic.posts, start=1):
        posted_at = post.posted_at + shift
        posts.append(PostData(message_id, posted_at, text=post.text, grouped_id=post.grouped_id))
        for age, views in post.snapshots:
            share = views / post.views if post.views else 0
            counts.append(
                ViewCount(
                    message_id,
                    posted_at + timedelta(hours=age),
                    views,
                    forwards=round(post.forwards * share),
                    reactions=round(post.reactions * share),
                )
            )
    storage.history.upsert_posts(channel.id, posts)
    storage.history.add_view_counts(channel.id, counts)
    return storage.channels.get(channel.id)
