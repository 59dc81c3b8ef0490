"""Placements: how long the results table takes to work out, and the database it reads.

Run from the repository root:

    .venv/bin/python bench/bench_placements.py

A buyer who grows "под закупами" keeps a few hundred placements; each has an ad post with view
readings and a link with joins. The figures (views at the window, joins per window, niche CPM
per format) are worked out in a worker thread while the area says so; the budget is 2 s for 200
placements with 300 joins each over a 5,000-quote price book. Prints the median of several runs
and the machine's load average (figures scale with it); exits 1 when the budget is missed.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_PLACEMENTS = 200
JOINS_EACH = 300
N_QUOTES = 5_000
BUDGET_MS = 2000


def seed(storage, now: datetime) -> None:
    from storage import QuoteDraft
    from storage.placement_records import ImportedJoin, PlacementDraft
    from storage.placements import PlacementRepository
    from storage.records import PostData, ViewCount

    rng = random.Random(14)
    niche = storage.niches.get_or_create("Bench niche")
    drafts = [
        QuoteDraft(
            channel=f"@bench_seller_{i % 400:03d}",
            niche=niche.name,
            price=Decimal(rng.randint(10, 60) * 100),
            reach=rng.randint(2000, 12000),
            quoted_at=now - timedelta(days=rng.randint(1, 300)),
            import_key=f"bench-{i}",
        )
        for i in range(N_QUOTES)
    ]
    storage.quotes.add_many(drafts)
    own = storage.channels.get_or_create("@bench_own", niche.name)
    storage.channels.set_own(own.id)
    repo = PlacementRepository(storage.db, storage.channels)
    user_ids = iter(range(10**8, 10**9))
    for i in range(N_PLACEMENTS):
        posted = now - timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 23))
        record = repo.add(
            PlacementDraft(
                seller=f"@bench_seller_{i % 400:03d}",
                price=Decimal(rng.randint(10, 60) * 100),
                posted_at=posted,
                ad_post_link=f"t.me/bench_seller_{i % 400:03d}/{1000 + i}",
                promoted_id=own.id,
            )
        )
        storage.history.upsert_posts(record.seller_id, [PostData(1000 + i, posted)])
        storage.history.add_view_counts(
            record.seller_id,
            [ViewCount(1000 + i, posted + timedelta(hours=h), 300 * h) for h in range(1, 60, 3)],
        )
        invite = repo.set_invite(record.id, f"https://t.me/+Bench{i:04d}")
        joins = [
            ImportedJoin(next(user_ids), posted + timedelta(hours=rng.expovariate(1 / 20)))
            for _ in range(JOINS_EACH)
        ]
        repo.add_joins(invite.id, joins)
        repo.add_join_count(invite.id, now, JOINS_EACH)


def main() -> int:
    from application.placements import PlacementService
    from application.pricebook import PriceBookService
    from application.reach import ReachService
    from storage import Storage, open_database

    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        storage = Storage(open_database(Path(folder) / "bench.sqlite3"))
        start = time.perf_counter()
        seed(storage, now)
        seeded = time.perf_counter() - start
        pricebook = PriceBookService(storage, reach=ReachService(storage))
        service = PlacementService(storage, pricebook, clock=lambda: now)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            results = service.results()
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        size = (Path(folder) / "bench.sqlite3").stat().st_size
        storage.db.close()
    with_cost = sum(1 for r in results if r.figures.cost_per_subscriber is not None)
    print(f"placements: {len(results)} ({with_cost} with a cost per subscriber)")
    print(f"joins stored: {N_PLACEMENTS * JOINS_EACH:,}; quotes: {N_QUOTES:,}")
    print(f"seeding: {seeded:.1f} s; database: {size / 1e6:.1f} MB")
    print(f"results(): median {median:.0f} ms (budget {BUDGET_MS} ms)")
    print("load average: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0 if median <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
