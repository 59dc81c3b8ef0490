"""Turning fetched messages into stored posts: albums merged, first view readings taken.

Free of Telethon, so the sync service can use it without importing Telethon.

**An album's counters.** An album is several messages sharing ``grouped_id``, each with its own
view counter. It is stored as one post under its first (lowest) message id, and every reading of
it — the history read that finds it, a re-read of the newest page, the views request of later
refreshes — takes the views, forwards and replies of that first message. Readings of one
message's counter never go down, so an album's series is as monotone as any post's, and the chart
and the reach figures (both read the stored snapshots) see the same numbers. Reactions, which
only history reads carry and Telegram may attach to any one item, are the highest of any item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from storage.records import PostData, ViewCount
from tgclient.records import FetchedMessage


class AlbumMerger:
    """Turns messages (newest first, page by page) into posts, one per album.

    Album items are separate messages sharing ``grouped_id``; the post keeps the lowest message id
    (the album's first item, which carries the caption), the caption, and the first item's
    counters (see the module docstring).
    A trailing album may continue on the next page, so it is held back until the next page (or
    :meth:`finish`).
    """

    def __init__(self) -> None:
        self._pending: list[FetchedMessage] = []

    def feed(self, messages: Iterable[FetchedMessage]) -> list[FetchedMessage]:
        out: list[FetchedMessage] = []
        for message in messages:
            if self._pending and message.grouped_id != self._pending[0].grouped_id:
                out.append(self._flush())
            if message.grouped_id is None:
                out.append(message)
            else:
                self._pending.append(message)
        return out

    def finish(self) -> list[FetchedMessage]:
        return [self._flush()] if self._pending else []

    @property
    def held_back(self) -> int:
        return len(self._pending)

    def held_back_ids(self) -> list[int]:
        """Message ids of the album held back (read but not yet handed out as a post)."""
        return [m.message_id for m in self._pending]

    def drop(self) -> None:
        """Forget a held-back album whose lower items were not read (the read stopped)."""
        self._pending = []

    def _flush(self) -> FetchedMessage:
        items, self._pending = self._pending, []
        return merge_album(items)


def merge_album(items: Sequence[FetchedMessage]) -> FetchedMessage:
    if len(items) == 1:
        return items[0]
    first = min(items, key=lambda m: m.message_id)
    caption = next((m.text for m in sorted(items, key=lambda m: m.message_id) if m.text), "")
    edits = [m.edited_at for m in items if m.edited_at is not None]
    return FetchedMessage(
        message_id=first.message_id,
        posted_at=first.posted_at,
        text=caption,
        edited_at=max(edits) if edits else None,
        grouped_id=first.grouped_id,
        # the first item's counters, as the views request of later refreshes reads them
        views=first.views,
        forwards=first.forwards,
        replies=first.replies,
        reactions=max(m.reactions for m in items),
    )


def post_data(message: FetchedMessage) -> PostData:
    return PostData(
        message_id=message.message_id,
        posted_at=message.posted_at,
        text=message.text,
        edited_at=message.edited_at,
        grouped_id=message.grouped_id,
    )


def view_count(message: FetchedMessage, taken_at: datetime) -> ViewCount | None:
    if message.views is None:
        return None
    return ViewCount(
        message_id=message.message_id,
        taken_at=taken_at,
        views=message.views,
        forwards=message.forwards,
        replies=message.replies,
        reactions=message.reactions,
    )
