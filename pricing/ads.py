"""Whether a post's text carries the usual signs of a paid placement (tags, legal labels, links)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

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


# Texts scanned together are joined by this: no sign matches across it, and each text still
# starts after a line break, as the signs that look for the start of a text expect.
_SEPARATOR = "\x00\n"


def looks_like_ads(texts: Sequence[str | None], own_username: str | None = None) -> list[bool]:
    """:func:`looks_like_ad` of every text, the texts scanned as one string (one pass of each
    pattern instead of two calls per text)."""
    result = [False] * len(texts)
    present = [(i, text) for i, text in enumerate(texts) if text]
    if not present:
        return result
    joined = _SEPARATOR.join(text for _i, text in present)
    starts: list[int] = []
    position = 0
    for _i, text in present:
        starts.append(position)
        position += len(text) + len(_SEPARATOR)

    def owner(match: re.Match[str]) -> int:
        # The match's last character is inside its text (a match may start on the separator).
        return present[bisect.bisect_right(starts, match.end() - 1) - 1][0]

    for match in _AD_MARKERS.finditer(joined):
        result[owner(match)] = True
    own = (own_username or "").lstrip("@").lower()
    for match in _TG_LINK.finditer(joined):
        target, post_id, _query = match.groups()
        invite = target.startswith("+") or target.lower().startswith("joinchat/")
        if invite or not (post_id or target.lower() == own):
            result[owner(match)] = True
    return result
