"""Whether a post's text carries the usual signs of a paid placement (tags, legal labels, links)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

_AD_MARKERS = re.compile(
    r"(?:^|\s)#(?:реклама|ad|ads|промо|promo|sponsored|партн[её]р)(?![\w])"
    r"|\berid\b\s*[:=]?\s*[0-9a-z]{5,}"
    r"|(?:^|\n)\s*реклама\s*[.:,]"
    r"|на\s+правах\s+рекламы",
    re.IGNORECASE,
)
_TG_LINK = re.compile(
    r"(?:https?://)?(?:t\.me|telegram\.me)/(\+[\w-]+|joinchat/[\w-]+|[a-z][\w]{3,})(/\d+)?(\?\S*)?",
    re.IGNORECASE,
)


def looks_like_ad(text: str | None, own_username: str | None = None) -> bool:
    """Whether a post's text carries the usual signs of a paid placement.

    Signs: "#реклама", "#ad", "#промо" and similar tags; an "erid" token (Russian ad registry);
    a line starting "Реклама." / "Реклама:" (the legal label); "на правах рекламы"; and links that
    invite to another channel or bot: ``t.me/name``, ``t.me/+invite``, ``t.me/joinchat/...``,
    ``t.me/somebot?start=...``. A link to a single post (``t.me/name/123``) is a citation, not an
    ad, and links to ``own_username`` are ignored.
    """
    if not text:
        return False
    if _AD_MARKERS.search(text):
        return True
    own = (own_username or "").lstrip("@").lower()
    for match in _TG_LINK.finditer(text):
        target, post_id, _query = match.groups()
        if target.startswith("+") or target.lower().startswith("joinchat/"):
            return True
        if post_id or target.lower() == own:
            continue
        return True
    return False


# Every sign above contains one of these (matched case-insensitively, so looked for in the
# lower-cased text); "ı" and "İ" match "i" in the patterns without lower-casing to it.
_TRIGGERS = ("#", "erid", "реклам", ".me")
_DOTTED_I = ("ı", "İ")


_TRIGGER_SEARCH = re.compile("|".join(re.escape(t) for t in _TRIGGERS))
_DOTTED_I_SEARCH = re.compile("|".join(_DOTTED_I))
_SEPARATOR = "\x00"


def looks_like_ads(texts: Sequence[str | None], own_username: str | None = None) -> list[bool]:
    """:func:`looks_like_ad` of every text; texts without any trigger of a sign (most of a
    channel's posts) are passed over without running the patterns. The triggers are looked for
    in all the texts joined, at once."""
    plain = [text or "" for text in texts]
    joined = _SEPARATOR.join(plain)
    lowered = joined.lower()  # lower-casing may lengthen a text: its pieces are measured apart
    pieces = lowered.split(_SEPARATOR)
    if len(pieces) != len(plain) or joined.count(_SEPARATOR) != len(plain) - 1:
        return [_looks_like_ad_scan(text, own_username) for text in texts]
    candidates = set(_texts_at(lowered, pieces, _TRIGGER_SEARCH))
    candidates.update(_texts_at(joined, plain, _DOTTED_I_SEARCH))
    result = [False] * len(plain)
    for i in candidates:
        result[i] = looks_like_ad(plain[i], own_username)
    return result


def _texts_at(joined: str, pieces: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Which of the ``pieces`` (joined by one separator into ``joined``) ``pattern`` matches."""
    positions = [match.start() for match in pattern.finditer(joined)]
    if not positions:
        return []
    ends = list(accumulate(len(piece) + 1 for piece in pieces))  # each piece's end + separator
    return [bisect_right(ends, position) for position in positions]


def _looks_like_ad_scan(text: str | None, own_username: str | None) -> bool:
    """:func:`looks_like_ad`, run only when the text has a trigger of a sign."""
    if not text:
        return False
    lowered = text.lower()
    maybe = any(t in lowered for t in _TRIGGERS) or any(c in text for c in _DOTTED_I)
    return maybe and looks_like_ad(text, own_username)
