"""Storage on a real SQLite file: round trips, migrations, uniqueness, bulk writes, durability."""

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import peewee
import pytest
from playhouse.migrate import migrate
from playhouse.test_utils import count_queries

from storage import PostData, QuoteDraft, QuoteSource, ReachOrigin, Storage, ViewCount
from storage import migrations as schema
from storage.db import open_database
from storage.models import Channel, PriceQuote
from storage.opening import OpenError

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "book.sqlite3"


@pytest.fixture
def target(database_target):
    """The book's SQLite path or PostgreSQL URL: what a test reopens."""
    return database_target


@pytest.fixture
def storage(target):
    db = open_database(target)
    yield Storage(db)
    db.close()


def draft(**overrides) -> QuoteDraft:
    values = {
        "channel": "@coin_daily",
        "price": Decimal("1500.50"),
        "quoted_at": NOW,
        "reach": 3000,
        "niche": "Крипто",
        "source": QuoteSource.CHAT,
    }
    values.update(overrides)
    return QuoteDraft(**values)


def test_quote_round_trip_keeps_decimal_money_utc_time_and_labels(storage, target):
    moscow = datetime(2026, 11, 1, 15, 0, tzinfo=UTC) + timedelta(hours=0)
    saved = storage.quotes.add(
        draft(price=Decimal("1234.56"), quoted_at=moscow, feed_hours=None, note="без удаления")
    )
    storage.db.close()

    reopened = Storage(open_database(target))
    [quote] = reopened.quotes.all()
    assert quote.id == saved.id
    assert quote.price == Decimal("1234.56") and isinstance(quote.price, Decimal)
    assert quote.quoted_at == moscow and quote.quoted_at.tzinfo is not None
    assert quote.feed_hours is None
    assert quote.channel_name == "@coin_daily"
    assert quote.niche_name == "Крипто"
    assert quote.source is QuoteSource.CHAT and quote.reach_origin is ReachOrigin.TYPED
    assert quote.note == "без удаления"


def test_same_channel_typed_differently_is_one_channel_with_a_price_history(storage):
    storage.quotes.add(draft(channel="@Coin_Daily"))
    storage.quotes.add(draft(channel="https://t.me/coin_daily", quoted_at=NOW + timedelta(days=30)))
    storage.quotes.add(draft(channel="Крипто Мама", niche="крипто"))
    storage.quotes.add(draft(channel="крипто мама", niche="КРИПТО"))

    channels = storage.channels.all()
    assert sorted(c.display_name for c in channels) == ["@Coin_Daily", "Крипто Мама"]
    assert len(storage.niches.all()) == 1
    coin = storage.channels.find_by_username("coin_daily")
    assert [q.quoted_at for q in storage.quotes.for_channel(coin.id)] == [
        NOW + timedelta(days=30),
        NOW,
    ]


def test_deleted_quote_is_restored_under_its_old_id(storage):
    kept = storage.quotes.add(draft())
    gone = storage.quotes.add(draft(price=Decimal("999")))
    record = storage.quotes.delete(gone.id)
    assert [q.id for q in storage.quotes.all()] == [kept.id]

    storage.quotes.restore(record)
    assert storage.quotes.get(gone.id) == gone


def test_naive_datetime_is_refused_and_nothing_is_saved(storage):
    with pytest.raises(ValueError, match="timezone-aware"):
        storage.quotes.add(draft(quoted_at=datetime(2026, 1, 1)))
    assert storage.quotes.all() == []


def test_import_keys_make_a_second_import_add_nothing(storage):
    drafts = [draft(import_key="file:1"), draft(import_key="file:2", price=Decimal("10"))]
    assert storage.quotes.add_many(drafts) == 2
    assert storage.quotes.add_many(drafts) == 0
    assert storage.quotes.count() == 2


def test_a_failed_bulk_import_leaves_nothing_behind(storage):
    drafts = [draft(import_key="a"), draft(import_key="b", quoted_at=datetime(2026, 1, 1))]
    with pytest.raises(ValueError):
        storage.quotes.add_many(drafts)
    assert storage.quotes.count() == 0


def test_view_snapshots_are_unique_per_post_and_time(storage):
    channel = storage.channels.upsert_telegram(777, 12345, "coin_daily", "Coin Daily", 20000)
    storage.history.upsert_posts(
        channel.id, [PostData(1, NOW), PostData(2, NOW + timedelta(minutes=5))]
    )
    readings = [
        ViewCount(1, NOW + timedelta(hours=1), 100),
        ViewCount(2, NOW + timedelta(hours=1), 50),
    ]

    assert storage.history.add_view_counts(channel.id, readings) == 2
    # A resumed sync writes the same readings again: they are skipped, not duplicated.
    assert storage.history.add_view_counts(channel.id, readings) == 0
    later = [ViewCount(1, NOW + timedelta(hours=5), 400)]
    assert storage.history.add_view_counts(channel.id, later) == 1

    [second, first] = storage.history.post_histories(channel.id)
    assert [s.views for s in second.snapshots] == [50]
    assert [s.views for s in first.snapshots] == [100, 400]
    assert first.ages_and_views() == ((1.0, 100), (5.0, 400))
    assert storage.history.last_refresh(channel.id) == NOW + timedelta(hours=5)


def test_last_readings_of_many_channels_come_from_one_query(storage):
    channels = [
        storage.channels.upsert_telegram(900 + n, 12345, f"chan_{n}", f"Chan {n}", 1000)
        for n in range(5)
    ]
    for n, channel in enumerate(channels[:4]):
        storage.history.upsert_posts(channel.id, [PostData(1, NOW)])
        storage.history.add_view_counts(channel.id, [ViewCount(1, NOW + timedelta(hours=n), 10)])
    ids = [c.id for c in channels]

    with count_queries() as counter:
        found = storage.history.last_refreshes(ids)

    assert counter.count == 1
    assert found == {c.id: storage.history.last_refresh(c.id) for c in channels[:4]}
    assert found[channels[3].id] == NOW + timedelta(hours=3)
    assert channels[4].id not in found  # never read


def test_unique_constraint_is_in_the_schema_itself(db_path, storage):
    if not isinstance(storage.db, peewee.SqliteDatabase):
        pytest.skip("reads the SQLite file directly")
    channel = storage.channels.upsert_telegram(777, None, "coin_daily", "Coin Daily")
    storage.history.upsert_posts(channel.id, [PostData(1, NOW)])
    raw = sqlite3.connect(db_path)
    insert = (
        "INSERT INTO view_snapshot (post_id, taken_at, views, forwards, replies, reactions)"
        " VALUES (1, '2026-11-01 13:00:00.000000', ?, 0, 0, 0)"
    )
    raw.execute(insert, (1,))
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute(insert, (2,))
    raw.close()


def test_bulk_snapshots_of_ten_thousand_posts(storage):
    channel = storage.channels.upsert_telegram(1, None, "big_channel", "Big")
    posts = [PostData(i, NOW - timedelta(hours=i)) for i in range(1, 10_001)]
    storage.history.upsert_posts(channel.id, posts)
    readings = [ViewCount(i, NOW, i * 3) for i in range(1, 10_001)]
    assert storage.history.add_view_counts(channel.id, readings) == 10_000
    assert len(storage.history.known_message_ids(channel.id)) == 10_000


def test_edited_posts_keep_the_last_text_given_and_new_ones_are_added(storage):
    channel = storage.channels.upsert_telegram(1, None, "big_channel", "Big")
    storage.history.upsert_posts(channel.id, [PostData(1, NOW, "first"), PostData(2, NOW, "two")])
    page = [
        PostData(1, NOW, "edited", NOW),
        PostData(2, NOW, "two, edited", NOW + timedelta(minutes=5)),
        PostData(1, NOW, "first"),  # listed again: the edit was undone
        PostData(3, NOW, "new"),
    ]
    ids = storage.history.upsert_posts(channel.id, page)

    stored = {p.message_id: p for p in storage.history.post_histories(channel.id)}
    assert sorted(ids) == [1, 2, 3] and {m: p.post_id for m, p in stored.items()} == ids
    assert {m: p.text for m, p in stored.items()} == {1: "first", 2: "two, edited", 3: "new"}


def test_telegram_channel_merges_with_a_channel_typed_by_hand(storage):
    typed = storage.quotes.add(draft(channel="@coin_daily"))
    fetched = storage.channels.upsert_telegram(777, 555, "coin_daily", "Coin Daily", 21000)
    assert fetched.id == typed.channel_id
    assert (fetched.telegram_id, fetched.access_hash, fetched.subscribers) == (777, 555, 21000)


def test_subscriber_history_updates_the_latest_count(storage):
    channel = storage.channels.upsert_telegram(777, None, "coin_daily", "Coin Daily")
    storage.history.add_subscriber_count(channel.id, NOW, 1000)
    storage.history.add_subscriber_count(channel.id, NOW - timedelta(days=1), 900)
    assert storage.history.subscriber_history(channel.id) == [
        (NOW - timedelta(days=1), 900),
        (NOW, 1000),
    ]
    assert storage.channels.get(channel.id).subscribers == 1000


def test_only_one_channel_is_own(storage):
    a = storage.channels.get_or_create("@first_channel")
    b = storage.channels.get_or_create("@second_channel")
    storage.channels.set_own(a.id)
    storage.channels.set_own(b.id)
    assert storage.channels.own().id == b.id
    assert [c.id for c in storage.channels.all() if c.is_own] == [b.id]


def test_own_prices_keep_history_and_show_the_latest_per_format(storage):
    own = storage.channels.get_or_create("@my_channel")
    storage.own_prices.set_price(own.id, Decimal("2000"), "rub", 1, 24, valid_from=NOW)
    storage.own_prices.set_price(
        own.id, Decimal("2500"), "RUB", 1, 24, valid_from=NOW + timedelta(days=1)
    )
    storage.own_prices.set_price(own.id, Decimal("3000"), "RUB", 1, 48, valid_from=NOW)
    current = storage.own_prices.current(own.id)
    assert [(p.feed_hours, p.price) for p in current] == [
        (24, Decimal("2500")),
        (48, Decimal("3000")),
    ]
    assert len(storage.own_prices.history(own.id)) == 3


def test_wal_and_foreign_keys_are_on(storage):
    if not isinstance(storage.db, peewee.SqliteDatabase):
        pytest.skip("SQLite pragmas")
    assert storage.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert storage.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_new_database_is_stamped_with_the_latest_schema(storage):
    assert schema.current_version(storage.db) == schema.latest_version()
    assert set(storage.db.get_tables()) >= {"price_quote", "view_snapshot", "schema_version"}


def test_migrations_run_once_in_order_on_open(db_path, monkeypatch):
    open_database(db_path).close()
    latest = schema.latest_version()
    calls = []

    def add_rating(migrator):
        calls.append(latest + 1)
        migrate(migrator.add_column("channel", "rating", peewee.IntegerField(default=0)))

    def add_rank(migrator):
        calls.append(latest + 2)
        migrate(migrator.add_column("channel", "rank", peewee.IntegerField(null=True)))

    # two future releases on top of the real migrations (a release stamps its new version too)
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, (latest + 1, add_rating), (latest + 2, add_rank)]
    )
    monkeypatch.setattr("storage.db.SCHEMA_VERSION", latest + 2)
    db = open_database(db_path)
    columns = {c.name for c in db.get_columns("channel")}
    assert {"rating", "rank"} <= columns
    assert schema.current_version(db) == latest + 2
    db.close()
    open_database(db_path).close()
    assert calls == [latest + 1, latest + 2]


def test_a_database_from_a_newer_app_is_refused(db_path, monkeypatch):
    db = open_database(db_path)
    schema.SchemaVersion.create(version=99)
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(OpenError, match="newer ChannelRate") as refused:
        open_database(db_path)
    assert refused.value.code == "newer_schema"
    assert db_path.read_bytes() == before


def test_database_location_follows_the_environment(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere" / "mine.sqlite3"
    monkeypatch.setenv("CHANNELRATE_DB", str(target))
    open_database().close()
    assert target.exists()


def test_sqlite_url_opens_with_the_same_pragmas(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'url.sqlite3'}")
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_deleting_a_channel_takes_its_quotes_with_it(storage):
    quote = storage.quotes.add(draft())
    Channel.delete_by_id(quote.channel_id)
    assert PriceQuote.select().count() == 0


def test_typed_reach_is_stored_per_window_and_cleared_with_none(storage, target):
    own = storage.channels.get_or_create("@my_channel")
    storage.channels.set_typed_reach(own.id, 24, 4800)
    storage.channels.set_typed_reach(own.id, 48, 5500)
    storage.channels.set_typed_reach(own.id, 48, None)
    storage.db.close()

    again = Storage(open_database(target)).channels.get(own.id)
    assert (again.typed_reach(24), again.typed_reach(48)) == (4800, None)


@pytest.mark.parametrize("views", [0, -5, 12.5, "4800", True, Decimal("4800")])
def test_typed_reach_that_is_not_a_whole_number_above_0_is_refused(storage, views):
    own = storage.channels.get_or_create("@my_channel")
    storage.channels.set_typed_reach(own.id, 24, 3000)
    with pytest.raises(ValueError, match="whole number above 0"):
        storage.channels.set_typed_reach(own.id, 24, views)
    assert storage.channels.get(own.id).typed_reach_24h == 3000


def test_typed_reach_only_for_the_typed_windows_and_known_channels(storage):
    own = storage.channels.get_or_create("@my_channel")
    with pytest.raises(ValueError, match="windows"):
        storage.channels.set_typed_reach(own.id, 72, 3000)
    with pytest.raises(ValueError, match="No channel"):
        storage.channels.set_typed_reach(own.id + 100, 24, 3000)


def test_bulk_add_finds_each_channel_and_niche_however_written(storage):
    coin = storage.channels.get_or_create("@Coin_Daily", "Крипто")
    titled = storage.channels.get_or_create("Канал Без Имени")
    drafts = [
        draft(channel="@coin_daily", niche=None),
        draft(channel="https://t.me/COIN_DAILY", niche="крипто"),
        draft(channel="канал без имени", niche="Финансы"),
        draft(channel="@new_channel", niche="Финансы"),
        draft(channel="@New_Channel", niche="Новости"),  # the last niche given wins
        draft(channel="Новый Канал", niche=None),
        draft(channel="новый  канал", niche=None),
    ]
    assert storage.quotes.add_many(drafts) == 7

    channels = {c.display_name: c for c in storage.channels.all()}
    assert sorted(channels) == ["@Coin_Daily", "@new_channel", "Канал Без Имени", "Новый Канал"]
    niches = {n.id: n.name for n in storage.niches.all()}
    assert sorted(niches.values()) == ["Крипто", "Новости", "Финансы"]
    assert niches[channels["@Coin_Daily"].niche_id] == "Крипто"
    assert niches[channels["Канал Без Имени"].niche_id] == "Финансы"
    assert niches[channels["@new_channel"].niche_id] == "Новости"
    assert channels["Новый Канал"].niche_id is None
    per_channel = {c: len(storage.quotes.for_channel(ch.id)) for c, ch in channels.items()}
    assert per_channel == {
        "@Coin_Daily": 2,
        "Канал Без Имени": 1,
        "@new_channel": 2,
        "Новый Канал": 2,
    }
    assert channels["@Coin_Daily"].id == coin.id and channels["Канал Без Имени"].id == titled.id


def test_bulk_add_of_a_nameless_channel_writes_nothing(storage):
    with pytest.raises(ValueError, match="needs a @username"):
        storage.quotes.add_many([draft(channel="@fresh_channel"), draft(channel="   ")])
    assert storage.quotes.count() == 0 and storage.channels.all() == []


def test_bulk_added_quotes_can_be_deleted_and_put_back_under_their_ids(storage):
    kept = storage.quotes.add(draft(price=Decimal("1")))
    ids = storage.quotes.add_many_ids(
        [draft(import_key=f"row:{i}", price=Decimal(100 + i)) for i in range(250)]
    )
    assert len(ids) == len(set(ids)) == 250 and kept.id not in ids
    stored = {q.id: q for q in storage.quotes.all()}
    assert [stored[i].price for i in ids] == [Decimal(100 + i) for i in range(250)]

    removed = storage.quotes.delete_many(ids)
    assert [q.id for q in storage.quotes.all()] == [kept.id]
    assert sorted(storage.quotes.restore_many(removed)) == sorted(ids)
    assert {q.id: q for q in storage.quotes.all()} == stored


def test_a_deleted_newest_quote_keeps_its_id_free_for_the_undo(storage):
    storage.quotes.add(draft(channel="@older_one"))
    newest = storage.quotes.add(draft(channel="@newest_one"))
    deleted = storage.quotes.delete(newest.id)
    other = storage.quotes.add(draft(channel="@saved_meanwhile"))  # e.g. from the vetting tab
    [bulk] = storage.quotes.add_many_ids([draft(channel="@imported_meanwhile")])
    assert newest.id not in (other.id, bulk)
    assert storage.quotes.restore(deleted).channel_name == "@newest_one"


def test_a_channel_known_by_an_ascii_title_keeps_its_quotes_on_edit_and_restore(storage):
    """A Telegram channel without a username whose title looks like one stays that channel."""
    channel = storage.channels.upsert_telegram(777, 1, None, "CryptoDaily")
    quote = storage.quotes.add(draft(channel="CryptoDaily", channel_id=channel.id))
    assert (quote.channel_id, quote.channel_name) == (channel.id, "CryptoDaily")

    edited = storage.quotes.update(quote.id, replace(quote.as_draft(), price=Decimal(900)))
    assert edited.channel_id == channel.id
    deleted = storage.quotes.delete(quote.id)
    assert storage.quotes.restore(deleted).channel_id == channel.id
    storage.quotes.delete_many([quote.id])
    [restored] = storage.quotes.restore_many([deleted])
    assert storage.quotes.get(restored).channel_id == channel.id
    assert storage.channels.find_by_username("CryptoDaily") is None  # no new empty channel

    # a name the user typed instead is looked up as before
    moved = storage.quotes.update(quote.id, replace(quote.as_draft(), channel="@other_chan"))
    assert moved.channel_name == "@other_chan" and moved.channel_id != channel.id


def test_find_by_telegram_id(storage):
    channel = storage.channels.upsert_telegram(4242, 9, "tg_found", "Found")
    assert storage.channels.find_by_telegram_id(4242) == channel
    assert storage.channels.find_by_telegram_id(1) is None


def test_a_new_niche_takes_the_currency_of_the_quote_that_creates_it(storage):
    storage.quotes.add(draft(channel="@ton_one", currency="TON", niche="TON niche"))
    storage.quotes.add_many([draft(channel="@usdt_one", currency="USDT", niche="USDT niche")])
    storage.quotes.add(draft(channel="@rub_one", currency="USDT", niche="TON niche"))
    currencies = {n.name: n.currency for n in storage.niches.all()}
    assert currencies["TON niche"] == "TON" and currencies["USDT niche"] == "USDT"
