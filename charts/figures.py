"""The pricing desk's charts as plain functions drawing on a matplotlib ``Axes``.

No pyplot and no Qt: the widget passes the axes of its own ``Figure``; tests pass axes of an Agg
figure and check what was plotted. Text comes in through :class:`ChartText` so the UI can give it
in the user's language; numbers go through ``number`` (the UI passes a QLocale formatter).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, DateFormatter
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

NICHE_COLOR = "#8da0cb"
OUTLIER_COLOR = "#fc8d62"
# the own channel: a calm, dark accent that stands out from the niche without saying "alarm"
OWN_COLOR = "#2d3f8f"
MEAN_COLOR = "#1a9641"
MEDIAN_COLOR = "#2b83ba"
BAND_COLOR = "#abdda4"

MAX_BAR_PATCHES = 120  # above this many quotes bars are drawn as one line collection
MAX_VERTICAL_NAMES = 12  # more bars than this turn sideways, so every channel name can be read
MAX_NAMED_BARS = 60  # above this the names would overlap even sideways: none are written

Number = Decimal | float | int
Formatter = Callable[[float], str]


def widen_short_date_span(ax, dates) -> None:
    """Give a date axis at least a few days: with all points on one day matplotlib's date
    locator has no sensible tick interval and draws one lonely label."""
    if not dates:
        return
    first, last = min(dates), max(dates)
    if last - first < timedelta(days=2):
        ax.set_xlim(first - timedelta(days=2), last + timedelta(days=2))


class SteadyDateLocator(AutoDateLocator):
    """matplotlib's automatic date ticks, worked out once for each view span.

    One draw asks a date axis for its ticks some 35 times (each pass of the constrained layout,
    each axis label's and title's position, the draw itself; twice as often on shared axes), and
    each answer walks dateutil's recurrence rules again: about 0.1 s of the first draw of a
    two-row date chart here. The ticks depend on the span alone, so the same span gets the same
    ticks without the walk.
    """

    def __call__(self):
        if self.axis is None:
            return super().__call__()
        span = tuple(self.axis.get_view_interval())
        return _last_answer(self, span, super().__call__).copy()


class DistinctDateFormatter(DateFormatter):
    """Dates on an axis, each written once: ticks that fall on a day already labelled (12-hour
    steps on a short span) stay unlabelled instead of repeating "19.11.26 19.11.26".

    The labels of the last ticks asked for are kept: a draw asks for the same ones many times
    (see :class:`SteadyDateLocator`), and writing each date goes through numpy and strftime."""

    def format_ticks(self, values):
        return list(_last_answer(self, tuple(values), lambda: self._distinct_labels(values)))

    def _distinct_labels(self, values) -> list[str]:
        seen: set[str] = set()
        distinct = []
        for label in super().format_ticks(values):
            distinct.append("" if label in seen else label)
            seen.add(label)
        return distinct


def _last_answer(owner: Any, question: object, work: Callable[[], Any]) -> Any:
    """``work()``, or the answer kept on ``owner`` when ``question`` is the one it answered
    last: one draw asks a date axis the same question many times."""
    kept = getattr(owner, "_last_answer", None)
    if kept is None or kept[0] != question:
        kept = (question, work())
        owner._last_answer = kept
    return kept[1]


def plain_number(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


@dataclass(frozen=True)
class ChartText:
    """Every word a chart shows; the UI fills these with translated text."""

    cpm_axis: str = "CPM, {currency}"
    price_axis: str = "Price, {currency}"
    reach_axis: str = "Reach, views"
    count_axis: str = "Quotes"
    date_axis: str = "Date"
    mean: str = "Niche mean {value}"
    median: str = "Niche median {value}"
    p25_p75: str = "P25–P75"
    own: str = "You: {value}"
    niche_quotes: str = "Competitors"
    outliers: str = "Outliers"
    niche_line: str = "Niche CPM {value}"
    cpm_vs_niche_title: str = "Your CPM against the niche"
    reach_vs_price_title: str = "Reach and price"
    distribution_title: str = "CPM distribution"
    history_title: str = "Price and CPM of {channel}"
    price: str = "Price"
    cpm: str = "CPM"
    no_data: str = "No quotes with a reach yet"
    date_format: str = "%m/%d/%y"  # strftime, as the UI language writes a short date


def draw_empty(ax: Axes, message: str) -> None:
    """Say on the axes that there is nothing to plot, instead of empty axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="gray")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_cpm_vs_niche(
    ax: Axes,
    names: Sequence[str],
    cpms: Sequence[Number],
    *,
    mean: Number | None,
    median: Number | None,
    own_cpm: Number | None = None,
    own_name: str = "",
    outliers: Sequence[bool] = (),
    currency: str = "₽",
    text: ChartText = ChartText(),
    number: Formatter = plain_number,
) -> list[tuple[str, float, bool]]:
    """Each competitor's CPM as a bar (lowest to highest), the own CPM as an accent bar in its
    place, niche mean and median as lines; the legend names competitors, outliers and the own
    bar. Up to 12 bars stand upright with their names under them; more lie sideways, lowest CPM
    at the top, so that every name stays readable. Returns the bars drawn: (name, cpm, is_own),
    lowest to highest."""
    ax.clear()
    if not cpms:
        draw_empty(ax, text.no_data)
        return []
    marks = list(outliers) or [False] * len(cpms)
    bars = [(str(n), float(c), False, bool(o)) for n, c, o in zip(names, cpms, marks, strict=True)]
    if own_cpm is not None:
        bars.append((own_name or text.own.format(value=""), float(own_cpm), True, False))
    bars.sort(key=lambda bar: bar[1])
    colors = [
        OWN_COLOR if own else OUTLIER_COLOR if out else NICHE_COLOR for _, _, own, out in bars
    ]
    positions = list(range(len(bars)))
    heights = [b[1] for b in bars]
    names_shown = [b[0] for b in bars]
    sideways = len(bars) > MAX_VERTICAL_NAMES
    if len(bars) > MAX_BAR_PATCHES:  # one line collection draws hundreds of bars far faster
        width = max(1.0, 500 / len(bars))
        ax.vlines(positions, 0, heights, colors=colors, linewidth=width)
        sideways = False
    elif sideways:
        ax.barh(positions, heights, color=colors, height=0.75)
    else:
        ax.bar(positions, heights, color=colors, width=0.8)
    line = ax.axvline if sideways else ax.axhline
    if mean is not None:
        line(float(mean), color=MEAN_COLOR, linewidth=1.6,
             label=text.mean.format(value=number(float(mean))))  # fmt: skip
    if median is not None:
        line(float(median), color=MEDIAN_COLOR, linewidth=1.4, linestyle="--",
             label=text.median.format(value=number(float(median))))  # fmt: skip
    if own_cpm is not None:
        own_at = next(i for i, bar in enumerate(bars) if bar[2])
        label = text.own.format(value=number(float(own_cpm)))
        if sideways:
            ax.annotate(label, xy=(float(own_cpm), own_at), xytext=(6, 0),
                        textcoords="offset points", va="center", color=OWN_COLOR,
                        fontweight="bold", fontsize=9)  # fmt: skip
        else:
            ax.annotate(label, xy=(own_at, float(own_cpm)), xytext=(0, 8),
                        textcoords="offset points", ha="center", color=OWN_COLOR,
                        fontweight="bold", fontsize=9)  # fmt: skip
    value_axis = ax.xaxis if sideways else ax.yaxis
    if len(bars) > MAX_NAMED_BARS:
        (ax.set_yticks if sideways else ax.set_xticks)([])
    elif sideways:
        ax.set_yticks(positions, names_shown, fontsize=7 if len(bars) > 30 else 8)
        ax.set_ylim(len(bars) - 0.4, -0.6)  # lowest CPM at the top, as a list is read
    else:
        ax.set_xticks(positions, names_shown, rotation=45, ha="right", fontsize=8)
        ax.set_xlim(-0.7, len(bars) - 0.3)
    (ax.set_xlabel if sideways else ax.set_ylabel)(text.cpm_axis.format(currency=currency))
    value_axis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_title(text.cpm_vs_niche_title, fontsize=10)
    ax.margins(**({"x": 0.12} if sideways else {"y": 0.12}))
    handles = [Patch(color=NICHE_COLOR, label=text.niche_quotes)]
    if any(out for *_, out in bars):
        handles.append(Patch(color=OUTLIER_COLOR, label=text.outliers))
    if own_cpm is not None:
        handles.append(Patch(color=OWN_COLOR, label=text.own.format(value=number(float(own_cpm)))))
    lines, _labels = ax.get_legend_handles_labels()
    ax.legend(handles=[*handles, *lines], loc="upper right" if sideways else "upper left",
              fontsize=8, frameon=True, framealpha=0.85)  # fmt: skip
    return [(b[0], b[1], b[2]) for b in bars]


def plot_reach_vs_price(
    ax: Axes,
    reaches: Sequence[int],
    prices: Sequence[Number],
    *,
    niche_cpm: Number | None,
    own_reach: int | None = None,
    own_price: Number | None = None,
    outliers: Sequence[bool] = (),
    names: Sequence[str] = (),
    currency: str = "₽",
    text: ChartText = ChartText(),
    number: Formatter = plain_number,
) -> dict:
    """Competitors as dots (reach → price), the niche CPM as the line price = CPM × reach / 1000,
    the own channel as a star. Returns the plotted data for checks, and under ``"hover"`` each
    dot collection with a label per dot (channel, reach, price, CPM) for the canvas to show
    when the pointer rests on a dot."""
    ax.clear()
    if not reaches:
        draw_empty(ax, text.no_data)
        return {"points": [], "line": None, "own": None, "hover": []}
    marks = list(outliers) or [False] * len(reaches)
    labels = list(names) or [""] * len(reaches)

    def hover_label(name: str, reach: int, price: float) -> str:
        cpm_text = number(price / reach * 1000) if reach else "—"
        head = f"{name}\n" if name else ""
        return (
            f"{head}{text.reach_axis}: {number(reach)}\n"
            f"{text.price_axis.format(currency=currency)}: {number(price)}\n"
            f"{text.cpm}: {cpm_text}"
        )

    rows = list(zip(reaches, prices, marks, labels, strict=True))
    normal = [(r, float(p)) for r, p, o, _n in rows if not o]
    odd = [(r, float(p)) for r, p, o, _n in rows if o]
    hover = []
    if normal:
        dots = ax.scatter(*zip(*normal, strict=True), s=26, color=NICHE_COLOR,
                          label=text.niche_quotes, edgecolors="white", linewidths=0.5,
                          zorder=3)  # fmt: skip
        hover.append((dots, [hover_label(n, r, float(p)) for r, p, o, n in rows if not o]))
    if odd:
        dots = ax.scatter(*zip(*odd, strict=True), s=30, color=OUTLIER_COLOR,
                          label=text.outliers, marker="D", zorder=3)  # fmt: skip
        hover.append((dots, [hover_label(n, r, float(p)) for r, p, o, n in rows if o]))
    line = None
    top = max([*reaches, own_reach or 0]) * 1.05
    if niche_cpm is not None:
        xs = [0.0, float(top)]
        ys = [0.0, float(niche_cpm) * float(top) / 1000]
        ax.plot(xs, ys, color=MEAN_COLOR, linewidth=1.4,
                label=text.niche_line.format(value=number(float(niche_cpm))))  # fmt: skip
        line = (xs, ys)
    own = None
    if own_reach and own_price is not None:
        own = (own_reach, float(own_price))
        own_label = text.own.format(value=number(float(own_price)))
        star = ax.scatter([own_reach], [float(own_price)], s=160, marker="*", color=OWN_COLOR,
                          zorder=4, label=own_label)  # fmt: skip
        hover.append((star, [hover_label(text.own.format(value=""), own_reach, own[1])]))
    ax.set_xlabel(text.reach_axis)
    ax.set_ylabel(text.price_axis.format(currency=currency))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.set_title(text.reach_vs_price_title, fontsize=10)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.grid(alpha=0.25)
    return {"points": normal + odd, "line": line, "own": own, "hover": hover}


def plot_cpm_distribution(
    ax: Axes,
    cpms: Sequence[Number],
    *,
    mean: Number | None,
    median: Number | None,
    p25: Number | None = None,
    p75: Number | None = None,
    own_cpm: Number | None = None,
    currency: str = "₽",
    text: ChartText = ChartText(),
    number: Formatter = plain_number,
    bins: int | None = None,
) -> list[int]:
    """A histogram of the niche's CPMs with the P25–P75 band, mean, median and own CPM.
    Returns the count in each bin."""
    ax.clear()
    if not cpms:
        draw_empty(ax, text.no_data)
        return []
    values = [float(c) for c in cpms]
    bins = bins or max(5, min(30, len(values) // 2))
    counts, _edges, _patches = ax.hist(values, bins=bins, color=NICHE_COLOR, edgecolor="white")
    if p25 is not None and p75 is not None:
        # over the bars, see-through and edged, so the band shows however the bars fall
        label = f"{text.p25_p75}: {number(float(p25))} – {number(float(p75))}"
        ax.axvspan(float(p25), float(p75), facecolor=BAND_COLOR, alpha=0.45, zorder=2.5,
                   edgecolor="#4d9a45", linewidth=1.2, label=label)  # fmt: skip
    if mean is not None:
        ax.axvline(float(mean), color=MEAN_COLOR, linewidth=1.6,
                   label=text.mean.format(value=number(float(mean))))  # fmt: skip
    if median is not None:
        ax.axvline(float(median), color=MEDIAN_COLOR, linewidth=1.4, linestyle="--",
                   label=text.median.format(value=number(float(median))))  # fmt: skip
    if own_cpm is not None:
        ax.axvline(float(own_cpm), color=OWN_COLOR, linewidth=2.2,
                   label=text.own.format(value=number(float(own_cpm))))  # fmt: skip
    ax.set_xlabel(text.cpm_axis.format(currency=currency))
    ax.set_ylabel(text.count_axis)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(text.distribution_title, fontsize=10)
    ax.legend(loc="upper right", fontsize=8, frameon=True, framealpha=0.85)
    return [int(c) for c in counts]


def plot_history(
    price_ax: Axes,
    cpm_ax: Axes,
    dates: Sequence[datetime],
    prices: Sequence[Number],
    cpms: Sequence[Number | None],
    *,
    channel: str = "",
    currency: str = "₽",
    niche_cpm: Number | None = None,
    text: ChartText = ChartText(),
    number: Formatter = plain_number,
) -> dict:
    """One channel's quotes over time: price on the upper axes, CPM (where a reach is known) on
    the lower one, with the niche CPM for reference. Returns the plotted series."""
    price_ax.clear()
    cpm_ax.clear()
    if not dates:
        draw_empty(price_ax, text.no_data)
        draw_empty(cpm_ax, text.no_data)
        return {"price": [], "cpm": []}
    price_series = [(d, float(p)) for d, p in zip(dates, prices, strict=True)]
    cpm_series = [(d, float(c)) for d, c in zip(dates, cpms, strict=True) if c is not None]
    price_ax.plot(*zip(*price_series, strict=True), marker="o", drawstyle="steps-post",
                  color=MEDIAN_COLOR, label=text.price)  # fmt: skip
    price_ax.set_ylabel(text.price_axis.format(currency=currency))
    price_ax.set_title(text.history_title.format(channel=channel), fontsize=10)
    if cpm_series:
        cpm_ax.plot(*zip(*cpm_series, strict=True), marker="s", color=OUTLIER_COLOR,
                    label=text.cpm)  # fmt: skip
    if niche_cpm is not None:
        cpm_ax.axhline(float(niche_cpm), color=MEAN_COLOR, linestyle="--", linewidth=1.2,
                       label=text.niche_line.format(value=number(float(niche_cpm))))  # fmt: skip
    cpm_ax.set_ylabel(text.cpm_axis.format(currency=currency))
    cpm_ax.set_xlabel(text.date_axis)
    for ax in (price_ax, cpm_ax):
        widen_short_date_span(ax, dates)
        ax.xaxis.set_major_locator(SteadyDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(DistinctDateFormatter(text.date_format))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v)))
        ax.grid(alpha=0.25)
        ax.margins(y=0.2)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="upper left", fontsize=8, frameon=False)
    return {"price": price_series, "cpm": cpm_series}
