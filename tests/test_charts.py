"""Charts on the Agg backend: the data plotted, not the pixels."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from charts.figures import (
    OWN_COLOR,
    ChartText,
    plot_cpm_distribution,
    plot_cpm_vs_niche,
    plot_history,
    plot_reach_vs_price,
)


def _ax():
    return Figure().add_subplot()


def test_cpm_vs_niche_sorts_bars_and_places_own_one():
    ax = _ax()
    bars = plot_cpm_vs_niche(
        ax,
        ["@a", "@b", "@c"],
        [Decimal(600), Decimal(400), Decimal(500)],
        mean=Decimal(500),
        median=Decimal(500),
        own_cpm=Decimal(450),
        own_name="@me",
    )
    assert bars == [("@b", 400.0, False), ("@me", 450.0, True), ("@c", 500.0, False),
                    ("@a", 600.0, False)]  # fmt: skip
    heights = [patch.get_height() for patch in ax.patches]
    assert heights == [400.0, 450.0, 500.0, 600.0]
    assert ax.patches[1].get_facecolor() == to_rgba(OWN_COLOR)
    assert ax.patches[0].get_facecolor() != to_rgba(OWN_COLOR)
    assert [line.get_ydata()[0] for line in ax.get_lines()] == [500.0, 500.0]


def test_reach_vs_price_draws_niche_line_and_own_point():
    ax = _ax()
    drawn = plot_reach_vs_price(
        ax, [1000, 2000], [Decimal(500), Decimal(1000)], niche_cpm=Decimal(500),
        own_reach=4000, own_price=Decimal(1800),
    )  # fmt: skip
    assert drawn["points"] == [(1000, 500.0), (2000, 1000.0)]
    xs, ys = drawn["line"]
    assert ys[1] == 500 * xs[1] / 1000  # price = CPM × reach / 1000
    assert drawn["own"] == (4000, 1800.0)
    own = ax.collections[-1]
    assert own.get_offsets().tolist() == [[4000.0, 1800.0]]


def test_distribution_counts_every_quote():
    ax = _ax()
    counts = plot_cpm_distribution(
        ax, [100, 200, 200, 300, 900], mean=340, median=200, p25=200, p75=300, own_cpm=250, bins=4
    )
    assert sum(counts) == 5
    own_line = [line for line in ax.get_lines() if line.get_color() == OWN_COLOR]
    assert own_line and own_line[0].get_xdata()[0] == 250


def test_history_plots_price_and_known_cpms():
    fig = Figure()
    top, bottom = fig.subplots(2, 1, sharex=True)
    dates = [datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 3, 1, tzinfo=UTC)]
    drawn = plot_history(top, bottom, dates, [1000, 1500], [500, None], channel="@x", niche_cpm=450)
    assert [p for _, p in drawn["price"]] == [1000.0, 1500.0]
    assert [c for _, c in drawn["cpm"]] == [500.0]
    assert "@x" in top.get_title()


def test_empty_data_says_so():
    ax = _ax()
    assert plot_cpm_vs_niche(ax, [], [], mean=None, median=None) == []
    assert ax.texts and "No quotes" in ax.texts[0].get_text()


def test_many_bars_lie_sideways_with_every_name_readable_and_a_full_legend():
    ax = _ax()
    names = [f"@channel_{i:02d}" for i in range(27)]
    cpms = [300 + 10 * i for i in range(26)] + [1600]
    outliers = [False] * 26 + [True]
    plot_cpm_vs_niche(ax, names, cpms, mean=450, median=430, own_cpm=455, own_name="@me",
                      outliers=outliers)  # fmt: skip
    shown = [label.get_text() for label in ax.get_yticklabels()]
    assert set(names) | {"@me"} == set(shown)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Competitors" in legend and "Outliers" in legend
    assert any(t.startswith("You: ") for t in legend)
    own_bar = next(p for p in ax.patches if p.get_facecolor() == to_rgba(OWN_COLOR))
    assert own_bar.get_width() == 455.0


def test_own_bar_is_not_alarm_red():
    red, green, blue, _alpha = to_rgba(OWN_COLOR)
    assert not (red > 0.6 and green < 0.3 and blue < 0.3)


def test_scatter_points_carry_hover_labels():
    ax = _ax()
    drawn = plot_reach_vs_price(
        ax, [1000, 2000], [Decimal(500), Decimal(1000)], niche_cpm=Decimal(500),
        outliers=[False, True], names=["@a", "@b"], own_reach=4000, own_price=Decimal(1800),
    )  # fmt: skip
    labels = [label for _collection, texts in drawn["hover"] for label in texts]
    assert labels[0].startswith("@a") and "CPM: 500" in labels[0]
    assert labels[1].startswith("@b") and "CPM: 500" in labels[1]
    assert "1 800" in labels[2]


def test_distribution_band_is_drawn_over_the_bars_and_named_with_its_figures():
    ax = _ax()
    plot_cpm_distribution(ax, [100, 200, 200, 300, 900], mean=340, median=200, p25=200, p75=300)
    band = next(p for p in ax.patches if p.get_label().startswith("P25–P75"))
    bars = [p for p in ax.patches if p is not band]
    assert band.get_alpha() >= 0.4 and band.get_zorder() > max(b.get_zorder() for b in bars)
    assert band.get_label() == "P25–P75: 200 – 300"


def test_history_date_axis_writes_each_date_once():
    fig = Figure(figsize=(8, 4))
    top, bottom = fig.subplots(2, 1, sharex=True)
    dates = [datetime(2026, 11, 19, 9, tzinfo=UTC), datetime(2026, 11, 21, 18, tzinfo=UTC)]
    plot_history(top, bottom, dates, [1000, 1100], [500, 520])
    fig.canvas.draw()
    labels = [t.get_text() for t in bottom.get_xticklabels() if t.get_text()]
    assert labels and len(labels) == len(set(labels))


@pytest.mark.parametrize(
    ("date_format", "expected"), [("%m/%d/%y", "11/20/26"), ("%d.%m.%y", "20.11.26")]
)
def test_history_dates_are_written_as_the_ui_language_writes_them(date_format, expected):
    fig = Figure(figsize=(8, 4))
    top, bottom = fig.subplots(2, 1, sharex=True)
    dates = [datetime(2026, 11, 19, 9, tzinfo=UTC), datetime(2026, 11, 21, 18, tzinfo=UTC)]
    plot_history(
        top, bottom, dates, [1000, 1100], [500, 520], text=ChartText(date_format=date_format)
    )
    fig.canvas.draw()
    assert expected in [t.get_text() for t in bottom.get_xticklabels()]


def test_history_date_ticks_follow_the_span_shown():
    """The date ticks are worked out once per span, and again when the span changes (new
    quotes, a zoom): the labels always match matplotlib's own automatic date ticks."""
    from matplotlib.dates import AutoDateLocator

    fig = Figure(figsize=(8, 4), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True)
    dates = [datetime(2026, 2, 15, 12, tzinfo=UTC), datetime(2026, 10, 27, 12, tzinfo=UTC)]
    plot_history(top, bottom, dates, [2900, 3600], [500, 620], text=ChartText())
    fig.canvas.draw()

    def shown():
        return [t.get_text() for t in bottom.get_xticklabels() if t.get_text()]

    def expected():
        plain = AutoDateLocator(minticks=3, maxticks=8)
        plain.set_axis(bottom.xaxis)
        return [bottom.xaxis.get_major_formatter()(v) for v in plain()]

    months = shown()
    assert months == expected() and len(months) >= 3
    assert bottom.xaxis.get_major_locator()() is not bottom.xaxis.get_major_locator()()
    bottom.set_xlim(datetime(2026, 9, 1, tzinfo=UTC), datetime(2026, 9, 8, tzinfo=UTC))
    fig.canvas.draw()
    days = shown()
    assert days != months and days == expected()
