"""Placement formats as people type them ("1/24", "2/48", "forever", "натив") and their rules.

The parser returns a :class:`Format` or raises :class:`~pricing.errors.InputError` whose message
says what is wrong and what is accepted; no other exception escapes for any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pricing.errors import InputError
from pricing.parsing._shared import alternation, normalise_spaces, quote_text

__all__ = [
    "FOREVER_LABEL",
    "MAX_FEED_HOURS",
    "MAX_REACH_WINDOW_HOURS",
    "NATIVE_LABEL",
    "Format",
    "parse_format",
]

MAX_FEED_HOURS = 720  # 30 days: longer placements are sold as "forever"
MAX_REACH_WINDOW_HOURS = 72

_FORMAT_EXAMPLES = (
    "such as 1/24 (1 hour at the top, 24 hours in the feed), 2/48, 24, 1/∞, "
    "“forever” / “без удаления”, or any of them with “native” / “натив”"
)

_FOREVER_WORDS = ("без удаления", "навсегда", "бессрочно", "forever", "∞")
_NATIVE_WORDS = ("нативка", "нативный", "нативная", "нативно", "натив", "native")
_HOURS_SUFFIX = r"(?:\s?(?:ч\.?|h|час|часа|часов|hours?))?"
_FEED = (
    rf"(?:(?P<feed>[0-9]{{1,4}}){_HOURS_SUFFIX}|(?P<forever>{alternation(list(_FOREVER_WORDS))}))"
)
_FORMAT_RE = re.compile(rf"(?P<top>[0-9]{{1,4}}){_HOURS_SUFFIX}\s?/\s?{_FEED}")
_FEED_ONLY_RE = re.compile(rf"(?P<feed>[0-9]{{1,4}}){_HOURS_SUFFIX}")
_FOREVER_ONLY_RE = re.compile(alternation(list(_FOREVER_WORDS)))
_NATIVE_RE = re.compile(rf"(?<![\w])(?:{alternation(list(_NATIVE_WORDS))})(?![\w])")

FOREVER_LABEL = "∞"
NATIVE_LABEL = "native"


@dataclass(frozen=True, slots=True)
class Format:
    """A placement format "T/F": T hours at the top of the feed, F hours before deletion.

    ``feed_hours=None`` means the post is never deleted ("forever"); ``native`` marks a post
    written in the admin's own voice. Invalid combinations raise :class:`InputError`.
    """

    top_hours: int = 1
    feed_hours: int | None = 24
    native: bool = False

    def __post_init__(self) -> None:
        top, feed = self.top_hours, self.feed_hours
        if not _is_int(top) or not 0 <= top <= MAX_FEED_HOURS:
            raise InputError(
                f"Hours at the top must be a whole number from 0 to {MAX_FEED_HOURS}; got {top!r}.",
                code="format_top_range",
                maximum=MAX_FEED_HOURS,
            )
        if feed is not None and (not _is_int(feed) or not 1 <= feed <= MAX_FEED_HOURS):
            raise InputError(
                f"Hours in the feed must be a whole number from 1 to {MAX_FEED_HOURS}, "
                f"or none for “forever”; got {feed!r}.",
                code="format_feed_range",
                maximum=MAX_FEED_HOURS,
            )
        if feed is not None and top > feed:
            raise InputError(
                f"Hours at the top ({top}) cannot exceed hours in the feed ({feed}); "
                "write the format as top/feed, such as 1/24.",
                code="format_top_exceeds_feed",
                top=top,
                feed=feed,
            )
        if not isinstance(self.native, bool):
            raise InputError(f"Native must be true or false; got {self.native!r}.")

    @property
    def forever(self) -> bool:
        return self.feed_hours is None

    @property
    def label(self) -> str:
        """Short text such as "1/24", "2/48", "1/∞" or "1/24 native"; parse_format reads it back."""
        feed = FOREVER_LABEL if self.feed_hours is None else str(self.feed_hours)
        label = f"{self.top_hours}/{feed}"
        return f"{label} {NATIVE_LABEL}" if self.native else label

    @property
    def reach_window_hours(self) -> int:
        """Hours over which a post's views are counted to compare this placement's CPM.

        The window is the time in the feed, capped at 72 hours: a Telegram post collects almost
        all its views within three days, and view counts older than that are rarely measured,
        so "1/168" and "forever" placements are both compared by 72-hour reach.
        """
        if self.feed_hours is None:
            return MAX_REACH_WINDOW_HOURS
        return min(self.feed_hours, MAX_REACH_WINDOW_HOURS)

    def __str__(self) -> str:
        return self.label


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_format(text: str) -> Format:
    """Read a placement format: "1/24", "2/48", "24" (= 1/24), "24ч", "1 / 48", "1/∞", "1/0",
    "forever", "без удаления", "навсегда", "натив", "1/48 native".

    A single number is the hours in the feed with 1 hour at the top. "1/0" and a "forever" word
    mean no deletion. "native"/"натив" alone means 1/24 native.
    """
    if not isinstance(text, str):
        raise InputError(f"Format must be text, {_FORMAT_EXAMPLES}.", code="format_unknown")
    cleaned = normalise_spaces(text).lower()
    if not cleaned:
        raise InputError(
            f"Format is empty. Enter a placement format, {_FORMAT_EXAMPLES}.", code="format_empty"
        )

    native = False
    without_native = _NATIVE_RE.sub(" ", cleaned)
    if without_native != cleaned:
        native = True
        cleaned = normalise_spaces(without_native)

    if not cleaned and native:
        return Format(1, 24, native=True)
    if match := _FORMAT_RE.fullmatch(cleaned):
        top = int(match["top"])
        feed = None if match["forever"] or match["feed"] == "0" else int(match["feed"])
    elif match := _FEED_ONLY_RE.fullmatch(cleaned):
        top, feed = 1, int(match["feed"])
        if feed == 0:
            raise InputError(
                f"Hours in the feed must be above 0 (use 1/0 or “forever” for no deletion); "
                f"got {quote_text(text)}.",
                code="format_feed_zero",
            )
    elif _FOREVER_ONLY_RE.fullmatch(cleaned):
        top, feed = 1, None
    else:
        raise InputError(
            f"Format {quote_text(text)} is not a placement format. Enter one {_FORMAT_EXAMPLES}.",
            code="format_unknown",
        )
    return Format(top, feed, native)
