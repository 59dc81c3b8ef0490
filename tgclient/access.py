"""Finding a channel again when Telegram refuses its stored access hash.

An access hash belongs to one account: after signing in with another account (logging out keeps
the data) or opening the database elsewhere, Telegram answers ``CHANNEL_INVALID`` for every stored
channel. Each is resolved again, once, by what the app remembers of it — its username, then the
invite link it was opened by, then its id among the chats the session knows — and the fresh hash
is stored. A channel none of these finds is flagged "needs to be opened again" (the user pastes
its link, or chooses the own channel again), and later rounds skip it without a request.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable

from pricing.errors import InputError
from pricing.parsing import ChannelRef, parse_channel_ref
from storage.records import ChannelRecord
from storage.repositories import Storage
from tgclient.errors import (
    ChannelAccessInvalid,
    ChannelNotFound,
    ChannelPrivate,
    NeedsReopen,
    NotAChannel,
    UsernameInvalid,
)
from tgclient.records import ChannelInfo

log = logging.getLogger(__name__)

# what means "this reference does not find the channel (any more)"
_NOT_FOUND = (ChannelAccessInvalid, ChannelNotFound, ChannelPrivate, NotAChannel, UsernameInvalid)


def references(channel: ChannelRecord) -> list[ChannelRef]:
    """How the channel can be looked up again, best first."""
    refs = []
    if channel.username:
        with contextlib.suppress(InputError):  # a name stored before the rules changed
            refs.append(parse_channel_ref(channel.username))
    if channel.invite_hash:
        refs.append(ChannelRef("invite", channel.invite_hash))
    if channel.telegram_id:
        refs.append(ChannelRef("channel_id", str(channel.telegram_id)))
    return refs


async def resolve_again(
    storage: Storage,
    channel: ChannelRecord,
    resolve: Callable[[ChannelRef], Awaitable[ChannelInfo]],
) -> ChannelRecord:
    """The channel with a fresh access hash, or :class:`NeedsReopen` (and the flag stored)."""
    for ref in references(channel):
        try:
            info = await resolve(ref)
        except _NOT_FOUND as error:
            log.info("%s not found by %s: %s", channel.display_name, ref.kind, type(error).__name__)
            continue
        if channel.telegram_id and info.telegram_id != channel.telegram_id:
            # the username now belongs to another channel: never merge that one into this row
            log.info("%s: the %s now names another channel", channel.display_name, ref.kind)
            continue
        return storage.channels.upsert_telegram(
            info.telegram_id, info.access_hash, info.username, info.title, info.subscribers
        )
    storage.sync_state.set_needs_reopen(channel.id)
    raise NeedsReopen(channel.display_name)
