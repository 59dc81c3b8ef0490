"""Invite links of the user's channel: one per bought placement, and who joined through each.

Three Telegram requests, all needing admin rights in the channel:

* ``messages.exportChatInvite(peer, title=...)`` makes a new link named after the placement;
* ``messages.getExportedChatInvites(peer, admin_id=self, limit)`` lists the account's links with
  their join counters (``ChatInviteExported.usage``), a page at a time; a link made by another
  admin (pasted by the user) is read alone with ``messages.getExportedChatInvite(peer, link)``;
* ``messages.getChatInviteImporters(peer, link=..., offset_date, offset_user, limit)`` lists who
  joined through one link and when, newest first.

:func:`refresh_joins` is one round of reading: every stored link's counter once, and the join
dates of links whose counter grew. Requests are bounded (pages per round, links per round) and
each goes through the Telegram service's own flood-wait countdown and reconnects
(``TelegramService.call``), as the sync does. Qt-free; Telethon is imported inside the
functions, so wiring this module at start-up does not load it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tgclient.errors import NeedsReopen, NotAdmin, SignInError, TelegramError
from tgclient.records import ChannelPeer

if TYPE_CHECKING:  # the records load with the first read, not with the start-up's sync hook
    from storage.placement_records import ImportedJoin

log = logging.getLogger(__name__)

#: Telegram cuts an invite link's title at 32 characters.
TITLE_LIMIT = 32
#: Links per page of getExportedChatInvites / joins per page of getChatInviteImporters.
PAGE = 100
#: At most this many pages of the account's links per round (500 links).
MAX_INVITE_PAGES = 5
#: At most this many pages of joins per link per round; the next round reads on.
MAX_IMPORTER_PAGES = 10
#: Links read one by one (made by another admin) per round.
MAX_SINGLE_LINKS = 20
#: Ad posts whose views are read per round (one request each).
MAX_AD_POSTS = 30


@dataclass(frozen=True)
class InviteInfo:
    """An invite link as Telegram describes it."""

    link: str
    title: str
    usage: int
    created_at: datetime | None = None
    revoked: bool = False


@dataclass
class JoinsReport:
    """What one round read: links whose counter was read, new joins stored, problems."""

    links_read: int = 0
    new_joins: int = 0
    ad_posts_read: int = 0
    # (what was not read: a channel, link or seller; why) — the exception itself, for the UI
    problems: list[tuple[str, TelegramError]] = field(default_factory=list)


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    from tgclient.gateway import translate

    try:
        yield
    except TelegramError:
        raise
    except Exception as error:
        ours = translate(error)
        if ours is None:
            raise
        raise ours from error


def _input_peer(peer: ChannelPeer):
    from telethon.tl import types

    return types.InputPeerChannel(peer.telegram_id, peer.access_hash or 0)


def invite_from_tl(invite) -> InviteInfo | None:
    """Our record of a ``ChatInviteExported`` (None for the public-join kind, which has no link)."""
    from telethon.tl import types

    if not isinstance(invite, types.ChatInviteExported):
        return None
    return InviteInfo(
        link=invite.link,
        title=invite.title or "",
        usage=invite.usage or 0,
        created_at=invite.date,
        revoked=bool(invite.revoked),
    )


def invite_title(text: str) -> str:
    """A link title Telegram accepts: one line, at most :data:`TITLE_LIMIT` characters."""
    title = " ".join(text.split())
    return title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"


async def export_invite(gateway, peer: ChannelPeer, title: str) -> InviteInfo:
    """Make a new invite link of the channel named ``title`` (raises NotAdmin without rights)."""
    from telethon.tl import functions

    with _translated():
        result = await gateway.client(
            functions.messages.ExportChatInviteRequest(
                peer=_input_peer(peer), title=invite_title(title)
            )
        )
    info = invite_from_tl(result)
    if info is None:
        raise TelegramError(f"Telegram answered {type(result).__name__} instead of a link")
    return info


async def list_invites(gateway, peer: ChannelPeer, call=None) -> list[InviteInfo]:
    """The account's links of the channel with their counters, revoked ones too (bounded)."""
    from telethon.tl import functions, types

    call = call or _direct
    found: list[InviteInfo] = []
    for revoked in (None, True):
        offset_date, offset_link = None, None
        for _page in range(MAX_INVITE_PAGES):
            request = functions.messages.GetExportedChatInvitesRequest(
                peer=_input_peer(peer),
                admin_id=types.InputUserSelf(),
                limit=PAGE,
                revoked=revoked,
                offset_date=offset_date,
                offset_link=offset_link,
            )
            result = await call(lambda request=request: _send(gateway, request))
            page = [i for i in (invite_from_tl(x) for x in result.invites) if i is not None]
            found.extend(page)
            if len(result.invites) < PAGE or not page:
                break
            offset_date, offset_link = page[-1].created_at, page[-1].link
    return found


async def read_invite(gateway, peer: ChannelPeer, link: str, call=None) -> InviteInfo | None:
    """One link's description and counter, whoever made it (None: not a link of the channel)."""
    from telethon.tl import functions

    call = call or _direct
    request = functions.messages.GetExportedChatInviteRequest(peer=_input_peer(peer), link=link)
    result = await call(lambda: _send(gateway, request))
    return invite_from_tl(result.invite)


async def read_joins(
    gateway,
    peer: ChannelPeer,
    link: str,
    known: dict[int, datetime],
    call=None,
    *,
    expected: int | None = None,
    max_pages: int | None = None,
) -> list[ImportedJoin]:
    """Who joined through ``link`` and when that is not in ``known`` (user id → join time).

    Telegram lists joins newest first. The newest pages are read until one holds a subscriber
    already stored; if fewer than ``expected`` (the link's counter) are then known, reading
    resumes below the oldest stored join (an earlier round stopped at its page limit). At most
    ``max_pages`` pages per call (default :data:`MAX_IMPORTER_PAGES`): a big link is read over
    several rounds.
    """
    from telethon.tl import types

    from storage.placement_records import ImportedJoin

    pages = max_pages or MAX_IMPORTER_PAGES
    found: dict[int, ImportedJoin] = {}
    offset = (None, types.InputUserEmpty())
    resumed = False
    while pages > 0:
        pages -= 1
        importers, users = await _importers_page(gateway, peer, link, offset, call or _direct)
        page = [
            ImportedJoin(i.user_id, i.date.astimezone(UTC))
            for i in importers
            if i.date is not None and not i.requested
        ]
        found.update((j.user_id, j) for j in page if j.user_id not in known)
        reached_known = any(j.user_id in known for j in page)
        complete = expected is not None and len(known) + len(found) >= expected
        if complete or (len(importers) < PAGE and (resumed or not known)):
            break
        if (reached_known or len(importers) < PAGE) and not resumed:
            if not known or expected is None:
                break
            # the newest joins are in; go on below the oldest stored one. Only its time is
            # kept, so the offset is a date (joins in the same second may repeat: skipped)
            resumed = True
            offset = (min(known.values()), types.InputUserEmpty())
            continue
        last = importers[-1]
        user = users.get(last.user_id)
        offset = (last.date, types.InputUser(last.user_id, getattr(user, "access_hash", 0) or 0))
    return list(found.values())


async def _importers_page(gateway, peer, link, offset, call):
    from telethon.tl import functions

    request = functions.messages.GetChatInviteImportersRequest(
        peer=_input_peer(peer), offset_date=offset[0], offset_user=offset[1], limit=PAGE, link=link
    )
    result = await call(lambda: _send(gateway, request))
    return result.importers, {u.id: u for u in result.users}


async def _send(gateway, request):
    with _translated():
        return await gateway.client(request)


async def _direct(make: Callable[[], Awaitable]):
    return await make()


def _peer_of(channel) -> ChannelPeer | None:
    if channel is None or not channel.telegram_id:
        return None
    return ChannelPeer(channel.telegram_id, channel.access_hash)


async def refresh_joins(telegram, placements, *, now: datetime | None = None) -> JoinsReport:
    """One round: read every stored link's counter and the new joins, and the young ad posts'
    views; store them through ``placements`` (``application.placements.PlacementService``).

    ``telegram`` is the ``TelegramService`` (signed in); its ``call`` repeats a request after a
    flood wait (with the status-bar countdown) or a reconnect. A channel where the account is not
    an admin is skipped with a problem noted: its links' joins are typed by the user instead.
    """
    report = JoinsReport()
    call = telegram.call
    gateway = telegram.gateway()
    now = now or datetime.now(UTC)
    for promoted_id, invites in placements.invites_by_promoted_channel().items():
        channel = placements.storage.channels.get(promoted_id)
        peer = _peer_of(channel)
        if peer is None:
            report.problems.append(
                (str(promoted_id), NeedsReopen(f"{promoted_id}: no Telegram id"))
            )
            continue
        try:
            listed = {i.link: i for i in await list_invites(gateway, peer, call)}
            singles = 0
            for invite in invites:
                info = listed.get(invite.link)
                if info is None and singles < MAX_SINGLE_LINKS:
                    singles += 1
                    info = await _read_single(gateway, peer, invite.link, call, report)
                if info is None:
                    continue
                placements.record_join_count(invite.id, now, info.usage)
                report.links_read += 1
                known = placements.known_joins(invite.id)
                if info.usage > len(known):
                    joins = await read_joins(
                        gateway, peer, invite.link, known, call, expected=info.usage
                    )
                    report.new_joins += placements.record_joins(invite.id, joins)
                await asyncio.sleep(0)
        except SignInError:
            raise
        except TelegramError as error:
            log.info("Joins of %s not read: %s", channel.display_name, type(error).__name__)
            report.problems.append((channel.display_name, error))
    report.ad_posts_read = await _read_ad_posts(telegram, placements, now, report)
    return report


async def _read_single(gateway, peer, link, call, report) -> InviteInfo | None:
    try:
        return await read_invite(gateway, peer, link, call)
    except NotAdmin:
        raise
    except TelegramError as error:  # a revoked or foreign link: typed joins stay in use
        report.problems.append((link, error))
        return None


async def _read_ad_posts(telegram, placements, now: datetime, report: JoinsReport) -> int:
    """A view reading of each young ad post (its seller resolved once and stored)."""
    read = 0
    for placement in placements.ad_posts_to_read(now)[:MAX_AD_POSTS]:
        try:
            seller = await telegram.resolve(placement.seller_name)
            peer = _peer_of(seller)
            if peer is None:
                continue
            counts = await telegram.call(
                lambda peer=peer, placement=placement: telegram.gateway().views(
                    peer, [placement.ad_message_id], now
                )
            )
            read += placements.record_ad_post_views(seller.id, placement, counts)
        except SignInError:
            raise
        except TelegramError as error:
            report.problems.append((placement.seller_name, error))
        await asyncio.sleep(0)
    return read


def refresh_joins_after_own_sync(telegram, placements, on_found=None) -> None:
    """After each completed sync of the own channel, read the placements' joins in the background.

    Wired in ``main.py`` like the statistics hook (``tgclient.stats``); ``on_found()`` runs
    when something new was stored (the window reloads). Failures are logged.
    """
    state: dict[str, asyncio.Task] = {}

    async def run() -> None:
        try:
            report = await refresh_joins(telegram, placements)
        except TelegramError as error:
            log.info("Placement joins not read: %s", type(error).__name__)
            return
        if (report.links_read or report.ad_posts_read) and on_found is not None:
            on_found()

    def synced(report) -> None:
        own = placements.storage.channels.own()
        if own is None or report.channel_id != own.id or report.cancelled:
            return
        if not placements.has_invites() and not placements.ad_posts_to_read():
            return
        task = state.get("task")
        if task is not None and not task.done():
            return
        state["task"] = asyncio.get_running_loop().create_task(run())

    telegram.synced.connect(synced)
