"""Vetting with partial data: one fetch, no stored posts, a pasted t.me link (real SQLite)."""

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from fake_telegram import no_network  # noqa: F401

from application.pricebook import PriceBookService
from application.reach import METHOD_PRICEBOOK, ReachService
from application.vetting import VettingService
from pricing.synthetic import generate_channel
from storage import Storage, open_database
from storage.demo import store_synthetic_channel
from storage.records import QuoteDraft, ReachOrigin

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
NICHE = "Finance"


@pytest.fixture
def storage(tmp_path):
    return Storage(open_database(tmp_path / "vet.sqlite3"))


def seed_niche(storage):
    """Five 1/24 quotes at 1000 views with CPMs 300..700 (median 500)."""
    for i, value in enumerate((300, 400, 500, 600, 700)):
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


def vetting_service(storage):
    reach = ReachService(storage, lambda: NOW)
    return VettingService(storage, PriceBookService(storage, reach=reach), reach, None, lambda: NOW)


def test_a_one_fetch_botted_channel_is_high_with_the_signs_that_made_it_so(storage):
    niche = seed_niche(storage)
    synthetic = generate_channel(random.Random(0), "botted", username="pump_once")
    store_synthetic_channel(storage, synthetic, "Pump", NICHE, NOW, one_fetch=True)
    vetting = vetting_service(storage)
    result = vetting.evaluate(vetting.parse("@pump_once", "3000", "1/24", niche.id))
    quality = result.quality
    assert quality.one_fetch and quality.risk == "high", quality.summary
    assert [s.key for s in quality.decisive] == ["views_cv"]
    assert quality.signal("first_hour").value is None  # needs tracking, not guessed


def test_without_stored_posts_the_price_book_reach_is_used_and_said(storage):
    niche = seed_niche(storage)
    storage.quotes.add(
        QuoteDraft(
            channel="@quoted_only",
            niche=NICHE,
            price=Decimal(2000),
            quoted_at=NOW - timedelta(days=5),
            reach=5000,
            reach_origin=ReachOrigin.TYPED,
        )
    )
    vetting = vetting_service(storage)
    result = vetting.evaluate(vetting.parse("@quoted_only", "2500", "1/24", niche.id))
    assert result.absent  # no posts: the views themselves cannot be judged
    assert result.reach.views == 5000 and result.reach.method == METHOD_PRICEBOOK
    assert result.pricebook_quote.reach_origin == ReachOrigin.TYPED
    assert result.quote_cpm == 500
    # another window (1/48) has no price-book reach of its own
    other = vetting.evaluate(vetting.parse("@quoted_only", "2500", "1/48", niche.id))
    assert other.reach.views is None and other.pricebook_quote is None
    saved = vetting.add_to_pricebook(result)
    assert saved.reach == 5000 and saved.reach_origin == ReachOrigin.TYPED  # not "fetched"


def test_the_reach_the_price_needs_is_always_given(storage):
    niche = seed_niche(storage)  # median CPM 500
    vetting = vetting_service(storage)
    result = vetting.evaluate(vetting.parse("https://t.me/Never_Seen", "3000", "1/24", niche.id))
    assert result.reach.views is None
    assert result.niche_cpm == 500 and result.required_reach == 6000  # 3000 ÷ 500 × 1000
    assert result.display_name == "@Never_Seen"
    other_currency = vetting.evaluate(vetting.parse("@Never_Seen", "30 $", "1/24", niche.id))
    assert other_currency.required_reach is None
