"""Quotes from pasted text, through the same preview as a file. No Qt.

Cells copied from a spreadsheet (tab-separated, with a header row the columns can be mapped
from) are read as a table; anything else is read as chat messages by :mod:`pricing.paste`, and
every line that gave no quote is listed with its reason.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pricing.parsing import format_amount
from pricing.paste import parse_paste
from storage.import_headers import ColumnMapping, guess_mapping
from storage.import_tables import ImportFileError, read_text_table
from storage.import_values import Problem
from storage.importexport import (
    WINDOW_NOTE,
    ImportDefaults,
    ImportPreview,
    RejectedRow,
    RememberedMapping,
    _accept,
    _build,
    _known_keys,
    _known_with_edited,
    _skip_title_rows,
)
from storage.records import QuoteSource
from storage.repositories import Storage


def preview_from_text(
    text: str,
    storage: Storage | None = None,
    default_niche: str | None = None,
    default_currency: str = "RUB",
    *,
    now: datetime | None = None,
    window_note: str = WINDOW_NOTE,
    remembered: RememberedMapping | None = None,
    name: str = "",
) -> ImportPreview:
    """Quotes from pasted text: cells copied from a spreadsheet (tab-separated, with a header
    the columns can be mapped from) or messages copied from a chat, one reason for every line
    that gave no quote."""
    settings = ImportDefaults(
        default_niche, default_currency, now or datetime.now(UTC), window_note
    )
    known = _known_keys(storage)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first:
        try:
            table = read_text_table(text)
        except ImportFileError:
            table = None
        if table is not None:
            table = _skip_title_rows(table)
            mapping = (remembered(table.headers) if remembered else None) or guess_mapping(
                table.headers
            )
            if not mapping.missing():
                preview = ImportPreview(
                    Path(name),
                    tuple(table.headers),
                    mapping,
                    table=table,
                    delimiter="\t",
                    known_keys=known,
                    pasted=True,
                    settings=settings,
                )
                _build(preview, None, None)
                _known_with_edited(storage, preview)
                return preview
        text = text.replace("\t", " ")
    result = parse_paste(text)
    preview = ImportPreview(
        Path(name), (), ColumnMapping(()), known_keys=known, pasted=True, settings=settings
    )
    seen: set[str] = set()
    for quote in result.quotes:
        amount = format_amount(quote.price.amount)
        cells: dict[str, object] = {
            "channel": quote.channel,
            "price": f"{amount} {quote.price.currency}" if quote.price.currency else amount,
            "format": quote.format.label,
            "reach": quote.reach,
            "source": QuoteSource.CHAT.value,
        }
        _accept(preview, quote.line, (quote.text,), cells, quote.reach_window_hours, seen)
    for problem in result.problems:
        preview.rejected.append(
            RejectedRow(problem.line, (problem.text,), Problem.UNREADABLE_LINE, problem.code)
        )
    preview.rejected.sort(key=lambda r: r.line)
    _known_with_edited(storage, preview)
    return preview
