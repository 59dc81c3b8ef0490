"""What the Telegram sync has read of each channel, and what it learnt about a channel's access.

The sync reads a channel's history newest first, page by page. Each page's posts are stored in
one transaction together with the range of message ids the page covered (``SyncedRange``), so
whatever stops a refresh (cancel, crash, the network, a flood wait, closing the app) the database
says exactly what has been read, and the next refresh reads what lies between the ranges: a hole
cannot survive it. Ranges that touch are merged, so a channel read without a gap has one range.

A range means: every message with an id from ``low`` to ``high`` was read, and each post among
them that was inside the history window when it was read is stored. ``oldest_at`` is the date of
the oldest message read in the range, which tells without a request whether what lies below it
is older than the window.

Also here: posts found deleted on Telegram (kept with their readings, no longer asked for), an
invite link remembered for its channel, and channels whose access hash Telegram refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import Database, chunked

from storage.models import Channel, Post, SyncedRange


@dataclass(frozen=True)
class CoveredRange:
    """Message ids ``low``..``high`` (both included) have been read; see the module docstring."""

    low: int
    high: int
    oldest_at: datetime | None = None


class SyncStateRepository:
    """Read ranges, deleted posts and channel access state; every write is one transaction."""

    def __init__(self, db: Database):
        self.db = db

    # --- ranges ---

    def ranges(self, channel_id: int) -> list[CoveredRange]:
        """The channel's read ranges, newest first (disjoint, not touching)."""
        rows = (
            SyncedRange.select()
            .where(SyncedRange.channel == channel_id)
            .order_by(SyncedRange.high.desc())
        )
        return [CoveredRange(r.low, r.high, r.oldest_at) for r in rows]

    def add_range(self, channel_id: int, covered: CoveredRange) -> CoveredRange:
        """Record that ``covered`` was read, merged with every range it overlaps or touches.

        Call it inside the transaction that stores the range's posts. Returns the merged range.
        """
        if covered.low > covered.high:
            return covered
        with self.db.atomic():
            touching = list(
                SyncedRange.select().where(
                    (SyncedRange.channel == channel_id)
                    & (SyncedRange.low <= covered.high + 1)
                    & (SyncedRange.high >= covered.low - 1)
                )
            )
            low, high, oldest_at = covered.low, covered.high, covered.oldest_at
            for row in touching:
                if row.low < low:
                    low, oldest_at = row.low, row.oldest_at
                elif row.low == low and oldest_at is None:
                    oldest_at = row.oldest_at
                high = max(high, row.high)
            if touching:
                SyncedRange.delete().where(
                    SyncedRange.id.in_([row.id for row in touching])
                ).execute()
            SyncedRange.create(channel=channel_id, low=low, high=high, oldest_at=oldest_at)
        return CoveredRange(low, high, oldest_at)

    # --- posts ---

    def posts_from(self, channel_id: int, message_id: int) -> int:
        """How many posts (deleted ones included) are stored with an id of ``message_id`` or more:
        how much of the post limit the newer part of the channel already takes."""
        return (
            Post.select()
            .where((Post.channel == channel_id) & (Post.message_id >= message_id))
            .count()
        )

    def live_message_ids(self, channel_id: int, since: datetime | None = None) -> list[int]:
        """Stored message ids not known to be deleted, ascending; posted from ``since`` on."""
        query = Post.select(Post.message_id).where(
            (Post.channel == channel_id) & Post.deleted_at.is_null()
        )
        if since is not None:
            query = query.where(Post.posted_at >= since)
        return sorted(message_id for (message_id,) in query.tuples())

    def live_in_span(self, channel_id: int, low: int, high: int) -> list[int]:
        """Stored, not deleted message ids from ``low`` to ``high``."""
        query = Post.select(Post.message_id).where(
            (Post.channel == channel_id)
            & Post.deleted_at.is_null()
            & (Post.message_id >= low)
            & (Post.message_id <= high)
        )
        return sorted(message_id for (message_id,) in query.tuples())

    def mark_deleted(self, channel_id: int, message_ids: Iterable[int], when: datetime) -> int:
        """Mark posts gone from Telegram (their readings stay); returns how many are new."""
        marked = 0
        with self.db.atomic():
            for chunk in chunked(list(message_ids), 500):
                marked += (
                    Post.update(deleted_at=when)
                    .where(
                        (Post.channel == channel_id)
                        & Post.message_id.in_(chunk)
                        & Post.deleted_at.is_null()
                    )
                    .execute()
                )
        return marked

    def mark_present(self, channel_id: int, message_ids: Sequence[int]) -> None:
        """Posts read again (Telegram may hide a post for a while): no longer deleted."""
        with self.db.atomic():
            for chunk in chunked(list(message_ids), 500):
                Post.update(deleted_at=None).where(
                    (Post.channel == channel_id)
                    & Post.message_id.in_(chunk)
                    & Post.deleted_at.is_null(False)
                ).execute()

    def deleted_message_ids(self, channel_id: int) -> list[int]:
        query = Post.select(Post.message_id).where(
            (Post.channel == channel_id) & Post.deleted_at.is_null(False)
        )
        return sorted(message_id for (message_id,) in query.tuples())

    # --- channel access ---

    def channel_by_invite_hash(self, invite_hash: str) -> int | None:
        """The id of the channel an invite link opened before, or None."""
        return (
            Channel.select(Channel.id).where(Channel.invite_hash == invite_hash).limit(1).scalar()
        )

    def remember_invite(self, channel_id: int, invite_hash: str) -> None:
        """Keep the invite link a channel was opened by, so it is not checked again."""
        with self.db.atomic():
            Channel.update(invite_hash=None).where(
                (Channel.invite_hash == invite_hash) & (Channel.id != channel_id)
            ).execute()
            Channel.update(invite_hash=invite_hash).where(Channel.id == channel_id).execute()

    def set_needs_reopen(self, channel_id: int, needed: bool = True) -> None:
        with self.db.atomic():
            Channel.update(needs_reopen=needed).where(Channel.id == channel_id).execute()
