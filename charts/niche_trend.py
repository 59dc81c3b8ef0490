"""The niche's CPM by month: the mean as a line, P25–P75 as a band, the own price's CPM on the
same axes. A plain function on a matplotlib ``Axes`` (no pyplot, no Qt), as in
:mod:`charts.figures`; words and month names come from the caller in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from charts.figures import BAND_COLOR, MEAN_COLOR, OWN_COLOR, draw_empty, plain_number
from pricing.niche_trend import MonthCpm, add_months, months_between

#: More month labels than this are thinned out (every second, third… month is labelled).
MAX_MONTH_LABELS = 12


@dataclass(frozen=True)
class NicheTrendText:
    title: str = "Niche CPM by month, {format}"
    cpm_axis: str = "CPM, {currency}"
    mean: str = "Niche mean"
    band: str = "P25–P75"
    own: str = "Your price's CPM"
    no_data: str = "No quotes of this format with a reach yet"


def plot_niche_trend(
    ax: Axes,
    months: Sequence[MonthCpm],
    own: Sequence[tuple[MonthCpm | None, Decimal | None]],
    *,
    currency: str,
    format_label: str,
    text: NicheTrendText = NicheTrendText(),
    month_label: Callable[[date], str] = lambda m: m.strftime("%m.%y"),
    number: Callable[[float], str] = plain_number,
) -> dict[str, object]:
    """Draw the trend; returns what was drawn (x positions and values) for tests.

    A month is placed by its distance from the first month, so months without quotes leave a
    gap in the line rather than being squeezed out.
    """
    ax.clear()
    if not months:
        draw_empty(ax, text.no_data)
        return {"months": 0}
    first = months[0].month
    xs = [months_between(first, m.month) for m in months]
    means = [float(m.mean) for m in months]
    ax.fill_between(
        xs,
        [float(m.p25) for m in months],
        [float(m.p75) for m in months],
        color=BAND_COLOR,
        alpha=0.5,
        linewidth=0,
        label=text.band,
        step=None,
    )
    ax.plot(xs, means, color=MEAN_COLOR, marker="o", markersize=4, linewidth=2, label=text.mean)
    own_xs, own_values = [], []
    for month, value in own:
        if month is not None and value is not None:
            own_xs.append(months_between(first, month.month))
            own_values.append(float(value))
    if own_values:
        ax.plot(
            own_xs,
            own_values,
            color=OWN_COLOR,
            drawstyle="steps-mid",
            linewidth=2,
            linestyle="--",
            label=text.own,
        )
    span = xs[-1]
    step = max(1, -(-(span + 1) // MAX_MONTH_LABELS))
    ticks = list(range(0, span + 1, step))

    ax.set_xticks(ticks, [month_label(add_months(first, t)) for t in ticks], fontsize=8)
    ax.set_xlim(-0.5, span + 0.5)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(text.cpm_axis.format(currency=currency))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_title(text.title.format(format=format_label), fontsize=10)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    return {"months": len(months), "xs": xs, "means": means, "own": own_values}
