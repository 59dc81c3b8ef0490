"""Competitors found through Telegram: a channel's similar channels, and pasted lists resolved.

``channels.getChannelRecommendations`` answers with ``messages.Chats`` (or ``messages.ChatsSlice``
when Telegram holds more than it sends) of ``Channel`` objects; the ones that are broadcast
channels become :class:`~tgclient.records.ChannelInfo` and are stored like any resolved channel
(id, access hash, @username, title, subscribers), so reading their posts later needs no further
resolving. One request per channel asked about (plus one to resolve that channel if it was typed
by hand and never read). Qt-free; Telethon is imported when the request is made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pricing.channel_list import split_channel_list
from storage.records import ChannelRecord
from tgclient.errors import ChannelNotFound, NotAChannel, TelegramError
from tgclient.records import ChannelInfo, ChannelPeer

log = logging.getLogger(__name__)


def channels_from_tl(result) -> list[ChannelInfo]:
    """The broadcast channels of a ``messages.Chats`` / ``messages.ChatsSlice``, in its order.

    Groups, banned channels (``ChannelForbidden``) and anything else are left out.
    """
    from telethon.tl import types

    from tgclient import convert

    found: list[ChannelInfo] = []
    for chat in getattr(result, "chats", ()) or ():
        if not isinstance(chat, types.Channel) or not chat.broadcast:
            continue
        try:
            found.append(convert.channel_from_tl(chat))
        except TelegramError:  # pragma: no cover - filtered above; kept for future TL changes
            continue
    return found


async def request_similar(gateway, peer: ChannelPeer) -> list[ChannelInfo]:
    """One ``channels.getChannelRecommendations`` request for ``peer`` (Telethon errors become
    ours)."""
    from telethon.tl import functions, types

    from tgclient.gateway import _translated

    with _translated():
        result = await gateway.client(
            functions.channels.GetChannelRecommendationsRequest(
                channel=types.InputChannel(peer.telegram_id, peer.access_hash or 0)
            )
        )
    return channels_from_tl(result)


async def _with_peer(telegram, channel: ChannelRecord) -> ChannelRecord:
    if channel.telegram_id and channel.access_hash:
        return channel
    if not channel.username:
        raise ChannelNotFound(channel.title)
    return await telegram.resolve(channel.username)


async def similar_channels(telegram, channel_id: int) -> tuple[ChannelRecord, list[ChannelRecord]]:
    """Telegram's similar channels of a stored channel, stored; ``(the channel, found)``.

    ``telegram`` is the :class:`tgclient.service.TelegramService`: the request waits out a
    flood wait with its countdown and reconnects as the sync does.
    """
    storage = telegram.storage
    channel = storage.channels.get(channel_id)
    if channel is None:
        raise ChannelNotFound(str(channel_id))
    channel = await _with_peer(telegram, channel)
    peer = ChannelPeer(channel.telegram_id, channel.access_hash)
    infos = await telegram.request(lambda: request_similar(telegram.gateway(), peer))
    stored = [
        storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )
        for info in infos
    ]
    return channel, stored


@dataclass
class PastedChannels:
    """What a pasted list gave: the channels found and, per piece that was not one, why."""

    found: list[ChannelRecord] = field(default_factory=list)
    problems: list[tuple[str, Exception]] = field(default_factory=list)


async def resolve_pasted(telegram, text: str) -> PastedChannels:
    """Each link or @name of a pasted list resolved through the service's resolver (a name
    already stored with its id costs no request). A piece that is not a channel is reported,
    not fatal; losing the session or the connection stops the list."""
    from tgclient.errors import AccountWideError

    result = PastedChannels()
    for piece, ref in split_channel_list(text):
        if isinstance(ref, Exception):
            result.problems.append((piece, ref))
            continue
        try:
            result.found.append(await telegram.resolve(piece))
        except AccountWideError:
            raise
        except NotAChannel as error:
            result.problems.append((piece, error))
        except TelegramError as error:
            log.info("Could not resolve %s: %s", piece, type(error).__name__)
            result.problems.append((piece, error))
    return result


def store_pasted_offline(storage, text: str) -> PastedChannels:
    """Without Telegram: @names and public links are stored by name (resolved on the first
    read); invite links and channel ids need Telegram and are reported."""
    result = PastedChannels()
    for piece, ref in split_channel_list(text):
        if isinstance(ref, Exception):
            result.problems.append((piece, ref))
        elif ref.kind != "username":
            result.problems.append((piece, ChannelNotFound(piece)))
        else:
            stored = storage.channels.find_by_username(ref.value)
            result.found.append(stored or storage.channels.get_or_create(f"@{ref.value}"))
    return result
