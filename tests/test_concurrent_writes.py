"""Writers take turns: two app processes, or an import worker and the window, never lose a quote.

Run on SQLite and, when a server is configured, on PostgreSQL (see ``database_target``).
"""

import subprocess
import sys
import threading
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from storage import QuoteDraft, Storage, engines, open_database
from storage import db as storage_db
from storage.engines import TEAM_WRITE_LOCK, DatabaseBusyError
from storage.fields import DateOutOfRangeError
from storage.models import Channel, PriceQuote

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
ADDS_PER_PROCESS = 250
# The same few channels in both processes: "find the channel or create it" races as well.
CHANNELS = [f"@shared_chan_{i}" for i in range(8)]

WRITER = """
import sys
from datetime import UTC, datetime
from decimal import Decimal
from storage import QuoteDraft, Storage, open_database

target, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
channels = [f"@shared_chan_{i}" for i in range(8)]
storage = Storage(open_database(target))
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()  # both start writing together
for i in range(count):
    storage.quotes.add(QuoteDraft(
        channel=channels[i % len(channels)], price=Decimal(1000 + i), reach=2000,
        quoted_at=datetime(2026, 11, 1, tzinfo=UTC), niche="Shared", note=f"{name}-{i}"))
print("done", count)
"""


def draft(**overrides) -> QuoteDraft:
    values = {"channel": "@coin_daily", "price": Decimal(1500), "quoted_at": NOW, "reach": 3000}
    values.update(overrides)
    return QuoteDraft(**values)


def test_two_app_processes_adding_at_once_lose_nothing(database_target):
    open_database(database_target).close()  # the book exists; both processes open it
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, database_target, name, str(ADDS_PER_PROCESS)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        assert out.strip() == f"done {ADDS_PER_PROCESS}"

    storage = Storage(open_database(database_target))
    notes = [q.note for q in storage.quotes.all()]
    assert len(notes) == 2 * ADDS_PER_PROCESS
    assert set(notes) == {f"{n}-{i}" for n in ("first", "second") for i in range(ADDS_PER_PROCESS)}
    # every process found the channel the other made instead of making its twin
    assert sorted(c.username for c in storage.channels.all()) == sorted(
        name.removeprefix("@") for name in CHANNELS
    )


def test_adds_on_the_window_thread_wait_for_an_import_in_a_worker(database_target, monkeypatch):
    # waits long enough for a 20,000-row import on a loaded test machine (the app waits 15 s)
    monkeypatch.setattr(engines, "WAIT_SECONDS", 60)
    monkeypatch.setitem(storage_db.SQLITE_PRAGMAS, "busy_timeout", 60_000)
    storage = Storage(open_database(database_target))
    rows = [draft(channel=f"@import_{i % 300}", note=f"import {i}") for i in range(20_000)]
    importing = threading.Event()

    def progress(done, total):
        importing.set()  # the import's transaction is open and holds the write lock

    worker_result = []
    worker = threading.Thread(
        target=lambda: worker_result.append(storage.quotes.add_many_ids(rows, progress=progress))
    )
    worker.start()
    assert importing.wait(60)
    added_here = [storage.quotes.add(draft(note=f"typed {i}")) for i in range(5)]
    worker.join(120)

    assert len(worker_result[0]) == 20_000
    assert all(q.id for q in added_here)
    assert storage.quotes.count() == 20_005


def test_a_writer_that_waits_too_long_gives_up_with_a_clear_message(database_target, monkeypatch):
    monkeypatch.setattr(engines, "WAIT_SECONDS", 1)
    monkeypatch.setitem(storage_db.SQLITE_PRAGMAS, "busy_timeout", 200)
    storage = Storage(open_database(database_target))
    storage.quotes.add(draft(note="before"))
    if isinstance(storage.db, peewee.SqliteDatabase):
        import sqlite3

        other = sqlite3.connect(database_target, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
    else:
        import psycopg2

        other = psycopg2.connect(database_target)
        other.cursor().execute("SELECT pg_advisory_lock(%s)", (TEAM_WRITE_LOCK,))
    try:
        with pytest.raises(DatabaseBusyError, match="another ChannelRate window or program"):
            storage.quotes.add(draft(note="while busy"))
    finally:
        other.close()
    assert [q.note for q in storage.quotes.all()] == ["before"]
    storage.quotes.add(draft(note="after"))  # the lock is gone: writing works again
    assert storage.quotes.count() == 2


def test_a_date_outside_1970_to_2199_is_never_stored(database_target):
    storage = Storage(open_database(database_target))
    for year in (1, 1969, 2200, 9999):
        with pytest.raises(DateOutOfRangeError):
            storage.quotes.add(draft(quoted_at=datetime(year, 6, 1, 12, tzinfo=UTC)))
        with pytest.raises(DateOutOfRangeError):
            storage.quotes.add_many([draft(quoted_at=datetime(year, 6, 1, tzinfo=UTC))])
    assert storage.quotes.count() == 0
    assert Channel.select().count() == 0  # the transaction took the new channel back too


def test_a_book_that_already_holds_year_1_still_opens_and_lists(tmp_path, qapp):
    """Older versions stored year 1 as the text "1-01-01 …", which stopped every read."""
    path = tmp_path / "old.sqlite3"
    storage = Storage(open_database(path))
    storage.quotes.add(draft(note="good"))
    bad = storage.quotes.add(draft(note="year one"))
    PriceQuote.update(quoted_at=peewee.SQL("'1-01-01 00:00:00.000000'")).where(
        PriceQuote.id == bad.id
    ).execute()
    storage.db.close()

    reopened = Storage(open_database(path))
    by_note = {q.note: q.quoted_at for q in reopened.quotes.all()}
    assert by_note["good"] == NOW
    assert by_note["year one"] == datetime(1970, 1, 1, tzinfo=UTC)  # shown, and can be fixed
    reopened.db.close()

    import main

    png = tmp_path / "window.png"
    assert main.run(["--db", str(path), "--screenshot", str(png), "--lang", "en"]) == 0
    assert png.stat().st_size > 10_000
