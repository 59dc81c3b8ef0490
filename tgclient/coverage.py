"""Reading a channel's history so that no post is ever lost, whatever interrupts the reading.

The database records which message ids have been read (``storage.sync_state``, one transaction
per page together with the page's posts). A refresh then does two things:

1. It re-reads the newest ``recent_pages`` pages. New posts are on them; so are the latest
   reactions, forwards and edits of recent posts (the views request carries no reactions), and
   a stored post missing from them has been deleted. When fewer new messages than a page arrived
   since the last refresh, this one request is the whole catch-up.
2. It reads every gap between the read ranges that lies inside the window, newest gap first: a
   gap is read from just below the range above it down to the range below it (``min_id``), so
   nothing is read twice. The window is ``history_days`` back and ``max_posts`` posts from the
   newest; what lies beyond it is left out and the report says how much (``skipped_ids``).

Nothing is kept in memory between the two: after a flood wait or a reconnect the plan is made
again from the database, exactly as after a crash or a restart, so "resume where it stopped"
is one code path, tested by stopping a refresh at every page boundary.

An album whose first items were not read yet (a read that stops inside it) is not stored and its
ids are not counted as read: the next read takes the whole album again and stores it once, under
its first message id.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from storage.repositories import Storage
from storage.sync_state import CoveredRange
from tgclient.posts import AlbumMerger, post_data, view_count
from tgclient.records import ChannelPeer, FetchedMessage, HistoryPage

HISTORY_PAGE = 100  # messages per history request


@dataclass(frozen=True)
class Window:
    """How far back a channel is read: ``since`` (None: no date bound) and the newest
    ``max_posts`` posts (None: no count bound); ``recent_pages`` newest pages re-read each time."""

    since: datetime | None = None
    max_posts: int | None = None
    recent_pages: int = 1


@dataclass(frozen=True)
class Segment:
    """One history read: messages below ``offset_id`` (0: from the newest) down to ``min_id``."""

    offset_id: int
    min_id: int
    budget: int | None  # posts that may still be stored (None: no limit)
    limit: int | None  # messages to ask for (None: until ``min_id``)
    recent: bool = False  # the re-read of the newest pages


@dataclass
class CatchUpResult:
    """What one refresh of a channel's history did."""

    stored: set[int] = field(default_factory=set)  # message ids stored (new or read again)
    new_posts: int = 0
    view_readings: int = 0
    deleted: int = 0  # posts newly found deleted
    messages_read: int = 0
    # message ids left between the window's edge and older stored posts (an upper bound on the
    # posts left out: ids of service messages and deleted posts count too); 0 when none
    skipped_ids: int = 0
    skip_reason: str | None = None  # "date" (older than history_days) or "limit" (max_posts)


class HistoryCatchUp:
    """Brings one channel's stored history up to date; ``run`` may be called again after it
    raised (a flood wait, a dropped connection) and continues from what the database says."""

    def __init__(
        self,
        storage: Storage,
        channel_id: int,
        peer: ChannelPeer,
        gateway: Callable[[], object],
        window: Window,
        clock: Callable[[], datetime],
        on_page: Callable[[CatchUpResult, int | None], None] | None = None,
    ) -> None:
        self.storage = storage
        self.channel_id = channel_id
        self.peer = peer
        self._gateway = gateway
        self.window = window
        self._clock = clock
        self._on_page = on_page
        self.result = CatchUpResult()
        self.total: int | None = None  # messages to read, when known (a first fetch)
        self._recent_done = False
        self._first_fetch = not storage.sync_state.ranges(channel_id)
        self._left_out: list[int] = []  # ids of the last page's posts older than the window

    async def run(self) -> CatchUpResult:
        if not self._recent_done:
            ranges = self.storage.sync_state.ranges(self.channel_id)
            floor = ranges[0].high if ranges else 0
            limit = self.window.recent_pages * HISTORY_PAGE
            if self.window.max_posts is not None:
                limit = min(limit, max(self.window.max_posts, 1))
            recent = Segment(0, 0, self.window.max_posts, limit, recent=True)
            await self._read(recent, floor)
            self._recent_done = True
        previous = None
        while (planned := self._next_gap()) is not None and planned != previous:
            previous = planned
            segment, floor = planned
            if not await self._read(segment, floor):
                break  # nothing more to read there (Telegram returned nothing)
        return self.result

    # --- planning ---

    def _next_gap(self) -> tuple[Segment, int] | None:
        """The newest gap inside the window, or None when the window is complete."""
        ranges = self.storage.sync_state.ranges(self.channel_id)
        since, max_posts = self.window.since, self.window.max_posts
        for index, upper in enumerate(ranges):
            lower = ranges[index + 1] if index + 1 < len(ranges) else None
            floor = lower.high if lower is not None else 0
            if upper.low <= floor + 1:
                continue  # the channel's first message, or ranges that touch
            if since is not None and upper.oldest_at is not None and upper.oldest_at < since:
                return None  # everything below is older than the window
            budget = None
            if max_posts is not None:
                budget = max_posts - self.storage.sync_state.posts_from(self.channel_id, upper.low)
                if budget <= 0:
                    return None  # the newer part already holds the window's posts
            return Segment(upper.low, floor, budget, budget), floor
        return None

    # --- reading ---

    async def _read(self, segment: Segment, floor: int) -> bool:
        """Read one segment, storing page by page; returns whether anything was read."""
        merger = AlbumMerger()
        result = self.result
        since = self.window.since
        top = segment.offset_id - 1 if segment.offset_id else None
        boundary = top  # the highest id not yet checked for deleted posts (None: no bound)
        stored_posts = 0
        messages = 0
        stop: str | None = None
        self._left_out = []
        covered_low: int | None = None
        oldest_seen: datetime | None = None
        pages = self._gateway().history(
            self.peer, offset_id=segment.offset_id, min_id=segment.min_id, limit=segment.limit
        )
        async with contextlib.aclosing(pages):
            async for page in pages:
                if page.highest_id is None:
                    continue
                if top is None:
                    top = page.highest_id
                if self._first_fetch and segment.recent and page.total is not None:
                    self.total = page.total
                    if self.window.max_posts is not None:
                        self.total = min(self.total, self.window.max_posts)
                messages += page.count
                result.messages_read += page.count
                self._mark_deleted(page, boundary)
                boundary = page.lowest_id - 1
                oldest_seen = _oldest([*page.messages], oldest_seen)
                posts, low, oldest_at, stop = self._cut(
                    page, merger.feed(page.messages), merger, segment.budget, stored_posts
                )
                stored_posts += len(posts)
                self._store(posts, CoveredRange(low, top, oldest_at))
                covered_low = low
                if self._on_page is not None:
                    self._on_page(result, self.total)
                # let the UI breathe between pages (and honour a cancel promptly)
                await asyncio.sleep(0)
                if stop is not None:
                    break
        reached_end = stop is None and (segment.limit is None or messages < segment.limit)
        if reached_end:
            # down to ``min_id`` (or the channel's first message): the held-back album is whole
            last = merger.finish()
            if since is not None:
                last = [p for p in last if p.posted_at >= since]
            if segment.budget is not None:
                last = last[: max(segment.budget - stored_posts, 0)]
            if top is not None:
                self._store(last, CoveredRange(segment.min_id + 1, top, oldest_seen))
            if self._on_page is not None:
                self._on_page(result, self.total)
        elif stop is not None and floor > 0 and covered_low is not None and covered_low > floor + 1:
            # the window ends above older stored posts: say how much lies between (the posts
            # read on the last page but older than the window, and the ids never read)
            left_out = sum(1 for i in self._left_out if i > floor)
            result.skipped_ids = left_out + covered_low - floor - 1
            result.skip_reason = stop
        return messages > 0 or (reached_end and top is not None)

    def _cut(
        self,
        page: HistoryPage,
        posts: list[FetchedMessage],
        merger: AlbumMerger,
        budget: int | None,
        stored_posts: int,
    ) -> tuple[list[FetchedMessage], int, datetime | None, str | None]:
        """What of a page is stored, the lowest id it covers, that id's date, and why the read
        stops here (None: it goes on)."""
        since = self.window.since
        low = page.lowest_id
        oldest_at = _oldest(page.messages)
        stop = None
        if since is not None and any(m.posted_at < since for m in page.messages):
            # the window's date edge is on this page: all below it is older
            stop = "date"
            inside = [p for p in posts if p.posted_at >= since]
            self._left_out = [p.message_id for p in posts if p.posted_at < since]
            self._left_out += merger.held_back_ids()[-1:]  # an album counts once
            posts = inside
            merger.drop()
        if budget is not None and stored_posts + len(posts) >= budget:
            if stored_posts + len(posts) > budget or stop is None:
                stop = "limit"
                posts = posts[: budget - stored_posts]
                if posts:  # newest first: the last one kept is the lowest id read for good
                    low, oldest_at = posts[-1].message_id, posts[-1].posted_at
            merger.drop()
        if stop is None and merger.held_back:
            # an album continues on the next page: its ids count as read once it is stored
            low = max(merger.held_back_ids()) + 1
            oldest_at = _oldest([m for m in page.messages if m.message_id >= low])
        return posts, low, oldest_at, stop

    def _store(self, posts: list[FetchedMessage], covered: CoveredRange) -> None:
        """A page's posts, their readings and the ids it covered: one transaction."""
        taken_at = self._clock()
        history = self.storage.history
        state = self.storage.sync_state
        result = self.result
        with self.storage.db.atomic():
            if posts:
                ids = [p.message_id for p in posts]
                before = len(history.post_ids(self.channel_id, ids))
                history.upsert_posts(self.channel_id, [post_data(p) for p in posts])
                state.mark_present(self.channel_id, ids)
                counts = [c for c in (view_count(p, taken_at) for p in posts) if c is not None]
                result.view_readings += history.add_view_counts(self.channel_id, counts)
                result.new_posts += len(posts) - before
                result.stored.update(ids)
            if covered.high is not None and covered.low <= covered.high:
                state.add_range(self.channel_id, covered)

    def _mark_deleted(self, page: HistoryPage, boundary: int | None) -> None:
        """Stored posts between this page's lowest id and ``boundary`` that it did not return."""
        high = boundary if boundary is not None else 2**62
        state = self.storage.sync_state
        stored = state.live_in_span(self.channel_id, page.lowest_id, high)
        if not stored:
            return
        returned = {m.message_id for m in page.messages}
        gone = [i for i in stored if i not in returned]
        if gone:
            self.result.deleted += state.mark_deleted(self.channel_id, gone, self._clock())


def _oldest(messages: list[FetchedMessage], other: datetime | None = None) -> datetime | None:
    dates = [m.posted_at for m in messages]
    if other is not None:
        dates.append(other)
    return min(dates, default=None)
