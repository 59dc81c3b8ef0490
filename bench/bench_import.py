"""Import performance: reading and committing a 20,000-row price book, and undoing the import.

Run from the repository root:

    .venv/bin/python bench/bench_import.py

The file has 20,000 rows over 5,000 channels (a quarter already in the database) in 5 niches, so
the commit both finds and creates channels. Budget: the commit (one transaction) in < 3 s. It
took 15 s here (27 s through the app on a bigger book) when every row looked its channel up and
was inserted on its own; one transaction with bulk lookups and multi-row inserts takes about
1.3 s. The script prints each step and exits 1 when the commit misses the budget.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_ROWS = 20_000
N_CHANNELS = 5_000
COMMIT_BUDGET_S = 3.0


def write_book(path: Path) -> None:
    rng = random.Random(7)
    today = date(2026, 6, 1)
    lines = ["Канал;Ниша;Формат;Цена;Охват;Дата;Источник"]
    for i in range(N_ROWS):
        channel = f"@import_bench_{i % N_CHANNELS:05d}"
        niche = f"Ниша {i % N_CHANNELS % 5}"
        fmt = rng.choice(["1/24", "1/48", "2/48", "без удаления"])
        price = f"{rng.randint(5, 300) * 100:,} ₽".replace(",", " ")
        day = (today - timedelta(days=rng.randint(0, 365))).strftime("%d.%m.%Y")
        lines.append(f"{channel};{niche};{fmt};{price};{rng.randint(500, 90_000)};{day};чат")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    from storage import QuoteDraft, Storage, open_database
    from storage.importexport import commit_preview, read_preview

    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        storage = Storage(open_database(workdir / "book.sqlite3"))
        # a quarter of the channels are known already, with a quote typed by hand each
        storage.quotes.add_many(
            [
                QuoteDraft(
                    channel=f"@import_bench_{i:05d}",
                    niche=f"Ниша {i % 5}",
                    price=Decimal(1000),
                    quoted_at=datetime(2025, 1, 1, 12, tzinfo=UTC),
                )
                for i in range(0, N_CHANNELS, 4)
            ]
        )
        path = workdir / "book.csv"
        write_book(path)

        start = time.perf_counter()
        preview = read_preview(path, storage, now=datetime(2026, 6, 2, tzinfo=UTC))
        read_s = time.perf_counter() - start
        print(f"read + preview: {len(preview.accepted)} rows accepted in {read_s:.2f} s")

        start = time.perf_counter()
        ids = commit_preview(storage, preview)
        commit_s = time.perf_counter() - start
        per_row_ms = commit_s / max(1, len(ids)) * 1000
        print(f"commit: {len(ids)} rows in {commit_s:.2f} s ({per_row_ms:.3f} ms a row)")

        start = time.perf_counter()
        removed = storage.quotes.delete_many(ids)
        print(f"undo (delete_many): {len(removed)} rows in {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        storage.quotes.restore_many(removed)
        print(f"redo (restore_many): {len(removed)} rows in {time.perf_counter() - start:.2f} s")
        storage.db.close()

    if commit_s > COMMIT_BUDGET_S:
        print(f"commit over budget ({COMMIT_BUDGET_S:.1f} s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
