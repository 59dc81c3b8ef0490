"""Finding channels through the Telegram service: the admin's own, any by link or name."""

from __future__ import annotations

from collections.abc import Callable

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage.records import ChannelRecord
from tgclient.access import resolve_again
from tgclient.errors import ChannelNotFound, NeedsReopen, UsernameInvalid
from tgclient.records import ChannelInfo
from tgclient.state import Progress, SyncReport


class ChannelMethods:
    """Resolving and choosing channels for :class:`tgclient.service.TelegramService`."""

    async def admin_channels(self) -> list[ChannelInfo]:
        """Channels the signed-in account administers (to pick the own channel from)."""
        await self._ensure_ready()
        return await self._call(self._get_gateway().admin_channels)

    def choose_own_channel(self, channel: ChannelInfo) -> ChannelRecord:
        record = self.storage.channels.upsert_telegram(
            channel.telegram_id,
            channel.access_hash,
            channel.username,
            channel.title,
            channel.subscribers,
        )
        return self.storage.channels.set_own(record.id)

    async def resolve(self, text: str) -> ChannelRecord:
        """A channel from anything ``parse_channel_ref`` accepts, stored with id and access hash.

        A username already stored with its id is not resolved again (repeated resolving is what
        Telegram punishes with flood waits).
        """
        try:
            ref = parse_channel_ref(text)
        except InputError as error:
            raise UsernameInvalid(str(error)) from None
        stored = None
        if ref.kind == "username":
            stored = self.storage.channels.find_by_username(ref.value)
        elif ref.kind == "channel_id":
            stored = self._stored_by_telegram_id(int(ref.value))
        elif ref.kind == "invite":  # remembered like a username: not checked again
            channel_id = self.storage.sync_state.channel_by_invite_hash(ref.value)
            stored = self.storage.channels.get(channel_id) if channel_id else None
        if (
            stored is not None
            and stored.telegram_id
            and stored.access_hash
            and not stored.needs_reopen
        ):
            return stored
        await self._ensure_ready()
        info = await self._call(lambda: self._get_gateway().resolve(ref))
        record = self.storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )
        if ref.kind == "invite":
            self.storage.sync_state.remember_invite(record.id, ref.value)
            record = self.storage.channels.get(record.id)
        return record

    def _stored_by_telegram_id(self, telegram_id: int) -> ChannelRecord | None:
        return self.storage.channels.find_by_telegram_id(telegram_id)

    async def fetch_public(
        self, text: str, progress: Callable[[Progress], None] | None = None
    ) -> SyncReport:
        """Resolve a competitor's channel and read its recent posts, views and subscribers.

        For the price book and the vetting screen; the channel is stored but not tracked.
        """
        channel = await self.resolve(text)
        return await self.sync_channel(channel.id, progress)

    async def _ensure_peer(self, channel: ChannelRecord) -> ChannelRecord:
        """A channel typed by hand gets its Telegram id and access hash once; one whose hash was
        refused is skipped until it is opened again (``tgclient.access``)."""
        if channel.needs_reopen:
            raise NeedsReopen(channel.display_name)
        if channel.telegram_id and channel.access_hash:
            return channel
        if not channel.username:
            raise ChannelNotFound(channel.title)
        info = await self._call(lambda: self._get_gateway().resolve(_username_ref(channel)))
        return self.storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )

    async def _resolve_again(self, channel: ChannelRecord) -> ChannelRecord:
        return await resolve_again(
            self.storage, channel, lambda ref: self._call(lambda: self._get_gateway().resolve(ref))
        )


def _username_ref(channel: ChannelRecord):
    return parse_channel_ref(channel.username)
