"""The bought-days sign: views per post that jump on some days while engagement does not."""

import math
import random
from datetime import UTC, datetime, timedelta

from pricing import PostStats, assess_channel
from pricing.quality import ONE_FETCH_ENOUGH
from pricing.quality_types import DAY_JUMP_RATE_DECISIVE, DAY_JUMP_RATE_MAX

NOW = datetime(2025, 6, 1, 21, tzinfo=UTC)
#: Days (counted back from NOW) on which the seller delivers: runs that come and go.
BOUGHT_DAYS = {3, 4, 5, 6, 11, 12, 13, 18, 19, 20, 21, 26, 27}


def _fraction(age):
    return (1 - math.exp(-age / 4)) * 0.8 + 0.2 * min(age / 168, 1.2)


def _channel(extra, engaged, seed=3, per_day=(9, 18)):
    """Two posts a day for 30 days, read once now. ``extra(day)`` multiplies a post's views on
    that day; ``engaged`` says whether the extra views forward and react as the others do."""
    rng = random.Random(seed)
    posts = []
    for day in range(30):
        for hour in per_day:
            posted = NOW.replace(hour=hour) - timedelta(days=day)
            age = (NOW - posted).total_seconds() / 3600
            if age <= 0:
                continue
            real = 3000 * rng.lognormvariate(0, 0.3) * _fraction(age)
            views = real * extra(day)
            engagement = (views if engaged else real) * 0.03
            posts.append(
                PostStats(
                    posted_at=posted,
                    views=round(views),
                    forwards=round(engagement / 3),
                    reactions=round(engagement * 2 / 3),
                )
            )
    return posts


def test_views_bought_on_some_days_are_named_and_high_on_their_own():
    posts = _channel(lambda day: 3.5 if day in BOUGHT_DAYS else 1.0, engaged=False)
    report = assess_channel(12_000, posts, now=NOW)
    sign = report.signal("day_jumps")
    assert sign.fired and sign.decisive, sign.explanation
    assert sign.value < DAY_JUMP_RATE_DECISIVE < DAY_JUMP_RATE_MAX == sign.threshold
    assert sign.params["jump"] > 3 and sign.params["high_days"] >= 10
    assert report.risk == "high", report.summary
    assert "day_jumps (far past)" in report.summary
    assert "brought no engagement" in sign.explanation
    assert ONE_FETCH_ENOUGH["day_jumps"]


def test_honest_good_days_whose_readers_engage_are_not_flagged():
    # an ad campaign switched on and off, or a busy weekday: many more real readers on some
    # days, and they forward and react as the others do
    posts = _channel(lambda day: 3.5 if day in BOUGHT_DAYS else 1.0, engaged=True)
    report = assess_channel(12_000, posts, now=NOW)
    sign = report.signal("day_jumps")
    assert sign.params["jumped"] == 1 and sign.params["jump"] > 3
    assert not sign.fired and sign.value >= DAY_JUMP_RATE_MAX
    assert "real readers" in sign.explanation
    assert report.risk == "low", report.summary


def test_one_step_up_is_not_days_that_come_and_go():
    # a channel that grew once (a big repost, a purge of bots ended) is not buying on some days
    posts = _channel(lambda day: 3.5 if day < 14 else 1.0, engaged=False)
    sign = assess_channel(12_000, posts, now=NOW).signal("day_jumps")
    assert sign.params["runs"] < 3 and not sign.fired


def test_an_even_channel_and_too_few_days_say_why_nothing_fired():
    even = assess_channel(12_000, _channel(lambda day: 1.0, engaged=True), now=NOW)
    sign = even.signal("day_jumps")
    assert not sign.fired and sign.params["jumped"] == 0
    assert "do not jump" in sign.explanation
    week = [p for p in _channel(lambda day: 1.0, engaged=True) if p.posted_at > NOW - timedelta(9)]
    short = assess_channel(12_000, week, now=NOW).signal("day_jumps")
    assert short.value is None and not short.fired and "Days not compared" in short.explanation
