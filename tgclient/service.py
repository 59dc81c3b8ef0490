"""The Telegram service: one class built from a module per concern, as Telethon builds its client.

Qt-free and Telethon-free: it talks to a :class:`~tgclient.gateway.TelegramGateway` built lazily
by a factory (so importing Telethon stays off the start-up path) and writes through ``Storage``.
Work runs as asyncio tasks on the application's loop; listeners report state, progress and flood
waits, which the UI turns into Qt signals. The rooms:

- ``tgclient.auth``: API pair, session file, sign-in by code, password or QR, log out;
- ``tgclient.channels``: the admin's channels, resolving links and names (once each);
- ``tgclient.sync``: reading subscribers, posts and views; the one background task;
- ``tgclient.schedule``: the scheduled refresh;
- ``tgclient.connection``: the gateway, the state, and each request's waits and retries (the
  rules themselves in ``tgclient.retry_policy``);
- ``tgclient.state``: settings, states, progress and reports, and the listeners.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from storage.clock import utc_now
from storage.repositories import Storage
from tgclient.auth import AuthMethods, ServiceQrLogin, normalise_phone
from tgclient.channels import ChannelMethods
from tgclient.connection import ConnectionMethods
from tgclient.credentials import ApiCredentials, CredentialsError
from tgclient.errors import ConnectionFailed, TelegramError
from tgclient.records import Account
from tgclient.retry_policy import RetryPolicy
from tgclient.schedule import ScheduleMethods
from tgclient.state import Listeners, Phase, Progress, State, SyncReport, SyncSettings
from tgclient.sync import VIEWS_PER_CALL, SyncMethods

__all__ = [
    "VIEWS_PER_CALL",
    "GatewayFactory",
    "Listeners",
    "Phase",
    "Progress",
    "ServiceQrLogin",
    "State",
    "SyncReport",
    "SyncSettings",
    "TelegramService",
    "normalise_phone",
    "telethon_gateway_factory",
]

log = logging.getLogger(__name__)

GatewayFactory = Callable[[ApiCredentials, Path, SyncSettings], object]


class TelegramService(AuthMethods, ChannelMethods, SyncMethods, ScheduleMethods, ConnectionMethods):
    """Everything the UI asks of Telegram. One instance per app, built in ``main.compose``."""

    def __init__(
        self,
        storage: Storage,
        gateway_factory: GatewayFactory,
        settings: SyncSettings | None = None,
        *,
        data_folder: Path | None = None,
        clock: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.storage = storage
        self.settings = settings or SyncSettings()
        self._factory = gateway_factory
        self._data_folder = data_folder
        self._clock = clock
        self._sleep = sleep
        self._retry_policy = retry_policy  # None: the default rules, the settings' pauses
        self._gateway = None
        self._connected = False
        self._credentials: ApiCredentials | None = None
        self.credentials_error: CredentialsError | None = None
        self.state = State.NOT_CONFIGURED
        self.account: Account | None = None
        self._phone: str | None = None
        self._phone_code_hash: str | None = None
        self._sync_task: asyncio.Task | None = None
        self._schedule_task: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        # listeners
        self.state_changed = Listeners()  # (State)
        self.progress = Listeners()  # (Progress)
        self.flood_wait = Listeners()  # (seconds_left: int); 0 when the wait is over
        self.synced = Listeners()  # (SyncReport) after each channel, also a cancelled one
        self.failed = Listeners()  # (TelegramError) a background sync stopped on this error
        self.idle = Listeners()  # () the background task ended (done, failed or cancelled)
        self._refresh_state_offline()

    async def start(self) -> None:
        """At app start: reconnect a saved session and start the scheduled refresh.

        Without credentials or a session nothing touches the network; the app works offline.
        """
        if self.credentials() is None or not self.has_session():
            self._refresh_state_offline()
            return
        try:
            if await self.connect():
                self.start_schedule()
        except ConnectionFailed as error:
            # the session is still there: the schedule's next round tries again
            log.info("Telegram not reachable at start: %s", type(error).__name__)
            self.start_schedule()
        except TelegramError as error:
            log.info("Telegram not reachable at start: %s", type(error).__name__)

    async def close(self) -> None:
        self.stop_schedule()
        await self.cancel()
        if self._gateway is not None:
            await self._gateway.disconnect()
        self._connected = False


def telethon_gateway_factory(credentials: ApiCredentials, session_file: Path, settings):
    """Build the real gateway; imports Telethon only now, off the app's start-up path."""
    from tgclient.gateway import create_telethon_gateway

    return create_telethon_gateway(
        credentials,
        session_file,
        flood_sleep_threshold=settings.flood_sleep_threshold,
        connect_timeout=settings.connect_timeout,
    )
