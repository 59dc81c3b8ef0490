"""Writing the price book to CSV or XLSX for a spreadsheet. No Qt.

Text cells stay text: a cell such as ``=HYPERLINK(...)`` is never a live formula (XLSX: a string
cell; CSV: an apostrophe in front, which import takes off again). Control characters, which
XLSX cannot hold, are written as spaces instead of failing the export.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pricing.errors import InputError
from pricing.parsing import Format
from storage.records import QuoteRecord, QuoteSource, ReachOrigin

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

# Cells a spreadsheet would run as a formula (OWASP "CSV injection"). Leading apostrophes are
# counted too, so that escaping is reversible: "'=x" is written "''=x" and read back as "'=x".
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
# A bare @username cannot carry a formula; it is left as is so the sheet stays readable.
_PLAIN_USERNAME = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}")


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

# Export writes these labels (the ones the price book shows); import reads them back, and the
# codes, through the words above.
_SOURCE_EXPORT = {
    "en": {
        QuoteSource.PRICE_LIST: "Admin's price list",
        QuoteSource.CHAT: "Buy/sell chat",
        QuoteSource.EXCHANGE: "Ad exchange",
        QuoteSource.STATS_SITE: "Statistics site",
        QuoteSource.OWN_PURCHASE: "Own purchase",
        QuoteSource.OTHER: "Other",
    },
    "ru": {
        QuoteSource.PRICE_LIST: "прайс админа",
        QuoteSource.CHAT: "чат",
        QuoteSource.EXCHANGE: "биржа",
        QuoteSource.STATS_SITE: "сайт статистики",
        QuoteSource.OWN_PURCHASE: "свой закуп",
        QuoteSource.OTHER: "другое",
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


# --- writing -----------------------------------------------------------------------------------


def _escape_formula(text: str) -> str:
    """A CSV cell that no spreadsheet runs as a formula; the importer undoes it."""
    if _FORMULA_START.match(text) and not _PLAIN_USERNAME.fullmatch(text):
        return "'" + text
    return text


# What an XLSX cell cannot hold (openpyxl raises IllegalCharacterError on it).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(value: str) -> str:
    return _XLSX_ILLEGAL.sub(" ", value)


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

    def text(value: str) -> Cell:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # openpyxl would make "=..." a formula
        return cell

    sheet.append(headers)
    for row in rows:
        sheet.append(
            [
                float(cell)  # Excel stores doubles
                if isinstance(cell, Decimal)
                else (
                    text(_xlsx_text(cell))
                    if isinstance(cell, str) and cell.startswith("=")
                    else (_xlsx_text(cell) if isinstance(cell, str) else cell)
                )
                for cell in row
            ]
        )
    workbook.save(path)
    return len(rows)
