"""Two app processes adding quotes to one price book at the same time: how many are kept.

    python bench/bench_writers.py [ADDS_PER_PROCESS] [postgresql://…]

Each process adds its quotes one transaction at a time, to the same eight channels. Prints the
rows kept, the failed adds and the time, on SQLite with the app's immediate transactions, on
SQLite with plain deferred ``BEGIN`` (what the app did before), and on PostgreSQL when a URL is
given (or CHANNELRATE_TEST_PG_URL is set).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRITER = """
import sys
from datetime import UTC, datetime
from decimal import Decimal
from storage import QuoteDraft, Storage, open_database
from storage.engines import LocalDatabase
from peewee import SqliteDatabase

target, count, deferred = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "deferred"
if deferred:
    LocalDatabase.begin = lambda self, lock_type=None: SqliteDatabase.begin(self)
storage = Storage(open_database(target))
print("ready", flush=True)
sys.stdin.readline()
failed = 0
for i in range(count):
    try:
        storage.quotes.add(QuoteDraft(
            channel=f"@shared_chan_{i % 8}", price=Decimal(1000 + i), reach=2000,
            quoted_at=datetime(2026, 11, 1, tzinfo=UTC), niche="Shared"))
    except Exception:
        failed += 1
print(failed, flush=True)
"""


def run_pair(target: str, count: int, mode: str) -> tuple[int, int, int, float]:
    from storage import Storage, open_database

    open_database(target).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, target, str(count), mode],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        proc.stdout.readline()
    start = time.perf_counter()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    failed = sum(int(proc.communicate()[0].strip()) for proc in procs)
    elapsed = time.perf_counter() - start
    storage = Storage(open_database(target))
    kept, channels = storage.quotes.count(), len(storage.channels.all())
    storage.db.close()
    return kept, failed, channels, elapsed


def empty_server(url: str) -> None:
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
    connection.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    url = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("CHANNELRATE_TEST_PG_URL")
    print(f"two processes × {count} adds, 8 shared channels")
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("immediate", "deferred"):
            target = str(Path(folder) / f"{mode}.sqlite3")
            kept, failed, channels, elapsed = run_pair(target, count, mode)
            print(
                f"  SQLite, {mode:<9}: {kept:>5} of {2 * count} kept, {failed} failed, "
                f"{channels} channels, {elapsed:.1f} s"
            )
    if url:
        empty_server(url)
        kept, failed, channels, elapsed = run_pair(url, count, "immediate")
        print(
            f"  PostgreSQL       : {kept:>5} of {2 * count} kept, {failed} failed, "
            f"{channels} channels, {elapsed:.1f} s"
        )


if __name__ == "__main__":
    main()
