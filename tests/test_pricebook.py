"""The pricing desk's service: CPM per row, outliers, niche per format with fallback, verdict."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from application.pricebook import PriceBookService
from application.reach import ReachService
from pricing.parsing import Format
from pricing.suggestion import FALLBACK_ALL_FORMATS, Adjustments
from storage import QuoteDraft, Storage, open_database
from storage.models import Niche

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def service(database_target):
    storage = Storage(open_database(database_target))
    return PriceBookService(storage, reach=ReachService(storage))


def add(service, channel, price, reach, fmt=(1, 24), days=0, currency="RUB", niche="Tech"):
    return service.add(
        QuoteDraft(
            channel=channel,
            price=Decimal(str(price)),
            reach=reach,
            top_hours=fmt[0],
            feed_hours=fmt[1],
            currency=currency,
            niche=niche,
            quoted_at=NOW - timedelta(days=days),
        )
    )


def test_rows_carry_cpm_and_mark_outliers(service):
    for i, price in enumerate((1000, 1100, 1200, 900, 1000, 5000)):
        add(service, f"@chan_{i}x", price, 2000)
    add(service, "@no_reach", 1000, None)
    rows = {r.record.channel_name: r for r in service.rows()}
    assert rows["@chan_0x"].cpm == Decimal(500)  # 1000 ₽ / 2000 views × 1000
    assert rows["@chan_5x"].outlier and not rows["@chan_0x"].outlier
    assert rows["@no_reach"].cpm is None and not rows["@no_reach"].outlier


def test_niche_view_uses_same_format_or_says_it_fell_back(service):
    for i in range(5):
        add(service, f"@daily_{i}x", 1000 + 100 * i, 2000)
    add(service, "@longer_one", 3000, 4000, fmt=(1, 48))
    niche = service.niches()[0]
    daily = service.niche_view(niche.id, Format(1, 24))
    assert not daily.too_few and daily.summary.count == 5
    assert daily.summary.mean_cpm == Decimal(600)  # (500+550+600+650+700)/5
    longer = service.niche_view(niche.id, Format(1, 48))
    assert longer.too_few and longer.format_niche.fallback == FALLBACK_ALL_FORMATS
    assert longer.summary.count == 6


def test_other_currencies_are_left_out_and_counted(service):
    for i in range(5):
        add(service, f"@rub_{i}xx", 1000, 2000)
    add(service, "@usd_chan", 20, 2000, currency="USD")
    view = service.niche_view(service.niches()[0].id, Format(1, 24))
    assert view.currency == "RUB" and view.skipped_other_currency == 1


def test_suggestion_and_verdict(service):
    for i, price in enumerate((800, 1000, 1200, 1400, 1600)):
        add(service, f"@peer_{i}xx", price, 2000)  # CPMs 400..800, mean 600
    view = service.niche_view(service.niches()[0].id, Format(1, 24))
    suggestion = service.suggest(view, 3000, Adjustments(growing=True))
    assert suggestion.price == Decimal(1980)  # 600 × 3000 / 1000 × 1.10
    verdict = service.verdict(Decimal(500), view.summary)
    assert verdict.cheaper_than_pct == 60  # 600, 700 and 800: 3 of 5 quotes are dearer
    assert verdict.dearer_than_pct == 20


def test_price_history_is_oldest_first(service):
    add(service, "@tracked_one", 1000, 2000, days=60)
    record = add(service, "@tracked_one", 1500, 2000, days=1)
    points = service.price_history(record.channel_id)
    assert [p.price for p in points] == [Decimal(1000), Decimal(1500)]
    assert [p.cpm for p in points] == [Decimal(500), Decimal(750)]


def test_own_channel_and_prices(service):
    own = service.save_own_channel("@my_own_chan", None, 12000)
    assert service.own_channel().id == own.id and own.subscribers == 12000
    service.set_own_price(own.id, Decimal(2500), "RUB", Format(1, 24))
    assert service.own_price_for(own.id, Format(1, 24)).price == Decimal(2500)
    assert service.own_cpm(Decimal(2500), 5000) == Decimal(500)


def test_fast_listing_matches_the_repository(service):
    add(service, "@first_chan", 1000, 2000, days=3)
    add(service, "@second_chan", 1500.5, None, fmt=(1, None), days=1, niche="Other")
    add(service, "Канал без юзернейма", 700, 1400, days=2)
    from application.pricebook import list_quotes_fast

    assert list_quotes_fast() == service.storage.quotes.list()
    niche = service.niches()[0]
    assert list_quotes_fast(niche.id) == service.storage.quotes.list(niche_id=niche.id)


def test_typed_reach_falls_back_to_the_longest_shorter_window(service):
    own = service.save_own_channel("@my_own_chan", None, 10000)
    assert service.typed_reach(own.id, 24) is None
    service.set_typed_reach(own.id, 24, 3000)
    assert [service.typed_reach(own.id, w) for w in (12, 24, 48, 72)] == [None, 3000, 3000, 3000]
    service.set_typed_reach(own.id, 48, 3600)
    assert [service.typed_reach(own.id, w) for w in (24, 48, 72)] == [3000, 3600, 3600]
    # no view history: the typed figure is what prices and CPM use
    assert service.best_own_reach(own.id, 48) == 3600
    service.set_typed_reach(own.id, 24, None)
    assert service.typed_reach(own.id, 24) is None and service.typed_reach(own.id, 48) == 3600


def test_a_niche_of_ton_quotes_prices_in_ton(service):
    """A niche created by a TON quote is a TON niche: its suggestion works, in TON."""
    for i, price in enumerate((8, 10, 12, 14, 16)):
        add(service, f"@ton_peer_{i}", price, 2000, currency="TON", niche="TON niche")
    add(service, "@rub_peer", 1000, 2000, niche="TON niche")
    [niche] = [n for n in service.niches() if n.name == "TON niche"]
    assert niche.currency == "TON"
    view = service.niche_view(niche.id, Format(1, 24))
    assert view.currency == "TON" and view.summary.count == 5
    assert view.skipped_other_currency == 1  # the RUB quote is left out, and said so
    suggestion = service.suggest(view, 3000, Adjustments())
    assert suggestion.price == Decimal(18)  # mean CPM 6 TON × 3000 / 1000


def test_a_niche_whose_quotes_are_all_in_another_currency_still_compares_them(service):
    """A niche left in RUB with only USDT quotes compares them in USDT instead of showing none."""
    for i in range(5):
        add(service, f"@usdt_peer_{i}", 10 + i, 1000, currency="USDT", niche="USDT niche")
    niche = service.storage.niches.get_or_create("USDT niche")
    Niche.update(currency="RUB").where(Niche.id == niche.id).execute()
    view = service.niche_view(niche.id, Format(1, 24))
    assert view is not None and view.currency == "USDT" and view.summary.count == 5


def test_one_outlier_rule_for_the_price_book_and_the_suggestion(service):
    """A quote is judged among the quotes the suggestion compares for its format: a cheap
    1/24 among 1/24 quotes is an outlier in both places, and a 1/48 quote whose CPM is normal
    for 1/48 (but high for 1/24) is an outlier in neither."""
    from pricing.parsing import parse_format

    for i, price in enumerate([1000, 1050, 1100, 1150, 1200, 1250, 200]):  # 200: far too cheap
        add(service, f"@day_{i}xx", price, 2000)
    for i, price in enumerate([2400, 2500, 2600, 2700, 2800]):  # 1/48 sells dearer
        add(service, f"@two_{i}xx", price, 2000, fmt=(1, 48))
    rows = {r.record.channel_name: r for r in service.rows()}
    assert rows["@day_6xx"].outlier
    assert not any(rows[f"@two_{i}xx"].outlier for i in range(5))  # judged among the 1/48s
    comparison = rows["@day_6xx"].judged_by
    assert comparison.count == 7 and comparison.format_label == "1/24"
    assert rows["@day_6xx"].cpm < comparison.lower_fence

    for label in ("1/24", "1/48"):
        view = service.niche_view(None, parse_format(label), rows=service.rows())
        flagged = {
            r.record.channel_name for r, o in zip(view.rows, view.outlier_flags, strict=True) if o
        }
        in_book = {r.record.channel_name for r in view.rows if rows[r.record.channel_name].outlier}
        assert flagged == in_book
