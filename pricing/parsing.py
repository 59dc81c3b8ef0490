"""Parsers for what people type: prices, placement formats and channel links.

Each parser takes free text (a form field, a pasted chat message, a CSV cell) and returns a small
frozen dataclass, or raises :class:`~pricing.errors.InputError` whose message says what is wrong
and what is accepted. No other exception escapes for any string.

Price number policy (the "1,500" vs "1,5" question):

* spaces (also no-break, thin and narrow no-break spaces) between digit groups are thousands
  separators: "1 000", "1 500 000"; groups after the first must have three digits;
* when both "." and "," appear, the last one is the decimal mark and the other separates
  thousands: "1.500,50" and "1,500.50" are both 1500.50;
* one kind of mark appearing several times separates thousands: "1,000,000", "1.000.000";
* a single "." or "," followed by exactly three digits is a thousands separator ("1,500" and
  "1.500" are 1500), unless the whole part is 0 ("0,500" is 0.5), the whole part already uses
  spaces as thousands separators ("1 000,500"), or a multiplier follows ("1,250к" is 1250);
  otherwise it is the decimal mark ("1,5", "12.50");
* multipliers: к/k/тыс/тысяч → ×1000, млн/m/mln/кк/kk → ×1 000 000;
* the result may have at most two decimal places and must be above 0 and at most 100 million.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from pricing.errors import InputError

__all__ = [
    "ChannelRef",
    "Format",
    "Money",
    "format_amount",
    "parse_channel_ref",
    "parse_format",
    "parse_price",
]

# Spaces people (and spreadsheets, and Telegram clients) put between digit groups.
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")


def _normalise_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _quote(text: str, limit: int = 40) -> str:
    """The user's text for an error message, shortened so a pasted essay stays readable."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{shown}”"


# ---------------------------------------------------------------------------------------------
# Prices
# ---------------------------------------------------------------------------------------------

MAX_PRICE = Decimal(100_000_000)

_PRICE_EXAMPLES = "such as 1500, 1 500 ₽, 1,5к, 2 тыс, $50, 30 USDT or 10 TON"

# Lower-case spellings → ISO-ish currency code. Suffix words may also end with a dot ("руб.").
_CURRENCY_WORDS: dict[str, str] = {
    # Russian rouble
    "₽": "RUB",
    "р": "RUB",
    "руб": "RUB",
    "рубль": "RUB",
    "рубля": "RUB",
    "рублей": "RUB",
    "rub": "RUB",
    "rur": "RUB",
    # US dollar
    "$": "USD",
    "usd": "USD",
    "долл": "USD",
    "доллар": "USD",
    "доллара": "USD",
    "долларов": "USD",
    "dollar": "USD",
    "dollars": "USD",
    # Euro
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "евро": "EUR",
    # Crypto used to pay for Telegram ads
    "usdt": "USDT",
    "ton": "TON",
    "тон": "TON",
    # Neighbouring markets
    "₴": "UAH",
    "грн": "UAH",
    "uah": "UAH",
    "₸": "KZT",
    "тг": "KZT",
    "тенге": "KZT",
    "kzt": "KZT",
    "сум": "UZS",
    "сумов": "UZS",
    "uzs": "UZS",
}
_PREFIX_SYMBOLS = "$€₽₴₸"

_MULTIPLIER_WORDS: dict[str, int] = {
    "к": 1000,
    "k": 1000,
    "тыс": 1000,
    "тысяча": 1000,
    "тысячи": 1000,
    "тысяч": 1000,
    "thousand": 1000,
    "кк": 1_000_000,
    "kk": 1_000_000,
    "m": 1_000_000,
    "mln": 1_000_000,
    "млн": 1_000_000,
    "million": 1_000_000,
    "миллион": 1_000_000,
    "миллиона": 1_000_000,
    "миллионов": 1_000_000,
}


def _alternation(words: list[str]) -> str:
    # Longest first, so "рублей" wins over "р" and "кк" over "к".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PRICE_RE = re.compile(
    rf"""
    (?P<prefix>[{re.escape(_PREFIX_SYMBOLS)}])?\s?
    (?P<number>[0-9](?:[0-9 .,]*[0-9])?)
    \s?(?:(?P<mult>{_alternation(list(_MULTIPLIER_WORDS))})\.?)?
    \s?(?:(?P<currency>{_alternation(list(_CURRENCY_WORDS))})\.?)?
    """,
    re.VERBOSE,
)

_GROUPED = re.compile(r"[0-9]{1,3}(?:(?P<sep>[ .,])[0-9]{3})(?:(?P=sep)[0-9]{3})*")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money and its currency code (``None`` when the text named no currency)."""

    amount: Decimal
    currency: str | None = None


def _price_error(problem: str, text: str, code: str, **details: object) -> InputError:
    return InputError(
        f"{problem}. Enter a positive number, {_PRICE_EXAMPLES}; got {_quote(text)}.",
        code=code,
        **details,
    )


def _split_number(number: str, has_multiplier: bool) -> tuple[str, str]:
    """Split the digits of a price into (whole part with its separators, fraction digits)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return number, ""
    kinds = set(marks)
    if len(kinds) == 2:
        decimal_mark = number[max(number.rfind("."), number.rfind(","))]
        if marks.count(decimal_mark) != 1:
            raise ValueError("decimal mark used twice")
    elif len(marks) > 1:
        return number, ""  # "1,000,000": one kind of mark, several times → thousands
    else:
        decimal_mark = marks[0]
        whole, _, fraction = number.partition(decimal_mark)
        if (
            len(fraction) == 3
            and not has_multiplier
            and whole.strip(" ") != "0"
            and " " not in whole
            and fraction.isdigit()
        ):
            return number, ""  # "1,500" → 1500
    whole, _, fraction = number.rpartition(decimal_mark)
    return whole, fraction


def _whole_digits(whole: str) -> str:
    """The digits of a whole part, checking that any separators sit between groups of three."""
    if re.fullmatch(r"[0-9]+", whole):
        return whole
    if _GROUPED.fullmatch(whole):
        return re.sub(r"[ .,]", "", whole)
    raise ValueError("badly grouped digits")


def _plain(amount: Decimal) -> Decimal:
    """The same value without trailing zeros or exponent notation: 1500.0 → 1500, 1.50 → 1.5."""
    with localcontext() as ctx:
        ctx.prec = 80
        amount = amount.normalize()
        if amount.as_tuple().exponent > 0:  # type: ignore[operator]
            amount = amount.quantize(Decimal(1))
    return amount


def parse_price(text: str) -> Money:
    """Read a price as typed in Russian and English ad chats: "1 500 ₽", "1,5к", "$50", "10 TON".

    See the module docstring for how thousands separators and decimal marks are told apart.
    """
    if not isinstance(text, str):
        raise InputError(f"Price must be text, {_PRICE_EXAMPLES}.", code="price_not_number")
    cleaned = _normalise_spaces(text).lower()
    if not cleaned:
        raise _price_error("Price is empty", text, "price_empty")
    if cleaned[0] in "-−–" or re.match(rf"[{re.escape(_PREFIX_SYMBOLS)}]\s?[-−–]", cleaned):
        raise _price_error("Price cannot be negative", text, "price_negative")
    match = _PRICE_RE.fullmatch(cleaned)
    if match is None:
        raise _price_error("Price must be a positive number", text, "price_not_number")

    prefix, suffix = match["prefix"], match["currency"]
    currencies = {_CURRENCY_WORDS[c] for c in (prefix, suffix) if c}
    if len(currencies) > 1:
        raise _price_error(
            f"Price names two currencies ({', '.join(sorted(currencies))})",
            text,
            "price_two_currencies",
            currencies=tuple(sorted(currencies)),
        )
    currency = currencies.pop() if currencies else None
    multiplier = _MULTIPLIER_WORDS[match["mult"]] if match["mult"] else 1

    number = match["number"]
    if len(number) > 40:
        raise _price_error("Price has too many digits", text, "price_too_many_digits")
    try:
        whole, fraction = _split_number(number, has_multiplier=multiplier != 1)
        digits = _whole_digits(whole)
    except ValueError:
        raise _price_error(
            "Price digits are not grouped in threes (write 1 500 or 1500)",
            text,
            "price_bad_grouping",
        ) from None
    if fraction and not fraction.isdigit():
        raise _price_error("Price has a misplaced separator", text, "price_bad_separator")

    with localcontext() as ctx:
        ctx.prec = 80
        amount = Decimal(f"{digits}.{fraction}" if fraction else digits) * multiplier
    if amount <= 0:
        raise _price_error("Price must be above zero", text, "price_zero")
    if amount > MAX_PRICE:
        raise _price_error(
            "Price is more than 100 million, which looks like a typo",
            text,
            "price_too_large",
            maximum=MAX_PRICE,
        )
    amount = _plain(amount)
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise _price_error(
            "Price can have at most two decimal places", text, "price_too_many_decimals", decimals=2
        )
    return Money(amount, currency)


def format_amount(amount: Decimal, decimals: int | None = None) -> str:
    """Show an amount with spaces between thousands and "." as decimal mark: 12345.6 → "12 345.6".

    ``decimals=None`` shows as many decimals as the value has (none for whole numbers); otherwise
    the amount is rounded half-up to that many places. The result is accepted by
    :func:`parse_price` (when it is a valid price).
    """
    amount = Decimal(amount)
    if decimals is not None:
        amount = amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    else:
        amount = _plain(amount)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    shown = sign + " ".join(groups)
    return f"{shown}.{fraction}" if fraction else shown


# ---------------------------------------------------------------------------------------------
# Placement formats
# ---------------------------------------------------------------------------------------------

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
    rf"(?:(?P<feed>[0-9]{{1,4}}){_HOURS_SUFFIX}|(?P<forever>{_alternation(list(_FOREVER_WORDS))}))"
)
_FORMAT_RE = re.compile(rf"(?P<top>[0-9]{{1,4}}){_HOURS_SUFFIX}\s?/\s?{_FEED}")
_FEED_ONLY_RE = re.compile(rf"(?P<feed>[0-9]{{1,4}}){_HOURS_SUFFIX}")
_FOREVER_ONLY_RE = re.compile(_alternation(list(_FOREVER_WORDS)))
_NATIVE_RE = re.compile(rf"(?<![\w])(?:{_alternation(list(_NATIVE_WORDS))})(?![\w])")

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
    cleaned = _normalise_spaces(text).lower()
    if not cleaned:
        raise InputError(
            f"Format is empty. Enter a placement format, {_FORMAT_EXAMPLES}.", code="format_empty"
        )

    native = False
    without_native = _NATIVE_RE.sub(" ", cleaned)
    if without_native != cleaned:
        native = True
        cleaned = _normalise_spaces(without_native)

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
                f"got {_quote(text)}.",
                code="format_feed_zero",
            )
    elif _FOREVER_ONLY_RE.fullmatch(cleaned):
        top, feed = 1, None
    else:
        raise InputError(
            f"Format {_quote(text)} is not a placement format. Enter one {_FORMAT_EXAMPLES}.",
            code="format_unknown",
        )
    return Format(top, feed, native)


# ---------------------------------------------------------------------------------------------
# Channel references
# ---------------------------------------------------------------------------------------------

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
        f"{_quote(text)} is not a Telegram channel link. Use {_CHANNEL_EXAMPLES}.",
        code="channel_not_link",
    )


def _username(name: str, text: str) -> str:
    if not _USERNAME_RE.fullmatch(name) or "__" in name:
        raise InputError(
            f"{_quote(text)} is not a valid Telegram username: {_USERNAME_RULES}.",
            code="channel_bad_username",
        )
    return name


def _post_id(part: str, text: str) -> int:
    if not _NUMBER_RE.fullmatch(part) or int(part) == 0:
        raise InputError(
            f"{_quote(text)} has an invalid post number: after the channel name a link may only "
            f"have a post number such as t.me/username/123.",
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
    cleaned = _normalise_spaces(text).strip("<>")
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
