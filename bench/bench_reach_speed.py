"""Benchmark: reach and quality maths against reading the same data (a script, not a test).

Run: ``.venv/bin/python bench/bench_reach_speed.py [--posts 10000] [--readings 20] [--repeat 3]``

Builds one channel of ``--posts`` posts over 30 days, each read ``--readings`` times at
log-spread ages (views growing as the typical curve; as Telegram's counters, they never go down,
except on one post in a hundred with readings out of order), 5 % of them ads, in a real
SQLite file through the app's storage (``HistoryRepository.upsert_posts`` and
``add_snapshot_rows``), then prints, side by side in one run (best of ``--repeat``):

1. raw ``sqlite3``: every view reading of the channel's posts fetched as tuples;
2. the app's read: the channel's readings as columns (``ReachService.readings``) turned into
   one cleaned ``ReadingTable``, plus the subscriber history; and, for comparison, the
   row-by-row read the app used before (``HistoryRepository.post_histories`` turned into
   ``PostSnapshots`` / ``PostStats``);
3. the maths: ``channel_reach`` at 24 h and ``assess_channel``, before (the pure-Python
   implementation kept as ``tests/reference_*.py``, on ``PostSnapshots`` / ``PostStats``) and
   now (``pricing``, on the table), and the fitted curve alone;
4. each figure as a multiple of the raw read (target: reach + quality now ≤ 1.0×), by the
   clock and by processor time (``time.process_time``: less moved by other programs on a busy
   machine, which slow the database read more than the array maths).

It also checks the two implementations agree on the figures shown (mean, median, method, risk,
every signal's value and whether it fired), and that the table and the lists of posts give the
same figures now.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import reference_quality  # noqa: E402
import reference_reach  # noqa: E402

from application.reach import HISTORY_DAYS, ReachService  # noqa: E402
from pricing import assess_channel, channel_reach, fit_accumulation_curve  # noqa: E402
from pricing.reach import DEFAULT_CURVE, PostSnapshots, PostStats, fit_table_curve  # noqa: E402
from storage import Storage, open_database  # noqa: E402
from storage.models import ViewSnapshot  # noqa: E402
from storage.records import PostData, PostHistory  # noqa: E402

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def post_snapshots(history: PostHistory) -> PostSnapshots:
    """A stored post as objects, the way the app read it before the columnar read."""
    return PostSnapshots(
        posted_at=history.posted_at,
        snapshots=tuple((s.taken_at, s.views) for s in history.snapshots),
        is_ad=bool(history.is_ad),
        grouped_id=history.grouped_id,
        text=history.text,
    )


def post_stats(history: PostHistory) -> PostStats | None:
    """A stored post as the quality signals took it before the columnar read."""
    latest = history.latest
    if latest is None:
        return None
    return PostStats(
        posted_at=history.posted_at,
        views=latest.views,
        forwards=max((s.forwards for s in history.snapshots), default=0),
        reactions=max((s.reactions for s in history.snapshots), default=0),
        snapshots=tuple((max(a, 0.0), v) for a, v in history.ages_and_views()),
        is_ad=bool(history.is_ad),
        grouped_id=history.grouped_id,
        text=history.text,
    )


def build(path: Path, n_posts: int, n_readings: int, seed: int = 12) -> tuple[Storage, int]:
    """A channel with ``n_posts`` posts over 30 days, each with ``n_readings`` view readings."""
    rng = random.Random(seed)
    storage = Storage(open_database(path))
    channel = storage.channels.get_or_create("@bench_reach")
    step = 30 * 24 / n_posts
    posts = []
    for i in range(n_posts):
        age = 0.5 + i * step
        text = "#реклама partner" if rng.random() < 0.05 else f"post {i}"
        posts.append(PostData(i + 1, NOW - timedelta(hours=age), text=text))
    ids = storage.history.upsert_posts(channel.id, posts)
    rows = []
    for post in posts:
        age_now = (NOW - post.posted_at).total_seconds() / 3600
        appeal = math.exp(rng.gauss(0, 0.5)) * 5000
        # Readings at log-spread ages from 15 minutes to the post's age now.
        ages = sorted(
            math.exp(rng.uniform(math.log(0.25), math.log(max(age_now, 0.3))))
            for _ in range(n_readings - 1)
        )
        ages.append(age_now)
        # Telegram's counters only grow; one post in a hundred has a reading out of order.
        glitch = rng.random() < 0.01
        for age in ages:
            views = int(appeal * DEFAULT_CURVE.fraction(age))
            if glitch:
                views = int(views * rng.uniform(0.9, 1.1))
            taken = post.posted_at + timedelta(hours=age)
            rows.append((ids[post.message_id], taken, views, views // 200, 0, views // 100))
    storage.history.add_snapshot_rows(rows)
    for day in range(30):
        storage.history.add_subscriber_count(
            channel.id, NOW - timedelta(days=30 - day), 20_000 + 30 * day
        )
    return storage, channel.id


#: Processor seconds of each measurement by label (best of the repeats), printed beside the clock.
CPU: dict[str, float] = {}


def best(fn, repeat: int, label: str = "") -> tuple[float, object]:
    times, cpu, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU[label] = min(cpu)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--readings", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reach.sqlite3"
        start = time.perf_counter()
        storage, channel_id = build(path, args.posts, args.readings)
        print(
            f"{args.posts} posts × {args.readings} readings stored in "
            f"{time.perf_counter() - start:.1f} s"
        )
        table = ViewSnapshot._meta.table_name

        def raw_read():
            connection = sqlite3.connect(path)
            try:
                return connection.execute(
                    f"SELECT post_id, taken_at, views, forwards, replies, reactions FROM {table}"
                ).fetchall()
            finally:
                connection.close()

        service = ReachService(storage)
        subscribers = storage.channels.get(channel_id).subscribers

        def app_read():
            table = service.readings(channel_id).table()
            return table, storage.history.subscriber_history(channel_id)

        def row_read():
            since = storage.history.last_refresh(channel_id) - timedelta(days=HISTORY_DAYS)
            histories = storage.history.post_histories(channel_id, since=since)
            snapshots = [post_snapshots(h) for h in histories if h.snapshots]
            stats = [s for s in (post_stats(h) for h in histories) if s is not None]
            return snapshots, stats

        raw_time, raw_rows = best(raw_read, args.repeat, "raw")
        app_time, (table, history) = best(app_read, args.repeat, "app")
        row_time, (snapshots, stats) = best(row_read, 1, "row")

        ref_snapshots = [
            reference_reach.PostSnapshots(s.posted_at, s.snapshots, s.is_ad, s.grouped_id, s.text)
            for s in snapshots
        ]
        ref_stats = [
            reference_reach.PostStats(
                s.posted_at,
                s.views,
                s.forwards,
                s.reactions,
                s.snapshots,
                s.is_ad,
                s.grouped_id,
                s.text,
            )
            for s in stats
        ]

        def before():
            reach = reference_reach.channel_reach(ref_snapshots, 24)
            return reach, reference_quality.assess_channel(subscribers, ref_stats, history)

        def after():
            table._ads.clear()  # ads and fit rows worked out anew each time: part of the maths
            table._rows.clear()
            return channel_reach(table, 24), assess_channel(subscribers, table, history)

        ages = [s.age_snapshots() for s in snapshots]
        fit_before, _ = best(lambda: reference_reach.fit_accumulation_curve(ages), 1, "fit_before")
        fit_lists, _ = best(lambda: fit_accumulation_curve(ages), args.repeat, "fit_lists")
        fit_after, _ = best(lambda: fit_table_curve(table), args.repeat, "fit_after")
        before_time, (old_reach, old_quality) = best(before, 1, "before")
        after_time, (new_reach, new_quality) = best(after, args.repeat, "after")
        list_reach = channel_reach(snapshots, 24)
        list_quality = assess_channel(subscribers, stats, history)

    print(f"{len(raw_rows)} view readings\n")
    print(f"{'':46}{'seconds':>9}{'× raw read':>12}{'CPU s':>9}{'× raw CPU':>11}")
    lines = [
        ("raw sqlite3 read", raw_time, "raw"),
        ("app read (columns → ReadingTable)", app_time, "app"),
        ("row read (histories → PostSnapshots/Stats)", row_time, "row"),
        ("curve fit alone, before", fit_before, "fit_before"),
        ("curve fit alone, now, from lists of pairs", fit_lists, "fit_lists"),
        ("curve fit alone, now, on the table", fit_after, "fit_after"),
        ("reach 24 h + quality, before", before_time, "before"),
        ("reach 24 h + quality, now", after_time, "after"),
    ]
    for label, seconds, key in lines:
        print(
            f"{label:46}{seconds:9.3f}{seconds / raw_time:11.2f}×"
            f"{CPU[key]:9.3f}{CPU[key] / CPU['raw']:10.2f}×"
        )
    print(f"\nspeed-up of reach + quality: {before_time / after_time:.1f}×")
    target = "MET" if after_time <= raw_time else "NOT MET"
    print(
        f"Target: reach + quality ≤ 1.0× the raw read: {after_time / raw_time:.2f}× -> {target} "
        f"(processor time: {CPU['after'] / CPU['raw']:.2f}×)"
    )
    # Signals added after the reference was kept are compared between the two inputs only.
    before_signals = {s.key: s for s in old_quality.signals}
    same = (
        (old_reach.mean, old_reach.median, old_reach.method, old_reach.n_posts)
        == (new_reach.mean, new_reach.median, new_reach.method, new_reach.n_posts)
        and old_quality.risk == new_quality.risk
        and all(
            _same_signal(before_signals[s.key], s)
            for s in new_quality.signals
            if s.key in before_signals
        )
    )
    print(
        f"before and now agree: {'yes' if same else 'NO'} (reach {new_reach.mean} "
        f"{new_reach.method}, risk {new_quality.risk}, "
        f"{len(before_signals)} signals compared: fired, values)"
    )
    same_inputs = (
        _reach_figures(list_reach) == _reach_figures(new_reach)
        and all(
            math.isclose(a, b, rel_tol=1e-9)
            for a, b in zip(list_reach.curve.fractions, new_reach.curve.fractions, strict=True)
        )
        and list_quality.risk == new_quality.risk
        and len(list_quality.signals) == len(new_quality.signals)
        and all(
            _same_signal(a, b)
            for a, b in zip(list_quality.signals, new_quality.signals, strict=True)
        )
    )
    print(
        "now, from PostSnapshots/PostStats and from the table, agree: "
        f"{'yes' if same_inputs else 'NO'} ({len(new_quality.signals)} signals)"
    )


def _reach_figures(reach) -> tuple:
    return (
        reach.mean,
        reach.median,
        reach.n_posts,
        reach.method,
        reach.confidence,
        reach.n_from_curve,
        reach.excluded_ads,
        reach.excluded_young,
    )


def _same_signal(a, b) -> bool:
    values = (a.value, b.value)
    close = values[0] is values[1] or (
        None not in values and math.isclose(values[0], values[1], rel_tol=1e-9, abs_tol=1e-12)
    )
    return (a.key, a.fired, a.decisive, a.severity) == (
        b.key,
        b.fired,
        b.decisive,
        b.severity,
    ) and close


if __name__ == "__main__":
    main()
