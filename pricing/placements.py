"""What a bought ad placement brought: the CPM actually paid, joins, cost per subscriber, return.

A placement is attributed by its own invite link, the way a marketer gives every source its own
phone number: Telegram counts who joined through the link. From the price, the views the ad post
collected and those joins this module computes

* **paid CPM** — price ÷ measured views of the ad post at the format's window × 1000 (the same
  window a quote is compared by, so the figure sits next to the seller's quoted CPM and the
  niche's);
* **joins at 24 h / 48 h / 7 days** after the post — exact when the join dates are known (one
  date per subscriber, from the link's importers), otherwise read off dated join-count
  snapshots (linear between the two readings around the moment; unknown before the first);
* **cost per subscriber** — price ÷ the joins attributed to the placement (those within
  :data:`ATTRIBUTION_HOURS`, or all so far while the placement is younger);
* **conversion** — joins per 1000 views of the ad post;
* **return on spend** — (joins × what one subscriber is worth − price) ÷ price, when the user
  says what a subscriber is worth to them.

Pure: ``Decimal`` and ``datetime`` in, dataclasses out; nothing is rounded for display.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, localcontext

from pricing.cpm import PRECISION, cpm
from pricing.errors import InputError

#: Joins are counted for a week after the post: later joins are rarely the ad's doing.
ATTRIBUTION_HOURS = 168
#: The moments the results table reports joins at.
JOIN_WINDOWS = (24, 48, ATTRIBUTION_HOURS)

JOINS_EXACT = "exact"  # from the join dates of the link's subscribers
JOINS_SNAPSHOTS = "snapshots"  # from dated join counts of the link
JOINS_TYPED = "typed"  # typed by the user (Telegram could not tell)

_THOUSAND = Decimal(1000)


@dataclass(frozen=True, slots=True)
class JoinCount:
    """A reading of a link's join counter (``ChatInviteExported.usage``) at ``taken_at``."""

    taken_at: datetime
    joins: int


@dataclass(frozen=True, slots=True)
class JoinsByWindow:
    """Joins within 24 h, 48 h and 7 days of the post, and all known so far.

    A window is None while the placement is younger than it and nothing later is known, or when
    the data cannot tell. ``method`` is one of :data:`JOINS_EXACT`, :data:`JOINS_SNAPSHOTS`,
    :data:`JOINS_TYPED`, or "" when there is nothing at all.
    """

    joins_24h: int | None
    joins_48h: int | None
    joins_7d: int | None
    total: int | None
    method: str

    def at(self, hours: int) -> int | None:
        return {24: self.joins_24h, 48: self.joins_48h, ATTRIBUTION_HOURS: self.joins_7d}[hours]


@dataclass(frozen=True, slots=True)
class PlacementFigures:
    """Everything the results table shows for one placement. None: cannot be computed yet."""

    paid_cpm: Decimal | None
    joins: JoinsByWindow
    attributed_joins: int | None
    attribution_complete: bool  # the 7-day window is over: the figures no longer change
    cost_per_subscriber: Decimal | None
    joins_per_1000_views: Decimal | None
    return_on_spend: Decimal | None  # 0.25 = the subscribers are worth 25 % more than paid


def _hours_after(posted_at: datetime, moment: datetime) -> float:
    return (moment - posted_at).total_seconds() / 3600


def _check_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InputError(f"{what} must be a timezone-aware date and time; got {value!r}.")


def joins_from_dates(
    posted_at: datetime, join_dates: Sequence[datetime], now: datetime
) -> JoinsByWindow:
    """Joins per window from each subscriber's join date (exact).

    A window that has not ended at ``now`` is None: its count could still grow. Joins dated
    before the post (the link handed out early) count from the post, as Telegram's own
    statistics do not tell them apart either.
    """
    _check_aware(posted_at, "The post time")
    _check_aware(now, "Now")
    counts: dict[int, int | None] = {}
    for hours in JOIN_WINDOWS:
        end = posted_at + timedelta(hours=hours)
        counts[hours] = sum(1 for d in join_dates if d <= end) if now >= end else None
    return JoinsByWindow(
        counts[24], counts[48], counts[ATTRIBUTION_HOURS], len(join_dates), JOINS_EXACT
    )


def joins_at_hours(posted_at: datetime, counts: Sequence[JoinCount], hours: float) -> int | None:
    """The join count ``hours`` after the post from dated readings of the counter.

    A reading at the moment is used as is; readings on both sides are joined by a straight line
    (rounded down: a join is whole); with readings after the moment only, the first of them is
    an upper bound and nothing closer is known, so it is used only when it is within an hour.
    Before the first reading the count is unknown (None).
    """
    _check_aware(posted_at, "The post time")
    if not counts:
        return None
    points = sorted((_hours_after(posted_at, c.taken_at), c.joins) for c in counts)
    if any(joins < 0 for _, joins in points):
        raise InputError("A join count cannot be negative.")
    before = [p for p in points if p[0] <= hours]
    after = [p for p in points if p[0] >= hours]
    if before and after:
        (a1, j1), (a2, j2) = before[-1], after[0]
        if a2 == a1:
            return j1
        return int(j1 + (j2 - j1) * (hours - a1) / (a2 - a1))
    if after and after[0][0] - hours <= 1:
        return after[0][1]
    return None


def joins_from_counts(
    posted_at: datetime, counts: Sequence[JoinCount], now: datetime
) -> JoinsByWindow:
    """Joins per window from dated readings of the link's counter (windows not over: None)."""
    _check_aware(now, "Now")
    values: dict[int, int | None] = {}
    for hours in JOIN_WINDOWS:
        over = now >= posted_at + timedelta(hours=hours)
        values[hours] = joins_at_hours(posted_at, counts, hours) if over else None
    total = max(counts, key=lambda c: c.taken_at).joins if counts else None
    return JoinsByWindow(
        values[24], values[48], values[ATTRIBUTION_HOURS], total, JOINS_SNAPSHOTS if counts else ""
    )


def typed_joins(joins: int) -> JoinsByWindow:
    """Joins the user typed (Telegram could not tell): the total, taken as the 7-day figure."""
    if not isinstance(joins, int) or isinstance(joins, bool) or joins < 0:
        raise InputError(f"Joins must be a whole number, 0 or more; got {joins!r}.")
    return JoinsByWindow(None, None, joins, joins, JOINS_TYPED)


def cost_per_subscriber(price: Decimal, joins: int | None) -> Decimal | None:
    """Price ÷ joins; None without a join (the cost of nothing is not a number)."""
    if joins is None or joins <= 0:
        return None
    with localcontext(prec=PRECISION):
        return Decimal(price) / joins


def joins_per_1000_views(joins: int | None, views: int | None) -> Decimal | None:
    """Conversion: subscribers gained per 1000 views of the ad post."""
    if joins is None or not views or views <= 0:
        return None
    with localcontext(prec=PRECISION):
        return Decimal(joins) * _THOUSAND / views


def return_on_spend(
    price: Decimal, joins: int | None, subscriber_value: Decimal | None
) -> Decimal | None:
    """(joins × subscriber value − price) ÷ price; None without a value, joins or a price."""
    if subscriber_value is None or joins is None or price <= 0:
        return None
    with localcontext(prec=PRECISION):
        return (Decimal(joins) * Decimal(subscriber_value) - Decimal(price)) / Decimal(price)


def placement_figures(
    *,
    price: Decimal,
    posted_at: datetime,
    now: datetime,
    views: int | None,
    joins: JoinsByWindow,
    subscriber_value: Decimal | None = None,
) -> PlacementFigures:
    """All results of one placement; ``views`` is the ad post's reach at the format's window."""
    if not isinstance(price, Decimal) or price < 0:
        raise InputError(f"Price must be a Decimal, 0 or more; got {price!r}.")
    if subscriber_value is not None and subscriber_value < 0:
        raise InputError("What a subscriber is worth cannot be negative.")
    complete = now >= posted_at + timedelta(hours=ATTRIBUTION_HOURS)
    attributed = joins.joins_7d if joins.joins_7d is not None else joins.total
    return PlacementFigures(
        paid_cpm=cpm(price, views) if views and views > 0 else None,
        joins=joins,
        attributed_joins=attributed,
        attribution_complete=complete or joins.method == JOINS_TYPED,
        cost_per_subscriber=cost_per_subscriber(price, attributed),
        joins_per_1000_views=joins_per_1000_views(attributed, views),
        return_on_spend=return_on_spend(price, attributed, subscriber_value),
    )
