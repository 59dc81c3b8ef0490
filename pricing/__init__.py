"""Pure market logic: CPM, niche statistics, price suggestion, parsing, reach and quality.

Nothing here imports Qt, peewee or Telethon; dataclasses and ``Decimal`` in, dataclasses out.
The names below are the public API; other rooms import them from ``pricing``.
"""

from pricing.errors import InputError

__all__ = ["InputError"]  # each section below appends its names

# --- CPM, niche statistics, suggestion, parsers ---
from pricing.cpm import NicheSummary, Quote, cpm, er, err, niche_summary
from pricing.parsing import (
    ChannelRef,
    Format,
    Money,
    format_amount,
    parse_channel_ref,
    parse_format,
    parse_price,
)
from pricing.suggestion import (
    Adjustments,
    FormatNiche,
    Step,
    Suggestion,
    niche_for_format,
    round_price,
    suggest_price,
)

__all__ += [
    "Adjustments",
    "ChannelRef",
    "Format",
    "FormatNiche",
    "Money",
    "NicheSummary",
    "Quote",
    "Step",
    "Suggestion",
    "cpm",
    "er",
    "err",
    "format_amount",
    "niche_for_format",
    "niche_summary",
    "parse_channel_ref",
    "parse_format",
    "parse_price",
    "round_price",
    "suggest_price",
]

# --- reach estimation and quality signals ---
from pricing.quality import QualityReport, Signal, assess_channel  # noqa: E402
from pricing.reach import (  # noqa: E402
    DEFAULT_CURVE,
    ChannelReach,
    Curve,
    PostSnapshots,
    PostStats,
    ReachEstimate,
    channel_reach,
    estimate_reach,
    fit_accumulation_curve,
    looks_like_ad,
    snapshots_by_age,
)

__all__ += [
    "DEFAULT_CURVE",
    "ChannelReach",
    "Curve",
    "PostSnapshots",
    "PostStats",
    "QualityReport",
    "ReachEstimate",
    "Signal",
    "assess_channel",
    "channel_reach",
    "estimate_reach",
    "fit_accumulation_curve",
    "looks_like_ad",
    "snapshots_by_age",
]
