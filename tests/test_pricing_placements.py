"""What a placement brought: paid CPM, joins per window, cost per subscriber, conversion, return."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from pricing.errors import InputError
from pricing.placements import (
    JOINS_EXACT,
    JOINS_SNAPSHOTS,
    JOINS_TYPED,
    JoinCount,
    joins_at_hours,
    joins_from_counts,
    joins_from_dates,
    placement_figures,
    return_on_spend,
    typed_joins,
)

POSTED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def hours(h: float) -> datetime:
    return POSTED + timedelta(hours=h)


def test_joins_from_dates_count_each_window_once_it_is_over():
    dates = [hours(h) for h in (1, 2, 20, 30, 47, 100, 200)]
    now = hours(60)
    joins = joins_from_dates(POSTED, dates, now)
    assert (joins.joins_24h, joins.joins_48h, joins.joins_7d, joins.total) == (3, 5, None, 7)
    assert joins.method == JOINS_EXACT
    later = joins_from_dates(POSTED, dates, hours(24 * 8))
    assert later.joins_7d == 6  # the join at 200 h is after the week


def test_join_counter_readings_are_interpolated_and_unknown_before_the_first():
    counts = [JoinCount(hours(10), 40), JoinCount(hours(34), 64), JoinCount(hours(50), 70)]
    assert joins_at_hours(POSTED, counts, 24) == 54  # 40 + 24 × 14/24
    assert joins_at_hours(POSTED, counts, 34) == 64
    assert joins_at_hours(POSTED, counts, 5) is None  # before the first reading
    assert joins_at_hours(POSTED, [JoinCount(hours(24.5), 30)], 24) == 30  # within the hour
    assert joins_at_hours(POSTED, counts, 60) is None  # no reading after: could have grown
    result = joins_from_counts(POSTED, counts, hours(50))
    assert (result.joins_24h, result.joins_48h, result.total, result.method) == (
        54,
        69,
        70,
        JOINS_SNAPSHOTS,
    )


def test_figures_of_a_placement_a_week_old():
    joins = joins_from_dates(POSTED, [hours(h) for h in range(0, 120, 2)], hours(24 * 8))
    figures = placement_figures(
        price=Decimal("3000"),
        posted_at=POSTED,
        now=hours(24 * 8),
        views=6000,
        joins=joins,
        subscriber_value=Decimal("80"),
    )
    assert figures.paid_cpm == Decimal("500")
    assert figures.attributed_joins == 60 and figures.attribution_complete
    assert figures.cost_per_subscriber == Decimal("50")
    assert figures.joins_per_1000_views == Decimal("10")
    assert figures.return_on_spend == Decimal("0.6")  # 60 × 80 = 4800 for 3000


def test_no_joins_no_views_no_division():
    figures = placement_figures(
        price=Decimal("3000"),
        posted_at=POSTED,
        now=hours(3),
        views=None,
        joins=joins_from_dates(POSTED, [], hours(3)),
    )
    assert figures.paid_cpm is None
    assert figures.cost_per_subscriber is None  # zero joins: no cost per subscriber
    assert figures.joins_per_1000_views is None
    assert figures.return_on_spend is None
    assert not figures.attribution_complete


def test_typed_joins_stand_for_the_week():
    joins = typed_joins(25)
    assert (joins.joins_7d, joins.total, joins.method) == (25, 25, JOINS_TYPED)
    figures = placement_figures(
        price=Decimal("1000"), posted_at=POSTED, now=hours(1), views=2000, joins=joins
    )
    assert figures.cost_per_subscriber == Decimal("40") and figures.attribution_complete


@pytest.mark.parametrize("bad", [-1, 2.5, True, "3"])
def test_typed_joins_must_be_a_whole_number(bad):
    with pytest.raises(InputError):
        typed_joins(bad)


def test_bad_input_is_refused():
    with pytest.raises(InputError):
        joins_from_dates(datetime(2026, 3, 1), [], hours(1))  # naive post time
    with pytest.raises(InputError):
        placement_figures(
            price=Decimal("-1"), posted_at=POSTED, now=hours(1), views=1, joins=typed_joins(1)
        )
    assert return_on_spend(Decimal("0"), 10, Decimal("5")) is None
