"""The vetting screen for partial data: one fetch, a pasted link, the reach the price needs."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from fake_telegram import NOW, no_network, qt_loop  # noqa: F401
from test_vetting_view import NICHE, check, fill, make_area

from pricing.synthetic import generate_channel
from storage import Storage, open_database
from storage.demo import store_synthetic_channel
from storage.records import QuoteDraft

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]


@pytest.fixture
def storage(tmp_path):
    """A niche of five 1/24 quotes at 1000 views, CPMs 300..700 (median 500)."""
    db = open_database(tmp_path / "vet.sqlite3")
    storage = Storage(db)
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
    yield storage
    db.close()


def test_a_one_fetch_botted_channel_says_high_and_why(qtbot, storage, tmp_path):
    synthetic = generate_channel(random.Random(0), "botted", username="pump_once")
    store_synthetic_channel(storage, synthetic, "Pump", NICHE, NOW, one_fetch=True)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "https://t.me/pump_once", "3000")
    check(qtbot, area)
    risk = area.risk_label.text()
    assert "Risk of bought views: high" in risk
    assert "Far past its threshold: Post-to-post variation" in risk
    assert "Rule: high when one strong sign is far past its threshold" in risk
    assert "One reading per post" in risk
    signals = area.signals_label.text()
    assert "strong, far past" in signals and "far past 0.1" in signals
    assert "needs tracking" in signals  # the first hour, early views, subscriber jumps
    assert "@pump_once" in area.channel_label.text()
    assert "÷ niche CPM" in area.required_label.text()


def test_an_unknown_pasted_link_shows_as_name_and_the_reach_the_price_needs(
    qtbot, storage, tmp_path
):
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "https://t.me/Somebody_New", "3000")
    check(qtbot, area)
    assert area.channel_label.text() == "@Somebody_New"
    # niche median CPM 500 (quotes 300..700 at 1000 views): 3000 ÷ 500 × 1000 = 6000 views
    assert "6" in area.required_label.text() and "000 views" in area.required_label.text()


def test_readers_beyond_the_subscribers_are_named_with_their_figures(qtbot, storage, tmp_path):
    # The same bought channel: its typical post is read by about twice its subscribers and
    # almost nobody forwards, which alone is far past its threshold.
    synthetic = generate_channel(random.Random(0), "botted", username="pump_once")
    store_synthetic_channel(storage, synthetic, "Pump", NICHE, NOW, one_fetch=True)
    area = make_area(qtbot, storage, tmp_path=tmp_path)
    fill(qtbot, area, "https://t.me/pump_once", "3000")
    check(qtbot, area)
    assert "Far past its threshold: Post-to-post variation, Readers beyond the subscribers" in (
        area.risk_label.text()
    )
    signals = area.signals_label.text()
    assert "<b>Readers beyond the subscribers</b> <i>(strong, far past)</i> — 218 %" in signals
    assert "(threshold 100 %; far past 150 %)" in signals
    assert "only 0.2 % of its views come with a forward (below 2.0 %)" in signals
