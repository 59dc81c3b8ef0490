"""The Telegram service's connection: the gateway, its state, and each request's waits and retries.

Every request of the service (and of the feature modules, through ``request``/``call``) goes
through :meth:`ConnectionMethods._call`, which asks :class:`~tgclient.retry_policy.RetryPolicy`
what a failure calls for and carries it out: a flood-wait countdown the status bar shows, a
reconnect with growing pauses, a quiet retry, or the error handed on.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

from tgclient.errors import ConnectionFailed, NotAuthorized, NotConfigured, TelegramError
from tgclient.retry_policy import Attempts, Reconnect, Retry, RetryPolicy, Wait
from tgclient.state import State

T = TypeVar("T")


class ConnectionMethods:
    """The gateway and the connection state of :class:`tgclient.service.TelegramService`."""

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _refresh_state_offline(self) -> None:
        if self.credentials() is None:
            self._set_state(State.NOT_CONFIGURED)
        elif not self._connected:
            self._set_state(State.SIGNED_OUT if not self.has_session() else State.OFFLINE)

    @property
    def signed_in(self) -> bool:
        return self.account is not None

    @property
    def retry_policy(self) -> RetryPolicy:
        """The rules for failed requests, with the settings' reconnect pauses."""
        return self._retry_policy or RetryPolicy(reconnect_delays=self.settings.reconnect_delays)

    # --- the gateway -----------------------------------------------------------------------

    def gateway(self):
        """The signed-in gateway, for Telegram features the service itself does not cover
        (the own channel's statistics in ``tgclient.stats``)."""
        return self._get_gateway()

    def _get_gateway(self):
        if self._gateway is None:
            credentials = self.credentials()
            if credentials is None:
                raise NotConfigured(self.credentials_problem or "no API id / hash")
            self._gateway = self._factory(credentials, self.session_file, self.settings)
        return self._gateway

    def _drop_gateway(self) -> None:
        gateway, self._gateway = self._gateway, None
        self._connected = False
        self.account = None
        if gateway is not None:
            with contextlib.suppress(RuntimeError):  # no running loop: nothing to close
                asyncio.get_running_loop().create_task(gateway.disconnect())

    async def connect(self) -> bool:
        """Connect (time-bounded); returns whether the session is signed in."""
        gateway = self._get_gateway()
        if not self._connected:
            self._set_state(State.CONNECTING)
            try:
                await gateway.connect()
            except TelegramError:
                self._set_state(State.OFFLINE)
                raise
            self._connected = True
        try:
            authorized = await gateway.is_authorized()
            if authorized and self.account is None:
                self.account = await gateway.account()
        except NotAuthorized:
            authorized = False
        except ConnectionFailed:
            self._connected = False
            self._set_state(State.OFFLINE)
            raise
        if not authorized:
            self.account = None
        self._set_state(State.READY if authorized else State.SIGNED_OUT)
        return authorized

    async def _ensure_ready(self) -> None:
        if (self.account is None or not self._connected) and not await self.connect():
            raise NotAuthorized("sign in first")

    # --- requests --------------------------------------------------------------------------

    async def request(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request of a feature module (``tgclient.recommendations``): signed in first,
        repeated after a flood wait (with the countdown) or a reconnect, as the sync's are."""
        await self._ensure_ready()
        return await self._call(make)

    async def call(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request made by another ``tgclient`` module (invite links), with the sync's
        handling: a flood wait counted down in the status bar, a dropped connection retried."""
        return await self._call(make)

    async def _call(self, make: Callable[[], Awaitable[T]]) -> T:
        """One request (or a resumable run of them), repeated as the retry policy says."""
        attempts = Attempts()
        while True:
            try:
                return await make()
            except TelegramError as error:
                attempts = await self._recover(error, attempts)

    async def _recover(self, error: TelegramError, attempts: Attempts) -> Attempts:
        """Carry out the policy's decision about ``error``: returns once the request may be
        repeated (with the history so far), raises ``error`` when it is given up."""
        policy = self.retry_policy
        previous = self.state
        while True:
            decision = policy.decide(error, attempts)
            attempts = attempts.after(decision)
            if isinstance(decision, Wait):
                await self._wait_flood(decision.seconds)
                return attempts
            if isinstance(decision, Retry):
                await self._sleep(decision.delay)
                return attempts
            if isinstance(decision, Reconnect):
                try:
                    await self._reconnect_once(decision.delay)
                except ConnectionFailed as failed:
                    error = failed
                    continue
                self._set_state(previous)
                return attempts.connected()
            if isinstance(error, NotAuthorized):
                self.account = None
                self._set_state(State.SIGNED_OUT)
            elif isinstance(error, ConnectionFailed):
                self._connected = False
                self._set_state(State.OFFLINE)
            raise error

    async def _wait_flood(self, seconds: int) -> None:
        """Count down a flood wait (the status bar shows it), then let the caller resume."""
        previous = self.state
        self._set_state(State.FLOOD_WAIT)
        for left in range(max(int(seconds), 1), 0, -1):
            self.flood_wait.emit(left)
            await self._sleep(1)
        self.flood_wait.emit(0)
        self._set_state(previous if previous != State.FLOOD_WAIT else State.SYNCING)

    async def _reconnect_once(self, delay: float) -> None:
        """Pause, then connect again; raises :class:`ConnectionFailed` if it does not work."""
        self._connected = False
        gateway = self._get_gateway()
        self._set_state(State.OFFLINE)
        await self._sleep(delay)
        self._set_state(State.CONNECTING)
        await gateway.disconnect()
        await gateway.connect()
        self._connected = True
