"""What the gateway hands out: plain dataclasses, never Telethon objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ChannelPeer:
    """Enough to address a channel without resolving its username again."""

    telegram_id: int
    access_hash: int | None


@dataclass(frozen=True)
class ChannelInfo:
    telegram_id: int
    access_hash: int | None
    title: str
    username: str | None
    is_admin: bool = False
    subscribers: int | None = None

    @property
    def peer(self) -> ChannelPeer:
        return ChannelPeer(self.telegram_id, self.access_hash)

    @property
    def display_name(self) -> str:
        return f"@{self.username}" if self.username else self.title


@dataclass(frozen=True)
class ChannelStats:
    subscribers: int
    can_view_stats: bool = False


@dataclass(frozen=True)
class FetchedMessage:
    """One channel message as read from Telegram (album items are separate messages)."""

    message_id: int
    posted_at: datetime
    text: str = ""
    edited_at: datetime | None = None
    grouped_id: int | None = None
    views: int | None = None
    forwards: int = 0
    replies: int = 0
    reactions: int = 0


@dataclass(frozen=True)
class HistoryPage:
    """The messages one history request returned, newest first; ``total`` as Telegram counts.

    ``lowest_id`` / ``highest_id`` span every message the request returned, service messages
    included (they are not in ``messages``): the ids the page has read.
    """

    messages: tuple[FetchedMessage, ...]
    total: int | None
    lowest_id: int | None = None
    highest_id: int | None = None
    count: int = 0  # messages the request returned, service messages included


@dataclass(frozen=True)
class Account:
    user_id: int
    name: str
