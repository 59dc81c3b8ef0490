"""The vetting screen's words for the quality signs: their names, verdicts, risks and sentences.

Every text is in the "VettingArea" translation context (lupdate reads calls named
``translate("Context", "text")``), so the Russian catalogue serves the whole vetting package. A new
sign of :mod:`pricing.quality` gets its name in :func:`signal_names` and its sentence in
:func:`_explanation`; a sign without one keeps the English sentence ``pricing.quality`` wrote.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from application.reach import CHEAP, OVERPRICED, ReachFigure
from pricing.quality import Signal as QualitySignal
from pricing.quality_types import (
    DAY_JUMP_MIN,
    EARLY_FLAT_CV_MAX,
    ENGAGEMENT_SLOPE_MIN,
    ENGAGEMENT_SLOPE_Z,
    SUBSCRIBER_JUMP_READ_MIN,
)
from ui import formatting
from ui.texts import reach_method_text

translate = QCoreApplication.translate

PERCENT_SIGNALS = {
    "err",
    "err24",
    "first_hour",
    "ad_share",
    "subscriber_jumps",
    "young_share",
    "outside_reach",
}


def fill(text: str, *args: str) -> str:
    """Put ``args`` into %1, %2, … in one pass (an argument's own "%" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], text)


def method_text(reach: ReachFigure) -> str:
    """How a reach figure was obtained, in the UI language (as on *My channel*)."""
    own = reach.as_own_reach()
    if own is None:
        return translate("VettingArea", "no posts with views")
    return reach_method_text(own)


def signal_names() -> dict[str, str]:
    return {
        "err": translate("VettingArea", "Views per subscriber (ERR)"),
        "err24": translate("VettingArea", "24-hour reach per subscriber (ERR24)"),
        "views_cv": translate("VettingArea", "Post-to-post variation"),
        "hollow_reach": translate("VettingArea", "Reach without engagement"),
        "young_share": translate("VettingArea", "Views of the youngest posts"),
        "outside_reach": translate("VettingArea", "Readers beyond the subscribers"),
        "engagement_slope": translate("VettingArea", "Engagement per view against views"),
        "day_jumps": translate("VettingArea", "Days with jumping views"),
        "first_hour": translate("VettingArea", "Views in the first hour"),
        "early_flat": translate("VettingArea", "Identical early views"),
        "subscriber_jumps": translate("VettingArea", "Subscriber jumps"),
        "ad_share": translate("VettingArea", "Share of ads"),
        "not_enough_data": translate("VettingArea", "Not enough data"),
    }


def risk_names() -> dict[str, str]:
    return {
        "low": translate("VettingArea", "low"),
        "medium": translate("VettingArea", "medium"),
        "high": translate("VettingArea", "high"),
    }


def verdict_names() -> dict[str, str]:
    return {
        CHEAP: translate("VettingArea", "cheap"),
        "fair": translate("VettingArea", "fair"),
        OVERPRICED: translate("VettingArea", "overpriced"),
    }


def signal_value(signal: QualitySignal, value: float | None) -> str:
    if value is None:
        return "—"
    if signal.key in PERCENT_SIGNALS:
        return formatting.percent(value * 100)
    if signal.key == "not_enough_data":
        return formatting.number(value)
    return formatting.number(value, 2)


def _count(value: float | int | str) -> int:
    return round(float(value))


def _day(iso: str) -> str:
    return formatting.date(datetime.combine(date.fromisoformat(iso), time(12)))


def signal_explanation(signal: QualitySignal) -> str:
    """The signal's sentence in the UI language, built from its numbers and ``params``.

    A signal this screen does not know, or one without the figures its sentence needs, keeps
    the English sentence ``pricing.quality`` wrote.
    """
    try:
        text = _explanation(signal)
        if text and signal.fired and signal.params.get("barely"):
            text += " " + _barely(signal)
    except (KeyError, TypeError, ValueError, IndexError):
        text = None
    return text or signal.explanation


def _barely(signal: QualitySignal) -> str:
    """Why a strong sign only just past its threshold counts as weak (``params["clear"]``)."""
    text = translate(
        "VettingArea",
        "Only just past the threshold: within the measurement's own error of it (clearly "
        "past at %1), so it counts as a weak sign.",
    )
    return fill(text, signal_value(signal, float(signal.params["clear"])))


def _explanation(signal: QualitySignal) -> str | None:
    key, p, fired = signal.key, signal.params, signal.fired
    missing = signal.value is None
    value = signal_value(signal, signal.value)
    threshold = signal_value(signal, signal.threshold)
    if key == "err":
        if missing:
            return translate(
                "VettingArea", "ERR not computed: no posts older than a day or no subscriber count."
            )
        if fired:
            text = translate(
                "VettingArea",
                "Posts are seen by %1 of subscribers on average (ERR; above %2): more views "
                "than subscribers, usual only for viral content or bought views.",
            )
        else:
            text = translate(
                "VettingArea",
                "Posts are seen by %1 of subscribers on average (ERR; at or below %2).",
            )
        return fill(text, value, threshold)
    if key == "err24":
        if missing:
            return translate(
                "VettingArea", "ERR24 not computed: no 24-hour reach or no subscriber count."
            )
        if fired:
            text = translate(
                "VettingArea",
                "In the first 24 hours a post reaches %1 of subscribers (ERR24; below %2): the "
                "audience looks inactive or partly bought.",
            )
        else:
            text = translate(
                "VettingArea",
                "In the first 24 hours a post reaches %1 of subscribers (ERR24; at or above %2).",
            )
        return fill(text, value, threshold)
    if key == "views_cv":
        if missing:
            text = translate(
                "VettingArea",
                "Post-to-post variation not computed: %n posts older than two days (%1 needed).",
                "",
                _count(p["posts"]),
            )
            return fill(text, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "Views hardly differ from post to post (variation %1, below %2; real audiences "
                "vary %3–%4): typical of bought view packages.",
            )
            return fill(
                text, value, threshold, formatting.number(0.3, 1), formatting.number(0.8, 1)
            )
        text = translate(
            "VettingArea", "Views vary naturally from post to post (variation %1, at or above %2)."
        )
        return fill(text, value, threshold)
    if key == "hollow_reach":
        if missing:
            return translate(
                "VettingArea",
                "Reach versus engagement not computed: no posts older than a day with views.",
            )
        engagement = formatting.number(p["engagement"], 1)
        if fired:
            text = translate(
                "VettingArea",
                "Posts collect %1 views per subscriber (unusually many, threshold %2) but only %3 "
                "forwards and reactions per 1000 views (below %4): the views look hollow.",
            )
            return fill(text, value, threshold, engagement, formatting.number(p["engagement_max"]))
        text = translate(
            "VettingArea",
            "%1 views per subscriber and %2 forwards and reactions per 1000 views: reach and "
            "engagement fit together.",
        )
        return fill(text, value, engagement)
    if key == "outside_reach":
        if missing:
            text = translate(
                "VettingArea",
                "Readers beyond the subscribers not checked: %n posts older than a day (%1 "
                "needed) or no subscriber count.",
                "",
                _count(p["posts"]),
            )
            return fill(text, formatting.number(p["needed"]))
        forwards = formatting.percent(float(p["forwards"]) * 100, 1)
        if fired:
            text = translate(
                "VettingArea",
                "The typical post is seen by %1 of the subscribers (at or above %2) although only "
                "%3 of its views come with a forward (below %4): nothing brings the readers who "
                "do not subscribe.",
            )
            limit = formatting.percent(float(p["forwards_max"]) * 100, 1)
            return fill(text, value, threshold, forwards, limit)
        text = translate(
            "VettingArea",
            "The typical post is seen by %1 of the subscribers, %2 of its views come with a "
            "forward: no unexplained readers.",
        )
        return fill(text, value, forwards)
    if key == "young_share":
        posts = _count(p["posts"])
        hours = formatting.number(p["hours"])
        if missing:
            text = translate(
                "VettingArea",
                "Young posts not compared: %n posts younger than %1 hours (%2 needed) and too few "
                "of one to seven days.",
                "",
                posts,
            )
            return fill(text, hours, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "The %n posts younger than %1 hours already have a median %2 of the views the "
                "channel's older posts had after a day (at or above %3): real readers take a day "
                "to arrive, bought views come at once.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea",
                "The %n posts younger than %1 hours have a median %2 of the views the channel's "
                "older posts had after a day (below %3).",
                "",
                posts,
            )
        return fill(text, hours, value, threshold)
    if key == "engagement_slope":
        if missing:
            text = translate(
                "VettingArea",
                "Engagement against views not compared: %n posts older than two days (%1 needed) "
                "with %2 forwards and reactions (%3 needed).",
                "",
                _count(p["posts"]),
            )
            return fill(
                text,
                formatting.number(p["needed"]),
                formatting.number(p["engagement"]),
                formatting.number(p["engagement_needed"]),
            )
        if fired:
            text = translate(
                "VettingArea",
                "Posts with more views get more forwards and reactions per view (slope %1, above "
                "%2: the %3 real audiences reach at most because people pass on what they like, "
                "plus %4 standard errors of %5): bought views bring no engagement, so a package "
                "of the same size on every post dilutes the weaker posts most; this steep a rise "
                "takes a package of more than half the views.",
            )
        else:
            text = translate(
                "VettingArea",
                "Forwards and reactions per view rise with a post's views no more than real "
                "audiences' do (slope %1, at or below %2: %3 plus %4 standard errors of %5).",
            )
        return fill(
            text,
            value,
            threshold,
            formatting.number(ENGAGEMENT_SLOPE_MIN, 2),
            formatting.number(ENGAGEMENT_SLOPE_Z, 1),
            formatting.number(float(p["error"]), 2),
        )
    if key == "day_jumps":
        return _day_jumps(signal, value, threshold)
    if key == "first_hour":
        posts = _count(p["posts"])
        if missing:
            text = translate(
                "VettingArea",
                "Views by hour not computed: %n posts with a snapshot in their first two hours "
                "and one after 12 hours (%1 needed).",
                "",
                posts,
            )
            return fill(text, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "In %n posts, a median %1 of the first day's views arrived in the first hour (at "
                "or above %2): real readers arrive over many hours, view bots at once.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea",
                "In %n posts, a median %1 of the first day's views arrived in the first hour "
                "(below %2).",
                "",
                posts,
            )
        return fill(text, value, threshold)
    if key == "early_flat":
        if missing:
            text = translate(
                "VettingArea",
                "Early and late views not compared: %n posts with a snapshot before 8 hours and "
                "one after 36 hours (%1 needed).",
                "",
                _count(p["posts"]),
            )
            return fill(text, formatting.number(p["needed"]))
        early = formatting.number(p["early_cv"], 2)
        late = formatting.number(p["late_cv"], 2)
        if fired:
            text = translate(
                "VettingArea",
                "Views of the first 6 hours are almost the same on every post (variation %1, "
                "below %5) while later views vary naturally (%2); a ratio of %3, below %4, is "
                "the mark of a fixed package of bought views.",
            )
        else:
            text = translate(
                "VettingArea",
                "Views of the first 6 hours vary from post to post (variation %1; later views "
                "%2, ratio %3): not a fixed package (that needs a ratio below %4 and early "
                "variation below %5).",
            )
        return fill(text, early, late, value, threshold, formatting.number(EARLY_FLAT_CV_MAX, 2))
    if key == "subscriber_jumps":
        if missing:
            return translate("VettingArea", "Subscriber jumps not checked: no subscriber history.")
        if "day" not in p:
            text = translate(
                "VettingArea",
                "No subscriber jump of %1 or more within %n days.",
                "",
                _count(p["days"]),
            )
            return fill(text, threshold)
        day = _day(str(p["day"]))
        if "reach_growth" not in p:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2; too few posts around it to tell whether "
                "reach grew with them.",
            )
            return fill(text, value, day)
        growth = formatting.percent(float(p["reach_growth"]) * 100)
        if fired:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2 but reach changed by %3 (less than %4 of the "
                "jump): the new subscribers do not read – likely bought.",
            )
        else:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2 and reach grew by %3 with them: a real "
                "promotion.",
            )
        share = formatting.percent(SUBSCRIBER_JUMP_READ_MIN * 100)
        return fill(text, value, day, growth, share)
    if key == "ad_share":
        if missing:
            return translate("VettingArea", "Share of ads not computed: no recent posts.")
        ads = formatting.number(p["ads"])
        posts = _count(p["posts"])
        if fired:
            text = translate(
                "VettingArea",
                "%1 of %n recent posts are ads (%2; above %3): readers see more ads than "
                "content, which wears the audience out.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea", "%1 of %n recent posts are ads (%2; at or below %3).", "", posts
            )
        return fill(text, ads, value, threshold)
    if key == "not_enough_data":
        days = _count(p["days"])
        if p.get("no_subscribers"):
            text = translate(
                "VettingArea",
                "Not enough data to judge the channel: %1 non-ad posts in the last %n days (at "
                "least %2 needed) and no subscriber count.",
                "",
                days,
            )
        else:
            text = translate(
                "VettingArea",
                "Not enough data to judge the channel: %1 non-ad posts in the last %n days (at "
                "least %2 needed).",
                "",
                days,
            )
        return fill(text, formatting.number(p["posts"]), formatting.number(p["needed"]))
    return None


def _day_jumps(signal: QualitySignal, value: str, threshold: str) -> str:
    """The sentence of ``day_jumps`` (views per post jumping on some days, engagement not)."""
    p = signal.params
    days = _count(p["days"])
    if signal.value is None:
        if "engagement_needed" in p:
            text = translate(
                "VettingArea",
                "Days not compared: %1 forwards and reactions on the weaker side (%2 needed).",
            )
            return fill(
                text, formatting.number(p["engagement"]), formatting.number(p["engagement_needed"])
            )
        text = translate(
            "VettingArea",
            "Days not compared: posts of %n days older than two days (%1 needed).",
            "",
            days,
        )
        return fill(text, formatting.number(p["needed"]))
    jump = formatting.number(float(p["jump"]), 1)
    least = formatting.number(DAY_JUMP_MIN, 1)
    if signal.fired:
        text = translate(
            "VettingArea",
            "On %1 of %n days posts got %2× the views of the other days (at least %3×), yet "
            "their forwards and reactions per view were %4 of the other days' (below %5): the "
            "extra views brought no engagement, as views bought on some days do.",
            "",
            days,
        )
        return fill(text, formatting.number(p["high_days"]), jump, least, value, threshold)
    if p.get("jumped"):
        text = translate(
            "VettingArea",
            "On %1 of %n days posts got %2× the views of the other days, and their forwards and "
            "reactions per view kept up (%3 of the other days', at or above %4): real readers.",
            "",
            days,
        )
        return fill(text, formatting.number(p["high_days"]), jump, value, threshold)
    text = translate(
        "VettingArea",
        "Views per post do not jump on some days: the best split of %n days gives %1× (a jump "
        "needs at least %2× on days that stand clearly apart and come and go).",
        "",
        days,
    )
    return fill(text, jump, least)
