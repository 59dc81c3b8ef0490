"""The niche over time (pure maths) and the pasted channel list parser."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing.channel_list import MAX_PASTED, split_channel_list
from pricing.errors import InputError
from pricing.niche_trend import (
    add_months,
    monthly_cpm,
    percent_change,
    price_at_cpm,
    price_changes,
    price_in_force,
    trend_change,
)


def at(year, month, day=15):
    return datetime(year, month, day, 12, tzinfo=UTC)


def test_monthly_cpm_gives_mean_and_quartiles_per_calendar_month():
    months = monthly_cpm(
        [
            (at(2025, 1, 3), Decimal(400)),
            (at(2025, 1, 20), Decimal(500)),
            (at(2025, 1, 31), Decimal(600)),
            (at(2025, 1, 31), Decimal(700)),
            (at(2025, 3, 1), Decimal(800)),
        ]
    )
    assert [m.month for m in months] == [date(2025, 1, 1), date(2025, 3, 1)]
    january = months[0]
    assert (january.mean, january.count) == (Decimal(550), 4)
    assert (january.p25, january.p75) == (Decimal(475), Decimal(625))  # numpy's default
    assert (months[1].mean, months[1].p25, months[1].p75) == (Decimal(800),) * 3


def test_the_sentence_figure_compares_with_three_months_earlier():
    points = [(at(2025, m), Decimal(v)) for m, v in ((1, 400), (2, 450), (4, 500), (5, 560))]
    change = trend_change(monthly_cpm(points), span=3)
    assert change.start.month == date(2025, 2, 1) and change.end.month == date(2025, 5, 1)
    assert (change.months, change.percent) == (3, Decimal(24))  # 450 → 560
    # with only newer months than the span, the oldest month stands in
    short = trend_change(monthly_cpm(points[2:]), span=3)
    assert (short.months, short.percent) == (1, Decimal(12))
    assert trend_change(monthly_cpm(points[:1])) is None


def test_percent_price_and_price_in_force():
    assert percent_change(Decimal(1000), Decimal(1125)) == Decimal(13)  # 12.5 rounds up
    assert percent_change(Decimal(1000), Decimal(900)) == Decimal(-10)
    with pytest.raises(ValueError):
        percent_change(Decimal(0), Decimal(1))
    assert price_at_cpm(Decimal("512.5"), 3000) == Decimal(1538)
    prices = [(at(2025, 1, 10), Decimal(2000)), (at(2025, 4, 2), Decimal(2500))]
    assert price_in_force(prices, date(2024, 12, 1)) is None
    assert price_in_force(prices, date(2025, 3, 1)) == Decimal(2000)
    assert price_in_force(prices, date(2025, 4, 1)) == Decimal(2500)
    assert add_months(date(2025, 11, 1), 3) == date(2026, 2, 1)
    assert add_months(date(2025, 2, 1), -3) == date(2024, 11, 1)


def test_price_changes_take_the_newest_against_the_previous_quote():
    changes = price_changes(
        [
            ("a", at(2025, 1), Decimal(1000)),
            ("a", at(2025, 6), Decimal(1300)),
            ("a", at(2025, 3), Decimal(1200)),
            ("b", at(2025, 2), Decimal(500)),
            ("c", at(2025, 2), Decimal(800)),
            ("c", at(2025, 5), Decimal(800)),
        ]
    )
    assert [(c.key, c.previous_price, c.price, c.percent) for c in changes] == [
        ("a", Decimal(1200), Decimal(1300), Decimal(8)),
        ("c", Decimal(800), Decimal(800), Decimal(0)),
    ]


def test_a_pasted_list_splits_on_spaces_commas_and_lines_and_keeps_each_channel_once():
    found = split_channel_list("@Alpha_news, t.me/alpha_news\nhttps://t.me/beta_daily;bad!")
    assert [(piece, getattr(ref, "value", None)) for piece, ref in found] == [
        ("@Alpha_news", "Alpha_news"),
        ("https://t.me/beta_daily", "beta_daily"),
        ("bad!", None),
    ]
    assert isinstance(found[-1][1], InputError)
    assert split_channel_list("  \n ") == []
    with pytest.raises(InputError) as caught:
        split_channel_list(" ".join(f"@chan{i:05d}" for i in range(MAX_PASTED + 1)))
    assert caught.value.code == "channel_list_too_long"


@given(st.text(max_size=300))
def test_any_pasted_text_gives_pieces_or_reasons_never_a_crash(text):
    for piece, ref in split_channel_list(text):
        assert piece and piece in text
        assert isinstance(ref, InputError) or ref.kind in ("username", "invite", "channel_id")


def test_the_trend_chart_places_months_by_their_distance_and_draws_the_own_cpm():
    from matplotlib.figure import Figure

    from charts.figures import OWN_COLOR
    from charts.niche_trend import plot_niche_trend

    ax = Figure().add_subplot()
    months = monthly_cpm(
        [(at(2025, 1), Decimal(400)), (at(2025, 1), Decimal(500)), (at(2025, 4), Decimal(520))]
    )
    drawn = plot_niche_trend(
        ax,
        months,
        [(months[0], None), (months[1], Decimal(480))],
        currency="₽",
        format_label="1/24",
    )
    assert drawn == {"months": 2, "xs": [0, 3], "means": [450.0, 520.0], "own": [480.0]}
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert list(lines["Niche mean"].get_ydata()) == [450.0, 520.0]
    assert lines["Your price's CPM"].get_color() == OWN_COLOR
    assert [t.get_text() for t in ax.get_xticklabels()] == ["01.25", "02.25", "03.25", "04.25"]
    assert ax.get_title() == "Niche CPM by month, 1/24"

    empty = Figure().add_subplot()
    assert plot_niche_trend(empty, [], [], currency="₽", format_label="1/48") == {"months": 0}
    assert empty.texts[0].get_text() == "No quotes of this format with a reach yet"
