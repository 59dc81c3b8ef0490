"""A Telegram that lives in memory, for tests and benchmarks.

``FakeTelegramClient`` subclasses Telethon's ``TelegramClient`` the way Telethon's own tests do
(no ``__init__``, so no session and no network) and answers at the network boundary: raw requests
(``messages.GetHistoryRequest``, ``messages.GetMessagesViewsRequest``,
``channels.GetFullChannelRequest``, ``messages.CheckChatInviteRequest``) go through ``__call__``
and come back as real ``telethon.tl.types`` objects, so Telethon's own ``iter_messages`` and our
conversion code run for real (each response passes through the TL wire format, as if it came
from the network). Sign-in, ``get_entity`` and ``iter_dialogs`` are answered directly
and raise the real Telethon errors.

Typical use::

    client = FakeTelegramClient(authorized=True)
    channel = client.add_channel("my_channel", "My channel", subscribers=12_000, admin=True)
    channel.add_posts(250, albums=True)
    client.fail(functions.messages.GetHistoryRequest, flood_wait(30), at_call=2)
    gateway = TelethonGateway(client, history_wait=0)

``fake_service(storage, client)`` builds a ``TelegramService`` on it that never sleeps for real.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import re
import socket
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from telethon import TelegramClient, errors
from telethon._updates.entitycache import EntityCache
from telethon.extensions import BinaryReader
from telethon.tl import custom, functions, types

USER_ID = 424242
_USERNAME_RULE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def flood_wait(seconds: int, request=None) -> errors.FloodWaitError:
    return errors.FloodWaitError(request=request, capture=seconds)


def make_message(
    channel_id: int,
    message_id: int,
    date: datetime,
    *,
    views: int | None = 1000,
    forwards: int = 0,
    replies: int = 0,
    reactions: dict[str, int] | None = None,
    grouped_id: int | None = None,
    text: str = "",
    edit_date: datetime | None = None,
) -> types.Message:
    """A channel post as Telegram sends it."""
    return types.Message(
        id=message_id,
        peer_id=types.PeerChannel(channel_id),
        date=date,
        message=text,
        post=True,
        views=views,
        forwards=forwards,
        replies=types.MessageReplies(replies=replies, replies_pts=0),
        reactions=types.MessageReactions(
            results=[
                types.ReactionCount(reaction=types.ReactionEmoji(emoticon=emoji), count=count)
                for emoji, count in (reactions or {}).items()
            ]
        )
        if reactions
        else None,
        grouped_id=grouped_id,
        edit_date=edit_date,
    )


def make_service_message(channel_id: int, message_id: int, date: datetime) -> types.MessageService:
    """A service message ("channel photo changed"): not a post, carries no views."""
    return types.MessageService(
        id=message_id,
        peer_id=types.PeerChannel(channel_id),
        date=date,
        action=types.MessageActionChatEditTitle(title="renamed"),
        post=True,
    )


class FakeChannel:
    """One channel's state: its TL ``Channel`` and its messages by id."""

    def __init__(
        self,
        telegram_id: int,
        access_hash: int,
        username: str | None,
        title: str,
        *,
        subscribers: int = 1000,
        admin: bool = False,
        member: bool = True,
        megagroup: bool = False,
        banned: bool = False,
        invite_hash: str | None = None,
    ) -> None:
        self.telegram_id = telegram_id
        self.access_hash = access_hash
        self.username = username
        self.title = title
        self.subscribers = subscribers
        self.admin = admin
        self.member = member
        self.megagroup = megagroup
        self.banned = banned
        self.invite_hash = invite_hash
        self.messages: dict[int, types.TypeMessage] = {}
        self.views_step = 0  # added to every asked post's views on each views request

    @property
    def tl(self):
        if self.banned:
            return types.ChannelForbidden(
                id=self.telegram_id,
                access_hash=self.access_hash,
                title=self.title,
                broadcast=not self.megagroup,
                megagroup=self.megagroup,
            )
        return types.Channel(
            id=self.telegram_id,
            title=self.title,
            photo=types.ChatPhotoEmpty(),
            date=NOW - timedelta(days=400),
            creator=self.admin or None,
            broadcast=not self.megagroup,
            megagroup=self.megagroup or None,
            left=not self.member or None,
            access_hash=self.access_hash,
            username=self.username,
            participants_count=self.subscribers,
        )

    @property
    def posts(self) -> list[types.Message]:
        return [m for m in self.messages.values() if isinstance(m, types.Message)]

    def add_message(self, message) -> None:
        self.messages[message.id] = message

    def add_posts(
        self,
        count: int,
        *,
        newest_at: datetime = NOW,
        spacing: timedelta = timedelta(hours=3),
        views: Callable[[int], int] | None = None,
        albums: bool = False,
        service_every: int | None = None,
        start_id: int | None = None,
    ) -> list[int]:
        """Add ``count`` posts, oldest first, ``spacing`` apart, ending at ``newest_at``.

        ``albums`` turns every tenth post into a three-message album (still one post);
        ``service_every`` puts a service message after every N posts. Returns the post ids
        (an album's lowest id).
        """
        views = views or (lambda i: 1000 + (i * 37) % 500)
        next_id = start_id or (max(self.messages, default=0) + 1)
        ids = []
        for i in range(count):
            date = newest_at - spacing * (count - 1 - i)
            counters = {
                "views": views(i),
                "forwards": i % 7,
                "replies": i % 3,
                "reactions": {"👍": i % 11, "🔥": 1} if i % 2 else None,
            }
            if albums and i % 10 == 9:
                group = 10_000_000 + next_id
                for part in range(3):
                    self.add_message(
                        make_message(
                            self.telegram_id,
                            next_id + part,
                            date,
                            grouped_id=group,
                            text=f"album {i}" if part == 0 else "",
                            **counters,
                        )
                    )
                ids.append(next_id)
                next_id += 3
            else:
                self.add_message(
                    make_message(self.telegram_id, next_id, date, text=f"post {i}", **counters)
                )
                ids.append(next_id)
                next_id += 1
            if service_every and i % service_every == service_every - 1:
                self.add_message(make_service_message(self.telegram_id, next_id, date))
                next_id += 1
        return ids

    def set_views(self, message_id: int, views: int) -> None:
        self.messages[message_id].views = views


class FakeQRLogin:
    """Mimics ``telethon.tl.custom.QRLogin``: a URL, an expiry, ``wait`` and ``recreate``."""

    def __init__(self, client: FakeTelegramClient) -> None:
        self._client = client
        self.created = 0
        self._token = b""
        self.expires = NOW
        self._new_token()

    def _new_token(self) -> None:
        self.created += 1
        self._token = f"token-{self.created}".encode()
        self.expires = datetime.now(UTC) + self._client.qr_lifetime

    @property
    def url(self) -> str:
        return "tg://login?token=" + base64.urlsafe_b64encode(self._token).decode().rstrip("=")

    async def recreate(self) -> None:
        self._new_token()

    async def wait(self, timeout: float | None = None):
        await asyncio.wait_for(self._client.qr_scanned.wait(), timeout)
        self._client.qr_scanned.clear()
        if self._client.password is not None:
            self._client.awaiting_password = True
            raise errors.SessionPasswordNeededError(request=None)
        self._client.authorized = True
        return self._client.me


class FakeTelegramClient(TelegramClient):
    """``TelegramClient`` answering from memory with real TL objects and real Telethon errors."""

    def __init__(
        self,
        *,
        authorized: bool = False,
        code: str = "12345",
        password: str | None = None,
    ) -> None:  # no super().__init__(): no session file, no sender, no network
        self._mb_entity_cache = EntityCache(self_id=USER_ID if authorized else None)
        self.api_id = 1
        self.api_hash = "0" * 32
        self.authorized = authorized
        self.code = code
        self.expired_codes: set[str] = set()
        self.password = password
        self.awaiting_password = False
        self.invalid_phones: set[str] = set()
        self.connected = False
        self.unreachable = False  # connect() fails like a proxy closing the stream
        self.channels: dict[int, FakeChannel] = {}
        self.users: dict[str, types.User] = {}
        self.requests: Counter[str] = Counter()
        self.codes_sent = 0
        self._planned: list[tuple[str, int, BaseException]] = []
        self._ids = itertools.count(1_000_000_001)
        self.qr_scanned = asyncio.Event()
        self.qr_lifetime = timedelta(seconds=30)  # Telegram's login tokens last about that
        self.me = types.User(
            id=USER_ID, is_self=True, first_name="Ada", last_name="Admin", access_hash=1
        )

    # --- seeding ---

    def add_channel(self, username: str | None, title: str, **options) -> FakeChannel:
        telegram_id = next(self._ids)
        channel = FakeChannel(telegram_id, telegram_id * 7 + 3, username, title, **options)
        self.channels[telegram_id] = channel
        return channel

    def add_user(self, username: str) -> types.User:
        user = types.User(id=next(self._ids), first_name=username, username=username, access_hash=5)
        self.users[username.lower()] = user
        return user

    def fail(self, request: type | str, error: BaseException, at_call: int = 1) -> None:
        """Raise ``error`` on the ``at_call``-th request of that kind (counting from 1)."""
        name = request if isinstance(request, str) else request.__name__
        self._planned.append((name, at_call, error))

    def _count(self, name: str) -> None:
        self.requests[name] += 1
        for planned in list(self._planned):
            if planned[0] == name and planned[1] == self.requests[name]:
                self._planned.remove(planned)
                raise planned[2]

    # --- connection ---

    async def connect(self) -> None:
        self._count("connect")
        if self.unreachable:
            raise asyncio.IncompleteReadError(b"", 8)
        self.connected = True

    def is_connected(self) -> bool:
        return self.connected

    async def disconnect(self) -> None:
        self.connected = False

    def _require_connection(self) -> None:
        if not self.connected:
            raise ConnectionError("Cannot send requests while disconnected")
        if self.unreachable:
            self.connected = False
            raise ConnectionError("Connection to Telegram failed")

    # --- account ---

    async def is_user_authorized(self) -> bool:
        self._require_connection()
        return self.authorized

    async def get_me(self, input_peer: bool = False):
        self._require_connection()
        return self.me if self.authorized else None

    async def send_code_request(self, phone: str, *, force_sms: bool = False):
        self._require_connection()
        request = functions.auth.SendCodeRequest(phone, self.api_id, self.api_hash, None)
        self._count("SendCodeRequest")
        if phone in self.invalid_phones:
            raise errors.PhoneNumberInvalidError(request=request)
        self.codes_sent += 1
        return types.auth.SentCode(
            type=types.auth.SentCodeTypeApp(length=len(self.code)),
            phone_code_hash=f"hash-{self.codes_sent}",
        )

    async def sign_in(
        self, phone=None, code=None, *, password=None, bot_token=None, phone_code_hash=None
    ):
        self._require_connection()
        self._count("SignInRequest")
        if password is not None:
            if not self.awaiting_password:
                raise errors.PasswordHashInvalidError(request=None)
            if password != self.password:
                raise errors.PasswordHashInvalidError(request=None)
            self.awaiting_password = False
            return self._authorize()
        code = str(code)
        if code in self.expired_codes or phone_code_hash != f"hash-{self.codes_sent}":
            raise errors.PhoneCodeExpiredError(request=None)
        if code != self.code:
            raise errors.PhoneCodeInvalidError(request=None)
        if self.password is not None:
            self.awaiting_password = True
            raise errors.SessionPasswordNeededError(request=None)
        return self._authorize()

    def _authorize(self) -> types.User:
        self.authorized = True
        self._mb_entity_cache.self_id = USER_ID
        return self.me

    async def qr_login(self, ignored_ids=None) -> FakeQRLogin:
        self._require_connection()
        self._count("ExportLoginTokenRequest")
        return FakeQRLogin(self)

    async def log_out(self) -> bool:
        self._require_connection()
        self._count("LogOutRequest")
        self.authorized = False
        return True

    def _require_authorization(self, request=None) -> None:
        self._require_connection()
        if not self.authorized:
            raise errors.AuthKeyUnregisteredError(request=request)

    # --- entities ---

    async def get_entity(self, entity):
        self._require_authorization()
        if isinstance(entity, str):
            name = entity.strip().lstrip("@")
            request = functions.contacts.ResolveUsernameRequest(name)
            self._count("ResolveUsernameRequest")
            if not _USERNAME_RULE.match(name):
                raise errors.UsernameInvalidError(request=request)
            for channel in self.channels.values():
                if channel.username and channel.username.lower() == name.lower():
                    return channel.tl
            if name.lower() in self.users:
                return self.users[name.lower()]
            # what Telethon raises when Telegram answers USERNAME_NOT_OCCUPIED
            raise ValueError(f'No user has "{name}" as username')
        if isinstance(entity, types.PeerChannel):
            channel = self.channels.get(entity.channel_id)
            if channel is None or not channel.member:
                raise ValueError(f"Could not find the input entity for {entity!r}")
            return channel.tl
        raise NotImplementedError(f"fake get_entity({entity!r})")

    def iter_dialogs(self, *args, **kwargs):
        return self._dialogs()

    async def _dialogs(self):
        self._require_authorization()
        self._count("GetDialogsRequest")
        for channel in self.channels.values():
            if not channel.member or channel.banned:
                continue
            dialog = types.Dialog(
                peer=types.PeerChannel(channel.telegram_id),
                top_message=max(channel.messages, default=0),
                read_inbox_max_id=0,
                read_outbox_max_id=0,
                unread_count=0,
                unread_mentions_count=0,
                unread_reactions_count=0,
                unread_poll_votes_count=0,
                notify_settings=types.PeerNotifySettings(),
            )
            tl = channel.tl
            yield custom.Dialog(self, dialog, {-1000000000000 - channel.telegram_id: tl}, None)

    # --- raw requests ---

    async def __call__(self, request, ordered: bool = False, flood_sleep_threshold=None):
        self._require_authorization(request)
        name = type(request).__name__
        self._count(name)
        handler = getattr(self, f"_answer_{name}", None)
        if handler is None:
            raise NotImplementedError(f"the fake does not answer {name}")
        # Through Telegram's wire format and back, as a real response arrives: fresh objects
        # each time, and proof that what the fake builds is valid TL.
        return BinaryReader(bytes(handler(request))).tgread_object()

    def _channel(self, peer, request) -> FakeChannel:
        channel_id = getattr(peer, "channel_id", None)
        channel = self.channels.get(channel_id)
        if channel is None or peer.access_hash != channel.access_hash:
            raise errors.ChannelInvalidError(request=request)
        if channel.banned:
            raise errors.ChannelPrivateError(request=request)
        return channel

    def _answer_GetHistoryRequest(self, request):
        channel = self._channel(request.peer, request)
        ordered = sorted(channel.messages.values(), key=lambda m: m.id, reverse=True)
        if request.offset_id:
            ordered = [m for m in ordered if m.id < request.offset_id]
        if request.min_id:
            ordered = [m for m in ordered if m.id > request.min_id]
        start = max(request.add_offset, 0)
        return types.messages.ChannelMessages(
            pts=1,
            count=len(channel.messages),
            messages=ordered[start : start + request.limit],
            topics=[],
            chats=[channel.tl],
            users=[],
        )

    def _answer_GetMessagesViewsRequest(self, request):
        if len(request.id) > 100:
            raise errors.LimitInvalidError(request=request)
        channel = self._channel(request.peer, request)
        views = []
        for message_id in request.id:
            message = channel.messages.get(message_id)
            if isinstance(message, types.Message):
                message.views = (message.views or 0) + channel.views_step
                views.append(
                    types.MessageViews(
                        views=message.views, forwards=message.forwards, replies=message.replies
                    )
                )
            else:
                views.append(types.MessageViews())
        return types.messages.MessageViews(views=views, chats=[channel.tl], users=[])

    def _answer_GetFullChannelRequest(self, request):
        channel = self._channel(request.channel, request)
        return types.messages.ChatFull(
            full_chat=types.ChannelFull(
                id=channel.telegram_id,
                about="",
                read_inbox_max_id=0,
                read_outbox_max_id=0,
                unread_count=0,
                chat_photo=types.PhotoEmpty(id=0),
                notify_settings=types.PeerNotifySettings(),
                bot_info=[],
                pts=1,
                participants_count=channel.subscribers,
                can_view_stats=channel.admin or None,
            ),
            chats=[channel.tl],
            users=[],
        )

    def _answer_CheckChatInviteRequest(self, request):
        for channel in self.channels.values():
            if channel.invite_hash == request.hash:
                if channel.member:
                    return types.ChatInviteAlready(chat=channel.tl)
                return types.ChatInvite(
                    title=channel.title,
                    photo=types.PhotoEmpty(id=0),
                    participants_count=channel.subscribers,
                    color=0,
                    channel=True,
                    broadcast=True,
                )
        raise errors.InviteHashExpiredError(request=request)


# --- wiring helpers --------------------------------------------------------------------------


class InstantSleep:
    """``asyncio.sleep`` stand-in that only records what it was asked to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


def fake_service(storage, client: FakeTelegramClient, settings=None, **kwargs):
    """A ``TelegramService`` over ``client`` with credentials set and no real sleeping."""
    from tgclient.credentials import ApiCredentials
    from tgclient.gateway import TelethonGateway
    from tgclient.service import SyncSettings, TelegramService

    settings = settings or SyncSettings(history_days=None, max_posts=None, views_window_days=None)
    kwargs.setdefault("sleep", InstantSleep())
    service = TelegramService(
        storage,
        lambda credentials, session_file, settings: TelethonGateway(client, history_wait=0),
        settings,
        **kwargs,
    )
    service.set_credentials(ApiCredentials(1, "0" * 32, "typed"), remember=False)
    return service


# --- no real network in tests ----------------------------------------------------------------

_INET = (socket.AF_INET, socket.AF_INET6)


def _refuse(*args, **kwargs):
    raise AssertionError("a test tried to reach the real network")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any attempt to open an internet connection (Telegram or anything else)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self, address):
        if self.family in _INET:
            _refuse()
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in _INET:
            _refuse()
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(asyncio.BaseEventLoop, "create_connection", _refuse)
    monkeypatch.setattr(asyncio.BaseEventLoop, "sock_connect", _refuse)


@pytest.fixture
def qt_loop(qapp):
    """A qasync loop merged into the test's Qt event loop (as in the app), closed afterwards."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    deadline = loop.time() + 2
    while any(not task.done() for task in pending) and loop.time() < deadline:
        qapp.processEvents()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    loop._QEventLoop__is_running = False  # it never ran run_forever; let close() proceed
    loop.close()
