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
    seed_niche_builder(storage, niche.name, now)

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
# Checked once, never tracked: one reading per post, as a buyer who pastes a link has.
ONE_FETCH_VETTING_CHANNELS = (("pump_signals", "Pump Signals", "botted"),)


def seed_vetting_channels(storage: Storage, niche: str, now: datetime, seed: int = 0) -> None:
    """Store synthetic channels (``pricing.synthetic``) as if the app had synced them a month."""
    from pricing.synthetic import generate_channel

    rng = random.Random(seed)
    for username, title, kind in VETTING_CHANNELS:
        store_synthetic_channel(
            storage, generate_channel(rng, kind, days=30, username=username), title, niche, now
        )
    for username, title, kind in ONE_FETCH_VETTING_CHANNELS:
        synthetic = generate_channel(rng, kind, days=30, username=username)
        store_synthetic_channel(storage, synthetic, title, niche, now, one_fetch=True)


def store_synthetic_channel(
    storage: Storage, synthetic, title: str, niche: str, now: datetime, one_fetch: bool = False
):
    """A ``SyntheticChannel`` moved in time so it was last observed at ``now``, then stored.

    ``one_fetch`` stores what a single fetch gives: each post's views once, at ``now``, and the
    subscriber count of that moment only.
    """
    shift = now - synthetic.observed_at
    channel = storage.channels.get_or_create(f"@{synthetic.username}", niche)
    channel = storage.channels.update(channel.id, title=title)
    history = synthetic.subscriber_history[-1:] if one_fetch else synthetic.subscriber_history
    for taken_at, count in history:
        storage.history.add_subscriber_count(channel.id, taken_at + shift, count)
    posts, counts = [], []
    for message_id, post in enumerate(synthetic.posts, start=1):
        posted_at = post.posted_at + shift
        posts.append(PostData(message_id, posted_at, text=post.text, grouped_id=post.grouped_id))
        readings = post.snapshots
        if one_fetch:
            readings = ((max((now - posted_at).total_seconds() / 3600, 0.0), post.views),)
        for age, views in readings:
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


# The niche builder: channels Telegram named as similar to the own channel, a few pasted ones,
# the real competitors ticked (their reach read), and a year of their quotes in the niche.
NICHE_RECOMMENDED = (
    ("bitok_news", "Биток новости"), ("defi_ru", "DeFi по-русски"),
    ("altseason_ru", "Альтсезон"), ("coinpost_ru", "CoinPost RU"),
    ("hashrate_ru", "Хешрейт"), ("web3_insider", "Web3 Insider"),
    ("eth_ru_news", "Эфир: новости"), ("stablecoin_digest", "Стейблкоины"),
    ("p2p_arbitrage", "P2P арбитраж"), ("fomo_watch", "FOMO watch"),
    ("ton_daily_ru", "TON каждый день"), ("crypto_analytics_ru", "Крипто-аналитика"),
    ("blockchain_ru", "Блокчейн RU"), ("trading_diary_ru", "Дневник трейдера"),
    ("btc_whales", "BTC Whales"), ("airdrop_daily_ru", "Аирдропы дня"),
)  # fmt: skip
NICHE_PASTED = (("invest_crypto_ru", "Инвестиции в крипту"), ("kripto_start", "Крипто старт"),
                ("chain_news_ru", "Chain News RU"), ("solana_ru", "Solana RU"))  # fmt: skip
NICHE_TICKED = 14  # the first this many of the recommended and pasted ones are competitors
NICHE_QUOTED = 10  # ...and the first this many of those have a year of quotes


def seed_niche_builder(storage: Storage, niche_name: str, now: datetime, seed: int = 15) -> None:
    """Candidates with their reach (as a niche pass leaves them) and a year of niche quotes."""
    with storage.db.atomic():  # one commit: the demo opens quickly
        _seed_niche_builder(storage, niche_name, now, seed)


def _seed_niche_builder(storage: Storage, niche_name: str, now: datetime, seed: int) -> None:
    from storage.repositories.niche_candidates import CandidateOrigin, NicheCandidateRepository

    rng = random.Random(seed)
    niche = storage.niches.get_or_create(niche_name, "RUB")
    own = storage.channels.own()
    candidates = NicheCandidateRepository(storage.db)
    found = []
    for names, origin in ((NICHE_RECOMMENDED, CandidateOrigin.RECOMMENDED),
                          (NICHE_PASTED, CandidateOrigin.PASTED)):  # fmt: skip
        ids = []
        for username, title in names:
            channel = storage.channels.get_or_create(f"@{username}")
            subscribers = int(rng.lognormvariate(math.log(24000), 0.45))
            storage.channels.update(channel.id, title=title, subscribers=subscribers)
            ids.append(channel.id)
            found.append((channel.id, subscribers))
        candidates.add(
            niche.id,
            ids,
            origin,
            now - timedelta(days=3),
            own.id if own and origin == "recommended" else None,
        )
    drafts = []
    for index, (channel_id, subscribers) in enumerate(found[:NICHE_TICKED]):
        candidates.set_competitor(niche.id, channel_id, True)
        reach_24 = subscribers * rng.uniform(0.18, 0.32)
        _seed_read_posts(storage, channel_id, reach_24, now, rng)
        if index >= NICHE_QUOTED:
            continue  # no price yet: the "prices to collect" list asks for it
        name = f"@{storage.channels.get(channel_id).username}"
        base_cpm = rng.lognormvariate(math.log(400), 0.18)
        # the niche got dearer over the year: about 2 % a month, in steps when prices change
        months_ago = sorted(rng.sample(range(1, 13), rng.choice((2, 3, 4))), reverse=True)
        if index % 4 == 0:  # last asked long ago: stale, ask again
            months_ago = sorted({a + 3 for a in months_ago}, reverse=True)
        else:
            months_ago = sorted({*months_ago, 1}, reverse=True)
        for ago in months_ago:
            for feed, factor in ((24, 1.0), (48, 1.18)):
                if feed == 48 and rng.random() < 0.4:
                    continue
                cpm_then = base_cpm * (1 + 0.02 * (12 - ago)) * rng.uniform(0.95, 1.05)
                reach = int(reach_24 * factor)
                drafts.append(
                    QuoteDraft(
                        channel=name,
                        niche=niche.name,
                        price=_round_price(cpm_then * reach / 1000),
                        currency="RUB",
                        top_hours=1,
                        feed_hours=feed,
                        reach=reach,
                        reach_origin=ReachOrigin.FETCHED,
                        quoted_at=now - timedelta(days=30 * ago + rng.randint(0, 20)),
                        source=rng.choice(_SOURCES),
                    )
                )
    storage.quotes.add_many(drafts)
    if own is not None:  # the own 1/24 price a year ago and half a year ago
        for days, price in ((360, "2000"), (180, "2200")):
            storage.own_prices.set_price(
                own.id, Decimal(price), "RUB", 1, 24, valid_from=now - timedelta(days=days)
            )


def _seed_read_posts(storage, channel_id: int, reach_24: float, now: datetime, rng) -> None:
    """Twenty posts of the last ten days, each read twice, as a niche pass leaves a channel."""
    posts, counts = [], []
    for message_id in range(1, 21):
        posted_at = now - timedelta(hours=12 * (21 - message_id) + rng.randint(0, 5))
        posts.append(PostData(message_id, posted_at, text=f"Пост {message_id}"))
        final = reach_24 * 1.35 * rng.uniform(0.85, 1.15)
        tau = rng.uniform(9, 15)
        age = (now - posted_at).total_seconds() / 3600
        for reading in (min(age, rng.uniform(20, 30)), age):
            counts.append(
                ViewCount(message_id, posted_at + timedelta(hours=reading),
                          max(1, _accumulated(final, reading, tau)))
            )  # fmt: skip
    storage.history.upsert_posts(channel_id, posts)
    storage.history.add_view_counts(channel_id, counts)
