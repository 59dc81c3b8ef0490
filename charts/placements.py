"""The *Placements* area's charts as plain functions drawing on a matplotlib ``Axes``.

* :func:`plot_joins_over_time` – each placement's joins so far by hours after its ad post, one
  line per placement, with the 24 h / 48 h / 7 day marks: which ads keep bringing subscribers.
* :func:`plot_cost_per_subscriber` – what one subscriber cost, per seller (the mean of its
  placements), cheapest first.
* :func:`plot_paid_cpm_vs_niche` – the CPM actually paid for each placement (green at or under
  the niche's median, orange above) against the seller's quoted CPM and the niche's P25–P75 band
  and median.

No pyplot and no Qt; text arrives through :class:`PlacementChartText` in the user's language,
numbers through ``number``. Each function returns what it plotted, so tests check data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from charts.figures import (
    BAND_COLOR,
    MEAN_COLOR,
    MEDIAN_COLOR,
    NICHE_COLOR,
    OUTLIER_COLOR,
    OWN_COLOR,
    Formatter,
    draw_empty,
    plain_number,
)

WINDOW_MARKS = (24, 48, 168)
QUOTED_COLOR = "#555555"
CHEAPER_COLOR = MEAN_COLOR
DEARER_COLOR = OUTLIER_COLOR


@dataclass(frozen=True)
class PlacementChartText:
    hours_axis: str = "Hours after the ad post"
    joins_axis: str = "Joins"
    joins_title: str = "Joins over time"
    cost_axis: str = "Cost per subscriber, {currency}"
    cost_title: str = "Cost per subscriber by seller"
    cpm_axis: str = "CPM, {currency}"
    cpm_title: str = "Paid CPM against the niche"
    paid: str = "Paid CPM"
    quoted: str = "Seller's quoted CPM"
    median: str = "Niche median {value}"
    band: str = "Niche P25–P75"
    window: str = "{label}"
    no_joins: str = "No joins counted yet"
    no_cost: str = "No placement with joins yet"
    no_cpm: str = "No placement with measured views yet"


@dataclass(frozen=True)
class JoinSeries:
    label: str
    points: tuple[tuple[float, int], ...]  # (hours after the post, joins so far)


@dataclass(frozen=True)
class CpmBar:
    label: str
    paid: Decimal
    quoted: Decimal | None = None


def _window_label(hours: int) -> str:
    return f"{hours // 24} d" if hours >= 72 else f"{hours} h"


def plot_joins_over_time(
    ax: Axes,
    series: Sequence[JoinSeries],
    *,
    text: PlacementChartText = PlacementChartText(),
    number: Formatter = plain_number,
    window_labels: dict[int, str] | None = None,
) -> list[tuple[str, int]]:
    """A step line of joins so far per placement. Returns (label, last joins) per line drawn."""
    ax.clear()
    drawn = [s for s in series if s.points]
    if not drawn:
        draw_empty(ax, text.no_joins)
        return []
    longest = 0.0
    for item in drawn:
        xs = [p[0] for p in item.points]
        ys = [p[1] for p in item.points]
        ax.step(xs, ys, where="post", linewidth=1.6, label=f"{item.label}: {number(ys[-1])}")
        longest = max(longest, xs[-1])
    labels = window_labels or {}
    for hours in WINDOW_MARKS:
        if hours <= max(longest, 48):
            ax.axvline(hours, color="#999999", linewidth=0.8, linestyle=":")
            ax.annotate(
                labels.get(hours, _window_label(hours)),
                xy=(hours, 1),
                xycoords=("data", "axes fraction"),
                xytext=(2, -12),
                textcoords="offset points",
                fontsize=7,
                color="#666666",
            )
    ax.set_xlim(0, max(longest, 48) * 1.03)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(text.hours_axis)
    ax.set_ylabel(text.joins_axis)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_title(text.joins_title, fontsize=10)
    ax.legend(loc="lower right", fontsize=7, frameon=False)
    return [(s.label, s.points[-1][1]) for s in drawn]


def plot_cost_per_subscriber(
    ax: Axes,
    costs: Sequence[tuple[str, Decimal]],
    *,
    currency: str = "₽",
    text: PlacementChartText = PlacementChartText(),
    number: Formatter = plain_number,
) -> list[tuple[str, float]]:
    """Horizontal bars: cost per subscriber by seller, cheapest at the top."""
    ax.clear()
    if not costs:
        draw_empty(ax, text.no_cost)
        return []
    bars = sorted(((name, float(cost)) for name, cost in costs), key=lambda b: b[1], reverse=True)
    positions = range(len(bars))
    best = min(b[1] for b in bars)
    colors = [MEDIAN_COLOR if b[1] == best else NICHE_COLOR for b in bars]
    ax.barh(list(positions), [b[1] for b in bars], color=colors, height=0.6)
    for position, (_name, value) in zip(positions, bars, strict=True):
        ax.annotate(
            number(value),
            xy=(value, position),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(list(positions), [b[0] for b in bars], fontsize=8)
    ax.set_xlabel(text.cost_axis.format(currency=currency))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_title(text.cost_title, fontsize=10)
    ax.margins(x=0.18)
    return list(reversed(bars))


def plot_paid_cpm_vs_niche(
    ax: Axes,
    bars: Sequence[CpmBar],
    *,
    niche: tuple[Decimal, Decimal, Decimal] | None = None,
    currency: str = "₽",
    text: PlacementChartText = PlacementChartText(),
    number: Formatter = plain_number,
) -> list[tuple[str, float]]:
    """Paid CPM per placement as bars, the seller's quoted CPM as a mark on each, and the
    niche's (P25, median, P75) as a band and a line. Returns (label, paid CPM) drawn."""
    ax.clear()
    if not bars:
        draw_empty(ax, text.no_cpm)
        return []
    positions = list(range(len(bars)))
    paid = [float(b.paid) for b in bars]
    if niche is not None:
        p25, median, p75 = (float(v) for v in niche)
        ax.axhspan(p25, p75, color=BAND_COLOR, alpha=0.35, label=text.band)
        ax.axhline(
            median,
            color=MEDIAN_COLOR,
            linestyle="--",
            linewidth=1.4,
            label=text.median.format(value=number(median)),
        )
    if niche is not None:  # as the table: at or under the niche's median green, above orange
        colors = [CHEAPER_COLOR if p <= float(niche[1]) else DEARER_COLOR for p in paid]
    else:
        colors = [OWN_COLOR] * len(paid)
    ax.bar(positions, paid, color=colors, width=0.6, label=text.paid, alpha=0.85)
    quoted = [(p, float(b.quoted)) for p, b in zip(positions, bars, strict=True) if b.quoted]
    if quoted:
        ax.scatter(
            [q[0] for q in quoted],
            [q[1] for q in quoted],
            marker="_",
            s=500,
            linewidths=2.5,
            color=QUOTED_COLOR,
            label=text.quoted,
            zorder=3,
        )
    ax.set_xticks(positions, [b.label for b in bars], rotation=30, ha="right", fontsize=7)
    ax.set_ylabel(text.cpm_axis.format(currency=currency))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_title(text.cpm_title, fontsize=10)
    top = max(paid + [q[1] for q in quoted] + ([float(niche[2])] if niche else []))
    ax.set_ylim(0, top * 1.55)  # room above the bars for the legend
    ax.legend(loc="upper left", fontsize=7, frameon=False, ncol=2)
    return [(b.label, float(b.paid)) for b in bars]
