"""Thresholds, the Signal and QualityReport records and the per-post figures of the checks
(as numpy columns, :class:`FigureColumns`, or one :class:`PostFigures` per post)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import repeat

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

STRONG = "strong"
WEAK = "weak"
INFO = "info"

ERR_MAX = 1.0
ERR24_MIN = 0.03
VIEWS_CV_MIN = 0.2
HOLLOW_ERR_MIN = 0.5
HOLLOW_ENGAGEMENT_MAX = 5.0  # forwards + reactions per 1000 views
FIRST_HOUR_SHARE_MAX = 0.7
SUBSCRIBER_JUMP_MIN = 0.15
SUBSCRIBER_JUMP_DAYS = 2.0
#: subscriber_jumps: fires when reach grew by less than this share of the subscriber growth (an
#: ad campaign's newcomers read less than the old readers, bought ones not at all).
SUBSCRIBER_JUMP_READ_MIN = 0.25
AD_SHARE_MAX = 0.4
EARLY_FLAT_RATIO_MAX = 0.5
#: early_flat: the early views must also be flat themselves (real audiences vary 0.3–0.8).
EARLY_FLAT_CV_MAX = 0.3
YOUNG_SHARE_MAX = 1.0
#: outside_reach: the median post of a day or more is seen by at least this many people per
#: subscriber while fewer than OUTSIDE_FORWARDS_MAX of its views come with a forward.
OUTSIDE_ERR_MIN = 1.0
OUTSIDE_FORWARDS_MAX = 0.02
OUTSIDE_ERR_DECISIVE = 1.5
OUTSIDE_FORWARDS_DECISIVE = 0.01
YOUNG_MAX_HOURS = 6.0
#: engagement_slope: fires above ENGAGEMENT_SLOPE_MIN (how far real engagement per view can rise
#: with a post's appeal: up to about 1.4 where readers forward what they like and the posts they
#: like are read most) + ENGAGEMENT_SLOPE_Z standard errors of the slope; far past above
#: max(ENGAGEMENT_SLOPE_DECISIVE, ENGAGEMENT_SLOPE_DECISIVE_Z standard errors). A package of bought
#: views of the same size on every post gives a slope of bought share ÷ real share: 1.5 at 60 %
#: bought, 2.5 at about 70 %.
ENGAGEMENT_SLOPE_MIN = 1.5
ENGAGEMENT_SLOPE_Z = 1.5
ENGAGEMENT_SLOPE_DECISIVE = 2.5
ENGAGEMENT_SLOPE_DECISIVE_Z = 4.0
#: day_jumps: views per post on some calendar days at least DAY_JUMP_MIN times the other days'
#: (the two groups of days DAY_JUMP_SEPARATION spreads apart, at least DAY_JUMP_MIN_SIDE days
#: each, the high days coming and going: DAY_JUMP_RUNS runs or more) while the high days'
#: engagement per view is below DAY_JUMP_RATE_MAX of the other days' (far past below
#: DAY_JUMP_RATE_DECISIVE). Honest channels measured (ten synthetic sets): where views jumped
#: 2× or more on such days, engagement per view stayed at 0.58 or more of the other days'.
DAY_JUMP_MIN = 2.0
DAY_JUMP_SEPARATION = 3.0
DAY_JUMP_RUNS = 3
DAY_JUMP_MIN_DAYS = 8
DAY_JUMP_MIN_SIDE = 4
DAY_JUMP_RATE_MAX = 0.5
DAY_JUMP_RATE_DECISIVE = 0.4
MIN_ENGAGEMENT = 30  # forwards + reactions over the posts used, or the slope is all noise
MIN_YOUNG_POSTS = 3
MIN_POSTS = 5
MIN_POSTS_CV = 8

# "Far past the threshold": a strong sign this far out is "high" on its own.
#: views_cv: below VIEWS_CV_MIN / (1 + SPREAD_MARGIN_Z / sqrt(2 n)), i.e. below the threshold
#: even after allowing two standard errors of a spread measured on n posts.
SPREAD_MARGIN_Z = 2.0
FIRST_HOUR_DECISIVE = 0.85
EARLY_FLAT_DECISIVE = 0.3
HOLLOW_ERR_DECISIVE = 1.0
HOLLOW_ENGAGEMENT_DECISIVE = 2.5
SUBSCRIBER_JUMP_DECISIVE = 0.3

# "Only just past the threshold": a strong sign measured on a channel's own posts counts as
# strong only when it is past its threshold by more than its own measurement error; nearer, it is
# a weak sign (it still adds up with the others). Slow-posting honest channels with a narrow
# range of appeal, whose engagement rises with appeal, land just past both thresholds.
#: views_cv: strong only below VIEWS_CV_MIN / (1 + VIEWS_CV_CLEAR_Z / sqrt(2 n)) (one standard
#: error of a spread measured on n posts).
VIEWS_CV_CLEAR_Z = 1.0
#: engagement_slope: strong only above its threshold + ENGAGEMENT_SLOPE_CLEAR_Z standard errors
#: of the slope (the same allowance again as the threshold's own ENGAGEMENT_SLOPE_Z).
ENGAGEMENT_SLOPE_CLEAR_Z = 1.5

#: Whether one reading per post (a single fetch, no subscriber history) is enough for the signal.
ONE_FETCH_ENOUGH: dict[str, bool] = {
    "err": True,
    "err24": True,
    "views_cv": True,
    "hollow_reach": True,
    "outside_reach": True,
    "young_share": True,
    "engagement_slope": True,
    "day_jumps": True,
    "first_hour": False,
    "early_flat": False,
    "subscriber_jumps": False,
    "ad_share": True,
}


@dataclass(frozen=True)
class Signal:
    """One quality check: ``value`` against ``threshold``; ``value`` is None if not computed.

    ``params`` holds the sentence's other figures by name (post counts, the engagement rate,
    the jump's ``day`` as an ISO date, ...), so a UI can say it in its own language.
    """

    key: str
    value: float | None
    threshold: float
    fired: bool
    severity: str
    explanation: str
    params: Mapping[str, float | int | str] = field(default_factory=dict, hash=False)
    #: Where the sign counts as "far past" its threshold (None: the sign has no such level).
    decisive_threshold: float | None = None
    #: Fired *and* past ``decisive_threshold``: "high" on its own.
    decisive: bool = False


@dataclass(frozen=True)
class QualityReport:
    """The risk level and every signal behind it (fired or not).

    ``one_fetch`` says the posts had one reading each (no tracked history), so the signals that
    need history (:data:`ONE_FETCH_ENOUGH`) could not be computed.
    """

    risk: str
    signals: tuple[Signal, ...]
    insufficient_data: bool = False
    summary: str = ""
    one_fetch: bool = False

    @property
    def fired(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.fired)

    @property
    def decisive(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.decisive)

    def signal(self, key: str) -> Signal | None:
        return next((s for s in self.signals if s.key == key), None)


@dataclass(slots=True)
class PostFigures:
    """One non-ad post as the checks see it at ``now``: its current ``views``, ``engagement``
    (forwards + reactions) and ``forwards``, its age, its clean readings' first and last age
    (``None`` without any), its views at the windows of ``views_at`` (hours → views), its 24-hour
    reach (``None`` unless read after 12 hours) and its views divided by the curve at its age
    (``normalised``, posts of two days or more)."""

    posted_at: datetime
    views: int
    engagement: int
    is_ad: bool
    age_now: float
    reach24: float | None = None
    forwards: int = 0
    normalised: float | None = field(default=None)
    first_age: float | None = None
    last_age: float | None = None
    views_at: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FigureColumns:
    """Many posts' :class:`PostFigures` as numpy columns, one entry per post: the checks work on
    these, so a channel's figures need no Python object per post.

    ``posted_us`` are microseconds since 1970 (UTC, or the same clock when ``naive``); a figure
    that is None in :class:`PostFigures` is ``nan`` here (``reach24``, ``normalised``,
    ``first_age``, ``last_age``); ``views_at`` holds each window's views of every post, meaningful
    where :attr:`known` (the post has readings).
    """

    posted_us: IntArray
    naive: bool
    views: IntArray
    engagement: IntArray
    forwards: IntArray
    age_now: FloatArray
    reach24: FloatArray
    normalised: FloatArray
    first_age: FloatArray
    last_age: FloatArray
    views_at: Mapping[int, IntArray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.posted_us)

    @property
    def known(self) -> BoolArray:
        """Posts with readings (the others have no ages and no views at the windows)."""
        return ~np.isnan(self.last_age)

    @classmethod
    def empty(cls, naive: bool = False) -> FigureColumns:
        none = np.zeros(0, dtype=np.int64)
        nothing = np.zeros(0, dtype=float)
        return cls(none, naive, none, none, none, nothing, nothing, nothing, nothing, nothing)

    def select(self, keep: BoolArray) -> FigureColumns:
        """The posts where ``keep`` is true, in the same order."""
        return FigureColumns(
            posted_us=self.posted_us[keep],
            naive=self.naive,
            views=self.views[keep],
            engagement=self.engagement[keep],
            forwards=self.forwards[keep],
            age_now=self.age_now[keep],
            reach24=self.reach24[keep],
            normalised=self.normalised[keep],
            first_age=self.first_age[keep],
            last_age=self.last_age[keep],
            views_at={window: views[keep] for window, views in self.views_at.items()},
        )

    def posts(self) -> list[PostFigures]:
        """One :class:`PostFigures` per post, for a check that reads them one by one."""
        epoch = _NAIVE_EPOCH if self.naive else _EPOCH
        moments = [epoch + timedelta(microseconds=us) for us in self.posted_us.tolist()]
        windows = tuple(self.views_at)
        columns = [self.views_at[w].tolist() for w in windows]
        rows = zip(*columns, strict=True) if windows else repeat(())
        views_at = [
            dict(zip(windows, row, strict=True)) if known else {}
            for row, known in zip(rows, self.known.tolist(), strict=False)
        ]
        return list(
            map(
                PostFigures,
                moments,
                self.views.tolist(),
                self.engagement.tolist(),
                repeat(False),
                self.age_now.tolist(),
                [None if r != r else int(r) for r in self.reach24.tolist()],
                self.forwards.tolist(),
                _or_none(self.normalised),
                _or_none(self.first_age),
                _or_none(self.last_age),
                views_at,
            )
        )


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = _EPOCH.replace(tzinfo=None)


def _or_none(column: FloatArray) -> list[float | None]:
    """The column's values, None for nan."""
    return [None if value != value else value for value in column.tolist()]


def percent(x: float) -> str:
    return f"{x * 100:.0f} %"


def percent_1(x: float) -> str:
    return f"{x * 100:.1f} %"
