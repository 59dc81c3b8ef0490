"""The history repository: a channel's posts, their view readings and its subscriber counts."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from peewee import Database, fn

from storage.models import Channel, Post, SubscriberSnapshot, ViewSnapshot
from storage.records import PostData, PostHistory, Snapshot, ViewCount
from storage.repositories.bulk import execute_many, id_chunks, row_chunks

if TYPE_CHECKING:
    from storage.reading_columns import ChannelReadings


class HistoryRepository:
    """Posts, their view snapshots and subscriber counts over time."""

    def __init__(self, db: Database):
        self.db = db

    def upsert_posts(self, channel_id: int, posts: Sequence[PostData]) -> dict[int, int]:
        """Store posts (new ones added, known ones updated); returns message id → post row id.

        A fixed number of statements however many posts: one read of the known ones, one
        prepared update for the edited ones, multi-row inserts for the new ones, one read of
        the ids (an update per edited post made a refresh of 100 edited posts 100 statements).
        """
        message_ids = [p.message_id for p in posts]
        with self.db.atomic():
            existing: dict[int, tuple[int, datetime | None, str]] = {}
            for chunk in id_chunks(self.db, message_ids):
                query = Post.select(Post.message_id, Post.id, Post.edited_at, Post.text).where(
                    (Post.channel == channel_id) & Post.message_id.in_(chunk)
                )
                existing.update(
                    (message_id, (post_id, Post.edited_at.python_value(edited_at), text))
                    for message_id, post_id, edited_at, text in query.tuples()
                )
            new_rows = []
            edits: dict[int, tuple] = {}  # post id → (edited_at, text, id): the last edit given
            for post in posts:
                known = existing.get(post.message_id)
                if known is None:
                    new_rows.append(
                        {
                            "channel": channel_id,
                            "message_id": post.message_id,
                            "posted_at": post.posted_at,
                            "edited_at": post.edited_at,
                            "grouped_id": post.grouped_id,
                            "is_ad": post.is_ad,
                            "text": post.text,
                        }
                    )
                elif known[1] != post.edited_at or known[2] != post.text:
                    edited_at = Post.edited_at.db_value(post.edited_at)
                    edits[known[0]] = (edited_at, post.text, known[0])
                    existing[post.message_id] = (known[0], post.edited_at, post.text)
            mark = self.db.param
            execute_many(
                self.db,
                f'UPDATE "{Post._meta.table_name}" SET "{Post.edited_at.column_name}" = {mark}, '
                f'"{Post.text.column_name}" = {mark} WHERE "{Post.id.column_name}" = {mark}',
                list(edits.values()),
            )
            for chunk in row_chunks(self.db, new_rows, len(Post._meta.fields)):
                Post.insert_many(chunk).on_conflict_ignore().execute()
            return self.post_ids(channel_id, message_ids)

    def post_ids(self, channel_id: int, message_ids: Sequence[int] | None = None) -> dict[int, int]:
        query = Post.select(Post.id, Post.message_id).where(Post.channel == channel_id)
        if message_ids is None:
            return {p.message_id: p.id for p in query}
        found: dict[int, int] = {}
        for chunk in id_chunks(self.db, message_ids):
            found.update({p.message_id: p.id for p in query.where(Post.message_id.in_(chunk))})
        return found

    def known_message_ids(self, channel_id: int, since: datetime | None = None) -> list[int]:
        """Stored message ids of a channel, ascending; only posts from ``since`` on if given."""
        query = Post.select(Post.message_id).where(Post.channel == channel_id)
        if since is not None:
            query = query.where(Post.posted_at >= since)
        return sorted(message_id for (message_id,) in query.tuples())

    def latest_reactions(self, channel_id: int) -> dict[int, int]:
        """message id → reactions in the post's latest snapshot (view refreshes carry none)."""
        latest = (
            ViewSnapshot.select(ViewSnapshot.post, fn.MAX(ViewSnapshot.taken_at).alias("taken"))
            .join(Post)
            .where(Post.channel == channel_id)
            .group_by(ViewSnapshot.post)
        )
        query = (
            ViewSnapshot.select(Post.message_id, ViewSnapshot.reactions)
            .join(Post)
            .join(
                latest,
                on=(
                    (latest.c.post_id == ViewSnapshot.post)
                    & (latest.c.taken == ViewSnapshot.taken_at)
                ),
            )
            .tuples()
        )
        return dict(query)

    def add_view_counts(self, channel_id: int, counts: Sequence[ViewCount]) -> int:
        """Store view readings in one transaction; a reading already stored is skipped.

        Returns how many rows were new. Readings for unknown posts are ignored.
        """
        ids = self.post_ids(channel_id, [c.message_id for c in counts])
        rows = [
            (ids[c.message_id], c.taken_at, c.views, c.forwards, c.replies, c.reactions)
            for c in counts
            if c.message_id in ids
        ]
        return self.add_snapshot_rows(rows)

    def add_snapshot_rows(self, rows: Sequence[tuple]) -> int:
        """Bulk insert ``(post_id, taken_at, views, forwards, replies, reactions)`` tuples.

        One prepared statement run with ``executemany`` in one transaction: building a
        multi-row ``insert_many`` per chunk cost five times the write itself (see
        bench/bench_sync.py). Returns how many rows were new.
        """
        if not rows:
            return 0
        fields = [
            ViewSnapshot.post,
            ViewSnapshot.taken_at,
            ViewSnapshot.views,
            ViewSnapshot.forwards,
            ViewSnapshot.replies,
            ViewSnapshot.reactions,
        ]
        # A refresh reads 100 posts at one moment, so times repeat: convert each once.
        to_db = functools.lru_cache(maxsize=1024)(ViewSnapshot.taken_at.db_value)
        params = [(p, to_db(t), v, f, r, x) for p, t, v, f, r, x in rows]
        sql, _ = ViewSnapshot.insert_many(rows[:1], fields=fields).on_conflict_ignore().sql()
        return execute_many(self.db, sql, params)

    def add_subscriber_count(self, channel_id: int, taken_at: datetime, count: int) -> None:
        with self.db.atomic():
            SubscriberSnapshot.insert(
                channel=channel_id, taken_at=taken_at, count=count
            ).on_conflict_ignore().execute()
            latest = (
                SubscriberSnapshot.select()
                .where(SubscriberSnapshot.channel == channel_id)
                .order_by(SubscriberSnapshot.taken_at.desc())
                .first()
            )
            Channel.update(subscribers=latest.count).where(Channel.id == channel_id).execute()

    def subscriber_history(self, channel_id: int) -> list[tuple[datetime, int]]:
        query = (
            SubscriberSnapshot.select()
            .where(SubscriberSnapshot.channel == channel_id)
            .order_by(SubscriberSnapshot.taken_at)
        )
        return [(s.taken_at, s.count) for s in query]

    def post_histories(self, channel_id: int, since: datetime | None = None) -> list[PostHistory]:
        """Posts of a channel (newest first) with their snapshots, in two queries."""
        posts = Post.select().where(Post.channel == channel_id).order_by(Post.posted_at.desc())
        if since is not None:
            posts = posts.where(Post.posted_at >= since)
        posts = list(posts)
        by_post: dict[int, list[Snapshot]] = {p.id: [] for p in posts}
        snapshots = (
            ViewSnapshot.select(
                ViewSnapshot.post,
                ViewSnapshot.taken_at,
                ViewSnapshot.views,
                ViewSnapshot.forwards,
                ViewSnapshot.replies,
                ViewSnapshot.reactions,
            )
            .join(Post)
            .where(Post.channel == channel_id)
            .order_by(ViewSnapshot.taken_at)
            .tuples()
        )
        if since is not None:
            snapshots = snapshots.where(Post.posted_at >= since)
        for post_id, taken_at, views, forwards, replies, reactions in snapshots:
            if post_id in by_post:
                taken = ViewSnapshot.taken_at.python_value(taken_at)
                by_post[post_id].append(Snapshot(taken, views, forwards, replies, reactions))
        return [
            PostHistory(
                post_id=p.id,
                message_id=p.message_id,
                posted_at=p.posted_at,
                is_ad=p.is_ad,
                grouped_id=p.grouped_id,
                text=p.text,
                snapshots=tuple(by_post[p.id]),
            )
            for p in posts
        ]

    def channel_columns(self, channel_id: int, since: datetime | None = None) -> ChannelReadings:
        """:meth:`post_histories` as numpy columns, for the reach maths (two queries)."""
        # numpy comes with it: imported when the reach maths first needs a channel's readings
        from storage.reading_columns import read_channel_columns

        return read_channel_columns(self.db, channel_id, since)

    def mark_ad(self, post_id: int, is_ad: bool | None) -> None:
        with self.db.atomic():
            Post.update(is_ad=is_ad).where(Post.id == post_id).execute()

    def last_refresh(self, channel_id: int | None = None) -> datetime | None:
        query = ViewSnapshot.select(fn.MAX(ViewSnapshot.taken_at))
        if channel_id is not None:
            query = query.join(Post).where(Post.channel == channel_id)
        value = query.scalar()
        return ViewSnapshot.taken_at.python_value(value) if value else None

    def last_refreshes(self, channel_ids: Iterable[int]) -> dict[int, datetime]:
        """channel id → newest view reading, for many channels in one query (channels never
        read are left out); the same figure as :meth:`last_refresh` for each."""
        found: dict[int, datetime] = {}
        for chunk in id_chunks(self.db, dict.fromkeys(channel_ids)):
            query = (
                ViewSnapshot.select(Post.channel, fn.MAX(ViewSnapshot.taken_at))
                .join(Post)
                .where(Post.channel.in_(chunk))
                .group_by(Post.channel)
                .tuples()
            )
            for channel_id, value in query:
                if value:
                    found[channel_id] = ViewSnapshot.taken_at.python_value(value)
        return found

    def data_version(self, channel_id: int) -> tuple:
        """(snapshot count, newest snapshot id, newest reading) of a channel: one indexed query
        whose answer changes whenever snapshots are added (figures computed from them are kept
        until it does)."""
        query = (
            ViewSnapshot.select(
                fn.COUNT(ViewSnapshot.id), fn.MAX(ViewSnapshot.id), fn.MAX(ViewSnapshot.taken_at)
            )
            .join(Post)
            .where(Post.channel == channel_id)
        )
        return tuple(query.tuples().first() or ())

    def data_versions(self, channel_ids: Iterable[int]) -> dict[int, tuple]:
        """:meth:`data_version` of many channels: one grouped query a chunk of ids."""
        versions: dict[int, tuple] = {}
        for chunk in id_chunks(self.db, dict.fromkeys(channel_ids)):
            query = (
                ViewSnapshot.select(
                    Post.channel,
                    fn.COUNT(ViewSnapshot.id),
                    fn.MAX(ViewSnapshot.id),
                    fn.MAX(ViewSnapshot.taken_at),
                )
                .join(Post)
                .where(Post.channel.in_(chunk))
                .group_by(Post.channel)
            )
            versions.update((row[0], tuple(row[1:])) for row in query.tuples())
            versions.update((i, (0, None, None)) for i in chunk if i not in versions)
        return versions

    def posted_at(self, channel_id: int, message_ids: Iterable[int]) -> dict[int, datetime]:
        """message id → when it was posted, for the stored ones among ``message_ids``."""
        found: dict[int, datetime] = {}
        for chunk in id_chunks(self.db, message_ids):
            query = Post.select(Post.message_id, Post.posted_at).where(
                (Post.channel == channel_id) & Post.message_id.in_(chunk)
            )
            found.update({p.message_id: p.posted_at for p in query})
        return found
