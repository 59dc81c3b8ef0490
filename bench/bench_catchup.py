"""Benchmark: what a catch-up costs in Telegram requests, interrupted or not.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_catchup.py``

Against the in-memory fake Telegram (real TL objects, Telethon's own ``iter_messages``), writing to
a real SQLite file, it prints the history / views requests of:

1. a refresh with nothing new (1,000 posts stored, 30-day views window);
2. the catch-up of 350 new posts (35 albums: 420 messages) after a complete sync;
3. the same catch-up stopped at each history request in turn (cancel, or a crash and restart)
   and then refreshed: the requests of both refreshes together, and whether every post is
   stored exactly once;
4. 200 days offline with 8,000 new posts, settings 3,000 posts / 90 days.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fake_telegram import NOW, FakeTelegramClient, fake_service  # noqa: E402

from storage import Storage, open_database  # noqa: E402
from storage.models import Post  # noqa: E402
from tgclient.service import SyncSettings  # noqa: E402

HISTORY = "GetHistoryRequest"
VIEWS = "GetMessagesViewsRequest"


class Clock:
    def __init__(self, now):
        self.now = now
        self._ticks = itertools.count()

    def __call__(self):
        return self.now + timedelta(seconds=next(self._ticks))


class Run:
    def __init__(self, path: Path, settings: SyncSettings, clock_at=NOW + timedelta(minutes=5)):
        self.path = path
        self.settings = settings
        self.clock = Clock(clock_at)
        self.client = FakeTelegramClient(authorized=True)
        self.storage = Storage(open_database(path))
        self.service = fake_service(self.storage, self.client, settings, clock=self.clock)
        self.channel = self.client.add_channel("bench", "Bench", admin=True)

        async def choose():
            [info] = await self.service.admin_channels()
            return self.service.choose_own_channel(info)

        self.own = asyncio.run(choose())

    def restart(self) -> None:
        self.storage.db.close()
        self.storage = Storage(open_database(self.path))
        self.service = fake_service(self.storage, self.client, self.settings, clock=self.clock)

    def sync(self):
        return asyncio.run(self.service.sync_channel(self.own.id))

    def counts(self) -> tuple[int, int]:
        return self.client.requests[HISTORY], self.client.requests[VIEWS]

    def exactly_once(self) -> bool:
        firsts: dict = {}
        for message in self.channel.posts:
            key = message.grouped_id or ("single", message.id)
            firsts[key] = min(firsts.get(key, message.id), message.id)
        stored = [m for (m,) in Post.select(Post.message_id).tuples()]
        return sorted(stored) == sorted(firsts.values())

    def close(self) -> None:
        self.storage.db.close()


def delta(before, after) -> str:
    return f"{after[0] - before[0]} history, {after[1] - before[1]} views"


def nothing_new(folder: Path) -> None:
    settings = SyncSettings(history_days=90, max_posts=3000, views_window_days=30)
    run = Run(folder / "idle.sqlite3", settings)
    run.channel.add_posts(1000, spacing=timedelta(hours=2))
    run.sync()
    before = run.counts()
    run.sync()
    figures = delta(before, run.counts())
    print(f"1. refresh with nothing new (1,000 posts, 30-day views window): {figures}")
    run.close()


def busy_days(run: Run) -> None:
    run.channel.add_posts(120, albums=True, newest_at=NOW - timedelta(days=3))
    run.sync()
    run.channel.add_posts(350, albums=True, newest_at=NOW, spacing=timedelta(minutes=12))


def catch_up(folder: Path) -> int:
    run = Run(
        folder / "catchup.sqlite3",
        SyncSettings(history_days=None, max_posts=None, views_window_days=None),
    )
    busy_days(run)
    before = run.counts()
    run.sync()
    history = run.counts()[0] - before[0]
    print(
        f"2. catch-up of 350 new posts (420 messages): {delta(before, run.counts())}; "
        f"each post once: {run.exactly_once()}"
    )
    run.close()
    return history


def interrupted(folder: Path, pages: int) -> None:
    settings = SyncSettings(history_days=None, max_posts=None, views_window_days=None)
    print("3. the same catch-up stopped at history request k, then refreshed:")
    for kind in ("cancel", "crash"):
        for k in range(1, pages + 1):
            run = Run(folder / f"{kind}-{k}.sqlite3", settings)
            busy_days(run)
            before = run.counts()
            error = asyncio.CancelledError() if kind == "cancel" else RuntimeError("power cut")
            run.client.fail(HISTORY, error, at_call=before[0] + k)
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                run.sync()
            if kind == "crash":
                run.restart()
            run.sync()
            print(
                f"   {kind:6} at k={k}: {delta(before, run.counts())} in both refreshes; "
                f"each post once: {run.exactly_once()}"
            )
            run.close()


def long_absence(folder: Path) -> None:
    settings = SyncSettings(history_days=90, max_posts=3000, views_window_days=30)
    run = Run(folder / "absence.sqlite3", settings, clock_at=NOW - timedelta(days=200))
    run.channel.add_posts(500, newest_at=NOW - timedelta(days=200))
    run.sync()
    run.clock.now = NOW + timedelta(minutes=5)
    run.channel.add_posts(8000, newest_at=NOW, spacing=timedelta(minutes=36))
    before = run.counts()
    stored_before = Post.select().count()
    report = run.sync()
    print(
        f"4. 200 days offline, 8,000 new posts, settings 3,000 posts / 90 days: "
        f"{delta(before, run.counts())}; {Post.select().count() - stored_before:,} posts stored; "
        f"left out: up to {report.skipped_ids:,} ({report.skip_reason})"
    )
    before = run.counts()
    run.sync()
    print(f"   the refresh after it: {delta(before, run.counts())}")
    run.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="channelrate-catchup-") as tmp:
        folder = Path(tmp)
        nothing_new(folder)
        pages = catch_up(folder)
        interrupted(folder, pages)
        long_absence(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
