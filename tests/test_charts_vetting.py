"""Vetting charts on the Agg backend: the plotted data is checked, not pixels."""

from datetime import UTC, datetime, timedelta

from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

from charts.vetting import VettingChartText, plot_recent_posts, plot_views_by_age, typical_scale
from pricing.reach import DEFAULT_CURVE

T0 = datetime(2026, 2, 1, tzinfo=UTC)


def axes():
    return Figure().add_subplot()


def test_views_by_age_draws_each_post_and_the_scaled_curve():
    posts = [
        [(1.0, 250), (24.0, 760), (168.0, 1000), (300.0, 1100)],
        [(2.0, 720), (48.0, 1720)],
        [],
    ]
    ax = axes()
    drawn = plot_views_by_age(ax, posts, DEFAULT_CURVE, window=24)
    assert drawn["segments"] == [
        [(1.0, 250.0), (24.0, 760.0), (168.0, 1000.0)],  # cut at 7 days
        [(2.0, 720.0), (48.0, 1720.0)],
    ]
    collection = next(c for c in ax.collections if isinstance(c, LineCollection))
    assert len(collection.get_segments()) == 2
    # the typical post at 7 days: each post's last reading over the curve's fraction, median
    first, second = 1100 / DEFAULT_CURVE.fraction(300), 1720 / DEFAULT_CURVE.fraction(48)
    assert abs(second - 2000) < 1e-6
    assert typical_scale(posts, DEFAULT_CURVE) == (first + second) / 2
    curve = dict(drawn["curve"])
    assert curve[168.0] == (first + second) / 2
    assert abs(curve[0.0]) < 1e-9
    assert ax.get_xlim() == (0, 168)
    assert any(line.get_xdata()[0] == 24 for line in ax.get_lines())  # the window line
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Posts (2)" in labels and "24 h window" in labels


def test_views_by_age_without_posts_says_so():
    ax = axes()
    drawn = plot_views_by_age(ax, [], DEFAULT_CURVE, text=VettingChartText(no_data="Nothing"))
    assert drawn == {"segments": [], "curve": [], "window": None}
    assert [t.get_text() for t in ax.texts] == ["Nothing"]


def test_recent_posts_separates_ads_and_marks_reach():
    posts = [
        (T0 + timedelta(hours=12 * i), 1000 + 10 * i, i % 4 == 3)
        for i in range(8)  # ads at 3 and 7
    ]
    ax = axes()
    drawn = plot_recent_posts(ax, posts, reach=1040, window=48, number=lambda v: f"{v:.0f}")
    assert [v for _, v in drawn["posts"]] == [1000, 1010, 1020, 1040, 1050, 1060]
    assert [v for _, v in drawn["ads"]] == [1030, 1070]
    heights = sorted(p.get_height() for p in ax.patches)
    assert heights == sorted(v for _, v, _ in posts)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Reach at 48 h: 1040" in labels and "Ads" in labels


def test_recent_posts_without_posts_says_so():
    ax = axes()
    assert plot_recent_posts(ax, []) == {"posts": [], "ads": [], "reach": None}
    assert ax.texts
