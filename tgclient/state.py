"""The Telegram service's settings, states and reports, and the Qt-free listeners carrying them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tgclient.retry_policy import DEFAULT_RECONNECT_DELAYS


@dataclass(frozen=True)
class SyncSettings:
    # scheduled refresh while the app is open, in seconds; None: no scheduled refresh
    refresh_interval: float | None = 2 * 3600
    # the history window of every refresh: posts this young, and a channel's newest this many
    history_days: int | None = 90
    max_posts: int | None = 3000
    views_window_days: int | None = 30  # known posts this young get a fresh view reading
    # newest history pages re-read at every refresh: new posts, and the reactions, forwards,
    # edits and deletions of recent ones (a views request carries no reactions)
    recent_pages: int = 1
    connect_timeout: float = 15.0
    flood_sleep_threshold: int = 5  # shorter waits are slept silently by Telethon
    reconnect_delays: tuple[float, ...] = DEFAULT_RECONNECT_DELAYS


class State(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no API id / hash yet
    SIGNED_OUT = "signed_out"  # configured, no (valid) session
    CONNECTING = "connecting"
    OFFLINE = "offline"  # Telegram unreachable; stored data still works
    READY = "ready"  # signed in and idle
    SYNCING = "syncing"
    FLOOD_WAIT = "flood_wait"


class Phase(StrEnum):
    SUBSCRIBERS = "subscribers"
    POSTS = "posts"
    VIEWS = "views"


@dataclass(frozen=True)
class Progress:
    channel: str
    phase: Phase
    done: int
    total: int | None  # None: not known yet


@dataclass
class SyncReport:
    channel_id: int
    channel: str
    new_posts: int = 0
    view_readings: int = 0
    subscribers: int | None = None
    cancelled: bool = False
    deleted: int = 0  # posts found deleted on Telegram (no longer asked for)
    # message ids between the window's edge and older stored posts that were left out (an upper
    # bound on the posts: service messages and deleted posts have ids too); why: "date"/"limit"
    skipped_ids: int = 0
    skip_reason: str | None = None


class Listeners:
    """A list of callbacks: the Qt-free stand-in for a signal."""

    def __init__(self) -> None:
        self._callbacks: list[Callable] = []

    def connect(self, callback: Callable) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable) -> None:
        with contextlib.suppress(ValueError):
            self._callbacks.remove(callback)

    def emit(self, *args) -> None:
        for callback in list(self._callbacks):
            callback(*args)
