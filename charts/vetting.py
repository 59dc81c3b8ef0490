"""The vetting screen's charts as plain functions drawing on a matplotlib ``Axes``.

* :func:`plot_views_by_age` – each post's view snapshots as a thin line of age against views,
  with the channel's accumulation curve scaled to a typical post and the placement window marked.
  Real audiences give a fan of differently sized lines that keep rising; bought views give a
  tight bundle that jumps in the first hour and then stays flat.
* :func:`plot_recent_posts` – the latest views of each recent post by publication time, ads in
  another colour, with the channel's reach at the window as a line.

No pyplot and no Qt; text arrives through :class:`VettingChartText` in the user's language.
Each function returns what it plotted, so tests check data rather than pixels.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.dates import ConciseDateFormatter, date2num
from matplotlib.ticker import FuncFormatter

from charts.figures import (
    Formatter,
    SteadyDateLocator,
    draw_empty,
    plain_number,
    widen_short_date_span,
)
from pricing.reach import Curve

POST_COLOR = "#2b83ba"
AD_COLOR = "#fdae61"
CURVE_COLOR = "#d7191c"
WINDOW_COLOR = "#555555"
REACH_COLOR = "#1a9641"


@dataclass(frozen=True)
class VettingChartText:
    age_axis: str = "Post age, hours"
    views_axis: str = "Views"
    date_axis: str = "Published"
    by_age_title: str = "Views by post age"
    recent_title: str = "Views of recent posts"
    posts: str = "Posts ({count})"
    curve: str = "Typical post (channel curve)"
    window: str = "{hours} h window"
    ads: str = "Ads"
    reach: str = "Reach at {hours} h: {value}"
    no_data: str = "No posts with views yet"


def typical_scale(posts: Sequence[Sequence[tuple[float, int]]], curve: Curve) -> float | None:
    """Views at 7 days of a typical post: the median of each post's last reading / curve."""
    estimates = []
    for snapshots in posts:
        if not snapshots:
            continue
        age, views = max(snapshots)
        fraction = curve.fraction(age)
        if age > 0 and fraction > 0 and views > 0:
            estimates.append(views / fraction)
    return statistics.median(estimates) if estimates else None


def plot_views_by_age(
    ax: Axes,
    posts: Sequence[Sequence[tuple[float, int]]],
    curve: Curve | None = None,
    *,
    window: float | None = None,
    max_age: float = 168.0,
    text: VettingChartText = VettingChartText(),
    number: Formatter = plain_number,
) -> dict:
    """Snapshots ``(age_hours, views)`` of each post up to ``max_age``, the scaled curve, window.

    Returns ``{"segments": [[(age, views), ...] per post], "curve": [(age, views), ...] or [],
    "window": window or None}``.
    """
    ax.clear()
    segments = [
        [(float(a), float(v)) for a, v in sorted(snapshots) if a <= max_age]
        for snapshots in posts
        if snapshots
    ]
    segments = [s for s in segments if s]
    if not segments:
        draw_empty(ax, text.no_data)
        return {"segments": [], "curve": [], "window": None}
    lines = LineCollection(
        segments,
        colors=POST_COLOR,
        linewidths=0.8,
        alpha=0.35,
        label=text.posts.format(count=len(segments)),
    )
    ax.add_collection(lines)
    ax.plot(
        [a for s in segments for a, _ in s],
        [v for s in segments for _, v in s],
        linestyle="none",
        marker=".",
        markersize=2,
        color=POST_COLOR,
        alpha=0.5,
    )
    curve_points: list[tuple[float, float]] = []
    scale = typical_scale(posts, curve) if curve is not None else None
    if curve is not None and scale:
        ages = [max_age * i / 200 for i in range(201)]
        curve_points = [(a, scale * curve.fraction(a)) for a in ages]
        ax.plot(
            [a for a, _ in curve_points],
            [v for _, v in curve_points],
            color=CURVE_COLOR,
            linewidth=2,
            label=text.curve,
        )
    if window is not None and window <= max_age:
        ax.axvline(
            window,
            color=WINDOW_COLOR,
            linestyle="--",
            linewidth=1,
            label=text.window.format(hours=f"{window:g}"),
        )
    ax.set_xlim(0, max_age)
    top = max(v for s in segments for _, v in s)
    if curve_points:
        top = max(top, max(v for _, v in curve_points))
    ax.set_ylim(0, top * 1.08 or 1)
    ax.set_xticks([t for t in (0, 24, 48, 72, 96, 120, 144, 168) if t <= max_age])
    ax.set_xlabel(text.age_axis)
    ax.set_ylabel(text.views_axis)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: number(y)))
    ax.set_title(text.by_age_title)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")
    return {"segments": segments, "curve": curve_points, "window": window}


def plot_recent_posts(
    ax: Axes,
    posts: Sequence[tuple[datetime, int, bool]],
    *,
    reach: int | None = None,
    window: float | None = None,
    text: VettingChartText = VettingChartText(),
    number: Formatter = plain_number,
) -> dict:
    """Latest views of each post ``(posted_at, views, is_ad)`` as bars by publication time.

    Returns ``{"posts": [(posted_at, views)], "ads": [(posted_at, views)], "reach": reach}``.
    """
    ax.clear()
    if not posts:
        draw_empty(ax, text.no_data)
        return {"posts": [], "ads": [], "reach": None}
    ordered = sorted(posts, key=lambda p: p[0])
    organic = [(at, views) for at, views, is_ad in ordered if not is_ad]
    ads = [(at, views) for at, views, is_ad in ordered if is_ad]
    span = date2num(ordered[-1][0]) - date2num(ordered[0][0])
    width = max(min(span / max(len(ordered), 1) * 0.7, 0.6), 0.02)
    if organic:
        ax.bar(
            [at for at, _ in organic],
            [v for _, v in organic],
            width=width,
            color=POST_COLOR,
            label=text.posts.format(count=len(organic)),
        )
    if ads:
        ax.bar(
            [at for at, _ in ads], [v for _, v in ads], width=width, color=AD_COLOR, label=text.ads
        )
    if reach:
        ax.axhline(
            reach,
            color=REACH_COLOR,
            linewidth=1.5,
            label=text.reach.format(hours=f"{window or 24:g}", value=number(reach)),
        )
    widen_short_date_span(ax, [at for at, _views, _ad in ordered])
    locator = SteadyDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_xlabel(text.date_axis)
    ax.set_ylabel(text.views_axis)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: number(y)))
    ax.set_title(text.recent_title)
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")
    return {"posts": organic, "ads": ads, "reach": reach}
