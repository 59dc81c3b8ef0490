"""Thresholds, the Signal and QualityReport records and the per-post figures of the checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

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
#: engagement_slope: fires above ENGAGEMENT_SLOPE_MIN (how far real engagement per view rises
#: with a post's appeal) + ENGAGEMENT_SLOPE_Z standard errors of the slope; far past above
#: max(ENGAGEMENT_SLOPE_DECISIVE, ENGAGEMENT_SLOPE_DECISIVE_Z standard errors).
ENGAGEMENT_SLOPE_MIN = 0.5
ENGAGEMENT_SLOPE_Z = 1.5
ENGAGEMENT_SLOPE_DECISIVE = 0.9
ENGAGEMENT_SLOPE_DECISIVE_Z = 4.0
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

#: Whether one reading per post (a single fetch, no subscriber history) is enough for the signal.
ONE_FETCH_ENOUGH: dict[str, bool] = {
    "err": True,
    "err24": True,
    "views_cv": True,
    "hollow_reach": True,
    "outside_reach": True,
    "young_share": True,
    "engagement_slope": True,
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


@dataclass
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


def percent(x: float) -> str:
    return f"{x * 100:.0f} %"


def percent_1(x: float) -> str:
    return f"{x * 100:.1f} %"
