"""Pure market logic: CPM, niche statistics, price suggestion, parsing, reach and quality.

Nothing here imports Qt, peewee or Telethon; dataclasses and ``Decimal`` in, dataclasses out.
The names below are the public API; other rooms import them from ``pricing``.
"""

import importlib
from typing import TYPE_CHECKING, Any

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
# Imported when first asked for (PEP 562): they bring numpy, and a start onto the price book or
# the suggestion needs neither; ``from pricing import assess_channel`` works as before.
_LAZY = {
    "DEFAULT_CURVE": "pricing.reach",
    "ChannelReach": "pricing.reach",
    "Curve": "pricing.reach",
    "PostSnapshots": "pricing.reach",
    "PostStats": "pricing.reach",
    "QualityReport": "pricing.quality",
    "ReachEstimate": "pricing.reach",
    "Signal": "pricing.quality",
    "assess_channel": "pricing.quality",
    "channel_reach": "pricing.reach",
    "estimate_reach": "pricing.reach",
    "fit_accumulation_curve": "pricing.reach",
    "looks_like_ad": "pricing.reach",
    "snapshots_by_age": "pricing.reach",
}
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

if TYPE_CHECKING:
    from pricing.quality import QualityReport, Signal, assess_channel
    from pricing.reach import (
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pricing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
