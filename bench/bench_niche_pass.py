"""Benchmark: the niche builder's one pass for reach, its Telegram requests and its time.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_niche_pass.py [--competitors 50]``

The app's own ``NicheService`` asks the in-memory fake Telegram (real TL objects) for the own
channel's similar channels, ticks every one, and reads them all in one pass, writing to a real
SQLite file; then a second pass two days later (new posts since, views refreshed). Prints the
requests of each kind per pass and per competitor (budget: at most 3 per competitor on a first
read), the wall time of each pass, and the time to build the checklist with its reach figures.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--competitors", type=int, default=50)
    parser.add_argument("--posts", type=int, default=300, help="posts of each competitor")
    args = parser.parse_args()

    from fake_recommendations import RecommendingClient
    from fake_telegram import NOW, fake_service

    from application.niche import NicheService
    from application.pricebook import PriceBookService
    from application.reach import ReachService
    from storage import Storage, open_database

    now = {"t": NOW + timedelta(minutes=5)}

    def clock():
        return now["t"]

    with tempfile.TemporaryDirectory() as folder:
        storage = Storage(open_database(Path(folder) / "niche.sqlite3"))
        client = RecommendingClient(authorized=True)
        fake_own = client.add_channel("my_digest", "My digest", admin=True)
        niche = storage.niches.get_or_create("Finance")
        own = storage.channels.upsert_telegram(fake_own.telegram_id, fake_own.access_hash,
                                               "my_digest", "")  # fmt: skip
        storage.channels.set_own(own.id)
        rivals = client.add_competitors(args.competitors, posts=args.posts)
        client.recommend(fake_own, rivals)
        telegram = fake_service(storage, client, clock=clock)
        asyncio.run(telegram.connect())
        reach = ReachService(storage, clock=clock)
        service = NicheService(
            storage, PriceBookService(storage, reach=reach), reach, telegram, clock=clock
        )

        def spent(before: Counter) -> dict[str, int]:
            return {k: v - before.get(k, 0) for k, v in client.requests.items() if v - before[k]}

        before = Counter(client.requests)
        asyncio.run(service.find_similar(niche.id, own.id))
        print(f"find similar channels: {spent(before)}")
        for row in service.candidates(niche.id):
            service.set_competitor(niche.id, row.channel.id, True)

        for label in ("first pass", "second pass (two days later)"):
            before = Counter(client.requests)
            started = time.perf_counter()
            report = asyncio.run(service.fetch_reach(niche.id))
            seconds = time.perf_counter() - started
            used = spent(before)
            total = sum(used.values())
            print(
                f"{label}: {len(report.read)} of {report.total} read in {seconds:.2f} s; "
                f"requests {used}; {total / max(report.total, 1):.2f} per competitor"
            )
            now["t"] += timedelta(days=2, hours=1)
            for channel in rivals:  # a few new posts each meanwhile
                channel.add_posts(6, newest_at=NOW + timedelta(days=2), spacing=timedelta(hours=8))

        started = time.perf_counter()
        rows = service.candidates(niche.id)
        print(f"checklist with reach figures: {len(rows)} rows in "
              f"{time.perf_counter() - started:.2f} s")  # fmt: skip
        storage.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
