"""View curves of the third blind generator: readers' clock, organic mixture, bought deliveries.

The model itself is described in full in :mod:`pricing.synthetic_blind3`; this module holds the
pieces that turn a post's parameters into views by age:

* :class:`ReaderClock` – a channel's cumulative reader activity by hour (hour-of-day profile in
  the readers' local time times a weekday factor), so "activity age" ``E`` between two moments is
  a difference of two table look-ups;
* :class:`MixtureCurve` – one post's expected views at an age (organic mixture of a log-logistic
  first wave, a Weibull late wave and a Lomax power-law tail over activity age, plus an optional
  delayed echo of forwarded copies, a pinned post's linear trickle, a search trickle, and bought
  deliveries in real time);
* :func:`read_views` – one reading of the counter as the app's sync would see it.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

# A delivery of bought views: (start_age_hours, duration_hours, amount, shape). ``shape`` is
# "linear" (a seller's constant speed), "smooth" (log-logistic in real time, median at half the
# duration – sellers imitating a live audience).
Delivery = tuple[float, float, float, str]


class ReaderClock:
    """Cumulative reader activity (mean 1 per hour) from the channel's timeline origin."""

    def __init__(self, hourly_activity: list[float]) -> None:
        self._cumulative = [0.0]
        total = 0.0
        for weight in hourly_activity:
            total += weight
            self._cumulative.append(total)
        self._hours = len(hourly_activity)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReaderClock) and self._cumulative == other._cumulative

    __hash__ = None  # type: ignore[assignment]

    def at(self, hour: float) -> float:
        """Activity accumulated from the origin to ``hour`` (linear past the table's end)."""
        if hour <= 0:
            return hour
        if hour >= self._hours:
            return self._cumulative[-1] + (hour - self._hours)
        index = int(hour)
        low = self._cumulative[index]
        return low + (self._cumulative[index + 1] - low) * (hour - index)


def _log_logistic(x: float, scale: float, shape: float) -> float:
    if x <= 0:
        return 0.0
    return 1.0 / (1.0 + (scale / x) ** shape)


def _weibull(x: float, scale: float, shape: float) -> float:
    if x <= 0:
        return 0.0
    return 1.0 - math.exp(-((x / scale) ** shape))


def _lomax(x: float, scale: float, alpha: float) -> float:
    if x <= 0:
        return 0.0
    return 1.0 - (1.0 + x / scale) ** (-alpha)


_SMOOTH_END = _log_logistic(4.0, 0.5, 2.5)


def delivered(deliveries: tuple[Delivery, ...], age: float) -> float:
    """Bought views delivered by ``age`` hours (real time: bots do not sleep)."""
    total = 0.0
    for start, hours, amount, shape in deliveries:
        into = age - start
        if into <= 0:
            continue
        if shape == "linear":
            total += amount * min(1.0, into / hours)
        else:
            # log-logistic in real time, median at half the window, shape 2.5; renormalised so
            # the whole amount has arrived after ``4 × hours``.
            total += amount * min(1.0, _log_logistic(into, hours / 2, 2.5) / _SMOOTH_END)
    return total


@dataclass(frozen=True, slots=True)
class MixtureCurve:
    """Expected views of one post by age in hours; ``bot_views`` is its whole bought package."""

    clock: ReaderClock
    posted_hour: float
    organic: float
    fast_share: float
    fast_scale: float
    fast_shape: float
    late_share: float
    late_scale: float
    late_shape: float
    tail_scale: float
    tail_alpha: float
    echo_views: float = 0.0
    echo_delay: float = 0.0
    echo_scale: float = 1.0
    pinned_per_hour: float = 0.0
    search_per_day: float = 0.0
    deliveries: tuple[Delivery, ...] = ()
    bot_views: float = 0.0

    def activity_age(self, age: float) -> float:
        return self.clock.at(self.posted_hour + age) - self.clock.at(self.posted_hour)

    def organic_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        e = self.activity_age(age)
        tail_share = 1.0 - self.fast_share - self.late_share
        views = self.organic * (
            self.fast_share * _log_logistic(e, self.fast_scale, self.fast_shape)
            + self.late_share * _weibull(e, self.late_scale, self.late_shape)
            + tail_share * _lomax(e, self.tail_scale, self.tail_alpha)
        )
        if self.echo_views:
            views += self.echo_views * _log_logistic(e - self.echo_delay, self.echo_scale, 1.8)
        if self.pinned_per_hour:
            views += self.pinned_per_hour * age
        if self.search_per_day:
            views += self.search_per_day * math.log1p(age / 24.0) * 3.0
        return views

    def bots_at(self, age: float) -> float:
        if age <= 0 or not self.deliveries:
            return 0.0
        return delivered(self.deliveries, age)

    def views_at(self, age: float) -> float:
        if age <= 0:
            return 0.0
        return self.organic_at(age) + self.bots_at(age)


# Counter quirks of a reading: the server's counter lags by up to this many hours, and a reading
# is off by a relative error up to this bound (independent per reading, so it can step back).
READ_LAG_HOURS = 0.1
READ_RELATIVE_ERROR = 0.004


def read_views(curve: MixtureCurve, age: float, rng: random.Random) -> int:
    """One reading of the post's counter at ``age`` hours, with lag and counting noise."""
    lagged = max(0.0, age - rng.uniform(0.0, READ_LAG_HOURS))
    value = curve.views_at(lagged)
    error = max(-READ_RELATIVE_ERROR, min(READ_RELATIVE_ERROR, rng.gauss(0.0, 0.0015)))
    return max(0, round(value * (1.0 + error)))
