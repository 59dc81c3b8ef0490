"""How far a learned classifier gets on the fields the vetting reads (a measurement, not a test).

The risk rule of :func:`pricing.assess_channel` is a handful of hand-set signs. This script asks
whether the same data hold more: every number the signs compute (each ``Signal.value`` and the
numbers in its ``params``; a value that could not be computed becomes a missing indicator plus a
neutral fill, the training median) and some raw per-channel figures (views per subscriber,
forwards and reactions per view and their post-to-post spreads, how the two rates move together
and with views, the cross-section of views against post age, young posts' views and engagement per
view against older ones', posting rate; tracked channels also the share of a post's views its
first readings had and the subscriber history) go into three classifiers, numpy only:

* ``logistic`` – logistic regression with an L2 penalty on robust-standardised features (each
  feature minus its training median over its scaled inter-quartile range, clipped at ±5),
  fitted by Newton's method;
* ``pairwise`` – the same plus the products of every pair (squares too) of the 16 features that
  separate best on the training sets alone;
* ``knn`` – the botted share (by weight) among the k nearest training channels, Euclidean on the
  standardised features.

They are **trained on development sets** (default: every development set of
``bench/bench_reach_quality.py``, seed offsets 1–12) and **tested on the blind sets** (offsets
13 and 14: ``pricing.synthetic_blind5`` seeds 2038 and 2039), which are never used to fit or
choose anything. Each set counts equally, organic and botted channels with equal weight. The
penalty (or k) and the operating point come from leave-one-set-out scores on the training sets:
each training set is scored by a model fitted on the others, so the threshold is set on channels
from a generator the model did not see, as the test channels are. The operating point is where 5 %
of those organic training channels are flagged (one fetch: also 10 %). Both modes of
``quality_trial`` in ``bench/bench_reach_quality.py`` are measured apart: **tracked** (the app's
syncs and daily subscriber counts) and **one fetch** (one reading per post, no history).

With ``--same-generator`` the same is done once more, trained instead on two fresh seeds of the
blind sets' own generator (base seed + 15 and + 16, which no bench set uses) and tested on the same
blind sets: what a classifier gets that knows how the channels were made. A strategy that stays
near the organic flag rate even then leaves no trace these fields and classifiers can find.

Run: ``python bench/bench_quality_ceiling.py [--cache DIR] [--train 1,...,12] [--same-generator]``
(``--help`` for the rest). Generating a set and assessing its channels in both modes takes
20–50 s on a quiet machine (a whole run with ``--same-generator``: 7–14 min on two shared cores);
with ``--cache`` each set's features are kept as
``DIR/ceiling_<version>_<seed>_<per kind>_<mode>.npz`` and a rerun only fits (under a minute).

Reading the figures. Per mode, a table of the test channels: how many organic channels each
classifier flags at the training operating point (near 5 % or 10 % if it carries over to a new
generator), how many botted ones it catches, and the same for each buying strategy of the blind
generator (``base_kind`` of its botted channels), next to the rule's "high" (and "medium" or
worse) share on the same channels. A strategy a classifier catches well above the organic flag
rate while the rule does not is a trace the rule leaves unused; one caught near the organic flag
rate is one these fields do not separate, at least not with what the development generators
teach. The second table gives threshold-free AUCs (organic against each strategy, 0.5 = no
separation) of each classifier's score and of the single best feature, picked on the test channels
themselves (so it is optimistic), next to the 95th percentile of that best AUC when the labels are
shuffled: a best feature at or under that level is what chance gives among this many features.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reach_quality import BLIND, MODES, QUALITY_SETS

from pricing import assess_channel
from pricing.ads import looks_like_ad

FEATURE_VERSION = "v2"
DEFAULT_TRAIN = tuple(range(1, 13))
TEST_OFFSETS = (13, 14)
#: --same-generator: fresh seeds of the blind sets' own generator (no bench set uses them).
SAME_GENERATOR_OFFSETS = (15, 16)
WINDOW_HOURS = 30 * 24
OLD_HOURS = 48.0
TOP_PAIRWISE = 16
CLIP = 5.0
PENALTIES = (0.3, 3.0, 30.0, 300.0)
NEIGHBOURS = (10, 25, 60)


# --- features ---------------------------------------------------------------------------------


def _spread(logs: np.ndarray) -> float:
    """Log-scale spread read off the 10–90 % range (as the vetting's ``robust_spread``)."""
    if len(logs) < 5:
        return math.nan
    lo, hi = np.quantile(logs, [0.1, 0.9])
    return float((hi - lo) / (2 * 1.2816))


def _ranks(values: np.ndarray) -> np.ndarray:
    """Average ranks (ties share their mean rank), 1-based."""
    unique, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return ((ends - (counts - 1) / 2.0)[inverse]).astype(float) if len(unique) else values


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 8:
        return math.nan
    ra, rb = _ranks(a), _ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return math.nan
    return float(np.corrcoef(ra, rb)[0, 1])


def signal_features(report) -> dict[str, float]:
    """Each signal's value and the numbers in its params (nan where not computed)."""
    out: dict[str, float] = {}
    for signal in report.signals:
        if signal.key == "not_enough_data":
            continue
        out[signal.key] = math.nan if signal.value is None else float(signal.value)
        for name, number in signal.params.items():
            if isinstance(number, int | float) and not isinstance(number, bool):
                out[f"{signal.key}.{name}"] = float(number)
    return out


def raw_features(subscribers, posts, history, now) -> dict[str, float]:
    """Per-channel figures straight from the posts (non-ad posts of the last 30 days; an album
    counts once) and, when there is one, the subscriber history."""
    nan = math.nan
    subs = max(subscribers, 1)
    shown = [p for p in posts if p.grouped_id is None or p.text]
    age = np.array([(now - p.posted_at).total_seconds() / 3600 for p in shown])
    recent = (age >= 0) & (age <= WINDOW_HOURS)
    ads = np.array([p.is_ad or looks_like_ad(p.text) for p in shown], dtype=bool)
    keep = recent & ~ads
    chosen = [p for p, k in zip(shown, keep, strict=True) if k]
    age = age[keep]
    views = np.array([p.views for p in chosen], dtype=float)
    fwd = np.array([p.forwards for p in chosen], dtype=float)
    rea = np.array([p.reactions for p in chosen], dtype=float)
    out = {
        "raw.log10_subscribers": math.log10(subs),
        "raw.posts_per_day": len(chosen) / 30,
        "raw.ad_text_share": float(ads[recent].mean()) if recent.any() else nan,
    }
    old = (age >= OLD_HOURS) & (views > 0)
    v, f, r = views[old], fwd[old], rea[old]
    if len(v) >= 3:
        f_rate, r_rate = np.log((f + 0.5) / v), np.log((r + 0.5) / v)
        e_rate = np.log((f + r + 0.5) / v)
        out |= {
            "raw.log_median_views_per_sub": math.log(np.median(v) / subs),
            "raw.log_mean_views_per_sub": math.log(v.mean() / subs),
            "raw.log_forwards_per_view": math.log((f.sum() + 0.5) / v.sum()),
            "raw.log_reactions_per_view": math.log((r.sum() + 0.5) / v.sum()),
            "raw.log_engagement_per_sub": math.log((f.sum() + r.sum() + 0.5) / len(v) / subs),
            "raw.log_forwards_per_reaction": math.log((f.sum() + 0.5) / (r.sum() + 0.5)),
            "raw.zero_reaction_share": float((r == 0).mean()),
            "raw.zero_forward_share": float((f == 0).mean()),
            "raw.views_spread_old": _spread(np.log(v)),
            "raw.forward_rate_spread": _spread(f_rate),
            "raw.reaction_rate_spread": _spread(r_rate),
            "raw.corr_views_engagement_rate": _spearman(v, e_rate),
            "raw.corr_views_engagement": _spearman(v, f + r),
            "raw.corr_forward_reaction_rate": _spearman(f_rate, r_rate),
        }
    fit = (age >= 1) & (views > 0)
    if fit.sum() >= 8:
        x, y = np.log(age[fit]), np.log(views[fit])
        slope, intercept = np.polyfit(x, y, 1)
        out["raw.views_age_slope"] = float(slope)
        out["raw.views_age_residual_spread"] = _spread(y - (slope * x + intercept))
    if len(v) >= 3:
        for name, hours in (("raw.young24_over_old", 24.0), ("raw.young6_over_old", 6.0)):
            young = views[(age < hours) & (age >= 0.25)]
            if len(young) >= 3:
                out[name] = math.log(max(np.median(young), 0.5) / np.median(v))
    young = (age >= 1) & (age < OLD_HOURS) & (views > 0)
    if young.sum() >= 3 and len(v) >= 3:
        # Readers engage as they read; bots delivered slower than readers dilute old posts more.
        young_rate = (fwd[young].sum() + rea[young].sum() + 0.5) / views[young].sum()
        old_rate = (f.sum() + r.sum() + 0.5) / v.sum()
        out["raw.young_over_old_engagement_rate"] = math.log(young_rate / old_rate)
    early, day1 = [], []
    for p, a in zip(chosen, age, strict=True):
        if a < 72 or not p.snapshots or p.views <= 0:
            continue
        first = [vv for aa, vv in p.snapshots if 0.5 <= aa <= 6]
        if first:
            early.append(max(first[0], 0.5) / p.views)
        first_day = [vv for aa, vv in p.snapshots if 18 <= aa <= 30]
        if first_day:
            day1.append(max(first_day[0], 0.5) / p.views)
    if len(early) >= 5:
        out["raw.early_fraction"] = float(np.median(early))
        out["raw.early_fraction_spread"] = _spread(np.log(early))
    if len(day1) >= 5:
        out["raw.day1_fraction"] = float(np.median(day1))
        out["raw.day1_fraction_spread"] = _spread(np.log(day1))
    counts = np.array([c for _, c in history], dtype=float)
    if len(counts) >= 3 and counts.min() > 0:
        steps = counts[1:] / counts[:-1] - 1
        out["raw.subscriber_growth"] = math.log(counts[-1] / counts[0])
        out["raw.subscriber_max_step"] = float(steps.max())
        out["raw.subscriber_step_spread"] = float(steps.std())
    return out


def assess_set(channels) -> dict[str, dict]:
    """mode → names, feature matrix, labels, strategies and the rule's risk, as quality_trial
    assesses each channel."""
    rows: dict[str, list] = {mode: [] for mode in MODES}
    for channel in channels:
        inputs = {
            "tracked": (channel.post_stats(), channel.subscriber_history),
            "one_fetch": (channel.post_stats(with_snapshots=False), ()),
        }
        for mode, (posts, history) in inputs.items():
            report = assess_channel(channel.subscribers, posts, history, now=channel.observed_at)
            features = signal_features(report)
            features |= raw_features(channel.subscribers, posts, history, channel.observed_at)
            rows[mode].append((features, channel.is_botted, channel.base_kind, report.risk))
    result = {}
    for mode, items in rows.items():
        names = sorted({name for features, *_ in items for name in features})
        matrix = np.array([[f.get(n, math.nan) for n in names] for f, *_ in items], dtype=float)
        result[mode] = {
            "names": np.array(names),
            "X": matrix,
            "botted": np.array([b for _, b, _, _ in items], dtype=bool),
            "strategy": np.array([s for _, _, s, _ in items]),
            "risk": np.array([r for _, _, _, r in items]),
        }
    return result


def load_sets(offsets, seed, per_kind, cache: Path | None) -> dict[int, dict[str, dict]]:
    """offset → mode → the set's assessed channels (from the cache where it has them)."""
    by_offset = {o: (name, generate) for name, generate, o, _ in QUALITY_SETS}
    for o in SAME_GENERATOR_OFFSETS:
        by_offset[o] = ("test sets' generator, a fresh seed", by_offset[TEST_OFFSETS[0]][1])
    sets = {}
    for offset in offsets:
        name, generate = by_offset[offset]
        stem = f"ceiling_{FEATURE_VERSION}_{seed + offset}_{per_kind}"
        files = {m: cache / f"{stem}_{m}.npz" for m in MODES} if cache is not None else {}
        if files and all(f.exists() for f in files.values()):
            sets[offset] = {m: dict(np.load(f, allow_pickle=False)) for m, f in files.items()}
            print(f"  {name}, seed {seed + offset}: from the cache", flush=True)
            continue
        started = time.perf_counter()
        sets[offset] = assess_set(generate(seed + offset, per_kind))
        if files:
            cache.mkdir(parents=True, exist_ok=True)
            for mode, path in files.items():
                np.savez(path, **sets[offset][mode])
        took = time.perf_counter() - started
        print(f"  {name}, seed {seed + offset}: generated and assessed ({took:.0f} s)", flush=True)
    return sets


def stack(sets: dict[int, dict[str, dict]], offsets, mode: str, names: list[str]):
    """The sets' rows for one mode on a common list of features (nan where a set lacks one)."""
    blocks, botted, strategy, risk, group = [], [], [], [], []
    for offset in offsets:
        part = sets[offset][mode]
        index = {str(n): i for i, n in enumerate(part["names"])}
        columns = [part["X"][:, index[n]] if n in index else None for n in names]
        empty = np.full(len(part["X"]), math.nan)
        blocks.append(np.column_stack([empty if c is None else c for c in columns]))
        botted.append(part["botted"])
        strategy.append(part["strategy"])
        risk.append(part["risk"])
        group.append(np.full(len(part["X"]), offset))
    cat = np.concatenate
    return cat(blocks), cat(botted), cat(strategy), cat(risk), cat(group)


# --- models -------------------------------------------------------------------------------------


class Prepared:
    """Training-fitted preparation: drops constant features, adds a missing indicator where a
    feature can be missing, fills with the training median, robust-standardises and clips."""

    def __init__(self, X: np.ndarray, names: list[str]):
        usable = [j for j in range(X.shape[1]) if np.unique(X[~np.isnan(X[:, j]), j]).size > 1]
        self.columns = usable
        self.medians = np.array([np.nanmedian(X[:, j]) for j in usable])
        q1 = np.array([np.nanquantile(X[:, j], 0.25) for j in usable])
        q3 = np.array([np.nanquantile(X[:, j], 0.75) for j in usable])
        std = np.array([np.nanstd(X[:, j]) for j in usable])
        self.scales = np.where(q3 > q1, (q3 - q1) / 1.349, np.where(std > 0, std, 1.0))
        self.names = [names[j] for j in usable]
        seen: set[bytes] = set()
        self.missing: list[int] = []
        for k, j in enumerate(usable):
            pattern = np.isnan(X[:, j])
            if pattern.any() and not pattern.all() and pattern.tobytes() not in seen:
                seen.add(pattern.tobytes())
                self.missing.append(k)
                self.names.append(f"{names[j]} missing")

    def filled(self, X: np.ndarray) -> np.ndarray:
        part = X[:, self.columns]
        return np.where(np.isnan(part), self.medians, part)

    def __call__(self, X: np.ndarray) -> np.ndarray:
        part = X[:, self.columns]
        scaled = np.clip((self.filled(X) - self.medians) / self.scales, -CLIP, CLIP)
        flags = np.isnan(part[:, self.missing]).astype(float) * 2 - 1
        return np.hstack([scaled, flags])


def weights_of(botted: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Each set counts equally, its organic and botted channels with equal weight."""
    w = np.zeros(len(botted))
    for g in np.unique(group):
        for label in (False, True):
            cell = (group == g) & (botted == label)
            if cell.any():
                w[cell] = 1.0 / cell.sum()
    return w * len(w) / w.sum()


def fit_logistic(Z: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float) -> np.ndarray:
    A = np.hstack([np.ones((len(Z), 1)), Z])
    beta = np.zeros(A.shape[1])
    ridge = np.full(A.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(40):
        p = 1 / (1 + np.exp(-np.clip(A @ beta, -30, 30)))
        gradient = A.T @ (w * (p - y)) + ridge * beta
        hessian = (A * (w * p * (1 - p))[:, None]).T @ A + np.diag(ridge + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def _auc(scores: np.ndarray, positive: np.ndarray) -> float:
    n1, n0 = positive.sum(), (~positive).sum()
    if not n1 or not n0:
        return math.nan
    return float((_ranks(scores)[positive].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def pair_columns(Z: np.ndarray, top: list[int]) -> np.ndarray:
    pairs = [(a, b) for i, a in enumerate(top) for b in top[i:]]
    return np.column_stack([Z[:, a] * Z[:, b] for a, b in pairs])


class Model:
    """A classifier of :data:`KINDS` with one setting (penalty or k), fitted on training rows."""

    def __init__(self, kind: str, setting: float, X, names, y, w):
        self.kind, self.setting = kind, setting
        self.prepare = Prepared(X, names)
        Z = self.prepare(X)
        if kind == "knn":
            self.Z, self.y, self.w = Z, y, w
            return
        if kind == "pairwise":
            separation = [abs(_auc(Z[:, j], y.astype(bool)) - 0.5) for j in range(Z.shape[1])]
            self.top = list(np.argsort(separation)[::-1][:TOP_PAIRWISE])
            products = pair_columns(Z, self.top)
            self.pair_mean, self.pair_std = products.mean(0), products.std(0) + 1e-9
            Z = np.hstack([Z, (products - self.pair_mean) / self.pair_std])
        self.beta = fit_logistic(Z, y, w, setting)

    def score(self, X: np.ndarray) -> np.ndarray:
        Z = self.prepare(X)
        if self.kind == "knn":
            k = int(self.setting)
            distances = (Z**2).sum(1)[:, None] - 2 * Z @ self.Z.T + (self.Z**2).sum(1)[None, :]
            nearest = np.argsort(distances, axis=1)[:, :k]
            w = self.w[nearest]
            return (w * self.y[nearest]).sum(1) / w.sum(1)
        if self.kind == "pairwise":
            products = (pair_columns(Z, self.top) - self.pair_mean) / self.pair_std
            Z = np.hstack([Z, products])
        return np.hstack([np.ones((len(Z), 1)), Z]) @ self.beta


KINDS: dict[str, tuple[float, ...]] = {
    "logistic": PENALTIES,
    "pairwise": tuple(p * 10 for p in PENALTIES),
    "knn": tuple(float(k) for k in NEIGHBOURS),
}


def out_of_set_scores(kind, setting, X, names, y, w, group) -> np.ndarray:
    """Each training set scored by the model fitted on the other training sets."""
    scores = np.zeros(len(y))
    for g in np.unique(group):
        held = group == g
        model = Model(kind, setting, X[~held], names, y[~held], w[~held])
        scores[held] = model.score(X[held])
    return scores


def caught_at(scores, y, flagged: float) -> tuple[float, float]:
    """The threshold flagging ``flagged`` of the organic rows and the botted share it catches."""
    threshold = float(np.quantile(scores[~y], 1 - flagged))
    return threshold, float((scores[y] > threshold).mean())


# --- report -------------------------------------------------------------------------------------


def best_feature(values: np.ndarray, names, positive, rng, shuffles=200):
    """Direction-free AUC of the best single column, its name, and the 95th percentile of that
    best AUC with shuffled labels (what chance gives among this many columns)."""
    ranks = np.column_stack([_ranks(values[:, j]) for j in range(values.shape[1])])
    n1, n0 = positive.sum(), (~positive).sum()

    def best(labels_matrix):
        sums = labels_matrix.astype(float) @ ranks
        auc = (sums - n1 * (n1 + 1) / 2) / (n1 * n0)
        return np.maximum(auc, 1 - auc)

    observed = best(positive[None, :])[0]
    shuffled = np.array([rng.permutation(positive) for _ in range(shuffles)])
    chance = float(np.quantile(best(shuffled).max(1), 0.95))
    j = int(np.argmax(observed))
    return float(observed[j]), names[j], chance


def _pct(x: float) -> str:
    return "    –" if x != x else f"{x * 100:5.1f}"


def report_mode(mode: str, sets, train, seed: int, rng, trained_on: str) -> None:
    names = sorted(
        {str(n) for o in list(train) + list(TEST_OFFSETS) for n in sets[o][mode]["names"]}
    )
    X, y, _, _, group = stack(sets, train, mode, names)
    Xt, yt, strategy, risk, tgroup = stack(sets, TEST_OFFSETS, mode, names)
    w = weights_of(y, group)
    levels = (0.05, 0.10) if mode == "one_fetch" else (0.05,)
    title = "tracked" if mode == "tracked" else "one fetch"
    print(
        f"\n=== {title}: trained on {trained_on} "
        f"({(~y).sum()} organic, {y.sum()} botted), tested on seeds "
        f"{', '.join(str(s) for s in sorted({seed + o for o in TEST_OFFSETS}))} "
        f"({(~yt).sum()} organic, {yt.sum()} botted) ==="
    )
    columns: dict[str, np.ndarray] = {}
    scores: dict[str, np.ndarray] = {}
    for kind, settings in KINDS.items():
        candidates = []
        for setting in settings:
            oos = out_of_set_scores(kind, setting, X, names, y, w, group)
            candidates.append((caught_at(oos, y, 0.05)[1], setting, oos))
        caught, setting, oos = max(candidates, key=lambda c: c[0])
        per_set = ", ".join(
            f"{seed + g}: {caught_at(oos[group == g], y[group == g], 0.05)[1] * 100:.0f}"
            for g in np.unique(group)
        )
        label = "k" if kind == "knn" else "penalty"
        print(
            f"  {kind} ({label} {setting:g}): leave-one-set-out on training, caught "
            f"{caught * 100:.1f} % at 5 % organic flagged (per held-out set, each at its own "
            f"5 %: {per_set})"
        )
        model = Model(kind, setting, X, names, y, w)
        scores[kind] = model.score(Xt)
        for level in levels:
            threshold = caught_at(oos, y, level)[0]
            columns[f"{kind} {level * 100:.0f}%"] = scores[kind] > threshold
        if kind == "logistic":
            coef = model.beta[1:]
            top = np.argsort(np.abs(coef))[::-1][:10]
            print(
                "    largest weights (standardised): "
                + ", ".join(f"{model.prepare.names[j]} {coef[j]:+.2f}" for j in top)
            )
    columns = {"rule high": risk == "high", "rule ≥medium": risk != "low"} | columns
    rows = [("organic", ~yt), ("botted", yt)] + [
        (s, strategy == s) for s in sorted(set(strategy[yt]))
    ]
    print("\n  Share flagged (%), test channels; classifiers at the training operating point:")
    print(f"  {'':<20}{'n':>5}" + "".join(f"{c:>14}" for c in columns))
    for label, rows_mask in rows:
        print(
            f"  {label:<20}{rows_mask.sum():>5}"
            + "".join(f"{_pct(v[rows_mask].mean()):>14}" for v in columns.values())
        )
    for seed_offset in TEST_OFFSETS:
        here = tgroup == seed_offset
        line = ", ".join(
            f"{c} {_pct(v[here & ~yt].mean()).strip()}/{_pct(v[here & yt].mean()).strip()}"
            for c, v in columns.items()
        )
        print(f"  seed {seed + seed_offset} (organic/botted %): {line}")

    prepared = Prepared(X, names)
    raw = np.hstack([prepared.filled(Xt), prepared(Xt)[:, len(prepared.columns) :]])
    print(
        "\n  AUC, organic against each kind of botted channel, test channels (0.5: no "
        "separation). Best feature: picked on these very channels (optimistic); chance: 95th "
        "percentile of the best feature's AUC with shuffled labels"
    )
    print(
        f"  {'':<20}"
        + "".join(f"{k:>10}" for k in scores)
        + f"{'best':>7}{'chance':>8}"
        + "  best feature"
    )
    for label, rows_mask in rows[1:]:
        keep = ~yt | rows_mask
        positive = rows_mask[keep]
        aucs = "".join(f"{_auc(s[keep], positive):>10.3f}" for s in scores.values())
        auc, name, chance = best_feature(raw[keep], prepared.names, positive, rng)
        print(f"  {label:<20}{aucs}{auc:>7.3f}{chance:>8.3f}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="How well a learned classifier separates botted from organic channels on "
        "the fields the vetting reads: trained on development sets, tested on the blind ones."
    )
    parser.add_argument("--cache", type=Path, default=None, help="keep features here (.npz)")
    parser.add_argument(
        "--train",
        default=",".join(map(str, DEFAULT_TRAIN)),
        help="seed offsets of the development sets to train on (default 1–12)",
    )
    parser.add_argument("--seed", type=int, default=2025, help="base seed (default 2025)")
    parser.add_argument("--per-kind", type=int, default=150, help="channels of each kind a set")
    parser.add_argument("--modes", default=",".join(MODES), help="tracked,one_fetch")
    parser.add_argument(
        "--same-generator",
        action="store_true",
        help="also train on fresh seeds of the test sets' own generator (seed + 15, + 16) "
        "and test on the same blind sets: what a classifier that knows the generator gets",
    )
    args = parser.parse_args(argv)
    train = tuple(int(x) for x in args.train.split(","))
    roles = {offset: role for _, _, offset, role in QUALITY_SETS}
    if any(o not in roles or roles[o] == BLIND or o in TEST_OFFSETS for o in train):
        parser.error("--train takes development sets only (offsets 1–12)")
    started = time.perf_counter()
    print("Sets (features of every channel in both modes):")
    extra = SAME_GENERATOR_OFFSETS if args.same_generator else ()
    sets = load_sets(train + TEST_OFFSETS + extra, args.seed, args.per_kind, args.cache)
    rng = np.random.default_rng(11)
    for mode in args.modes.split(","):
        report_mode(mode, sets, train, args.seed, rng, f"{len(train)} development sets")
    fresh = ", ".join(str(args.seed + o) for o in extra)
    for mode in args.modes.split(",") if extra else ():
        label = f"the test sets' own generator, fresh seeds {fresh} (no bench set)"
        report_mode(mode, sets, extra, args.seed, rng, label)
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
