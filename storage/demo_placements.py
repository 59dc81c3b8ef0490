"""Demo placements: ads the demo admin bought in the niche, their links and join curves.

Part of the built-in demo (``storage.demo``): five placements in competitors' channels, each with
its ad post's view readings, and joins through its invite link that arrive fast after the post
and then slow down — one read as dated joins, one as counter readings, one typed by hand, one
still running. Deterministic for a given ``now`` and seed.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from decimal import Decimal

from storage.placement_records import ImportedJoin, PlacementDraft
from storage.records import PostData, ViewCount
from storage.repositories import Storage
from storage.repositories.placements import PlacementRepository

# seller, price, days ago, final views of the ad post, final joins, how joins are known, note
_PLACEMENTS = (
    ("coin_daily", "2800", 12, 6900, 96, "dates", "Через биржу"),
    ("btc_insider", "4500", 9, 7800, 61, "dates", ""),
    ("defi_digest", "1900", 6, 5200, 88, "counter", "Нативка в подборке"),
    ("invest_brief", "3200", 15, 5600, 23, "typed", "Ссылку сделал админ продавца"),
    ("crypto_pulse", "2400", 1, 6100, 47, "dates", "Идёт сейчас"),
)
_SUBSCRIBER_VALUE = Decimal("45")  # what the demo admin says a subscriber is worth


def _fraction(hours: float, tau: float) -> float:
    return 1 - math.exp(-max(hours, 0) / tau)


def seed_demo_placements(storage: Storage, now: datetime, seed: int = 14) -> None:
    """Store the demo placements promoting the own channel (call after the own channel exists)."""
    rng = random.Random(seed)
    repo = PlacementRepository(storage.db, storage.channels)
    own = storage.channels.own()
    user_ids = iter(range(7_000_001, 8_000_000))
    for number, (seller, price, days, views, joins, known, note) in enumerate(_PLACEMENTS, 1):
        posted_at = (now - timedelta(days=days)).replace(hour=11 + number)
        if posted_at > now:
            posted_at -= timedelta(days=1)
        message_id = 900 + number * 7
        record = repo.add(
            PlacementDraft(
                seller=f"@{seller}",
                price=Decimal(price),
                posted_at=posted_at,
                top_hours=1,
                feed_hours=48 if number == 2 else 24,
                ad_post_link=f"https://t.me/{seller}/{message_id}",
                promoted_id=own.id if own else None,
                typed_joins=joins if known == "typed" else None,
                subscriber_value=_SUBSCRIBER_VALUE if number != 4 else None,
                note=note,
            )
        )
        _seed_ad_post(storage, record.seller_id, message_id, posted_at, now, views, rng)
        if known == "typed":
            continue
        invite = repo.set_invite(
            record.id,
            f"https://t.me/+Demo{number}x{seed}Link",
            f"@{seller} {posted_at:%d.%m.%y}",
            created_here=True,
        )
        age = (now - posted_at).total_seconds() / 3600
        tau = rng.uniform(14, 30)
        if known == "counter":
            reading = 2.0
            while reading <= age:
                count = int(joins * _fraction(reading, tau))
                repo.add_join_count(invite.id, posted_at + timedelta(hours=reading), count)
                reading += rng.uniform(3, 8) if reading < 72 else 24
            continue
        expected = int(joins * _fraction(age, tau) / _fraction(24 * 9, tau))
        dates = sorted(
            posted_at + timedelta(hours=-tau * math.log(1 - rng.random() * _fraction(age, tau)))
            for _ in range(expected)
        )
        repo.add_joins(invite.id, [ImportedJoin(next(user_ids), d) for d in dates])
        repo.add_join_count(invite.id, now, expected)


def _seed_ad_post(
    storage: Storage,
    channel_id: int,
    message_id: int,
    posted_at: datetime,
    now: datetime,
    final_views: int,
    rng: random.Random,
) -> None:
    """The ad post in the seller's channel with view readings every few hours."""
    storage.history.upsert_posts(
        channel_id, [PostData(message_id, posted_at, text="#реклама", is_ad=True)]
    )
    tau = rng.uniform(10, 16)
    age = (now - posted_at).total_seconds() / 3600
    counts, reading = [], rng.uniform(0.5, 2)
    while reading <= age:
        views = int(final_views * _fraction(reading, tau))
        counts.append(ViewCount(message_id, posted_at + timedelta(hours=reading), views))
        reading += rng.uniform(2, 7) if reading < 72 else 24
    storage.history.add_view_counts(channel_id, counts)
