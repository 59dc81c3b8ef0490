"""Importing the spreadsheet admins already keep, and exporting the price book. No Qt.

Import is two steps so nothing is written until the user agrees: :func:`read_preview` reads a CSV
(comma, semicolon or tab; UTF-8, UTF-8 with BOM or cp1251) or XLSX file with Russian or English
headers and sorts its rows into accepted drafts and rejected rows with a reason; then
:func:`commit_preview` writes the accepted ones in one transaction.

A row that is the same quote as one already in the price book is not imported again, however the
file writes it and whether the stored quote was imported or typed by hand: see
:func:`same_quote_key` for what counts as the same quote. Re-importing the app's own export
therefore adds nothing.

Export writes text cells as text: a cell such as ``=HYPERLINK(...)`` is never a live formula
(XLSX: a string cell; CSV: an apostrophe in front, which import takes off again).

Rejection reasons are :class:`Problem` codes plus the parser's detail, so the UI can show them in
the user's language.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from pricing.errors import InputError
from pricing.parsing import Format, format_amount, parse_format, parse_price
from storage.records import QuoteDraft, QuoteRecord, QuoteSource, ReachOrigin
from storage.repositories import Storage, split_channel_name

# A quote dated later than this after "now" is a typo (2099, a swapped day and month).
FUTURE_TOLERANCE = timedelta(days=1)
# How much of an unrecognised header row an error message quotes.
SHOWN_HEADERS, SHOWN_HEADER_CHARS = 8, 40

# Column → header spellings (compared case-insensitively, spaces and punctuation ignored).
HEADERS: dict[str, tuple[str, ...]] = {
    "channel": ("channel", "канал", "username", "юзернейм", "ссылка", "link", "название"),
    "niche": ("niche", "ниша", "тематика", "категория", "category"),
    "format": ("format", "формат", "placement", "размещение"),
    "price": ("price", "цена", "стоимость", "cost", "прайс"),
    "currency": ("currency", "валюта"),
    "reach": ("reach", "охват", "просмотры", "views", "охватпоста", "postreach"),
    "reach_origin": ("reachorigin", "origin", "откудаохват", "источникохвата"),
    "date": ("date", "дата", "quotedat", "датацены"),
    "source": ("source", "источник", "откуда"),
    "note": ("note", "notes", "заметка", "примечание", "комментарий", "comment"),
}
IGNORED_HEADERS = ("cpm", "срм", "цпм", "id", "№", "n")

EXPORT_HEADERS = {
    "en": {
        "channel": "Channel",
        "niche": "Niche",
        "format": "Format",
        "price": "Price",
        "currency": "Currency",
        "reach": "Reach",
        "reach_origin": "Reach origin",
        "cpm": "CPM",
        "date": "Date",
        "source": "Source",
        "note": "Note",
    },
    "ru": {
        "channel": "Канал",
        "niche": "Ниша",
        "format": "Формат",
        "price": "Цена",
        "currency": "Валюта",
        "reach": "Охват",
        "reach_origin": "Откуда охват",
        "cpm": "CPM",
        "date": "Дата",
        "source": "Источник",
        "note": "Примечание",
    },
}

_SOURCE_WORDS: tuple[tuple[QuoteSource, tuple[str, ...]], ...] = (
    (QuoteSource.PRICE_LIST, ("price_list", "прайс", "price list", "pricelist", "админ", "admin")),
    (QuoteSource.CHAT, ("chat", "чат", "барахолк")),
    (QuoteSource.EXCHANGE, ("exchange", "биржа", "telega", "epicstars", "tgpromo", "market")),
    (QuoteSource.STATS_SITE, ("stats_site", "stat", "стат", "tgstat", "telemetr")),
    (QuoteSource.OTHER, ("other", "друг", "прочее")),
    (QuoteSource.OWN_PURCHASE, ("own_purchase", "own purchase", "свой закуп", "закуп")),
)
_ORIGIN_WORDS: tuple[tuple[ReachOrigin, tuple[str, ...]], ...] = (
    (ReachOrigin.FETCHED, ("fetched", "telegram", "получен", "из телеграм")),
    (ReachOrigin.ESTIMATED, ("estimated", "оцен", "estimate")),
    (ReachOrigin.TYPED, ("typed", "вручную", "руками", "manual")),
)
# Export writes these labels (the ones the price book shows); import reads them back, and the
# codes, through the words above.
_SOURCE_EXPORT = {
    "en": {
        QuoteSource.PRICE_LIST: "Admin's price list",
        QuoteSource.CHAT: "Buy/sell chat",
        QuoteSource.EXCHANGE: "Ad exchange",
        QuoteSource.STATS_SITE: "Statistics site",
        QuoteSource.OTHER: "Other",
        QuoteSource.OWN_PURCHASE: "Own purchase",
    },
    "ru": {
        QuoteSource.PRICE_LIST: "прайс админа",
        QuoteSource.CHAT: "чат",
        QuoteSource.EXCHANGE: "биржа",
        QuoteSource.STATS_SITE: "сайт статистики",
        QuoteSource.OTHER: "другое",
        QuoteSource.OWN_PURCHASE: "свой закуп",
    },
}
_ORIGIN_EXPORT = {
    "en": {
        ReachOrigin.TYPED: "typed",
        ReachOrigin.FETCHED: "fetched",
        ReachOrigin.ESTIMATED: "estimated",
    },
    "ru": {
        ReachOrigin.TYPED: "вручную",
        ReachOrigin.FETCHED: "из Telegram",
        ReachOrigin.ESTIMATED: "оценка",
    },
}

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

# Cells a spreadsheet would run as a formula (OWASP "CSV injection"). Leading apostrophes are
# counted too, so that escaping is reversible: "'=x" is written "''=x" and read back as "'=x".
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
# A bare @username cannot carry a formula; it is left as is so the sheet stays readable.
_PLAIN_USERNAME = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}")


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


class ImportFileError(Exception):
    """The file as a whole cannot be read: not a table, no channel/price columns, unreadable."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code  # "unreadable", "empty", "no_columns"
        self.detail = detail


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    line: int
    draft: QuoteDraft


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    cells: tuple[str, ...]
    problem: Problem
    detail: str = ""


@dataclass
class ImportPreview:
    """What importing a file would do. Nothing has been written yet."""

    path: Path
    headers: tuple[str, ...]
    columns: dict[str, int]  # our column name → position in the file
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    ignored_headers: tuple[str, ...] = ()

    @property
    def drafts(self) -> list[QuoteDraft]:
        return [row.draft for row in self.accepted]


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- reading tables -------------------------------------------------------------------------


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_\-.,:;()/«»\"'№#]+", "", str(text).casefold().replace("ё", "е"))


def read_table(path: Path) -> tuple[list[str], list[list[object]], str, str]:
    """Headers, data rows, encoding and delimiter of a CSV or XLSX file (XLSX: first sheet)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError("unreadable", str(error)) from error
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes every byte but a few undefined ones
        raise ImportFileError("unreadable", "unknown text encoding")
    if raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif encoding == "utf-8-sig":
        encoding = "utf-8"
    if "\x00" in text:
        raise ImportFileError("unreadable", "binary file")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise ImportFileError("empty")
    delimiter = max(";,\t", key=first.count)
    if first.count(delimiter) == 0:
        delimiter = ","
    rows = [
        [_unescape_formula(cell) for cell in row]
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        if any(cell.strip() for cell in row)
    ]
    return list(rows[0]), [list(r) for r in rows[1:]], encoding, delimiter


def _read_xlsx(path: Path) -> tuple[list[str], list[list[object]], str, str]:
    from openpyxl import load_workbook  # imported here: only needed for spreadsheets

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise ImportFileError("unreadable", str(error)) from error
    try:
        sheet = workbook.worksheets[0]
        rows = [
            list(row)
            for row in sheet.iter_rows(values_only=True)
            if any(cell not in (None, "") for cell in row)
        ]
    finally:
        workbook.close()
    if not rows:
        raise ImportFileError("empty")
    headers = ["" if cell is None else str(cell) for cell in rows[0]]
    return headers, rows[1:], "xlsx", ""


def _escape_formula(text: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula; :func:`_unescape_formula` undoes it."""
    if _FORMULA_START.match(text) and not _PLAIN_USERNAME.fullmatch(text):
        return "'" + text
    return text


def _unescape_formula(text: str) -> str:
    if text[:1] == "'" and _FORMULA_START.match(text, 1):
        return text[1:]
    return text


def _headers_shown(headers: Sequence[object]) -> str:
    """The first few headers for an error message: a one-line 5,000-character file stays short."""
    shown = []
    for header in headers[:SHOWN_HEADERS]:
        text = " ".join(str(header).split())
        if len(text) > SHOWN_HEADER_CHARS:
            text = text[: SHOWN_HEADER_CHARS - 1] + "…"
        shown.append(text)
    if len(headers) > SHOWN_HEADERS:
        shown.append("…")
    return ", ".join(shown)


def map_columns(headers: Sequence[str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Our column names → positions, and the headers that were not recognised."""
    columns: dict[str, int] = {}
    ignored = []
    for position, header in enumerate(headers):
        key = _norm_header(header)
        for name, spellings in HEADERS.items():
            if name not in columns and key in {_norm_header(s) for s in spellings}:
                columns[name] = position
                break
        else:
            if key and key not in IGNORED_HEADERS:
                ignored.append(str(header))
    return columns, tuple(ignored)


# --- turning cells into quotes ----------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


def parse_date(value: object) -> datetime:
    """A quote date from a cell: a spreadsheet date or "31.12.2025", "31.12.25", "2025-12-31",
    "2025/12/31", "31/12/2025", ... (returned in UTC).

    Slashes with the year last are read day first (DD/MM/YYYY, the Russian convention), never
    month first. A date without a time (a spreadsheet date cell comes as midnight) is taken at
    noon local time, as the quote form does, so the table shows the day written in the file.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time(0):
            return _local_noon(value.date())
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return _local_noon(value)
    text = _cell_text(value).rstrip("г. ").strip()
    for pattern in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            pass
    for pattern in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, pattern).replace(tzinfo=UTC).date()
        except ValueError:
            continue
        if not 2000 <= parsed.year <= 2100:
            break
        return _local_noon(parsed)
    raise InputError(f"“{text}” is not a date such as 31.12.2025 or 2025-12-31.")


def parse_reach(value: object) -> int:
    """Views as typed in a sheet: "12 500", "12500", "12,5к", 12500.0."""
    if isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(str(value))
    else:
        try:
            amount = parse_price(_cell_text(value)).amount
        except InputError:
            raise InputError("Views must be a whole number above 0.") from None
    if amount != amount.to_integral_value() or amount < 1:
        raise InputError("Views must be a whole number above 0.")
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
        amount = Decimal(str(cell)) if isinstance(cell, float) else Decimal(cell)
        if not amount.is_finite():
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
            fmt = parse_format(texts["format"])
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
    draft = QuoteDraft(
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
    )
    return dataclasses.replace(draft, import_key=_draft_key(draft))


class RowError(Exception):
    def __init__(self, problem: Problem, detail: str = ""):
        super().__init__(problem.value)
        self.problem = problem
        self.detail = detail


def read_preview(
    path: Path | str,
    storage: Storage | None = None,
    default_niche: str | None = None,
    default_currency: str = "RUB",
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview | None:
    """Read a file and sort its rows; None when cancelled. Writes nothing.

    With ``storage`` given, rows that are the same quote as one in the price book (imported
    earlier or typed by hand, see :func:`same_quote_key`) are listed as rejected
    (:attr:`Problem.ALREADY_IMPORTED`). Safe to call from a worker thread.
    """
    path = Path(path)
    headers, rows, encoding, delimiter = read_table(path)
    columns, ignored = map_columns(headers)
    if "channel" not in columns or "price" not in columns:
        raise ImportFileError("no_columns", _headers_shown(headers))
    preview = ImportPreview(
        path, tuple(str(h) for h in headers), columns, encoding=encoding, delimiter=delimiter
    )
    preview.ignored_headers = ignored
    now = now or datetime.now(UTC)
    seen: set[str] = set()
    total = len(rows)
    for number, row in enumerate(rows):
        if cancelled and number % 200 == 0 and cancelled():
            return None
        if progress and number % 200 == 0:
            progress(number, total)
        line = number + 2  # the header is line 1
        cells = {name: row[pos] if pos < len(row) else None for name, pos in columns.items()}
        shown = tuple(_cell_text(cell) for cell in row)
        try:
            draft = draft_from_cells(cells, default_niche, default_currency, now)
        except RowError as error:
            preview.rejected.append(RejectedRow(line, shown, error.problem, error.detail))
            continue
        if draft.import_key in seen:
            preview.rejected.append(RejectedRow(line, shown, Problem.DUPLICATE_IN_FILE))
            continue
        seen.add(draft.import_key)
        preview.accepted.append(AcceptedRow(line, draft))
    if storage is not None and preview.accepted:
        stored = _stored_keys(storage)
        # an edited imported quote keeps the key of the row it came from
        stored |= storage.quotes.existing_import_keys(d.import_key for d in preview.drafts)
        if stored:
            kept = []
            for row in preview.accepted:
                if row.draft.import_key in stored:
                    preview.rejected.append(
                        RejectedRow(row.line, (), Problem.ALREADY_IMPORTED, row.draft.channel)
                    )
                else:
                    kept.append(row)
            preview.accepted = kept
            preview.rejected.sort(key=lambda r: r.line)
    if progress:
        progress(total, total)
    return preview


def _stored_keys(storage: Storage) -> set[str]:
    """Fingerprints of every quote in the price book, with or without an import key."""
    from storage.pricebook import list_quotes_fast

    return {_record_key(record) for record in list_quotes_fast()}


class _CommitCancelled(Exception):
    pass


def commit_preview(
    storage: Storage,
    preview: ImportPreview,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[int]:
    """Write the accepted rows in one transaction; returns the ids of the quotes added.

    All or nothing: a cancel (checked between chunks) or an error rolls everything back and
    nothing is written, so the import is one step the user can undo or run again.
    """

    def report(done: int, total: int) -> None:
        if cancelled and cancelled():
            raise _CommitCancelled
        if progress:
            progress(done, total)

    if cancelled and cancelled():
        return []
    try:
        return storage.quotes.add_many_ids(preview.drafts, progress=report)
    except _CommitCancelled:
        return []


# --- export -----------------------------------------------------------------------------------


def _export_rows(
    records: Iterable[QuoteRecord], language: str
) -> tuple[list[str], list[list[object]]]:
    from pricing.cpm import cpm

    names = EXPORT_HEADERS.get(language, EXPORT_HEADERS["en"])
    sources = _SOURCE_EXPORT.get(language, {})
    origins = _ORIGIN_EXPORT.get(language, {})
    rows = []
    for r in records:
        value = cpm(r.price, r.reach).quantize(Decimal("0.01")) if r.reach else None
        price = r.price.normalize()
        price = price.quantize(Decimal(1)) if price == price.to_integral_value() else price
        try:
            label = Format(r.top_hours, r.feed_hours, r.native).label
        except InputError:
            label = ""
        rows.append(
            [
                r.channel_name,
                r.niche_name or "",
                label,
                price,
                r.currency,
                r.reach,
                origins.get(r.reach_origin, r.reach_origin.value),
                value,
                r.quoted_at.astimezone().date(),  # the local day, as the table shows it
                sources.get(r.source, r.source.value),
                r.note,
            ]
        )
    return list(names.values()), rows


def export_csv(
    path: Path | str, records: Iterable[QuoteRecord], language: str = "en", delimiter: str = ";"
) -> int:
    """Write the quotes as a UTF-8 CSV with BOM (Excel opens it with Cyrillic intact)."""
    headers, rows = _export_rows(records, language)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(cell) for cell in row])
    return len(rows)


def _csv_cell(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.strftime("%d.%m.%Y")
    if isinstance(cell, str):
        return _escape_formula(cell)
    return str(cell)


def export_xlsx(path: Path | str, records: Iterable[QuoteRecord], language: str = "en") -> int:
    """Write the quotes to an XLSX sheet with numbers as numbers, dates as dates and text as text
    (a channel named "=..." is a string cell, not a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    headers, rows = _export_rows(records, language)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Price book" if language == "en" else "Прайс")

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # openpyxl would make "=..." a formula
        return cell

    sheet.append(headers)
    for row in rows:
        sheet.append(
            [
                float(cell)  # Excel stores doubles
                if isinstance(cell, Decimal)
                else (text(cell) if isinstance(cell, str) and cell.startswith("=") else cell)
                for cell in row
            ]
        )
    workbook.save(path)
    return len(rows)
