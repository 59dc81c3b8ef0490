"""The Placements charts on the Agg backend: what each one plots, and the empty states."""

from decimal import Decimal

from matplotlib.figure import Figure

from charts.placements import (
    CpmBar,
    JoinSeries,
    PlacementChartText,
    plot_cost_per_subscriber,
    plot_joins_over_time,
    plot_paid_cpm_vs_niche,
)


def axes():
    return Figure().subplots()


def test_joins_over_time_draws_a_line_per_placement_with_joins():
    ax = axes()
    drawn = plot_joins_over_time(
        ax,
        [
            JoinSeries("@coin_daily", ((0.0, 0), (5.0, 20), (30.0, 41))),
            JoinSeries("@empty", ()),
        ],
    )
    assert drawn == [("@coin_daily", 41)]
    assert ax.get_legend().get_texts()[0].get_text() == "@coin_daily: 41"


def test_cost_per_subscriber_lists_sellers_cheapest_first():
    drawn = plot_cost_per_subscriber(
        axes(), [("@a", Decimal("75")), ("@b", Decimal("29.5")), ("@c", Decimal("139"))]
    )
    assert drawn == [("@b", 29.5), ("@a", 75.0), ("@c", 139.0)]


def test_paid_cpm_against_the_niche_band():
    ax = axes()
    drawn = plot_paid_cpm_vs_niche(
        ax,
        [CpmBar("@a", Decimal("455"), Decimal("449")), CpmBar("@b", Decimal("632"))],
        niche=(Decimal("380"), Decimal("472"), Decimal("560")),
    )
    assert drawn == [("@a", 455.0), ("@b", 632.0)]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Niche median 472" in labels and "Seller's quoted CPM" in labels


def test_empty_charts_say_why():
    text = PlacementChartText(no_joins="Nothing yet")
    ax = axes()
    assert plot_joins_over_time(ax, [], text=text) == []
    assert ax.texts[0].get_text() == "Nothing yet"
    assert plot_paid_cpm_vs_niche(axes(), []) == []
    assert plot_cost_per_subscriber(axes(), []) == []
