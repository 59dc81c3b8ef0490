"""Benchmark: schema step 5 (channels stored under a link as their title) on a big price book.

Run: ``.venv/bin/python bench/bench_migrate_links.py [--channels 20000] [--links 5000]
[--quotes 300000]``

Builds a schema-3 file with ``--channels`` channels known by username, ``--links`` title-only
channels whose title is a link (half of them to a username already in the book, so they are
merged; half to a new one, so they are renamed), a few hundred plain titles, and ``--quotes``
quotes spread over all of them; then opens it, which runs the step in one transaction. Prints
the time the opening took and what the step changed (target: a few seconds at most, once).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from storage import migrations as schema  # noqa: E402
from storage.db import open_database  # noqa: E402

TAKEN = "2026-02-01 10:00:00.000000"
LINK_FORMS = ("https://telegram.dog/{}", "www.t.me/{}", "T.ME/{}", "tg://resolve?domain={}")


def build(path: Path, channels: int, links: int, quotes: int) -> None:
    real = schema.MIGRATIONS
    schema.MIGRATIONS = [(v, s) for v, s in real if v <= 3]
    open_database(path).close()  # a new file stamped 3, as the previous release makes it
    schema.MIGRATIONS = real
    raw = sqlite3.connect(path)
    rows = [(i, f"chan_{i:06d}", "") for i in range(1, channels + 1)]
    for n in range(links):
        name = f"chan_{n * 2 + 1:06d}" if n % 2 == 0 else f"newchan_{n:06d}"
        rows.append((channels + n + 1, None, LINK_FORMS[n % len(LINK_FORMS)].format(name)))
    rows += [(channels + links + k + 1, None, f"Канал номер {k}") for k in range(300)]
    raw.executemany(
        "INSERT INTO channel (id, username, title, is_own, caught_cheating, mega_compilations, "
        "under_promotion, narrow_niche, tracked, notes, created_at) "
        f"VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, '', '{TAKEN}')",
        rows,
    )
    total = len(rows)
    raw.executemany(
        "INSERT INTO price_quote (channel_id, price, currency, top_hours, feed_hours, native, "
        "reach, reach_origin, quoted_at, source, note, created_at) "
        f"VALUES (?, 1000, 'RUB', 1, 24, 0, 2000, 'typed', '{TAKEN}', 'other', '', '{TAKEN}')",
        ((q % total + 1,) for q in range(quotes)),
    )
    raw.commit()
    raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=20_000)
    parser.add_argument("--links", type=int, default=5_000)
    parser.add_argument("--quotes", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.sqlite3"
        build(path, args.channels, args.links, args.quotes)
        raw = sqlite3.connect(path)
        before = raw.execute("SELECT COUNT(*) FROM channel").fetchone()[0]
        raw.close()
        started = time.perf_counter()
        db = open_database(path)
        elapsed = time.perf_counter() - started
        after = db.execute_sql("SELECT COUNT(*) FROM channel").fetchone()[0]
        left = db.execute_sql(
            "SELECT COUNT(*) FROM channel WHERE username IS NULL AND title LIKE '%/%'"
        ).fetchone()[0]
        kept = db.execute_sql("SELECT COUNT(*) FROM price_quote").fetchone()[0]
        db.close()
    print(f"channels {before:,} → {after:,} ({before - after:,} merged), link titles left: {left}")
    print(f"quotes kept: {kept:,} of {args.quotes:,}")
    print(f"opening with step 5: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
