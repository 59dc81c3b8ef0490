"""The niche builder on a real SQLite file and the fake Telegram (real TL objects): similar
channels, pasted lists, the one pass for reach with its request budget, prices to collect."""

import asyncio
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from fake_recommendations import RecommendingClient, a_banned_channel, a_group
from fake_telegram import NOW, fake_service, flood_wait, no_network  # noqa: F401
from telethon.extensions import BinaryReader
from telethon.tl import functions, types

from application.niche import NICHE_MAX_POSTS, NicheService
from application.pricebook import PriceBookService
from application.reach import ReachService
from pricing.errors import InputError
from pricing.parsing import parse_format
from storage import Storage, open_database
from storage.niche_repository import CandidateOrigin
from storage.records import QuoteDraft, ReachOrigin
from tgclient.errors import ChannelPrivate
from tgclient.recommendations import channels_from_tl

RECOMMEND = functions.channels.GetChannelRecommendationsRequest.__name__
FULL = functions.channels.GetFullChannelRequest.__name__
HISTORY = functions.messages.GetHistoryRequest.__name__
VIEWS = functions.messages.GetMessagesViewsRequest.__name__
RESOLVE = "ResolveUsernameRequest"


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "niche.sqlite3")
    yield Storage(db)
    db.close()


def build(storage, client, clock=lambda: NOW + timedelta(minutes=5)):
    telegram = fake_service(storage, client, clock=clock)
    asyncio.run(telegram.connect())
    reach = ReachService(storage, clock=clock)
    pricebook = PriceBookService(storage, reach=reach)
    return telegram, NicheService(storage, pricebook, reach, telegram, clock=clock)


def own_channel(storage, client):
    fake = client.add_channel("my_digest", "My digest", subscribers=20000, admin=True)
    niche = storage.niches.get_or_create("Finance")
    own = storage.channels.upsert_telegram(fake.telegram_id, fake.access_hash, "my_digest", "")
    storage.channels.set_own(own.id)
    storage.channels.update(own.id, niche_id=niche.id)
    return fake, own, niche


def test_recommendations_arrive_as_real_tl_and_keep_only_broadcast_channels():
    client = RecommendingClient(authorized=True)
    own = client.add_channel("my_digest", "My digest")
    rivals = client.add_competitors(3)
    client.recommend(own, rivals, total=40)
    client.extra_chats[own.telegram_id] = [a_group(77), a_banned_channel(78)]
    client.connected = True
    request = functions.channels.GetChannelRecommendationsRequest(
        channel=types.InputChannel(own.telegram_id, own.access_hash)
    )
    answer = asyncio.run(client(request))

    assert isinstance(answer, types.messages.ChatsSlice) and answer.count == 40
    assert bytes(answer) == bytes(BinaryReader(bytes(answer)).tgread_object())  # valid TL
    found = channels_from_tl(answer)
    assert [c.username for c in found] == ["rival_00", "rival_01", "rival_02"]
    assert [c.subscribers for c in found] == [5000, 5750, 6500]
    assert all(c.access_hash for c in found)
    assert channels_from_tl(types.messages.Chats(chats=[rivals[0].tl])) == found[:1]


def test_twenty_competitors_found_ticked_and_read_in_one_pass_within_the_budget(storage):
    client = RecommendingClient(authorized=True)
    fake_own, own, niche = own_channel(storage, client)
    rivals = client.add_competitors(20, posts=150)  # more posts than a first read takes
    client.recommend(fake_own, rivals)
    _telegram, service = build(storage, client)

    found = asyncio.run(service.find_similar(niche.id, own.id))
    assert len(found) == 20 and client.requests[RECOMMEND] == 1
    assert all(c.origin == CandidateOrigin.RECOMMENDED for c in found)
    rows = service.candidates(niche.id)
    assert rows[0].channel.title == "Rival 00" and rows[0].channel.subscribers == 5000
    assert rows[0].reach_24 is None and not rows[0].competitor  # nothing read yet

    for row in rows:
        service.set_competitor(niche.id, row.channel.id, True)
    assert len(service.needing_reach(niche.id)) == 20
    before = dict(client.requests)
    seen = []
    report = asyncio.run(service.fetch_reach(niche.id, seen.append))

    assert len(report.read) == 20 and not report.failed
    assert (seen[0].done, seen[0].total, seen[-1].done) == (0, 20, 20)
    spent = {k: client.requests[k] - before.get(k, 0) for k in client.requests}
    # stored with id and access hash by the recommendation: no resolving; one page each
    assert spent.get(RESOLVE, 0) == 0
    assert spent[FULL] == 20 and spent[HISTORY] == 20 and spent.get(VIEWS, 0) == 0
    assert sum(spent.values()) <= 3 * 20
    rows = service.candidates(niche.id)
    assert all(r.competitor and r.reach_24 and r.reach_48 for r in rows)
    first = rows[0]
    assert first.err == Decimal(first.reach_24) * 100 / 5000
    posts = storage.history.known_message_ids(first.channel.id)
    assert len(posts) == NICHE_MAX_POSTS

    # everything is fresh now: a second pass reads nothing
    again = asyncio.run(service.fetch_reach(niche.id))
    assert again.total == 0 and client.requests[FULL] == spent[FULL]


def test_a_cancelled_pass_resumes_with_the_channels_not_read(storage):
    client = RecommendingClient(authorized=True)
    fake_own, own, niche = own_channel(storage, client)
    rivals = client.add_competitors(6)
    client.recommend(fake_own, rivals)
    _telegram, service = build(storage, client)
    asyncio.run(service.find_similar(niche.id, own.id))
    for row in service.candidates(niche.id):
        service.set_competitor(niche.id, row.channel.id, True)

    async def cancel_after_three():
        task = asyncio.ensure_future(service.fetch_reach(niche.id))
        while client.requests[FULL] < 3:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancel_after_three())
    left = service.needing_reach(niche.id)
    assert 3 <= len(left) <= 4  # the one being read when cancelled may have landed
    report = asyncio.run(service.fetch_reach(niche.id))
    assert report.total == len(left) and len(report.read) == len(left)
    assert service.needing_reach(niche.id) == []
    # three subscriber reads before the cancel, then one per channel left: a channel read
    # before the cancel is not read again (only one cut off half-way is)
    assert client.requests[FULL] == 3 + len(left)


def test_a_flood_wait_counts_down_and_the_pass_goes_on(storage):
    client = RecommendingClient(authorized=True)
    fake_own, own, niche = own_channel(storage, client)
    client.recommend(fake_own, client.add_competitors(3))
    telegram, service = build(storage, client)
    asyncio.run(service.find_similar(niche.id, own.id))
    for row in service.candidates(niche.id):
        service.set_competitor(niche.id, row.channel.id, True)
    client.fail(FULL, flood_wait(40), at_call=2)
    countdown = []
    telegram.flood_wait.connect(countdown.append)

    report = asyncio.run(service.fetch_reach(niche.id))

    assert len(report.read) == 3
    assert countdown[0] == 40 and countdown[-1] == 0
    assert service.needing_reach(niche.id) == []


def test_a_private_channel_is_reported_and_the_others_are_read(storage):
    client = RecommendingClient(authorized=True)
    fake_own, own, niche = own_channel(storage, client)
    rivals = client.add_competitors(3)
    client.recommend(fake_own, rivals)
    _telegram, service = build(storage, client)
    asyncio.run(service.find_similar(niche.id, own.id))
    for row in service.candidates(niche.id):
        service.set_competitor(niche.id, row.channel.id, True)
    rivals[1].banned = True

    report = asyncio.run(service.fetch_reach(niche.id))

    assert len(report.read) == 2
    [(name, error)] = report.failed
    assert name == "@rival_01" and isinstance(error, ChannelPrivate)


def test_a_pasted_list_is_resolved_once_per_channel_and_bad_pieces_are_named(storage):
    client = RecommendingClient(authorized=True)
    _fake_own, _own, niche = own_channel(storage, client)
    client.add_competitors(3)
    _telegram, service = build(storage, client)
    text = "@rival_00, https://t.me/rival_01\nt.me/RIVAL_00 ; not a link!! @nobody_here"

    result = asyncio.run(service.add_pasted(niche.id, text))

    assert [c.username for c in result.found] == ["rival_00", "rival_01"]
    assert [piece for piece, _ in result.problems] == ["not", "a", "link!!", "@nobody_here"]
    assert client.requests[RESOLVE] == 3  # rival_00 once, rival_01, nobody_here
    rows = service.candidates(niche.id)
    assert [r.candidate.origin for r in rows] == [CandidateOrigin.PASTED] * 2
    asyncio.run(service.add_pasted(niche.id, "@rival_00"))  # stored with its id: no request
    assert client.requests[RESOLVE] == 3 and len(service.candidates(niche.id)) == 2


def test_offline_a_pasted_list_is_stored_by_name(storage):
    niche = storage.niches.get_or_create("Finance")
    reach = ReachService(storage)
    service = NicheService(storage, PriceBookService(storage, reach=reach), reach, None)
    result = asyncio.run(service.add_pasted(niche.id, "@alpha_news t.me/+AbCdEfGhIjKl"))
    assert [c.username for c in result.found] == ["alpha_news"]
    assert [p for p, _ in result.problems] == ["t.me/+AbCdEfGhIjKl"]
    assert [r.channel.username for r in service.candidates(niche.id)] == ["alpha_news"]


def test_prices_to_collect_and_a_typed_price_becomes_a_quote(storage):
    client = RecommendingClient(authorized=True)
    fake_own, own, niche = own_channel(storage, client)
    rivals = client.add_competitors(4)
    client.recommend(fake_own, rivals)
    telegram, service = build(storage, client)
    asyncio.run(service.find_similar(niche.id, own.id))
    for row in service.candidates(niche.id):
        service.set_competitor(niche.id, row.channel.id, True)
    asyncio.run(service.fetch_reach(niche.id))
    fmt = parse_format("1/24")
    # a niche CPM of 500 from two quoted channels outside the checklist
    for name, reach, days in (("@quoted_a", 2000, 10), ("@quoted_b", 4000, 200)):
        storage.quotes.add(
            QuoteDraft(name, Decimal(reach // 2), NOW - timedelta(days=days), reach=reach,
                       niche="Finance")
        )  # fmt: skip
    listed = service.prices_to_collect(niche.id, fmt, stale_days=90)
    assert listed.niche_cpm == Decimal(500)
    assert len(listed.rows) == 4 and not listed.ask_again
    first = listed.rows[0]
    assert first.price_at_niche == (Decimal(first.reach) / 2).quantize(Decimal(1), ROUND_HALF_UP)

    with pytest.raises(InputError):
        service.add_price(niche.id, first.channel.id, fmt, "дорого")
    assert storage.quotes.count() == 2  # nothing saved
    quote = service.add_price(niche.id, first.channel.id, fmt, "2 500 ₽")
    assert (quote.price, quote.reach, quote.reach_origin) == (
        Decimal(2500),
        first.reach,
        ReachOrigin.FETCHED,
    )
    assert quote.niche_name == "Finance"
    left = service.prices_to_collect(niche.id, fmt, stale_days=90)
    assert first.channel.id not in [r.channel.id for r in left.rows]
    # eight days later, with quotes stale after a week, the list says to ask again
    later = NicheService(
        storage, service.pricebook, service.reach, telegram, clock=lambda: NOW + timedelta(days=8)
    )
    again = later.prices_to_collect(niche.id, fmt, stale_days=7).ask_again
    assert [r.channel.id for r in again] == [first.channel.id]
    assert again[0].last_quote.price == Decimal(2500)


def test_a_price_book_channel_is_a_source_and_is_resolved_once(storage):
    client = RecommendingClient(authorized=True)
    _fake_own, own, niche = own_channel(storage, client)
    quoted = client.add_channel("quoted_rival", "Quoted rival")
    client.recommend(quoted, client.add_competitors(4))
    storage.quotes.add(
        QuoteDraft("@quoted_rival", Decimal(1000), NOW - timedelta(days=3), reach=2000,
                   niche="Finance")
    )  # fmt: skip
    _telegram, service = build(storage, client)
    sources = service.sources(niche.id)
    assert [c.display_name for c in sources] == ["@my_digest", "@quoted_rival"]

    found = asyncio.run(service.find_similar(niche.id, sources[1].id))

    assert len(found) == 4 and all(c.found_via_id == sources[1].id for c in found)
    assert (client.requests[RESOLVE], client.requests[RECOMMEND]) == (1, 1)
    asyncio.run(service.find_similar(niche.id, sources[1].id))  # its id is stored now
    assert (client.requests[RESOLVE], client.requests[RECOMMEND]) == (1, 2)
    assert len(service.candidates(niche.id)) == 4  # each listed once
    assert own.id not in [r.channel.id for r in service.candidates(niche.id)]
