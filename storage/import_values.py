"""One row of an imported sheet → one quote draft, or the reason it cannot be one. No Qt.

Every cell is checked here, once, whatever file it came from (CSV text, an XLSX or ODS number or
date, a pasted chat line): a price is a finite positive amount of at most 100 million, a reach a
whole number from 1 to 1,000,000,000, a date a day from 2000 to 2100 and not in the future.
A row that fails any check becomes a :class:`RowError` with a :class:`Problem` code and the
offending text, never another exception.
"""

from __future__ import annotations

import functools
import hashlib
import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from pricing.errors import InputError
from pricing.parsing import MAX_PRICE, Format, format_amount, parse_format, parse_price
from storage.records import QuoteDraft, QuoteRecord, QuoteSource, ReachOrigin
from storage.repositories import split_channel_name

# A quote dated later than this after "now" is a typo (2099, a swapped day and month).
FUTURE_TOLERANCE = timedelta(days=1)
_SOURCE_WORDS: tuple[tuple[QuoteSource, tuple[str, ...]], ...] = (
    (QuoteSource.PRICE_LIST, ("price_list", "прайс", "price list", "pricelist", "админ", "admin")),
    (QuoteSource.CHAT, ("chat", "чат", "барахолк")),
    (QuoteSource.EXCHANGE, ("exchange", "биржа", "telega", "epicstars", "tgpromo", "market")),
    (QuoteSource.STATS_SITE, ("stats_site", "stat", "стат", "tgstat", "telemetr")),
    (QuoteSource.OWN_PURCHASE, ("own_purchase", "own purchase", "свой закуп", "закуп")),
    (QuoteSource.OTHER, ("other", "друг", "прочее")),
)
_ORIGIN_WORDS: tuple[tuple[ReachOrigin, tuple[str, ...]], ...] = (
    (ReachOrigin.FETCHED, ("fetched", "telegram", "получен", "из телеграм")),
    (ReachOrigin.ESTIMATED, ("estimated", "оцен", "estimate")),
    (ReachOrigin.TYPED, ("typed", "вручную", "руками", "manual")),
)
# Day first whenever the year is last: 03/04/2025 is 3 April (the Russian convention), not 4 March.
_DATE_FORMATS = (
    "%d.%m.%Y",
    "%d.%m.%y",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d-%m-%Y",
)
_DATETIME_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")


class Problem(StrEnum):
    """Why a row was not imported; the UI words each one in the user's language."""

    NO_CHANNEL = "no_channel"
    NO_PRICE = "no_price"
    BAD_PRICE = "bad_price"
    BAD_CURRENCY = "bad_currency"
    BAD_FORMAT = "bad_format"
    BAD_REACH = "bad_reach"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_IMPORTED = "already_imported"
    BAD_CHANNEL = "bad_channel"
    UNREADABLE_LINE = "unreadable_line"  # a pasted line with no quote in it; detail says why


MAX_REACH = 1_000_000_000
MAX_CHANNEL_CHARS = 255
MIN_YEAR, MAX_YEAR = 2000, 2100
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def _local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


def _date_error(text: str) -> InputError:
    return InputError(f"“{text}” is not a date such as 31.12.2025 or 2025-12-31.")


def parse_date(value: object) -> datetime:
    """A quote date from a cell: a spreadsheet date or "31.12.2025", "31.12.25", "2025-12-31",
    "2025/12/31", "31/12/2025", ... (returned in UTC).

    Slashes with the year last are read day first (DD/MM/YYYY, the Russian convention), never
    month first. A date without a time (a spreadsheet date cell comes as midnight) is taken at
    noon local time, as the quote form does, so the table shows the day written in the file.
    Every spelling, with or without a time, must fall in 2000–2100.
    """
    text = _cell_text(value).rstrip("г. ").strip()
    parsed: datetime | date | None = None
    if isinstance(value, datetime | date):
        parsed = value
    else:
        for pattern in _DATETIME_FORMATS:
            try:
                parsed = datetime.strptime(text, pattern)  # noqa: DTZ007 - UTC is set below
                break
            except ValueError:
                pass
        else:
            for pattern in _DATE_FORMATS:
                try:
                    parsed = datetime.strptime(text, pattern).date()  # noqa: DTZ007
                    break
                except ValueError:
                    continue
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise _date_error(text)
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None and parsed.time() == time(0) and isinstance(value, datetime):
            return _local_noon(parsed.date())
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return _local_noon(parsed)


def parse_reach(value: object) -> int:
    """Views as typed in a sheet: "12 500", "12500", "12,5к", 12500.0."""
    error = InputError("Views must be a whole number above 0.", code="reach_not_number")
    if isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(str(value))
    else:
        try:
            amount = parse_price(_cell_text(value)).amount
        except InputError:
            raise error from None
    # inf, nan, 1E19: a figure no post reaches (and no database integer holds) is a typo
    if not amount.is_finite() or not 1 <= amount <= MAX_REACH:
        raise error
    if amount != amount.to_integral_value():
        raise error
    return int(amount)


def parse_source(text: str) -> QuoteSource:
    lowered = text.casefold()
    if not lowered:
        return QuoteSource.OTHER
    for source, words in _SOURCE_WORDS:
        if any(word in lowered for word in words):
            return source
    return QuoteSource.OTHER


def parse_origin(text: str) -> ReachOrigin:
    lowered = text.casefold()
    for origin, words in _ORIGIN_WORDS:
        if any(word in lowered for word in words):
            return origin
    return ReachOrigin.TYPED


def same_quote_key(
    channel: str,
    quoted_at: datetime,
    price: Decimal,
    currency: str,
    top_hours: int,
    feed_hours: int | None,
    native: bool,
    reach: int | None,
) -> str:
    """A fingerprint of what a quote says, stored as its ``import_key``.

    Two quotes are the same when they name the same channel (a @username, t.me link or bare
    username compare case-insensitively as one username; a title compares case-insensitively),
    on the same day (UTC), for the same price (2100, "2 100 ₽" and 2100.00 are one price) in the
    same currency, for the same format (top hours, feed hours, native) and the same reach (or
    both without one). Niche, source, note and where the reach came from do not count: they
    describe the quote, they do not make it another one.
    """
    username, title = split_channel_name(channel)
    who = f"@{username.casefold()}" if username else title.casefold()
    amount = format(Decimal(price).normalize(), "f")
    parts = (
        who,
        quoted_at.astimezone(UTC).date().isoformat(),
        amount,
        currency.upper(),
        str(top_hours),
        "forever" if feed_hours is None else str(feed_hours),
        "native" if native else "",
        "" if reach is None else str(reach),
    )
    return "imp2:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _draft_key(draft: QuoteDraft) -> str:
    return same_quote_key(
        draft.channel,
        draft.quoted_at,
        draft.price,
        draft.currency,
        draft.top_hours,
        draft.feed_hours,
        draft.native,
        draft.reach,
    )


def _record_key(record: QuoteRecord) -> str:
    return same_quote_key(
        record.channel_name,
        record.quoted_at,
        record.price,
        record.currency,
        record.top_hours,
        record.feed_hours,
        record.native,
        record.reach,
    )


def _price_text(cell: object, text: str) -> str:
    """The price cell as text for :func:`parse_price`: a spreadsheet number is written the way
    :func:`format_amount` shows it ("1 500.123"), so numbers and text pass the same checks."""
    if isinstance(cell, int | float | Decimal) and not isinstance(cell, bool):
        try:
            amount = Decimal(str(cell)) if isinstance(cell, float) else Decimal(cell)
        except (InvalidOperation, ValueError):
            raise InputError("Price must be a number.") from None
        # inf, nan and 1E308 are refused before any arithmetic on them
        if not amount.is_finite() or not 0 < amount <= MAX_PRICE:
            raise InputError("Price must be a number.")
        return format_amount(amount)
    return text


def draft_from_cells(
    cells: dict[str, object],
    default_niche: str | None,
    default_currency: str,
    now: datetime,
) -> QuoteDraft:
    """One row → a draft, or :class:`RowError` naming the problem and the offending cell."""
    texts = {name: _cell_text(value) for name, value in cells.items()}
    channel = texts.get("channel", "")
    if not channel:
        raise RowError(Problem.NO_CHANNEL)
    if len(channel) > MAX_CHANNEL_CHARS:
        raise RowError(Problem.BAD_CHANNEL, channel[:40] + "…")
    price_cell = cells.get("price")
    if not texts.get("price"):
        raise RowError(Problem.NO_PRICE)
    try:
        money = parse_price(_price_text(price_cell, texts["price"]))
        money_amount, money_currency = money.amount, money.currency
    except InputError:
        raise RowError(Problem.BAD_PRICE, texts["price"]) from None
    currency_cell = texts.get("currency", "").upper()
    if currency_cell:
        try:
            currency_cell = parse_price(f"1 {currency_cell}").currency or currency_cell
        except InputError:
            if not currency_cell.isalpha() or len(currency_cell) > 5:
                raise RowError(Problem.BAD_CURRENCY, currency_cell) from None
    if money_currency and currency_cell and money_currency != currency_cell:
        raise RowError(Problem.BAD_CURRENCY, f"{money_currency} ≠ {currency_cell}")
    currency = money_currency or currency_cell or default_currency
    fmt = Format(1, 24)
    if texts.get("format"):
        try:
            fmt = parse_format_cached(texts["format"])
        except InputError:
            raise RowError(Problem.BAD_FORMAT, texts["format"]) from None
    reach = None
    if texts.get("reach"):
        try:
            reach = parse_reach(cells["reach"])
        except InputError:
            raise RowError(Problem.BAD_REACH, texts["reach"]) from None
    quoted_at = now
    if texts.get("date"):
        try:
            quoted_at = parse_date(cells["date"])
        except InputError:
            raise RowError(Problem.BAD_DATE, texts["date"]) from None
        if quoted_at.date() > (now + FUTURE_TOLERANCE).astimezone(UTC).date():
            raise RowError(Problem.FUTURE_DATE, texts["date"])
    return QuoteDraft(
        channel=channel,
        price=money_amount,
        quoted_at=quoted_at,
        currency=currency,
        top_hours=fmt.top_hours,
        feed_hours=fmt.feed_hours,
        native=fmt.native,
        reach=reach,
        reach_origin=parse_origin(texts.get("reach_origin", "")),
        source=parse_source(texts.get("source", "")),
        note=texts.get("note", ""),
        niche=texts.get("niche") or default_niche,
        import_key=same_quote_key(
            channel,
            quoted_at,
            money_amount,
            currency,
            fmt.top_hours,
            fmt.feed_hours,
            fmt.native,
            reach,
        ),
    )


@functools.lru_cache(maxsize=512)
def parse_format_cached(text: str) -> Format:
    """:func:`parse_format` for a column that repeats the same few formats on every row."""
    return parse_format(text)


class RowError(Exception):
    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(problem.value)
        self.problem = problem
        self.detail = detail
