"""The quality checks' per-post figures, worked out for a whole channel at once from its readings.

:func:`channel_figures` does for a :class:`pricing.reach_table.ReadingTable` what the checks
need before any signal: albums merged (the most viewed message, texts joined, an ad if any
message is), ads recognised, the channel's curve fitted on its recent non-ad posts (or across
their single readings), each post's latest views joined to its readings at its age now, and the
views at 1, 6, 24 and 48 hours of every post, as array operations over all the readings; the
figures stay numpy columns (:class:`pricing.quality_types.FigureColumns`), which the checks read.
:func:`stats_table` turns a list of :class:`pricing.reach.PostStats` into such a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import numpy as np

from pricing.ads import looks_like_ad
from pricing.cross_section import fit_cross_section_curve
from pricing.errors import InputError
from pricing.quality_types import FigureColumns
from pricing.reach import (
    MAX_VIEWS,
    Curve,
    PostStats,
    ReadingTable,
    clean_snapshots,
    fit_table_curve,
    microseconds,
    posts_table,
)
from pricing.reach_table import BoolArray, clean_readings, estimate_at

#: The windows (hours) at which the checks compare each post's views.
FIGURE_WINDOWS = (1, 6, 24, 48)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = _EPOCH.replace(tzinfo=None)


def stats_table(posts: Sequence[PostStats]) -> ReadingTable:
    """The posts as one table: their readings checked as ``clean_snapshots`` checks them, their
    current ``views``, ``forwards`` and ``reactions`` as the posts give them."""
    table, _dated = posts_table(posts)
    return replace(
        table,
        latest_views=np.array([p.views for p in posts], dtype=np.int64).reshape(-1),
        forwards=np.array([p.forwards for p in posts], dtype=np.int64).reshape(-1),
        reactions=np.array([p.reactions for p in posts], dtype=np.int64).reshape(-1),
    )


@dataclass(frozen=True)
class ChannelFigures:
    """What the checks take: the curve (``fitted_default`` says the fit on the posts' own
    readings gave the default one), every non-ad post's figures (``history_posts``) and those of
    the last ``days`` days (``organic``), and how many recent posts there are and are ads."""

    curve: Curve
    fitted_default: bool
    history_posts: FigureColumns
    organic: FigureColumns
    n_recent: int
    n_recent_ads: int


def _merge_albums(table: ReadingTable, own_username: str | None) -> tuple[ReadingTable, BoolArray]:
    """An album counts once: its most viewed message (by current views, the first of equals)
    with the album's texts joined, an ad if any message is marked or the joined text reads as
    one. Returns the posts that stay and their ad flags."""
    ads = table.ads(own_username)
    grouped = np.flatnonzero(table.has_group)
    if not len(grouped):
        return table, ads
    keep = ~table.has_group
    ads = ads.copy()
    texts = list(table.text)
    groups = table.grouped_id[grouped]
    order = np.lexsort((-grouped, table.latest_views[grouped], groups))
    groups, members = groups[order], grouped[order]
    ends = np.append(np.flatnonzero(groups[1:] != groups[:-1]), len(groups) - 1)
    begins = np.concatenate([[0], ends[:-1] + 1])
    for begin, end in zip(begins.tolist(), ends.tolist(), strict=True):
        album = sorted(members[begin : end + 1].tolist())
        best = int(members[end])
        text = "\n".join(t for t in (table.text[m] for m in album) if t) or None
        texts[best] = text
        keep[best] = True
        ads[best] = any(bool(table.is_ad[m]) for m in album) or looks_like_ad(text, own_username)
    merged = replace(table, text=tuple(texts))
    return merged.select(keep), ads[keep]


def _moment(us: int, naive: bool) -> datetime:
    return (_NAIVE_EPOCH if naive else _EPOCH) + timedelta(microseconds=us)


def _with_views_now(table: ReadingTable, age_now: np.ndarray) -> ReadingTable:
    """Each post's current views join its readings at its age now, when that is more than six
    minutes after its last reading (a lower count is pooled with the readings before it)."""
    counts = table.counts
    last = table.last_index()
    last_age = np.where(counts > 0, table.age[last] if len(table.age) else 0.0, -1.0)
    join = age_now > last_age + 0.1
    views = table.latest_views
    too_many = join & (views > MAX_VIEWS)
    if too_many.any():
        i = int(np.flatnonzero(too_many)[0])
        clean_snapshots([(float(age_now[i]), int(views[i]))])  # says what is wrong
        raise InputError(f"views must be a whole number from 0 to {MAX_VIEWS}")
    if not join.any():
        return table
    joined = np.flatnonzero(join)
    at = table.starts[1:][joined]
    post, age, views_column = clean_readings(
        np.insert(table.post, at, joined),
        np.insert(table.age, at, age_now[joined]),
        np.insert(table.views, at, views[joined].astype(float)),
    )
    starts = np.concatenate([[0], np.cumsum(np.bincount(post, minlength=table.n_posts))])
    return replace(table, post=post, age=age, views=views_column, starts=starts.astype(np.int64))


def channel_figures(
    table: ReadingTable,
    now: datetime | None,
    days: float,
    own_username: str | None,
) -> tuple[ChannelFigures, datetime | None]:
    """The checks' figures of the channel (see the module docstring) and the ``now`` used."""
    if now is not None and table.n_posts and (now.tzinfo is None) != table.naive:
        raise InputError("mixing timezone-aware and naive datetimes")
    table, ads = _merge_albums(table, own_username)
    now_us = microseconds(now) if now is not None else table.latest_moment_us()
    if now_us is None:
        curve = fit_table_curve(table)
        nothing = FigureColumns.empty(table.naive)
        return ChannelFigures(curve, curve.is_default, nothing, nothing, 0, 0), None
    moment = now if now is not None else _moment(now_us, table.naive)
    hours = table.ages_now(now_us)
    recent = hours <= days * 24
    n_recent_ads = int(np.count_nonzero(recent & ads))
    curve = fit_table_curve(table, among=recent & ~ads)
    fitted_default = curve.is_default
    if curve.is_default:
        # No post was read twice: the posts' single readings at their different ages are a
        # cross-section of the channel's curve (see pricing.cross_section).
        chosen = recent & ~ads
        readings = list(
            zip(
                np.maximum(hours[chosen], 0.0).tolist(),
                table.latest_views[chosen].tolist(),
                strict=True,
            )
        )
        cross = fit_cross_section_curve(readings).curve
        if not cross.is_default:
            curve = cross

    # Every non-ad post, older ones too: subscriber jumps compare reach before and after.
    kept = table.select(~ads)
    age_now = np.maximum(hours[~ads], 0.0)
    prepared = _with_views_now(kept, age_now)
    views_at = {w: estimate_at(prepared, w, curve).views for w in FIGURE_WINDOWS}
    has = prepared.counts > 0
    first = np.where(
        has,
        prepared.age[np.minimum(prepared.starts[:-1], len(prepared.age) - 1)]
        if len(prepared.age)
        else 0.0,
        np.nan,
    )
    last_rows = prepared.last_index()
    last = np.where(has, prepared.age[last_rows] if len(prepared.age) else 0.0, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = curve.fractions_at(age_now)
        normalised = np.where(
            (age_now >= 48) & (fraction > 0), kept.latest_views / fraction, np.nan
        )
    figures = FigureColumns(
        posted_us=kept.posted_us,
        naive=kept.naive,
        views=kept.latest_views,
        engagement=kept.forwards + kept.reactions,
        forwards=kept.forwards,
        age_now=age_now,
        reach24=np.where(has & (last >= 12), views_at[24], np.nan),
        normalised=normalised,
        first_age=first,
        last_age=last,
        views_at=views_at,
    )
    organic = figures.select(age_now <= days * 24)
    result = ChannelFigures(
        curve, fitted_default, figures, organic, int(recent.sum()), n_recent_ads
    )
    return result, moment
