"""Benchmark of reach estimation and quality signals on synthetic channels (a script, not a test).

Run: ``.venv/bin/python bench/bench_reach_quality.py [seed] [--quality-only] [--sets=2032,2033]``
(``--sets``: only the quality sets of those seeds, so sets can run side by side). The channels
come from ``pricing.synthetic`` (its docstring describes the generator); the quality sets also
from ``pricing.synthetic_independent``, ``pricing.synthetic_holdout`` and
``pricing.synthetic_blind`` (each module's docstring describes its generator in full). In short:

* ``pricing.synthetic`` – a subscriber wave plus a stretched-exponential tail, one daily rhythm,
  Poisson posting; bots buy 60–95 % of the views, within an hour or over 2–6 hours.
* ``pricing.synthetic_independent`` – log-logistic and power-law curves, bursty posting with a
  weekday rhythm, viral posts and ad campaigns; bots buy 30–90 %, instantly or over 1–6 hours.
* ``pricing.synthetic_holdout`` – Weibull curves with a month-long repost tail, seasonal audiences,
  engagement rising a little with appeal; bots drip over 12–36 h, scale the package to each post,
  or deliver a fixed package in 0.5–3 h, 20–85 % of the views.
* ``pricing.synthetic_blind`` – niches with weekly rhythms, a reader clock and time zones, three
  curve families on reader exposure, late cascades, feed burial, deleted ads, bought subscribers;
  bots buy 30–95 % delivered evenly, front-loaded, instantly, mimicking a tail or by hand; 150
  organic and 150 botted channels per seed (the other generators: 300 organic, 150 botted).
* ``pricing.synthetic_blind2`` – channel formats (news, memes, longreads, mixed) with their own
  pace and content mix, audiences on another clock, silent spells, a Lomax reader mixture on
  exposure with feed burial, an evergreen trickle, reposts by bigger channels, engagement rising
  with appeal faster than views; bots on all posts, most posts or ads only, 1–3 sellers with
  instant, linear, mimicking or staged delivery, fixed, top-up or proportional packages, bought
  reactions and subscribers; 150 organic and 150 botted channels per seed.
* ``pricing.synthetic_blind3`` – eight kinds of honest channel (tiny niche, author blog, big
  news streaming 12–40 posts a day, evergreen how-to with search traffic, catalogue-folder
  inflows of readers who barely read, ad-grown, viral with views of forwarded copies, aggregator)
  on a readers' clock in six time zones; a mixture of log-logistic, Weibull and Lomax curves on
  reader activity, pinned posts, deleted and re-posted posts, ads deleted after 24–72 h; bots as
  auto-views on every post, rounded packages, some days only, top-ups to a floor, curves that
  imitate readers, night batches, ads only, or a dead audience (85–97 % bought), plus bought
  subscribers and reactions; 150 organic and 150 botted channels per seed.
* ``pricing.synthetic_blind4`` – views made by readers rather than by a curve: notified readers
  who read within minutes (in the morning for a night post), muted readers who open the app in
  sessions and read a backlog, so a burst of posts is read together; audiences in up to four
  countries, holidays and summer; a power-law tail from forwards and search, embeds on websites,
  rare viral posts; seven kinds of honest channel (news, author blog, niche expert, memes, city,
  deals, brand); bots instant, "smart" over 1–6 h, geo-targeted on Moscow's clock, copying an
  organic curve over 1–3 days, on some days only, ads first, or topping up posts that
  underperform, packages from a price list, bought reactions, forwards and subscribers; 150
  organic and 150 botted channels per seed.
* ``pricing.synthetic_blind5`` – eight kinds of honest channel (crypto signals, regional news,
  education, humour, shops, personal blogs, official organisations, tech digests), 300 to 2M
  subscribers, five daily reading patterns; a quick subscriber wave, a tail growing for weeks,
  "similar channels" recommendations 6–48 h later, reposts into chats and stories, viral posts,
  giveaways and polls; bots as flat price-list packages instantly or over 1–6 h, drips shaped
  like a reader curve (15–70 %), partial buying of 30–50 %, top-ups to a target ordered by hand,
  selective buying (ads and weak posts), farms delivering in waves, or bought subscribers with
  packages; 150 organic and 150 botted channels per seed.

With the default seed 2025 each set is marked:

* *development* (the thresholds were set while its figures were seen): ``pricing.synthetic``
  seed 2026, ``pricing.synthetic_independent`` seeds 2027 and 2028, ``pricing.synthetic_holdout``
  seed 2029, ``pricing.synthetic_blind`` seeds 2030 and 2031, ``pricing.synthetic_blind2`` seeds
  2032 and 2033, ``pricing.synthetic_blind3`` seeds 2034 and 2035,
  ``pricing.synthetic_blind4`` seeds 2036 and 2037 – every set here. 2028 and 2029
  were held out in an earlier round, 2030 and 2031 were blind in the round after
  (``engagement_slope``, ``early_flat`` and ``subscriber_jumps`` were reworked because they fired
  on honest channels there), and 2032 and 2033 were blind in the round after that: written by
  someone who had not seen the detector, run once after the freeze of 1766e01 and failing every
  target (tracked botted "high" / organic "high"; one fetch botted "high" / "medium" or worse,
  organic "high" / "medium" or worse: 2032 44.7 / 46.0 %; 40.7 / 56.7 %, 46.7 / 74.0 %. 2033
  35.3 / 48.0 %; 34.0 / 46.0 %, 48.7 / 78.0 %). ``engagement_slope`` fired on 105–112 of their
  150 organic channels, whose engagement per view rises with appeal faster than the allowance of
  0.5; with all eight sets seen, the allowance was raised to 1.5 and the far-past level to 2.5,
  and everything was frozen again in commit 34634df ("Thresholds frozen: ..."). 2034 and 2035
  were then blind: run once against 34634df, they met every organic target and no botted one
  (same order: 2034 56.0 / 2.7 %; 52.0 / 59.3 %, 2.0 / 8.7 %. 2035 43.3 / 2.7 %; 42.0 / 52.7 %,
  1.3 / 9.3 %); their channels that bought views on some days only were "high" in 0–6 % from one
  fetch. With all ten sets seen, ``day_jumps`` was added (views per post 2× or more on days that
  come and go while the engagement per view of those days falls below half of the other days';
  far past below 0.4; it fires on no organic channel of any set), nothing else changed, and
  everything was frozen again in commit a87a2fc ("Thresholds frozen: ...") before the fourth
  blind generator was run. Figures after that change, same order: 2026 98.0 / 0.0 %; 92.7 /
  98.0 %, 0.0 / 1.3 %. 2027 74.0 / 0.7 %; 60.0 / 71.3 %, 0.3 / 0.7 %. 2028 63.3 / 0.3 %; 54.0 /
  65.3 %, 0.0 / 2.3 %. 2029 34.0 / 0.0 %; 28.0 / 44.7 %, 0.0 / 1.7 %. 2030 42.7 / 2.7 %; 30.7 /
  44.0 %, 0.7 / 2.0 %. 2031 48.0 / 2.7 %; 30.0 / 46.7 %, 0.0 / 0.7 %. 2032 34.7 / 0.7 %; 31.3 /
  38.0 %, 0.7 / 4.0 %. 2033 26.7 / 1.3 %; 24.0 / 29.3 %, 0.7 / 5.3 %. 2034 62.0 / 2.7 %; 58.7 /
  66.0 %, 2.0 / 8.7 %. 2035 44.0 / 2.7 %; 42.7 / 54.7 %, 1.3 / 9.3 %. Every organic target is met
  on every set; the botted targets only on 2026 (see README, "How the vetting was checked").
  2036 and 2037 were then blind: written by someone who had not seen the detector and run once
  against a87a2fc (same order: 2036 61.3 / 4.7 %; 60.0 / 68.0 %, 4.7 / 16.0 %. 2037 57.3 /
  4.7 %; 54.7 / 62.7 %, 6.0 / 18.0 %: organic "medium" or worse over its limit, from
  ``engagement_slope`` and ``views_cv`` on slow-posting author blogs and niche experts). With all
  twelve sets seen, ``views_cv`` and ``engagement_slope`` only just past their thresholds (within
  one standard error of the spread, 1.5 of the slope) count as weak signs, nothing else changed,
  and everything was frozen again in commit 288727d ("Thresholds frozen: ..."). Figures after
  it, same order: 2026 98.0 / 0.0 %; 92.0 / 96.0 %, 0.0 / 0.3 %. 2027 70.0 / 0.7 %; 58.7 /
  65.3 %, 0.3 / 0.3 %. 2028 62.0 / 0.3 %; 52.0 / 60.0 %, 0.0 / 0.3 %. 2029 32.7 / 0.0 %; 28.0 /
  40.0 %, 0.0 / 1.0 %. 2030 37.3 / 2.7 %; 29.3 / 39.3 %, 0.7 / 1.3 %. 2031 45.3 / 2.7 %; 28.7 /
  38.7 %, 0.0 / 0.0 %. 2032 34.7 / 0.7 %; 31.3 / 35.3 %, 0.7 / 2.0 %. 2033 26.7 / 1.3 %; 24.0 /
  26.7 %, 0.7 / 2.0 %. 2034 62.0 / 2.7 %; 57.3 / 62.0 %, 2.0 / 4.7 %. 2035 44.0 / 2.0 %; 42.7 /
  52.0 %, 1.3 / 6.0 %. 2036 58.7 / 4.0 %; 58.0 / 65.3 %, 3.3 / 7.3 %. 2037 57.3 / 4.0 %; 54.7 /
  58.7 %, 4.7 / 10.0 %. Every organic target is met on every set; the botted targets only on
  2026.
* *blind* (written by someone who had not seen the detector, after every threshold, signal and
  the risk rule were frozen, and run once): ``pricing.synthetic_blind5`` seeds 2038 and 2039,
  against the detector frozen in 288727d. A blind set keeps the role only while nothing in the
  detector changes after its figures were seen. Their figures, as first run (tracked botted
  "high" / organic "high"; one fetch botted "high" / "medium" or worse, organic "high" /
  "medium" or worse): 2038 46.7 / 1.3 %; 44.7 / 50.7 %, 0.7 / 0.7 %. 2039 52.7 / 0.7 %; 50.7 /
  56.0 %, 0.7 / 0.7 %. Every organic target met, no botted target (see README).

Targets:

* 24 h reach from snapshots taken at random ages between 1 h and 7 days is within ±10 % of the
  truth for at least 90 % of posts. Set-up: every non-album post at least 7 days old gets 2–6
  snapshots at ages uniform in [1 h, 168 h], with counting noise; the channel's curve is fitted on
  those snapshots (as the app does), then each post is estimated with it.
* Quality, on every set of channels, separately for **tracked** channels (a month of the app's
  own syncs, 1–4 a day, and daily subscriber counts) and **one fetch** (each post's views once, at
  its age when fetched, no subscriber history – what a buyer who pastes a link has):
  tracked: botted rated "high" ≥ 90 %, organic "high" ≤ 5 %;
  one fetch: botted "high" ≥ 75 % and "medium" or worse ≥ 85 %, organic "high" ≤ 5 % and
  "medium" or worse ≤ 10 %. 150 channels of each kind per set.

Other figures (no target) show the harder cases of reach: a single snapshot per post, ages
log-uniform (more early snapshots), the default curve instead of the fitted one, straight-line
interpolation.
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

from pricing import assess_channel, channel_reach, estimate_reach, fit_accumulation_curve
from pricing.synthetic import generate_channels
from pricing.synthetic_blind import generate_channels as blind_channels
from pricing.synthetic_blind2 import generate_channels as blind2_channels
from pricing.synthetic_blind3 import generate_channels as blind3_channels
from pricing.synthetic_blind4 import generate_channels as blind4_channels
from pricing.synthetic_blind5 import generate_channels as blind5_channels
from pricing.synthetic_holdout import generate_channels as holdout_channels
from pricing.synthetic_independent import generate_channels as independent_channels


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


def main(seed: int = 2025, quality_only: bool = False, only: frozenset[int] = frozenset()) -> bool:
    started = time.perf_counter()
    if quality_only:
        return quality(seed, only)
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
    print(
        f"  Target: 24 h reach within ±10 % for ≥ 90 % of posts: {_within(headline) * 100:.1f} % "
        f"-> {'MET' if reach_ok else 'NOT MET'}"
    )

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

    quality_ok = quality(seed)
    print(f"({time.perf_counter() - started:.0f} s)")
    return reach_ok and quality_ok


def one_fetch_channel_reach(channels) -> list[float]:
    """Relative errors of a channel's mean 24 h reach from one fetch (one reading per post)."""
    errors = []
    for channel in channels:
        now = channel.observed_at
        eligible = [
            p
            for p in channel.posts
            if 24 * 3600 <= (now - p.posted_at).total_seconds() <= 30 * 86400
            and not p.is_ad
            and (p.grouped_id is None or p.text)
        ]
        if not eligible:
            continue
        truth = statistics.fmean(p.true_reach_24h for p in eligible)
        fetched = channel_reach(
            channel.post_stats(with_snapshots=False, mark_ads=True), 24, now=now
        )
        errors.append(fetched.mean / truth - 1)
    return errors


def quality(seed: int, only: frozenset[int] = frozenset()) -> bool:
    """Risk levels on every set of :data:`QUALITY_SETS` (or those whose seed is in ``only``);
    whether all targets are met."""
    print("\nQuality (targets on every set, tracked and one fetch apart):")
    quality_ok = True
    summaries = []
    for name, generate, offset, role in QUALITY_SETS:
        quality_seed = seed + offset
        if only and quality_seed not in only:
            continue
        channels = generate(quality_seed, 150)
        print(
            f"  {name}, seed {quality_seed} [{role}]: {len(channels)} channels (150 of each kind)"
        )
        tallies = quality_trial(channels)
        errors = one_fetch_channel_reach(channels)
        within = sum(abs(e) <= 0.10 for e in errors) / len(errors)
        print(
            f"    channel's mean 24 h reach from one fetch (curve across posts; no target): "
            f"within ±10 % for {within * 100:.1f} % of channels, median |error| "
            f"{statistics.median(abs(e) for e in errors) * 100:.1f} %"
        )
        for mode in MODES:
            ok, lines = judge(tallies[mode], mode)
            quality_ok &= ok
            print(f"    {MODE_NAMES[mode]}:")
            for line in lines:
                print(f"      {line}")
            summaries.append((name, quality_seed, mode, ok, role))

    print("\nQuality targets:")
    for name, quality_seed, mode, ok, role in summaries:
        tag = "development" if role == DEVELOPMENT else "blind"
        print(f"  [{tag}] {name} (seed {quality_seed}), {mode}: {'MET' if ok else 'NOT MET'}")
    return quality_ok


RISKS = ("high", "medium", "low")
MODES = ("tracked", "one_fetch")
MODE_NAMES = {
    "tracked": "tracked (the app's syncs, 1–4 a day, and daily subscriber counts)",
    "one_fetch": "one fetch (one reading per post at its age, no subscriber history)",
}
# (share of channels rated at least this risk) must be ≥ for botted, ≤ for organic
TARGETS = {
    "tracked": {"botted": {"high": 0.90}, "organic": {"high": 0.05}},
    "one_fetch": {
        "botted": {"high": 0.75, "medium": 0.85},
        "organic": {"high": 0.05, "medium": 0.10},
    },
}
DEVELOPMENT = "development set: the thresholds were set with its figures seen"
BLIND = "blind: written after the thresholds were frozen, by someone who had not seen them"
QUALITY_SETS = [
    # (name, generate_channels(seed, n_per_kind), seed offset from the run's seed, role)
    ("tuning generator (pricing.synthetic)", generate_channels, 1, DEVELOPMENT),
    ("independent generator (pricing.synthetic_independent)", independent_channels, 2, DEVELOPMENT),
    ("independent generator, another seed", independent_channels, 3, DEVELOPMENT),
    ("holdout generator (pricing.synthetic_holdout)", holdout_channels, 4, DEVELOPMENT),
    ("blind generator (pricing.synthetic_blind)", blind_channels, 5, DEVELOPMENT),
    ("blind generator, another seed", blind_channels, 6, DEVELOPMENT),
    ("second blind generator (pricing.synthetic_blind2)", blind2_channels, 7, DEVELOPMENT),
    ("second blind generator, another seed", blind2_channels, 8, DEVELOPMENT),
    ("third blind generator (pricing.synthetic_blind3)", blind3_channels, 9, DEVELOPMENT),
    ("third blind generator, another seed", blind3_channels, 10, DEVELOPMENT),
    ("fourth blind generator (pricing.synthetic_blind4)", blind4_channels, 11, DEVELOPMENT),
    ("fourth blind generator, another seed", blind4_channels, 12, DEVELOPMENT),
    ("fifth blind generator (pricing.synthetic_blind5)", blind5_channels, 13, BLIND),
    ("fifth blind generator, another seed", blind5_channels, 14, BLIND),
]


def quality_trial(channels) -> dict[str, dict[str, tuple[Counter, Counter]]]:
    """mode → group → (risk counts, fired signal counts); "!" marks a far-past (decisive) sign."""
    tallies = {mode: defaultdict(lambda: (Counter(), Counter())) for mode in MODES}
    for channel in channels:
        group = "botted" if channel.is_botted else "organic"
        reports = {
            "tracked": assess_channel(
                channel.subscribers,
                channel.post_stats(),
                channel.subscriber_history,
                now=channel.observed_at,
            ),
            "one_fetch": assess_channel(
                channel.subscribers,
                channel.post_stats(with_snapshots=False),
                now=channel.observed_at,
            ),
        }
        share = bought_share(channel)
        for mode, report in reports.items():
            risks, fired = tallies[mode][group]
            risks[report.risk] += 1
            if group == "botted":
                band = "bought under 50 %" if share < 0.5 else "bought 50 % or more"
                tallies[mode][band][0][report.risk] += 1
                tallies[mode][f"base_kind {channel.base_kind}"][0][report.risk] += 1
            for signal in report.fired:
                fired[signal.key + ("!" if signal.decisive else "")] += 1
    return tallies


def bought_share(channel) -> float:
    """The median post's share of bot views at 7 days (0 for organic channels)."""
    shares = [
        p.curve.bot_views / total for p in channel.posts if (total := p.curve.views_at(168)) > 0
    ]
    return statistics.median(shares) if shares else 0.0


def _at_least(risks: Counter, level: str) -> float:
    wanted = RISKS[: RISKS.index(level) + 1]
    return sum(risks[r] for r in wanted) / max(sum(risks.values()), 1)


def judge(groups, mode: str) -> tuple[bool, list[str]]:
    """Whether the mode's targets are met, and the lines that show the figures."""
    ok, lines = True, []
    for group in ("botted", "organic"):
        risks, fired = groups[group]
        total = sum(risks.values())
        shares = ", ".join(f"{r} {risks[r] / total * 100:.1f} %" for r in RISKS)
        checks = []
        for level, limit in TARGETS[mode][group].items():
            value = _at_least(risks, level)
            met = value >= limit if group == "botted" else value <= limit
            ok &= met
            sign = "≥" if group == "botted" else "≤"
            label = "high" if level == "high" else "medium or worse"
            checks.append(
                f"{label} {value * 100:.1f} % ({sign} {limit * 100:.0f} %: "
                f"{'met' if met else 'NOT MET'})"
            )
        lines.append(f"{group:<8} ({total}): {shares}")
        lines.append(f"         targets: {'; '.join(checks)}")
        signals = ", ".join(f"{k} {v}" for k, v in sorted(fired.items(), key=lambda kv: -kv[1]))
        lines.append(f"         signals fired (! far past): {signals or 'none'}")
        if group == "botted":
            bands = ["bought under 50 %", "bought 50 % or more"]
            styles = sorted(k for k in groups if k.startswith("base_kind "))
            for band in bands + styles:
                risks = groups[band][0]
                if risks:
                    total = sum(risks.values())
                    shares = ", ".join(f"{r} {risks[r] / total * 100:.1f} %" for r in RISKS)
                    lines.append(f"         of which {band} ({total}): {shares}")
    return ok, lines


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    quality_only = "--quality-only" in sys.argv[1:]
    # --sets=2032,2033: only the quality sets of those seeds (sets can then run side by side)
    chosen = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--sets=")]
    only = frozenset(int(x) for x in chosen[0].split(",")) if chosen else frozenset()
    sys.exit(0 if main(int(numbers[0]) if numbers else 2025, quality_only, only) else 1)
