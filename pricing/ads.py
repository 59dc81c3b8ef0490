"""Whether a post's text carries the usual signs of a paid placement (tags, legal labels, links)."""

from __future__ import annotations

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


# Every sign above contains one of these (matched case-insensitively, so looked for in the
# lower-cased text); "ı" and "İ" match "i" in the patterns without lower-casing to it.
_TRIGGERS = ("#", "erid", "реклам", ".me")
_DOTTED_I = ("ı", "İ")


def looks_like_ads(texts: Sequence[str | None], own_username: str | None = None) -> list[bool]:
    """:func:`looks_like_ad` of every text; texts without any trigger of a sign (most of a
    channel's posts) are passed over without running the patterns."""
    result = []
    for text in texts:
        if not text:
            result.append(False)
            continue
        lowered = text.lower()
        maybe = any(t in lowered for t in _TRIGGERS) or any(c in text for c in _DOTTED_I)
        result.append(maybe and looks_like_ad(text, own_username))
    return result
