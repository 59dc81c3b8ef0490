"""Quotes read out of text copied from a chat: "@channel — 1/24 1500₽, охват 3,2к".

Admins send prices as messages: one or several quotes per message, a channel as @name, t.me link
or a title, formats and prices anywhere on the line, a reach written "3,2к", "3.2k" or "3 200",
emojis and bullets in between. :func:`parse_paste` reads such text into :class:`PastedQuote`
items and gives a :class:`PasteProblem` with a reason code for every line it could not use, so
nothing is dropped silently.

A *block* is a run of lines without a blank line between them: a channel named on one line holds
for the prices on the lines after it, and a reach anywhere in the block holds for all the block's
quotes that have none of their own. Pure: no Qt, no storage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pricing.errors import InputError
from pricing.parsing import Format, Money, parse_channel_ref, parse_format, parse_price

MAX_PASTE_CHARS = 200_000  # a chat paste of 4,000 lines; more is not a message
MAX_LINE_CHARS = 2_000
MAX_REACH = 100_000_000

# Problem codes, worded by the UI.
NO_PRICE = "no_price"  # a channel, but no price anywhere in its block
NO_CHANNEL = "no_channel"  # a price, but no channel on the line or above it
BAD_PRICE = "bad_price"  # looks like a price, but is not a valid one
FORMAT_WITHOUT_PRICE = "format_without_price"
NOTHING_FOUND = "nothing_found"  # neither channel nor price nor reach
TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class PastedQuote:
    line: int  # 1-based line of the text where the price was
    channel: str  # "@name", a t.me link or a title
    price: Money
    format: Format
    reach: int | None = None
    reach_window_hours: int | None = None
    text: str = ""  # the line, for the preview


@dataclass(frozen=True, slots=True)
class PasteProblem:
    line: int
    text: str
    code: str
    detail: str = ""


@dataclass
class PasteResult:
    quotes: list[PastedQuote] = field(default_factory=list)
    problems: list[PasteProblem] = field(default_factory=list)


_SPACE = r"[ \u00a0\u2009\u202f]"
_NUMBER = rf"(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+(?:[.,]\d+)*)"
_MULT = r"(?:кк|kk|к|k|тыс\.?|млн)"
_CURRENCY = (
    r"(?:₽|руб(?:лей|ля|ль)?\.?|р\.|р(?![\w])|rub|rur|\$|usd|usdt|ton|тон|€|eur|евро|грн|₴|тг|₸)"
)

_CHANNEL_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t|telegram)\.me/[^\s,;()<>\]\[]+|(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}",
    re.IGNORECASE,
)
_REACH_WORD = r"(?:охват\w*|просм\w*|views?|reach|пдп|👁|👀)"
_WINDOW = r"(?:(?:за|в|on)?\s*(?P<{name}>\d{{1,3}})\s*(?:ч|h|часа?|часов)\.?)"
_REACH_RE = re.compile(
    rf"{_REACH_WORD}\s*{_WINDOW.format(name='win')}?\s*[:\-–—=~≈]?\s*~?\s*(?P<num>{_NUMBER}\s?{_MULT}?)(?![\w/])"
    rf"|(?P<num2>{_NUMBER}\s?{_MULT}?)\s*(?:просм\w*|views?|охват\w*)(?:\s*{_WINDOW.format(name='win2')})?",
    re.IGNORECASE,
)
_FORMAT_RE = re.compile(
    r"(?<![\d/.,])\d{1,3}\s?(?:ч|h)?\s?/\s?(?:\d{1,3}|∞)(?:\s?(?:ч|h))?(?![\d/])"
    r"(?:\s+(?:натив\w*|native))?"
    r"|без\s+удаления|навсегда|бессрочно|forever|натив\w*|native",
    re.IGNORECASE,
)
_PRICE_RE = re.compile(
    rf"(?<![\w.,/])(?:[$€₽]\s?)?{_NUMBER}\s?{_MULT}?\.?\s?{_CURRENCY}?(?![\w/])",
    re.IGNORECASE,
)
# Dates, times, percentages and counts that are not prices.
_NOT_PRICE_RE = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}|\d+(?:[.,]\d+)?\s?%"
    r"|\d+\s?(?:подписчик\w*|подп\.?|subs?\w*|шт\.?|пост\w*|дн\w*|дней|days?|мин\w*)",
    re.IGNORECASE,
)
_TITLE_SPLIT = re.compile(r"\s[—–\-:|]\s|[—–:|]\s")
_PRICE_WORD_RE = re.compile(r"(?:цена|стоимость|прайс|price|cost)\s*[:\-—–]?", re.IGNORECASE)


def _clean(line: str) -> str:
    """Emojis and pictographs become spaces; the eye emoji means a reach."""
    line = line.replace("👁\ufe0f", "👁").replace("\ufe0f", "")
    out = []
    for char in line:
        if char in "👁👀":
            out.append(" охват ")
        elif unicodedata.category(char) in ("So", "Sk", "Cf", "Co", "Cs", "Cc") and char != "\t":
            out.append(" ")
        else:
            out.append(char)
    return " ".join("".join(out).split())


def _channel_of(token: str) -> str | None:
    token = token.rstrip(".,!?:")
    try:
        ref = parse_channel_ref(token)
    except InputError:
        return None
    return ref.display if ref.kind == "username" else ref.link


def _reach_value(text: str) -> int | None:
    try:
        amount = parse_price(text).amount
    except InputError:
        return None
    if amount != amount.to_integral_value() or not 1 <= amount <= MAX_REACH:
        return None
    return int(amount)


@dataclass
class _Line:
    number: int
    text: str
    channel: str | None = None
    reach: int | None = None
    window: int | None = None
    prices: list[tuple[Money, Format]] = field(default_factory=list)
    problem: tuple[str, str] | None = None


def _read_line(number: int, raw: str) -> _Line:
    text = _clean(raw)
    line = _Line(number, raw.strip())
    spans: list[tuple[int, int]] = []

    def taken(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in spans)

    channels = []
    for match in _CHANNEL_RE.finditer(text):
        name = _channel_of(match.group())
        if name:
            channels.append(name)
            spans.append(match.span())
    if channels:
        line.channel = channels[0]
    for match in _REACH_RE.finditer(text):
        if taken(*match.span()):
            continue
        value = _reach_value(match["num"] or match["num2"])
        if value is not None and line.reach is None:
            line.reach = value
            window = match["win"] or match["win2"]
            line.window = int(window) if window and 1 <= int(window) <= 720 else None
        spans.append(match.span())
    for match in _NOT_PRICE_RE.finditer(text):
        if not taken(*match.span()) and not _FORMAT_RE.fullmatch(match.group()):
            spans.append(match.span())
    tokens: list[tuple[int, Money | Format]] = []  # (position in the line, what is written)
    for match in _FORMAT_RE.finditer(text):
        if taken(*match.span()):
            continue
        try:
            fmt = parse_format(match.group())
        except InputError:
            continue
        spans.append(match.span())
        tokens.append((match.start(), fmt))
    bad_price = ""
    for match in _PRICE_RE.finditer(text):
        if taken(*match.span()):
            continue
        written = match.group().strip()
        has_unit = bool(re.search(rf"{_CURRENCY}|{_MULT}|[$€₽]", written, re.IGNORECASE))
        try:
            money = parse_price(written)
        except InputError:
            if has_unit:
                bad_price = written
            continue
        if not has_unit and money.amount < 100:
            continue  # "2 поста", "12.05": small bare numbers are not prices
        spans.append(match.span())
        tokens.append((match.start(), money))
    tokens.sort(key=lambda t: t[0])
    line.prices = _pair(tokens)
    if bad_price and not line.prices:
        line.problem = (BAD_PRICE, bad_price)
    elif any(isinstance(value, Format) for _, value in tokens) and not line.prices:
        line.problem = (FORMAT_WITHOUT_PRICE, "")
    if line.prices and line.channel is None:
        line.channel = _title_before(text, min(t[0] for t in tokens))
    return line


def _pair(tokens: list[tuple[int, Money | Format]]) -> list[tuple[Money, Format]]:
    """Formats and prices in the order written: "1/24 1500, 2/48 2500" pairs each format with
    the price after it; a line that starts with a price ("1500 за 1/24, 2500 за 2/48") pairs each
    price with the format after it. A price with no format is a 1/24 quote."""
    pairs: list[tuple[Money, Format]] = []
    values = [value for _, value in tokens]
    price_first = (
        bool(values)
        and isinstance(values[0], Money)
        and any(isinstance(value, Format) for value in values)
    )
    if price_first:
        price: Money | None = None
        for value in values:
            if isinstance(value, Money):
                if price is not None:
                    pairs.append((price, Format(1, 24)))
                price = value
            elif price is not None:
                pairs.append((price, value))
                price = None
        if price is not None:
            pairs.append((price, Format(1, 24)))
        return pairs
    placement: Format | None = None
    for value in values:
        if isinstance(value, Format):
            placement = value
        else:
            pairs.append((value, placement if placement is not None else Format(1, 24)))
            placement = None
    return pairs


def _title_before(text: str, end: int) -> str | None:
    """A channel written by its title: "Крипто Сигналы — 1/24 1500₽"."""
    head = _PRICE_WORD_RE.sub(" ", text[:end])
    parts = _TITLE_SPLIT.split(head, maxsplit=1)
    if len(parts) < 2 and not head.rstrip().endswith(("—", "–", "-", ":", "|")):
        return None
    title = parts[0].strip(" —–-:|,.·•*")
    if not re.search(r"[^\W\d_]{2,}", title) or len(title) > 80:
        return None
    return title


def parse_paste(text: str) -> PasteResult:
    """Every quote in the text, and a reason for every line that gave none."""
    result = PasteResult()
    if not isinstance(text, str) or not text.strip():
        return result
    text = text[:MAX_PASTE_CHARS]
    block: list[_Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            _close(block, result)
            block = []
            continue
        if len(raw) > MAX_LINE_CHARS:
            result.problems.append(PasteProblem(number, raw[:80] + "…", TOO_LONG))
            continue
        line = _read_line(number, raw)
        if (
            line.channel
            and block
            and any(b.channel for b in block)
            and (any(b.prices for b in block) or not line.prices)
        ):
            # a new channel starts a new block, as a blank line would
            _close(block, result)
            block = []
        block.append(line)
    _close(block, result)
    result.problems.sort(key=lambda p: p.line)
    return result


def _close(block: list[_Line], result: PasteResult) -> None:
    if not block:
        return
    reach_line = next((b for b in block if b.reach is not None), None)
    channel: str | None = None
    used: set[int] = set()
    quoted = False
    for line in block:
        if line.channel and not line.prices:
            channel = line.channel
        line_channel = line.channel or channel
        for money, fmt in line.prices:
            if line_channel is None:
                break
            reach_from = line if line.reach is not None else reach_line
            result.quotes.append(
                PastedQuote(
                    line=line.number,
                    channel=line_channel,
                    price=money,
                    format=fmt,
                    reach=reach_from.reach if reach_from else None,
                    reach_window_hours=reach_from.window if reach_from else None,
                    text=line.text,
                )
            )
            quoted = True
            if reach_from is not None:
                used.add(reach_from.number)
        if (line.prices and line_channel is not None) or line.channel:
            used.add(line.number)
    for line in block:
        if line.prices and not (line.channel or channel):
            result.problems.append(PasteProblem(line.number, line.text, NO_CHANNEL))
        elif line.problem is not None:
            result.problems.append(PasteProblem(line.number, line.text, *line.problem))
        elif line.channel and not line.prices and not quoted:
            result.problems.append(PasteProblem(line.number, line.text, NO_PRICE))
        elif line.number not in used and line.reach is None:
            result.problems.append(PasteProblem(line.number, line.text, NOTHING_FOUND))
        elif line.reach is not None and not quoted and not line.channel:
            result.problems.append(PasteProblem(line.number, line.text, NO_PRICE))
