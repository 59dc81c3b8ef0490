"""Schema step 5 on a real file written by the previous release (schema 3): channels stored under
a link as their title take their username, or join the channel that already has it, and every
quote, snapshot and figure stays."""

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from test_migrations import TAKEN, make_v1_database, row_counts, stamps

from application.pricebook import PriceBookService
from application.reach import ReachService
from application.vetting import VettingService
from storage import Storage
from storage import migrations as schema
from storage.db import open_database
from storage.migrate_links import username_in_link

LATER = "2026-02-02 10:00:00.000000"
TABLES = ("channel", "price_quote", "subscriber_snapshot")


def make_v3_database(path: Path, monkeypatch) -> Path:
    """Version 1's file brought to schema 3 by the previous release's own migrations."""
    make_v1_database(path)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", [(v, s) for v, s in schema.MIGRATIONS if v <= 3])
        open_database(path).close()
    return path


@pytest.fixture
def v3_with_links(tmp_path, monkeypatch):
    path = make_v3_database(tmp_path / "v3.sqlite3", monkeypatch)
    raw = sqlite3.connect(path)
    raw.executescript(
        f"""
        INSERT INTO channel (id, telegram_id, username, title, niche_id, is_own, subscribers,
            caught_cheating, mega_compilations, under_promotion, narrow_niche, tracked, notes,
            created_at)
        VALUES
          (10, NULL, NULL, 'https://telegram.dog/Coin_Daily', NULL, 0, 9100, 0, 1, 0, 0, 0,
           'из чата', '{TAKEN}'),
          (11, NULL, NULL, 'www.t.me/Fresh_News', 1, 0, NULL, 0, 0, 0, 0, 0, '', '{TAKEN}'),
          (12, NULL, NULL, 'tg://resolve?domain=fresh_news&post=4', NULL, 0, NULL, 1, 0, 0, 0,
           0, 'накрутка', '{TAKEN}'),
          (13, NULL, NULL, 'Крипто Дайджест', 1, 0, NULL, 0, 0, 0, 0, 0, '', '{TAKEN}'),
          (14, NULL, NULL, 't.me/+AbCdEf123', NULL, 0, NULL, 0, 0, 0, 0, 0, '', '{TAKEN}'),
          (15, NULL, NULL, 'durov', NULL, 0, NULL, 0, 0, 0, 0, 0, '', '{TAKEN}'),
          (16, 4242, NULL, 'T.ME/official', NULL, 0, NULL, 0, 0, 0, 0, 0, '', '{TAKEN}');
        INSERT INTO price_quote (id, channel_id, price, currency, top_hours, feed_hours, native,
            reach, reach_origin, quoted_at, source, note, import_key, created_at)
        VALUES (10, 10, 1700, 'RUB', 1, 24, 0, 3100, 'typed', '{TAKEN}', 'chat', '', NULL,
                '{TAKEN}'),
               (11, 11, 800, 'RUB', 1, 24, 0, NULL, 'typed', '{TAKEN}', 'other', '', NULL,
                '{TAKEN}'),
               (12, 12, 900, 'RUB', 1, 48, 0, NULL, 'typed', '{LATER}', 'other', '', NULL,
                '{TAKEN}'),
               (13, 13, 500, 'RUB', 1, 24, 0, NULL, 'typed', '{TAKEN}', 'other', '', NULL,
                '{TAKEN}');
        INSERT INTO subscriber_snapshot (channel_id, taken_at, count)
        VALUES (2, '{TAKEN}', 9000), (10, '{TAKEN}', 9100), (10, '{LATER}', 9200);
        """
    )
    raw.commit()
    raw.close()
    return path


def channel_rows(db) -> dict[int, tuple]:
    query = 'SELECT "id", "username", "title" FROM "channel" ORDER BY "id"'
    return {row[0]: row[1:] for row in db.execute_sql(query)}


def test_link_titles_become_usernames_or_join_the_channel_that_has_it(v3_with_links):
    raw = sqlite3.connect(v3_with_links)
    before = {t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    raw.close()
    db = open_database(v3_with_links)
    assert 5 in stamps(db) and stamps(db)[-1] == schema.latest_version()

    assert channel_rows(db) == {
        1: ("my_crypto_digest", "My Crypto Digest"),
        2: ("coin_daily", ""),  # 10 joined it
        11: ("Fresh_News", ""),  # took its username; 12 joined it
        13: (None, "Крипто Дайджест"),
        14: (None, "t.me/+AbCdEf123"),  # an invite is no username
        15: (None, "durov"),  # a bare word may be a real title
        16: (None, "T.ME/official"),  # its title came from Telegram
    }
    storage = Storage(db)
    quotes = {q.id: (q.channel_id, q.channel_name) for q in storage.quotes.list()}
    assert quotes == {
        1: (2, "@coin_daily"),
        10: (2, "@coin_daily"),
        11: (11, "@Fresh_News"),
        12: (11, "@Fresh_News"),
        13: (13, "Крипто Дайджест"),
    }
    after = row_counts(db)
    assert after["price_quote"] == before["price_quote"] == 5
    assert after["channel"] == before["channel"] - 2 == 7
    assert after["subscriber_snapshot"] == before["subscriber_snapshot"] - 1  # the repeat
    # the snapshot at the moment channel 2 already had is channel 2's own; the other moves
    snapshots = db.execute_sql(
        'SELECT "taken_at", "count" FROM "subscriber_snapshot" WHERE "channel_id" = 2 '
        'ORDER BY "taken_at"'
    ).fetchall()
    assert snapshots == [(TAKEN, 9000), (LATER, 9200)]

    coin, fresh = storage.channels.get(2), storage.channels.get(11)
    # coin_daily had no subscriber count of its own, took the link row's flags and notes
    assert (coin.mega_compilations, coin.notes, coin.niche_id) == (True, "из чата", 1)
    assert (fresh.caught_cheating, fresh.notes, fresh.niche_id) == (True, "накрутка", 1)

    # vetting a link to it now finds it, with its quotes
    reach = ReachService(storage)
    vetting = VettingService(storage, PriceBookService(storage, reach=reach), reach)
    result = vetting.evaluate(vetting.parse("https://telegram.dog/fresh_news", "800", "1/24", None))
    assert result.channel.id == 11
    assert storage.channels.get_or_create("T.ME/coin_daily").id == 2
    db.close()


def test_the_repair_runs_once_and_a_second_open_changes_nothing(v3_with_links):
    db = open_database(v3_with_links)
    first = channel_rows(db)
    db.close()
    db = open_database(v3_with_links)
    assert channel_rows(db) == first
    assert stamps(db).count(5) == 1
    db.close()


def test_a_failed_repair_leaves_the_schema_3_file_as_it_was(v3_with_links, monkeypatch):
    from storage import migrate_links

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate_links, "merge_channels", broken)
    raw = sqlite3.connect(v3_with_links)
    before = raw.execute("SELECT * FROM channel ORDER BY id").fetchall()
    raw.close()
    with pytest.raises(RuntimeError, match="disk full"):
        open_database(v3_with_links)
    raw = sqlite3.connect(v3_with_links)
    after = raw.execute("SELECT * FROM channel ORDER BY id").fetchall()
    # the steps before the repair committed (each step is its own transaction); columns they
    # added come last, and every value the repair would have changed is as it was
    assert [row[: len(before[0])] for row in after] == before
    steps_before = max(version for version, _step in schema.MIGRATIONS if version < 5)
    assert raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == steps_before
    raw.close()


@pytest.mark.parametrize(
    ("title", "username"),
    [
        ("https://telegram.dog/durov", "durov"),
        ("www.t.me/durov", "durov"),
        ("T.ME/Durov/12", "Durov"),
        ("tg://resolve?domain=durov", "durov"),
        ("@durov", "durov"),
        ("durov", None),
        ("Durov Channel", None),
        ("t.me/joinchat/AbCdEf123", None),
        ("t.me/c/12345/6", None),
        ("", None),
    ],
)
def test_which_titles_are_links(title, username):
    assert username_in_link(title) == username


def test_quote_dates_survive(v3_with_links):
    db = open_database(v3_with_links)
    quote = Storage(db).quotes.get(12)
    assert quote.quoted_at == datetime(2026, 2, 2, 10, tzinfo=UTC)
    assert quote.price == Decimal(900)
    db.close()
