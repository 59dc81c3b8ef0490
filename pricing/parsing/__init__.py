"""Parsers for what people type: prices, placement formats and channel links, one module each.

Each parser takes free text (a form field, a pasted chat message, a CSV cell) and returns a small
frozen dataclass, or raises :class:`~pricing.errors.InputError` whose message says what is wrong
and what is accepted. No other exception escapes for any string. How a price's thousands
separators and decimal mark are told apart is written in :mod:`pricing.parsing.prices`.
"""

from pricing.parsing.channel_refs import ChannelRef, RefKind, parse_channel_ref
from pricing.parsing.formats import (
    FOREVER_LABEL,
    MAX_FEED_HOURS,
    MAX_REACH_WINDOW_HOURS,
    NATIVE_LABEL,
    Format,
    parse_format,
)
from pricing.parsing.prices import MAX_PRICE, Money, format_amount, parse_price

__all__ = [
    "FOREVER_LABEL",
    "MAX_FEED_HOURS",
    "MAX_PRICE",
    "MAX_REACH_WINDOW_HOURS",
    "NATIVE_LABEL",
    "ChannelRef",
    "Format",
    "Money",
    "RefKind",
    "format_amount",
    "parse_channel_ref",
    "parse_format",
    "parse_price",
]
