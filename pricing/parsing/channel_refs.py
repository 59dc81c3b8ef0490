"""Channel references as people paste them: "@name", t.me links, invites and post links.

The parser returns a :class:`ChannelRef` or raises :class:`~pricing.errors.InputError` whose
message says what is wrong and what is accepted; no other exception escapes for any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pricing.errors import InputError
from pricing.parsing._shared import normalise_spaces, quote_text

__all__ = ["ChannelRef", "RefKind", "parse_channel_ref"]

_CHANNEL_EXAMPLES = "@username, t.me/username, t.me/username/123, t.me/+invite or t.me/c/123456/7"
_USERNAME_RULES = (
    "a username is 5–32 Latin letters, digits and underscores, starts with a letter, "
    "does not end with an underscore and has no double underscores"
)
_USERNAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]")
_INVITE_RE = re.compile(r"[A-Za-z0-9_-]{4,64}")
_NUMBER_RE = re.compile(r"[0-9]{1,15}")
_LINK_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/(?P<path>[^?#]*)(?:[?#].*)?",
    re.IGNORECASE,
)
_TG_RESOLVE_RE = re.compile(r"tg://resolve\?(?P<query>.*)", re.IGNORECASE)
_TG_JOIN_RE = re.compile(r"tg://join\?invite=(?P<hash>[^&]*)", re.IGNORECASE)

RefKind = Literal["username", "invite", "channel_id"]


@dataclass(frozen=True, slots=True)
class ChannelRef:
    """Where a channel can be found: a public username, a private invite hash, or a numeric id.

    ``value`` is the username as typed (without "@"; compare usernames case-insensitively, as
    Telegram does), the invite hash, or the channel id as a decimal string. ``post_id`` is set when
    the link pointed to one post.
    """

    kind: RefKind
    value: str
    post_id: int | None = None

    @property
    def link(self) -> str:
        """A canonical https://t.me link for this reference."""
        if self.kind == "invite":
            return f"https://t.me/+{self.value}"
        base = (
            f"https://t.me/c/{self.value}"
            if self.kind == "channel_id"
            else f"https://t.me/{self.value}"
        )
        return f"{base}/{self.post_id}" if self.post_id is not None else base

    @property
    def display(self) -> str:
        """How to show the reference in a list: "@name", "t.me/+hash" or "t.me/c/123"."""
        if self.kind == "username":
            return f"@{self.value}"
        return self.link.removeprefix("https://")


def _channel_error(text: str) -> InputError:
    return InputError(
        f"{quote_text(text)} is not a Telegram channel link. Use {_CHANNEL_EXAMPLES}.",
        code="channel_not_link",
    )


def _username(name: str, text: str) -> str:
    if not _USERNAME_RE.fullmatch(name) or "__" in name:
        raise InputError(
            f"{quote_text(text)} is not a valid Telegram username: {_USERNAME_RULES}.",
            code="channel_bad_username",
        )
    return name


def _post_id(part: str, text: str) -> int:
    if not _NUMBER_RE.fullmatch(part) or int(part) == 0:
        raise InputError(
            f"{quote_text(text)} has an invalid post number: after the channel name a link may "
            "only have a post number such as t.me/username/123.",
            code="channel_bad_post",
        )
    return int(part)


def parse_channel_ref(text: str) -> ChannelRef:
    """Read a channel reference pasted by the user.

    Accepted: "@name", "name", "t.me/name", "https://t.me/name", "http://telegram.me/name",
    "https://t.me/s/name", "t.me/name/123" (a post), "t.me/+hash", "t.me/joinchat/hash" (private
    invites), "t.me/c/123456/7" (a channel id, with a post), "tg://resolve?domain=name&post=5"
    and "tg://join?invite=hash". Query strings such as "?single" are ignored.
    """
    if not isinstance(text, str):
        raise InputError(
            f"Channel must be text, such as {_CHANNEL_EXAMPLES}.", code="channel_not_link"
        )
    cleaned = normalise_spaces(text).strip("<>")
    if not cleaned:
        raise InputError(f"Channel is empty. Enter {_CHANNEL_EXAMPLES}.", code="channel_empty")
    if " " in cleaned:
        raise _channel_error(text)

    if cleaned.startswith("@"):
        return ChannelRef("username", _username(cleaned[1:], text))
    if match := _TG_JOIN_RE.fullmatch(cleaned):
        if not _INVITE_RE.fullmatch(match["hash"]):
            raise _channel_error(text)
        return ChannelRef("invite", match["hash"])
    if match := _TG_RESOLVE_RE.fullmatch(cleaned):
        params = dict(p.partition("=")[::2] for p in match["query"].split("&"))
        name = _username(params.get("domain", ""), text)
        post = params.get("post")
        return ChannelRef("username", name, _post_id(post, text) if post is not None else None)
    if match := _LINK_RE.fullmatch(cleaned):
        return _parse_link_path(match["path"], text)
    if "/" in cleaned or "." in cleaned or ":" in cleaned:
        raise _channel_error(text)
    return ChannelRef("username", _username(cleaned, text))


def _parse_link_path(path: str, text: str) -> ChannelRef:
    parts = path.strip("/").split("/")
    if parts == [""] or any(not p for p in parts) or len(parts) > 3:
        raise _channel_error(text)
    head = parts[0]
    if head.startswith("+"):
        if len(parts) != 1 or not _INVITE_RE.fullmatch(head[1:]):
            raise _channel_error(text)
        return ChannelRef("invite", head[1:])
    if head.lower() == "joinchat":
        if len(parts) != 2 or not _INVITE_RE.fullmatch(parts[1]):
            raise _channel_error(text)
        return ChannelRef("invite", parts[1])
    if head.lower() == "c":
        if len(parts) not in (2, 3) or not _NUMBER_RE.fullmatch(parts[1]) or int(parts[1]) == 0:
            raise _channel_error(text)
        post = _post_id(parts[2], text) if len(parts) == 3 else None
        return ChannelRef("channel_id", str(int(parts[1])), post)
    if head.lower() == "s":  # the web preview: t.me/s/name[/post]
        parts = parts[1:]
        if not parts or len(parts) > 2:
            raise _channel_error(text)
    elif len(parts) > 2:
        raise _channel_error(text)
    name = _username(parts[0], text)
    post = _post_id(parts[1], text) if len(parts) == 2 else None
    return ChannelRef("username", name, post)
