"""Telegram's similar channels in the in-memory Telegram of ``fake_telegram``.

``RecommendingClient`` answers ``channels.GetChannelRecommendationsRequest`` as Telegram does:
``messages.Chats`` with the similar channels as real ``types.Channel`` objects, or
``messages.ChatsSlice`` when Telegram says it knows more than it sent. The answer passes through
the TL wire format like every other answer of the fake.
"""

from __future__ import annotations

from datetime import timedelta

from fake_telegram import NOW, FakeChannel, FakeTelegramClient
from telethon.tl import types


class RecommendingClient(FakeTelegramClient):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.similar: dict[int, list[FakeChannel]] = {}
        self.similar_total: dict[int, int] = {}
        self.extra_chats: dict[int, list] = {}  # non-channels Telegram might put in the list

    def recommend(
        self, channel: FakeChannel, similar: list[FakeChannel], total: int | None = None
    ) -> None:
        """``channel``'s similar channels; ``total`` > len(similar) answers with a slice."""
        self.similar[channel.telegram_id] = list(similar)
        if total is not None:
            self.similar_total[channel.telegram_id] = total

    def add_competitors(
        self, count: int, *, prefix: str = "rival", posts: int = 40, member: bool = False
    ) -> list[FakeChannel]:
        """``count`` public channels with ``posts`` posts each, 8 hours apart."""
        made = []
        for index in range(count):
            channel = self.add_channel(
                f"{prefix}_{index:02d}",
                f"Rival {index:02d}",
                subscribers=5000 + 750 * index,
                member=member,
            )
            channel.add_posts(
                posts,
                newest_at=NOW - timedelta(hours=2),
                spacing=timedelta(hours=8),
                views=lambda i, index=index: 1500 + 100 * index + (i * 37) % 300,
            )
            made.append(channel)
        return made

    def _answer_GetChannelRecommendationsRequest(self, request):
        channel = self._channel(request.channel, request)
        chats = [c.tl for c in self.similar.get(channel.telegram_id, [])]
        chats += self.extra_chats.get(channel.telegram_id, [])
        total = self.similar_total.get(channel.telegram_id)
        if total is not None and total > len(chats):
            return types.messages.ChatsSlice(count=total, chats=chats)
        return types.messages.Chats(chats=chats)


def a_group(telegram_id: int) -> types.Channel:
    """A supergroup: Telegram may list one, but it is no channel to advertise in."""
    return types.Channel(
        id=telegram_id,
        title="Crypto chat",
        photo=types.ChatPhotoEmpty(),
        date=NOW - timedelta(days=100),
        megagroup=True,
        access_hash=telegram_id * 7 + 3,
        username="crypto_chat_group",
    )


def a_banned_channel(telegram_id: int) -> types.ChannelForbidden:
    return types.ChannelForbidden(
        id=telegram_id, access_hash=telegram_id * 7 + 3, title="Banned", broadcast=True
    )
