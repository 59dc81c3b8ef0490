"""Placements in storage: schema 6 from a schema-3 file, and the repository's round trips."""

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from playhouse.test_utils import count_queries
from test_migrations import make_v2_database, stamps

from application.placements import InviteLinkError, PlacementService, normalise_invite_link
from application.pricebook import PriceBookService
from application.reach import ReachService
from pricing.errors import InputError
from storage import Storage, open_database
from storage import migrations as schema
from storage.placement_records import ImportedJoin, PlacementDraft
from storage.placements import PlacementRepository, ad_message_id

POSTED = datetime(2026, 2, 10, 15, 0, tzinfo=UTC)


def make_v3_database(path):
    """A file as schema 3 left it: the version-2 file run through migrations 2 and 3 only."""
    make_v2_database(path)
    original = schema.MIGRATIONS
    schema.MIGRATIONS = [step for step in original if step[0] <= 3]
    try:
        open_database(path).close()
    finally:
        schema.MIGRATIONS = original
    return path


def draft(**changes):
    fields = {
        "seller": "@coin_daily",
        "price": Decimal("3000"),
        "posted_at": POSTED,
        "ad_post_link": "https://t.me/coin_daily/321",
    }
    fields.update(changes)
    return PlacementDraft(**fields)


def test_a_schema_3_file_gets_the_placement_tables_and_keeps_its_rows(tmp_path):
    path = make_v3_database(tmp_path / "v3.sqlite3")
    raw = sqlite3.connect(path)
    before = raw.execute("SELECT * FROM price_quote ORDER BY id").fetchall()
    assert "placement" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()

    db = open_database(path)
    assert 6 in stamps(db) and stamps(db)[-1] == schema.latest_version()
    storage = Storage(db)
    repo = PlacementRepository(db, storage.channels)
    own = storage.channels.own()
    added = repo.add(draft(promoted_id=own.id))
    assert added.seller_name == "@coin_daily" and added.promoted_name == "@my_crypto_digest"
    assert added.ad_message_id == 321
    db.close()

    raw = sqlite3.connect(path)
    assert raw.execute("SELECT * FROM price_quote ORDER BY id").fetchall() == before
    indexes = {r[1] for r in raw.execute("PRAGMA index_list(join_snapshot)")}
    raw.close()
    assert "join_snapshot_invite_id_taken_at" in indexes


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    yield Storage(db)
    db.close()


def test_deleting_a_placement_takes_its_link_and_joins_and_undo_puts_all_back(storage):
    repo = PlacementRepository(storage.db, storage.channels)
    record = repo.add(draft())
    invite = repo.set_invite(record.id, "https://t.me/+AbCdEf123", "@coin_daily 10.02")
    assert repo.add_join_count(invite.id, POSTED + timedelta(hours=5), 12)
    assert not repo.add_join_count(invite.id, POSTED + timedelta(hours=5), 12)  # no duplicate
    joins = [ImportedJoin(100 + i, POSTED + timedelta(hours=i)) for i in range(12)]
    assert repo.add_joins(invite.id, joins) == 12
    assert repo.add_joins(invite.id, joins[:3]) == 0

    bundle = repo.delete(record.id)
    assert repo.list() == [] and repo.invites() == []
    assert storage.db.execute_sql("SELECT COUNT(*) FROM invite_join").fetchone()[0] == 0

    restored = repo.restore(bundle)
    assert restored == record.__class__(**{**record.__dict__, "invite": invite})
    assert len(repo.joins([invite.id])[invite.id]) == 12
    assert repo.join_counts([invite.id])[invite.id] == [(POSTED + timedelta(hours=5), 12)]
    # the id of a deleted placement is never handed out again
    repo.delete(restored.id)
    assert repo.add(draft()).id == record.id + 1


def test_a_new_link_replaces_the_old_one_and_its_readings(storage):
    repo = PlacementRepository(storage.db, storage.channels)
    record = repo.add(draft())
    old = repo.set_invite(record.id, "https://t.me/+OldLink1")
    repo.add_join_count(old.id, POSTED, 3)
    new = repo.set_invite(record.id, "https://t.me/+NewLink2")
    assert repo.get(record.id).invite == new
    assert repo.join_counts([old.id]) == {old.id: []}


def test_edit_keeps_the_seller_and_reads_the_post_number(storage):
    repo = PlacementRepository(storage.db, storage.channels)
    record = repo.add(draft())
    edited = repo.update(
        record.id,
        draft(
            price=Decimal("3500"), ad_post_link="t.me/coin_daily/400", seller_id=record.seller_id
        ),
    )
    assert (edited.price, edited.ad_message_id, edited.seller_id) == (
        Decimal("3500"),
        400,
        record.seller_id,
    )
    assert ad_message_id("not a link") is None and ad_message_id("") is None


# --- pasted invite links ------------------------------------------------------------------

HASHES = st.text(alphabet="abcdefXYZ0189_-", min_size=4, max_size=40)


@given(HASHES, st.sampled_from(["https://t.me/+{}", "t.me/joinchat/{}", "tg://join?invite={}"]))
def test_every_written_form_of_an_invite_link_is_one_link(invite_hash, form):
    assert normalise_invite_link(form.format(invite_hash)) == f"https://t.me/+{invite_hash}"


@given(st.text(max_size=60))
def test_pasted_text_is_an_invite_link_or_refused(text):
    try:
        link = normalise_invite_link(text)
    except InviteLinkError as error:
        assert isinstance(error, InputError) and error.code == "invite_not_link"
    else:
        assert link.startswith("https://t.me/+")


def test_a_channel_or_post_link_is_not_an_invite_link():
    for text in ("@coin_daily", "https://t.me/coin_daily/12", "t.me/c/123/4", ""):
        with pytest.raises(InviteLinkError):
            normalise_invite_link(text)


def test_the_placements_table_reads_as_many_queries_for_ten_placements_as_for_two(storage):
    pricebook = PriceBookService(storage, reach=ReachService(storage))
    service = PlacementService(storage, pricebook, clock=lambda: POSTED + timedelta(days=3))

    def add(n):
        record = service.repository.add(draft(ad_post_link=f"https://t.me/coin_daily/{n}"))
        invite = service.repository.set_invite(record.id, f"https://t.me/+Link{n}", f"link {n}")
        service.repository.add_join_count(invite.id, POSTED + timedelta(hours=5), n)

    def queries():
        with count_queries() as counter:
            results = service.results()
        return counter.count, results

    for n in range(2):
        add(n)
    few, results = queries()
    for n in range(2, 10):
        add(n)
    many, results = queries()

    assert many == few
    assert len(results) == 10
    assert service.result(results[0].record.id).joins == results[0].joins
