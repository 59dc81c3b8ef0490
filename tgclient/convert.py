"""Telethon TL objects → the project's records. The only module that reads TL fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from telethon.tl import types

from storage.records import ViewCount
from tgclient.errors import ChannelBanned, NotAChannel
from tgclient.records import ChannelInfo, ChannelStats, FetchedMessage


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def reactions_total(reactions: types.MessageReactions | None) -> int:
    """All reactions on a message, of every kind (paid ones included)."""
    if reactions is None:
        return 0
    return sum(result.count for result in reactions.results or ())


def replies_count(replies: types.MessageReplies | None) -> int:
    return replies.replies if replies is not None else 0


def message_from_tl(message) -> FetchedMessage | None:
    """A channel post, or None for what is not one (service messages, deleted ones)."""
    if not isinstance(message, types.Message):
        return None
    return FetchedMessage(
        message_id=message.id,
        posted_at=_utc(message.date),
        # ``.text`` needs a client to render entities; the raw text is what we store
        text=message.message or "",
        edited_at=_utc(message.edit_date),
        grouped_id=message.grouped_id,
        views=message.views,
        forwards=message.forwards or 0,
        replies=replies_count(message.replies),
        reactions=reactions_total(message.reactions),
    )


def channel_from_tl(chat) -> ChannelInfo:
    """A broadcast channel's identity; groups, users and banned channels raise."""
    if isinstance(chat, types.ChannelForbidden):
        raise ChannelBanned(chat.title)
    if not isinstance(chat, types.Channel) or not chat.broadcast:
        raise NotAChannel(getattr(chat, "title", None) or getattr(chat, "first_name", "") or "")
    return ChannelInfo(
        telegram_id=chat.id,
        access_hash=chat.access_hash,
        title=chat.title or "",
        username=chat.username or _first_active_username(chat),
        is_admin=bool(chat.creator or chat.admin_rights),
        subscribers=chat.participants_count,
    )


def _first_active_username(chat: types.Channel) -> str | None:
    for entry in chat.usernames or ():
        if entry.active:
            return entry.username
    return None


def stats_from_tl(full: types.messages.ChatFull) -> ChannelStats:
    channel_full = full.full_chat
    return ChannelStats(
        subscribers=channel_full.participants_count or 0,
        can_view_stats=bool(getattr(channel_full, "can_view_stats", False)),
    )


def views_from_tl(
    result: types.messages.MessageViews,
    message_ids: Sequence[int],
    taken_at: datetime,
    reactions: dict[int, int] | None = None,
) -> list[ViewCount]:
    """Readings in the order of the ids asked for (Telegram keeps that order).

    ``messages.MessageViews`` carries no reactions; ``reactions`` supplies the last known count so
    a refresh does not look like the reactions vanished.
    """
    if len(result.views) != len(message_ids):
        raise ValueError(f"asked views of {len(message_ids)} posts, got {len(result.views)}")
    reactions = reactions or {}
    return [
        ViewCount(
            message_id=message_id,
            taken_at=taken_at,
            views=item.views or 0,
            forwards=item.forwards or 0,
            replies=replies_count(item.replies),
            reactions=reactions.get(message_id, 0),
        )
        for message_id, item in zip(message_ids, result.views, strict=True)
        if item.views is not None  # deleted posts come back empty
    ]
