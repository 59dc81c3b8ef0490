"""The boundary to Telegram: a small Protocol and its Telethon implementation.

Everything above this module (the sync service, the UI) sees our dataclasses and our errors
(:mod:`tgclient.errors`) only. ``TelethonGateway`` wraps a ``TelegramClient``; tests give it a
client subclass that answers from memory with real TL objects, so this code runs unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from telethon import TelegramClient, errors
from telethon.tl import functions, types

from pricing.parsing import ChannelRef
from storage.records import ViewCount
from tgclient import convert
from tgclient.credentials import ApiCredentials
from tgclient.errors import (
    ChannelAccessInvalid,
    ChannelBanned,
    ChannelNotFound,
    ChannelPrivate,
    CodeExpired,
    CodeInvalid,
    CodeUnavailable,
    ConnectionFailed,
    CredentialsInvalid,
    FloodWait,
    NotAdmin,
    NotAuthorized,
    PasswordInvalid,
    PasswordNeeded,
    PhoneBanned,
    PhoneInvalid,
    PhoneUnoccupied,
    QrExpired,
    ServerProblem,
    TelegramError,
    TooManyAttempts,
    UnexpectedError,
    UsernameInvalid,
)
from tgclient.records import Account, ChannelInfo, ChannelPeer, ChannelStats, HistoryPage
from tgclient.session import prepare_session_file

HISTORY_PAGE = 100  # messages per history request (Telegram's maximum)
VIEWS_PER_CALL = 100  # ids per messages.getMessagesViews


class QrLogin(Protocol):
    url: str
    expires: datetime

    async def wait(self, timeout: float | None = None) -> Account:
        """Until the code is scanned; raises QrExpired on time-out, PasswordNeeded for 2FA."""

    async def recreate(self) -> None: ...


class TelegramGateway(Protocol):
    """What the app needs from Telegram. Methods raise :class:`tgclient.errors.TelegramError`."""

    async def connect(self) -> None: ...
    async def disconnect(self) -> None: ...
    async def is_authorized(self) -> bool: ...
    async def account(self) -> Account | None: ...
    async def send_code(self, phone: str) -> str:
        """Ask Telegram to send a login code (again); returns the phone code hash."""

    async def sign_in_code(self, phone: str, code: str, phone_code_hash: str) -> Account: ...
    async def sign_in_password(self, password: str) -> Account: ...
    async def qr_login(self) -> QrLogin: ...
    async def log_out(self) -> None: ...
    async def resolve(self, ref: ChannelRef) -> ChannelInfo: ...
    async def admin_channels(self) -> list[ChannelInfo]: ...
    def history(
        self, peer: ChannelPeer, *, offset_id: int = 0, min_id: int = 0, limit: int | None = None
    ) -> AsyncIterator[HistoryPage]:
        """Messages newest first, one page per request, older than ``offset_id`` (0: newest)."""

    async def views(
        self,
        peer: ChannelPeer,
        message_ids: Sequence[int],
        taken_at: datetime,
        reactions: dict[int, int] | None = None,
    ) -> list[ViewCount]: ...
    async def channel_stats(self, peer: ChannelPeer) -> ChannelStats: ...


def _existing(*names: str) -> tuple[type[BaseException], ...]:
    return tuple(getattr(errors, name) for name in names if hasattr(errors, name))


_TRANSLATIONS: list[tuple[tuple[type[BaseException], ...], type[TelegramError]]] = [
    (_existing("PhoneNumberInvalidError"), PhoneInvalid),
    (_existing("PhoneNumberBannedError"), PhoneBanned),
    (_existing("PhoneNumberUnoccupiedError"), PhoneUnoccupied),
    (_existing("PhoneNumberFloodError", "PhonePasswordFloodError"), TooManyAttempts),
    (_existing("SendCodeUnavailableError"), CodeUnavailable),
    (_existing("PhoneCodeInvalidError", "PhoneCodeEmptyError"), CodeInvalid),
    (_existing("PhoneCodeExpiredError"), CodeExpired),
    (_existing("SessionPasswordNeededError"), PasswordNeeded),
    (_existing("PasswordHashInvalidError"), PasswordInvalid),
    (_existing("ApiIdInvalidError", "ApiIdPublishedFloodError"), CredentialsInvalid),
    (
        _existing(
            "AuthKeyUnregisteredError",
            "SessionRevokedError",
            "SessionExpiredError",
            "UserDeactivatedError",
            "UserDeactivatedBanError",
            "AuthKeyDuplicatedError",
        ),
        NotAuthorized,
    ),
    (_existing("UsernameInvalidError"), UsernameInvalid),
    (_existing("UsernameNotOccupiedError"), ChannelNotFound),
    (
        _existing("ChannelPrivateError", "InviteHashExpiredError", "InviteHashInvalidError"),
        ChannelPrivate,
    ),
    (_existing("ChannelBannedError", "UserBannedInChannelError"), ChannelBanned),
    (_existing("ChatAdminRequiredError"), NotAdmin),
    # an access hash belongs to one account: another account (or a moved database) is refused
    (_existing("ChannelInvalidError", "PeerIdInvalidError"), ChannelAccessInvalid),
    # Telegram's own trouble (HTTP-like 500 and its -503 timeout): worth another try later
    (_existing("ServerError", "TimedOutError"), ServerProblem),
]


def translate(error: BaseException) -> TelegramError | None:
    """Our error for a Telethon (or network) error, or None when it is not one we know."""
    if isinstance(error, TelegramError):
        return error
    if isinstance(error, errors.FloodWaitError | errors.FloodPremiumWaitError):
        return FloodWait(error.seconds)
    if isinstance(error, errors.SlowModeWaitError):
        return FloodWait(error.seconds)
    for classes, ours in _TRANSLATIONS:
        if classes and isinstance(error, classes):
            return ours(type(error).__name__)
    if isinstance(error, ConnectionError | OSError | EOFError | asyncio.TimeoutError):
        return ConnectionFailed(type(error).__name__)
    if isinstance(error, errors.RPCError):
        # any other refusal: reported with its name, and it stops one channel, not a round
        return UnexpectedError(getattr(error, "message", None) or type(error).__name__)
    return None


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except (TimeoutError, errors.RPCError, ConnectionError, OSError, EOFError) as error:
        ours = translate(error)
        if ours is None:
            raise
        raise ours from error


def _input_channel(peer: ChannelPeer) -> types.InputChannel:
    return types.InputChannel(peer.telegram_id, peer.access_hash or 0)


def _input_peer(peer: ChannelPeer) -> types.InputPeerChannel:
    return types.InputPeerChannel(peer.telegram_id, peer.access_hash or 0)


def _account(user) -> Account:
    name = " ".join(part for part in (user.first_name, user.last_name) if part)
    return Account(user_id=user.id, name=name or (user.username or str(user.id)))


class TelethonQrLogin:
    def __init__(self, qr) -> None:
        self._qr = qr

    @property
    def url(self) -> str:
        return self._qr.url

    @property
    def expires(self) -> datetime:
        return self._qr.expires

    async def wait(self, timeout: float | None = None) -> Account:
        with _translated():
            try:
                user = await self._qr.wait(timeout)
            except TimeoutError:
                raise QrExpired("QR code expired") from None
        return _account(user)

    async def recreate(self) -> None:
        with _translated():
            await self._qr.recreate()


class TelethonGateway:
    """:class:`TelegramGateway` over a Telethon ``TelegramClient``."""

    def __init__(
        self,
        client: TelegramClient,
        *,
        connect_timeout: float = 15.0,
        history_wait: float | None = None,
    ) -> None:
        self.client = client
        self.connect_timeout = connect_timeout
        # None keeps Telethon's politeness: 1 s between history requests beyond 3,000 messages
        self.history_wait = history_wait

    # --- connection and account ---

    async def connect(self) -> None:
        # Telethon's own timeout does not bound the handshake against a silent server.
        with _translated():
            await asyncio.wait_for(self.client.connect(), self.connect_timeout)

    async def disconnect(self) -> None:
        with contextlib.suppress(Exception):
            await self.client.disconnect()

    async def is_authorized(self) -> bool:
        with _translated():
            return bool(await self.client.is_user_authorized())

    async def account(self) -> Account | None:
        with _translated():
            me = await self.client.get_me()
        return _account(me) if me is not None else None

    async def send_code(self, phone: str) -> str:
        with _translated():
            sent = await self.client.send_code_request(phone)
        return sent.phone_code_hash

    async def sign_in_code(self, phone: str, code: str, phone_code_hash: str) -> Account:
        with _translated():
            user = await self.client.sign_in(phone, code, phone_code_hash=phone_code_hash)
        return _account(user)

    async def sign_in_password(self, password: str) -> Account:
        with _translated():
            user = await self.client.sign_in(password=password)
        return _account(user)

    async def qr_login(self) -> QrLogin:
        with _translated():
            qr = await self.client.qr_login()
        return TelethonQrLogin(qr)

    async def log_out(self) -> None:
        with _translated():
            await self.client.log_out()

    # --- channels ---

    async def resolve(self, ref: ChannelRef) -> ChannelInfo:
        with _translated():
            if ref.kind == "invite":
                invite = await self.client(functions.messages.CheckChatInviteRequest(ref.value))
                chat = getattr(invite, "chat", None)
                if chat is None:  # a ChatInvite: the account has not joined
                    raise ChannelPrivate("join the channel first")
                return convert.channel_from_tl(chat)
            target = ref.value if ref.kind == "username" else types.PeerChannel(int(ref.value))
            try:
                entity = await self.client.get_entity(target)
            except ValueError:
                # Telethon: unknown username (UsernameNotOccupied), or an id not in the session
                if ref.kind == "username":
                    raise ChannelNotFound(ref.value) from None
                raise ChannelPrivate(ref.value) from None
            return convert.channel_from_tl(entity)

    async def admin_channels(self) -> list[ChannelInfo]:
        found: list[ChannelInfo] = []
        with _translated():
            async for dialog in self.client.iter_dialogs():
                entity = dialog.entity
                if isinstance(entity, types.Channel) and entity.broadcast:
                    info = convert.channel_from_tl(entity)
                    if info.is_admin:
                        found.append(info)
        return found

    async def history(
        self, peer: ChannelPeer, *, offset_id: int = 0, min_id: int = 0, limit: int | None = None
    ) -> AsyncIterator[HistoryPage]:
        iterator = self.client.iter_messages(
            _input_peer(peer),
            limit=limit,
            offset_id=offset_id,
            min_id=min_id,
            wait_time=self.history_wait,
        )
        page: list = []
        with _translated():
            async for message in iterator:
                page.append(message)
                if len(page) == HISTORY_PAGE:
                    yield self._page(page, iterator.total)
                    page = []
            if page:
                yield self._page(page, iterator.total)

    @staticmethod
    def _page(messages: list, total: int | None) -> HistoryPage:
        converted = (convert.message_from_tl(m) for m in messages)
        ids = [m.id for m in messages]
        return HistoryPage(
            tuple(m for m in converted if m is not None),
            total,
            lowest_id=min(ids, default=None),
            highest_id=max(ids, default=None),
            count=len(ids),
        )

    async def views(
        self,
        peer: ChannelPeer,
        message_ids: Sequence[int],
        taken_at: datetime,
        reactions: dict[int, int] | None = None,
    ) -> list[ViewCount]:
        if len(message_ids) > VIEWS_PER_CALL:
            raise ValueError(f"at most {VIEWS_PER_CALL} ids per views request")
        with _translated():
            result = await self.client(
                functions.messages.GetMessagesViewsRequest(
                    peer=_input_peer(peer), id=list(message_ids), increment=False
                )
            )
        return convert.views_from_tl(result, message_ids, taken_at, reactions)

    async def channel_stats(self, peer: ChannelPeer) -> ChannelStats:
        with _translated():
            full = await self.client(functions.channels.GetFullChannelRequest(_input_channel(peer)))
        return convert.stats_from_tl(full)


def create_telethon_gateway(
    credentials: ApiCredentials,
    session_file: Path,
    *,
    flood_sleep_threshold: int = 5,
    connect_timeout: float = 15.0,
) -> TelethonGateway:
    """A gateway on a real ``TelegramClient`` with its session file made owner-only first."""
    prepare_session_file(session_file)
    client = TelegramClient(
        str(session_file),
        credentials.api_id,
        credentials.api_hash,
        # Waits up to this are slept by Telethon; longer ones reach us as FloodWait (countdown).
        flood_sleep_threshold=flood_sleep_threshold,
        connection_retries=2,
        retry_delay=1,
        request_retries=2,
        timeout=connect_timeout,
        device_model="ChannelRate",
        app_version="ChannelRate 0.1",
    )
    return TelethonGateway(client, connect_timeout=connect_timeout)
