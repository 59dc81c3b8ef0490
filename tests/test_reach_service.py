"""Reach of stored channels and the ad buyer's vetting, on a real SQLite database."""

import asyncio
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from fake_telegram import no_network  # noqa: F401

from application.pricebook import PriceBookService
from application.reach import METHOD_TELEGRAM_STATS, ReachService
from application.vetting import DuplicateQuoteError, VettingInputError, VettingService
from pricing.synthetic import generate_channel
from storage import Storage, open_database
from storage.demo import store_synthetic_channel
from storage.records import PostData, QuoteDraft, ReachOrigin

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
NICHE = "Finance"


@pytest.fixture
def storage(database_target):
    return Storage(open_database(database_target))


def clock():
    return NOW


def seed_niche(storage, cpms=(300, 400, 500, 600, 700)):
    """Five 1/24 quotes at 1000 views with the given CPMs (price = CPM)."""
    for i, value in enumerate(cpms):
        storage.quotes.add(
            QuoteDraft(
                channel=f"@peer_{i:02d}",
                niche=NICHE,
                price=Decimal(value),
                quoted_at=NOW - timedelta(days=3),
                reach=1000,
            )
        )
    return storage.niches.get_or_create(NICHE)


def seed_channel(storage, kind, username, seed=0, now=NOW):
    synthetic = generate_channel(random.Random(seed), kind, days=30, username=username)
    return store_synthetic_channel(storage, synthetic, username.title(), NICHE, now), synthetic


def services(storage, telegram=None):
    reach = ReachService(storage, clock)
    vetting = VettingService(
        storage, PriceBookService(storage, reach=reach), reach, telegram, clock
    )
    return reach, vetting


def test_reach_from_stored_snapshots_is_close_to_truth_and_says_how(storage):
    channel, synthetic = seed_channel(storage, "slow", "evergreen")
    reach, _ = services(storage)
    figure = reach.reach(channel.id, 24)
    truth = [p.true_reach_24h for p in synthetic.posts if not p.is_ad]
    mean_truth = sum(truth) / len(truth)
    assert figure.views == pytest.approx(mean_truth, rel=0.25)
    assert figure.method in ("interpolated", "measured") or figure.method.startswith("mixed")
    assert figure.confidence in ("high", "medium")
    assert figure.n_posts > 5
    own = figure.as_own_reach()
    assert own.views == figure.views and own.confidence == figure.confidence


def test_reach_without_posts_is_absent(storage):
    channel = storage.channels.get_or_create("@empty_channel", NICHE)
    reach, _ = services(storage)
    figure = reach.reach(channel.id, 48)
    assert figure.views is None and figure.method == "no posts"
    assert figure.as_own_reach() is None
    assert reach.own_reach(channel.id, 48) is None


def test_telegram_statistics_win_and_are_stored_as_readings(storage):
    channel = storage.channels.get_or_create("@own_channel", NICHE)
    posted = [NOW - timedelta(days=d) for d in (3, 4, 5)]
    storage.history.upsert_posts(
        channel.id, [PostData(i + 1, at, text="post") for i, at in enumerate(posted)]
    )
    reach, _ = services(storage)
    hourly = {1: 100, 2: 200, 3: 300}
    per_post = {mid: [(float(h), views * h) for h in range(1, 73)] for mid, views in hourly.items()}
    found = reach.record_stats(channel.id, per_post)
    assert found[24].views == 200 * 24 and found[48].views == 200 * 48
    figure = reach.reach(channel.id, 24)
    assert (figure.method, figure.views, figure.n_posts) == (METHOD_TELEGRAM_STATS, 4800, 3)
    assert reach.own_reach(channel.id, 48).method == METHOD_TELEGRAM_STATS
    # the readings stay for offline use: a fresh service measures the same 24 h reach
    fresh = ReachService(storage, clock).reach(channel.id, 24)
    assert fresh.method == "measured" and fresh.views == 4800


def test_parse_names_the_wrong_field(storage):
    niche = seed_niche(storage)
    _, vetting = services(storage)
    cases = [
        (("", "1000", "1/24"), "channel"),
        (("not a link!", "1000", "1/24"), "channel"),
        (("@good_name", "free", "1/24"), "price"),
        (("@good_name", "0", "1/24"), "price"),
        (("@good_name", "1000", "7/3"), "format"),
    ]
    for args, field in cases:
        with pytest.raises(VettingInputError) as caught:
            vetting.parse(*args, niche.id)
        assert caught.value.field == field
    request = vetting.parse("https://t.me/Good_Name", "2 500 ₽", "1/48", niche.id)
    assert (request.username, request.price, request.currency) == ("Good_Name", 2500, "RUB")
    assert request.format.reach_window_hours == 48


def test_verdict_uses_niche_quartiles(storage):
    niche = seed_niche(storage)  # CPMs 300..700: P25 400, P75 600
    channel, _ = seed_channel(storage, "slow", "evergreen")
    reach, vetting = services(storage)
    views = reach.reach(channel.id, 24).views
    expectations = {Decimal(200): "cheap", Decimal(500): "fair", Decimal(900): "overpriced"}
    for target_cpm, verdict in expectations.items():
        price = (target_cpm * views / 1000).quantize(Decimal(1))
        result = vetting.evaluate(vetting.parse("@evergreen", str(price), "1/24", niche.id))
        assert result.standing.verdict == verdict
        assert (result.standing.p25, result.standing.p75) == (400, 600)
        assert result.quote_cpm == pytest.approx(target_cpm, rel=Decimal("0.01"))
    cheap = vetting.evaluate(vetting.parse("@evergreen", "1", "1/24", niche.id))
    assert cheap.standing.percentile == 0


def test_organic_and_botted_channels_are_told_apart(storage):
    niche = seed_niche(storage)
    seed_channel(storage, "slow", "real_readers", seed=0)
    seed_channel(storage, "botted", "bought_views", seed=0)
    _, vetting = services(storage)
    organic = vetting.evaluate(vetting.parse("@real_readers", "1000", "1/24", niche.id))
    botted = vetting.evaluate(vetting.parse("@bought_views", "1000", "1/24", niche.id))
    assert organic.quality.risk == "low" and not organic.quality.fired
    assert botted.quality.risk == "high"
    assert {"views_cv", "early_flat"} <= {s.key for s in botted.quality.fired}
    assert not organic.stale and organic.posts and organic.subscribers > 0


def test_stale_and_absent_data_are_reported(storage):
    niche = seed_niche(storage)
    seed_channel(storage, "slow", "old_data", now=NOW - timedelta(days=10))
    storage.channels.get_or_create("@never_synced", NICHE)
    _, vetting = services(storage)
    stale = vetting.evaluate(vetting.parse("@old_data", "1000", "1/24", niche.id))
    assert stale.stale and stale.reach.views  # old data still gives a figure, marked stale
    assert stale.data_as_of < NOW - timedelta(days=9)
    absent = vetting.evaluate(vetting.parse("@never_synced", "1000", "1/24", niche.id))
    assert absent.absent and absent.reach.views is None and absent.quote_cpm is None
    assert absent.standing is None and absent.quality.insufficient_data
    unknown = vetting.evaluate(vetting.parse("@nobody_here", "1000", "1/24", niche.id))
    assert unknown.channel is None and unknown.can_save


def test_add_to_pricebook_saves_fetched_reach(storage):
    niche = seed_niche(storage)
    seed_channel(storage, "slow", "evergreen")
    _, vetting = services(storage)
    result = vetting.evaluate(vetting.parse("@evergreen", "1 500", "1/48", niche.id))
    before = storage.quotes.count()
    record = vetting.add_to_pricebook(result)
    assert storage.quotes.count() == before + 1
    assert record.reach == result.reach.views and record.reach_origin == ReachOrigin.FETCHED
    assert (record.price, record.top_hours, record.feed_hours) == (1500, 1, 48)
    assert record.channel_name == "@evergreen" and record.niche_name == NICHE


def test_the_same_quote_is_not_saved_twice_the_same_day(storage):
    niche = seed_niche(storage)
    seed_channel(storage, "slow", "evergreen")
    _, vetting = services(storage)
    check = lambda price, fmt="1/48": vetting.evaluate(  # noqa: E731
        vetting.parse("@evergreen", price, fmt, niche.id)
    )
    first = check("1 500")
    assert vetting.identical_quote(first) is None
    record = vetting.add_to_pricebook(first)
    again = check("1500 ₽")  # the same quote typed differently, checked again
    assert vetting.identical_quote(again) == record
    with pytest.raises(DuplicateQuoteError) as raised:
        vetting.add_to_pricebook(again)
    assert raised.value.quote == record
    assert len(storage.quotes.list(channel_id=record.channel_id)) == 1
    # another price, currency or format is another quote
    for other in (check("1600"), check("$1500"), check("1500", "2/48"), check("1500", "1/24")):
        assert vetting.identical_quote(other) is None
    # the same quote on another day is a new observation of the price
    later = VettingService(
        storage, vetting.pricebook, vetting.reach_service, None, lambda: NOW + timedelta(days=1)
    )
    assert later.identical_quote(again) is None
    later.add_to_pricebook(again)
    assert len(storage.quotes.list(channel_id=record.channel_id)) == 2


def test_check_without_telegram_uses_stored_data(storage):
    niche = seed_niche(storage)
    seed_channel(storage, "slow", "evergreen")
    _, vetting = services(storage)
    result = asyncio.run(vetting.check(vetting.parse("@evergreen", "900", "1/24", niche.id)))
    assert not result.fetched and result.fetch_error == "NotConfigured"
    assert result.reach.views


def test_check_fetches_through_the_telegram_service(storage):
    from fake_telegram import NOW as FAKE_NOW
    from fake_telegram import FakeTelegramClient, fake_service

    niche = seed_niche(storage)
    client = FakeTelegramClient(authorized=True)
    fake = client.add_channel("fresh_news", "Fresh news", subscribers=20_000)
    fake.add_posts(40, spacing=timedelta(hours=12))

    async def run():
        telegram = fake_service(storage, client, clock=lambda: FAKE_NOW)
        telegram.has_session = lambda: True  # the fake client needs no session file
        reach = ReachService(storage, lambda: FAKE_NOW)
        vetting = VettingService(storage, PriceBookService(storage, reach=reach), reach, telegram)
        return await vetting.check(vetting.parse("t.me/fresh_news", "800", "1/24", niche.id))

    result = asyncio.run(run())
    assert result.fetched and result.fetch_error is None
    assert result.channel.username == "fresh_news" and result.subscribers == 20_000
    assert len(result.posts) == 40


def test_check_falls_back_when_telegram_fails(storage):
    from fake_telegram import FakeTelegramClient, fake_service

    niche = seed_niche(storage)
    seed_channel(storage, "slow", "evergreen")
    client = FakeTelegramClient(authorized=True)  # knows no such channel

    async def run():
        telegram = fake_service(storage, client)
        telegram.has_session = lambda: True
        _, vetting = services(storage, telegram)
        return await vetting.check(vetting.parse("@evergreen", "900", "1/24", niche.id))

    result = asyncio.run(run())
    assert not result.fetched and result.fetch_error == "ChannelNotFound"
    assert result.reach.views  # stored data still answers
