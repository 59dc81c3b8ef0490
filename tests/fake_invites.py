"""Invite links for the in-memory Telegram: making links, their counters and who joined.

``InviteTelegramClient`` is ``fake_telegram.FakeTelegramClient`` plus the four requests of
``tgclient.invites``, answered with real TL objects (``ChatInviteExported``,
``messages.ExportedChatInvites``, ``messages.ExportedChatInvite``,
``messages.ChatInviteImporters`` with ``ChatInviteImporter`` and ``User``), through the wire
format like every answer of the fake. Only an admin of the channel gets answers; others get
Telegram's ``ChatAdminRequiredError``.

    client = InviteTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", admin=True)
    link = client.make_link(channel, "from elsewhere", admin_id=999)  # another admin's link
    client.join(channel, link, 30, start=NOW, spacing=timedelta(hours=1))
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fake_telegram import NOW, USER_ID, FakeChannel, FakeTelegramClient
from telethon import errors
from telethon.tl import types


@dataclass
class FakeInvite:
    link: str
    title: str
    admin_id: int
    date: datetime
    revoked: bool = False
    joins: list[tuple[int, datetime]] = field(default_factory=list)  # (user id, joined at)

    def tl(self) -> types.ChatInviteExported:
        return types.ChatInviteExported(
            link=self.link,
            admin_id=self.admin_id,
            date=self.date,
            revoked=self.revoked or None,
            usage=len(self.joins) or None,  # Telegram leaves the field out at zero
            title=self.title or None,
        )


class InviteTelegramClient(FakeTelegramClient):
    """The fake Telegram with invite links per channel."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.invites: dict[int, list[FakeInvite]] = {}  # channel id → its links
        self._hashes = itertools.count(1)
        self._users = itertools.count(5_000_001)
        self.now = NOW

    # --- seeding ---

    def make_link(self, channel: FakeChannel, title: str = "", admin_id: int = USER_ID) -> str:
        link = f"https://t.me/+Fake{next(self._hashes):04d}Hash"
        self.invites.setdefault(channel.telegram_id, []).append(
            FakeInvite(link, title, admin_id, self.now)
        )
        return link

    def invite(self, channel: FakeChannel, link: str) -> FakeInvite:
        return next(i for i in self.invites[channel.telegram_id] if i.link == link)

    def join(
        self, channel: FakeChannel, link: str, count: int, *, start: datetime, spacing: timedelta
    ) -> None:
        """``count`` new subscribers join through ``link``, ``spacing`` apart from ``start``."""
        invite = self.invite(channel, link)
        for i in range(count):
            invite.joins.append((next(self._users), start + spacing * i))

    # --- requests ---

    def _admin_channel(self, peer, request) -> FakeChannel:
        channel = self._channel(peer, request)
        if not channel.admin:
            raise errors.ChatAdminRequiredError(request=request)
        return channel

    def _answer_ExportChatInviteRequest(self, request):
        channel = self._admin_channel(request.peer, request)
        if request.title is not None and len(request.title) > 32:
            raise errors.BadRequestError(request=request, message="INVITE_TITLE_INVALID")
        link = self.make_link(channel, request.title or "")
        return self.invite(channel, link).tl()

    def _answer_GetExportedChatInvitesRequest(self, request):
        channel = self._admin_channel(request.peer, request)
        mine = [
            i
            for i in self.invites.get(channel.telegram_id, [])
            if i.admin_id == USER_ID and bool(i.revoked) == bool(request.revoked)
        ]
        ordered = sorted(mine, key=lambda i: (i.date, i.link), reverse=True)
        if request.offset_link is not None:
            position = next(
                (n for n, i in enumerate(ordered) if i.link == request.offset_link), len(ordered)
            )
            ordered = ordered[position + 1 :]
        page = ordered[: request.limit]
        return types.messages.ExportedChatInvites(
            count=len(mine), invites=[i.tl() for i in page], users=[self.me]
        )

    def _answer_GetExportedChatInviteRequest(self, request):
        channel = self._admin_channel(request.peer, request)
        for invite in self.invites.get(channel.telegram_id, []):
            if invite.link == request.link:
                return types.messages.ExportedChatInvite(invite=invite.tl(), users=[self.me])
        raise errors.InviteHashExpiredError(request=request)

    def _answer_GetChatInviteImportersRequest(self, request):
        channel = self._admin_channel(request.peer, request)
        if request.limit > 100:
            raise errors.LimitInvalidError(request=request)
        invite = self.invite(channel, request.link)
        ordered = sorted(invite.joins, key=lambda j: (j[1], j[0]), reverse=True)
        offset_user = getattr(request.offset_user, "user_id", None)
        if offset_user is not None:
            position = next(n for n, j in enumerate(ordered) if j[0] == offset_user)
            ordered = ordered[position + 1 :]
        elif request.offset_date is not None:  # a date alone: the joins before it
            ordered = [j for j in ordered if j[1] < request.offset_date]
        page = ordered[: request.limit]
        return types.messages.ChatInviteImporters(
            count=len(invite.joins),
            importers=[types.ChatInviteImporter(user_id=u, date=d) for u, d in page],
            users=[types.User(id=u, access_hash=u * 3, first_name=f"user{u}") for u, _ in page],
        )
