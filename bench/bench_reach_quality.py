"""Benchmark of reach estimation and quality signals on synthetic channels (a script, not a test).

Run: ``.venv/bin/python bench/bench_reach_quality.py [seed]``. The channels come from
``pricing.synthetic`` (its docstring describes the generator). Targets (issue 5):

* 24 h reach from snapshots taken at random ages between 1 h and 7 days is within ±10 % of the
  truth for at least 90 % of posts. Set-up: every non-album post at least 7 days old gets 2–6
  snapshots at ages uniform in [1 h, 168 h], with counting noise; the channel's curve is fitted on
  those snapshots (as the app does), then each post is estimated with it.
* botted channels are flagged "high" in at least 90 % of cases, organic ones in at most 5 %.
  Set-up: a month of the app's own syncs (1–4 a day) and daily subscriber counts.

Other figures (no target) show the harder cases: a single snapshot per post, ages log-uniform
(more early snapshots), the default curve instead of the fitted one, straight-line interpolation,
and the buyer's one-off fetch (no snapshots, no subscriber history).
"""

from __future__ import annotations

import math
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pricing import assess_channel, estimate_reach, fit_accumulation_curve
from pricing.synthetic import generate_channels


def _observed_posts(channel):
    """Posts a week old or more, one per album."""
    return [
        p
        for p in channel.posts
        if (p.grouped_id is None or p.text)
        and (channel.observed_at - p.posted_at).total_seconds() >= 7 * 86400
    ]


def _uniform_ages(rng, k):
    return [rng.uniform(1, 168) for _ in range(k)]


def _loguniform_ages(rng, k):
    return [math.exp(rng.uniform(0, math.log(168))) for _ in range(k)]


def reach_trial(channels, rng, counts, ages_of, hours=24, fitted=True, linear=False):
    """Relative errors and methods of the estimates, one per post."""
    results = []
    for channel in channels:
        posts = _observed_posts(channel)
        observations = [p.observe(ages_of(rng, rng.choice(counts)), rng) for p in posts]
        curve = fit_accumulation_curve(observations) if fitted else None
        for post, snapshots in zip(posts, observations, strict=True):
            truth = post.true_reach(hours)
            if truth < 20:
                continue
            estimate = estimate_reach(snapshots, hours, curve)
            views = estimate.views
            if linear and estimate.method == "interpolated":
                (a1, v1), (a2, v2) = _bracket(snapshots, hours)
                views = v1 + (hours - a1) / (a2 - a1) * (v2 - v1)
            results.append((views / truth - 1, estimate.method, channel.kind))
    return results


def _bracket(snapshots, hours):
    ordered = sorted(snapshots)
    below = [s for s in ordered if s[0] < hours]
    above = [s for s in ordered if s[0] > hours]
    return below[-1], above[0]


def _within(results, limit=0.10):
    return sum(abs(e) <= limit for e, _, _ in results) / max(len(results), 1)


def _describe(results):
    errors = [abs(e) for e, _, _ in results]
    return (
        f"{len(results):6d} posts  within ±10 %: {_within(results) * 100:5.1f} %  "
        f"median |error| {statistics.median(errors) * 100:4.1f} %  "
        f"mean error {statistics.fmean(e for e, _, _ in results) * 100:+5.1f} %"
    )


def main(seed: int = 2025) -> bool:
    started = time.perf_counter()
    rng = random.Random(seed)
    channels = generate_channels(seed, 40)
    print(f"Reach at 24 h: {len(channels)} synthetic channels (40 fast, 40 slow, 40 botted)")

    headline = reach_trial(channels, rng, range(2, 7), _uniform_ages)
    print(f"  2–6 snapshots, ages uniform 1–168 h, fitted curve: {_describe(headline)}")
    by_method = defaultdict(list)
    by_kind = defaultdict(list)
    for row in headline:
        by_method[row[1]].append(row)
        by_kind[row[2]].append(row)
    for method, rows in sorted(by_method.items()):
        print(f"      {method:<14} {_describe(rows)}")
    for kind, rows in sorted(by_kind.items()):
        print(f"      {kind:<14} {_describe(rows)}")
    reach_ok = _within(headline) >= 0.90

    extra = {
        "48 h, same snapshots set-up": reach_trial(
            channels, rng, range(2, 7), _uniform_ages, hours=48
        ),
        "2–6 snapshots, default curve": reach_trial(
            channels, rng, range(2, 7), _uniform_ages, fitted=False
        ),
        "2–6 snapshots, straight-line interpolation": reach_trial(
            channels, rng, range(2, 7), _uniform_ages, linear=True
        ),
        "2–6 snapshots, ages log-uniform 1–168 h": reach_trial(
            channels, rng, range(2, 7), _loguniform_ages
        ),
        "1 snapshot, age uniform 1–168 h": reach_trial(channels, rng, [1], _uniform_ages),
        "1 snapshot, age log-uniform 1–168 h": reach_trial(channels, rng, [1], _loguniform_ages),
    }
    print("  Other set-ups (no target):")
    for name, rows in extra.items():
        print(f"    {name:<44} {_describe(rows)}")
    print("  More snapshots per post (uniform ages, fitted curve):")
    for k in (1, 2, 3, 4, 6, 8):
        rows = reach_trial(channels, rng, [k], _uniform_ages)
        print(f"    {k} snapshot(s): {_describe(rows)}")

    quality_channels = generate_channels(seed + 1, 150)
    print(f"\nQuality: {len(quality_channels)} synthetic channels (150 of each kind)")
    risks: dict[str, Counter] = defaultdict(Counter)
    fired: dict[str, Counter] = defaultdict(Counter)
    one_off: dict[str, Counter] = defaultdict(Counter)
    for channel in quality_channels:
        group = "botted" if channel.is_botted else "organic"
        report = assess_channel(
            channel.subscribers,
            channel.post_stats(),
            channel.subscriber_history,
            now=channel.observed_at,
        )
        risks[group][report.risk] += 1
        for signal in report.fired:
            fired[group][signal.key] += 1
        fetched = assess_channel(
            channel.subscribers, channel.post_stats(with_snapshots=False), now=channel.observed_at
        )
        one_off[group][fetched.risk] += 1
    botted_high = risks["botted"]["high"] / sum(risks["botted"].values())
    organic_high = risks["organic"]["high"] / sum(risks["organic"].values())
    for group in ("botted", "organic"):
        total = sum(risks[group].values())
        shares = ", ".join(f"{r} {risks[group][r] / total * 100:.1f} %" for r in RISKS)
        signals = ", ".join(f"{k} {v}" for k, v in fired[group].most_common())
        print(f"  {group:<8} ({total}): {shares}")
        print(f"           signals fired: {signals}")
    print("  One-off fetch (no snapshots, no subscriber history; no target):")
    for group in ("botted", "organic"):
        total = sum(one_off[group].values())
        shares = ", ".join(f"{r} {one_off[group][r] / total * 100:.1f} %" for r in RISKS)
        print(f"    {group:<8} {shares}")
    quality_ok = botted_high >= 0.90 and organic_high <= 0.05

    print("\nTargets:")
    print(
        f"  24 h reach within ±10 % for ≥ 90 % of posts: {_within(headline) * 100:.1f} % "
        f"-> {'MET' if reach_ok else 'NOT MET'}"
    )
    print(
        f"  botted flagged high ≥ 90 %: {botted_high * 100:.1f} %; organic flagged high ≤ 5 %: "
        f"{organic_high * 100:.1f} % -> {'MET' if quality_ok else 'NOT MET'}"
    )
    print(f"({time.perf_counter() - started:.0f} s)")
    return reach_ok and quality_ok


RISKS = ("high", "medium", "low")

if __name__ == "__main__":
    sys.exit(0 if main(int(sys.argv[1]) if len(sys.argv) > 1 else 2025) else 1)
