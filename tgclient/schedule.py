"""The Telegram service's scheduled refresh of the tracked channels while the app is open."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace

from tgclient.state import State


class ScheduleMethods:
    """The refresh interval and its task, for :class:`tgclient.service.TelegramService`."""

    def set_refresh_interval(self, seconds: float | None) -> None:
        """Change the scheduled refresh (None: off); a running schedule restarts with it."""
        self.settings = replace(self.settings, refresh_interval=seconds)
        self.stop_schedule()
        if self.signed_in:
            self.start_schedule()

    @property
    def schedule_active(self) -> bool:
        """Whether the scheduled refresh is running (signed in, interval not off)."""
        return self._schedule_task is not None and not self._schedule_task.done()

    def start_schedule(self) -> None:
        """Refresh the tracked channels every ``refresh_interval`` while the app is open."""
        if self.settings.refresh_interval is None:
            return
        if self._schedule_task is None or self._schedule_task.done():
            with contextlib.suppress(RuntimeError):
                loop = asyncio.get_running_loop()
                self._schedule_task = loop.create_task(self._scheduled_refresh())

    def stop_schedule(self) -> None:
        if self._schedule_task is not None:
            self._schedule_task.cancel()
            self._schedule_task = None

    async def _scheduled_refresh(self) -> None:
        # OFFLINE is retried: the round reconnects once the network is back
        while self.settings.refresh_interval is not None:
            await asyncio.sleep(self.settings.refresh_interval)
            if self.state in (State.READY, State.OFFLINE) and not self.busy:
                # wait() instead of awaiting the task: cancelling this round (the status
                # bar's Cancel) must not end the schedule
                await asyncio.wait([self.start_sync()])
