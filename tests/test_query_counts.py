"""Repository methods run per row or per refresh cost a fixed number of queries, however many rows.

Counted the way peewee's ``playhouse/test_utils.py`` counts (every statement peewee logs, the
prepared ``executemany`` writes included), each with 10 and with 1,000 rows on a real database
file (and on PostgreSQL when CHANNELRATE_TEST_PG_URL names a server): a method that grew a
query per row would show it here long before a user waits on a slow refresh.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from storage import PostData, QuoteDraft, Storage, ViewCount, open_database
from storage.models import Channel, InviteLink, Placement
from storage.placement_records import ImportedJoin, InviteBundle
from storage.repositories.niche_candidates import CandidateOrigin, NicheCandidateRepository
from storage.repositories.placements import PlacementRepository

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
FEW, MANY = 10, 1_000


@pytest.fixture
def storage(database_target):
    db = open_database(database_target)
    yield Storage(db)
    db.close()


def counted(action, *args):
    """(statements run, result) of ``action(*args)``."""
    with count_queries() as counter:
        result = action(*args)
    return counter.count, result


def channel(storage, n: int):
    return storage.channels.upsert_telegram(1000 + n, 77, f"chan_{n}", f"Chan {n}", 5000)


def many_channels(count: int) -> list[int]:
    """``count`` channels written straight to the table (one at a time takes seconds)."""
    Channel.insert_many(
        [{"username": f"bulk_{n}", "title": f"Bulk {n}", "tracked": True} for n in range(count)]
    ).execute()
    query = Channel.select(Channel.id).where(Channel.username.startswith("bulk_"))
    return sorted(row.id for row in query)


def posts(count: int) -> list[PostData]:
    return [PostData(m, NOW - timedelta(hours=m), text=f"post {m}") for m in range(1, count + 1)]


def readings(count: int, hours: int) -> list[ViewCount]:
    return [ViewCount(m, NOW + timedelta(hours=hours), 100 * m) for m in range(1, count + 1)]


def seed_history(storage, channel_id: int, count: int) -> None:
    storage.history.upsert_posts(channel_id, posts(count))
    for hours in (1, 24):
        storage.history.add_view_counts(channel_id, readings(count, hours))


# --- a channel's posts and view readings: the sync writes a page at a time ----------------------


def test_a_page_of_new_posts_is_stored_in_the_same_statements_however_long(storage):
    few_channel, many_channel = channel(storage, 1).id, channel(storage, 2).id
    few, few_ids = counted(storage.history.upsert_posts, few_channel, posts(FEW))
    many, many_ids = counted(storage.history.upsert_posts, many_channel, posts(MANY))

    assert (len(few_ids), len(many_ids)) == (FEW, MANY)
    # read the known posts, insert the new ones, read their ids (3 and 13 before: 100-row inserts)
    assert few == many == 3


def test_a_page_of_edited_posts_is_updated_in_the_same_statements_however_long(storage):
    counts = []
    for n, size in enumerate((FEW, MANY)):
        channel_id = channel(storage, n).id
        storage.history.upsert_posts(channel_id, posts(size))
        edited = [PostData(p.message_id, p.posted_at, "edited", NOW) for p in posts(size)]
        statements, _ids = counted(storage.history.upsert_posts, channel_id, edited)
        counts.append(statements)
        stored = storage.history.post_histories(channel_id)
        assert len(stored) == size and {p.text for p in stored} == {"edited"}

    # read the known posts, one prepared update for all edited, read the ids
    # (an update per edited post before: 12 and 1,003)
    assert counts == [3, 3]


def test_a_page_of_view_readings_is_stored_in_the_same_statements_however_long(storage):
    counts = []
    for n, size in enumerate((FEW, MANY)):
        channel_id = channel(storage, n).id
        storage.history.upsert_posts(channel_id, posts(size))
        statements, added = counted(storage.history.add_view_counts, channel_id, readings(size, 1))
        counts.append(statements)
        assert added == size

    assert counts == [2, 2]  # read the post ids, one prepared insert


def test_a_channels_post_histories_and_data_version_read_in_fixed_queries(storage):
    histories, versions = [], []
    for n, size in enumerate((FEW, MANY)):
        channel_id = channel(storage, n).id
        seed_history(storage, channel_id, size)
        statements, read = counted(storage.history.post_histories, channel_id)
        histories.append(statements)
        assert len(read) == size and all(len(p.snapshots) == 2 for p in read)
        statements, version = counted(storage.history.data_version, channel_id)
        versions.append(statements)
        assert version[0] == 2 * size

    assert histories == [2, 2]  # the posts, then every reading of them
    assert versions == [1, 1]


def test_the_newest_readings_of_many_channels_read_in_one_query(storage):
    channels = many_channels(MANY)
    for channel_id in channels[:3]:
        seed_history(storage, channel_id, 1)

    few, found_few = counted(storage.history.last_refreshes, channels[:FEW])
    many, found_many = counted(storage.history.last_refreshes, channels)

    assert len(found_few) == len(found_many) == 3
    assert few == many == 1


# --- the price book ---------------------------------------------------------------------------


def quote_drafts(count: int, start: int) -> list[QuoteDraft]:
    return [
        QuoteDraft(
            channel=f"@seller_{start + n}",
            price=Decimal(1000 + n),
            quoted_at=NOW - timedelta(minutes=start + n),
            reach=2000,
            niche="Крипто" if n % 2 else "Finance",
        )
        for n in range(count)
    ]


def test_the_quotes_of_the_book_read_in_one_query(storage):
    quotes = storage.quotes
    storage.quotes.add_many(quote_drafts(FEW, 0))
    few, listed_few = counted(quotes.all)
    niche_id = listed_few[0].niche_id
    few_niche, _ = counted(quotes.in_niche, niche_id)
    few_channel, _ = counted(quotes.for_channel, listed_few[0].channel_id)
    storage.quotes.add_many(quote_drafts(MANY - FEW, FEW))
    many, listed_many = counted(quotes.all)
    many_niche, in_niche = counted(quotes.in_niche, niche_id)
    many_channel, _ = counted(quotes.for_channel, listed_few[0].channel_id)

    assert (len(listed_few), len(listed_many), len(in_niche)) == (FEW, MANY, MANY // 2)
    assert few == many == few_niche == many_niche == few_channel == many_channel == 1


def test_quotes_picked_by_id_read_in_one_query_in_the_order_asked(storage):
    storage.quotes.add_many(quote_drafts(MANY, 0))
    ids = [q.id for q in storage.quotes.all()]
    few, picked_few = counted(storage.quotes.with_ids, [ids[3], ids[1], -5, ids[3]])
    many, picked_many = counted(storage.quotes.with_ids, list(reversed(ids)))

    assert [q.id for q in picked_few] == [ids[3], ids[1]]  # unknown and repeated ids left out
    assert [q.id for q in picked_many] == list(reversed(ids))
    assert picked_many[0] == storage.quotes.get(ids[-1])
    assert few == many == 1


def test_tracking_many_channels_costs_the_same_as_a_few(storage):
    channel_ids = many_channels(MANY)  # all tracked
    few, _ = counted(storage.channels.set_tracked, channel_ids[:FEW], False)
    many, _ = counted(storage.channels.set_tracked, channel_ids, False)

    assert not any(c.tracked for c in storage.channels.all())
    assert few == many


# --- the niche builder's checklist --------------------------------------------------------------


def test_the_checklists_kept_reach_is_looked_up_in_one_query_for_any_number_of_channels(storage):
    from application.reach import ReachService

    channels = [channel(storage, n) for n in range(30)]
    for c in channels[:20]:  # ten channels have no readings yet
        seed_history(storage, c.id, 3)
    reach = ReachService(storage, clock=lambda: NOW + timedelta(days=1))
    for c in channels[:5]:
        reach.reach(c.id, 24)  # kept: the checklist shows it without computing

    few, _ = counted(reach.current_of, channels[:3], (24, 48))
    many, kept_many = counted(reach.current_of, channels, (24, 48))

    assert few == many == 1
    one_by_one = {(c.id, w): reach.current(c.id, w) for c in channels for w in (24, 48)}
    assert kept_many == one_by_one
    assert kept_many[(channels[0].id, 24)].views > 0
    assert kept_many[(channels[0].id, 48)] is None  # not worked out yet
    assert kept_many[(channels[-1].id, 24)].views is None  # no readings: nothing to compute


def test_the_niche_candidates_are_offered_and_read_in_fixed_queries(storage):
    candidates = NicheCandidateRepository(storage.db)
    niche = storage.niches.get_or_create("Крипто")
    channels = many_channels(MANY)

    offer_few, new_few = counted(
        candidates.add, niche.id, channels[:FEW], CandidateOrigin.PASTED, NOW
    )
    read_few, listed_few = counted(candidates.in_niche, niche.id)
    offer_many, new_many = counted(candidates.add, niche.id, channels, CandidateOrigin.PASTED, NOW)
    read_many, listed_many = counted(candidates.in_niche, niche.id)

    assert (new_few, new_many, len(listed_few), len(listed_many)) == (FEW, MANY - FEW, FEW, MANY)
    assert offer_few == offer_many == 3  # the own channel, the ones offered before, one insert
    assert read_few == read_many == 1  # candidates with their channels, one join


# --- placements -------------------------------------------------------------------------------


def seed_placements(storage, count: int, start: int) -> list[int]:
    """``count`` placements with an invite link each, written straight to the tables."""
    seller = channel(storage, 0).id
    ids = list(range(start + 1, start + count + 1))
    Placement.insert_many(
        [
            {
                "id": i,
                "seller": seller,
                "price": Decimal(3000),
                "posted_at": NOW - timedelta(hours=i),
                "ad_post_link": f"https://t.me/chan_0/{i}",
                "ad_message_id": i,
            }
            for i in ids
        ]
    ).execute()
    InviteLink.insert_many(
        [{"id": i, "placement": i, "link": f"https://t.me/+Link{i}"} for i in ids]
    ).execute()
    return ids


def test_placements_with_their_links_joins_and_ad_posts_read_in_fixed_queries(storage):
    repo = PlacementRepository(storage.db, storage.channels)
    seller = channel(storage, 0).id
    niche = storage.niches.get_or_create("Крипто")
    storage.channels.update(seller, niche_id=niche.id)
    seed_history(storage, seller, MANY)

    def read_all():
        records = repo.all()
        invites = [r.invite.id for r in records]
        return (
            records,
            repo.join_counts(invites),
            repo.joins(invites),
            repo.ad_post_views((seller, r.ad_message_id) for r in records),
        )

    ids = seed_placements(storage, FEW, 0)
    for invite_id in ids:
        repo.add_join_count(invite_id, NOW, 3)
        repo.add_joins(invite_id, [ImportedJoin(invite_id, NOW)])
    few, (records, counts, joins, views) = counted(read_all)
    assert (len(records), len(counts), len(joins), len(views)) == (FEW, FEW, FEW, FEW)

    seed_placements(storage, MANY - FEW, FEW)
    many, (records, counts, joins, views) = counted(read_all)
    niche_many, in_niche = counted(repo.in_niche, niche.id)

    assert (len(records), len(counts), len(joins), len(views)) == (MANY, MANY, MANY, MANY)
    assert all(len(v[1]) == 2 for v in views.values())  # both readings of each ad post
    assert len(in_niche) == MANY and in_niche[0].invite is not None
    # placements with seller and promoted, their links, counter readings, joins, posts, readings
    assert few == many == 6
    assert niche_many == 2


def test_a_links_readings_and_joins_are_written_and_put_back_in_fixed_queries(storage):
    repo = PlacementRepository(storage.db, storage.channels)
    [placement_id] = seed_placements(storage, 1, 0)
    invite = repo.invite_bundle(placement_id).invite

    counts = []
    for size in (FEW, MANY):
        joins = [ImportedJoin(user, NOW + timedelta(seconds=user)) for user in range(size)]
        statements, added = counted(repo.add_joins, invite.id, joins)
        assert added == size
        counts.append(statements)
        repo.restore_invite(InviteBundle(invite, (), ()))  # the link anew, without joins
    assert counts == [3, 3]  # count, one insert, count

    restored = []
    for size in (FEW, MANY):
        snapshots = tuple((NOW + timedelta(hours=h), h) for h in range(size))
        joins = tuple(ImportedJoin(user, NOW) for user in range(size))
        statements, _ = counted(repo.restore_invite, InviteBundle(invite, snapshots, joins))
        restored.append(statements)
        bundle = repo.invite_bundle(placement_id)
        assert (len(bundle.snapshots), len(bundle.joins)) == (size, size)
    # delete the link, insert it, its readings in one insert, its joins (savepoint, count,
    # insert, count, release); a reading at a time before: 47 and 4,016 statements
    assert restored == [8, 8]
