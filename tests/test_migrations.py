"""Schema migrations on real files: a database written by an older release opens, is migrated
once, and keeps every row."""

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from playhouse.migrate import migrate

from storage import Storage
from storage import migrations as schema
from storage.db import open_database

SCHEMA_V1 = Path(__file__).parent / "data" / "schema_v1.sql"
TAKEN = "2026-02-01 10:00:00.000000"  # UtcDateTimeField's stored form
VERSIONS = [version for version, _step in schema.MIGRATIONS]  # after 1, the first release


def make_v1_database(path: Path) -> Path:
    """A database file as version 1 left it: its tables, its stamp and some of everything."""
    raw = sqlite3.connect(path)
    raw.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
    raw.executescript(
        f"""
        INSERT INTO schema_version (id, version, applied_at) VALUES (1, 1, '{TAKEN}');
        INSERT INTO niche (id, name, currency) VALUES (1, 'Крипто', 'RUB');
        INSERT INTO channel (id, telegram_id, access_hash, username, title, niche_id, is_own,
            subscribers, caught_cheating, mega_compilations, under_promotion, narrow_niche,
            tracked, notes, created_at)
        VALUES (1, 777, 555, 'my_crypto_digest', 'My Crypto Digest', 1, 1, 18500, 0, 0, 1, 0,
                1, 'мой канал', '{TAKEN}'),
               (2, NULL, NULL, 'coin_daily', '', 1, 0, NULL, 1, 0, 0, 0, 0, '', '{TAKEN}');
        INSERT INTO price_quote (id, channel_id, price, currency, top_hours, feed_hours, native,
            reach, reach_origin, quoted_at, source, note, import_key, created_at)
        VALUES (1, 2, 1500.5, 'RUB', 1, 24, 0, 3000, 'typed', '{TAKEN}', 'chat', 'без удаления',
                'file:1', '{TAKEN}');
        INSERT INTO own_price (id, channel_id, top_hours, feed_hours, native, price, currency,
            valid_from)
        VALUES (1, 1, 1, 24, 0, 2500, 'RUB', '{TAKEN}');
        INSERT INTO post (id, channel_id, message_id, posted_at, edited_at, grouped_id, is_ad, text)
        VALUES (1, 1, 10, '2026-02-01 08:00:00.000000', NULL, NULL, 0, 'Обзор рынка'),
               (2, 1, 11, '2026-02-01 09:00:00.000000', NULL, NULL, 1, '#реклама');
        INSERT INTO view_snapshot (id, post_id, taken_at, views, forwards, replies, reactions)
        VALUES (1, 1, '{TAKEN}', 1200, 3, 1, 20), (2, 2, '{TAKEN}', 800, 0, 0, 4);
        INSERT INTO subscriber_snapshot (id, channel_id, taken_at, count)
        VALUES (1, 1, '{TAKEN}', 18500);
        """
    )
    raw.commit()
    raw.close()
    return path


@pytest.fixture
def v1_path(tmp_path):
    return make_v1_database(tmp_path / "v1.sqlite3")


def row_counts(db) -> dict[str, int]:
    tables = ("niche", "channel", "price_quote", "own_price", "post", "view_snapshot")
    counts = {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    counts["subscriber_snapshot"] = db.execute_sql(
        "SELECT COUNT(*) FROM subscriber_snapshot"
    ).fetchone()[0]
    return counts


def stamps(db) -> list[int]:
    return [v for (v,) in db.execute_sql("SELECT version FROM schema_version ORDER BY id")]


def test_a_version_1_file_is_migrated_to_the_latest_and_keeps_every_row(v1_path):
    db = open_database(v1_path)
    storage = Storage(db)

    assert schema.latest_version() == VERSIONS[-1]
    assert stamps(db) == [1, *VERSIONS]
    assert row_counts(db) == {
        "niche": 1,
        "channel": 2,
        "price_quote": 1,
        "own_price": 1,
        "post": 2,
        "view_snapshot": 2,
        "subscriber_snapshot": 1,
    }
    own = storage.channels.own()
    assert (own.username, own.title, own.subscribers, own.notes) == (
        "my_crypto_digest",
        "My Crypto Digest",
        18500,
        "мой канал",
    )
    assert (own.telegram_id, own.access_hash, own.under_promotion, own.tracked) == (
        777,
        555,
        True,
        True,
    )
    [quote] = storage.quotes.all()
    assert quote.price == Decimal("1500.5") and quote.note == "без удаления"
    assert quote.quoted_at == datetime(2026, 2, 1, 10, tzinfo=UTC)
    assert [p.message_id for p in storage.history.post_histories(own.id)] == [11, 10]

    # the new fields exist, start empty, and work
    assert (own.typed_reach_24h, own.typed_reach_48h) == (None, None)
    assert (own.invite_hash, own.needs_reopen) == (None, False)
    assert storage.sync_state.ranges(own.id) == []  # the next refresh reads the window again
    assert storage.sync_state.live_message_ids(own.id) == [10, 11]
    storage.channels.set_typed_reach(own.id, 24, 4800)
    storage.channels.set_typed_reach(own.id, 48, 5500)
    db.close()

    reopened = Storage(open_database(v1_path))
    own = reopened.channels.own()
    assert (own.typed_reach(24), own.typed_reach(48)) == (4800, 5500)
    assert stamps(reopened.db) == [1, *VERSIONS]
    reopened.db.close()


def test_a_migrated_database_runs_nothing_on_the_next_open(v1_path, monkeypatch):
    calls = []

    def spy(version, step):
        def run(migrator):
            calls.append(version)
            step(migrator)

        return version, run

    monkeypatch.setattr(schema, "MIGRATIONS", [spy(v, s) for v, s in schema.MIGRATIONS])
    open_database(v1_path).close()
    open_database(v1_path).close()
    assert calls == VERSIONS


def test_migrated_schema_is_the_schema_a_new_database_gets(v1_path, tmp_path):
    """Model and migrations agree: a user who upgraded has the same columns as a new user."""

    def columns(db) -> dict[str, set[tuple]]:
        return {
            table: {(c.name, c.data_type.upper(), c.null) for c in db.get_columns(table)}
            for table in db.get_tables()
        }

    migrated = open_database(v1_path)
    migrated_columns = columns(migrated)
    migrated.close()
    fresh = open_database(tmp_path / "new.sqlite3")
    assert columns(fresh) == migrated_columns
    fresh.close()


def test_a_failing_migration_leaves_the_version_1_file_as_it_was(v1_path, monkeypatch):
    def half_done(migrator):
        migrate(migrator.add_column("channel", "broken", schema.IntegerField(null=True)))
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", [(2, half_done)])
    with pytest.raises(RuntimeError, match="disk full"):
        open_database(v1_path)
    raw = sqlite3.connect(v1_path)
    assert [v for (v,) in raw.execute("SELECT version FROM schema_version")] == [1]
    assert "broken" not in {row[1] for row in raw.execute("PRAGMA table_info(channel)")}
    assert raw.execute("SELECT COUNT(*) FROM view_snapshot").fetchone()[0] == 2
    raw.close()


def make_v2_database(path: Path) -> Path:
    """A database file as version 2 left it: version 1 plus the typed-reach columns."""
    make_v1_database(path)
    raw = sqlite3.connect(path)
    raw.executescript(
        f"""
        ALTER TABLE channel ADD COLUMN typed_reach_24h INTEGER;
        ALTER TABLE channel ADD COLUMN typed_reach_48h INTEGER;
        UPDATE channel SET typed_reach_24h = 4100 WHERE id = 1;
        INSERT INTO price_quote (id, channel_id, price, currency, top_hours, feed_hours, native,
            reach, reach_origin, quoted_at, source, note, import_key, created_at)
        VALUES (2, 2, 2000, 'RUB', 1, 48, 0, 3500, 'fetched', '{TAKEN}', 'other', '', NULL,
                '{TAKEN}');
        INSERT INTO schema_version (id, version, applied_at) VALUES (2, 2, '{TAKEN}');
        """
    )
    raw.commit()
    raw.close()
    return path


def quote_rows(path: Path) -> list[tuple]:
    raw = sqlite3.connect(path)
    rows = raw.execute("SELECT * FROM price_quote ORDER BY id").fetchall()
    raw.close()
    return rows


@pytest.mark.parametrize("make", [make_v1_database, make_v2_database], ids=["v1", "v2"])
def test_schema_3_keeps_every_quote_and_never_reuses_a_deleted_id(make, tmp_path):
    path = make(tmp_path / "old.sqlite3")
    before = quote_rows(path)
    db = open_database(path)
    assert stamps(db)[-1] == VERSIONS[-1]
    db.close()
    assert quote_rows(path) == before  # every column of every row, ids included

    db = open_database(path)
    storage = Storage(db)
    newest = max(q.id for q in storage.quotes.all())
    draft = storage.quotes.get(1).as_draft()
    storage.quotes.delete(newest)
    added = storage.quotes.add(replace(draft, import_key=None))
    assert added.id == newest + 1
    storage.quotes.delete(added.id)
    [bulk] = storage.quotes.add_many_ids([replace(draft, import_key="bulk:1")])
    assert bulk == newest + 2
    db.close()
    raw = sqlite3.connect(path)
    indexes = {row[1] for row in raw.execute("PRAGMA index_list(price_quote)")}
    raw.close()
    assert {"price_quote_channel_id", "price_quote_quoted_at", "price_quote_import_key"} <= indexes


def test_schema_3_gives_a_niche_the_currency_most_of_its_quotes_are_in(v1_path):
    raw = sqlite3.connect(v1_path)
    raw.executescript(
        f"""
        INSERT INTO niche (id, name, currency) VALUES (2, 'TON', 'RUB'), (3, 'Mixed', 'RUB');
        INSERT INTO channel (id, username, title, niche_id, is_own, caught_cheating,
            mega_compilations, under_promotion, narrow_niche, tracked, notes, created_at)
        VALUES (3, 'ton_one', '', 2, 0, 0, 0, 0, 0, 0, '', '{TAKEN}'),
               (4, 'mixed_one', '', 3, 0, 0, 0, 0, 0, 0, '', '{TAKEN}');
        INSERT INTO price_quote (channel_id, price, currency, top_hours, feed_hours, native,
            reach, reach_origin, quoted_at, source, note, created_at)
        VALUES (3, 10, 'TON', 1, 24, 0, 1000, 'typed', '{TAKEN}', 'other', '', '{TAKEN}'),
               (3, 12, 'TON', 1, 24, 0, 1100, 'typed', '{TAKEN}', 'other', '', '{TAKEN}'),
               (4, 10, 'USDT', 1, 24, 0, 1000, 'typed', '{TAKEN}', 'other', '', '{TAKEN}'),
               (4, 900, 'RUB', 1, 24, 0, 1000, 'typed', '{TAKEN}', 'other', '', '{TAKEN}');
        """
    )
    raw.commit()
    raw.close()
    storage = Storage(open_database(v1_path))
    currencies = {n.name: n.currency for n in storage.niches.all()}
    # all TON → TON; half and half stays as it was; the RUB niche of RUB quotes is untouched
    assert currencies == {"Крипто": "RUB", "TON": "TON", "Mixed": "RUB"}
    storage.db.close()


def test_schema_7_adds_the_niche_checklist_to_a_schema_3_file(v1_path, tmp_path):
    """A file at schema 3 (the previous release) gains the niche builder's candidates table;
    every row stays, and a candidate can be stored and read back."""
    from storage.repositories.niche_candidates import CandidateOrigin, NicheCandidateRepository

    previous = list(schema.MIGRATIONS)
    try:  # bring the file to schema 3 first, as the previous release did
        schema.MIGRATIONS[:] = [(v, s) for v, s in previous if v <= 3]
        open_database(v1_path).close()
    finally:
        schema.MIGRATIONS[:] = previous
    raw = sqlite3.connect(v1_path)
    assert "niche_candidate" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()

    db = open_database(v1_path)
    assert stamps(db) == [1, *VERSIONS]
    assert row_counts(db)["price_quote"] == 1
    storage = Storage(db)
    candidates = NicheCandidateRepository(db)
    rival = storage.channels.find_by_username("coin_daily")
    found_at = datetime(2026, 3, 1, tzinfo=UTC)
    assert candidates.add(1, [rival.id], CandidateOrigin.RECOMMENDED, found_at, found_via_id=1) == 1
    assert candidates.add(1, [rival.id], CandidateOrigin.PASTED, found_at) == 0  # listed once
    [candidate] = candidates.in_niche(1)
    assert (candidate.channel.username, candidate.origin, candidate.found_via_id) == (
        "coin_daily",
        CandidateOrigin.RECOMMENDED,
        1,
    )
    assert not candidate.competitor
    candidates.set_competitor(1, rival.id, True)
    assert candidates.in_niche(1)[0].competitor
    db.close()


def test_the_version_a_book_opens_at_without_migrating_is_the_latest_migration():
    """A book stamped with ``SCHEMA_VERSION`` opens without the migrations: it must be the
    version the last migration writes, or a book one step behind would open unmigrated."""
    from storage.models import SCHEMA_VERSION

    assert SCHEMA_VERSION == schema.latest_version() == VERSIONS[-1]


def test_a_current_book_opens_without_loading_the_migrations(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "current.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from storage import open_database; "
        f"db = open_database({str(path)!r}); "
        "print('storage.migrations' in sys.modules, 'playhouse.migrate' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.split()  # fmt: skip
    assert shown == ["False", "False"]
