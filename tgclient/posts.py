"""Turning fetched messages into stored posts: albums merged, first view readings taken.

Free of Telethon, so the sync service can use it without importing Telethon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from storage.records import PostData, ViewCount
from tgclient.records import FetchedMessage


class AlbumMerger:
    """Turns messages (newest first, page by page) into posts, one per album.

    Album items are separate messages sharing ``grouped_id``; the post keeps the lowest message id
    (the album's first item, which carries the caption), the caption, and the highest counters.
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

    def _flush(self) -> FetchedMessage:
        items, self._pending = self._pending, []
        return merge_album(items)


def merge_album(items: Sequence[FetchedMessage]) -> FetchedMessage:
    if len(items) == 1:
        return items[0]
    first = min(items, key=lambda m: m.message_id)
    caption = next((m.text for m in sorted(items, key=lambda m: m.message_id) if m.text), "")
    edits = [m.edited_at for m in items if m.edited_at is not None]
    views = [m.views for m in items if m.views is not None]
    return FetchedMessage(
        message_id=first.message_id,
        posted_at=first.posted_at,
        text=caption,
        edited_at=max(edits) if edits else None,
        grouped_id=first.grouped_id,
        views=max(views) if views else None,
        forwards=max(m.forwards for m in items),
        replies=max(m.replies for m in items),
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
