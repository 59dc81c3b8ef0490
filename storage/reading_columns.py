"""A channel's posts and view readings read as numpy columns in two queries, for the reach maths.

:func:`read_channel_columns` hands the rows over as they come from the database cursor: times
are parsed a column at a time by numpy (the stored text form ``YYYY-MM-DD HH:MM:SS.ffffff`` is
UTC), with the field's own conversion only for values numpy cannot read, so reading 200,000 view
readings costs about what the raw query costs. :meth:`ChannelReadings.table` is the
:class:`pricing.reach_table.ReadingTable` the reach and quality maths take.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import numpy.typing as npt
from peewee import Database

from pricing.reach import microseconds
from pricing.reach_table import ReadingTable
from storage.fields import EARLIEST_STORED, LATEST_STORED
from storage.models import Post, ViewSnapshot

IntArray = npt.NDArray[np.int64]

_EARLIEST_US = microseconds(EARLIEST_STORED)
_LATEST_US = microseconds(LATEST_STORED)


@dataclass(frozen=True)
class ChannelReadings:
    """A channel's posts (newest first) and their view readings (grouped by post in the posts'
    order, oldest first within a post).

    Per post: ``post_ids``, ``message_ids``, ``posted_us`` (microseconds since 1970, UTC),
    ``is_ad`` as marked (None: not decided), ``grouped_ids``, ``texts``. Per reading:
    ``reading_post`` (index into the posts), ``taken_us``, ``views``, ``forwards``,
    ``reactions``.
    """

    post_ids: tuple[int, ...]
    message_ids: tuple[int, ...]
    posted_us: IntArray
    is_ad: tuple[bool | None, ...]
    grouped_ids: tuple[int | None, ...]
    texts: tuple[str | None, ...]
    reading_post: IntArray
    taken_us: IntArray
    views: IntArray
    forwards: IntArray
    reactions: IntArray
    _table: list[ReadingTable] = field(default_factory=list, init=False, compare=False, repr=False)

    @property
    def n_posts(self) -> int:
        return len(self.post_ids)

    @classmethod
    def empty(cls) -> ChannelReadings:
        none = np.zeros(0, dtype=np.int64)
        return cls((), (), none, (), (), (), none, none, none, none, none)

    def table(self) -> ReadingTable:
        """The posts with at least one reading as the reach and quality maths take them
        (cleaned once, then kept), in the same order."""
        if self._table:
            return self._table[0]
        read = np.bincount(self.reading_post, minlength=self.n_posts) > 0
        kept = read.tolist()
        renumber = np.cumsum(read) - 1
        table = ReadingTable.from_columns(
            posted_us=self.posted_us[read],
            is_ad=[bool(a) for a, k in zip(self.is_ad, kept, strict=True) if k],
            grouped_id=[g for g, k in zip(self.grouped_ids, kept, strict=True) if k],
            text=[t for t, k in zip(self.texts, kept, strict=True) if k],
            reading_post=renumber[self.reading_post],
            taken_us=self.taken_us,
            views=self.views,
            forwards=self.forwards,
            reactions=self.reactions,
        )
        self._table.append(table)
        return table


def microsecond_column(values: Sequence[object], field: object) -> IntArray:
    """Stored times as microseconds since 1970 (UTC): numpy parses the column at once; values it
    cannot read, or outside the stored range, go through ``field.python_value`` one by one."""
    if not values:
        return np.zeros(0, dtype=np.int64)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = np.array(values, dtype="datetime64[us]").astype(np.int64)
        if parsed.min() >= _EARLIEST_US and parsed.max() < _LATEST_US:
            return parsed
    except (ValueError, TypeError, OverflowError, Warning):
        pass
    python_value = field.python_value  # type: ignore[attr-defined]
    return np.array([microseconds(python_value(v)) for v in values], dtype=np.int64)


def _positions(post_ids: IntArray, wanted: Sequence[int]) -> IntArray:
    """Index in ``post_ids`` of each wanted id, ``-1`` where it is not there."""
    ids = np.array(wanted, dtype=np.int64)
    if not len(post_ids):
        return np.full(len(ids), -1, dtype=np.int64)
    by_id = np.argsort(post_ids)
    found = np.clip(np.searchsorted(post_ids[by_id], ids), 0, len(post_ids) - 1)
    return np.where(post_ids[by_id][found] == ids, by_id[found], -1).astype(np.int64)


def read_channel_columns(
    db: Database, channel_id: int, since: datetime | None = None
) -> ChannelReadings:
    """The channel's posts posted at or after ``since`` and all their view readings: two
    queries whatever the number of posts."""
    posts = Post.select(
        Post.id, Post.message_id, Post.posted_at, Post.is_ad, Post.grouped_id, Post.text
    ).where(Post.channel == channel_id)
    if since is not None:
        posts = posts.where(Post.posted_at >= since)
    post_rows = db.execute(posts.order_by(Post.posted_at.desc(), Post.id)).fetchall()
    readings = (
        ViewSnapshot.select(
            ViewSnapshot.post,
            ViewSnapshot.taken_at,
            ViewSnapshot.views,
            ViewSnapshot.forwards,
            ViewSnapshot.reactions,
        )
        .join(Post)
        .where(Post.channel == channel_id)
    )
    if since is not None:
        readings = readings.where(Post.posted_at >= since)
    # Unordered: numpy sorts the columns faster than SQLite's temporary B-tree would.
    reading_rows = db.execute(readings).fetchall()

    post_ids = tuple(int(r[0]) for r in post_rows)
    if reading_rows:
        columns = list(zip(*reading_rows, strict=True))
        reading_post = _positions(np.array(post_ids, dtype=np.int64), columns[0])
        taken_us = microsecond_column(columns[1], ViewSnapshot.taken_at)
        views, forwards, reactions = (np.array(c, dtype=np.int64) for c in columns[2:5])
        # In the posts' order, oldest first within a post (a reading of a post written between
        # the two queries waits for the next read).
        order = np.lexsort((taken_us, reading_post))
        order = order[reading_post[order] >= 0]
        reading_post, taken_us = reading_post[order], taken_us[order]
        views, forwards, reactions = views[order], forwards[order], reactions[order]
    else:
        reading_post = taken_us = views = forwards = reactions = np.zeros(0, dtype=np.int64)
    return ChannelReadings(
        post_ids=post_ids,
        message_ids=tuple(int(r[1]) for r in post_rows),
        posted_us=microsecond_column([r[2] for r in post_rows], Post.posted_at),
        is_ad=tuple(None if r[3] is None else bool(r[3]) for r in post_rows),
        grouped_ids=tuple(None if r[4] is None else int(r[4]) for r in post_rows),
        texts=tuple(r[5] for r in post_rows),
        reading_post=reading_post,
        taken_us=taken_us,
        views=views,
        forwards=forwards,
        reactions=reactions,
    )
